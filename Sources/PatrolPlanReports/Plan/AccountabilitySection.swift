internal import PatrolPlanResults
internal import PatrolPlanScenario

/// The table output's accountability section: every armed deployment with its community
/// impact assessment(s) and the reason in words, and the plan against the armed policy.
/// Names only "P" reports; "C" reports are counted.
enum AccountabilitySection {
    static func render(_ plan: Plan, scenario: Scenario) -> String {
        let armedIDs = scenario.armedForceIDs
        let armed = plan.allocations.compactMap { allocation -> (Plan.Allocation, Int)? in
            let n = allocation.armedOfficers(armedIDs)
            return n > 0 ? (allocation, n) : nil
        }
        guard !armed.isEmpty || plan.policy != nil else { return "" }
        var out = "\nAccountability: armed deployments and their basis\n"
        if armed.isEmpty { out += "  none\n" }
        for (allocation, n) in armed {
            out += "  \(allocation.period)  \(allocation.area): \(n) armed — "
            guard let basis = allocation.armedBasis else {
                out += "no basis recorded in this plan\n"
                continue
            }
            out += ScenarioSummary.describe(basis.armedBasis, scenario)
            let sources = basis.intelligence.map { intel in
                var parts = intel.reports
                if intel.restrictedReports > 0 {
                    parts.append("\(intel.restrictedReports) restricted report\(intel.restrictedReports == 1 ? "" : "s")")
                }
                return "\(intel.category.rawValue) reports: " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
            }
            if !sources.isEmpty { out += "; " + sources.joined(separator: "; ") }
            out += "\n"
        }
        if let policy = plan.policy {
            out += "  armed officer-hours \(Format.figure(policy.armedOfficerHours)) of "
            out += "\(Format.figure(policy.officerHours)) (\(Format.percent(policy.armedShare)))\n"
            for period in policy.periods where period.armedAreas > 0 {
                out += "  \(period.period): armed share \(Format.percent(period.armedShare)) "
                out += "(limit \(Format.percent(period.armedShareLimit))), \(period.armedAreas) armed area"
                out += period.armedAreas == 1 ? "" : "s"
                out += period.armedAreasLimit.map { " (limit \($0))" } ?? ""
                out += "\n"
            }
            for area in policy.areas {
                out += "  \(area.area): longest armed run \(area.longestArmedRun) period"
                out += area.longestArmedRun == 1 ? "" : "s"
                out += area.longestArmedRunLimit.map { " (limit \($0))" } ?? ""
                out += ", \(area.armedPeriods) armed period\(area.armedPeriods == 1 ? "" : "s")"
                out += area.armedPeriodsLimit.map { " (limit \($0))" } ?? ""
                out += "\n"
            }
        }
        return out
    }
}
