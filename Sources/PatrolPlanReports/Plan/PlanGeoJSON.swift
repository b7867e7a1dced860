public import Foundation
public import PatrolPlanResults
public import PatrolPlanScenario

/// The plan for QGIS or a web map: RFC 7946 GeoJSON with one feature per area — its
/// `boundary` (Polygon or MultiPolygon) when the scenario has one, else a Point at its
/// `location`, else a null geometry — and flat properties a GIS can style (no nested
/// objects): officer-hours per force (`officerHours_<force>`), armed officer-hours, periods
/// armed, risk reduced and risk-hours per category (`riskHours_<category>`), summed over the
/// horizon. With `perPeriod`, one more feature per area and period (`kind` "period") with that
/// period's officers per force (`officers_<force>`), armed officers, risk per hour and risk
/// reduced. Areas without a location are named in ``Result/unlocated`` so the caller can warn.
public enum PlanGeoJSON {
    public struct Result: Sendable {
        public var data: Data
        /// Ids of areas with neither a boundary nor a location (null geometry).
        public var unlocated: [String]
    }

    public static func render(_ plan: Plan, scenario: Scenario, perPeriod: Bool = false) throws -> Result {
        let hours = scenario.hoursByPeriod
        let armed = scenario.armedForceIDs
        var byArea: [String: [Plan.Allocation]] = [:]
        for allocation in plan.allocations {
            byArea[allocation.area, default: []].append(allocation)
        }
        var features: [String] = []
        var unlocated: [String] = []
        for area in scenario.areas {
            let geometry: String
            if let boundary = area.boundary {
                geometry = Self.geometry(boundary)
            } else if let location = area.location {
                geometry = "{\"type\": \"Point\", \"coordinates\": [\(number(location.lon)), \(number(location.lat))]}"
            } else {
                geometry = "null"
                unlocated.append(area.id)
            }
            var officerHours = Dictionary(uniqueKeysWithValues: scenario.forces.map { ($0.id, 0.0) })
            var riskHours = Dictionary(uniqueKeysWithValues: Category.allCases.map { ($0.rawValue, 0.0) })
            var armedHours = 0.0
            var armedPeriods = 0
            var reduced = 0.0
            let allocations = byArea[area.id] ?? []
            for allocation in allocations {
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
            var properties: [(String, String)] = [("kind", string("area"))] + identity(area)
            for force in scenario.forces { properties.append(("officerHours_\(force.id)", number(officerHours[force.id] ?? 0))) }
            properties.append(("armedOfficerHours", number(armedHours)))
            properties.append(("armedPeriods", String(armedPeriods)))
            properties.append(("riskReduced", number(Rounding.figure(reduced))))
            for category in Category.allCases {
                properties.append(("riskHours_\(category.rawValue)", number(Rounding.figure(riskHours[category.rawValue] ?? 0))))
            }
            features.append(feature(id: area.id, geometry: geometry, properties: properties))
            guard perPeriod else { continue }
            let byPeriod = Dictionary(allocations.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
            for period in scenario.periods {
                let allocation = byPeriod[period.id]
                var p: [(String, String)] = [("kind", string("period"))] + identity(area)
                p.append(("period", string(period.id)))
                p.append(("periodLabel", period.label.map(string) ?? "null"))
                p.append(("periodStart", period.start.map { string($0.text) } ?? "null"))
                p.append(("hours", number(period.hours)))
                for force in scenario.forces { p.append(("officers_\(force.id)", String(allocation?.officers[force.id] ?? 0))) }
                p.append(("armedOfficers", String(allocation?.armedOfficers(armed) ?? 0)))
                p.append(("riskReduced", number(Rounding.figure(allocation?.riskReduced ?? 0))))
                for category in Category.allCases {
                    p.append(("risk_\(category.rawValue)", number(Rounding.figure(allocation?.risk[category.rawValue] ?? 0))))
                }
                features.append(feature(id: "\(area.id)@\(period.id)", geometry: geometry, properties: p))
            }
        }
        let text = "{\"type\": \"FeatureCollection\", \"features\": [\n" + features.joined(separator: ",\n") + "\n]}\n"
        return Result(data: Data(text.utf8), unlocated: unlocated)
    }

    static func identity(_ area: Area) -> [(String, String)] {
        [
            ("area", string(area.id)), ("name", area.name.map(string) ?? "null"), ("borough", area.borough.map(string) ?? "null"),
            ("venue", string(area.venue.rawValue)),
        ]
    }

    static func feature(id: String, geometry: String, properties: [(String, String)]) -> String {
        "{\"type\": \"Feature\", \"id\": \(string(id)), \"geometry\": \(geometry), \"properties\": {"
            + properties.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}}"
    }

    static func geometry(_ boundary: AreaBoundary) -> String {
        func ring(_ r: [Location]) -> String { "[" + r.map { "[\(number($0.lon)), \(number($0.lat))]" }.joined(separator: ", ") + "]" }
        func polygon(_ p: [[Location]]) -> String { "[" + p.map(ring).joined(separator: ", ") + "]" }
        switch boundary.kind {
        case .polygon:
            return "{\"type\": \"Polygon\", \"coordinates\": \(polygon(boundary.polygons.first ?? []))}"
        case .multiPolygon:
            return "{\"type\": \"MultiPolygon\", \"coordinates\": [" + boundary.polygons.map(polygon).joined(separator: ", ") + "]}"
        }
    }

    /// A JSON string (RFC 8259 escapes).
    static func string(_ s: String) -> String {
        let data = (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Shortest round-trip form; whole numbers without a fraction; non-finite as null.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 0x1p53 { return String(Int(x)) }
        return x.description
    }
}
