import Foundation

/// The presence effect curve of model.md §2: `g(u) = 1 − 2^(−u)` taken piecewise-linear between
/// the breakpoints `u ∈ {0, 0.5, 1, 2, 4, 8}` and flat after `u = 8`, where `u = e / h`.
public enum EffectCurve {
    /// Breakpoints in units of the presence scale `h`.
    public static let breakpoints: [Double] = [0, 0.5, 1, 2, 4, 8]

    /// `g` at each breakpoint.
    public static let values: [Double] = breakpoints.map { 1 - Foundation.pow(2.0, -$0) }

    /// Number of linear segments.
    public static var segmentCount: Int { breakpoints.count - 1 }

    /// `F(e; h)`: the share of risk prevented by effective presence `e` at presence scale `h`.
    public static func share(effectivePresence e: Double, scale h: Double) -> Double {
        guard e > 0, h > 0 else { return 0 }
        let u = e / h
        let last = breakpoints.count - 1
        if u >= breakpoints[last] { return values[last] }
        var j = 0
        while u > breakpoints[j + 1] { j += 1 }
        let t = (u - breakpoints[j]) / (breakpoints[j + 1] - breakpoints[j])
        return values[j] + t * (values[j + 1] - values[j])
    }

    /// Width of segment `j` in effective officers, at scale `h`.
    public static func segmentWidth(_ j: Int, scale h: Double) -> Double {
        h * (breakpoints[j + 1] - breakpoints[j])
    }

    /// Slope of segment `j` (share per effective officer), at scale `h`.
    public static func segmentSlope(_ j: Int, scale h: Double) -> Double {
        (values[j + 1] - values[j]) / segmentWidth(j, scale: h)
    }
}
