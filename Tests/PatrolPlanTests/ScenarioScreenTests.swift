import Foundation
import Testing
@testable import PatrolPlan

/// Issue 14: `check` screens minimums against the officers who can lawfully be there, and
/// locations far from the others (latitude and longitude swapped).
@Suite struct ScenarioScreenTests {
    static func write(_ json: String) throws -> String {
        let path = CLITests.temporary("screen.json")
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func scenario(minimums: [Int], available: Int, locations: [(Double, Double)]) -> String {
        let areas = minimums.enumerated().map { a, minimum in
            #"{"id": "a\#(a)", "minOfficers": \#(minimum), "footfall": 1000, "location": {"lat": \#(locations[a].0), "lon": \#(locations[a].1)}}"#
        }
        return """
            {"format": "patrolplan/scenario@1", "name": "screen", "threatLevel": "moderate",
             "periods": [{"id": "p1", "hours": 4}, {"id": "p2", "hours": 4}],
             "areas": [\(areas.joined(separator: ", "))],
             "forces": [{"id": "nbh", "available": {"default": \(available + 10), "p2": \(available)}}]}
            """
    }

    static let london = [(51.50, -0.10), (51.52, -0.08), (51.55, -0.12), (51.49, -0.05)]

    @Test func checkSaysWhenMinimumsNeedMoreOfficersThanAreOnDuty() throws {
        let path = try Self.write(Self.scenario(minimums: [8, 8, 7, 0], available: 20, locations: Self.london))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLITests.run(["check", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("period 'p2': the minimums need 23 officers, at most 20 can lawfully be there"))
        #expect(!result.stderr.contains("'p1'"))
        let solve = try CLITests.run(["solve", path])
        #expect(solve.status == 2)
    }

    @Test func aFeasibleScenarioStillChecks() throws {
        let path = try Self.write(Self.scenario(minimums: [5, 5, 5, 5], available: 20, locations: Self.london))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLITests.run(["check", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test func swappedLatitudeAndLongitudeAreWarnedAbout() throws {
        var locations = Self.london
        locations[2] = (-0.12, 51.55)
        let path = try Self.write(Self.scenario(minimums: [0, 0, 0, 0], available: 20, locations: locations))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLITests.run(["check", path])
        #expect(result.status == 0)
        let text = String(decoding: result.stdout, as: UTF8.self) + result.stderr
        #expect(text.contains("areas[2].location"))
        #expect(text.contains("area 'a2'"))
        #expect(text.contains("lat and lon look swapped"))
        #expect(ScenarioScreen.locationWarnings(try ScenarioFile(data: Data(Self.scenario(
            minimums: [0, 0, 0, 0], available: 1, locations: Self.london).utf8)).scenario).isEmpty)
    }
}
