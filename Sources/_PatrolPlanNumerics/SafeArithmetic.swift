/// Conversions and arithmetic that never trap, one helper per kind (issue 14).
///
/// Swift traps on a `Double` → `Int` conversion that does not fit (NaN, infinities, 1e19) and on
/// integer overflow. Scenarios are validated, but valid inputs still reach extremes: a share of
/// 1e-320 makes `x / share` infinite, a headcount near `Int.max` overflows a sum. Every such
/// site goes through one of these:
///
/// - ``SafeConversion/count(_:rounding:)``: a non-negative number of officers, units or nodes
///   (clamped into `0...countLimit`).
/// - ``SafeConversion/exactInt(_:)``: a `Double` that must be a whole `Int`, or `nil`.
/// - ``SafeConversion/milliseconds(seconds:)``: a time limit for a clock or GLPK.
/// - ``SafeConversion/ratio(_:_:)``: a division by an input that may be tiny or zero.
/// - ``saturatingAdd(_:_:)`` and ``saturatingMultiply(_:_:)``: sums and products of counts.
package enum SafeConversion {
    /// The largest count the engine works with: a quarter of `Int.max`, so that adding a few
    /// counts (a period's total, a unit, an escort) can never overflow.
    package static let countLimit = Int.max / 4

    /// The longest time limit passed on, in milliseconds (about 31,700 years).
    package static let millisecondLimit: Int64 = 1_000_000_000_000_000

    /// `x` rounded by `rule`, clamped into `0...countLimit`; NaN and negatives give 0, `+∞` and
    /// anything too large give ``countLimit``.
    package static func count(_ x: Double, rounding rule: FloatingPointRoundingRule) -> Int {
        let r = x.rounded(rule)
        guard r > 0 else { return 0 }  // also NaN
        guard r < Double(countLimit) else { return countLimit }
        return Int(r)
    }

    /// `x` as an `Int` when it is a whole number that `Int` holds exactly; otherwise `nil`.
    package static func exactInt(_ x: Double) -> Int? {
        guard x.isFinite, x == x.rounded() else { return nil }
        // Double(Int.max) rounds up to 2^63, which does not fit.
        guard x >= -9_223_372_036_854_775_808.0, x < 9_223_372_036_854_775_808.0 else { return nil }
        return Int(x)
    }

    /// A duration in seconds as whole milliseconds, rounded up and clamped into
    /// `0...millisecondLimit` (NaN gives 0).
    package static func milliseconds(seconds: Double) -> Int64 {
        let ms = (seconds * 1000).rounded(.up)
        guard ms > 0 else { return 0 }
        guard ms < Double(millisecondLimit) else { return millisecondLimit }
        return Int64(ms)
    }

    /// `numerator / denominator`, finite: a zero or subnormal denominator, or an overflowing
    /// quotient, gives `±greatestFiniteMagnitude` (0 when the numerator is 0).
    package static func ratio(_ numerator: Double, _ denominator: Double) -> Double {
        if numerator == 0 { return 0 }
        let q = numerator / denominator
        if q.isFinite { return q }
        if q.isNaN { return 0 }
        return q > 0 ? .greatestFiniteMagnitude : -.greatestFiniteMagnitude
    }
}

/// `a × b`, or `Int.max` (`Int.min` for a negative product) on overflow.
package func saturatingMultiply(_ a: Int, _ b: Int) -> Int {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    guard overflow else { return product }
    return (a < 0) == (b < 0) ? Int.max : Int.min
}
