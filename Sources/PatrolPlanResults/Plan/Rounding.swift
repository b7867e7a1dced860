/// Fixed number formatting, so the same plan gives the same bytes.
package enum Rounding {
    /// Objective figures and risk: 9 decimal places (far inside the 1e-6 agreement).
    package static func figure(_ v: Double) -> Double {
        round(v, scale: 1e9)
    }

    /// Gaps: 9 significant decimals.
    package static func ratio(_ v: Double) -> Double {
        round(v, scale: 1e9)
    }

    /// Seconds: milliseconds.
    package static func seconds(_ v: Double) -> Double {
        round(v, scale: 1e3)
    }

    private static func round(_ v: Double, scale: Double) -> Double {
        guard v.isFinite, abs(v) < 1e15 / scale else { return v }
        let r = (v * scale).rounded() / scale
        return r == 0 ? 0 : r  // no negative zero
    }
}
