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
/// the answer comes with the range the gaps leave: the uplift whose plan is proven to reach the
/// target, and the smallest uplift whose bound does not rule it out.
public enum Staffing {
    /// What the optimum must reach.
    public enum Target: Sendable, Equatable {
        /// A share of the value achievable with unlimited officers of the force.
        case share(Double)
        /// An absolute objective value.
        case value(Double)
    }

    /// One solve of the search: officers added per period, the plan's value and its bound.
    public struct Solve: Sendable, Equatable {
        public var perPeriod: Int
        public var value: Double
        public var bound: Double

        package init(perPeriod: Int, value: Double, bound: Double) {
            self.perPeriod = perPeriod
            self.value = value
            self.bound = bound
        }
    }

    /// The answer, with every solve made to find it.
    public struct Result: Sendable {
        public var force: String
        public var target: Double
        /// The smallest headcount uplift whose plan is proven to reach the target (a plan worth
        /// at least the target was found), or `nil` if none does.
        public var officers: Int?
        /// Officers that uplift adds to every period.
        public var perPeriod: Int?
        /// The value of the plan found with that uplift.
        public var value: Double?
        /// The smallest headcount uplift the proven bounds do not rule out: the best plan with
        /// fewer officers than this cannot reach the target; between this and ``officers`` it
        /// may, within the gaps. Equal to ``officers`` when the answer is exact.
        public var fewestPossible: Int?
        public var fewestPossiblePerPeriod: Int?
        /// Whether the plan with no uplift already reaches the target.
        public var alreadyMet: Bool = false
        /// The value with no uplift, and with as many officers as can still help, with their bounds.
        public var baseValue: Double
        public var baseBound: Double = .infinity
        public var unlimitedValue: Double
        public var unlimitedBound: Double = .infinity
        /// Every solve, in the order made.
        public var trace: [Solve]

        package init(force: String, target: Double, officers: Int? = nil, perPeriod: Int? = nil, value: Double? = nil, baseValue: Double, unlimitedValue: Double, trace: [Solve]) {
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
