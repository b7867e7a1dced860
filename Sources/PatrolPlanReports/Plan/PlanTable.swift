import Foundation
internal import TextTable
public import PatrolPlanResults
public import PatrolPlanScenario

/// The plan as a readable text table for a terminal: headline figures, officers by area and
/// period, marginal values and warnings.
public enum PlanTable {
    public static func render(_ plan: Plan, scenario: Scenario) -> String {
        var out = ""
        let o = plan.objective
        out += "\(plan.scenario.name) — \(plan.status.rawValue)"
        out += " (gap \(Format.percent(o.gap)), stopped: \(plan.solver.termination.rawValue))\n"
        if let uplifts = plan.scenario.uplifts { out += "uplift: \(uplifts.joined(separator: ", "))\n" }
        out += "value \(Format.figure(o.value))   risk reduction \(Format.figure(o.riskReduction))"
        out += "   community impact \(Format.figure(o.communityImpact))   bound \(Format.figure(o.bound))\n"
        out += "solver \(plan.solver.name) \(plan.solver.version), \(plan.solver.nodes) nodes, "
        out += "\(Format.figure(plan.solver.seconds)) s\n\n"

        let forces = scenario.forces
        let armedIDs = scenario.armedForceIDs
        if plan.allocations.isEmpty {
            out += "No officers deployed.\n"
        } else {
            let names = Names(scenario)
            let table = TextTable<Plan.Allocation> { row in
                [Column(title: "period", value: names.period(row.period)), Column(title: "area", value: names.area(row.area))]
                    + forces.map { force in
                        let n = row.officers[force.id] ?? 0
                        let mark = armedIDs.contains(force.id) && n > 0 ? "*" : ""
                        return Column(title: force.id, value: n == 0 ? "·" : "\(n)\(mark)", align: .right)
                    }
                    + [Column(title: "risk reduced", value: Format.figure(row.riskReduced), align: .right)]
            }
            out += table.string(for: plan.allocations, style: Style.simple) ?? ""
            out += "\n"
            if !armedIDs.isEmpty { out += "* armed officers\n" }
        }

        out += AccountabilitySection.render(plan, scenario: scenario)

        if !plan.marginalValues.isEmpty {
            out += "\nMarginal value of one more officer (objective per officer, by period):\n"
            let periods = scenario.periods.map(\.id)
            let rows = forces.map(\.id).filter { plan.marginalValues[$0] != nil }
            let table = TextTable<String> { force in
                [Column(title: "force", value: force)]
                    + periods.map { period in
                        Column(
                            title: period, value: Format.figure(plan.marginalValues[force]?[period] ?? 0),
                            align: .right)
                    }
            }
            out += (table.string(for: rows, style: Style.simple) ?? "") + "\n"
            for force in rows {
                // The first period, in scenario order, where one more officer gains most.
                var best: (period: String, value: Double)?
                for period in periods {
                    let value = plan.marginalValues[force]?[period] ?? 0
                    if value > (best?.value ?? 0) { best = (period, value) }
                }
                if let best {
                    out += "  one more \(force) officer gains most in \(best.period) (+\(Format.figure(best.value)))\n"
                } else {
                    out += "  one more \(force) officer would add nothing in any period\n"
                }
            }
        }
        if !plan.warnings.isEmpty {
            out += "\nWarnings:\n" + plan.warnings.map { "  - \($0)\n" }.joined()
        }
        return out
    }
}

/// Number formatting for human-readable reports.
enum Format {
    /// Two decimals, or three significant digits for small numbers.
    static func figure(_ v: Double) -> String {
        if v != 0 && abs(v) < 0.01 { return String(format: "%.3g", v) }
        return String(format: "%.2f", v)
    }

    /// A ratio as a percentage.
    static func percent(_ v: Double) -> String {
        String(format: "%.3g%%", v * 100)
    }
}
