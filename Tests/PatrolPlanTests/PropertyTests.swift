import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport

/// Laws every plan must obey, checked on seeded random scenarios (``ScenarioGenerator``).
///
/// Each law runs `PropertyHarness.count` scenarios, split into chunks that run in parallel. A
/// failure names its seed: `ScenarioGenerator(seed:)` rebuilds the scenario.
@Suite struct PropertyTests {
    static let count = PropertyHarness.count
    static let chunks = PropertyHarness.chunks
    static let options = PropertyHarness.options
    static let minimumProvenShare = PropertyHarness.minimumProvenShare
    static func seeds(law: UInt64, chunk: Int) -> [UInt64] { PropertyHarness.seeds(law: law, chunk: chunk) }

    static func solve(_ scenario: Scenario, uplifts: [Uplift] = []) throws -> PlanningOutcome {
        try Planner(options: options).plan(ScoredScenario(scenario, uplifts: uplifts), scenarioSHA256: "generated")
    }

    /// How far a plan proven to the gap may be below the optimum: `gap × max(1, |bound|)`.
    static func slack(_ plan: Plan) -> Double {
        options.gap * max(1, abs(plan.objective.bound)) + 1e-9
    }

    /// `x` and `y` have the same optimum `k × opt(x) = opt(y)`: always each value is at most the
    /// other's bound; when both are proven to the gap, their values agree within the slacks.
    static func sameOptimum(_ x: Plan, times k: Double, _ y: Plan, seed: UInt64) -> Bool {
        let tolerance = 1e-9 * max(1, abs(k * x.objective.bound), abs(y.objective.bound))
        #expect(k * x.objective.value <= y.objective.bound + tolerance, "seed \(seed)")
        #expect(y.objective.value <= k * x.objective.bound + tolerance, "seed \(seed)")
        guard x.status == .optimal, y.status == .optimal else { return false }
        let agree = abs(y.objective.value - k * x.objective.value) <= k * slack(x) + slack(y)
        #expect(agree, "seed \(seed): \(k) × \(x.objective.value) = \(k * x.objective.value), got \(y.objective.value)")
        return true
    }

    @Test(arguments: 0..<chunks)
    func everyPlanPassesTheVerifier(chunk: Int) throws {
        for seed in Self.seeds(law: 1, chunk: chunk) {
            var generator = ScenarioGenerator(seed: seed)
            let scenario = generator.scenario()
            let plan = try #require(try Self.solve(scenario).plan, "seed \(seed)")
            let violations = PlanVerifier.verify(plan, against: try ScoredScenario(scenario))
            #expect(violations.isEmpty, "seed \(seed): \(violations)")
        }
    }

    /// One relaxation of model@1, chosen by the seed: more officers, an extra approved CIA, a
    /// looser CIA cap, looser armed shares, a larger maxOfficers, a smaller minOfficers.
    static func relax(_ scenario: Scenario, _ generator: inout ScenarioGenerator) -> (Scenario, [Uplift], String) {
        var s = scenario
        switch generator.int(0...5) {
        case 0:
            let uplift = Uplift(force: generator.pick(s.forces).id, officers: generator.int(5...100))
            return (s, [uplift], "uplift \(uplift)")
        case 1:
            let area = generator.pick(s.areas).id
            s.impactAssessments.append(ImpactAssessment(id: "CIA-extra", area: area, status: .approved, consulted: ["BCU"]))
            return (s, [], "an extra approved CIA on \(area)")
        case 2:
            guard let i = s.impactAssessments.firstIndex(where: { $0.maxArmed != nil }) else { fallthrough }
            s.impactAssessments[i].maxArmed = generator.chance(0.5) ? nil : (s.impactAssessments[i].maxArmed ?? 0) + 2
            return (s, [], "a looser cap on \(s.impactAssessments[i].id)")
        case 3:
            s.policy.armedMaxShare = min(1, s.policy.armedMaxShare + generator.double(0.05...0.5))
            s.policy.armedMaxShareOverall = min(1, s.policy.armedMaxShareOverall + generator.double(0.05...0.5))
            return (s, [], "looser armed shares")
        case 4:
            guard let a = s.areas.firstIndex(where: { $0.maxOfficers.defaultValue != nil }) else { fallthrough }
            let extra = generator.int(1...5)
            s.areas[a].maxOfficers = s.areas[a].maxOfficers.map { $0.map { $0 + extra } }
            return (s, [], "a larger maxOfficers in \(s.areas[a].id)")
        default:
            guard let a = s.areas.firstIndex(where: { $0.minOfficers.defaultValue > 0 }) else {
                s.policy.armedMaxConsecutivePeriods = s.policy.armedMaxConsecutivePeriods.map { $0 + 1 }
                return (s, [], "a longer armed run")
            }
            s.areas[a].minOfficers = s.areas[a].minOfficers.map { max(0, $0 - 1) }
            return (s, [], "a smaller minOfficers in \(s.areas[a].id)")
        }
    }

