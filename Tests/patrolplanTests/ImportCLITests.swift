import PatrolPlanTestSupport
import Foundation
import Testing

/// `patrolplan import` end to end: exit codes, no partial output, and the bundled recipe.
@Suite struct ImportCLITests {
    static let data = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/data/uk-public")
    static let haveData = FileManager.default.fileExists(atPath: data.appendingPathComponent("README.md").path)

    @Test func missingRecipeCannotBeRead() throws {
        let output = CLI.temporary("import.json")
        let result = try CLI.run(["import", "/nonexistent/recipe.json", "-o", output])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/recipe.json"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func invalidRecipeIsADataErrorAndWritesNothing() throws {
        let recipe = CLI.temporary("recipe.json")
        try Data(#"{"format": "patrolplan/recipe@1", "name": "x", "threatLevel": "severe", "sourcez": []}"#.utf8)
            .write(to: URL(fileURLWithPath: recipe))
        let output = CLI.temporary("import.json")
        let result = try CLI.run(["import", recipe, "-o", output])
        #expect(result.status == 65)
        #expect(result.stderr.contains("sourcez") && result.stderr.contains("did you mean 'sources'?"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test(.enabled(if: haveData, "../shared/data/uk-public is absent"))
    func cityRecipeRebuildsTheBundledScenario() throws {
        let output = CLI.temporary("city.json")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let recipe = CLI.root.appendingPathComponent("Scenarios/recipes/city-of-london-week.recipe.json").path
        let result = try CLI.run(["import", recipe, "-o", output])
        #expect(result.status == 0)
        let summary = String(decoding: result.stdout, as: UTF8.self)
        #expect(summary.contains("dropped: no location 831, outside every area 422"))
        #expect(summary.contains("assumptions:"))
        #expect(result.stderr.contains("import: crime:"))
        let built = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(built == (try Data(contentsOf: CLI.root.appendingPathComponent("Scenarios/city-of-london-week.json"))))
    }
}
