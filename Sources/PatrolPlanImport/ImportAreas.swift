internal import _PatrolPlanJSON
import Foundation

/// One area being built: identity, place, and the counts gathered for it.
struct ImportArea {
    var id: String
    var name: String?
    var borough: String?
    var location: GeoPoint?
    var shape: GeoShape?
    var boundary: JSONText?
    /// False for an area the recipe leaves out (exclude, onlyWithCrime), kept only so that a
    /// station nearest to it is not given to its neighbour.
    var included = true
    /// Crimes in the window: gangActivity types, disorder types.
    var gangCrimes = 0.0
    var disorderCrimes = 0.0
    /// Station entries plus exits per day, Monday first, of the stations placed here.
    var stationFlow = [Double](repeating: 0, count: 7)
    var stations: [String] = []
}

extension Importer {
    /// Areas from the recipe's polygons or centroids, in file order (excluded ones marked).
    func loadAreas() throws(ImportError) -> [ImportArea] {
        let spec = recipe.areas
        var areas: [ImportArea] = []
        switch spec.input {
        case .geojson(let path, let idProperty, let nameProperty, let boroughProperty):
            let bytes = try readBytes(path)
            let parsed: JSONParseResult
            do {
                parsed = try JSONParser().parse(bytes)
            } catch {
                throw ImportError(file: path, place: "line \(error.line), column \(error.column)", error.message)
            }
            guard case .object(let root) = parsed.value.kind,
                let featuresValue = root.first(where: { $0.key == "features" })?.value,
                case .array(let features) = featuresValue.kind
            else { throw ImportError(file: path, "is not a GeoJSON FeatureCollection (no 'features' array)") }
            for (i, feature) in features.enumerated() {
                let place = "features[\(i)] (line \(feature.line))"
                guard case .object(let members) = feature.kind,
                    let propsValue = members.first(where: { $0.key == "properties" })?.value,
                    case .object(let props) = propsValue.kind
                else { throw ImportError(file: path, place: place, "a feature without 'properties'") }
                func property(_ key: String) -> String? {
                    guard let v = props.first(where: { $0.key == key })?.value else { return nil }
                    switch v.kind {
                    case .string(let s): return s
                    case .number(let n): return n.int.map(String.init) ?? String(n.double)
                    default: return nil
                    }
                }
                guard let id = property(idProperty), !id.isEmpty else {
                    throw ImportError(
                        file: path, place: place,
                        "no property '\(idProperty)' (areas.idProperty)\(DidYouMean.hint(for: idProperty, among: props.map(\.key)))")
                }
                let excluded = spec.exclude.contains(where: { key, values in property(key).map(values.contains) ?? false })
                guard let geometry = members.first(where: { $0.key == "geometry" })?.value else {
                    throw ImportError(file: path, place: place, "feature '\(id)' has no geometry")
                }
                let shape = try Self.shape(geometry, file: path, place: "\(place).geometry")
                let decimals = spec.coordinateDecimals
                let boundary = Self.boundaryJSON(shape, decimals: decimals)
                let centroid = shape.centroid
                areas.append(
                    ImportArea(
                        id: id, name: nameProperty.flatMap(property), borough: boroughProperty.flatMap(property) ?? spec.borough,
                        location: centroid.map { GeoPoint(lon: roundDecimal($0.lon, 6), lat: roundDecimal($0.lat, 6)) },
                        shape: shape, boundary: boundary, included: !excluded))
            }
        case .csv(let path, let idColumn, let nameColumn, let boroughColumn, let latColumn, let lonColumn):
            let table = try readCSV(path)
            let id = try table.column(idColumn, field: "areas.idColumn")
            let name = try nameColumn.map { c throws(ImportError) in try table.column(c, field: "areas.nameColumn") }
            let borough = try boroughColumn.map { c throws(ImportError) in try table.column(c, field: "areas.boroughColumn") }
            let lat = try table.column(latColumn, field: "areas.latColumn")
            let lon = try table.column(lonColumn, field: "areas.lonColumn")
            var excludes: [(Int, [String])] = []
            for (key, values) in spec.exclude { excludes.append((try table.column(key, field: "areas.exclude"), values)) }
            for r in table.rows.indices {
                let excluded = excludes.contains(where: { c, values in values.contains(table.field(r, c)) })
                let code = table.field(r, id)
                guard !code.isEmpty else { throw ImportError(file: path, place: table.place(r, id), "an empty area id") }
                let y = try table.number(r, lat), x = try table.number(r, lon)
                guard (-90...90).contains(y), (-180...180).contains(x) else {
                    throw ImportError(file: path, place: table.place(r, lat), "(\(y), \(x)) is not a latitude and longitude")
                }
                areas.append(
                    ImportArea(
                        id: code, name: name.map { table.field(r, $0) }, borough: borough.map { table.field(r, $0) } ?? spec.borough,
                        location: GeoPoint(lon: x, lat: y), included: !excluded))
            }
        case .lsoasFromCrime:
            areas = try lsoaAreas()
        }
        var seen: Set<String> = []
        guard areas.contains(where: \.included) else { throw ImportError(file: areaPath, "no areas left after the exclusions") }
        for area in areas where !seen.insert(area.id).inserted {
            throw ImportError(file: areaPath, "area id '\(area.id)' appears twice")
        }
        let idPattern = #/^[A-Za-z0-9_.:-]{1,64}$/#
        for area in areas where (try? idPattern.wholeMatch(in: area.id)) == nil {
            throw ImportError(file: areaPath, "area id '\(area.id)' is not a scenario id ([A-Za-z0-9_.:-], up to 64)")
        }
        return areas
    }

