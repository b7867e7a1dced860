import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport

/// One tiny scenario per model@2 rule (model.md "Changes from model@1"), each built so that the
/// rule changes the optimum, asserting the exact allocation. Violence risk only unless stated:
/// `R = 10 × gang`, presence scale 2, unarmed effectiveness 0.5, armed 1.0.
@Suite struct ModelVersion2Tests {
    func officers(_ plan: Plan?, _ area: String, _ period: String, _ force: String = "nbh") -> Int {
        Fixtures.officers(plan, area, period, force)
    }

    @Test("§4.4 per-period minimum: the officer goes to the quiet area only in the period that asks")
    func perPeriodMinimum() throws {
        var quiet = Fixtures.area("b", gang: 0)
        quiet.minOfficers = PeriodValues(default: 0, values: ["t1": 1])
        let s = Fixtures.scenario(periods: 2, areas: [Fixtures.area("a", gang: 0.5), quiet], forces: [Fixtures.unarmed(1)])
        let p = try Fixtures.solve(s).plan
        #expect([officers(p, "a", "t0"), officers(p, "b", "t0")] == [1, 0] as [Int])
        #expect([officers(p, "a", "t1"), officers(p, "b", "t1")] == [0, 1] as [Int])
    }

    @Test("§4.3 per-period capacity: room for one officer at t0 only")
    func perPeriodCapacity() throws {
        var area = Fixtures.area("a", gang: 0.5)
        area.maxOfficers = PeriodValues(default: nil, values: ["t0": 1])
        let s = Fixtures.scenario(periods: 2, areas: [area], forces: [Fixtures.unarmed(3)])
        let p = try Fixtures.solve(s).plan
        #expect(officers(p, "a", "t0") == 1)
        #expect(officers(p, "a", "t1") == 3)
    }

    @Test("§1 per-period gang activity: the estate is quiet at t0 and the riskiest area at t1")
    func perPeriodGangActivity() throws {
        var estate = Fixtures.area("estate", gang: 0)
        estate.gangActivity = PerPeriod(default: 0.1, values: ["t1": 0.6])
        let s = Fixtures.scenario(
            periods: 2, areas: [estate, Fixtures.area("strip", gang: 0.3)], forces: [Fixtures.unarmed(1)])
        let p = try Fixtures.solve(s).plan
        #expect([officers(p, "estate", "t0"), officers(p, "strip", "t0")] == [0, 1] as [Int])
        #expect([officers(p, "estate", "t1"), officers(p, "strip", "t1")] == [1, 0] as [Int])
        let scored = try ScoredScenario(s)
        #expect(abs(scored.risk(area: 0, period: 1, .violence) - 6) < 1e-12)
    }

    @Test("§1 per-period disorder: disorder risk follows the evening")
    func perPeriodDisorder() throws {
        let footfall = PerPeriod(10000)
        let ground = Area(id: "ground", footfall: footfall, disorder: PerPeriod(default: 0, values: ["t1": 0.8]), sensitivity: .low)
        let park = Area(id: "park", footfall: footfall, disorder: PerPeriod(0.3), sensitivity: .low)
        let s = Fixtures.scenario(periods: 2, areas: [ground, park], forces: [Fixtures.unarmed(1)])
        let p = try Fixtures.solve(s).plan
        #expect([officers(p, "ground", "t0"), officers(p, "park", "t0")] == [0, 1] as [Int])
        #expect([officers(p, "ground", "t1"), officers(p, "park", "t1")] == [1, 0] as [Int])
    }

    @Test("§2 per-period presence scale: a small scale makes one officer count for more at t1")
    func perPeriodPresenceScale() throws {
        var a = Fixtures.area("a", gang: 0.4)
        a.presenceScale = PeriodValues(default: nil, values: ["t1": 0.5])
        let s = Fixtures.scenario(periods: 2, areas: [a, Fixtures.area("b", gang: 0.5)], forces: [Fixtures.unarmed(1)])
        let p = try Fixtures.solve(s).plan
        #expect([officers(p, "a", "t0"), officers(p, "b", "t0")] == [0, 1] as [Int])
        #expect([officers(p, "a", "t1"), officers(p, "b", "t1")] == [1, 0] as [Int])
        let scored = try ScoredScenario(s)
        #expect(scored.presenceScale[scored.index(area: 0, period: 0)] == 2)
        #expect(scored.presenceScale[scored.index(area: 0, period: 1)] == 0.5)
    }

    @Test("§4.12 a commitment holds its officer where the risk is not, in its period only, and the plan names it")
    func commitmentHoldsOfficers() throws {
        var s = Fixtures.scenario(
            periods: 2, areas: [Fixtures.area("a", gang: 0.5), Fixtures.area("gate", gang: 0)],
            forces: [Fixtures.unarmed(1)])
        s.format = .v2
        s.commitments = [Commitment(id: "school-gate", area: "gate", force: "nbh", officers: 1, periods: ["t0"])]
        let p = try Fixtures.solve(s).plan
        #expect([officers(p, "a", "t0"), officers(p, "gate", "t0")] == [0, 1] as [Int])
        #expect([officers(p, "a", "t1"), officers(p, "gate", "t1")] == [1, 0] as [Int])
        let held = p?.allocations.first { $0.area == "gate" && $0.period == "t0" }
        #expect(held?.commitments == ["school-gate"])
        #expect(p?.allocations.first { $0.area == "a" }?.commitments == nil)
    }

