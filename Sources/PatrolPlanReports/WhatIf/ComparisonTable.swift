import Foundation
internal import TextTable
public import PatrolPlanResults

/// `patrolplan compare` as text: headline figures with their changes, then the area-periods
/// whose allocation changed most.
public enum ComparisonTable {
    public static func render(_ comparison: PlanComparison, baseLabel: String, variantLabel: String, limit: Int = 15)
        -> String
    {
        let b = comparison.base
        let v = comparison.variant
        struct Row {
            var name: String
            var base: Double
            var variant: Double
        }
        let rows = [
            Row(name: "value", base: b.value, variant: v.value),
            Row(name: "risk reduction", base: b.riskReduction, variant: v.riskReduction),
            Row(name: "community impact", base: b.communityImpact, variant: v.communityImpact),
            Row(name: "armed officer-hours", base: b.armedOfficerHours, variant: v.armedOfficerHours),
            Row(name: "officer-hours", base: b.officerHours, variant: v.officerHours),
            Row(name: "armed area-periods", base: Double(b.armedAreaPeriods), variant: Double(v.armedAreaPeriods)),
            Row(name: "proven gap (%)", base: b.gap * 100, variant: v.gap * 100),
        ]
        let table = TextTable<Row> { row in
            [
                Column(title: "", value: row.name),
                Column(title: baseLabel, value: Format.figure(row.base), align: .right),
                Column(title: variantLabel, value: Format.figure(row.variant), align: .right),
                Column(title: "change", value: Format.signed(row.variant - row.base), align: .right),
            ]
        }
        var out = "status: \(b.status.rawValue) → \(v.status.rawValue)\n\n"
        out += (table.string(for: rows, style: Style.simple) ?? "") + "\n"
        let gaps = max(b.gap * abs(b.bound), v.gap * abs(v.bound))
        if abs(v.value - b.value) < gaps {
            out += "\nThe change in value is within the proven gaps: tighten --gap or raise --node-limit to separate them.\n"
        }
        let changes = comparison.changes.prefix(limit)
        out += "\nArea-periods whose allocation changed most (\(comparison.changes.count) changed):\n"
        guard !changes.isEmpty else { return out + "  none\n" }
        let detail = TextTable<PlanComparison.Change> { change in
            [
                Column(title: "period", value: change.period),
                Column(title: "area", value: change.area),
                Column(title: "officers before → after", value: describe(change)),
                Column(
                    title: "risk reduced", value: "\(Format.figure(change.riskReducedBefore)) → \(Format.figure(change.riskReducedAfter))",
                    align: .right),
            ]
        }
        return out + (detail.string(for: Array(changes), style: Style.simple) ?? "") + "\n"
    }

    private static func describe(_ change: PlanComparison.Change) -> String {
        Set(change.before.keys).union(change.after.keys).sorted().compactMap { force in
            let before = change.before[force] ?? 0
            let after = change.after[force] ?? 0
            return before == after ? nil : "\(force) \(before)→\(after)"
        }.joined(separator: ", ")
    }
}

extension Format {
    /// A change with its sign.
    static func signed(_ v: Double) -> String {
        (v > 0 ? "+" : "") + figure(v)
    }
}

extension ComparisonTable {
    /// The comparison as report blocks: the headline figures and the changed area-periods, by name.
    static func blocks(
        _ comparison: PlanComparison, names: Names, baseLabel: String, variantLabel: String, limit: Int
    ) -> [ReportBlock] {
        let b = comparison.base
        let v = comparison.variant
        let figures: [(String, Double, Double)] = [
            ("Value (risk-hours)", b.value, v.value),
            ("Risk prevented (risk-hours)", b.riskReduction, v.riskReduction),
            ("Community cost (risk-hours)", b.communityImpact, v.communityImpact),
            ("Armed officer-hours", b.armedOfficerHours, v.armedOfficerHours),
            ("Officer-hours", b.officerHours, v.officerHours),
            ("Armed area-periods", Double(b.armedAreaPeriods), Double(v.armedAreaPeriods)),
            ("Proven gap (%)", b.gap * 100, v.gap * 100),
        ]
        var out: [ReportBlock] = [
            .heading("Compared with the base plan", level: 2),
            .table(ReportTable(
                head: ["Figure", baseLabel, variantLabel, "Change"],
                rows: figures.map { [$0.0, Format.figure($0.1), Format.figure($0.2), Format.signed($0.2 - $0.1)] },
                numeric: [1, 2, 3])),
        ]
        let gaps = max(b.gap * abs(b.bound), v.gap * abs(v.bound))
        if abs(v.value - b.value) < gaps {
            out.append(.paragraph("The change in value is within the proven gaps: it may be solver noise, not an effect."))
        }
        let changes = comparison.changes.prefix(limit)
        out.append(.heading("Area-periods whose allocation changed most (\(comparison.changes.count) changed)", level: 3))
        if changes.isEmpty {
            out.append(.paragraph("None."))
        } else {
            out.append(.table(ReportTable(
                head: ["Period", "Area", "Officers before → after", "Risk prevented before → after"],
                rows: changes.map { change in
                    [names.period(change.period), names.area(change.area), describe(change, names: names),
                     "\(Format.figure(change.riskReducedBefore)) → \(Format.figure(change.riskReducedAfter))"]
                }, numeric: [3])))
        }
        return out
    }

    static func describe(_ change: PlanComparison.Change, names: Names) -> String {
        Set(change.before.keys).union(change.after.keys).sorted().compactMap { force in
            let before = change.before[force] ?? 0
            let after = change.after[force] ?? 0
            return before == after ? nil : "\(names.force(force)) \(before)→\(after)"
        }.joined(separator: ", ")
    }
}
