/// A plan in the `patrolplan/plan@1` format (see `docs/formats.md`).
///
/// Every figure is recomputed from the integer allocation with the scoring functions; none is
/// read off the solver's objective. A plan never holds a "C" report's id or summary.
public struct Plan: Codable, Sendable, Equatable {
    public static let formatTag = "patrolplan/plan@1"
    public static let modelTag = "patrolplan/model@2"
    /// model@1: a scenario@1 file has the same optimum under both (model.md), so a plan of one
    /// written by an earlier version still verifies.
    public static let previousModelTag = "patrolplan/model@1"

    public var format: String = Plan.formatTag
    public var model: String = Plan.modelTag
    public var scenario: ScenarioReference
    public var status: PlanStatus
    public var objective: Objective
    public var solver: SolverInfo
    public var allocations: [Allocation]
    /// Objective gained per extra officer, by force id then period id.
    public var marginalValues: [String: [String: Double]]
    public var warnings: [String]
    /// The plan against the armed-deployment policy (plan@1 addition; absent in older plans).
    public var policy: PolicySummary?

    /// Which scenario the plan is for.
    public struct ScenarioReference: Codable, Sendable, Equatable {
        public var name: String
        /// SHA-256 of the scenario file's bytes, lowercase hex.
        public var sha256: String
        /// Uplifts applied, as `FORCE=N` (absent when none).
        public var uplifts: [String]?

        package init(name: String, sha256: String, uplifts: [String]? = nil) {
            self.name = name
            self.sha256 = sha256
            self.uplifts = uplifts
        }
    }

    /// The objective's parts (model.md §3) and the proven bound.
    public struct Objective: Codable, Sendable, Equatable {
        public var value: Double
        public var riskReduction: Double
        public var communityImpact: Double
        /// A valid upper bound on the optimum.
        public var bound: Double
        /// `(bound − value) / max(1, |bound|)`.
        public var gap: Double

        package init(value: Double, riskReduction: Double, communityImpact: Double, bound: Double, gap: Double) {
            self.value = value
            self.riskReduction = riskReduction
            self.communityImpact = communityImpact
            self.bound = bound
            self.gap = gap
        }
    }

    /// Who solved it and how the search ended.
    public struct SolverInfo: Codable, Sendable, Equatable {
        /// Why the search stopped, as plan@1 writes it. The plan format keeps its own enum so
        /// that it does not depend on the solver layer; the raw values are plan@1's.
        public enum Termination: String, Codable, Sendable, Equatable {
            case optimal, workLimit, timeLimit, interrupted, infeasible, failed
        }

        public var name: String
        public var version: String
        /// Wall-clock seconds of the solve (the only field that varies between runs).
        public var seconds: Double
        public var nodes: Int
        /// Why the search stopped: optimal, workLimit, timeLimit, interrupted.
        public var termination: Termination
        public var gapTolerance: Double
        public var nodeLimit: Int
        /// `"lagrangian"` when the reported bound is the Lagrangian bound rather than the
        /// search tree's (plan@1 addition; absent otherwise).
        public var boundSource: String?

        package init(name: String, version: String, seconds: Double, nodes: Int, termination: Termination, gapTolerance: Double, nodeLimit: Int, boundSource: String? = nil) {
            self.name = name
            self.version = version
            self.seconds = seconds
            self.nodes = nodes
            self.termination = termination
            self.gapTolerance = gapTolerance
            self.nodeLimit = nodeLimit
            self.boundSource = boundSource
        }
    }

    /// Officers in one area during one period.
    public struct Allocation: Codable, Sendable, Equatable {
        public var area: String
        public var period: String
        /// Officers by force id; names every force.
        public var officers: [String: Int]
        /// `R_{a,t,c}` by category.
        public var risk: [String: Double]
        /// This area-period's part of riskReduction.
        public var riskReduced: Double
        /// Why armed officers may be here; present exactly when the allocation has armed
        /// officers (plan@1 addition; absent in older plans).
        public var armedBasis: ArmedDeploymentBasis?
        /// Ids of the commitments (model.md §4.12) that hold here, in scenario order; absent
        /// where none do (scenario@2).
        public var commitments: [String]?

        package init(area: String, period: String, officers: [String: Int], risk: [String: Double], riskReduced: Double, armedBasis: ArmedDeploymentBasis? = nil, commitments: [String]? = nil) {
            self.commitments = commitments
            self.area = area
            self.period = period
            self.officers = officers
            self.risk = risk
            self.riskReduced = riskReduced
            self.armedBasis = armedBasis
        }
    }

    package init(format: String = Plan.formatTag, model: String = Plan.modelTag, scenario: ScenarioReference, status: PlanStatus, objective: Objective, solver: SolverInfo, allocations: [Allocation], marginalValues: [String: [String: Double]], warnings: [String], policy: PolicySummary? = nil) {
        self.format = format
        self.model = model
        self.scenario = scenario
        self.status = status
        self.objective = objective
        self.solver = solver
        self.allocations = allocations
        self.marginalValues = marginalValues
        self.warnings = warnings
        self.policy = policy
    }
}

/// What solution a plan holds (model.md §5).
public enum PlanStatus: String, Codable, Sendable, Equatable {
    /// Proven within the requested gap.
    case optimal
    /// A limit ended the search; the incumbent, its bound and gap are reported.
    case feasible
    /// No allocation satisfies the constraints.
    case infeasible
    /// A limit ended the search before any allocation was found.
    case noSolution = "no_solution"
}
