public import Foundation
internal import CSV
public import PatrolPlanResults
public import PatrolPlanScenario
public import PatrolPlanScoring

/// The plan for spreadsheets (tidy data): every area-period of the scenario, officers or not,
/// in scenario order (periods outer, areas inner).
///
/// - ``Layout/wide`` (the default): one row per area-period, a column of officers per force
///   (`officers_<force id>`), and the area-period's figures once, so a pivot's SUM is right.
///   Units are in the column names: `risk_<category>_per_hour` is `R_{a,t,c}` (risk units per
///   hour, model.md §1); `risk_at_stake_in_period` is `hours × Σ_c R`; `risk_reduced_in_period`
///   is the plan's `riskReduced` (its column sums to `objective.riskReduction`);
///   `risk_remaining_in_period` is the difference; `community_impact_in_period` is the armed
///   presence's cost (model.md §3). Every `_in_period` column is in risk-hours.
/// - ``Layout/long``: one row per area-period and force with that force's officers, and no
///   area-period figures (join on `period` and `area` for them).
public enum PlanCSV {
    /// How rows are laid out.
    public enum Layout: String, Sendable, CaseIterable {
        case wide, long
    }

    /// The wide layout's columns for `scenario`'s forces.
    public static func header(_ scenario: Scenario, layout: Layout = .wide) -> [String] {
        let keys = ["period", "period_label", "period_start", "hours", "area", "area_name", "borough"]
        switch layout {
        case .long:
            return keys + ["force", "force_name", "armed", "officers"]
        case .wide:
            return keys + scenario.forces.map { "officers_\($0.id)" } + [
                "officers_total", "armed_officers", "risk_violence_per_hour", "risk_terrorism_per_hour",
                "risk_disorder_per_hour", "risk_at_stake_in_period", "risk_reduced_in_period",
                "risk_remaining_in_period", "community_impact_in_period",
            ]
        }
    }

    /// The CSV file's bytes: a UTF-8 byte order mark (for Excel), the header, then the rows; text
    /// cells pass through ``Escaping/csvCell(_:)``.
    public static func render(_ plan: Plan, scored: ScoredScenario, layout: Layout = .wide) throws -> Data {
        let scenario = scored.scenario
        let names = Names(scenario)
        let csv = try CSVWriter(stream: .toMemory())
        try csv.write(row: header(scenario, layout: layout).map(Escaping.csvCell))
        let byKey = Dictionary(
            plan.allocations.map { ("\($0.period)\u{0}\($0.area)", $0) }, uniquingKeysWith: { a, _ in a })
        for (t, period) in scenario.periods.enumerated() {
            for (a, area) in scenario.areas.enumerated() {
                let allocation = byKey["\(period.id)\u{0}\(area.id)"]
                let keys = [
                    Escaping.csvCell(period.id), Escaping.csvCell(names.period(period.id)),
                    Escaping.csvCell(period.start?.text ?? ""), number(period.hours),
                    Escaping.csvCell(area.id), Escaping.csvCell(area.name ?? ""), Escaping.csvCell(area.borough ?? ""),
                ]
                switch layout {
                case .long:
                    for force in scenario.forces {
                        try csv.write(row: keys + [
                            Escaping.csvCell(force.id), Escaping.csvCell(force.name ?? ""), force.armed ? "yes" : "no",
                            String(allocation?.officers[force.id] ?? 0),
                        ])
                    }
                case .wide:
                    let p = scored.index(area: a, period: t)
                    let rates = (0..<3).map { scored.risk[p * 3 + $0] }
                    let stake = period.hours * rates.reduce(0, +)
                    let reduced = allocation?.riskReduced ?? 0
                    let officers = scenario.forces.map { allocation?.officers[$0.id] ?? 0 }
                    let armed = zip(scenario.forces, officers).reduce(0) { $0 + ($1.0.armed ? $1.1 : 0) }
                    let impact = officers.contains(where: { $0 > 0 })
                        ? Figures.communityImpact(scored, area: a, period: t, officers: officers) : 0
                    try csv.write(row: keys + officers.map(String.init) + [
                        String(officers.reduce(0, +)), String(armed),
                        number(rates[0]), number(rates[1]), number(rates[2]),
                        number(stake), number(reduced), number(max(0, stake - reduced)), number(impact),
                    ])
                }
            }
        }
        csv.stream.close()
        return Data(Escaping.utf8BOM.utf8) + (csv.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data())
    }

    /// The shortest form that reads back exactly, as in the JSON plan.
    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
