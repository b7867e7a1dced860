public import Foundation
internal import CSV
public import PatrolPlanResults
public import PatrolPlanScenario

/// The plan for spreadsheets: one row per area, period and force, scenario order.
public enum PlanCSV {
    public static let header = [
        "period", "period_label", "hours", "area", "area_name", "borough", "force", "armed", "officers",
        "risk_violence", "risk_terrorism", "risk_disorder", "risk_reduced_area_period",
    ]

    /// The CSV file's bytes: a UTF-8 byte order mark (for Excel), the header, then the rows; text
    /// cells pass through ``Escaping/csvCell(_:)``.
    public static func render(_ plan: Plan, scenario: Scenario) throws -> Data {
        let csv = try CSVWriter(stream: .toMemory())
        try csv.write(row: header)
        let byKey = Dictionary(
            plan.allocations.map { ("\($0.period)\u{0}\($0.area)", $0) }, uniquingKeysWith: { a, _ in a })
        for period in scenario.periods {
            for area in scenario.areas {
                guard let allocation = byKey["\(period.id)\u{0}\(area.id)"] else { continue }
                for force in scenario.forces {
                    try csv.write(row: [
                        Escaping.csvCell(period.id), Escaping.csvCell(period.label ?? ""), number(period.hours),
                        Escaping.csvCell(area.id), Escaping.csvCell(area.name ?? ""), Escaping.csvCell(area.borough ?? ""),
                        Escaping.csvCell(force.id), force.armed ? "yes" : "no", String(allocation.officers[force.id] ?? 0),
                        number(allocation.risk["violence"] ?? 0), number(allocation.risk["terrorism"] ?? 0),
                        number(allocation.risk["disorder"] ?? 0), number(allocation.riskReduced),
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
