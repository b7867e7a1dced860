internal import PatrolPlanScenario

/// The prescriptive question: the fewest extra officers of one force for which the optimum
/// reaches a target.
///
/// Method: more officers only enlarge the set of feasible plans (the pool row is the only place
/// the uplift enters), so the optimum is non-decreasing in the uplift. The officers added per
/// period, `m = floor(N × onDutyFraction)`, are searched: first doubling `m` until the optimum
/// stops growing (that value is "what unlimited officers of this force achieve"), then
/// bisecting for the smallest `m` whose optimum reaches the target, and reporting the smallest
/// headcount uplift `N` that gives that `m`. Each optimum is found within the solver's gap, so
/// the answer is exact up to that tolerance.
public enum Staffing {
    /// What the optimum must reach.
    public enum Target: Sendable, Equatable {
        /// A share of the value achievable with unlimited officers of the force.
        case share(Double)
        /// An absolute objective value.
        case value(Double)
    }

    /// The answer, with every solve made to find it.
    public struct Result: Sendable {
        public var force: String
        public var target: Double
        /// The smallest headcount uplift reaching the target, or `nil` if none does.
        public var officers: Int?
        /// Officers that uplift adds to every period.
        public var perPeriod: Int?
        /// The optimum with that uplift.
        public var value: Double?
        /// The optimum with no uplift, and with as many as can still help.
        public var baseValue: Double
        public var unlimitedValue: Double
        /// (officers per period added, optimum), in the order solved.
        public var trace: [(perPeriod: Int, value: Double)]

        package init(force: String, target: Double, officers: Int? = nil, perPeriod: Int? = nil, value: Double? = nil, baseValue: Double, unlimitedValue: Double, trace: [(perPeriod: Int, value: Double)]) {
            self.force = force
            self.target = target
            self.officers = officers
            self.perPeriod = perPeriod
            self.value = value
            self.baseValue = baseValue
            self.unlimitedValue = unlimitedValue
            self.trace = trace
        }
    }
}
