import Foundation
internal import PatrolPlanResults

/// A report as a list of format-neutral blocks, written once and rendered by ``HTMLReport``
/// and ``MarkdownReport``: the same sections, tables and wording in both.
enum ReportBlock {
    case heading(String, level: Int)
    case paragraph(String, strong: Bool = false)
    case table(ReportTable)
    case list([String])
    case definitions([(term: String, meaning: String)])
    /// An SVG figure (HTML only; every figure's numbers are also in a table).
    case figure(svg: String)
    /// A section written as HTML already, such as the map (HTML only).
    case html(String)
    /// A printed page starts here (HTML only).
    case pageBreak
}

/// A table: a header row, rows of text, and which columns hold numbers (right-aligned).
struct ReportTable {
    var head: [String]
    var rows: [[String]]
    var numeric: Set<Int> = []
    /// Per-cell shade from 0 (none) to 5 (most), for the officer grid; `nil` elsewhere.
    var shade: [[Int]]?
    var caption: String?
}

extension ReportContent {
    /// Periods per table of the officer grid, so that a grid fits A4 portrait at any horizon.
    static let gridPeriodsPerTable = 12
    /// Areas listed by name when the scenario is large.
    static let topAreaCount = 25

    /// Every section of the report, in order.
    func blocks() -> [ReportBlock] {
        var out: [ReportBlock] = [.heading(title, level: 1)]
        out.append(.paragraph(document.provenance(scenarioName: plan.scenario.name, sha256: plan.scenario.sha256)))
        if let sentence = PlanHeadline.sentence(summary) { out.append(.paragraph(sentence, strong: true)) }
        out.append(.paragraph(statusSentence))
        out.append(.table(figuresTable))
        out.append(.heading("What the figures mean", level: 3))
        out.append(.definitions(PlanHeadline.glossary))
        if let comparison {
            out += ComparisonTable.blocks(comparison, names: names, baseLabel: "base", variantLabel: "this plan", limit: 10)
        }
        if isLarge {
            out.append(.heading("Boroughs", level: 2))
            out.append(.paragraph("\(areas.count) areas in \(boroughs.count) boroughs; the officer grid for every area is in the appendix."))
            out.append(.table(ReportTable(
                head: ["Borough", "Areas", "Risk at stake (risk-hours)", "Risk remaining (risk-hours)", "Prevented", "Officer-hours", "Armed area-periods"],
                rows: boroughs.map { b in
                    [b.borough, String(b.areas), Format.figure(b.before), Format.figure(b.after),
                     b.before > 0 ? Format.share(1 - b.after / b.before) : "—", Format.figure(b.officerHours), String(b.armedAreaPeriods)]
                }, numeric: [1, 2, 3, 4, 5, 6])))
            out.append(.heading("The \(Self.topAreaCount) areas with the most risk at stake", level: 2))
            out.append(.table(areaRiskTable(topAreas(Self.topAreaCount))))
        } else {
            out += gridBlocks()
        }
        if let map { out.append(.html(HTMLReport.mapSection(map))) }
        out.append(.heading("Risk by area over the plan's periods", level: 2))
        let shown = isLarge ? topAreas(Self.topAreaCount) : risk
        out.append(.figure(svg: SVGChart.pairedBars(
            labels: shown.map(\.name), before: shown.map(\.before), after: shown.map(\.after),
            legend: ("without patrols", "with the plan"))))
        if !isLarge { out.append(.table(areaRiskTable(risk))) }
        if let sweep { out += SweepTable.blocks(sweep) }
        out.append(.heading("Armed deployments and their basis", level: 2))
        if deployments.isEmpty {
            out.append(.paragraph("None."))
        } else {
            out.append(.table(ReportTable(
                head: ["Period", "Area", "Armed officers", "Basis"],
                rows: deployments.map { [$0.periodLabel, $0.areaName, String($0.officers), $0.reason] }, numeric: [2])))
        }
        out.append(.heading("Warnings", level: 2))
        out.append(warnings.isEmpty ? .paragraph("None.") : .list(warnings))
        if isLarge {
            out.append(.pageBreak)
            out.append(.heading("Appendix: officers by area and period", level: 2))
            out += gridBlocks(heading: false)
        }
        return out
    }

