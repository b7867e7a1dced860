import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport

/// Issue 14: every numeric field of a scenario, one at a time, and every numeric solve option,
/// set to its extremes gives a verified plan or a clear error: never a crash, a hang, or a
/// planning failure (the CLI's exit 70).
@Suite struct ExtremesPropertyTests {
    /// A small scenario that reaches every numeric field: armed and unarmed forces, a CIA with a
    /// cap, intelligence, capacity and minimums, every policy and scoring number.
    static func base() -> [String: Any] {
        [
            "format": "patrolplan/scenario@1", "name": "extremes", "threatLevel": "severe",
            "periods": [["id": "p1", "hours": 4], ["id": "p2", "hours": 4]],
            "areas": [
                ["id": "a", "venue": "crowded_place", "footfall": 2000, "gangActivity": 0.4, "disorder": 0.1,
                 "minOfficers": 1, "maxOfficers": 20, "presenceScale": 2, "location": ["lat": 51.5, "lon": -0.1]],
                ["id": "b", "venue": "transport_hub", "footfall": ["default": 3000, "p2": 500], "gangActivity": 0.2],
            ],
            "intelligence": [
                ["id": "r1", "area": "a", "category": "violence", "likelihood": 0.7, "source": "1", "assessment": "B",
                 "handling": "P", "ageHours": 6],
            ],
            "forces": [
                ["id": "afo", "armed": true, "headcount": 40, "onDutyFraction": 0.2, "unit": 2,
                 "effectiveness": ["violence": 1.5, "terrorism": 2, "disorder": 0.5]],
                ["id": "nbh", "available": ["default": 6, "p2": 4]],
            ],
            "impactAssessments": [["id": "c", "area": "a", "status": "approved", "maxArmed": 4, "consulted": ["x"]]],
            "policy": [
                "intelHalfLifeHours": 24, "armedMinIntelScore": 0.3, "armedMaxConsecutivePeriods": 1,
                "armedMaxPeriodsPerArea": 2, "armedMaxAreasPerPeriod": 1, "armedMaxShare": 0.5,
                "armedMaxShareOverall": 0.5, "communityImpactWeight": 1,
            ],
            "scoring": [
                "sourceWeight": ["1": 1], "assessmentWeight": ["B": 0.8], "threatProbability": ["severe": 0.5],
                "attractiveness": ["crowded_place": 1], "severity": ["violence": 3], "sensitivityPenalty": ["high": 2],
                "exposureScale": 1000, "presenceFootfall": 5000, "presenceBase": 2,
            ],
        ]
    }

    /// Every numeric leaf of `value`, as a path of keys and indices.
    static func numericPaths(_ value: Any, _ path: [Any] = []) -> [[Any]] {
        if let object = value as? [String: Any] {
            return object.keys.sorted().flatMap { numericPaths(object[$0]!, path + [$0]) }
        }
        if let array = value as? [Any] {
            return array.indices.flatMap { numericPaths(array[$0], path + [$0]) }
        }
        if value is Int || value is Double { return [path] }
        return []
    }

    static func setting(_ value: Any, at path: ArraySlice<Any>, in root: Any) -> Any {
        guard let key = path.first else { return value }
        if var object = root as? [String: Any], let key = key as? String {
            object[key] = setting(value, at: path.dropFirst(), in: object[key]!)
            return object
        }
        var array = root as! [Any]
        let index = key as! Int
        array[index] = setting(value, at: path.dropFirst(), in: array[index])
        return array
    }

    /// 0, the smallest positive double, the smallest normal, 1e-300, 1, the largest valid
    /// fraction, 24 (the most hours), 1e300, `Int.max`, and negatives.
    static var extremes: [Any] { [
        0, 5e-324, 2.2250738585072014e-308, 1e-300, 1, 0.999999999999, 24, 1e300, Int.max, -1, -1e300,
    ] }

    static func options() -> PlannerOptions {
        var options = PlannerOptions()
        options.nodeLimit = 200
        options.timeLimit = 10
        return options
    }

    /// A verified plan, an infeasible or no-plan status, or a scenario error; records an issue
    /// for a planning failure.
    static func check(_ data: Data, options: PlannerOptions = options(), uplifts: [Uplift] = [], _ label: String) -> Bool {
        let file: ScenarioFile
        do {
            file = try ScenarioFile(data: data)
        } catch {
            #expect(!"\(error)".isEmpty)
            return false
        }
        let scored: ScoredScenario
        do {
            scored = try ScoredScenario(file.scenario, uplifts: uplifts)
        } catch {
            // A clear error (the CLI's exit 65): a risk or presence scale beyond any real figure.
            guard case .outOfRange = error else {
                Issue.record("\(label): \(error)")
                return false
            }
            return false
        }
        do {
            #expect(scored.risk.allSatisfy { $0.isFinite }, "\(label)")
            let outcome = try Planner(options: options).plan(scored, scenarioSHA256: file.sha256)
            if let plan = outcome.plan {
                #expect(PlanVerifier.verify(plan, against: scored).isEmpty, "\(label)")
                #expect(plan.objective.value.isFinite, "\(label)")
            }
        } catch {
            Issue.record("\(label): \(error)")
        }
        return true
    }

    @Test func everyNumericFieldAtItsExtremes() throws {
        let base = Self.base()
        let paths = Self.numericPaths(base)
        var tried = 0
        var accepted = 0
        for path in paths {
            for extreme in Self.extremes {
                let scenario = Self.setting(extreme, at: path[...], in: base)
                let data = try JSONSerialization.data(withJSONObject: scenario)
                let label = path.map { "\($0)" }.joined(separator: ".") + " = \(extreme)"
                if Self.check(data, label) { accepted += 1 }
                tried += 1
            }
        }
        #expect(paths.count >= 40)
        print("extremes: \(paths.count) fields × \(Self.extremes.count) values = \(tried) scenarios, \(accepted) valid and solved")
    }

    @Test func everyNumericOptionAtItsExtremes() throws {
        let data = try JSONSerialization.data(withJSONObject: Self.base())
        var variants: [(String, PlannerOptions, [Uplift])] = []
        for gap in [0, 5e-324, 1e-300, 0.999999999999] {
            var options = Self.options()
            options.gap = gap
            variants.append(("gap \(gap)", options, []))
        }
        for nodes in [0, 1, Int.max] {
            var options = Self.options()
            options.nodeLimit = nodes
            variants.append(("nodes \(nodes)", options, []))
        }
        for seconds in [5e-324, 2.2250738585072014e-308, 1e-300, 1e16, 1e300, Double.greatestFiniteMagnitude] {
            var options = Self.options()
            options.timeLimit = seconds
            variants.append(("time \(seconds)", options, []))
        }
        for officers in [0, 1, Int.max / 2, Int.max] {
            for force in ["afo", "nbh"] {
                variants.append(("uplift \(force)=\(officers)", Self.options(), [Uplift(force: force, officers: officers)]))
            }
        }
        for (label, options, uplifts) in variants {
            _ = Self.check(data, options: options, uplifts: uplifts, label)
        }
        print("extremes: \(variants.count) option settings")
    }
}
