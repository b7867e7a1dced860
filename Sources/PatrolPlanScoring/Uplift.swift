/// Officers added to (or, when negative, taken from) one force (model.md §4.1).
///
/// A headcount uplift of N officers changes every period's pool by
/// `sign(N) × floor(|N| × onDutyFraction)` (several of one force are summed first); a per-period
/// uplift (`N/period`) adds N officers to every period as they are. Pools never go below 0.
public struct Uplift: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var force: String
    /// Officers; negative for officers taken away (mutual aid elsewhere, abstraction).
    public var officers: Int
    /// Whether ``officers`` is per period (on every shift) rather than a headcount.
    public var perPeriod: Bool

    public init(force: String, officers: Int, perPeriod: Bool = false) {
        self.force = force
        self.officers = officers
        self.perPeriod = perPeriod
    }

    /// The change a headcount uplift of `officers` (summed over a force's uplifts) makes to every
    /// period's pool, in officers: `sign(N) × floor(|N| × onDutyFraction)` (model.md §4.1, with
    /// its 1e-9 tolerance).
    public static func perPeriodChange(headcount officers: Int, onDutyFraction: Double) -> Int {
        let magnitude = Tolerance.floor(Double(officers.magnitude) * onDutyFraction)
        return officers < 0 ? -magnitude : magnitude
    }

    /// `FORCE=N` or `FORCE=N/period`, as on the command line and in plan@1 `scenario.uplifts`.
    public var description: String {
        "\(force)=\(officers)" + (perPeriod ? "/period" : "")
    }

    /// Reads `FORCE=N` or `FORCE=N/period` (N may be negative); `nil` for anything else.
    public init?(text: String) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        var number = Substring(parts[1])
        var perPeriod = false
        if number.hasSuffix("/period") {
            number = number.dropLast("/period".count)
            perPeriod = true
        }
        guard let officers = Int(number) else { return nil }
        self.init(force: String(parts[0]), officers: officers, perPeriod: perPeriod)
    }
}
