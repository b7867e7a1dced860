import Foundation
import Testing
import PatrolPlanTestSupport

/// The match-day scenario (scenario@2) through the command line: commitments that cannot be,
/// mutual-aid uplifts, and the plan's record of them.
@Suite struct EventPlanCLITests {
    static let matchDay = BundledScenarios.folder.appendingPathComponent("match-day.json").path

    /// The match-day scenario with its JSON object changed by `edit`, written to a temporary file.
    func variant(_ name: String, _ edit: (inout [String: Any]) -> Void) throws -> String {
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.matchDay))) as? [String: Any])
        edit(&object)
        let path = CLI.temporary(name)
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func anArmedCommitmentWhereArmedOfficersMayNotGoExits65NamingItAndWhy() throws {
        let path = try variant("armed-at-stadium.json") { object in
            var commitments = object["commitments"] as? [[String: Any]] ?? []
            commitments[1]["area"] = "stadium"
            object["commitments"] = commitments
        }
        let output = CLI.temporary("armed-at-stadium.plan.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["solve", path, "--output", output])
        #expect(result.status == 65)
        #expect(result.stderr.contains("commitment 'AFO-WHL-DISPERSAL'"))
        #expect(result.stderr.contains("area 'stadium' in period 'sat-16'"))
        #expect(result.stderr.contains("'CIA-MD-STADIUM' is pending"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func commitmentsBeyondThePoolAreInfeasibleAndNamed() throws {
        let path = try variant("psu-twice.json") { object in
            var commitments = object["commitments"] as? [[String: Any]] ?? []
            commitments.append(["id": "PSU-2-FANZONE", "area": "fan-zone", "force": "psu", "officers": 14, "periods": ["sat-14"]])
            object["commitments"] = commitments
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        for command in ["check", "solve"] {
            let result = try CLI.run([command, path])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("pool (period sat-14): commitments PSU-1-AWAY, PSU-2-FANZONE"), "\(command): \(result.stderr)")
        }
    }

    @Test func mutualAidUpliftsAreRecordedInThePlan() throws {
        let result = try CLI.run([
            "solve", Self.matchDay, "--format", "json", "--uplift", "response=-20", "--uplift", "response=3/period",
        ])
        #expect(result.status == 0)
        let plan = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let scenario = plan["scenario"] as? [String: Any]
        #expect(scenario?["uplifts"] as? [String] == ["response=-20", "response=3/period"])
        #expect(plan["model"] as? String == "patrolplan/model@2")
        let held = (plan["allocations"] as? [[String: Any]])?.first {
            $0["area"] as? String == "away-end" && $0["period"] as? String == "sat-14"
        }
        #expect(held?["commitments"] as? [String] == ["PSU-1-AWAY"])
    }
}
