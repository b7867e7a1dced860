import Foundation
internal import TextTable
public import PatrolPlanResults
public import PatrolPlanScenario

/// `patrolplan roster` as text: the figures a planner weighs (cost and unpredictability, and
/// the trade-off between them), each area's unpredictability, then every day's roster.
public enum RosterTable {
    public static func render(_ set: RosterSet, scenario: Scenario) -> String {
        var out = header(set, scenario: scenario)
        out += "\n" + tradeOff(set) + areas(set)
        for roster in set.rosters {
            out += day(roster, set: set, scenario: scenario)
        }
        if !set.warnings.isEmpty {
            out += "\nWarnings:\n" + set.warnings.map { "  - \($0)\n" }.joined()
        }
        return out
    }

    /// The headline figures: what the rosters are, their cost and their unpredictability.
    public static func header(_ set: RosterSet, scenario: Scenario) -> String {
        let c = set.cost
        let u = set.unpredictability
        let first = set.rosters.first?.day ?? 1
        let last = set.rosters.last?.day ?? first
        let forces = set.forces.joined(separator: ", ")
        var out = "\(scenario.name) — rosters for \(forces)\n"
        out += "\(set.rosters.count) roster\(set.rosters.count == 1 ? "" : "s") (day\(first == last ? " \(first)" : "s \(first)–\(last)")), "
        out += "each covering the scenario's \(scenario.periods.count) periods; every one passed verify"
        let redraws = set.rosters.reduce(0) { $0 + $1.redraws }
        out += redraws > 0 ? " (after \(redraws) rejected periods were drawn again)\n" : "\n"
        out += "plan: value \(Format.figure(set.plan.objective.value)) (\(set.plan.status.rawValue), gap \(Format.percent(set.plan.objective.gap)))\n"
        let source = set.targets.source == .plan ? "the plan (it attains the relaxation's optimum)" : "the LP relaxation's optimum"
        out += "target: \(source), relaxation value \(Format.figure(set.targets.relaxationValue)); "
        out += "spread \(Format.spread(set.spread)) towards the most spread coverage\(goal(set.goal))\n"
        out += "cost of randomising: expected roster value \(Format.figure(c.expectedValue)) "
        out += "(cost \(Format.figure(c.expectedCost)), \(Format.percent(c.expectedShare)) of the plan; \(c.calibrationDraws) calibration draws); "
        out += "these rosters: mean \(Format.figure(c.meanValue)) (cost \(Format.percent(c.meanShare))), "
        out += "from \(Format.figure(c.minValue)) to \(Format.figure(c.maxValue))\n"
        out += "unpredictability: presence entropy \(Format.bits(u.expectedEntropy)) bits per area-period expected, "
        out += "\(Format.bits(u.observedEntropy)) in these rosters, of a possible \(Format.bits(u.maximum))\n"
        return out
    }

    private static func goal(_ goal: SpreadGoal) -> String {
        switch goal {
        case .optimum: ""
        case .fixed: " (--spread)"
        case .minEntropy(let bits): " (least spread for --min-entropy \(bits))"
        case .maxCost(let share): " (most spread for --max-cost \(share))"
        }
    }

    /// Expected entropy and cost against the spread.
    static func tradeOff(_ set: RosterSet) -> String {
        let table = TextTable<TradeOffPoint> { point in
            [
                Column(title: "spread", value: Format.spread(point.spread) + (point.spread == set.spread ? " ←" : ""), align: .right),
                Column(title: "entropy bits", value: Format.bits(point.expectedEntropy), align: .right),
                Column(title: "expected value", value: Format.figure(point.expectedValue), align: .right),
                Column(title: "cost", value: Format.percent(point.costShare), align: .right),
            ]
        }
        return "Trade-off (expected, by spread; ← the one drawn):\n" + (table.string(for: set.tradeOff, style: Style.simple) ?? "") + "\n"
    }

    /// Each area's unpredictability over the on-duty periods.
    static func areas(_ set: RosterSet) -> String {
        let u = set.unpredictability
        let table = TextTable<Unpredictability.AreaFigures> { area in
            [
                Column(title: "area", value: area.area),
                Column(title: "officers/period", value: Format.figure(area.expectedOfficers), align: .right),
                Column(title: "presence", value: Format.percent(area.expectedPresence), align: .right),
                Column(title: "entropy bits", value: Format.bits(area.expectedEntropy), align: .right),
                Column(title: "observed presence", value: Format.percent(area.observedPresence), align: .right),
                Column(title: "observed bits", value: Format.bits(area.observedEntropy), align: .right),
            ]
        }
        return "By area (expected, over the \(u.onDutyPeriods.count) periods with \(set.forces.joined(separator: "/")) on duty):\n"
            + (table.string(for: u.areas, style: Style.simple) ?? "") + "\n"
    }

    /// One day's roster: officers of the randomised forces by area and period.
    static func day(_ roster: DrawnRoster, set: RosterSet, scenario: Scenario) -> String {
        let forces = scenario.forces
        let chosen = forces.indices.filter { set.forces.contains(forces[$0].id) }
        let rows = scenario.areas.indices.flatMap { a in chosen.map { (a, $0) } }
        let A = scenario.areas.count
        let F = forces.count
        let table = TextTable<(Int, Int)> { row in
            let (a, k) = row
            var columns = [Column(title: "area", value: scenario.areas[a].id)]
            if chosen.count > 1 { columns.append(Column(title: "force", value: forces[k].id)) }
            for t in scenario.periods.indices {
                let n = roster.allocation.units[(t * A + a) * F + k] * forces[k].unit
                columns.append(Column(title: scenario.periods[t].id, value: n == 0 ? "·" : "\(n)", align: .right))
            }
            return columns
        }
        return "Day \(roster.day): value \(Format.figure(roster.value))\n" + (table.string(for: rows, style: Style.simple) ?? "") + "\n"
    }
}

extension Format {
    /// Entropy in bits: three decimals.
    static func bits(_ v: Double) -> String {
        String(format: "%.3f", v)
    }

    /// A spread in [0, 1]: up to three decimals.
    static func spread(_ v: Double) -> String {
        String(format: "%.3g", v)
    }
}
