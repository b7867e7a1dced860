internal import PatrolPlanScenario

/// Plans for a series of uplifts of one force: the curve of value and risk reduction against
/// extra officers.
///
/// The curve cannot contradict itself. More officers never remove a plan (the uplift enters only
/// the pool rows), so the optimum is non-decreasing in the uplift; the points are solved in
/// order, each started from the previous point's plan, so no point's value is below its
/// neighbour's. For the same reason a larger uplift's bound is valid for a smaller one, and
/// each point's bound is the tightest of its own and those to its right. A step whose change is
/// within the two points' gaps (`bound − value`) is marked: it may be solver noise, not an effect.
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
        /// Whether this point's change from the previous point is within their combined gaps:
        /// `|value − previous value| ≤ (bound − value) + (previous bound − previous value)`.
        public var withinGaps: Bool = false

        /// Points compare by their figures; the plans behind them are not compared.
        public static func == (lhs: Point, rhs: Point) -> Bool {
            lhs.officers == rhs.officers && lhs.perPeriod == rhs.perPeriod && lhs.summary == rhs.summary
                && lhs.status == rhs.status && lhs.seconds == rhs.seconds && lhs.withinGaps == rhs.withinGaps
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

    /// The sweep of `points` (ascending officers), with each bound tightened by the bounds of
    /// larger uplifts and the steps within the gaps marked.
    package init(force: String, points: [Point]) {
        self.force = force
        var points = points
        var tightest = Double.infinity
        for i in points.indices.reversed() {
            guard var summary = points[i].summary else { continue }
            tightest = min(tightest, summary.bound)
            if tightest < summary.bound {
                summary.bound = max(tightest, summary.value)
                summary.gap = (summary.bound - summary.value) / max(1, abs(summary.bound))
                points[i].summary = summary
            }
        }
        var previous: PlanSummary?
        for i in points.indices {
            guard let summary = points[i].summary else { continue }
            if let previous {
                let slack = (summary.bound - summary.value) + (previous.bound - previous.value)
                points[i].withinGaps = abs(summary.value - previous.value) <= slack
            }
            previous = summary
        }
        self.points = points
    }

    /// The first point with a plan: the base of the relative changes.
    public var base: PlanSummary? { points.lazy.compactMap(\.summary).first }
}
