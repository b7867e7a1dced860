internal import _PatrolPlanJSON
/// Size limits on a scenario document (formats.md). Exceeding one is an error that names the
/// limit and the command-line flag that raises it.
public struct DecoderLimits: Sendable, Equatable {
    /// Largest document, in bytes (`--max-bytes`).
    public var maxBytes: Int
    /// Most entries in `areas` (`--max-areas`).
    public var maxAreas: Int
    /// Most entries in `periods` (`--max-periods`).
    public var maxPeriods: Int
    /// Most entries in `intelligence` (`--max-intelligence`).
    public var maxIntelligence: Int

    public init(
        maxBytes: Int = 64 * 1024 * 1024, maxAreas: Int = 100_000, maxPeriods: Int = 1_000,
        maxIntelligence: Int = 1_000_000
    ) {
        self.maxBytes = maxBytes
        self.maxAreas = maxAreas
        self.maxPeriods = maxPeriods
        self.maxIntelligence = maxIntelligence
    }

    /// The limits of formats.md: 64 MiB, 100,000 areas, 1,000 periods, 1,000,000 reports.
    public static let `default` = DecoderLimits()

    /// Throws when a document of `size` bytes is over ``maxBytes``; callers can check a file's
    /// size before reading it.
    public func checkSize(_ size: Int) throws(ScenarioError) {
        guard size <= maxBytes else {
            throw ScenarioError([
                .error(
                    "",
                    "document too large: \(size) bytes is over the limit of \(maxBytes) bytes "
                        + "(raise it with \(Flag.maxBytes))")
            ])
        }
    }

    /// The command-line flags that raise each limit.
    enum Flag {
        static let maxBytes = "--max-bytes"
        static let maxAreas = "--max-areas"
        static let maxPeriods = "--max-periods"
        static let maxIntelligence = "--max-intelligence"
    }

    /// The error message for `count` against `limit`, e.g. "too many areas: 3 is over the limit
    /// of 2 (raise it with --max-areas)".
    static func exceededMessage(_ what: String, _ count: Int, limit: Int, flag: String) -> String {
        "\(what): \(count) is over the limit of \(limit) (raise it with \(flag))"
    }
}
