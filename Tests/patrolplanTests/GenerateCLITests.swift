import PatrolPlan
import PatrolPlanTestSupport
@testable import patrolplan
import Foundation
import Testing

/// `patrolplan generate` and `solve --timings` end to end.
@Suite struct GenerateCLITests {
    static let exitCases: [([String], Int32)] = [
        (["generate"], 64),
        (["generate", "--areas", "0"], 64),
        (["generate", "--areas", "10001"], 64),
        (["generate", "--areas", "10", "--periods", "0"], 64),
        (["generate", "--areas", "10", "--periods", "1001"], 64),
        (["generate", "--areas", "10000", "--periods", "100"], 64),
        (["generate", "--areas", "10", "--period-hours", "5"], 64),
        (["generate", "--areas", "10", "--seed", "-1"], 64),
        (["generate", "--areas", "10", "--output", "/nonexistent-dir/scenario.json"], 73),
        (["generate", "--areas", "3", "--periods", "2"], 0),
    ]

    @Test(arguments: exitCases)
    func exitCodes(arguments: [String], expected: Int32) throws {
        #expect(try CLI.run(arguments).status == expected)
    }

    @Test func outputFileMatchesStdoutAndSolves() throws {
        let path = CLI.temporary("generated.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let arguments = ["generate", "--areas", "12", "--periods", "6", "--seed", "5"]
        let printed = try CLI.run(arguments)
        #expect(printed.status == 0)
        let written = try CLI.run(arguments + ["--output", path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == printed.stdout)

        let solved = try CLI.run(["solve", path, "--format", "json", "--timings"])
        #expect(solved.status == 0)
        let plan = try JSONSerialization.jsonObject(with: solved.stdout) as? [String: Any]
        #expect(plan?["status"] as? String == "optimal")
        for stage in ["decode", "score", "build", "heuristic", "solver (search)", "figures + verify", "write", "outside solver"] {
            #expect(solved.stderr.contains("\n  \(stage) "), "\(stage)")
        }
        #expect(solved.stderr.contains("model: "))
    }

    @Test func badSizeNamesTheParameter() throws {
        let result = try CLI.run(["generate", "--areas", "10", "--period-hours", "5"])
        #expect(result.stderr.contains("period hours"))
        #expect(result.stdout.isEmpty)
    }
}
