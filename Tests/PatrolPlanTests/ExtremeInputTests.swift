import Foundation
import PatrolPlan
import PatrolPlanTestSupport
import Testing

/// Valid extreme inputs (formats.md limits) never overflow, trap or produce NaN (issue 6, item 7).
@Suite struct ExtremeInputTests {
    static func scenario(headcount: String, onDuty: Double, footfall: String, likelihoods: (Double, Double)) -> Data {
        Data("""
            {"format": "patrolplan/scenario@1", "name": "extreme", "threatLevel": "critical",
             "periods": [{"id": "p1", "hours": 8}, {"id": "p2", "hours": 0.25}],
             "areas": [{"id": "a", "gangActivity": 1, "disorder": 1, "venue": "crowded_place", "footfall": \(footfall),
                        "maxOfficers": 50},
                       {"id": "b", "gangActivity": 0, "footfall": 0, "minOfficers": 1}],
             "intelligence": [
               {"id": "r1", "area": "a", "category": "terrorism", "likelihood": \(likelihoods.0), "source": "1",
                "assessment": "A", "handling": "P", "ageHours": 0},
               {"id": "r2", "area": "b", "category": "violence", "likelihood": \(likelihoods.1), "source": "3",
                "assessment": "E", "handling": "P", "ageHours": 1e9}],
             "forces": [{"id": "afo", "armed": true, "headcount": \(headcount), "onDutyFraction": \(onDuty)},
                        {"id": "nbh", "headcount": \(headcount), "onDutyFraction": \(onDuty)}],
             "impactAssessments": [{"id": "c", "area": "a", "status": "approved", "consulted": ["x"]}]}
            """.utf8)
    }

    static let cases: [(String, Double, String, (Double, Double))] = [
        ("9223372036854775807", 1, "1e12", (1, 0)),
        ("9223372036854775807", 0.2, "0", (0, 1)),
        ("9223372036854775000", 1e-9, "1e12", (1, 1)),
        ("1", 1, "1e-300", (0, 0)),
    ]

    @Test(arguments: cases)
    func solvesWithFiniteFiguresAndVerifies(_ c: (String, Double, String, (Double, Double))) throws {
        let file = try ScenarioFile(data: Self.scenario(headcount: c.0, onDuty: c.1, footfall: c.2, likelihoods: c.3))
        for uplift in [[], [Uplift(force: "nbh", officers: Int.max)]] {
            let scored = try ScoredScenario(file.scenario, uplifts: uplift)
            #expect(scored.risk.allSatisfy { $0.isFinite })
            #expect(scored.presenceScale.allSatisfy { $0.isFinite && $0 > 0 })
            #expect(scored.available.joined().allSatisfy { $0 >= 0 })
            let outcome = try Planner().plan(scored, scenarioSHA256: file.sha256)
            let plan = try #require(outcome.plan)
            for figure in [plan.objective.value, plan.objective.bound, plan.objective.riskReduction, plan.objective.communityImpact] {
                #expect(figure.isFinite)
            }
            #expect(PlanVerifier.verify(plan, against: scored).isEmpty)
            let json = try PlanJSON.encode(plan)
            #expect(try JSONSerialization.jsonObject(with: json) is [String: Any])
        }
    }
}