    @Test(arguments: 0..<chunks)
    func relaxingAnythingNeverLowersTheOptimum(chunk: Int) throws {
        let seeds = Self.seeds(law: 2, chunk: chunk)
        var proven = 0
        for seed in seeds {
            var generator = ScenarioGenerator(seed: seed)
            let scenario = generator.scenario()
            let (relaxed, uplifts, what) = Self.relax(scenario, &generator)
            let base = try #require(try Self.solve(scenario).plan, "seed \(seed)")
            let more = try #require(try Self.solve(relaxed, uplifts: uplifts).plan, "seed \(seed): \(what)")
            // base.value ≤ opt(base) ≤ opt(relaxed) ≤ more.bound, and ≤ more.value + slack when proven.
            #expect(more.objective.bound >= base.objective.value - 1e-9 * max(1, abs(base.objective.value)),
                    "seed \(seed): \(what)")
            guard more.status == .optimal else { continue }
            proven += 1
            #expect(more.objective.value >= base.objective.value - Self.slack(more),
                    "seed \(seed): \(what) lowered \(base.objective.value) to \(more.objective.value)")
        }
        #expect(Double(proven) >= Self.minimumProvenShare * Double(seeds.count))
    }

    @Test(arguments: 0..<chunks)
    func scalingSeverityAndImpactWeightScalesTheValue(chunk: Int) throws {
        let seeds = Self.seeds(law: 3, chunk: chunk)
        var proven = 0
        for seed in seeds {
            var generator = ScenarioGenerator(seed: seed)
            let scenario = generator.scenario()
            let k = generator.pick([0.5, 2, 3.7, 10])
            var scaled = scenario
            for category in Category.allCases {
                scaled.scoring.severity[category] = (scenario.scoring.severity[category] ?? 0) * k
            }
            scaled.policy.communityImpactWeight *= k
            let base = try #require(try Self.solve(scenario).plan, "seed \(seed)")
            let big = try #require(try Self.solve(scaled).plan, "seed \(seed)")
            if Self.sameOptimum(base, times: k, big, seed: seed) { proven += 1 }
        }
        #expect(Double(proven) >= Self.minimumProvenShare * Double(seeds.count))
    }

    @Test(arguments: 0..<chunks)
    func reorderingAreasAndIntelligenceKeepsTheValue(chunk: Int) throws {
        let seeds = Self.seeds(law: 4, chunk: chunk)
        var proven = 0
        for seed in seeds {
            var generator = ScenarioGenerator(seed: seed)
            let scenario = generator.scenario()
            var shuffled = scenario
            shuffled.areas.shuffle(using: &generator.rng)
            if shuffled.areas == scenario.areas { shuffled.areas.reverse() }
            shuffled.intelligence.shuffle(using: &generator.rng)
            let base = try #require(try Self.solve(scenario).plan, "seed \(seed)")
            let other = try #require(try Self.solve(shuffled).plan, "seed \(seed)")
            if Self.sameOptimum(base, times: 1, other, seed: seed) { proven += 1 }
        }
        #expect(Double(proven) >= Self.minimumProvenShare * Double(seeds.count))
    }

    @Test(arguments: 0..<chunks)
    func sameInputSamePlan(chunk: Int) async throws {
        for seed in Self.seeds(law: 5, chunk: chunk) {
            var generator = ScenarioGenerator(seed: seed)
            let scenario = generator.scenario()
            var first = try #require(try Self.solve(scenario).plan, "seed \(seed)")
            // The second solve runs on another thread while this one solves too.
            let other = Task.detached { try Self.solve(scenario).plan }
            _ = try Self.solve(scenario)
            var second = try #require(try await other.value, "seed \(seed)")
            first.solver.seconds = 0
            second.solver.seconds = 0
            #expect(first == second, "seed \(seed)")
            #expect(try PlanJSON.encode(first) == PlanJSON.encode(second), "seed \(seed)")
        }
    }

    /// model.md §4.12: committing officers where the optimum already has them keeps the optimum
    /// (its plan still satisfies every rule); adding any commitment never raises it.
    @Test(arguments: 0..<chunks)
    func commitmentsNeverRaiseTheOptimumAndCommittingTheOptimumKeepsIt(chunk: Int) throws {
        let seeds = Self.seeds(law: 6, chunk: chunk)
        var proven = 0
        for seed in seeds {
            var generator = ScenarioGenerator(seed: seed)
            let scenario = generator.scenario()
            let base = try #require(try Self.solve(scenario).plan, "seed \(seed)")
            // What the optimum does, committed: up to three of its allocations, force by force.
            var committed = scenario
            committed.format = .v2
            for allocation in base.allocations.filter({ _ in generator.chance(0.5) }).prefix(3) {
                for (force, officers) in allocation.officers.sorted(by: { $0.key < $1.key }) where officers > 0 {
                    committed.commitments.append(Commitment(
                        id: "C\(committed.commitments.count)", area: allocation.area, force: force, officers: officers,
                        periods: [allocation.period]))
                }
            }
            let same = try #require(try Self.solve(committed).plan, "seed \(seed): \(committed.commitments)")
            #expect(PlanVerifier.verify(same, against: try ScoredScenario(committed)).isEmpty, "seed \(seed)")
            if Self.sameOptimum(base, times: 1, same, seed: seed) { proven += 1 }

            // Any commitment of one unit of an unarmed force: infeasible, or no better.
            var extra = scenario
            extra.format = .v2
            let unarmed = scenario.forces.filter { !$0.armed }
            let force = generator.pick(unarmed)
            extra.commitments = [Commitment(
                id: "extra", area: generator.pick(scenario.areas).id, force: force.id, officers: force.unit,
                periods: [generator.pick(scenario.periods).id])]
            let outcome = try Self.solve(extra)
            if let more = outcome.plan {
                #expect(more.objective.value <= base.objective.bound + 1e-9 * max(1, abs(base.objective.bound)),
                        "seed \(seed): a commitment raised \(base.objective.bound) to \(more.objective.value)")
                #expect(PlanVerifier.verify(more, against: try ScoredScenario(extra)).isEmpty, "seed \(seed)")
            } else {
                #expect(outcome.status == .infeasible, "seed \(seed): \(outcome.status)")
            }
        }
        #expect(Double(proven) >= Self.minimumProvenShare * Double(seeds.count))
    }

    @Test func generatorIsDeterministic() {
        var a = ScenarioGenerator(seed: 42)
        var b = ScenarioGenerator(seed: 42)
        #expect(a.scenario() == b.scenario())
    }
}
