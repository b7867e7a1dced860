internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let areaFields = [
        "id", "name", "borough", "venue", "footfall", "gangActivity", "disorder", "sensitivity",
        "minOfficers", "maxOfficers", "presenceScale", "location",
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
                guard let value = object[key],
                    let number = context.number(value, at: object.path(key), .between(0, 1))
                else { continue }
                if key == "gangActivity" { area.gangActivity = number } else { area.disorder = number }
            }
            if let value = object["sensitivity"],
                let sensitivity = context.enumeration(
                    Sensitivity.self, value, at: object.path("sensitivity"), what: "sensitivity")
            {
                area.sensitivity = sensitivity
            }
            if let value = object["minOfficers"],
                let minimum = context.integer(value, at: object.path("minOfficers"), minimum: 0)
            {
                area.minOfficers = minimum
            }
            if let value = object["maxOfficers"],
                let maximum = context.integer(value, at: object.path("maxOfficers"), minimum: 0)
            {
                if maximum < area.minOfficers {
                    context.error(
                        "must be at least minOfficers (\(area.minOfficers)), found \(maximum)",
                        at: object.path("maxOfficers"), value.position)
                }
                area.maxOfficers = maximum
            }
            area.presenceScale = object["presenceScale"].flatMap {
                context.number($0, at: object.path("presenceScale"), .atLeast(Self.smallestPresenceScale))
            }
            area.location = object["location"].flatMap { readLocation($0, at: object.path("location")) }
            areas.append(area)
        }
        return areas
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
