import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanModel

/// Issue 14: exported models read right in other programs: readable, valid, unique names, a
/// comment header, and the plan's optimum in glpsol and HiGHS with no flag for the sense.
@Suite struct ModelExportTests {
    /// The bundled scenarios small enough for glpsol within seconds (force-wide-week takes HiGHS
    /// 14 s and glpsol minutes).
    static let scenarios = ["haringey-weekend", "severe-crowded-places", "city-day-night"]

    static func scored(_ name: String) throws -> (ScoredScenario, Double) {
        let file = try ScenarioFile(data: Data(contentsOf: BundledScenarios.folder.appendingPathComponent("\(name).json")))
        let scored = try ScoredScenario(file.scenario)
        let plan = try #require(try Planner().plan(scored, scenarioSHA256: file.sha256).plan)
        return (scored, plan.objective.value)
    }

    @Test(arguments: scenarios)
    func exportsSolveToThePlansOptimumInGlpsolAndHiGHS(_ name: String) throws {
        let (scored, value) = try Self.scored(name)
        for format in ModelFileFormat.allCases {
            let path = CLI.temporary("model.\(format.rawValue)")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try ModelExport.render(scored, format: format).write(to: URL(fileURLWithPath: path))
            // The MPS file minimises the negated value.
            let sign = format == .mps ? -1.0 : 1.0
            // Both searches stop within 0.1%, as patrolplan's default gap does.
            let tolerance = 2e-3 * abs(value) + 1e-6
            let glpsol = try #require(try ExportedModel.glpsol(path, extra: ["--cuts", "--pcost", "--mipgap", "0.001", "--tmlim", "60"]))
            #expect(abs(sign * glpsol - value) <= tolerance, "\(name).\(format.rawValue): glpsol \(glpsol), plan \(value)")
            if ExportedModel.hasHiGHS {
                let highs = try #require(try ExportedModel.highs(path))
                #expect(abs(sign * highs - value) <= tolerance, "\(name).\(format.rawValue): HiGHS \(highs), plan \(value)")
            }
        }
    }

    @Test func namesAreReadableValidAndUnique() throws {
        let (scored, _) = try Self.scored("haringey-weekend")
        let milp = ModelBuilder.build(scored, names: true).milp
        #expect(milp.columnNames.count == milp.columns.count)
        #expect(milp.rowNames.count == milp.rows.count)
        for names in [milp.columnNames, milp.rowNames] {
            #expect(Set(names).count == names.count)
            for name in names {
                #expect(name.count <= 255)
                #expect(name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == ".") })
                #expect(name.first?.isLetter == true)
            }
        }
        let area = scored.scenario.areas[0].id.replacingOccurrences(of: "-", with: "_")
        let period = scored.scenario.periods[0].id.replacingOccurrences(of: "-", with: "_")
        #expect(milp.columnNames.contains { $0.hasPrefix("n.\(area).\(period).") })
        // Names cost nothing when solving.
        #expect(ModelBuilder.build(scored).milp.columnNames.isEmpty)
        let mps = String(decoding: try ModelExport.render(scored, format: .mps), as: UTF8.self)
        #expect(mps.hasPrefix("* patrolplan model@2"))
        #expect(!mps.contains(" C0000"))
    }

    @Test func idsThatClashOnceSanitisedStayDistinct() {
        #expect(ModelNames.sanitised(["a-b", "a_b", "a.b", "a:b", "a_b_2", ""]) == ["a_b", "a_b_2", "a_b_3", "a_b_4", "a_b_2_2", "_"])
    }
}

/// Runs other programs on exported models.
enum ExportedModel {
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// glpsol's optimum for an MPS (`--freemps`) or LP (`--lp`) file, with `extra` flags only.
    static func glpsol(_ path: String, extra: [String] = []) throws -> Double? {
        let output = CLI.temporary("glpsol.txt")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let format = path.hasSuffix(".lp") ? "--lp" : "--freemps"
        guard try run("glpsol", [format, path, "-o", output] + extra).status == 0 else { return nil }
        let text = try String(contentsOfFile: output, encoding: .utf8)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
            let equals = line.firstIndex(of: "=")
        else { return nil }
        return Double(line[line.index(after: equals)...].split(separator: " ").first ?? "")
    }

    static let hasHiGHS = (try? run("python3", ["-c", "import highspy"]).status) == 0

    /// HiGHS's optimum (PyPI `highspy`), no options but silence.
    static func highs(_ path: String) throws -> Double? {
        let script = """
            import sys, highspy
            h = highspy.Highs(); h.setOptionValue('output_flag', False)
            h.readModel(sys.argv[1]); h.run(); print(repr(h.getInfo().objective_function_value))
            """
        let result = try run("python3", ["-c", script, path])
        guard result.status == 0 else { return nil }
        // HiGHS prints its banner before the option silences it: the value is the last line.
        return result.stdout.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }
}
