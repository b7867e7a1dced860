import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanReports

/// The GeoJSON report: every area (polygon, point or null geometry), flat properties, and
/// per-period features on request (issue 16).
@Suite struct ReportGeoJSONTests {
    @Test func geojsonIsAFeatureCollectionOfPointsLongitudeFirst() throws {
        var (plan, scenario) = try ReportFileTests.plan("haringey-weekend")
        let hidden = scenario.areas[1].id
        scenario.areas[1].location = nil
        let result = try PlanGeoJSON.render(plan, scenario: scenario)
        #expect(result.unlocated == [hidden])
        let object = try #require(try JSONSerialization.jsonObject(with: result.data) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let features = try #require(object["features"] as? [[String: Any]])
        // Every area, the one without a location with a null geometry.
        #expect(features.count == scenario.areas.count)
        for feature in features {
            #expect(feature["type"] as? String == "Feature")
            let properties = try #require(feature["properties"] as? [String: Any])
            // Flat properties a GIS can style: no nested objects or arrays.
            #expect(properties.values.allSatisfy { !($0 is [String: Any]) && !($0 is [Any]) })
            #expect(properties["officerHours_afo"] != nil)
            if feature["id"] as? String == hidden {
                #expect(feature["geometry"] is NSNull)
                continue
            }
            let geometry = try #require(feature["geometry"] as? [String: Any])
            #expect(geometry["type"] as? String == "Point")
            let coordinates = try #require(geometry["coordinates"] as? [Double])
            #expect(coordinates.count == 2)
            #expect((-180...180).contains(coordinates[0]) && (-90...90).contains(coordinates[1]))
        }
        // London: longitude near 0, latitude near 51.5 — longitude comes first.
        let first = try #require((features.first?["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(abs(first[0]) < 1 && first[1] > 50)
        _ = plan
    }

    @Test func geojsonWritesPolygonsAndPerPeriodFeatures() throws {
        let file = try ScenarioFile(data: Data(contentsOf: BundledScenarios.folder.appendingPathComponent("city-of-london-week.json")))
        let scenario = file.scenario
        // No allocations: every area and area-period still has a feature.
        var (plan, _) = try ReportFileTests.plan("haringey-weekend")
        plan.allocations = []
        let result = try PlanGeoJSON.render(plan, scenario: scenario, perPeriod: true)
        let object = try #require(try JSONSerialization.jsonObject(with: result.data) as? [String: Any])
        let features = try #require(object["features"] as? [[String: Any]])
        #expect(features.count == 25 * (1 + 42))
        let areas = features.filter { ($0["properties"] as? [String: Any])?["kind"] as? String == "area" }
        #expect(areas.count == 25)
        #expect(areas.allSatisfy { ($0["geometry"] as? [String: Any])?["type"] as? String == "Polygon" })
        let period = try #require(features.first { ($0["properties"] as? [String: Any])?["kind"] as? String == "period" })
        let properties = try #require(period["properties"] as? [String: Any])
        #expect(properties["periodStart"] as? String == "2025-06-02T00:00:00+01:00")
        #expect(properties["officers_afo"] as? Int == 0)
    }
}
