import Testing
import CGLPK
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanGLPK

/// The C shim turns GLPK's fatal errors into Swift errors and the process keeps working.
@Suite struct GLPKShimTests {
    @Test func fatalErrorBecomesAThrownErrorAndLaterSolvesWork() throws {
        let error = try #require(GLPKSolver().provokeFatalError())
        #expect(error.message.contains("GLPK fatal error"))
        #expect(error.message.contains("column number out of range"))
        // Again: the environment was freed and is created anew.
        #expect(GLPKSolver().provokeFatalError() != nil)
        let s = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5)], forces: [Fixtures.unarmed(2)])
        #expect(try Fixtures.solve(s).status == .optimal)
    }

    @Test func everyProblemIsFreedAfterSolvesAndFatalErrors() throws {
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5)], intelligence: [Fixtures.intel("a", 0.5)],
            forces: [Fixtures.armed(4), Fixtures.unarmed(4)], assessments: [Fixtures.cia("a")])
        // Solves run synchronously on this thread: the count must be back to 0 after each.
        _ = try Fixtures.solve(s)
        #expect(GLPKSolver.liveProblemsOnThisThread == 0)
        _ = GLPKSolver().provokeFatalError()
        #expect(GLPKSolver.liveProblemsOnThisThread == 0)
        _ = try Fixtures.solve(s)
        #expect(GLPKSolver.liveProblemsOnThisThread == 0)
    }

    @Test func versionIsReported() {
        #expect(GLPKSolver().version.first?.isNumber == true)
    }

    @Test func emptyModelSolves() throws {
        // No risk anywhere: no segment columns; officers add nothing.
        let s = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0)], forces: [Fixtures.unarmed(2)])
        let outcome = try Fixtures.solve(s)
        #expect(outcome.status == .optimal)
        #expect(outcome.plan?.objective.value == 0)
    }

    @Test func exportWritesAModelGlpsolCanRead() throws {
        let s = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5)], forces: [Fixtures.unarmed(2)])
        let model = ModelBuilder.build(try ScoredScenario(s))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pp-\(UUID().uuidString).mps").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try GLPKSolver().export(model.milp, to: path, format: .mps)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("ROWS"))
        #expect(text.contains("COLUMNS"))
    }
}

import Foundation

/// Every way `glp_intopt` can end maps to one termination (GLPK.jl's `_raw_intopt_string`,
/// MathOpt's termination reasons): an unknown code is `.failed`, never a silent "optimal".
@Suite("GLPK backend: termination of every return code")
struct GLPKTerminationTests {
    static func result(
        status: Int32 = Int32(CGLPK_STATUS_OPT), returnCode: Int32 = 0, nodeLimit: Bool = false,
        timeLimit: Bool = false, interrupted: Bool = false
    ) -> CGLPK_MIPResult {
        var mip = CGLPK_MIPResult()
        mip.status = status
        mip.returnCode = returnCode
        mip.stoppedByNodeLimit = nodeLimit ? 1 : 0
        mip.stoppedByTimeLimit = timeLimit ? 1 : 0
        mip.interrupted = interrupted ? 1 : 0
        return mip
    }

    @Test func table() {
        let cases: [(CGLPK_MIPResult, Termination)] = [
            (Self.result(), .optimal),
            (Self.result(returnCode: Int32(CGLPK_RC_EMIPGAP)), .optimal),
            (Self.result(status: Int32(CGLPK_STATUS_NOFEAS)), .infeasible),
            (Self.result(status: Int32(CGLPK_STATUS_UNDEF), returnCode: Int32(CGLPK_RC_ENOPFS)), .infeasible),
            (Self.result(returnCode: Int32(CGLPK_RC_ETMLIM)), .timeLimit),
            (Self.result(status: Int32(CGLPK_STATUS_FEAS), timeLimit: true), .timeLimit),
            (Self.result(status: Int32(CGLPK_STATUS_FEAS), returnCode: Int32(CGLPK_RC_ESTOP), nodeLimit: true), .workLimit),
            (Self.result(status: Int32(CGLPK_STATUS_FEAS), returnCode: Int32(CGLPK_RC_ESTOP), interrupted: true), .interrupted),
            (Self.result(status: Int32(CGLPK_STATUS_FEAS), returnCode: Int32(CGLPK_RC_ESTOP)), .interrupted),
            (Self.result(status: Int32(CGLPK_STATUS_UNDEF), returnCode: 0x05), .failed),
        ]
        for (mip, expected) in cases {
            #expect(GLPKSolver.termination(mip) == expected, "status \(mip.status), code \(mip.returnCode)")
        }
    }
}
