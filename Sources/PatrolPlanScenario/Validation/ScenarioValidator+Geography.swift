internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let geometryFields = ["type", "coordinates", "bbox"]

    /// `areas[].boundary` (scenario@2): a GeoJSON `Polygon` or `MultiPolygon` (RFC 7946):
    /// positions `[lon, lat]` (an altitude may follow and is ignored) within range, rings of at
    /// least four positions, closed (first equals last). Reports the first problem of each ring.
    mutating func readBoundary(_ value: JSONValue, at path: JSONPath) -> AreaBoundary? {
        guard let object = ObjectReader(value, at: path, fields: Self.geometryFields, context: &context),
            let typeValue = object.required("type", context: &context),
            let coordinates = object.required("coordinates", context: &context)
        else { return nil }
        guard let type = context.string(typeValue, at: object.path("type")) else { return nil }
        guard let kind = AreaBoundary.Kind(rawValue: type) else {
            context.error(
                "geometry type must be 'Polygon' or 'MultiPolygon', found '\(type)'", at: object.path("type"),
                typeValue.position)
            return nil
        }
        let coordinatesPath = object.path("coordinates")
        switch kind {
        case .polygon:
            guard let polygon = readPolygon(coordinates, at: coordinatesPath) else { return nil }
            return AreaBoundary(kind: kind, polygons: [polygon])
        case .multiPolygon:
            guard let elements = context.array(coordinates, at: coordinatesPath) else { return nil }
            if elements.isEmpty {
                context.error("a MultiPolygon needs at least one polygon", at: coordinatesPath, coordinates.position)
            }
            var polygons: [[[Location]]] = []
            for (index, element) in elements.enumerated() {
                if let polygon = readPolygon(element, at: coordinatesPath.appending(index)) { polygons.append(polygon) }
            }
            return polygons.count == elements.count ? AreaBoundary(kind: kind, polygons: polygons) : nil
        }
    }

    private mutating func readPolygon(_ value: JSONValue, at path: JSONPath) -> [[Location]]? {
        guard let rings = context.array(value, at: path) else { return nil }
        if rings.isEmpty {
            context.error("a polygon needs at least one ring (its exterior)", at: path, value.position)
            return nil
        }
        var result: [[Location]] = []
        for (index, ring) in rings.enumerated() {
            if let positions = readRing(ring, at: path.appending(index)) { result.append(positions) }
        }
        return result.count == rings.count ? result : nil
    }

    private mutating func readRing(_ value: JSONValue, at path: JSONPath) -> [Location]? {
        guard let elements = context.array(value, at: path) else { return nil }
        var ring: [Location] = []
        ring.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard let position = readPosition(element, at: path.appending(index)) else { return nil }
            ring.append(position)
        }
        guard ring.count >= 4 else {
            context.error(
                "a linear ring needs at least 4 positions (a closed triangle), found \(ring.count)", at: path,
                value.position)
            return nil
        }
        guard ring.first == ring.last else {
            context.error(
                "ring is not closed: its first position [\(Self.text(ring[0]))] and last "
                    + "[\(Self.text(ring[ring.count - 1]))] must be equal",
                at: path, value.position)
            return nil
        }
        return ring
    }

    private mutating func readPosition(_ value: JSONValue, at path: JSONPath) -> Location? {
        guard let numbers = context.array(value, at: path) else { return nil }
        guard (2...3).contains(numbers.count) else {
            context.error(
                "a position is [longitude, latitude] (an altitude may follow), found \(numbers.count) numbers",
                at: path, value.position)
            return nil
        }
        guard let lon = context.number(numbers[0], at: path.appending(0), .between(-180, 180)),
            let lat = context.number(numbers[1], at: path.appending(1), .between(-90, 90))
        else { return nil }
        if numbers.count == 3, context.number(numbers[2], at: path.appending(2), .atLeast(-.greatestFiniteMagnitude)) == nil {
            return nil
        }
        return Location(lat: lat, lon: lon)
    }

    private static func text(_ location: Location) -> String {
        "\(NumberRange.text(location.lon)), \(NumberRange.text(location.lat))"
    }
}
