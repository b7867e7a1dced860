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
        let search = try #require(calls.last)
        #expect(search.rows == outcome.rows)
        #expect(search.columns == outcome.columns)
        #expect(search.integerColumns == outcome.integerColumns)
        #expect(search.termination == outcome.termination)
        // Relax-and-fix solves a relaxation first, with fewer integer columns.
        #expect(calls.dropLast().allSatisfy { $0.integerColumns <= search.integerColumns })

        var timings = RunTimings()
        timings.planner = outcome.timings
        timings.calls = calls
        timings.total = 100
        #expect(timings.solver == calls.reduce(0) { $0 + $1.seconds })
        #expect(timings.outsideSolver == 100 - timings.solver)
        #expect(timings.mainSearch == search.seconds)
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
