internal import PatrolPlanScenario

/// Synthetic intelligence: about two graded reports per area per week. Violence reports fall
/// where gang activity is (so they cluster by borough), terrorism reports at crowded places,
/// transport hubs and iconic sites, disorder reports where disorder and the night-time economy
/// are. Most are restricted (handling "C").
struct SyntheticIntelligence {
    var calendar: SyntheticCalendar
    var periodIDs: [String]

    static let reportsPerAreaWeek = 2.0
    static let categories: [(Category, Double)] = [(.violence, 0.60), (.terrorism, 0.12), (.disorder, 0.28)]
    static let sources: [(SourceGrade, Double)] = [(.reliable, 0.30), (.untested, 0.50), (.notReliable, 0.20)]
    static let assessments: [(AssessmentGrade, Double)] = [(.a, 0.10), (.b, 0.30), (.c, 0.35), (.d, 0.20), (.e, 0.05)]

    func reports(areas: [Area], rng: inout SplitMix64) -> [IntelReport] {
        let weeks = Double(calendar.count * calendar.hours) / (24 * 7)
        let count = Int((Self.reportsPerAreaWeek * Double(areas.count) * weeks).rounded())
        let targets: [Category: WeightedIndex] = [
            .violence: WeightedIndex(areas.map { $0.gangActivity.defaultValue * $0.gangActivity.defaultValue }),
            .terrorism: WeightedIndex(areas.map { terrorismWeight($0) }),
            .disorder: WeightedIndex(areas.map { $0.disorder.defaultValue * ($0.venue == .nightTimeEconomy ? 2 : 1) }),
        ]
        // Violence and disorder are reported mostly for evenings and nights.
        let evening = WeightedIndex((0..<calendar.count).map { calendar.isEveningOrNight($0) ? 3 : 1 })
        var reports: [IntelReport] = []
        reports.reserveCapacity(count)
        for n in stride(from: 1, through: count, by: 1) {
            let category = rng.weighted(Self.categories)
            guard let target = targets[category], !target.isEmpty else { continue }
            let area = areas[target.draw(&rng)]
            var periods: [String]?
            if rng.chance(0.65) {
                let start = category == .terrorism ? rng.integer(0...(calendar.count - 1)) : evening.draw(&rng)
                let length = rng.integer(1...3)
                periods = Array(periodIDs[start..<min(calendar.count, start + length)])
            }
            let handling: Handling = rng.chance(0.7) ? .confidential : .permitted
            reports.append(
                IntelReport(
                    id: "INT-\(Self.sixDigits(n))", area: area.id, category: category,
                    likelihood: roundDecimal(rng.uniform(0.2, 0.9), 2), source: rng.weighted(Self.sources),
                    assessment: rng.weighted(Self.assessments), handling: handling,
                    ageHours: Double(rng.integer(0...96)), periods: periods,
                    summary: "Synthetic \(category.rawValue) report for \(area.name ?? area.id)"))
        }
        return reports
    }

    /// Crowded places, transport hubs and iconic sites draw terrorism reports, the busier the more.
    func terrorismWeight(_ area: Area) -> Double {
        let venue: Double = area.venue.isCrowdedPlace ? 1 : (area.venue == .retail || area.venue == .nightTimeEconomy ? 0.2 : 0.02)
        return venue * (1 + (area.footfall.values.values.max() ?? area.footfall.defaultValue) / 10000)
    }

    static func sixDigits(_ n: Int) -> String {
        let digits = "\(n)"
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
