import PatrolPlan
/// Where one `solve` run's wall time went, stage by stage, split into the solver's time (every
/// call of a ``TimedSolver``) and patrolplan's own.
public struct RunTimings: Sendable, Equatable {
    /// Reading, parsing and validating the scenario.
    public var decode = 0.0
    /// Scoring (model.md §1–2), pools and eligibility.
    public var score = 0.0
    /// Writing the model for another solver (`--export-model`), 0 when not asked.
    public var export = 0.0
    /// The planner's stages (``Timings``).
    public var planner = Timings()
    /// Rendering and writing the plan and any report.
    public var write = 0.0
    /// Wall time of the whole run.
    public var total = 0.0
    /// The solver's calls in order, each with its stage (``TimedSolver/Call/purpose``).
    public var calls: [TimedSolver.Call] = []
    /// The whole model's size: rows, columns, integer columns.
    public var model: ModelSize?

    /// A model's size.
    public struct ModelSize: Sendable, Equatable {
        public var rows: Int
        public var columns: Int
        public var integerColumns: Int

        public init(_ rows: Int, _ columns: Int, _ integerColumns: Int) {
            self.rows = rows
            self.columns = columns
            self.integerColumns = integerColumns
        }
    }

    /// All stages at 0, to be filled in as the run goes.
    public init() {}

    /// The main search (branch and cut, and the marginal-value LP when no search was needed).
    public var mainSearch: Double {
        calls.filter { $0.purpose == "search" || $0.purpose == "marginal values" }.reduce(0) { $0 + $1.seconds }
    }
    /// Solver calls made by the heuristics (relax-and-fix, period by period).
    public var heuristicSolver: Double { solver - mainSearch }
    /// Time in the solver, loading the problem into it included.
    public var solver: Double { calls.reduce(0) { $0 + $1.seconds } }
    /// The heuristic's own work: greedy, local search, dynamic program, building relaxed models.
    public var heuristicOwn: Double { max(0, planner.heuristic - heuristicSolver) }
    /// Time patrolplan spent outside the solver.
    public var outsideSolver: Double { max(0, total - solver) }

    /// Stages in order, with their seconds: the breakdown `solve --timings` prints.
    public var stages: [(name: String, seconds: Double)] {
        [
            ("decode", decode), ("score", score), ("export", export), ("build", planner.build),
            ("heuristic", heuristicOwn), ("solver (heuristic)", heuristicSolver), ("solver (search)", mainSearch),
            ("Lagrangian bound", planner.bound),
            ("solve other", max(0, planner.solve - mainSearch)), ("figures + verify", planner.figures),
            ("write", write), ("total", total), ("outside solver", outsideSolver),
        ]
    }
}
