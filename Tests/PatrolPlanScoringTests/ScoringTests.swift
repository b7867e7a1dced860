import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanScoring

/// Scoring values computed by hand from model.md §1–2.
@Suite struct ScoringTests {
    @Test func gradingWeightsAndDecay() throws {
        let scoring = ScoringSettings()
        let report = IntelReport(
            id: "r", area: "a", category: .violence, likelihood: 0.8, source: .untested, assessment: .b,
            ageHours: 36)
        #expect(abs(IntelScoring.gradingWeight(report, scoring: scoring) - 0.48) < 1e-12)  // 0.6 × 0.8
        // 0.8 × 0.48 × 0.5^((36 + 36) / 72) = 0.384 × 0.5 = 0.192
        let p = IntelScoring.probability(report, periodStart: 36, scoring: scoring, policy: Policy())
        #expect(abs(p - 0.192) < 1e-12)
    }

    @Test func gradeEIsIgnored() {
        let report = IntelReport(
            id: "r", area: "a", category: .violence, likelihood: 1, source: .reliable, assessment: .e)
        #expect(IntelScoring.probability(report, periodStart: 0, scoring: ScoringSettings(), policy: Policy()) == 0)
    }

    @Test func noisyOrCombinesIndependentSignals() {
        // 1 − (1 − 0.5)(1 − 0.2) = 0.6
        #expect(abs(IntelScoring.noisyOr([0.5, 0.2]) - 0.6) < 1e-12)
        #expect(IntelScoring.noisyOr([]) == 0)
    }

    @Test func riskRatesForEachCategory() throws {
        let periods = [Period(id: "a", hours: 4), Period(id: "b", hours: 4)]
        let area = Area(
            id: "x", venue: .retail, footfall: PerPeriod(default: 5000, values: ["b": 20000]),
            gangActivity: 0.25, disorder: 0.1)
        let intel = [
            IntelReport(id: "1", area: "x", category: .violence, likelihood: 0.5, source: .reliable, assessment: .a),
            IntelReport(id: "2", area: "x", category: .violence, likelihood: 0.5, source: .reliable, assessment: .a,
                        periods: ["b"]),
        ]
        let scenario = Scenario(
            name: "s", threatLevel: .severe, periods: periods, areas: [area], intelligence: intel,
            forces: [Fixtures.unarmed(1)])
        let scored = try ScoredScenario(scenario)
        // Period a (start 0): I_v = 0.5; P_v = 1 − 0.75 × 0.5 = 0.625; R_v = 6.25.
        #expect(abs(scored.intel(area: 0, period: 0, .violence) - 0.5) < 1e-12)
        #expect(abs(scored.risk(area: 0, period: 0, .violence) - 6.25) < 1e-12)
        // Period b (start 4): each report p = 0.5 × 0.5^(4/72); I = 1 − (1 − p)².
        let p = 0.5 * pow(0.5, 4.0 / 72)
        let i = 1 - (1 - p) * (1 - p)
        #expect(abs(scored.intel(area: 0, period: 1, .violence) - i) < 1e-12)
        // Terrorism: 0.30 × 0.7 = 0.21; exposure 5000 / 10000; R_t = 10 × 0.21 × 0.5 = 1.05.
        #expect(abs(scored.risk(area: 0, period: 0, .terrorism) - 1.05) < 1e-12)
        // Disorder in b: 2 × 0.1 × 2 = 0.4.
        #expect(abs(scored.risk(area: 0, period: 1, .disorder) - 0.4) < 1e-12)
        // Presence scale: 2 + 5000 / 5000 = 3, and 2 + 20000 / 5000 = 6.
        #expect(scored.presenceScale == [3, 6])
    }

    @Test func effectCurveIsPiecewiseLinearAndFlatAfterEight() {
        #expect(EffectCurve.share(effectivePresence: 0, scale: 2) == 0)
        // u = 0.5: 1 − 2^−0.5
        #expect(abs(EffectCurve.share(effectivePresence: 1, scale: 2) - (1 - pow(2, -0.5))) < 1e-12)
        // u = 0.75: halfway between g(0.5) and g(1) = 0.5
        let mid = ((1 - pow(2, -0.5)) + 0.5) / 2
        #expect(abs(EffectCurve.share(effectivePresence: 1.5, scale: 2) - mid) < 1e-12)
        // u = 3: halfway between g(2) = 0.75 and g(4) = 0.9375
        #expect(abs(EffectCurve.share(effectivePresence: 6, scale: 2) - 0.84375) < 1e-12)
        #expect(abs(EffectCurve.share(effectivePresence: 100, scale: 2) - (1 - pow(2, -8))) < 1e-12)
    }

    @Test func poolsUseFloorWithTolerance() throws {
        // 300 × 0.15 is 44.999… in floating point and must give 45 (model.md §6).
        let force = Force(id: "afo", armed: true, pool: .headcount(300), onDutyFraction: 0.15)
        let scenario = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.1)], forces: [force])
        #expect(try ScoredScenario(scenario).available == [[45]])
        // An uplift of 600 at 0.2 adds 120 to every period.
        let uplifted = Fixtures.scenario(
            areas: [Fixtures.area("a", gang: 0.1)], forces: [Force(id: "afo", armed: true, pool: .headcount(2800))])
        #expect(try ScoredScenario(uplifted, uplifts: [Uplift(force: "afo", officers: 600)]).available == [[680]])
    }

    @Test func upliftNamingNoForceIsAnError() {
        let scenario = Fixtures.scenario(areas: [Fixtures.area("a", gang: 0.1)], forces: [Fixtures.unarmed(1)])
        #expect(throws: ScoringError.self) {
            try ScoredScenario(scenario, uplifts: [Uplift(force: "afoo", officers: 10)])
        }
    }

    @Test func armedEligibilityNeedsAnApprovedAssessmentAndASupportingPicture() throws {
        let areas = [
            Area(id: "intel", gangActivity: 0.1), Area(id: "weak", gangActivity: 0.1),
            Area(id: "hub", venue: .transportHub), Area(id: "pending", gangActivity: 0.1),
        ]
        let intel = [Fixtures.intel("intel", 0.3), Fixtures.intel("weak", 0.29), Fixtures.intel("pending", 0.9)]
        let assessments = [
            Fixtures.cia("intel", maxArmed: 4), Fixtures.cia("weak"), Fixtures.cia("hub"),
            Fixtures.cia("pending", status: .pending),
        ]
        let severe = Fixtures.scenario(
            areas: areas, intelligence: intel, forces: [Fixtures.armed(4)], assessments: assessments, threat: .severe)
        let scored = try ScoredScenario(severe)
        #expect(scored.armedBasis[0]?.violenceIntel != nil)  // 0.3 meets 0.3 within 1e-9
        #expect(scored.armedBasis[0]?.maxArmed == 4)
        #expect(scored.armedBasis[1] == nil)  // 0.29 is below the threshold
        #expect(scored.armedBasis[2]?.threatRule == true)  // severe, transport hub
        #expect(scored.armedBasis[3] == nil)  // the assessment is only pending
        var substantial = severe
        substantial.threatLevel = .substantial
        #expect(try ScoredScenario(substantial).armedBasis[2] == nil)
    }
}
