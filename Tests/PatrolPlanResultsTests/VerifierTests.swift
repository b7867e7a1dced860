import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanResults

/// `PlanVerifier`: bundled plans verify clean, each hand-broken plan gives exactly the violation
/// it was broken for, and `patrolplan verify` exits 0 or 1.
@Suite struct VerifierTests {
    // MARK: Bundled scenarios

    @Test(arguments: BundledScenarios.names)
    func bundledExpectedPlanVerifiesClean(name: String) throws {
        let scenarios = BundledScenarios.folder
        let file = try ScenarioFile(data: Data(contentsOf: scenarios.appendingPathComponent("\(name).json")))
        let plan = try PlanJSON.decode(Data(contentsOf: scenarios.appendingPathComponent("expected/\(name).plan.json")))
        let uplifts = (plan.scenario.uplifts ?? []).compactMap(Self.uplift)
        let scored = try ScoredScenario(file.scenario, uplifts: uplifts)
        let violations = PlanVerifier.verify(plan, against: scored)
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test func solvedFixturePlanVerifiesClean() throws {
        let scored = try ScoredScenario(Self.scenario)
        let plan = try #require(try Planner().plan(scored, scenarioSHA256: "test").plan)
        #expect(PlanVerifier.verify(plan, against: scored).isEmpty)
    }

    // MARK: Hand-broken plans

    /// Areas: `a` and `d` armed-eligible (approved CIA, maxArmed 4, violence intel 0.9), `b` no
    /// CIA, `c` with minimum 1 and capacity 6. Pools: afo 10 (pairs), nbh 20. At most one armed
    /// area per period; shares 0.5 local, 0.25 overall; at most 2 consecutive armed periods.
    static let scenario: Scenario = {
        var policy = Policy()
        policy.armedMaxAreasPerPeriod = 1
        var c = Fixtures.area("c", gang: 0.2, min: 1, max: 6)
        c.sensitivity = .medium
        return Fixtures.scenario(
            periods: 3,
            areas: [Fixtures.area("a", gang: 0.5), Fixtures.area("b", gang: 0.3), c, Fixtures.area("d", gang: 0.4)],
            intelligence: [Fixtures.intel("a", 0.9, id: "INT-A"), Fixtures.intel("d", 0.9, id: "INT-D")],
            forces: [Fixtures.armed(10), Fixtures.unarmed(20)],
            assessments: [
                ImpactAssessment(id: "CIA-a", area: "a", status: .approved, maxArmed: 4, consulted: ["BCU"]),
                ImpactAssessment(id: "CIA-d", area: "d", status: .approved, maxArmed: 4, consulted: ["BCU"]),
            ],
            policy: policy)
    }()

    typealias Officers = [String: [String: [String: Int]]]  // period → area → force → officers

    /// A valid plan: a has 2 armed + 2 unarmed in t0 and t1, 2 unarmed in t2; c has 1, b has 5.
    static let valid: Officers = [
        "t0": ["a": ["afo": 2, "nbh": 2], "b": ["nbh": 5], "c": ["nbh": 1]],
        "t1": ["a": ["afo": 2, "nbh": 2], "b": ["nbh": 5], "c": ["nbh": 1]],
        "t2": ["a": ["nbh": 2], "b": ["nbh": 5], "c": ["nbh": 1]],
    ]

    /// A plan with these officers and correct figures (recomputed here with the scoring layer).
    static func plan(_ officers: Officers, scored: ScoredScenario) throws -> Plan {
        var plan = try #require(try Planner().plan(scored, scenarioSHA256: "test").plan)
        let forces = scored.scenario.forces
        var allocations: [Plan.Allocation] = []
        var reduction = 0.0
        var impact = 0.0
        for (t, period) in scored.scenario.periods.enumerated() {
            for (a, area) in scored.scenario.areas.enumerated() {
                guard let byForce = officers[period.id]?[area.id] else { continue }
                let counts = forces.map { byForce[$0.id] ?? 0 }
                let reduced = Figures.riskReduced(scored, area: a, period: t, officers: counts)
                reduction += reduced
                impact += Figures.communityImpact(scored, area: a, period: t, officers: counts)
                allocations.append(Plan.Allocation(
                    area: area.id, period: period.id,
                    officers: Dictionary(uniqueKeysWithValues: zip(forces.map(\.id), counts)),
                    risk: Dictionary(uniqueKeysWithValues: Category.allCases.map {
                        ($0.rawValue, scored.risk(area: a, period: t, $0))
                    }),
                    riskReduced: reduced))
            }
        }
        plan.allocations = allocations
        plan.objective.riskReduction = reduction
        plan.objective.communityImpact = impact
        plan.objective.value = reduction - impact
        return plan
    }

    static func violations(_ change: (inout Officers) -> Void) throws -> [Violation] {
        let scored = try ScoredScenario(scenario)
        var officers = valid
        change(&officers)
        return PlanVerifier.verify(try plan(officers, scored: scored), against: scored)
    }

    @Test func handBuiltValidPlanIsClean() throws {
        let found = try Self.violations { _ in }
        #expect(found.isEmpty, "\(found)")
    }

    /// One broken plan per rule, and the single violation each must give.
    static let broken: [(name: String, rule: Violation.Rule, area: String?, period: String?, change: @Sendable (inout Officers) -> Void)] = [
        ("exceed a pool", .pool, nil, "t0", { $0["t0"]?["b"] = ["nbh": 25] }),
        ("odd armed count", .unit, "a", "t0", { $0["t0"]?["a"] = ["afo": 3, "nbh": 3] }),
        ("exceed capacity", .capacity, "c", "t0", { $0["t0"]?["c"] = ["nbh": 7] }),
        ("miss a minimum", .minimumPresence, "c", "t1", { $0["t1"]?["c"] = nil }),
        ("armed where not eligible", .armedEligibility, "b", "t2", { $0["t2"]?["b"] = ["afo": 2, "nbh": 5] }),
        ("exceed the CIA cap", .assessmentCap, "a", "t0", {
            $0["t0"]?["a"] = ["afo": 6, "nbh": 6]
            $0["t0"]?["b"] = ["nbh": 13]
        }),
        ("3 consecutive armed periods", .consecutiveArmedPeriods, "a", "t2", { $0["t2"]?["a"] = ["afo": 2, "nbh": 2] }),
        ("too many armed areas", .armedAreasPerPeriod, nil, "t0", {
            $0["t0"]?["d"] = ["afo": 2, "nbh": 2]
            $0["t0"]?["b"] = ["nbh": 8]
        }),
        ("local share", .localArmedShare, "a", "t0", { $0["t0"]?["a"] = ["afo": 2, "nbh": 1] }),
        ("overall share", .overallArmedShare, nil, "t0", { $0["t0"]?["b"] = ["nbh": 2] }),
    ]

    @Test(arguments: broken.indices)
    func brokenPlanGivesExactlyItsViolation(index: Int) throws {
        let case_ = Self.broken[index]
        let found = try Self.violations(case_.change)
        #expect(found.count == 1, "\(case_.name): \(found)")
        let violation = try #require(found.first)
        #expect(violation.rule == case_.rule, "\(case_.name)")
        #expect(violation.area == case_.area, "\(case_.name)")
        #expect(violation.period == case_.period, "\(case_.name)")
    }

    @Test func armedPeriodsPerAreaLimit() throws {
        var scenario = Self.scenario
        scenario.policy.armedMaxPeriodsPerArea = 1
        let scored = try ScoredScenario(scenario)
        let found = PlanVerifier.verify(try Self.plan(Self.valid, scored: scored), against: scored)
        #expect(found.map(\.rule) == [.armedPeriodsPerArea])
        #expect(found.first?.value == 2 && found.first?.limit == 1)
    }

    @Test func poolCountsUplifts() throws {
        var officers = Self.valid
        officers["t0"]?["b"] = ["nbh": 25]
        let scored = try ScoredScenario(Self.scenario, uplifts: [Uplift(force: "nbh", officers: 40)])
        #expect(PlanVerifier.verify(try Self.plan(officers, scored: scored), against: scored).isEmpty)
    }

    @Test func wrongRiskReduction() throws {
        let scored = try ScoredScenario(Self.scenario)
        var plan = try Self.plan(Self.valid, scored: scored)
        plan.objective.riskReduction += 0.01
        let found = PlanVerifier.verify(plan, against: scored)
        #expect(found.map(\.rule) == [.riskReduction])
    }

    @Test func wrongCommunityImpactFormatAndMissingForce() throws {
        let scored = try ScoredScenario(Self.scenario)
        var plan = try Self.plan(Self.valid, scored: scored)
        plan.objective.communityImpact += 0.5
        plan.format = "patrolplan/plan@2"
        let b = try #require(plan.allocations.firstIndex { $0.area == "b" && $0.officers["afo"] == 0 })
        plan.allocations[b].officers["afo"] = nil
        let found = PlanVerifier.verify(plan, against: scored)
        #expect(Set(found.map(\.rule)) == [.communityImpact, .format, .missingForce])
        #expect(found.count == 3)
    }

    @Test func figuresWithinTheToleranceAreAccepted() throws {
        let scored = try ScoredScenario(Self.scenario)
        var plan = try Self.plan(Self.valid, scored: scored)
        plan.objective.riskReduction *= 1 + 1e-8
        plan.allocations[0].riskReduced *= 1 + 1e-8
        #expect(PlanVerifier.verify(plan, against: scored).isEmpty)
    }

    @Test func wrongAllocationFigures() throws {
        let scored = try ScoredScenario(Self.scenario)
        var plan = try Self.plan(Self.valid, scored: scored)
        plan.allocations[0].riskReduced += 1
        plan.allocations[1].risk["violence"] = 99
        let found = PlanVerifier.verify(plan, against: scored)
        #expect(Set(found.map(\.rule)) == [.riskReduced, .risk])
        #expect(found.count == 2)
    }

    @Test func unknownAreaID() throws {
        let scored = try ScoredScenario(Self.scenario)
        var plan = try Self.plan(Self.valid, scored: scored)
        var extra = plan.allocations[0]
        extra.area = "nowhere"
        plan.allocations.append(extra)
        let found = PlanVerifier.verify(plan, against: scored)
        #expect(found.map(\.rule) == [.unknownArea])
        #expect(found.first?.area == "nowhere")
    }

    @Test func unknownPeriodAndForceAndDuplicate() throws {
        let scored = try ScoredScenario(Self.scenario)
        var plan = try Self.plan(Self.valid, scored: scored)
        var extra = plan.allocations[0]
        extra.period = "t9"
        plan.allocations.append(extra)
        plan.allocations.append(plan.allocations[1])
        plan.allocations[2].officers["swat"] = 0
        let found = PlanVerifier.verify(plan, against: scored)
        #expect(Set(found.map(\.rule)) == [.unknownPeriod, .duplicateAllocation, .unknownForce])
        #expect(found.count == 3)
    }

    // MARK: The planner's own check

    /// A solver for a broken model: it drops every row of integer columns with positive
    /// coefficients and no lower bound (the pool, capacity and duration rows), as a bug in the
    /// model builder might, and solves the rest with GLPK.
    struct DroppedRowsSolver: MILPSolver {
        var name: String { "glpk" }
        var version: String { "test" }

        func solve(
            _ problem: MILP, parameters: SolveParameters, incumbent: [Double]?, duals: DualRequest?
        ) throws(SolverError) -> SolverResult {
            var broken = MILP()
            broken.maximize = problem.maximize
            for column in problem.columns {
                broken.addColumn(column)
            }
            for (i, row) in problem.rows.enumerated() {
                let entries = Array(problem.entries(ofRow: i))
                let dropped = row.lower == -.infinity
                    && entries.allSatisfy { problem.columns[$0.column].kind != .continuous && $0.value > 0 }
                broken.addRow(lower: row.lower, upper: dropped ? .infinity : row.upper, entries)
            }
            return try GLPKSolver().solve(broken, parameters: parameters, incumbent: nil, duals: duals)
        }

        func openLinearProgram(_ problem: MILP) throws(SolverError) -> any LinearProgramSession {
            try GLPKSolver().openLinearProgram(problem)
        }
    }

    @Test func plannerRefusesAPlanThatBreaksTheModel() throws {
        // Two risky areas share a pool of 3: without the pool row the solver puts 3 in each.
        let scenario = Fixtures.scenario(
            areas: [Fixtures.area("x", gang: 0.9), Fixtures.area("y", gang: 0.9)], forces: [Fixtures.unarmed(3)])
        let scored = try ScoredScenario(scenario)
        var options = PlannerOptions()
        options.relaxAndFix = false
        #expect(throws: PlanningError.self) {
            try Planner(solver: DroppedRowsSolver(), options: options, interrupter: .never).plan(scored, scenarioSHA256: "test")
        }
        do {
            _ = try Planner(solver: DroppedRowsSolver(), options: options, interrupter: .never).plan(scored, scenarioSHA256: "test")
        } catch {
            guard case .verificationFailed(let violations) = error else {
                Issue.record("expected verificationFailed, got \(error)")
                return
            }
            #expect(violations.map(\.rule) == [.pool])
        }
        // The same scenario with the real solver plans fine.
        #expect(try Planner(options: options).plan(scored, scenarioSHA256: "test").plan != nil)
    }

