import PatrolPlan
import PatrolPlanTestSupport
import Testing
@testable import PatrolPlanModel

/// The MILP of model.md §3–4 as built, before any solver sees it: its columns and their maps.
@Suite("Model builder: columns and maps")
struct ModelBuilderTests {
    static func model(periods: Int = 2) throws -> (PatrolModel, ScoredScenario) {
        let scenario = Fixtures.scenario(
            periods: periods, areas: [Fixtures.area("a", gang: 0.5), Fixtures.area("b", gang: 0.2, max: 3)],
            intelligence: [Fixtures.intel("a", 0.9)], forces: [Fixtures.unarmed(4), Fixtures.armed(4)],
            assessments: [Fixtures.cia("a")], policy: Fixtures.openPolicy())
        let scored = try ScoredScenario(scenario)
        return (ModelBuilder.build(scored), scored)
    }

    @Test("§3 the objective is maximised")
    func maximises() throws {
        let (model, _) = try Self.model()
        #expect(model.milp.maximize)
    }

    @Test("§4.2 one integer unit column per area, period and force that may be there")
    func unitColumns() throws {
        let (model, scored) = try Self.model()
        #expect(model.unitColumn.count == scored.areaCount * scored.periodCount * model.forceCount)
        for p in 0..<(scored.areaCount * scored.periodCount) {
            let column = try #require(model.unitColumn(p, force: 0))
            #expect(model.milp.columns[column].kind == .integer)
        }
    }

    @Test("§4.5 no armed column where armed presence is not eligible")
    func armedEligibility() throws {
        let (model, scored) = try Self.model()
        // Area b has no approved assessment: the armed force (index 1) has no column there.
        for t in 0..<scored.periodCount {
            let p = scored.index(area: 1, period: t)
            #expect(model.unitColumn(p, force: 1) == nil)
        }
    }

    @Test("§4.1 one pool row per force and period")
    func poolRows() throws {
        let (model, scored) = try Self.model(periods: 3)
        #expect(model.poolRow.count == scored.periodCount * model.forceCount)
    }
}
