import Foundation
@testable import PatrolPlanImport
import PatrolPlanTestSupport
import Testing

/// The importer on the real public files in `../shared/data/uk-public` (CI has them; without
/// them these tests are skipped with a message). Expected numbers are recomputed here from the
/// raw files, not copied from the importer.
@Suite("Import of the real police.uk, Met, ONS and TfL files")
struct RealDataImportTests {
    static let data = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/data/uk-public")
    static let recipes = CLI.root.appendingPathComponent("Scenarios/recipes")
    static let haveData = FileManager.default.fileExists(atPath: data.appendingPathComponent("README.md").path)

    static func recipe(_ name: String) -> String { recipes.appendingPathComponent("\(name).recipe.json").path }

    static func run(_ name: String) throws -> ImportOutcome {
        try ScenarioImport.run(recipePath: recipe(name))
    }

    /// Lines of a CSV without quoted commas (the rows these tests read have none).
    static func lines(_ url: URL) throws -> [[String]] {
        try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test("The committed scenarios are rebuilt byte for byte from their recipes", .enabled(if: haveData, "../shared/data/uk-public is absent"), arguments: ["city-of-london-week", "london-ward-week"])
    func rebuildsByteForByte(_ name: String) throws {
        let built = try Self.run(name).scenario
        let committed = try String(contentsOf: CLI.root.appendingPathComponent("Scenarios/\(name).json"), encoding: .utf8)
        #expect(built == committed, "Scenarios/\(name).json differs from what its recipe builds; rebuild it with patrolplan import")
    }

    @Test("City: every police.uk row is used or counted under a reason", .enabled(if: haveData, "../shared/data/uk-public is absent"))
    func cityRowAccounting() throws {
        let outcome = try Self.run("city-of-london-week")
        let tally = try #require(outcome.crime)
        // Independently: the 25 files, their rows, and the rows in the window without a location.
        let folder = Self.data.appendingPathComponent("police-uk/city-of-london")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        #expect(files.count == 25 && tally.files == 25)
        var rows = 0, inWindow = 0, noLocation = 0
        for file in files {
            let month = String(file.prefix(7))
            let inside = month >= "2024-06" && month <= "2025-05"
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                rows += 1
                guard inside else { continue }
                inWindow += 1
                // Longitude is the fifth field; no field before it is quoted.
                if line.split(separator: ",", omittingEmptySubsequences: false)[4].isEmpty { noLocation += 1 }
            }
        }
        #expect(rows == 19_950 && tally.rows == rows)
        #expect(tally.outsideMonths == rows - inWindow)
        #expect(tally.noLocation == noLocation)
        #expect(tally.noLocation == 831)
        #expect(tally.outsideAreas == 422)  // recorded by the City Police in neighbouring boroughs
        #expect(tally.placed + tally.noLocation + tally.outsideAreas == inWindow)
        #expect(tally.gang + tally.disorder + tally.otherTypes == Double(tally.placed))
        #expect(outcome.summary.contains { $0.contains("no location 831, outside every area 422") })
    }

    @Test("City: wards with polygons, stations in the ward that contains them", .enabled(if: haveData, "../shared/data/uk-public is absent"))
    func cityPlacement() throws {
        let outcome = try Self.run("city-of-london-week")
        let scenario = try #require(try JSONSerialization.jsonObject(with: Data(outcome.scenario.utf8)) as? [String: Any])
        let areas = try #require(scenario["areas"] as? [[String: Any]])
        #expect(areas.count == 25)
        #expect(areas.allSatisfy { ($0["boundary"] as? [String: Any])?["type"] as? String == "Polygon" })
        let names = Set(areas.compactMap { $0["name"] as? String })
        #expect(names.contains("Bishopsgate") && names.contains("Portsoken"))
        let placed = try #require(outcome.summary.first { $0.hasPrefix("footfall: stations placed") })
        #expect(placed.contains("Bishopsgate: Liverpool Street"))
        #expect(placed.contains("Walbrook: Bank and Monument"))
        #expect(placed.contains("Coleman Street: Moorgate"))
        let periods = try #require(scenario["periods"] as? [[String: Any]])
        #expect(periods.count == 42)
        #expect(periods.first?["start"] as? String == "2025-06-02T00:00:00+01:00")
        #expect(periods.last?["start"] as? String == "2025-06-08T20:00:00+01:00")
        #expect((scenario["sources"] as? [Any])?.count == 6)
    }