    // MARK: CLI

    @Test func cliVerifyExitsZeroOnACleanPlanAndOneOnViolations() throws {
        let plan = CLI.temporary("plan.json")
        let broken = CLI.temporary("broken.json")
        defer {
            try? FileManager.default.removeItem(atPath: plan)
            try? FileManager.default.removeItem(atPath: broken)
        }
        let solved = try CLI.run(["solve", CLI.scenario, "--output", plan])
        #expect(solved.status == 0)
        let clean = try CLI.run(["verify", CLI.scenario, plan])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.isEmpty)

        var decoded = try PlanJSON.decode(Data(contentsOf: URL(fileURLWithPath: plan)))
        decoded.objective.value += 1
        decoded.allocations[0].area = "nowhere"
        try PlanJSON.encode(decoded).write(to: URL(fileURLWithPath: broken))
        let bad = try CLI.run(["verify", CLI.scenario, broken])
        #expect(bad.status == 1)
        let lines = String(decoding: bad.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("value:") })
        #expect(lines.contains { $0.hasPrefix("unknownArea:") })
    }

    @Test func cliVerifyAppliesThePlansUplifts() throws {
        let plan = CLI.temporary("plan.json")
        defer { try? FileManager.default.removeItem(atPath: plan) }
        let scenario = try ScenarioFile(data: Data(contentsOf: URL(fileURLWithPath: CLI.scenario))).scenario
        let force = try #require(scenario.forces.first { !$0.armed }).id
        let solved = try CLI.run(["solve", CLI.scenario, "--uplift", "\(force)=2000", "--output", plan])
        #expect(solved.status == 0)
        let result = try CLI.run(["verify", CLI.scenario, plan])
        #expect(result.status == 0, "\(String(decoding: result.stdout, as: UTF8.self))")
    }

    @Test func cliVerifyRejectsANonPlan() throws {
        let result = try CLI.run(["verify", CLI.scenario, CLI.scenario])
        #expect(result.status == 65)
    }

    static func uplift(_ text: String) -> Uplift? {
        let parts = text.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let n = Int(parts[1]) else { return nil }
        return Uplift(force: String(parts[0]), officers: n)
    }
}
