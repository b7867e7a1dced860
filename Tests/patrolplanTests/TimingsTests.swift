import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import patrolplan

/// `solve --timings`: the solver's calls are recorded, and the breakdown adds up.
@Suite struct TimingsTests {
    @Test func timedSolverRecordsEveryCallAndTheMainSearchLast() throws {
        let scenario = try SyntheticScenario(areas: 12, periods: 6, seed: 2).generate()
        let solver = TimedSolver()
        let outcome = try Planner(solver: solver, interrupter: .never).plan(try ScoredScenario(scenario), scenarioSHA256: "test")
        let calls = solver.calls
        // Every call names its stage; the whole model's calls (search, marginal values) have
        // the model's size, the others (relax-and-fix's relaxation, one period) at most its
        // integer columns.
        #expect(!calls.isEmpty)
        for call in calls {
            #expect(["search", "relax-and-fix", "period", "marginal values"].contains(call.purpose), "\(call.purpose)")
            #expect(call.integerColumns <= outcome.integerColumns)
            if call.purpose == "search" {
                #expect(call.rows == outcome.rows && call.columns == outcome.columns)
                #expect(call.termination == outcome.termination)
            }
        }
        let search = calls.filter { $0.purpose == "search" || $0.purpose == "marginal values" }

        var timings = RunTimings()
        timings.planner = outcome.timings
        timings.calls = calls
        timings.model = RunTimings.ModelSize(outcome.rows, outcome.columns, outcome.integerColumns)
        timings.total = 100
        #expect(timings.solver == calls.reduce(0) { $0 + $1.seconds })
        #expect(timings.outsideSolver == 100 - timings.solver)
        #expect(abs(timings.mainSearch - search.reduce(0) { $0 + $1.seconds }) < 1e-12)
        let text = TimingsReport.render(timings)
        for (name, _) in timings.stages {
            #expect(text.contains("\n  \(name) "), "\(name)")
        }
        #expect(text.contains("model: \(outcome.rows) rows x \(outcome.columns) columns"))
    }

    @Test func emptyTimingsRenderWithoutAModel() {
        let text = TimingsReport.render(RunTimings())
        #expect(text.contains("total"))
        #expect(!text.contains("model:"))
    }
}
