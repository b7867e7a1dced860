import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanResults

/// plan@1 additions (armedBasis, policy), planning warnings and `explain`'s renderer.
@Suite struct AccountabilityTests {
    /// One hot area with a "P" and two "C" violence reports and an approved, capped CIA.
    static func hotSpot(periods: Int = 3, policy: Policy = Fixtures.openPolicy()) -> Scenario {
        var publicReport = Fixtures.intel("hot", 0.5, id: "INT-P-9")
        publicReport.handling = .permitted
        return Fixtures.scenario(
            periods: periods, areas: [Fixtures.area("hot", gang: 0.6), Fixtures.area("quiet", gang: 0.1)],
            intelligence: [
                Fixtures.intel("hot", 0.4, id: "C-ONE"), publicReport, Fixtures.intel("hot", 0.3, id: "C-TWO"),
                Fixtures.intel("quiet", 0.2, id: "C-QUIET"),
            ],
            forces: [Fixtures.armed(4), Fixtures.unarmed(6)], assessments: [Fixtures.cia("hot", maxArmed: 2)],
            policy: policy)
    }

    @Test func armedAllocationsCarryTheirBasis() throws {
        let plan = try #require(try Fixtures.solve(Self.hotSpot()).plan)
        let armed = plan.allocations.filter { ($0.officers["afo"] ?? 0) > 0 }
        #expect(!armed.isEmpty)
        for allocation in plan.allocations {
            #expect((allocation.armedBasis != nil) == ((allocation.officers["afo"] ?? 0) > 0))
        }
        let basis = try #require(armed.first?.armedBasis)
        #expect(basis.assessments == ["CIA-hot"])
        #expect(basis.maxArmed == 2)
        #expect(basis.threatRule == nil)
        let violence = try #require(basis.intelligence.first)
        #expect(violence.category == .violence)
        #expect(violence.reports == ["INT-P-9"])
        #expect(violence.restrictedReports == 2)
        #expect(abs(violence.score - (1 - 0.6 * 0.5 * 0.7)) < 0.01)
        let json = String(decoding: try PlanJSON.encode(plan), as: UTF8.self)
        #expect(!json.contains("C-ONE") && !json.contains("C-TWO") && !json.contains("C-QUIET"))
        #expect(json.contains("\"maxArmed\" : 2"))
        #expect(try PlanJSON.decode(PlanJSON.encode(plan)) == plan)
    }

    @Test func policySummaryCountsRunsSharesAndHours() throws {
        var policy = Fixtures.openPolicy()
        policy.armedMaxConsecutivePeriods = 2
        policy.armedMaxPeriodsPerArea = 3
        let plan = try #require(try Fixtures.solve(Self.hotSpot(periods: 4, policy: policy)).plan)
        let summary = try #require(plan.policy)
        #expect(summary.periods.map(\.period) == ["t0", "t1", "t2", "t3"])
        let hot = try #require(summary.areas.first { $0.area == "hot" })
        #expect(hot.longestArmedRun <= 2)
        #expect(hot.longestArmedRunLimit == 2)
        #expect(hot.armedPeriods == 3)
        #expect(hot.armedPeriodsLimit == 3)
        let armedHours = plan.allocations.reduce(0) { $0 + ($1.officers["afo"] ?? 0) }
        let allHours = plan.allocations.reduce(0) { $0 + $1.officers.values.reduce(0, +) }
        #expect(summary.armedOfficerHours == Double(armedHours))
        #expect(summary.officerHours == Double(allHours))
        #expect(abs(summary.armedShare - Double(armedHours) / Double(allHours)) < 1e-9)
        #expect(summary.periods.allSatisfy { $0.armedShareLimit == 1 && $0.armedAreasLimit == nil })
    }

    @Test func olderPlansWithoutTheAdditionsStillDecode() throws {
        let plan = try #require(try Fixtures.solve(Self.hotSpot()).plan)
        var object = try #require(try JSONSerialization.jsonObject(with: PlanJSON.encode(plan)) as? [String: Any])
        object["policy"] = nil
        object["allocations"] = (object["allocations"] as? [[String: Any]])?.map { allocation in
            var allocation = allocation
            allocation["armedBasis"] = nil
            return allocation
        }
        let old = try PlanJSON.decode(JSONSerialization.data(withJSONObject: object))
        #expect(old.policy == nil)
        #expect(old.allocations.allSatisfy { $0.armedBasis == nil })
        #expect(old.allocations.map(\.officers) == plan.allocations.map(\.officers))
    }

    @Test func warningsNameOnlyPublicReports() throws {
        var stale = Fixtures.intel("quiet", 0.9, id: "C-STALE", age: 400)
        stale.summary = "restricted text"
        var graded = Fixtures.intel("quiet", 0.9, id: "P-E")
        graded.handling = .permitted
        graded.assessment = .e
        let scenario = Fixtures.scenario(
            periods: 2, areas: [Fixtures.area("hot", gang: 0.6), Fixtures.area("quiet", gang: 0.1)],
            intelligence: [Fixtures.intel("hot", 0.9, id: "C-HOT"), stale, graded],
            forces: [Fixtures.armed(4), Fixtures.unarmed(6), Fixtures.unarmed(3, id: "spare")],
            assessments: [Fixtures.cia("hot", status: .pending)])
        let warnings = PlanningWarnings.scenario(try ScoredScenario(scenario)).map(\.description)
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.contains("area 'hot' would justify armed presence in t0, t1") && $0.contains("CIA-hot is pending") })
        #expect(warnings.contains { $0.contains("a restricted report in area 'quiet' is stale") })
        #expect(warnings.contains { $0.contains("report 'P-E' in area 'quiet' is graded E") })
        #expect(!warnings.joined().contains("C-"))
        #expect(!warnings.joined().contains("restricted text"))
        let plan = try #require(try Fixtures.solve(scenario).plan)
        #expect(plan.warnings.contains { $0.contains("force 'afo'") && $0.contains("never deploys") })
    }

    @Test func explanationShowsEachStepWithoutRestrictedIDs() throws {
        let scored = try ScoredScenario(Self.hotSpot())
        let plan = try Fixtures.solve(Self.hotSpot()).plan
        let target = try ExplanationTarget(scored, area: "hot", period: "t1")
        let text = Explanation.render(scored, target, plan: .solved(plan, .optimal))
        for expected in [
            "Period t1", "restricted report 1 (violence)", "restricted report 2 (violence)", "INT-P-9 (violence)",
            "noisy-OR", "Baselines: gang activity 0.60", "Risk rate R", "Presence scale h",
            "Armed eligibility: yes", "CIA-hot (max 2 armed)", "In the plan:", "Limits reached here:",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(!text.contains("C-ONE") && !text.contains("C-TWO"))
        let quiet = Explanation.render(
            scored, try ExplanationTarget(scored, area: "quiet", period: "t0"), plan: .solved(plan, .optimal))
        #expect(quiet.contains("Armed eligibility: no — no community impact assessment covers this area and period"))
        #expect(quiet.contains("intelligence below threshold (best violence 0.20 vs 0.30)"))
    }

    @Test func unknownAreaOrPeriodSuggestsTheClosest() throws {
        let scored = try ScoredScenario(Self.hotSpot())
        #expect(throws: ExplanationError("unknown area 'hto'; did you mean 'hot'?")) {
            try ExplanationTarget(scored, area: "hto", period: nil)
        }
        #expect(throws: ExplanationError("unknown period 't9'; did you mean 't0'?")) {
            try ExplanationTarget(scored, area: "hot", period: "t9")
        }
    }
}
