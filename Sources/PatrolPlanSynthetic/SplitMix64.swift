/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast, seeded generator, so that anything
/// drawn from it — a synthetic scenario, a property test's random case — can be replayed from
/// its seed on any machine.
///
/// ``nextDouble()`` is defined here (53 high bits), not by the standard library, so generated
/// values do not depend on how a Swift version implements `Double.random(in:using:)`.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's whole state.
    public var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform `Double` in [0, 1), from the 53 high bits of ``next()``.
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
