import Foundation
internal import TextTable
public import PatrolPlanScoring
public import PatrolPlanScenario
public import _PatrolPlanJSON

/// What `patrolplan check` prints: the scenario's size, pools, intelligence by grade, where
/// armed presence is eligible and why, and warnings. Never names a "C" report.
public enum ScenarioSummary {
    public static func render(_ scored: ScoredScenario, warnings: [Diagnostic]) -> String {
        let scenario = scored.scenario
        var out = "\(scenario.name): valid scenario@\(scenario.format.rawValue)\n"
        out += "threat level \(scenario.threatLevel.rawValue); \(scenario.areas.count) areas, "
        out += "\(scenario.periods.count) periods (\(Format.figure(scenario.periods.reduce(0) { $0 + $1.hours })) h), "
        out += "\(scenario.forces.count) forces, \(scenario.intelligence.count) intelligence reports, "
        out += "\(scenario.impactAssessments.count) impact assessments"
        if !scenario.commitments.isEmpty { out += ", \(scenario.commitments.count) commitments" }
        out += "\n"
        if let first = scenario.periods.first?.start, let last = scenario.periods.last {
            let end = (last.start ?? first).adding(hours: last.hours).local
            out += "from \(first.local.dayText) \(first.local.timeText) to \(end.dayText) \(end.timeText) "
                + "(UTC offset as written)\n"
        }
        out += "\n"

        out += "Officers available per period:\n"
        let periods = Array(scenario.periods.enumerated())
        let pools = TextTable<(Int, Force)> { entry in
            let (k, force) = entry
            return [
                Column(title: "force", value: force.id),
                Column(title: "armed", value: force.armed ? "yes" : "no"),
                Column(title: "unit", value: force.unit, align: .right),
            ] + periods.map { t, period in
                Column(title: period.id, value: scored.available[t][k], align: .right)
            }
        }
        out += (pools.string(for: Array(scenario.forces.enumerated()), style: Style.simple) ?? "") + "\n\n"

        out += "Intelligence by grade (source × assessment; handling P/C):\n"
        var grades: [String: Int] = [:]
        for report in scenario.intelligence {
            grades["\(report.source.rawValue)\(report.assessment.rawValue)", default: 0] += 1
        }
        if grades.isEmpty {
            out += "  none\n"
        } else {
            out += "  " + grades.keys.sorted().map { "\($0): \(grades[$0] ?? 0)" }.joined(separator: ", ") + "\n"
            let restricted = scenario.intelligence.filter { $0.handling == .confidential }.count
            out += "  handling: \(scenario.intelligence.count - restricted) P, \(restricted) C\n"
        }

        out += "\nArmed presence eligible (approved CIA and intelligence or threat rule):\n"
        var eligible = 0
        for t in 0..<scored.periodCount {
            for a in 0..<scored.areaCount {
                guard let basis = scored.armedBasis[scored.index(area: a, period: t)] else { continue }
                eligible += 1
                out += "  \(scenario.periods[t].id)  \(scenario.areas[a].id): \(describe(basis, scenario))\n"
            }
        }
        if eligible == 0 { out += "  none\n" }
        out += "  \(eligible) of \(scored.areaCount * scored.periodCount) area-periods\n"

        if !scenario.commitments.isEmpty {
            out += "\nCommitments (officers that must be there, model.md §4.12):\n"
            for commitment in scenario.commitments {
                let periods = commitment.periods.map { $0.joined(separator: ", ") } ?? "every period"
                out += "  \(commitment.id): \(commitment.officers) \(commitment.force) at \(commitment.area), \(periods)"
                out += (commitment.note.map { " — \($0)" } ?? "") + "\n"
            }
        }

        if !warnings.isEmpty {
            out += "\nWarnings:\n" + warnings.map { "  - \($0)\n" }.joined()
        }
        return out
    }

    /// The reason armed presence is allowed, in words.
    public static func describe(_ basis: ArmedBasis, _ scenario: Scenario) -> String {
        var reasons: [String] = []
        if let v = basis.violenceIntel { reasons.append("violence intelligence \(Format.figure(v))") }
        if let v = basis.terrorismIntel { reasons.append("terrorism intelligence \(Format.figure(v))") }
        if basis.threatRule { reasons.append("threat level \(scenario.threatLevel.rawValue) at a crowded place") }
        var text = reasons.joined(separator: " and ") + "; CIA " + basis.assessments.joined(separator: ", ")
        if let cap = basis.maxArmed { text += " (max \(cap) armed)" }
        return text
    }
}
