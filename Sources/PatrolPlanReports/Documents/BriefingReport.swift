public import PatrolPlanResults
internal import PatrolPlanScenario
public import PatrolPlanScoring
import Foundation

/// A briefing per shift: one printable page per period — who goes where (by force), the armed
/// deployments with their assessment and basis, and the areas left without a patrol — each
/// page with the protective marking and the provenance of ``ReportDocument``.
///
/// Restricted ("C") intelligence is never named: the basis lists only "P" report ids and counts
/// the rest, as plan@1's `armedBasis` does.
public enum BriefingReport {
    /// The briefing as one HTML page that prints one period per A4 page.
    public static func html(_ plan: Plan, scored: ScoredScenario, document: ReportDocument) -> String {
        let (footer, blocks) = content(plan, scored: scored, document: document)
        return HTMLReport.render(
            title: "Briefing: \(scored.scenario.name)", document: document, footer: footer, blocks: blocks, compact: true)
    }

    /// The briefing as Markdown, a section per period.
    public static func markdown(_ plan: Plan, scored: ScoredScenario, document: ReportDocument) -> String {
        let (footer, blocks) = content(plan, scored: scored, document: document)
        return MarkdownReport.render(document: document, footer: footer, blocks: blocks)
    }

    static func content(_ plan: Plan, scored: ScoredScenario, document: ReportDocument) -> (String, [ReportBlock]) {
        let scenario = scored.scenario
        let names = Names(scenario)
        let footer = "Briefing: \(scenario.name) · made \(document.generatedText) · patrolplan \(document.version)"
        let byKey = Dictionary(plan.allocations.map { ("\($0.period)\u{0}\($0.area)", $0) }, uniquingKeysWith: { a, _ in a })
        var blocks: [ReportBlock] = []
        for (t, period) in scenario.periods.enumerated() {
            if t > 0 { blocks.append(.pageBreak) }
            blocks.append(.heading("\(names.period(period.id)) — briefing", level: 1))
            blocks.append(.paragraph(
                "\(scenario.name): period \(t + 1) of \(scenario.periods.count) (\(period.id), \(Format.figure(period.hours)) h). "
                    + document.provenance(scenarioName: plan.scenario.name, sha256: plan.scenario.sha256)))
            var posted: [[String]] = []
            var armed: [[String]] = []
            var unpatrolled: [(name: String, borough: String, risk: Double)] = []
            var totals = [Int](repeating: 0, count: scenario.forces.count)
            for (a, area) in scenario.areas.enumerated() {
                let allocation = byKey["\(period.id)\u{0}\(area.id)"]
                let officers = scenario.forces.map { allocation?.officers[$0.id] ?? 0 }
                guard let allocation, officers.contains(where: { $0 > 0 }) else {
                    let p = scored.index(area: a, period: t)
                    let risk = period.hours * (scored.risk[p * 3] + scored.risk[p * 3 + 1] + scored.risk[p * 3 + 2])
                    unpatrolled.append((names.area(area.id), area.borough ?? "", risk))
                    continue
                }
                for k in officers.indices { totals[k] += officers[k] }
                posted.append([names.area(area.id), area.borough ?? ""] + officers.map { $0 == 0 ? "" : String($0) }
                    + [String(officers.reduce(0, +)), allocation.commitments?.joined(separator: ", ") ?? ""])
                let armedHere = zip(scenario.forces, officers).reduce(0) { $0 + ($1.0.armed ? $1.1 : 0) }
                if armedHere > 0 {
                    armed.append([names.area(area.id), String(armedHere)] + describe(allocation.armedBasis, scenario: scenario))
                }
            }
            blocks.append(.heading("Who goes where", level: 2))
            if posted.isEmpty {
                blocks.append(.paragraph("No officers are deployed in this period."))
            } else {
                let forceColumns = scenario.forces.map { names.force($0.id) + ($0.armed ? " (armed)" : "") }
                posted.append(["Total", ""] + totals.map(String.init) + [String(totals.reduce(0, +)), ""])
                blocks.append(.table(ReportTable(
                    head: ["Area", "Borough"] + forceColumns + ["All officers", "Commitments"], rows: posted,
                    numeric: Set(2..<(3 + scenario.forces.count)))))
            }
            blocks.append(.heading("Armed deployments", level: 2))
            if armed.isEmpty {
                blocks.append(.paragraph("None in this period."))
            } else {
                blocks.append(.table(ReportTable(
                    head: ["Area", "Armed officers", "Impact assessment", "Basis"], rows: armed, numeric: [1])))
            }
            blocks.append(.heading("Commitments", level: 2))
            let commitments = scenario.commitments.filter { $0.applies(to: period.id) }
            if commitments.isEmpty {
                blocks.append(.paragraph("None in this period."))
            } else {
                blocks.append(.table(ReportTable(
                    head: ["Commitment", "Area", "Force", "Officers", "Note"],
                    rows: commitments.map { c in
                        [c.id, names.area(c.area), names.force(c.force), String(c.officers), c.note ?? ""]
                    }, numeric: [3])))
            }
            blocks.append(.heading("Areas left without a patrol", level: 2))
            if unpatrolled.isEmpty {
                blocks.append(.paragraph("None: every area has officers in this period."))
            } else {
                blocks.append(.paragraph("Most risk at stake first; risk in risk-hours over the period."))
                blocks.append(.table(ReportTable(
                    head: ["Area", "Borough", "Risk at stake (risk-hours)"],
                    rows: unpatrolled.enumerated().sorted { ($0.element.risk, -$0.offset) > ($1.element.risk, -$1.offset) }
                        .map { [$0.element.name, $0.element.borough, Format.figure($0.element.risk)] },
                    numeric: [2])))
            }
        }
        return (footer, blocks)
    }

    /// The covering assessments, and the basis in words: the qualifying intelligence (by "P"
    /// report id, restricted reports only counted) or the threat-level rule.
    static func describe(_ basis: ArmedDeploymentBasis?, scenario: Scenario) -> [String] {
        guard let basis else { return ["—", "no recorded basis"] }
        var assessments = basis.assessments.joined(separator: ", ")
        if let cap = basis.maxArmed { assessments += " (at most \(cap) armed)" }
        var reasons: [String] = basis.intelligence.map { item in
            var text = "\(item.category.rawValue) intelligence \(Format.figure(item.score))"
            var sources = item.reports
            if item.restrictedReports > 0 {
                sources.append("\(item.restrictedReports) restricted report\(item.restrictedReports == 1 ? "" : "s")")
            }
            if !sources.isEmpty { text += " (\(sources.joined(separator: ", ")))" }
            return text
        }
        if let rule = basis.threatRule {
            reasons.append("threat level \(rule.level.rawValue) at a crowded place (\(rule.venue.rawValue))")
        }
        return [assessments, reasons.joined(separator: "; ")]
    }
}
