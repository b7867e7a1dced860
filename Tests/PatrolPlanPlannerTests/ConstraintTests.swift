import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanPlanner

/// One tiny scenario per constraint family of model.md §4, each built so that the constraint
/// changes the optimum, asserting the exact allocation. Violence risk only: `R = 10 × gang`,
/// presence scale 2, unarmed effectiveness 0.5, armed 1.0.
@Suite struct ConstraintTests {
    func plan(_ plan: Plan?, _ area: String, _ period: String, _ force: String) -> Int {
        Fixtures.officers(plan, area, period, force)
    }

    /// Officers of `force` in `area` in periods t0, t1, t2.
    func series(_ plan: Plan?, _ area: String, _ force: String) -> [Int] {
        ["t0", "t1", "t2"].map { Fixtures.officers(plan, area, $0, force) }
    }

    @Test("§4.1 pool: the one officer goes where risk is highest")
    func pool() throws {
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5), Fixtures.area("b", gang: 0.2)], forces: [Fixtures.unarmed(1)])
        let p = try Fixtures.solve(s).plan
        #expect(plan(p, "a", "t0", "nbh") == 1)
        #expect(plan(p, "b", "t0", "nbh") == 0)
    }

    @Test("§4.2 units: armed officers deploy in pairs, so 3 available means 2 deployed")
    func units() throws {
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5)], intelligence: [Fixtures.intel("a", 0.5)],
            forces: [Fixtures.armed(3)], assessments: [Fixtures.cia("a")], policy: Fixtures.openPolicy())
        #expect(plan(try Fixtures.solve(s).plan, "a", "t0", "afo") == 2)
    }

    @Test("§4.3 capacity, and the objective computed exactly")
    func capacity() throws {
        let s = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5, max: 3)], forces: [Fixtures.unarmed(10)])
        let p = try Fixtures.solve(s).plan
        #expect(plan(p, "a", "t0", "nbh") == 3)
        // e = 1.5, h = 2: u = 0.75, halfway between g(0.5) = 1 − 2^−0.5 and g(1) = 0.5; R = 5.
        let expected = 5 * ((1 - pow(2, -0.5)) + 0.5) / 2
        #expect(abs((p?.objective.value ?? 0) - expected) < 1e-8)
        #expect(p?.objective.communityImpact == 0)
        #expect(p?.status == .optimal)
    }

    @Test("§4.4 minimum presence puts an officer where there is no risk")
    func minimumPresence() throws {
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5), Fixtures.area("b", gang: 0, min: 1)], forces: [Fixtures.unarmed(2)])
        let p = try Fixtures.solve(s).plan
        #expect(plan(p, "a", "t0", "nbh") == 1)
        #expect(plan(p, "b", "t0", "nbh") == 1)
    }

    @Test("§4.4 a minimum no one can meet is infeasible, with no plan")
    func infeasibleMinimum() throws {
        let s = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5, min: 5)], forces: [Fixtures.unarmed(2)])
        let outcome = try Fixtures.solve(s)
        #expect(outcome.status == .infeasible)
        #expect(outcome.plan == nil)
    }

    @Test("§4.5 eligibility: intelligence below the threshold, or a pending CIA, means no armed officers",
          arguments: [(0.2, AssessmentStatus.approved, 0), (0.5, .approved, 4), (0.5, .pending, 0), (0.5, .rejected, 0)])
    func eligibility(intel: Double, status: AssessmentStatus, expected: Int) throws {
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5)], intelligence: [Fixtures.intel("a", intel)],
            forces: [Fixtures.armed(4)], assessments: [Fixtures.cia("a", status: status)], policy: Fixtures.openPolicy())
        #expect(plan(try Fixtures.solve(s).plan, "a", "t0", "afo") == expected)
    }

    @Test("§4.5 threat rule: severe threat at a crowded place needs no intelligence")
    func threatRule() throws {
        let hub = Area(id: "station", venue: .transportHub, footfall: PerPeriod(20000), sensitivity: .low)
        var s = Fixtures.scenario(
            areas: [hub], forces: [Fixtures.armed(2)], assessments: [Fixtures.cia("station")],
            policy: Fixtures.openPolicy(), threat: .severe)
        #expect(plan(try Fixtures.solve(s).plan, "station", "t0", "afo") == 2)
        s.threatLevel = .substantial
        #expect(plan(try Fixtures.solve(s).plan, "station", "t0", "afo") == 0)
    }

    @Test("§4.6 the CIA's maxArmed caps armed officers (the smallest of several)")
    func assessmentCap() throws {
        var s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5)], intelligence: [Fixtures.intel("a", 0.5)],
            forces: [Fixtures.armed(6)], assessments: [Fixtures.cia("a", maxArmed: 4)], policy: Fixtures.openPolicy())
        #expect(plan(try Fixtures.solve(s).plan, "a", "t0", "afo") == 4)
        s.impactAssessments.append(ImpactAssessment(id: "CIA-2", area: "a", status: .approved, maxArmed: 2))
        #expect(plan(try Fixtures.solve(s).plan, "a", "t0", "afo") == 2)
    }

    @Test("§4.7 the indicator is 1 exactly where armed officers are present")
    func indicator() throws {
        var policy = Fixtures.openPolicy()
        policy.armedMaxConsecutivePeriods = 2
        let s = Fixtures.scenario(
            periods: 3, areas: [Fixtures.area("a", gang: 0.2), Fixtures.area("b", gang: 0.6)],
            intelligence: [Fixtures.intel("a", 0.9)], forces: [Fixtures.armed(2)], assessments: [Fixtures.cia("a")],
            policy: policy)
        let scored = try ScoredScenario(s)
        let model = ModelBuilder.build(scored)
        var options = PlannerOptions()
        options.gap = 1e-9
        let result = try GLPKSolver().solve(model.milp, parameters: options.parameters, incumbent: nil, duals: nil)
        let x = try #require(result.values)
        for p in 0..<(scored.areaCount * scored.periodCount) {
            let columns = (0..<model.forceCount).compactMap { model.unitColumn(p, force: $0) }
            let armed = columns.reduce(0.0) { $0 + x[$1] }
            let y = model.indicatorColumn[p] >= 0 ? x[Int(model.indicatorColumn[p])] : 0
            #expect(abs(y - (armed > 0.5 ? 1 : 0)) < 1e-9)
        }
    }

    @Test("§4.8 limited duration: at most 2 consecutive armed periods, the best two")
    func consecutivePeriods() throws {
        var policy = Fixtures.openPolicy()
        policy.armedMaxConsecutivePeriods = 2
        // Intelligence decays over the horizon, so t0 and t1 are worth most.
        var s = Fixtures.scenario(
            periods: 3, areas: [Fixtures.area("a", gang: 0.2)], intelligence: [Fixtures.intel("a", 0.9)],
            forces: [Fixtures.armed(2)], assessments: [Fixtures.cia("a")], policy: policy)
        var p = try Fixtures.solve(s).plan
        #expect(series(p, "a", "afo") == [2, 2, 0])
        s.policy.armedMaxConsecutivePeriods = nil
        p = try Fixtures.solve(s).plan
        #expect(series(p, "a", "afo") == [2, 2, 2])
    }

    @Test("§4.8 limited duration: armedMaxPeriodsPerArea")
    func periodsPerArea() throws {
        var policy = Fixtures.openPolicy()
        policy.armedMaxPeriodsPerArea = 1
        let s = Fixtures.scenario(
            periods: 3, areas: [Fixtures.area("a", gang: 0.2)], intelligence: [Fixtures.intel("a", 0.9)],
            forces: [Fixtures.armed(2)], assessments: [Fixtures.cia("a")], policy: policy)
        let p = try Fixtures.solve(s).plan
        #expect(series(p, "a", "afo") == [2, 0, 0])
    }

    @Test("§4.9 simultaneous armed areas", arguments: [(nil as Int?, [2, 2]), (1, [4, 0])])
    func simultaneousAreas(limit: Int?, expected: [Int]) throws {
        var policy = Fixtures.openPolicy()
        policy.armedMaxAreasPerPeriod = limit
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5), Fixtures.area("b", gang: 0.3)],
            intelligence: [Fixtures.intel("a", 0.5), Fixtures.intel("b", 0.5)], forces: [Fixtures.armed(4)],
            assessments: [Fixtures.cia("a"), Fixtures.cia("b")], policy: policy)
        let p = try Fixtures.solve(s).plan
        #expect([plan(p, "a", "t0", "afo"), plan(p, "b", "t0", "afo")] == expected)
    }

    @Test("§4.10 local armed share: armed officers at most half of those present")
    func localShare() throws {
        var policy = Fixtures.openPolicy()
        policy.armedMaxShare = 0.5
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5)], intelligence: [Fixtures.intel("a", 0.5)],
            forces: [Fixtures.armed(6), Fixtures.unarmed(2)], assessments: [Fixtures.cia("a")], policy: policy)
        let p = try Fixtures.solve(s).plan
        #expect(plan(p, "a", "t0", "afo") == 2)
        #expect(plan(p, "a", "t0", "nbh") == 2)
    }

    @Test("§4.11 overall armed share: a quarter of all officers deployed in the period")
    func overallShare() throws {
        var policy = Fixtures.openPolicy()
        policy.armedMaxShareOverall = 0.25
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5), Fixtures.area("b", gang: 0.5)], intelligence: [Fixtures.intel("a", 0.5)],
            forces: [Fixtures.armed(8), Fixtures.unarmed(6)], assessments: [Fixtures.cia("a")], policy: policy)
        let p = try Fixtures.solve(s).plan
        // armed ≤ 0.25 × (armed + 6) gives armed ≤ 2.
        #expect(plan(p, "a", "t0", "afo") == 2)
        #expect(plan(p, "a", "t0", "nbh") + plan(p, "b", "t0", "nbh") == 6)
    }

    @Test("§4.1 an uplift adds floor(N × onDutyFraction) to every period")
    func uplift() throws {
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5)], intelligence: [Fixtures.intel("a", 0.5)],
            forces: [Force(id: "afo", armed: true, pool: .headcount(10))], assessments: [Fixtures.cia("a")],
            policy: Fixtures.openPolicy())
        #expect(plan(try Fixtures.solve(s).plan, "a", "t0", "afo") == 2)
        #expect(plan(try Fixtures.solve(s, uplifts: [Uplift(force: "afo", officers: 10)]).plan, "a", "t0", "afo") == 4)
    }

    @Test("community impact: armed officers in a sensitive area cost more than they prevent")
    func communityImpact() throws {
        var policy = Fixtures.openPolicy()
        policy.communityImpactWeight = 20
        let s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5, sensitivity: .high)], intelligence: [Fixtures.intel("a", 0.5)],
            forces: [Fixtures.armed(2)], assessments: [Fixtures.cia("a")], policy: policy)
        // One pair prevents 7.5 × 0.5 = 3.75 per hour but costs 20 × 0.40 × 2 = 16.
        #expect(plan(try Fixtures.solve(s).plan, "a", "t0", "afo") == 0)
    }
}
