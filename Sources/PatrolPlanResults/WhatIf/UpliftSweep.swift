internal import PatrolPlanScenario

/// Plans for a series of uplifts of one force, solved concurrently: the curve of value and risk
/// reduction against extra officers.
///
/// Each point is an independent, deterministic solve, so the result does not depend on how many
/// run at once. GLPK keeps its environment per thread, and each solve frees its thread's.
public struct UpliftSweep: Sendable {
    /// One point of the curve.
    public struct Point: Sendable, Equatable {
        public var officers: Int
        /// Officers added to every period: `floor(officers × onDutyFraction)`.
        public var perPeriod: Int
        public var summary: PlanSummary?
        public var status: PlanStatus
        public var seconds: Double
        /// The plan at this point, if one was found.
        public var plan: Plan?

        /// Points compare by their figures; the plans behind them are not compared.
        public static func == (lhs: Point, rhs: Point) -> Bool {
            lhs.officers == rhs.officers && lhs.perPeriod == rhs.perPeriod && lhs.summary == rhs.summary
                && lhs.status == rhs.status && lhs.seconds == rhs.seconds
        }

        package init(officers: Int, perPeriod: Int, summary: PlanSummary? = nil, status: PlanStatus, seconds: Double, plan: Plan? = nil) {
            self.officers = officers
            self.perPeriod = perPeriod
            self.summary = summary
            self.status = status
            self.seconds = seconds
            self.plan = plan
        }
    }

    public var force: String
    public var points: [Point]

    package init(force: String, points: [Point]) {
        self.force = force
        self.points = points
    }
}
