public import Foundation
internal import CSV
public import PatrolPlanResults
public import PatrolPlanScenario

/// The rosters for spreadsheets and duty systems: one row per day, period, area and
/// randomised force (zeros included), with the expected officers beside the drawn ones.
public enum RosterCSV {
    public static let header = [
        "day", "period", "period_label", "area", "area_name", "force", "officers", "expected_officers",
    ]

    /// The CSV bytes: a UTF-8 byte order mark (for Excel), the header, then the rows; text cells
    /// pass through ``Escaping/csvCell(_:)``.
    public static func render(_ set: RosterSet, scenario: Scenario) throws -> Data {
        let csv = try CSVWriter(stream: .toMemory())
        try csv.write(row: header)
        let forces = scenario.forces
        let A = scenario.areas.count
        let F = forces.count
        let chosen = forces.indices.filter { set.forces.contains(forces[$0].id) }
        for roster in set.rosters {
            for (t, period) in scenario.periods.enumerated() {
                for (a, area) in scenario.areas.enumerated() {
                    for k in chosen {
                        let i = (t * A + a) * F + k
                        try csv.write(row: [
                            String(roster.day), Escaping.csvCell(period.id), Escaping.csvCell(period.label ?? ""),
                            Escaping.csvCell(area.id), Escaping.csvCell(area.name ?? ""), Escaping.csvCell(forces[k].id),
                            String(roster.allocation.units[i] * forces[k].unit),
                            PlanCSV.number(Rounding.figure(set.target.units[i] * Double(forces[k].unit))),
                        ])
                    }
                }
            }
        }
        csv.stream.close()
        return Data(Escaping.utf8BOM.utf8) + (csv.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data())
    }
}