    /// Every LSOA code in the police.uk files, in code order, at the mean of its crimes' points
    /// (every month of the files, not only the window: the place does not depend on the dates).
    func lsoaAreas() throws(ImportError) -> [ImportArea] {
        guard case .policeUK(let paths, _) = recipe.crime?.input else {
            throw ImportError(file: recipeName, place: "areas.fromCrimeLSOAs", "needs crime.policeUK (street-level files)")
        }
        var found: [String: (name: String, lon: Double, lat: Double, n: Int)] = [:]
        for path in paths {
            for file in try csvFiles(path) {
                let table = try readCSV(file)
                let code = try table.column("LSOA code", field: "crime.policeUK")
                let name = try table.column("LSOA name", field: "crime.policeUK")
                let lon = try table.column("Longitude", field: "crime.policeUK")
                let lat = try table.column("Latitude", field: "crime.policeUK")
                for r in table.rows.indices where !table.field(r, code).isEmpty {
                    var entry = found[table.field(r, code)] ?? (table.field(r, name), 0, 0, 0)
                    if !table.field(r, lon).isEmpty, !table.field(r, lat).isEmpty {
                        entry.lon += try table.number(r, lon)
                        entry.lat += try table.number(r, lat)
                        entry.n += 1
                    }
                    found[table.field(r, code)] = entry
                }
            }
        }
        return found.keys.sorted().map { code in
            let e = found[code]!
            return ImportArea(
                id: code, name: e.name, borough: recipe.areas.borough ?? Self.lsoaBorough(e.name),
                location: e.n == 0 ? nil : GeoPoint(lon: roundDecimal(e.lon / Double(e.n), 6), lat: roundDecimal(e.lat / Double(e.n), 6)))
        }
    }

    /// "City of London 001F" → "City of London".
    static func lsoaBorough(_ name: String) -> String? {
        guard let space = name.lastIndex(of: " "), space > name.startIndex else { return nil }
        return String(name[..<space])
    }

    var areaPath: String {
        switch recipe.areas.input {
        case .geojson(let path, _, _, _): path
        case .csv(let path, _, _, _, _, _): path
        case .lsoasFromCrime: "crime.policeUK"
        }
    }

    static func shape(_ geometry: JSONValue, file: String, place: String) throws(ImportError) -> GeoShape {
        guard case .object(let members) = geometry.kind,
            let typeValue = members.first(where: { $0.key == "type" })?.value, case .string(let type) = typeValue.kind,
            let coordinates = members.first(where: { $0.key == "coordinates" })?.value
        else { throw ImportError(file: file, place: place, "a geometry needs 'type' and 'coordinates'") }
        func point(_ v: JSONValue) throws(ImportError) -> GeoPoint {
            guard case .array(let xy) = v.kind, xy.count >= 2, case .number(let x) = xy[0].kind, case .number(let y) = xy[1].kind,
                (-180...180).contains(x.double), (-90...90).contains(y.double)
            else { throw ImportError(file: file, place: "\(place) (line \(v.line))", "a position must be [longitude, latitude]") }
            return GeoPoint(lon: x.double, lat: y.double)
        }
        func ring(_ v: JSONValue) throws(ImportError) -> [GeoPoint] {
            guard case .array(let points) = v.kind else { throw ImportError(file: file, place: place, "a ring must be an array") }
            var out: [GeoPoint] = []
            for p in points { out.append(try point(p)) }
            if let first = out.first, first != out.last { out.append(first) }  // close it
            guard out.count >= 4 else { throw ImportError(file: file, place: "\(place) (line \(v.line))", "a ring needs 3 or more positions") }
            return out
        }
        func polygon(_ v: JSONValue) throws(ImportError) -> [[GeoPoint]] {
            guard case .array(let rings) = v.kind, !rings.isEmpty else {
                throw ImportError(file: file, place: place, "a polygon must be an array of rings")
            }
            var out: [[GeoPoint]] = []
            for r in rings { out.append(try ring(r)) }
            return out
        }
        switch type {
        case "Polygon": return GeoShape(polygons: [try polygon(coordinates)])
        case "MultiPolygon":
            guard case .array(let polygons) = coordinates.kind else {
                throw ImportError(file: file, place: place, "MultiPolygon coordinates must be an array of polygons")
            }
            var out: [[[GeoPoint]]] = []
            for p in polygons { out.append(try polygon(p)) }
            return GeoShape(polygons: out)
        default: throw ImportError(file: file, place: place, "geometry type '\(type)' is not Polygon or MultiPolygon")
        }
    }

    /// RFC 7946 geometry, coordinates rounded, consecutive repeats (after rounding) removed.
    static func boundaryJSON(_ shape: GeoShape, decimals: Int) -> JSONText {
        func ring(_ points: [GeoPoint]) -> JSONText {
            var out: [JSONText] = []
            var last: (Double, Double)?
            for p in points {
                let q = (roundDecimal(p.lon, decimals), roundDecimal(p.lat, decimals))
                if let last, last == q { continue }
                out.append(.array([.number(q.0), .number(q.1)]))
                last = q
            }
            return .array(out)
        }
        let polygons = shape.polygons.map { JSONText.array($0.map(ring)) }
        if polygons.count == 1 {
            return .object([("type", .string("Polygon")), ("coordinates", polygons[0])])
        }
        return .object([("type", .string("MultiPolygon")), ("coordinates", .array(polygons))])
    }
}
