import Foundation
internal import TextTable
public import PatrolPlanResults
internal import PatrolPlanScenario

/// `patrolplan sweep` as text: value, bound and gap against the uplift, the change from the
/// first point, and the marginal value of each step, so diminishing returns show; a step within
/// the two points' gaps is marked ≈ (it may be solver noise, not an effect).
public enum SweepTable {
    public static func render(_ sweep: UpliftSweep) -> String {
        let rows = Self.rows(sweep)
        let table = TextTable<Row> { row in
            [
                Column(title: "+\(sweep.force)", value: row.point.officers, align: .right),
                Column(title: "per period", value: "+\(row.point.perPeriod)", align: .right),
                Column(title: "status", value: row.point.status.rawValue),
                Column(title: "value", value: row.point.summary.map { Format.figure($0.value) } ?? "—", align: .right),
                Column(title: "bound", value: row.point.summary.map { Format.figure($0.bound) } ?? "—", align: .right),
                Column(title: "gap %", value: row.point.summary.map { Format.figure($0.gap * 100) } ?? "—", align: .right),
                Column(title: "change", value: row.change.map(Format.signedPercent) ?? "", align: .right),
                Column(title: "value per extra officer", value: row.step.map(Format.figure) ?? "", align: .right),
                Column(title: "", value: row.point.withinGaps ? "≈" : ""),
                Column(title: "seconds", value: Format.figure(row.point.seconds), align: .right),
            ]
        }
        var out = (table.string(for: rows, style: Style.simple) ?? "") + "\n"
        out += "value and bound in risk-hours; change: relative to the first point.\n"
        if rows.contains(where: \.point.withinGaps) {
            out += "≈ the change from the previous point is within the two points' gaps: it may be solver noise, not an effect (tighten --gap to separate them).\n"
        }
        return out
    }

    struct Row {
        var point: UpliftSweep.Point
        /// Value gained per extra officer since the previous point.
        var step: Double?
        /// Relative change of value from the first point.
        var change: Double?
    }

    static func rows(_ sweep: UpliftSweep) -> [Row] {
        var rows: [Row] = []
        var previous: UpliftSweep.Point?
        let base = sweep.base?.value
        for point in sweep.points {
            var step: Double?
            if let previous, let now = point.summary?.value, let before = previous.summary?.value,
                point.officers > previous.officers
            {
                step = (now - before) / Double(point.officers - previous.officers)
            }
            let change = point.summary.flatMap { s in base.map { (s.value - $0) / max(1, abs($0)) } }
            rows.append(Row(point: point, step: step, change: change))
            if point.summary != nil { previous = point }
        }
        return rows
    }
}

extension Format {
    /// A relative change as a signed percentage: `+0.26%`.
    static func signedPercent(_ v: Double) -> String {
        (v > 0 ? "+" : v < 0 ? "−" : "") + String(format: "%.3g%%", abs(v) * 100)
    }
}

/// `patrolplan staff` as text: the answer with the range the proven gaps leave, or that the
/// target is already met.
public enum StaffingText {
    public static func render(_ result: Staffing.Result) -> String {
        var out = "target value \(Format.figure(result.target)) risk-hours "
        out += "(no uplift: \(Format.figure(result.baseValue)), bound \(Format.figure(result.baseBound)); "
        out += "unlimited \(result.force): \(Format.figure(result.unlimitedValue)), bound \(Format.figure(result.unlimitedBound)))\n"
        if result.alreadyMet {
            out += "the target is already met without extra \(result.force) officers (value \(Format.figure(result.baseValue)))\n"
        } else if let officers = result.officers, let perPeriod = result.perPeriod, let value = result.value {
            out += "fewest extra \(result.force) officers: \(officers) (+\(perPeriod) per period), value \(Format.figure(value))\n"
            if let fewest = result.fewestPossible, fewest < officers {
                out += "within the proven gaps: between \(fewest) and \(officers) (+\(result.fewestPossiblePerPeriod ?? 0) to +\(perPeriod) per period); "
                out += "the bounds rule out fewer than \(fewest), and \(officers) is proven to reach the target (tighten --gap to narrow the range)\n"
            } else {
                out += "exact within the proven gaps: the bounds rule out any smaller uplift\n"
            }
        } else {
            out += "no uplift of \(result.force) reaches the target\n"
        }
        out += "\(result.trace.count) solves: "
        out += result.trace.map { "+\($0.perPeriod)/period → \(Format.figure($0.value)) (bound \(Format.figure($0.bound)))" }
            .joined(separator: ", ") + "\n"
        return out
    }
}

extension SweepTable {
    /// The sweep as report blocks: the curve with its bound as a band, and its table.
    static func blocks(_ sweep: UpliftSweep) -> [ReportBlock] {
        let rows = Self.rows(sweep)
        let drawn = rows.compactMap { row in
            row.point.summary.map { (x: Double(row.point.officers), value: $0.value, bound: $0.bound, change: row.change ?? 0, noise: row.point.withinGaps) }
        }
        var out: [ReportBlock] = [
            .heading("Value against extra \(sweep.force) officers", level: 2),
            .paragraph("Each point is started from the previous point's plan, so the value never falls as officers are added. The shaded band reaches up to each point's bound: the best plan lies inside it. Labels give the change from the first point; ≈ marks a step within the two points' gaps, which may be solver noise rather than an effect."),
            .figure(svg: SVGChart.band(points: drawn, xLabel: "extra \(sweep.force) officers", yLabel: "value (risk-hours)")),
            .table(ReportTable(
                head: ["Extra officers", "Per period", "Status", "Value (risk-hours)", "Bound (risk-hours)", "Proven gap", "Change", "Within the gaps"],
                rows: rows.map { r in
                    let p = r.point
                    return [String(p.officers), "+\(p.perPeriod)", p.status.rawValue, p.summary.map { Format.figure($0.value) } ?? "—",
                     p.summary.map { Format.figure($0.bound) } ?? "—", p.summary.map { Format.percent($0.gap) } ?? "—",
                     r.change.map(Format.signedPercent) ?? "", p.withinGaps ? "≈ yes" : ""]
                }, numeric: [0, 1, 3, 4, 5, 6])),
        ]
        if rows.isEmpty { out.append(.paragraph("No point has a plan.")) }
        return out
    }
}
