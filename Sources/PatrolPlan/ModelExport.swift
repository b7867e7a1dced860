public import Foundation
public import PatrolPlanModel
public import PatrolPlanGLPK
public import PatrolPlanMILP
public import PatrolPlanScoring
public import PatrolPlanScenario

/// A scenario's model (model@1) as a file other solvers read right (issue 14): free MPS or
/// CPLEX LP, readable names (``ModelNames``) and a comment header that says what is what.
///
/// MPS has no objective sense that every reader accepts (glpsol rejects `OBJSENSE`, HiGHS and
/// CBC minimise without it), so the MPS file minimises `minus_value`, the negated objective:
/// glpsol, HiGHS and CBC all find `−value` with no flags. The LP file says `Maximize`.
public enum ModelExport {
    /// The file's bytes. Throws ``SolverError`` if GLPK cannot write or the file cannot be read
    /// back (from a temporary directory).
    public static func render(_ scored: ScoredScenario, format: ModelFileFormat) throws(SolverError) -> Data {
        let model = ModelBuilder.build(scored, names: true)
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("patrolplan-export-\(UUID().uuidString).\(format.rawValue)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try GLPKSolver().export(model.milp, to: temporary.path, format: format)
        guard let body = try? Data(contentsOf: temporary) else {
            throw .fatal("cannot read back the exported model")
        }
        let marker = format == .mps ? "* " : "\\ "
        let header = headerLines(scored.scenario, format: format).map { marker + $0 + "\n" }.joined()
        return Data(header.utf8) + body
    }

    static func headerLines(_ scenario: Scenario, format: ModelFileFormat) -> [String] {
        let name = String(String.UnicodeScalarView(scenario.name.unicodeScalars.prefix(120).map {
            $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? $0 : "?"
        }))
        var lines = [
            "patrolplan model@2 (docs/model.md) of scenario \"\(name)\"",
            format == .mps
                ? "Objective (the N row): MINIMISE -(risk prevented - community impact); the plan's value is -optimum"
                : "Objective: MAXIMIZE value = risk prevented - community impact (the plan's value)",
            "Columns: n.AREA.PERIOD.FORCE units of a force (officers = unit x n); y.AREA.PERIOD armed presence (0/1);",
            "  s.AREA.PERIOD.CATEGORY.J effect curve segment J (model.md section 2)",
            "Rows (model.md section 4): effect, pool, presence (min/max officers), armed_most, armed_least (indicator),",
            "  local_share, overall_share, run (consecutive periods), armed_periods, armed_areas",
            "Ids keep A-Z a-z 0-9 _ only; others are written as _ (a clash gets _2, _3...)",
        ]
        if format == .mps { lines.append("Solve with glpsol --freemps, HiGHS or CBC; no flag is needed for the sense") }
        return lines
    }
}