    private var statusSentence: String {
        let s = summary
        var out = "Status: \(s.status.rawValue)"
        switch s.status {
        case .optimal: out += " — proven to be within \(Format.percent(s.gap)) of the best possible plan"
        case .feasible: out += " — not proven optimal: the best possible plan may be up to \(Format.percent(s.gap)) better"
        case .infeasible, .noSolution: break
        }
        let nodes = plan.solver.nodes
        out += ". The search stopped: \(plan.solver.termination.rawValue), after \(nodes) branch-and-bound node\(nodes == 1 ? "" : "s")."
        return out
    }

    private var figuresTable: ReportTable {
        let s = summary
        var rows: [[String]] = [
            ["Value", Format.figure(s.value), "risk-hours", "risk prevented minus the community cost"],
        ]
        if let stake = s.riskAtStake {
            rows.append(["Risk at stake", Format.figure(stake), "risk-hours", "over every area and period, with no patrols"])
        }
        rows.append(["Risk prevented", Format.figure(s.riskReduction), "risk-hours",
                     s.sharePrevented.map { "\(Format.share($0)) of the risk at stake" } ?? ""])
        rows.append(["Community cost of armed presence", Format.figure(s.communityImpact), "risk-hours",
                     s.communityShare.map { "\(Format.share($0)) of the risk prevented" } ?? ""])
        rows.append(["Bound", Format.figure(s.bound), "risk-hours", "no plan can have a higher value"])
        rows.append(["Proven gap", Format.percent(s.gap), "of the bound", "how much better the best plan could be"])
        rows.append(["Officer-hours", Format.figure(s.officerHours), "hours", "officers × period hours"])
        rows.append(["Armed officer-hours", Format.figure(s.armedOfficerHours), "hours", ""])
        rows.append(["Armed area-periods", String(s.armedAreaPeriods), "area-periods", "areas and periods with armed officers"])
        return ReportTable(head: ["Figure", "Amount", "Unit", "Meaning"], rows: rows, numeric: [1])
    }

    private func areaRiskTable(_ areas: [AreaRisk]) -> ReportTable {
        ReportTable(
            head: ["Area", "Borough", "Risk at stake (risk-hours)", "Risk remaining (risk-hours)", "Prevented", "Officer-hours", "Armed periods"],
            rows: areas.map { a in
                [a.name, a.borough ?? "", Format.figure(a.before), Format.figure(a.after),
                 a.before > 0 ? Format.share(1 - a.after / a.before) : "—", Format.figure(a.officerHours), String(a.armedPeriods)]
            }, numeric: [2, 3, 4, 5, 6])
    }

    /// The officer grid in tables of at most ``gridPeriodsPerTable`` periods: each cell shows
    /// the officers, and `▲n` for the n of them who are armed.
    private func gridBlocks(heading: Bool = true) -> [ReportBlock] {
        var out: [ReportBlock] = []
        if heading { out.append(.heading("Officers by area and period", level: 2)) }
        out.append(.paragraph("Each cell: officers on patrol; ▲n: n of them armed. Darker cells have more officers; an empty cell has none."))
        let most = max(1, officers.flatMap { $0 }.max() ?? 1)
        let chunks = stride(from: 0, to: periods.count, by: Self.gridPeriodsPerTable).map {
            $0..<min(periods.count, $0 + Self.gridPeriodsPerTable)
        }
        for (i, chunk) in chunks.enumerated() {
            var rows: [[String]] = []
            var shade: [[Int]] = []
            for a in areas.indices {
                rows.append([areaNames[a]] + chunk.map { t in
                    let n = officers[a][t]
                    guard n > 0 else { return "" }
                    return armedOfficers[a][t] > 0 ? "\(n) ▲\(armedOfficers[a][t])" : "\(n)"
                })
                shade.append([0] + chunk.map { t in
                    officers[a][t] == 0 ? 0 : 1 + min(4, (officers[a][t] * 5 - 1) / most)
                })
            }
            out.append(.table(ReportTable(
                head: ["Area"] + chunk.map { periodLabels[$0] }, rows: rows, numeric: Set(1...chunk.count), shade: shade,
                caption: chunks.count > 1 ? "Periods \(chunk.lowerBound + 1)–\(chunk.upperBound) of \(periods.count) (table \(i + 1) of \(chunks.count))" : nil)))
        }
        return out
    }
}
