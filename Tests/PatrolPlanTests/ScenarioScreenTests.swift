import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport

/// Issue 14: `check` screens minimums against the officers who can lawfully be there, and
/// locations far from the others (latitude and longitude swapped).
@Suite struct ScenarioScreenTests {
    static func write(_ json: String) throws -> String {
        let path = CLI.temporary("screen.json")
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
        let result = try CLI.run(["check", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("period 'p2': the minimums need 23 officers, at most 20 can lawfully be there"))
        #expect(!result.stderr.contains("'p1'"))
        let solve = try CLI.run(["solve", path])
        #expect(solve.status == 2)
    }

    @Test func aFeasibleScenarioStillChecks() throws {
        let path = try Self.write(Self.scenario(minimums: [5, 5, 5, 5], available: 20, locations: Self.london))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["check", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test func swappedLatitudeAndLongitudeAreWarnedAbout() throws {
        var locations = Self.london
        locations[2] = (-0.12, 51.55)
        let path = try Self.write(Self.scenario(minimums: [0, 0, 0, 0], available: 20, locations: locations))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["check", path])
        #expect(result.status == 0)
        let text = String(decoding: result.stdout, as: UTF8.self) + result.stderr
        #expect(text.contains("areas[2].location"))
        #expect(text.contains("area 'a2'"))
        #expect(text.contains("lat and lon look swapped"))
        #expect(ScenarioScreen.locationWarnings(try ScenarioFile(data: Data(Self.scenario(
            minimums: [0, 0, 0, 0], available: 1, locations: Self.london).utf8)).scenario).isEmpty)
    }
}

/// Issue 14, item 7: errors that say what to do.
@Suite struct InputHintTests {
    static func errors(_ edit: (inout [String: Any]) -> Void) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: HardeningCaseTests.cases.appendingPathComponent("mps-objsense.json"))) as? [String: Any])
        edit(&object)
        do {
            _ = try ScenarioFile(data: JSONSerialization.data(withJSONObject: object))
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func thousandsSeparatorsPercentagesAndQuotedNumbers() throws {
        let text = try Self.errors { object in
            var areas = object["areas"] as! [[String: Any]]
            areas[0]["footfall"] = "28,000"
            areas[1]["gangActivity"] = "40%"
            object["areas"] = areas
            object["policy"] = ["armedMaxShare": 70]
        }
        #expect(text.contains("areas[0].footfall: expected a number or an object with period ids as keys, found a string (write it as a number, without separators: 28000)"))
        #expect(text.contains("areas[1].gangActivity: expected a number, found a string (write it as a fraction: 0.4)"))
        #expect(text.contains("policy.armedMaxShare: must be between 0 and 1, found 70 (a share is a fraction: did you mean 0.7?)"))
    }

    @Test func aUTF16FileIsNamed() throws {
        let json = try String(contentsOf: HardeningCaseTests.cases.appendingPathComponent("mps-objsense.json"), encoding: .utf8)
        for data in [json.data(using: .utf16)!, json.data(using: .utf16BigEndian)!] {
            do {
                _ = try ScenarioFile(data: data)
                Issue.record("UTF-16 accepted")
            } catch {
                #expect("\(error)".contains("save it as UTF-8"))
            }
        }
    }

    @Test func aDirectoryIsNamed() throws {
        let result = try CLI.run(["check", FileManager.default.temporaryDirectory.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("is a directory"))
    }
}

/// Issue 14, item 7: flags that say why they are wrong.
@Suite struct FlagHintTests {
    static let scenario = HardeningCaseTests.path("armed-pool-large-internal-error.json")

    @Test(arguments: [
        ("afo=40:0:10", "END (0) is below START (40); did you mean afo=0:40:10?"),
        ("afo=0:6", "three whole numbers"), ("afo=0:5:0", "STEP (0) must be at least 1"),
    ])
    func sweepRangesSayWhatIsWrong(_ c: (String, String)) throws {
        let result = try CLI.run(["sweep", Self.scenario, "--uplift", c.0])
        #expect(result.status == 64)
        #expect(result.stderr.contains(c.1), "\(result.stderr)")
    }

    @Test(arguments: [
        ["solve", "X", "--uplift", "afp=2"], ["staff", "X", "--force", "afp", "--target", "0.9"],
        ["sweep", "X", "--uplift", "afp=0:4:2"], ["compare", "X", "--uplift", "afp=2"],
        ["roster", "X", "--force", "afp", "--days", "1", "--seed", "1"], ["explain", "X", "a", "--uplift", "afp=2"],
    ])
    func anUnknownForceGetsADidYouMean(_ arguments: [String]) throws {
        let result = try CLI.run(arguments.map { $0 == "X" ? Self.scenario : $0 })
        #expect(result.status == 64, "\(arguments)")
        #expect(result.stderr.contains("did you mean 'afo'?"), "\(arguments): \(result.stderr)")
    }
}
