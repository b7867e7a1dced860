internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let areaFields = [
        "id", "name", "borough", "venue", "footfall", "gangActivity", "disorder", "sensitivity",
        "minOfficers", "maxOfficers", "presenceScale", "location", "boundary",
    ]
    static let locationFields = ["lat", "lon"]
    /// The smallest `presenceScale` and `presenceBase` (formats.md): a hundredth of an officer.
    /// Smaller scales make the effect curve a step that no solver handles reliably.
    static let smallestPresenceScale = 0.01

    /// `areas[]`: at least one; see formats.md for each field's rule and default.
    mutating func readAreas(_ root: ObjectReader) -> [Area] {
        let path = root.path("areas")
        guard
            let elements = elements(
                of: root, "areas", required: true, noun: "area",
                limit: (limits.maxAreas, DecoderLimits.Flag.maxAreas))
        else { return [] }
        areasKnown = true
        var ids = IDRegistry()
        var areas: [Area] = []
        areas.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard
                let object = ObjectReader(
                    element, at: path.appending(index), fields: Self.areaFields, context: &context)
            else { continue }
            var area = Area(id: "")
            if let value = object.required("id", context: &context),
                let id = context.string(value, at: object.path("id"))
            {
                area.id = id
                checkID(id, kind: "area", registry: &ids, index: index, listPath: path, value: value)
                if areaSet.insert(id).inserted { areaIDs.append(id) }
            }
            area.name = object["name"].flatMap { context.string($0, at: object.path("name")) }
            area.borough = object["borough"].flatMap { context.string($0, at: object.path("borough")) }
            if let value = object["venue"],
                let venue = context.enumeration(Venue.self, value, at: object.path("venue"), what: "venue")
            {
                area.venue = venue
            }
            if let value = object["footfall"] {
                area.footfall = perPeriod(value, at: object.path("footfall"), integer: false)
            }
            for key in ["gangActivity", "disorder"] {
                guard let value = object[key] else { continue }
                let rate = periodValues(value, at: object.path(key), unset: 0.0, needsVersion2: key) {
                    validator, element, path in validator.context.number(element, at: path, .between(0, 1))
                }
                if key == "gangActivity" { area.gangActivity = rate } else { area.disorder = rate }
            }
            if let value = object["sensitivity"],
                let sensitivity = context.enumeration(
                    Sensitivity.self, value, at: object.path("sensitivity"), what: "sensitivity")
            {
                area.sensitivity = sensitivity
            }
            if let value = object["minOfficers"] {
                area.minOfficers = periodValues(value, at: object.path("minOfficers"), unset: 0, needsVersion2: "minOfficers") {
                    validator, element, path in validator.context.integer(element, at: path, minimum: 0)
                }
            }
            if let value = object["maxOfficers"] {
                area.maxOfficers = periodValues(value, at: object.path("maxOfficers"), unset: nil, needsVersion2: "maxOfficers") {
                    validator, element, path in validator.context.integer(element, at: path, minimum: 0).map { Optional($0) }
                }
                checkCapacity(area, value: value, at: object.path("maxOfficers"))
            }
            if let value = object["presenceScale"] {
                area.presenceScale = periodValues(
                    value, at: object.path("presenceScale"), unset: nil, needsVersion2: "presenceScale"
                ) { validator, element, path in
                    validator.context.number(element, at: path, .atLeast(Self.smallestPresenceScale)).map { Optional($0) }
                }
            }
            area.location = object["location"].flatMap { readLocation($0, at: object.path("location")) }
            if let value = object["boundary"], requireVersion2("'boundary'", at: object.path("boundary"), value) {
                area.boundary = readBoundary(value, at: object.path("boundary"))
            }
            areas.append(area)
        }
        return areas
    }

    /// `maxOfficers_{a,t} ≥ minOfficers_{a,t}` in every period (formats.md); reports the first
    /// period where it fails.
    private mutating func checkCapacity(_ area: Area, value: JSONValue, at path: JSONPath) {
        let ids = periodsKnown ? periodIDs : []
        let keys = ids.isEmpty ? [nil] : ids.map(Optional.some)
        for key in keys {
            let minimum = key.map { area.minOfficers.value(for: $0) } ?? area.minOfficers.defaultValue
            guard let maximum = key.map({ area.maxOfficers.value(for: $0) }) ?? area.maxOfficers.defaultValue,
                maximum < minimum
            else { continue }
            let perPeriod = !area.maxOfficers.isConstant || !area.minOfficers.isConstant
            let at = perPeriod ? key.map { " in period '\($0)'" } ?? "" : ""
            context.error(
                "must be at least minOfficers (\(minimum))\(at), found \(maximum)", at: path, value.position)
            return
        }
    }

    private mutating func readLocation(_ value: JSONValue, at path: JSONPath) -> Location? {
        guard let object = ObjectReader(value, at: path, fields: Self.locationFields, context: &context) else {
            return nil
        }
        let lat = object.required("lat", context: &context).flatMap {
            context.number($0, at: object.path("lat"), .between(-90, 90))
        }
        let lon = object.required("lon", context: &context).flatMap {
            context.number($0, at: object.path("lon"), .between(-180, 180))
        }
        guard let lat, let lon else { return nil }
        return Location(lat: lat, lon: lon)
    }
}
