internal import PatrolPlanResults
import Foundation
internal import Plot
internal import _PatrolPlanJSON

/// The planner's report as one self-contained HTML page: inline CSS and SVG, no network,
/// plain and printable on A4.
public enum HTMLReport {
    static let css = """
        @page { size: A4; margin: 15mm; }
        body { font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #111; max-width: 190mm; margin: 1.5em auto; line-height: 1.4; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
        th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; } td.num { text-align: right; }
        .status { font-weight: bold; } .figure { page-break-inside: avoid; } svg { max-width: 100%; height: auto; }
        """

    public static func render(_ content: ReportContent) -> String {
        let s = content.summary
        let headline: [(String, String)] = [
            ("Value", Format.figure(s.value)), ("Risk reduction", Format.figure(s.riskReduction)),
            ("Community impact", Format.figure(s.communityImpact)), ("Bound", Format.figure(s.bound)),
            ("Proven gap", Format.percent(s.gap)), ("Officer-hours", Format.figure(s.officerHours)),
            ("Armed officer-hours", Format.figure(s.armedOfficerHours)),
            ("Armed area-periods", String(s.armedAreaPeriods)),
        ]
        let heat = SVGChart.heatMap(rows: content.areas, columns: content.periods, values: content.officers, marked: content.armed)
        let bars = SVGChart.pairedBars(
            labels: content.risk.map(\.name), before: content.risk.map(\.before), after: content.risk.map(\.after),
            legend: ("without patrols", "with the plan"))
        let html = HTML(
            .lang(.english),
            .head(.meta(.charset(.utf8)), .raw("<title>\(Escaping.htmlText(content.title))</title>"), .style(css)),
            .body(
                .h1(.escaped(content.title)),
                .p(.span(.class("status"), .escaped("Status: \(content.plan.status.rawValue)")),
                   .escaped(" — search stopped: \(content.plan.solver.termination.rawValue), \(content.plan.solver.nodes) nodes.")),
                .table(.forEach(headline) { row in .tr(.th(.escaped(row.0)), .td(.class("num"), .escaped(row.1))) }),
                .unwrap(content.comparison) { comparison in
                    .group(
                        .h2("Compared with the base plan"),
                        .pre(.escaped(ComparisonTable.render(comparison, baseLabel: "base", variantLabel: "this plan", limit: 10))))
                },
                .h2("Officers by area and period"),
                .p("Darker cells have more officers. Cells outlined in red, with a dot, have armed officers."),
                .div(.class("figure"), .raw(heat)),
                .unwrap(content.map) { map in .raw(mapSection(map)) },
                .h2("Risk by area over the horizon"),
                .div(.class("figure"), .raw(bars)),
                .unwrap(content.sweep) { sweep in
                    .group(
                        .h2(.escaped("Value against extra \(sweep.force) officers")),
                        .div(.class("figure"), .raw(SVGChart.line(
                            points: sweep.points.compactMap { p in p.summary.map { (Double(p.officers), $0.value) } },
                            xLabel: "extra \(sweep.force) officers", yLabel: "value"))))
                },
                .h2("Armed deployments and their basis"),
                .if(content.deployments.isEmpty, .p("None."), else: .table(
                    .tr(.th("Period"), .th("Area"), .th("Armed officers"), .th("Basis")),
                    .forEach(content.deployments) { d in
                        .tr(.td(.escaped(d.period)), .td(.escaped(d.area)), .td(.class("num"), .escaped(String(d.officers))), .td(.escaped(d.reason)))
                    })),
                .h2("Warnings"),
                .if(content.plan.warnings.isEmpty, .p("None."), else: .ul(.forEach(content.plan.warnings) { .li(.escaped($0)) }))
            )
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }
}
