public import PatrolPlanResults

/// Renders an ``InfeasibilityDiagnosis`` for a planner, one finding per line.
public enum InfeasibilityText {
    public static func render(_ diagnosis: InfeasibilityDiagnosis, periodCount: Int) -> String {
        var lines: [String] = []
        if !diagnosis.commitmentConflicts.isEmpty {
            lines.append(
                "infeasible: the commitments break \(diagnosis.commitmentConflicts.count == 1 ? "a rule" : "rules") "
                    + "by themselves, whatever else is planned (model.md §4.12):")
            for conflict in diagnosis.commitmentConflicts {
                var place: [String] = []
                if let period = conflict.period { place.append("period \(period)") }
                if let area = conflict.area { place.append("area \(area)") }
                lines.append(
                    "  \(conflict.rule)" + (place.isEmpty ? "" : " (\(place.joined(separator: ", ")))")
                        + ": commitment\(conflict.commitments.count == 1 ? "" : "s") "
                        + conflict.commitments.joined(separator: ", ") + " — " + conflict.message)
            }
            return lines.joined(separator: "\n")
        }
        if !diagnosis.periods.isEmpty {
            lines.append(
                "infeasible: minimum presence cannot be met in \(diagnosis.periods.count) of \(periodCount) periods, "
                    + "with the officers who may lawfully be there.")
        } else {
            lines.append("infeasible: no allocation meets every minimum presence with the officers who may lawfully be there.")
        }
        for shortfall in diagnosis.periods {
            lines.append(
                "  period \(shortfall.period): its minimums need \(shortfall.needed) officers; "
                    + "at most \(shortfall.atMost) can be placed towards them.")
            for area in shortfall.areas {
                lines.append("    area \(area.area): needs \(area.needed), at most \(area.atMost) may be there.")
            }
            lines += blockerLines(shortfall.blockers, indent: "    ")
        }
        if !diagnosis.jointBlockers.isEmpty {
            lines.append("  each period's minimums can be met alone, but not all together:")
            lines += blockerLines(diagnosis.jointBlockers, indent: "    ")
        }
        if !diagnosis.undecided.isEmpty {
            lines.append(
                "  undecided within the work limit: \(diagnosis.undecided.joined(separator: ", ")) "
                    + "(raise --node-limit to decide them).")
        }
        return lines.joined(separator: "\n")
    }

    private static func blockerLines(_ blockers: [BlockingRule], indent: String) -> [String] {
        guard !blockers.isEmpty else {
            return ["\(indent)no single rule stops the rest: several limits bind together."]
        }
        return blockers.map { "\(indent)stopped by \(describe($0.rule)): lifting it alone would place \($0.gain) more." }
    }

    /// What a rule means, in a planner's words, with the scenario field that sets it.
    public static func describe(_ rule: BlockingRule.Rule) -> String {
        switch rule {
        case .pools: "the officers on duty (each force's available or headcount × onDutyFraction)"
        case .units: "deployment units (e.g. armed officers patrol in pairs)"
        case .armedEligibility:
            "armed eligibility (armed officers need an approved community impact assessment and intelligence at or above armedMinIntelScore, or the severe-threat rule)"
        case .assessmentCap: "the community impact assessments' maxArmed caps"
        case .armedDuration: "armed duration limits (armedMaxConsecutivePeriods, armedMaxPeriodsPerArea)"
        case .armedAreasPerPeriod: "the number of armed areas per period (armedMaxAreasPerPeriod)"
        case .armedShare: "the local armed share (armedMaxShare: armed officers need unarmed officers beside them)"
        case .armedShareOverall: "the overall armed share (armedMaxShareOverall)"
        case .commitments: "the commitments (officers committed to other areas or forces)"
        }
    }
}