    @Test("London: West End's gangActivity on Friday 20:00-24:00 recomputed by hand", .enabled(if: haveData, "../shared/data/uk-public is absent"))
    func londonRateByHand() throws {
        let outcome = try Self.run("london-ward-week")
        let table = try Self.lines(Self.data.appendingPathComponent("mps/MPS Ward Level Crime (most recent 24 months).csv"))
        let header = table[0]
        let first = try #require(header.firstIndex(of: "202504")), last = try #require(header.firstIndex(of: "202603"))
        let gangTypes: Set = ["VIOLENCE WITH INJURY", "HOMICIDE", "ROBBERY OF PERSONAL PROPERTY", "POSSESSION OF WEAPONS"]
        var crimes = 0.0
        for row in table.dropFirst() where row.count > last && row[3] == "E05013808" && gangTypes.contains(row[1]) {
            crimes += row[first...last].reduce(0) { $0 + (Double($1) ?? 0) }
        }
        #expect(crimes > 1000)
        // 365 days from April 2025 to March 2026; the default profile, Friday (weight 1.15),
        // hours 20-23 (weights 7, 7.5, 7.5, 7); the week's weights sum to 24-hour total × 7-day total.
        let hours: [Double] = [6, 5, 4, 3, 2, 1.5, 1.5, 2, 3, 3.5, 4, 4.5, 5, 5, 5, 5.5, 6, 6, 6.5, 7, 7, 7.5, 7.5, 7]
        let days: [Double] = [0.9, 0.9, 0.95, 1.0, 1.15, 1.2, 1.0]
        let share = 1.15 * (7 + 7.5 + 7.5 + 7) / (hours.reduce(0, +) * days.reduce(0, +))
        let expected = crimes / 365 * 7 * share
        let rate = 1 - exp(-expected)
        let scenario = try #require(try JSONSerialization.jsonObject(with: Data(outcome.scenario.utf8)) as? [String: Any])
        let areas = try #require(scenario["areas"] as? [[String: Any]])
        #expect(areas.count == 679)
        let westEnd = try #require(areas.first { $0["id"] as? String == "E05013808" })
        let gang = try #require(westEnd["gangActivity"] as? [String: Double])
        #expect(abs(try #require(gang["fri-20"]) - rate) < 0.00006)
        #expect(westEnd["boundary"] == nil && westEnd["location"] != nil)
        // No City ward: the Met does not police the City, and its stations stay out.
        #expect(!areas.contains { $0["borough"] as? String == "City of London" })
        let spitalfields = try #require(areas.first { $0["name"] as? String == "Spitalfields & Banglatown" })
        #expect(spitalfields["venue"] as? String == "night_time_economy")
        let tally = try #require(outcome.crime)
        #expect(tally.rows == 18_669 && tally.unknownAreaRows == 0 && tally.days == 365)
    }

    @Test("City by LSOA: the areas are the LSOAs the police.uk files name", .enabled(if: haveData, "../shared/data/uk-public is absent"))
    func lsoasFromTheCrimeFiles() throws {
        let folder = Self.data.appendingPathComponent("police-uk/city-of-london")
        let recipe: [String: Any] = [
            "format": "patrolplan/recipe@1", "name": "City by LSOA", "threatLevel": "substantial",
            "sources": [["name": "police.uk", "licence": "OGL v3", "attribution": "Contains public sector information licensed under the Open Government Licence v3.0.", "path": folder.path]],
            "periods": ["start": "2025-06-02T00:00", "count": 6, "hours": 4],
            "areas": ["fromCrimeLSOAs": true],
            "crime": ["policeUK": folder.path, "from": "2024-06", "to": "2025-05"],
            "forces": [["id": "response", "available": 10]],
        ]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pp-lsoa-\(UUID().uuidString).json").path
        try JSONSerialization.data(withJSONObject: recipe).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = try ScenarioImport.run(recipePath: path)
        // Independently: distinct LSOA codes (the eighth field) in every file, and the rows in
        // the window without one.
        var codes: Set<String> = []
        var inWindowWithout = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".csv") {
            let month = String(file.prefix(7))
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                let code = line.split(separator: ",", omittingEmptySubsequences: false)[7]
                if !code.isEmpty { codes.insert(String(code)) }
                if code.isEmpty, month >= "2024-06", month <= "2025-05" { inWindowWithout += 1 }
            }
        }
        let scenario = try #require(try JSONSerialization.jsonObject(with: Data(outcome.scenario.utf8)) as? [String: Any])
        let areas = try #require(scenario["areas"] as? [[String: Any]])
        #expect(areas.count == codes.count)
        #expect(Set(areas.compactMap { $0["id"] as? String }) == codes)
        let tally = try #require(outcome.crime)
        #expect(tally.noLocation == inWindowWithout && tally.outsideAreas == 0)
        let city = try #require(areas.first { $0["id"] as? String == "E01032739" })
        #expect(city["name"] as? String == "City of London 001F" && city["borough"] as? String == "City of London")
    }
}
