import Foundation
@testable import PatrolPlanImport
import Testing

/// Bad recipes and bad input files stop the import with the file, the place and the value.
@Suite("Recipe and input errors")
struct RecipeErrorTests {
    /// A folder with a tiny valid recipe: two square areas, a police.uk file and a register.
    static func folder(recipe: (inout [String: Any]) -> Void = { _ in }, crime: String? = nil) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pp-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("data"), withIntermediateDirectories: true)
        let geojson = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"code": "A1", "name": "West"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
             {"type": "Feature", "properties": {"code": "A2", "name": "East"}, "geometry": {"type": "Polygon", "coordinates": [[[1,0],[2,0],[2,1],[1,1],[1,0]]]}}
            ]}
            """
        try geojson.write(to: dir.appendingPathComponent("data/areas.geojson"), atomically: true, encoding: .utf8)
        let street = crime ?? """
            Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context
            x,2025-01,F,F,0.5,0.5,,,,Robbery,,
            x,2025-01,F,F,1.5,0.5,,,,Public order,,
            x,2025-01,F,F,,,,,,Robbery,,
            x,2025-01,F,F,5,5,,,,Robbery,,
            x,2024-12,F,F,0.5,0.5,,,,Robbery,,

            """
        try street.write(to: dir.appendingPathComponent("data/2025-01-street.csv"), atomically: true, encoding: .utf8)
        var object: [String: Any] = [
            "format": "patrolplan/recipe@1", "name": "Test", "threatLevel": "substantial",
            "sources": [["name": "test data", "licence": "OGL", "attribution": "test", "path": "data"]],
            "periods": ["start": "2025-10-25T16:00", "timeZone": "Europe/London", "count": 3, "hours": 4],
            "areas": ["geojson": "data/areas.geojson", "idProperty": "code", "nameProperty": "name"],
            "crime": ["policeUK": "data", "from": "2025-01", "to": "2025-01"],
            "forces": [["id": "response", "available": 4]],
        ]
        recipe(&object)
        let bytes = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        let path = dir.appendingPathComponent("recipe.json").path
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func tinyRecipeCountsEveryRow() throws {
        let outcome = try ScenarioImport.run(recipePath: try Self.folder())
        let tally = try #require(outcome.crime)
        #expect(tally.rows == 5 && tally.outsideMonths == 1 && tally.noLocation == 1 && tally.outsideAreas == 1 && tally.placed == 2)
        #expect(tally.gang == 1 && tally.disorder == 1)
        // A flat profile is not the default, so West (one robbery in 31 days) varies by period;
        // here only check the rate for a whole-day-equivalent is 1 − exp(−E) in (0, 1).
        #expect(outcome.scenario.contains("\"gangActivity\": {"))
        // The clock goes back at 02:00 BST on 26 October 2025: the third period starts at 00:00
        // BST, and a 4-hour period later would start at 03:00 GMT.
        #expect(outcome.scenario.contains("\"start\": \"2025-10-25T16:00:00+01:00\""))
        #expect(outcome.scenario.contains("\"start\": \"2025-10-26T00:00:00+01:00\""))
    }

    @Test func clockChangeKeepsPeriodsFourHoursLong() throws {
        let path = try Self.folder { $0["periods"] = ["start": "2025-10-26T00:00", "count": 2, "hours": 4] }
        let outcome = try ScenarioImport.run(recipePath: path)
        #expect(outcome.scenario.contains("\"start\": \"2025-10-26T00:00:00+01:00\""))
        #expect(outcome.scenario.contains("\"start\": \"2025-10-26T03:00:00+00:00\""))
    }

    @Test func unknownFieldSuggestsTheRightOne() throws {
        let path = try Self.folder { $0["threatLevell"] = "low" }
        #expect {
            try ScenarioImport.run(recipePath: path)
        } throws: { error in
            "\(error)".contains("threatLevell") && "\(error)".contains("did you mean 'threatLevel'?")
        }
    }

    @Test func inputWithoutASourceIsAnError() throws {
        let path = try Self.folder { $0["sources"] = [["name": "x", "licence": "OGL", "attribution": "x", "path": "elsewhere"]] }
        #expect {
            try ScenarioImport.run(recipePath: path)
        } throws: { error in
            "\(error)".contains("under no source's path")
        }
    }

    @Test func badCoordinateNamesLineColumnAndValue() throws {
        let crime = """
            Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context
            x,2025-01,F,F,0.5,0.5,,,,Robbery,,
            x,2025-01,F,F,east,0.5,,,,Robbery,,

            """
        let path = try Self.folder(crime: crime)
        #expect {
            try ScenarioImport.run(recipePath: path)
        } throws: { error in
            let text = "\(error)"
            return text.contains("2025-01-street.csv") && text.contains("line 3, column 'Longitude'") && text.contains("'east'")
        }
    }

    @Test func unknownAreaInARegisterSuggestsOne() throws {
        let path = try Self.folder {
            $0["impactAssessments"] = "cia.csv"
            $0["sources"] = [
                ["name": "test data", "licence": "OGL", "attribution": "test", "path": "data"],
                ["name": "register", "licence": "illustrative", "attribution": "test", "path": "cia.csv"],
            ]
        }
        let cia = "id,area,status\nCIA-1,Wset,approved\n"
        try cia.write(
            to: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("cia.csv"), atomically: true,
            encoding: .utf8)
        #expect {
            try ScenarioImport.run(recipePath: path)
        } throws: { error in
            "\(error)".contains("line 2, column 'area'") && "\(error)".contains("did you mean 'West'?")
        }
    }

    @Test func crimesPlacedByLSOAThroughALookup() throws {
        let crime = """
            Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context
            x,2025-01,F,F,9,9,,L1,Somewhere 001A,Robbery,,
            x,2025-01,F,F,9,9,,L2,Somewhere 001B,Public order,,
            x,2025-01,F,F,9,9,,L9,Elsewhere 001A,Robbery,,
            x,2025-01,F,F,,,,,,Robbery,,

            """
        let path = try Self.folder(
            recipe: {
                $0["crime"] = [
                    "policeUK": "data/2025-01-street.csv", "from": "2025-01", "to": "2025-01",
                    "lsoaLookup": ["csv": "data/lookup.csv", "lsoaColumn": "LSOA21CD", "areaColumn": "WD25CD"],
                ]
            }, crime: crime)
        let lookup = "LSOA21CD,WD25CD\nL1,A1\nL2,A2\n"
        try lookup.write(
            to: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("data/lookup.csv"), atomically: true,
            encoding: .utf8)
        let tally = try #require(try ScenarioImport.run(recipePath: path).crime)
        // The coordinates (9, 9) lie in no polygon: the lookup, not the point, places the rows.
        #expect(tally.placed == 2 && tally.gang == 1 && tally.disorder == 1)
        #expect(tally.outsideAreas == 1 && tally.noLocation == 1)
    }

    @Test func footfallFromCountsWithCoordinatesAndTheRecipesOwnProfile() throws {
        let path = try Self.folder {
            $0["crime"] = ["policeUK": "data/2025-01-street.csv", "from": "2025-01", "to": "2025-01"]
            $0["footfall"] = [
                "counts": "data/places.csv", "countsNameColumn": "name", "countsLatColumn": "lat", "countsLonColumn": "lon",
                "dayColumns": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "hours": Array(repeating: 1, count: 24),
                "placement": "within", "dwellHours": 0.25, "baseline": 100, "hubFootfall": 1000,
            ]
        }
        let places = "name,lat,lon,mon,tue,wed,thu,fri,sat,sun\nMarket,0.5,0.5,4800,4800,4800,4800,4800,4800,4800\nFar,5,5,1,1,1,1,1,1,1\n"
        try places.write(
            to: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("data/places.csv"), atomically: true,
            encoding: .utf8)
        let outcome = try ScenarioImport.run(recipePath: path)
        let tally = try #require(outcome.footfall)
        #expect(tally.placed == 1 && tally.outside == ["Far"])
        // 4,800 a day, flat over 24 hours: 800 in a 4-hour period; 100 + 0.25 h × 800 / 4 h = 150.
        let scenario = try #require(try JSONSerialization.jsonObject(with: Data(outcome.scenario.utf8)) as? [String: Any])
        let areas = try #require(scenario["areas"] as? [[String: Any]])
        #expect(areas[0]["footfall"] as? Int == 150)
        #expect(areas[1]["footfall"] as? Int == 100)
    }
}
