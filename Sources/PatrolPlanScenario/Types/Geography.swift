/// An area's outline (scenario@2 `areas[].boundary`): a GeoJSON `Polygon` or `MultiPolygon`
/// geometry (RFC 7946: positions are lon, lat in WGS 84; rings closed). Used by maps and
/// GeoJSON output, never by the maths (model.md).
public struct AreaBoundary: Sendable, Equatable {
    /// The GeoJSON geometry type.
    public enum Kind: String, Sendable {
        case polygon = "Polygon"
        case multiPolygon = "MultiPolygon"
    }

    public var kind: Kind
    /// Polygons, each a list of linear rings (the exterior first, then holes); each ring's
    /// first and last positions are equal. A `Polygon` has exactly one.
    public var polygons: [[[Location]]]

    public init(kind: Kind, polygons: [[[Location]]]) {
        self.kind = kind
        self.polygons = polygons
    }

    /// The bounding box: (min lat, min lon, max lat, max lon); `nil` when there are no positions.
    public var boundingBox: (minLat: Double, minLon: Double, maxLat: Double, maxLon: Double)? {
        let positions = polygons.lazy.flatMap { $0 }.flatMap { $0 }
        guard let first = positions.first else { return nil }
        return positions.reduce((first.lat, first.lon, first.lat, first.lon)) {
            (min($0.0, $1.lat), min($0.1, $1.lon), max($0.2, $1.lat), max($0.3, $1.lon))
        }
    }
}

/// Where a scenario's data came from (scenario@2 `sources[]`): descriptive only, printed on
/// reports as attribution.
public struct DataSource: Sendable, Equatable {
    public var name: String
    public var licence: String?
    public var attribution: String?
    public var path: String?
    public var url: String?
    public var note: String?

    public init(
        name: String, licence: String? = nil, attribution: String? = nil, path: String? = nil,
        url: String? = nil, note: String? = nil
    ) {
        self.name = name
        self.licence = licence
        self.attribution = attribution
        self.path = path
        self.url = url
        self.note = note
    }
}

/// Officers of one force that must be in an area in given periods (model.md §4.12): a
/// planner's decision, such as a PSU at the away end at kick-off.
public struct Commitment: Sendable, Equatable {
    public var id: String
    public var area: String
    public var force: String
    /// Officers, ≥ 1 and a multiple of the force's unit.
    public var officers: Int
    /// The periods it holds for; `nil` means all.
    public var periods: [String]?
    public var note: String?

    public init(id: String, area: String, force: String, officers: Int, periods: [String]? = nil, note: String? = nil) {
        self.id = id
        self.area = area
        self.force = force
        self.officers = officers
        self.periods = periods
        self.note = note
    }

    /// Whether it holds in the period with this id.
    public func applies(to periodID: String) -> Bool {
        periods.map { $0.contains(periodID) } ?? true
    }
}