    @Test("§4.12 committed officers count against the local armed share: the armed pair needs unarmed officers beside it")
    func commitmentCountsAgainstRules() throws {
        var policy = Fixtures.openPolicy()
        policy.armedMaxShare = 0.5
        var s = Fixtures.scenario(
            areas: [Fixtures.area("station", gang: 0.1), Fixtures.area("estate", gang: 0.6)],
            intelligence: [Fixtures.intel("station", 0.5)],
            forces: [Fixtures.armed(2), Fixtures.unarmed(2)], assessments: [Fixtures.cia("station")], policy: policy)
        s.commitments = [Commitment(id: "station-pair", area: "station", force: "afo", officers: 2)]
        let p = try Fixtures.solve(s).plan
        // Without the commitment both unarmed officers go to the estate; with it, the pair at
        // the station needs two unarmed officers beside it (armed ≤ 0.5 × total).
        #expect(officers(p, "station", "t0", "afo") == 2)
        #expect(officers(p, "station", "t0") == 2)
        #expect(officers(p, "estate", "t0") == 0)
    }

    @Test("§4.12 commitments that break a pool make the scenario infeasible, and the diagnosis names them")
    func commitmentConflict() throws {
        var s = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.5), Fixtures.area("b", gang: 0.5)], forces: [Fixtures.unarmed(3)])
        s.commitments = [
            Commitment(id: "PSU-1", area: "a", force: "nbh", officers: 2),
            Commitment(id: "PSU-2", area: "b", force: "nbh", officers: 2),
        ]
        let outcome = try Fixtures.solve(s)
        #expect(outcome.status == .infeasible)
        let diagnosis = try InfeasibilityDiagnoser(solver: GLPKSolver()).diagnose(try ScoredScenario(s))
        #expect(diagnosis.commitmentConflicts.map(\.rule) == ["pool"])
        #expect(diagnosis.commitmentConflicts.first?.commitments == ["PSU-1", "PSU-2"])
        let text = InfeasibilityText.render(diagnosis, periodCount: 1)
        #expect(text.contains("PSU-1, PSU-2"), "\(text)")
        #expect(text.contains("4 officers of force 'nbh', and 3 are on duty"), "\(text)")
    }

    @Test("§4.12 an armed commitment where armed presence is not eligible is rejected, naming it and why")
    func ineligibleArmedCommitment() throws {
        var s = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5)], forces: [Fixtures.armed(2)])
        s.commitments = [Commitment(id: "AFO-1", area: "a", force: "afo", officers: 2)]
        #expect {
            _ = try ScoredScenario(s)
        } throws: { error in
            let text = "\(error)"
            return text.contains("'AFO-1'") && text.contains("area 'a'") && text.contains("period 't0'")
                && text.contains("no approved community impact assessment")
        }
    }

    @Test("§4.1 uplifts: negative ones take officers away (never below 0), per-period ones add officers as they are, several of one force add up first")
    func uplifts() throws {
        var s = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.5)], forces: [Fixtures.unarmed(1)])
        s.forces = [Force(id: "resp", pool: .headcount(100), onDutyFraction: 0.3)]
        func pool(_ uplifts: [Uplift]) throws -> Int { try ScoredScenario(s, uplifts: uplifts).available[0][0] }
        #expect(try pool([]) == 30)
        #expect(try pool([Uplift(force: "resp", officers: -40)]) == 18)
        #expect(try pool([Uplift(force: "resp", officers: -1000)]) == 0)
        #expect(try pool([Uplift(force: "resp", officers: 10, perPeriod: true)]) == 40)
        // 5 + 5 = 10 first: floor(10 × 0.3) = 3, not floor(1.5) + floor(1.5) = 2.
        #expect(try pool([Uplift(force: "resp", officers: 5), Uplift(force: "resp", officers: 5)]) == 33)
        // Clamped only at the end: −200 (−60) and +50 per period give 20, not 0 + 50.
        #expect(try pool([Uplift(force: "resp", officers: -200), Uplift(force: "resp", officers: 50, perPeriod: true)]) == 20)
        #expect(Uplift(text: "resp=-4")?.officers == -4)
        #expect(Uplift(text: "resp=10/period") == Uplift(force: "resp", officers: 10, perPeriod: true))
        #expect(Uplift(text: "resp=10/shift") == nil)
        #expect(Uplift(force: "resp", officers: 10, perPeriod: true).description == "resp=10/period")
    }

    @Test("§1 a gap between periods ages intelligence: o_t counts the day between Friday and Saturday nights")
    func periodStartsAgeIntelligence() throws {
        let json = """
            {"format": "patrolplan/scenario@2", "name": "weekend", "threatLevel": "substantial",
             "periods": [{"id": "fri", "hours": 6, "start": "2026-12-04T20:00:00Z"},
                         {"id": "sat", "hours": 6, "start": "2026-12-05T20:00:00Z"}],
             "areas": [{"id": "a"}],
             "intelligence": [{"id": "R1", "area": "a", "category": "violence", "likelihood": 0.8, "source": "1",
                               "assessment": "A", "handling": "P", "reportedAt": "2026-12-04T08:00:00Z"}],
             "forces": [{"id": "nbh", "available": 1}]}
            """
        let scenario = try ScenarioDecoder().decode(Array(json.utf8)).scenario
        #expect(scenario.intelligence[0].ageHours == 12)
        let scored = try ScoredScenario(scenario)
        #expect(scored.periodStarts == [0, 24])
        // 0.8 × 0.5^((12 + 24) / 72) = 0.8 × 2^−0.5
        #expect(abs(scored.intel(area: 0, period: 1, .violence) - 0.8 * pow(2, -0.5)) < 1e-12)
    }
}
