import Foundation
internal import TextTable
public import PatrolPlanResults
internal import PatrolPlanScenario

/// `patrolplan sweep` as text: value and risk reduction against the uplift, with the marginal
/// value of each step, so diminishing returns show.
public enum SweepTable {
    public static func render(_ sweep: UpliftSweep) -> String {
        struct Row {
            var point: UpliftSweep.Point
            var step: Double?
        }
        var rows: [Row] = []
        var previous: UpliftSweep.Point?
        for point in sweep.points {
            var step: Double?
            if let previous, let now = point.summary?.value, let before = previous.summary?.value,
                point.officers > previous.officers
            {
                step = (now - before) / Double(point.officers - previous.officers)
            }
            rows.append(Row(point: point, step: step))
            previous = point
        }
        let table = TextTable<Row> { row in
            [
                Column(title: "+\(sweep.force)", value: row.point.officers, align: .right),
                Column(title: "per period", value: "+\(row.point.perPeriod)", align: .right),
                Column(title: "status", value: row.point.status.rawValue),
                Column(title: "value", value: row.point.summary.map { Format.figure($0.value) } ?? "—", align: .right),
                Column(
                    title: "risk reduction", value: row.point.summary.map { Format.figure($0.riskReduction) } ?? "—",
                    align: .right),
                Column(title: "gap %", value: row.point.summary.map { Format.figure($0.gap * 100) } ?? "—", align: .right),
                Column(title: "value per extra officer", value: row.step.map(Format.figure) ?? "", align: .right),
                Column(title: "seconds", value: Format.figure(row.point.seconds), align: .right),
            ]
        }
        return (table.string(for: rows, style: Style.simple) ?? "") + "\n"
    }
}

/// `patrolplan staff` as text.
public enum StaffingText {
    public static func render(_ result: Staffing.Result) -> String {
        var out = "target value \(Format.figure(result.target)) "
        out += "(no uplift: \(Format.figure(result.baseValue)); unlimited \(result.force): \(Format.figure(result.unlimitedValue)))\n"
        if let officers = result.officers, let perPeriod = result.perPeriod, let value = result.value {
            out += "fewest extra \(result.force) officers: \(officers) (+\(perPeriod) per period), value \(Format.figure(value))\n"
        } else {
            out += "no uplift of \(result.force) reaches the target\n"
        }
        out += "\(result.trace.count) solves: "
        out += result.trace.map { "+\($0.perPeriod)/period → \(Format.figure($0.value))" }.joined(separator: ", ") + "\n"
        return out
    }
}

extension SweepTable {
    /// The sweep as report blocks: the curve and its table.
    static func blocks(_ sweep: UpliftSweep) -> [ReportBlock] {
        [
            .heading("Value against extra \(sweep.force) officers", level: 2),
            .figure(svg: SVGChart.line(
                points: sweep.points.compactMap { p in p.summary.map { (Double(p.officers), $0.value) } },
                xLabel: "extra \(sweep.force) officers", yLabel: "value (risk-hours)")),
            .table(ReportTable(
                head: ["Extra officers", "Per period", "Status", "Value (risk-hours)", "Bound (risk-hours)", "Proven gap"],
                rows: sweep.points.map { p in
                    [String(p.officers), "+\(p.perPeriod)", p.status.rawValue, p.summary.map { Format.figure($0.value) } ?? "—",
                     p.summary.map { Format.figure($0.bound) } ?? "—", p.summary.map { Format.percent($0.gap) } ?? "—"]
                }, numeric: [0, 1, 3, 4, 5])),
        ]
    }
}
