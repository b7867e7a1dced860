public import Foundation
public import PatrolPlanResults
public import PatrolPlanScenario

/// The plan for QGIS or a web map: RFC 7946 GeoJSON, each area with a `location` a Point
/// feature with its allocation and risk summed over the horizon. Areas without a location are
/// returned in ``Result/unlocated`` so the caller can warn about them.
public enum PlanGeoJSON {
    public struct Result: Sendable {
        public var data: Data
        /// Ids of areas left off the map because they have no location.
        public var unlocated: [String]
    }

    struct FeatureCollection: Encodable {
        var type = "FeatureCollection"
        var features: [Feature]
    }

    struct Feature: Encodable {
        var type = "Feature"
        var id: String
        var geometry: Point
        var properties: Properties
    }

    struct Point: Encodable {
        var type = "Point"
        /// Longitude first (RFC 7946 §3.1.1).
        var coordinates: [Double]
    }

    struct Properties: Encodable {
        var area: String
        var name: String?
        var borough: String?
        var venue: String
        /// Officer-hours by force over the horizon.
        var officerHours: [String: Double]
        var armedOfficerHours: Double
        var armedPeriods: Int
        var riskReduced: Double
        /// Σ hours × R over the horizon, by category.
        var riskHours: [String: Double]
    }

    public static func render(_ plan: Plan, scenario: Scenario) throws -> Result {
        let hours = scenario.hoursByPeriod
        let armed = scenario.armedForceIDs
        var byArea: [String: [Plan.Allocation]] = [:]
        for allocation in plan.allocations {
            byArea[allocation.area, default: []].append(allocation)
        }
        var features: [Feature] = []
        var unlocated: [String] = []
        for area in scenario.areas {
            guard let location = area.location else {
                unlocated.append(area.id)
                continue
            }
            var officerHours = Dictionary(uniqueKeysWithValues: scenario.forces.map { ($0.id, 0.0) })
            var riskHours = Dictionary(uniqueKeysWithValues: Category.allCases.map { ($0.rawValue, 0.0) })
            var armedHours = 0.0
            var armedPeriods = 0
            var reduced = 0.0
            for allocation in byArea[area.id] ?? [] {
                let h = hours[allocation.period] ?? 0
                for (force, n) in allocation.officers {
                    officerHours[force, default: 0] += Double(n) * h
                }
                let armedHere = allocation.armedOfficers(armed)
                for (category, r) in allocation.risk {
                    riskHours[category, default: 0] += r * h
                }
                armedHours += Double(armedHere) * h
                if armedHere > 0 { armedPeriods += 1 }
                reduced += allocation.riskReduced
            }
            features.append(Feature(
                id: area.id, geometry: Point(coordinates: [location.lon, location.lat]),
                properties: Properties(
                    area: area.id, name: area.name, borough: area.borough, venue: area.venue.rawValue,
                    officerHours: officerHours, armedOfficerHours: armedHours, armedPeriods: armedPeriods,
                    riskReduced: Rounding.figure(reduced), riskHours: riskHours.mapValues(Rounding.figure))))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(FeatureCollection(features: features))
        data.append(0x0A)
        return Result(data: data, unlocated: unlocated)
    }
}
