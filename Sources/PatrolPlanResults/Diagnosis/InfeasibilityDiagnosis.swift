/// Why a scenario has no plan (model.md §5): which periods' minimum presence cannot be met, the
/// officers those minimums need, the most that can lawfully be placed towards them, and which
/// rules stop the rest.
///
/// Every claim is proven: a period is named only when the solver's bound on the officers it can
/// place towards its minimums is below what they need, so a satisfiable period is never named.
public struct InfeasibilityDiagnosis: Sendable, Equatable {
    /// Periods whose minimums cannot be met, even with every other period's minimums dropped.
    public var periods: [PeriodShortfall]
    /// When each period can meet its minimums alone but not all together (armed rules that span
    /// periods): the rules whose relaxation lets them all be met. Empty otherwise.
    public var jointBlockers: [BlockingRule]
    /// Periods the work limit left undecided (neither met nor proven short).
    public var undecided: [String]
    /// Commitments (model.md §4.12) that break a rule by themselves, whatever else is planned.
    public var commitmentConflicts: [CommitmentConflict]

    public init(
        periods: [PeriodShortfall], jointBlockers: [BlockingRule], undecided: [String],
        commitmentConflicts: [CommitmentConflict] = []
    ) {
        self.periods = periods
        self.jointBlockers = jointBlockers
        self.undecided = undecided
        self.commitmentConflicts = commitmentConflicts
    }
}

/// Commitments that, on their own, break a rule of model.md §4 (§4.12: the scenario is then
/// infeasible), with the place and the figures.
public struct CommitmentConflict: Sendable, Equatable {
    /// The rule broken, by its model.md name: pool, capacity, assessment cap, local armed share,
    /// armed duration, armed areas per period, overall armed share.
    public var rule: String
    public var period: String?
    public var area: String?
    /// Ids of the commitments involved, in scenario order.
    public var commitments: [String]
    /// What they need against what the rule allows, in words.
    public var message: String

    public init(rule: String, period: String?, area: String?, commitments: [String], message: String) {
        self.rule = rule
        self.period = period
        self.area = area
        self.commitments = commitments
        self.message = message
    }
}

/// One period whose minimum presence cannot be met.
public struct PeriodShortfall: Sendable, Equatable {
    public var period: String
    /// Σ minOfficers over the areas.
    public var needed: Int
    /// The most officers that can be placed towards the minimums (proven: the bound).
    public var atMost: Int
    /// Areas that cannot reach their own minimum whatever the others do.
    public var areas: [AreaShortfall]
    /// Rules whose relaxation would let more officers count towards the minimums.
    public var blockers: [BlockingRule]

    public init(period: String, needed: Int, atMost: Int, areas: [AreaShortfall], blockers: [BlockingRule]) {
        self.period = period
        self.needed = needed
        self.atMost = atMost
        self.areas = areas
        self.blockers = blockers
    }
}

/// An area whose minimum exceeds the officers who may lawfully be there at all.
public struct AreaShortfall: Sendable, Equatable {
    public var area: String
    public var needed: Int
    public var atMost: Int

    public init(area: String, needed: Int, atMost: Int) {
        self.area = area
        self.needed = needed
        self.atMost = atMost
    }
}

/// A rule of model@1 that stops officers counting towards the minimums, and how many more
/// would count without it.
public struct BlockingRule: Sendable, Equatable {
    public var rule: Rule
    /// Officers that could be placed towards the minimums beyond ``PeriodShortfall/atMost``
    /// with only this rule lifted.
    public var gain: Int

    public init(rule: Rule, gain: Int) {
        self.rule = rule
        self.gain = gain
    }

    /// The rules a diagnosis lifts one at a time.
    public enum Rule: String, Sendable, CaseIterable, Codable {
        /// Officers on duty (§4.1).
        case pools
        /// Deployment units, e.g. armed pairs (§4.2).
        case units
        /// An approved CIA and the intelligence picture or threat rule (§4.5).
        case armedEligibility
        /// The CIA's `maxArmed` (§4.6).
        case assessmentCap
        /// Armed duration limits (§4.8).
        case armedDuration
        /// Simultaneous armed areas (§4.9).
        case armedAreasPerPeriod
        /// The local armed share (§4.10).
        case armedShare
        /// The overall armed share (§4.11).
        case armedShareOverall
        /// Committed officers (§4.12), which hold officers where the minimums do not need them.
        case commitments
    }
}
