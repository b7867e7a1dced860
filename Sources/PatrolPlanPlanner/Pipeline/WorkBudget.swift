/// The deterministic work limit of a whole run (model.md §7): every stage gets a budget counted
/// in work units (evaluations, simplex iterations, nodes), never in seconds, so the same
/// scenario and options give the same plan on any machine. The defaults are sized so that a
/// London ward-week (629 areas × 42 periods) ends in about a minute on 2 cores
/// (docs/performance.md).
public struct WorkBudget: Sendable, Equatable {
    /// Evaluations of an area-period's value per Lagrangian subproblem
    /// (``AreaPeriodProblem/search(prices:armed:budget:)``): exact below it, bounded above it.
    public var subproblem = AreaPeriodProblem.defaultWork
    /// Evaluations of area-period values for one run of the Lagrangian bound, all steps
    /// together (besides ``PlannerOptions/lagrangianIterations``).
    public var lagrangian = 800_000_000
    /// Models with more columns than this skip GLPK's stages (relax-and-fix, branch and cut):
    /// their root LP alone is beyond the budget (measured: 60 s for relax-and-fix's first LP
    /// at 100 × 42, 79,800 columns; 200 s at 300 × 42) and GLPK's simplex cannot be
    /// interrupted. The plan is then the heuristic's, with the Lagrangian bound.
    public var glpkColumns = 40_000
    /// Passes over the periods of the period-by-period improvement (``PeriodImprovement``) when
    /// the search stops short of the gap; 0 turns it off.
    public var periodPasses = 4
    /// Periods with more columns than this (on average) are not solved one by one: GLPK's
    /// root alone takes seconds a period there (measured: 2–3 s for the 11,300 columns of a
    /// London ward-period, 42 of them, with no better plan within a few nodes each).
    public var periodColumns = 4_000
    /// Branch-and-bound nodes for each period's solve of the decomposition bound.
    public var periodNodes = 2500
    /// Branch-and-bound nodes for each period's solve in the improvement passes.
    public var periodImproveNodes = 500
    /// Rounds of column generation (``ColumnGeneration``: a master solve and a pricing round
    /// each) on models of at least ``Planner/largeModelColumns`` columns; 0 turns it off.
    public var columnGenerationRounds = 60
    /// Subgradient steps before column generation: they find the centre of its smoothing
    /// (measured at 629 × 42: 40 steps, then 13 rounds, 28 s to 0.073%; 10 steps left the
    /// bound at 0.19% after 60 rounds; 120 steps took 35 s to 0.092%).
    public var stepsBeforeColumns = 40
    /// Simplex iterations per solve of column generation's master LP.
    public var masterSimplexIterations = 100_000
    /// The wall-time safety ceiling, in seconds, on top of the work limit when no time limit
    /// is given; its use is reported (model.md §7).
    public var ceilingSeconds = 900.0

    public init() {}
}
