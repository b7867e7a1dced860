import Foundation
public import _PatrolPlanJSON
public import PatrolPlanScoring
public import PatrolPlanScenario
internal import PatrolPlanModel
internal import _PatrolPlanNumerics

/// What `check` screens cheaply, without a MILP (issue 14).
public enum ScenarioScreen {
    /// Periods whose minimum presence cannot be met, by the same reach `solve`'s diagnosis uses
    /// (``PatrolModel/officerReach(_:forces:)``, pools, the armed limits of §4.6): the
    /// officers the minimums need and the most who can lawfully be there. An upper bound on
    /// what can be placed, so a period listed here is certainly infeasible (`solve` exits 2).
    public static func shortPeriods(_ scored: ScoredScenario) -> [(period: String, needed: Int, most: Int)] {
        let model = ModelBuilder.build(scored)
        let scenario = scored.scenario
        let A = scored.areaCount
        var result: [(period: String, needed: Int, most: Int)] = []
        for t in 0..<scored.periodCount {
            var needed = 0
            var reach = 0
            var unarmedPool = 0
            var armedPool = 0
            var armedLimit = 0
            for a in 0..<A {
                let minimum = scored.minimum[t * A + a]
                needed = saturatingAdd(needed, minimum)
                reach = saturatingAdd(reach, min(minimum, model.officerReach(t * A + a, forces: scenario.forces)))
                armedLimit = saturatingAdd(armedLimit, model.armedLimit[t * A + a])
            }
            for (k, force) in scenario.forces.enumerated() {
                if force.armed {
                    armedPool = saturatingAdd(armedPool, scored.available[t][k])
                } else {
                    unarmedPool = saturatingAdd(unarmedPool, scored.available[t][k])
                }
            }
            let most = min(reach, saturatingAdd(unarmedPool, min(armedPool, armedLimit)))
            if needed > most { result.append((scenario.periods[t].id, needed, most)) }
        }
        return result
    }

    /// A warning for each area whose location is far (over 200 km) from the median of the
    /// others, saying when latitude and longitude look swapped (the swapped point is near).
    public static func locationWarnings(_ scenario: Scenario) -> [Diagnostic] {
        let located = scenario.areas.enumerated().compactMap { a, area in area.location.map { (a, area.id, $0) } }
        guard located.count >= 3 else { return [] }
        func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted[sorted.count / 2]
        }
        let centre = Location(lat: median(located.map(\.2.lat)), lon: median(located.map(\.2.lon)))
        var warnings: [Diagnostic] = []
        for (a, id, location) in located {
            let distance = kilometres(location, centre)
            guard distance > 200 else { continue }
            var message = "area '\(id)' is \(Int(distance.rounded())) km from the other areas' median location"
            let swapped = Location(lat: location.lon, lon: location.lat)
            if abs(swapped.lat) <= 90, kilometres(swapped, centre) < 50 {
                message += "; lat and lon look swapped (lat \(location.lat), lon \(location.lon): did you mean lat \(location.lon), lon \(location.lat)?)"
            }
            warnings.append(.warning("areas[\(a)].location", message))
        }
        return warnings
    }

    /// Great-circle distance (haversine, Earth radius 6,371 km).
    static func kilometres(_ x: Location, _ y: Location) -> Double {
        let rad = Double.pi / 180
        let dLat = (y.lat - x.lat) * rad
        let dLon = (y.lon - x.lon) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(x.lat * rad) * cos(y.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, sqrt(h)))
    }
}
