internal import PatrolPlanScenario

/// Synthetic forces, community impact assessments and their sizes.
///
/// Headcounts are per area, set so that 629 areas get roughly a London force: about 880
/// authorised firearms officers (176 on duty in a period, deployed in pairs), 5,700 response
/// officers, 4,400 neighbourhood officers and 300 Project Servator officers.
struct SyntheticForces {
    /// Per area: headcount, smallest headcount, on-duty fraction.
    static func forces(areas: Int) -> [Force] {
        func headcount(_ perArea: Double, atLeast minimum: Int) -> ForcePool {
            .headcount(max(minimum, Int((perArea * Double(areas)).rounded())))
        }
        return [
            Force(
                id: "afo", name: "Authorised firearms officers", armed: true, pool: headcount(1.4, atLeast: 20),
                onDutyFraction: 0.2),
            Force(
                id: "response", name: "Emergency response", pool: headcount(9, atLeast: 10), onDutyFraction: 0.2,
                effectiveness: [.violence: 0.6, .terrorism: 0.2, .disorder: 1.0]),
            Force(id: "neighbourhood", name: "Safer neighbourhoods", pool: headcount(7, atLeast: 10), onDutyFraction: 0.15),
            Force(
                id: "servator", name: "Project Servator", pool: headcount(0.5, atLeast: 4), onDutyFraction: 0.25,
                effectiveness: [.violence: 0.3, .terrorism: 0.8, .disorder: 0.5]),
        ]
    }

    /// Share of areas, the highest-risk ones, that have an assessment.
    static let assessedShare = 0.08
    static let statuses: [(AssessmentStatus, Double)] = [(.approved, 0.75), (.pending, 0.15), (.rejected, 0.10)]

    /// Assessments for the highest-risk areas (gang activity, credible violence or terrorism
    /// reports, crowded places): most approved, some pending or rejected; half cover every
    /// period, half evenings and nights only.
    static func assessments(
        areas: [Area], intelligence: [IntelReport], calendar: SyntheticCalendar, periodIDs: [String],
        rng: inout SplitMix64
    ) -> [ImpactAssessment] {
        var credible = [Double](repeating: 0, count: areas.count)
        let index = Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($1.id, $0) })
        for report in intelligence where report.category != .disorder {
            guard let a = index[report.area], report.source != .notReliable,
                [.a, .b, .c].contains(report.assessment)
            else { continue }
            credible[a] += report.likelihood
        }
        let risk = areas.indices.map { a in
            areas[a].gangActivity.defaultValue + credible[a] + (areas[a].venue.isCrowdedPlace ? 0.3 : 0)
        }
        // Highest risk first; ties in area order, so the choice is deterministic.
        let ranked = areas.indices.sorted { risk[$0] != risk[$1] ? risk[$0] > risk[$1] : $0 < $1 }
        let chosen = ranked.prefix(max(1, Int((assessedShare * Double(areas.count)).rounded()))).sorted()
        let nights = periodIDs.indices.filter { calendar.isEveningOrNight($0) }.map { periodIDs[$0] }
        return chosen.map { a in
            let area = areas[a]
            let borough = area.borough ?? "Local"
            return ImpactAssessment(
                id: "CIA-\(area.id)", area: area.id, status: rng.weighted(statuses),
                periods: rng.chance(0.5) || nights.isEmpty ? nil : nights,
                maxArmed: rng.weighted([(4, 0.3), (6, 0.3), (8, 0.2), (Int?.none, 0.2)]),
                consulted: ["\(borough) BCU commander", "\(borough) independent advisory group"])
        }
    }
}
