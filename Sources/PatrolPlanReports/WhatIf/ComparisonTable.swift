import Foundation
internal import TextTable
public import PatrolPlanResults

/// `patrolplan compare` as text: headline figures with their changes, then the area-periods
/// whose allocation changed most.
public enum ComparisonTable {
    /// One headline figure of both plans; `change` is `nil` where the two cannot be compared.
    struct Figure {
        var name: String
        var base: String
        var variant: String
        var change: String?
    }

    static func figures(_ comparison: PlanComparison) -> [Figure] {
        let b = comparison.base
        let v = comparison.variant
        func row(_ name: String, _ base: Double, _ variant: Double, comparable: Bool = true) -> Figure {
            Figure(name: name, base: Format.figure(base), variant: Format.figure(variant),
                   change: comparable ? Format.signed(variant - base) : nil)
        }
        let comparable = comparison.valuesComparable
        var rows: [Figure] = []
        if let bs = b.sharePrevented, let vs = v.sharePrevented {
            rows.append(Figure(
                name: "share of the risk at stake prevented", base: Format.share(bs), variant: Format.share(vs),
                change: String(format: "%+.1f points", (vs - bs) * 100)))
        }
        rows += [
            row("value (risk-hours)", b.value, v.value, comparable: comparable),
            row("risk prevented (risk-hours)", b.riskReduction, v.riskReduction, comparable: comparable),
            row("community cost (risk-hours)", b.communityImpact, v.communityImpact, comparable: comparable),
        ]
        if let bs = b.riskAtStake, let vs = v.riskAtStake {
            rows.append(row("risk at stake (risk-hours)", bs, vs))
        }
        rows += [
            row("armed officer-hours", b.armedOfficerHours, v.armedOfficerHours),
            row("officer-hours", b.officerHours, v.officerHours),
            row("armed area-periods", Double(b.armedAreaPeriods), Double(v.armedAreaPeriods)),
            row("proven gap (%)", b.gap * 100, v.gap * 100),
        ]
        return rows
    }

    /// What the reader must know before reading the figures: values not comparable, or a
    /// change of value within the proven gaps.
    static func notes(_ comparison: PlanComparison) -> [String] {
        let b = comparison.base
        let v = comparison.variant
        if !comparison.valuesComparable {
            return ["The two scenarios differ in their risk inputs, so their values measure different risks and are not comparable: compare the share of the risk at stake each plan prevents."]
        }
        let gaps = (b.bound - b.value) + (v.bound - v.value)
        if abs(v.value - b.value) <= gaps {
            return ["The change in value is within the two plans' proven gaps: it may be solver noise, not an effect (tighten --gap to separate them)."]
        }
        return []
    }

    public static func render(
        _ comparison: PlanComparison, baseLabel: String, variantLabel: String, limit: Int = 15, names: Names? = nil
    ) -> String {
        let table = TextTable<Figure> { row in
            [
                Column(title: "", value: row.name),
                Column(title: baseLabel, value: row.base, align: .right),
                Column(title: variantLabel, value: row.variant, align: .right),
                Column(title: "change", value: row.change ?? "not comparable", align: .right),
            ]
        }
        var out = "status: \(comparison.base.status.rawValue) → \(comparison.variant.status.rawValue)\n\n"
        out += (table.string(for: figures(comparison), style: Style.simple) ?? "") + "\n"
        for note in notes(comparison) { out += "\n\(note)\n" }
        let changes = comparison.changes.prefix(limit)
        out += "\nArea-periods whose allocation changed most (\(comparison.changes.count) changed, \(comparison.officersMoved) officers moved):\n"
        guard !changes.isEmpty else { return out + "  none\n" }
        let detail = TextTable<PlanComparison.Change> { change in
            [
                Column(title: "period", value: names?.period(change.period) ?? change.period),
                Column(title: "area", value: names?.area(change.area) ?? change.area),
                Column(title: "officers before → after", value: names.map { describe(change, names: $0) } ?? describe(change)),
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
        var out: [ReportBlock] = [
            .heading("Compared with the base plan", level: 2),
            .table(ReportTable(
                head: ["Figure", baseLabel, variantLabel, "Change"],
                rows: figures(comparison).map { [$0.name, $0.base, $0.variant, $0.change ?? "not comparable"] },
                numeric: [1, 2, 3])),
        ]
        out += notes(comparison).map { .paragraph($0) }
        let changes = comparison.changes.prefix(limit)
        out.append(.heading(
            "Area-periods whose allocation changed most (\(comparison.changes.count) changed, \(comparison.officersMoved) officers moved)", level: 3))
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
