import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanSynthetic

/// `patrolplan generate`'s library side: deterministic, valid, feasible, London-like.
@Suite struct SyntheticScenarioTests {
    static func bytes(_ areas: Int, _ periods: Int, seed: UInt64) throws -> Data {
        try ScenarioJSON.encode(try SyntheticScenario(areas: areas, periods: periods, seed: seed).generate())
    }

    @Test func sameSeedSameBytes() throws {
        #expect(try Self.bytes(60, 42, seed: 7) == Self.bytes(60, 42, seed: 7))
    }

    @Test func differentSeedsDiffer() throws {
        #expect(try Self.bytes(60, 42, seed: 7) != Self.bytes(60, 42, seed: 8))
    }

    /// The seed-1 scenario's digest: a change to the generator shows here and must be deliberate
    /// (benchmarks and docs quote numbers measured on these scenarios).
    @Test func seedOneIsStable() throws {
        let scenario = try SyntheticScenario(areas: 100, periods: 42, seed: 1).generate()
        #expect(scenario.areas.count == 100)
        #expect(scenario.intelligence.count == 200)
        #expect(scenario.areas.first?.id == "westminster-01")
    }

    @Test(arguments: [(1, 1), (12, 6), (100, 42), (629, 42), (40, 100)])
    func validatorAcceptsItsOwnOutput(areas: Int, periods: Int) throws {
        let scenario = try SyntheticScenario(areas: areas, periods: periods, seed: 3).generate()
        let decoded = try ScenarioDecoder().decode(try ScenarioJSON.encode(scenario))
        #expect(decoded.scenario == scenario)
        #expect(decoded.warnings.isEmpty, "\(decoded.warnings)")
        #expect(scenario.areas.count == areas)
        #expect(scenario.periods.count == periods)
    }

    /// The default variant changes nothing; others give what they say and stay valid.
    @Test func variantsOfForcesUnitsCapacityAndHours() throws {
        let request = SyntheticScenario(areas: 30, periods: 12, seed: 4)
        #expect(try request.generate(SyntheticVariant()) == request.generate())
        for forces in SyntheticVariant.forceRange {
            let variant = SyntheticVariant(forces: forces, units: [2, 1, 3, 7], uncappedShare: 0.3, unevenHours: true)
            let scenario = try request.generate(variant)
            #expect(scenario.forces.count == forces)
            #expect(scenario.forces.contains { !$0.armed })
            #expect(scenario.forces.enumerated().allSatisfy { $1.unit == [2, 1, 3, 7][$0 % 4] })
            #expect(scenario.areas.contains { $0.maxOfficers == nil })
            #expect(abs(scenario.periods.reduce(0) { $0 + $1.hours } - 48) < 1e-9)
            let decoded = try ScenarioDecoder().decode(try ScenarioJSON.encode(scenario))
            #expect(decoded.scenario == scenario)
        }
        #expect(!SyntheticVariant(forces: 13).problems.isEmpty)
        #expect(!SyntheticVariant(units: [5]).problems.isEmpty)
        #expect(!SyntheticVariant(uncappedShare: 2).problems.isEmpty)
    }

    @Test func aWeekOfFourHourPeriods() throws {
        let periods = try SyntheticScenario(areas: 1, periods: 44, seed: 1).generate().periods
        #expect(periods.first?.id == "mon-00")
        #expect(periods.first?.label == "Mon 00:00-04:00")
        #expect(periods[41].id == "sun-20")
        #expect(periods[41].label == "Sun 20:00-00:00")
        #expect(periods[42].id == "w2-mon-00")
        #expect(periods.allSatisfy { $0.hours == 4 })
    }

    @Test func londonLike() throws {
        let scenario = try SyntheticScenario(areas: 629, periods: 42, seed: 1).generate()
        let boroughs = Set(scenario.areas.compactMap(\.borough))
        #expect(boroughs.count == 33)
        let residential = scenario.areas.filter { $0.venue == .residential }.count
        #expect(residential * 2 > scenario.areas.count)
        for venue in [Venue.retail, .nightTimeEconomy, .transportHub, .crowdedPlace, .iconicSite] {
            #expect(scenario.areas.contains { $0.venue == venue }, "\(venue)")
        }
        let confidential = scenario.intelligence.filter { $0.handling == .confidential }.count
        #expect(confidential > 0 && confidential < scenario.intelligence.count)
        let approved = scenario.impactAssessments.filter { $0.status == .approved }
        #expect(!approved.isEmpty && approved.count * 5 < scenario.areas.count)
        #expect(Set(scenario.forces.map(\.id)) == ["afo", "response", "neighbourhood", "servator"])
        #expect(scenario.forces.first { $0.id == "afo" }.map { $0.armed && $0.unit == 2 } == true)
        // Busier at a transport hub at 08:00 on Monday than at 04:00.
        let hub = try #require(scenario.areas.first { $0.venue == .transportHub })
        #expect(hub.footfall.value(for: "mon-08") > hub.footfall.value(for: "mon-04"))
    }

    @Test func armedPresenceIsEligibleSomewhereButNotEverywhere() throws {
        let scored = try ScoredScenario(try SyntheticScenario(areas: 100, periods: 42, seed: 1).generate())
        let eligible = scored.armedBasis.filter { $0 != nil }.count
        #expect(eligible > 0)
        #expect(eligible * 10 < scored.armedBasis.count)
    }

    @Test func smallOneSolves() throws {
        let scenario = try SyntheticScenario(areas: 12, periods: 6, seed: 5).generate()
        let outcome = try Fixtures.solve(scenario)
        #expect(outcome.status == .optimal)
        let plan = try #require(outcome.plan)
        #expect(PlanVerifier.verify(plan, against: try ScoredScenario(scenario)).isEmpty)
    }

    @Test func sizeOutOfRangeIsNamed() {
        #expect(SyntheticScenario(areas: 0, periods: 42).problems.first?.hasPrefix("areas") == true)
        #expect(SyntheticScenario(areas: 10, periods: 1_001).problems.first?.hasPrefix("periods") == true)
        #expect(SyntheticScenario(areas: 10_000, periods: 100).problems.count == 1)
        #expect(SyntheticScenario(areas: 10, periods: 42, periodHours: 5).problems.count == 1)
        #expect(throws: SyntheticScenarioError.self) { try SyntheticScenario(areas: 0).generate() }
    }

    /// The encoder writes back every scenario the property tests generate.
    @Test func encoderRoundTripsGeneratedScenarios() throws {
        for seed in UInt64(0)..<200 {
            var generator = ScenarioGenerator(seed: seed)
            let scenario = generator.scenario()
            let decoded = try ScenarioDecoder().decode(try ScenarioJSON.encode(scenario)).scenario
            #expect(decoded == scenario, "seed \(seed)")
        }
    }

    @Test func encoderRoundTripsBundledScenarios() throws {
        for name in BundledScenarios.names {
            let data = try Data(contentsOf: BundledScenarios.folder.appendingPathComponent("\(name).json"))
            let scenario = try ScenarioDecoder().decode(data).scenario
            #expect(try ScenarioDecoder().decode(try ScenarioJSON.encode(scenario)).scenario == scenario, "\(name)")
        }
    }

    @Test func splitMixDoublesAreInTheUnitInterval() {
        var rng = SplitMix64(seed: 99)
        for _ in 0..<1_000 {
            let x = rng.nextDouble()
            #expect(x >= 0 && x < 1)
        }
    }
}
