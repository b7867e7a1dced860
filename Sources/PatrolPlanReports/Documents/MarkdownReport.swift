internal import PatrolPlanResults
import Foundation
internal import TextTable

/// The planner's report as Markdown: headline figures, officers by area and period (armed
/// marked), risk by area before and after, the sweep curve if any, each armed deployment with
/// its basis, warnings.
public enum MarkdownReport {
    public static func render(_ content: ReportContent) -> String {
        let s = content.summary
        var out = "# \(cell(content.title))\n\n"
        out += "Status **\(content.plan.status.rawValue)** (proven gap \(Format.percent(s.gap)), "
        out += "search stopped: \(content.plan.solver.termination.rawValue)).\n\n"
        let headline: [(String, String)] = [
            ("Value", Format.figure(s.value)), ("Risk reduction", Format.figure(s.riskReduction)),
            ("Community impact", Format.figure(s.communityImpact)), ("Bound", Format.figure(s.bound)),
            ("Officer-hours", Format.figure(s.officerHours)), ("Armed officer-hours", Format.figure(s.armedOfficerHours)),
            ("Armed area-periods", String(s.armedAreaPeriods)),
        ]
        out += table(headline, columns: [("Figure", { $0.0 }), ("", { $0.1 })]) + "\n"

        if let comparison = content.comparison {
            out += "## Compared with the base plan\n\n```\n"
            out += ComparisonTable.render(comparison, baseLabel: "base", variantLabel: "this plan", limit: 10)
            out += "```\n\n"
        }
        out += "## Officers by area and period\n\n`*` marks armed officers present.\n\n"
        let grid = TextTable<Int> { a in
            [Column(title: "area", value: cell(content.areas[a]))]
                + content.periods.indices.map { t in
                    let v = content.officers[a][t]
                    return Column(title: cell(content.periods[t]), value: v == 0 ? "" : "\(v)\(content.armed[a][t] ? "*" : "")", align: .right)
                }
        }
        out += (grid.string(for: Array(content.areas.indices), style: Style.pipe) ?? "") + "\n\n"

        out += "## Risk by area over the horizon\n\n"
        out += table(content.risk, columns: [
            ("area", { cell($0.name) }), ("without patrols", { Format.figure($0.before) }),
            ("with the plan", { Format.figure($0.after) }),
        ]) + "\n"

        if let sweep = content.sweep {
            out += "## Value against extra \(cell(sweep.force)) officers\n\n"
            out += table(sweep.points, columns: [
                ("extra officers", { String($0.officers) }), ("per period", { "+\($0.perPeriod)" }),
                ("value", { $0.summary.map { Format.figure($0.value) } ?? "—" }), ("status", { $0.status.rawValue }),
            ]) + "\n"
        }

        out += "## Armed deployments and their basis\n\n"
        if content.deployments.isEmpty {
            out += "None.\n\n"
        } else {
            out += table(content.deployments, columns: [
                ("period", { cell($0.period) }), ("area", { cell($0.area) }), ("armed officers", { String($0.officers) }),
                ("basis", { cell($0.reason) }),
            ]) + "\n"
        }
        out += "## Warnings\n\n"
        out += content.plan.warnings.isEmpty ? "None.\n" : content.plan.warnings.map { "- \(cell($0))\n" }.joined()
        return out
    }

    private static func table<Row>(_ rows: [Row], columns: [(String, (Row) -> String)]) -> String {
        let table = TextTable<Row> { row in columns.map { Column(title: $0.0, value: $0.1(row)) } }
        return (table.string(for: rows, style: Style.pipe) ?? "") + "\n"
    }

    /// Text safe inside a Markdown table cell: ``Escaping/markdown(_:)``.
    static func cell(_ s: String) -> String {
        Escaping.markdown(s)
    }
}
