import Foundation
internal import Crypto
internal import _PatrolPlanJSON

/// The secret a set of rosters is drawn from. Whoever holds it can redraw every roster, past
/// and future, so it is kept like the restricted scenario and never written to any output.
public struct RosterSeed: Sendable, Equatable {
    /// The seed's bytes: the UTF-8 of its text.
    public let bytes: [UInt8]

    /// Longest seed text accepted, in bytes.
    public static let maxBytes = 1024

    /// A seed from text (surrounding whitespace and newlines removed, so a seed file may end in
    /// a newline); `nil` when empty or longer than ``maxBytes``.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let bytes = Array(trimmed.utf8)
        guard !bytes.isEmpty, bytes.count <= Self.maxBytes else { return nil }
        self.bytes = bytes
    }
}

/// A deterministic random stream keyed by a ``RosterSeed``: HMAC-SHA256 in counter mode.
///
/// Each stream is named (`day` 17, `calibration` 0) and depends only on the seed and its name,
/// so day 17's roster is the same whether 20 or 28 days are drawn. HMAC is a pseudorandom
/// function: without the seed, rosters already seen say nothing about the draws of other
/// days beyond the distribution they come from (which a non-cryptographic generator such as
/// SplitMix64, whose output reveals its state, could not promise).
struct RosterRandom: RandomNumberGenerator {
    /// HMAC keyed with the stream's own key, ready to take a block counter.
    private let blockMAC: HMAC<SHA256>
    private var counter: UInt64 = 0
    private var buffer: [UInt64] = []
    private var position = 0

    init(seed: RosterSeed, stream: String, index: UInt64) {
        // The stream's key: HMAC(seed, "patrolplan/roster@1" 0 stream 0 index).
        var message = Array("patrolplan/roster@1".utf8) + [0] + Array(stream.utf8) + [0]
        message += Self.bigEndian(index)
        let streamKey = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: seed.bytes))
        blockMAC = HMAC<SHA256>(key: SymmetricKey(data: Array(streamKey)))
    }

    mutating func next() -> UInt64 {
        if position == buffer.count {
            var mac = blockMAC
            mac.update(data: Self.bigEndian(counter))
            counter &+= 1
            let block = Array(mac.finalize())
            buffer = (0..<4).map { word in
                block[(word * 8)..<(word * 8 + 8)].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            }
            position = 0
        }
        defer { position += 1 }
        return buffer[position]
    }

    private static func bigEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) }
    }
}

extension RandomNumberGenerator {
    /// A uniform number in [0, 1) from the top 53 bits of one draw: the same on every platform
    /// and Swift version (unlike `Double.random(in:using:)`, whose method may change).
    mutating func unitInterval() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
