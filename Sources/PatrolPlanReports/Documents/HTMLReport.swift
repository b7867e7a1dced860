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
        .maps svg { margin-right: 8px; vertical-align: top; }
        .periods { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 6px; }
        figure.period { margin: 0; page-break-inside: avoid; } figcaption { font-size: 0.75em; }
        .attribution { font-size: 0.8em; color: #444; }
        .status { font-weight: bold; } .figure { page-break-inside: avoid; } svg { max-width: 100%; height: auto; }
        """

    /// The areas as maps: officer-hours and risk reduced over the horizon (with a scale bar and
    /// a north arrow), then one small map per period (a period selector that needs no script),
    /// then the attribution of the scenario's sources.
    static func mapSection(_ map: ReportContent.MapData, content: ReportContent) -> String {
        let places = map.places
        let big = SVGMap.Frame(places, width: 340, maxHeight: 340, pad: 8)
        let small = SVGMap.Frame(places, width: 150, maxHeight: 150, pad: 4)
        guard let big, let small else { return "" }
        let names = places.map(\.name)
        let armedAny = map.armedPeriods.map { $0 > 0 }
        let shape = map.hasBoundaries ? "Areas" : "Areas (points: no boundaries in the scenario)"
        var html = "<h2>Map</h2>"
        html += "<p>\(shape) shaded by officer-hours over the horizon (left) and by risk reduced (right). "
        html += "Areas with armed officers in any period are hatched in red with a dashed outline (points: inside a red square).</p>"
        html += "<div class=\"figure maps\">"
        html += SVGMap.render(
            places, frame: big, values: map.officerHours, maxValue: map.officerHours.max() ?? 1, armed: armedAny,
            labels: places.indices.map { "\(names[$0]): \(Format.figure(map.officerHours[$0])) officer-hours, armed in \(map.armedPeriods[$0]) periods" },
            idPrefix: "map-officers", title: "Map: officer-hours by area", furniture: true, pointRadius: 3)
        html += SVGMap.render(
            places, frame: big, values: map.riskReduced, maxValue: map.riskReduced.max() ?? 1, armed: armedAny,
            labels: places.indices.map { "\(names[$0]): risk reduced \(Format.figure(map.riskReduced[$0]))" },
            idPrefix: "map-risk", title: "Map: risk reduced by area", furniture: true, pointRadius: 3)
        html += "</div>"
        html += "<h3>By period</h3><p>Officers in each period, on the same scale; armed areas hatched.</p>"
        html += "<div class=\"periods\">"
        let most = Double(map.indices.map { content.officers[$0].max() ?? 0 }.max() ?? 1)
        for (t, label) in map.periodLabels.enumerated() {
            let values = map.indices.map { Double(content.officers[$0][t]) }
            let armed = map.indices.map { content.armed[$0][t] }
            html += "<figure class=\"period\"><figcaption>\(Escaping.htmlText(label)): \(Int(values.reduce(0, +))) officers"
            html += armed.contains(true) ? ", armed in \(armed.filter { $0 }.count)" : ""
            html += "</figcaption>"
            html += SVGMap.render(
                places, frame: small, values: values, maxValue: most, armed: armed,
                labels: places.indices.map { "\(names[$0]), \(label): \(Int(values[$0])) officers\(armed[$0] ? ", armed" : "")" },
                idPrefix: "map-t\(t)", title: "Map: officers in \(label)", furniture: false, pointRadius: 1.6)
            html += "</figure>"
        }
        html += "</div>"
        if !map.unplaced.isEmpty {
            html += "<p>Not on the map (no boundary or location): \(Escaping.htmlText(map.unplaced.joined(separator: ", "))).</p>"
        }
        if !map.attributions.isEmpty {
            html += "<p class=\"attribution\">" + map.attributions.map(Escaping.htmlText).joined(separator: "<br/>") + "</p>"
        }
        return html
    }

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
                .unwrap(content.map) { map in .raw(mapSection(map, content: content)) },
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
