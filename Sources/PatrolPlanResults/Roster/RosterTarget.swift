/// Expected units of the chosen forces in every area-period: what a roster is drawn to average.
public struct CoverageTarget: Sendable, Equatable {
    /// Values within this of an integer are that integer (solver and blending noise).
    package static let tolerance = 1e-9

    public let forceCount: Int
    /// Expected units at `p × forceCount + k` (`p = period × areaCount + area`); 0 for a force
    /// that is not chosen. Officers are `unit_k ×` units.
    public var units: [Double]

    public init(forceCount: Int, units: [Double]) {
        self.forceCount = forceCount
        self.units = units
    }

    /// `(1 − spread) × self + spread × other`, values within ``DependentRounding/tolerance`` of
    /// an integer made integral. Both points satisfy every row of the restricted relaxation, so
    /// the blend does too (the rows are linear).
    public func blended(towards other: CoverageTarget, by spread: Double) -> CoverageTarget {
        let units = zip(self.units, other.units).map { a, b in
            let v = (1 - spread) * a + spread * b
            return abs(v - v.rounded()) <= CoverageTarget.tolerance ? v.rounded() : v
        }
        return CoverageTarget(forceCount: forceCount, units: units)
    }

    /// Expected units of all chosen forces at area-period `p`.
    public func units(at p: Int) -> Double {
        units[(p * forceCount)..<((p + 1) * forceCount)].reduce(0, +)
    }

    /// The chance that a chosen force has anyone at area-period `p`: `min(1, units(at: p))`.
    /// Exact for a roster drawn by ``DependentRounding``, which rounds the area's units to the
    /// floor or the ceiling of their sum with the sum as its mean.
    public func presence(at p: Int) -> Double {
        min(1, units(at: p))
    }

    /// Whether every value is a whole number (then every roster is the same).
    public var isIntegral: Bool {
        units.allSatisfy { $0 == $0.rounded() }
    }
}

/// The two ends of the trade-off between value and unpredictability.
public struct RosterTargets: Sendable {
    /// Where the optimum end comes from.
    public enum Source: String, Sendable, Codable {
        /// The LP relaxation's optimum (better than the plan in the relaxation).
        case relaxation
        /// The plan itself, which already attains the relaxation's optimum.
        case plan
    }

    /// The optimum of the LP relaxation restricted to the chosen forces (or the plan).
    public var optimum: CoverageTarget
    public var source: Source
    /// The relaxation's optimal value: no roster with these fixed forces is worth more.
    public var relaxationValue: Double
    /// The most spread coverage (``RestrictedRelaxation/mostSpread(solver:)``).
    public var spread: CoverageTarget

    /// The target at `spread` ∈ [0, 1] from the optimum towards the most spread coverage.
    public func target(spread amount: Double) -> CoverageTarget {
        amount == 0 ? optimum : optimum.blended(towards: spread, by: amount)
    }

    package init(optimum: CoverageTarget, source: Source, relaxationValue: Double, spread: CoverageTarget) {
        self.optimum = optimum
        self.source = source
        self.relaxationValue = relaxationValue
        self.spread = spread
    }
}
