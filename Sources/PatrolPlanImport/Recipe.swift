internal import _PatrolPlanJSON
import Foundation

/// An import recipe (`patrolplan/recipe@1`, docs/import.md): the input files, and the rules
/// that turn their counts into a scenario@2. Paths are relative to the recipe file.
package struct Recipe: Sendable {
    package static let formatTag = "patrolplan/recipe@1"

    package var name: String
    package var threatLevel: String
    /// Text for the scenario's `notes`: the recipe's `notes` string, or the file it names.
    package var notes: Notes?
    package var sources: [Source]
    package var periods: Periods
    package var areas: Areas
    package var crime: Crime?
    package var footfall: Footfall?
    package var venues: Venues
    package var sensitivity: Sensitivity
    package var limits: Limits
    package var intelligence: String?
    package var impactAssessments: String?
    package var commitments: String?
    /// Written to the scenario as they are (scenario@2 rules apply).
    package var forces: JSONText
    package var policy: JSONText?
    package var scoring: JSONText?

    package enum Notes: Sendable {
        case text(String)
        case file(String)
    }

    /// One entry of the scenario's `sources`: every input file must lie under one.
    package struct Source: Sendable {
        package var name: String
        package var path: String?
        package var url: String?
        package var licence: String
        package var attribution: String
        package var note: String?
    }

    /// `count` periods of `hours` hours each, back to back from `start` (local time in
    /// `timeZone`, an IANA name such as Europe/London).
    package struct Periods: Sendable {
        package var start: String
        package var timeZone: String
        package var count: Int
        package var hours: Double
    }

    package enum AreaInput: Sendable {
        /// Polygons: a GeoJSON FeatureCollection.
        case geojson(path: String, idProperty: String, nameProperty: String?, boroughProperty: String?)
        /// Points: a CSV with an id and latitude and longitude columns.
        case csv(path: String, idColumn: String, nameColumn: String?, boroughColumn: String?, latColumn: String, lonColumn: String)
        /// The LSOAs named in the police.uk files themselves (id the LSOA code, name the LSOA
        /// name, location the mean of the crimes' points); crimes are placed by LSOA code.
        case lsoasFromCrime
    }

    package struct Areas: Sendable {
        package var input: AreaInput
        /// A fixed borough name for every area (when the input has no borough column).
        package var borough: String?
        /// Rows or features to leave out: column or property → values.
        package var exclude: [(String, [String])]
        /// Only areas that the crime input names (a counts table's area codes).
        package var onlyWithCrime: Bool
        /// Decimal places kept in boundary coordinates (default 6, about 0.1 m).
        package var coordinateDecimals: Int
    }

    package enum CrimeInput: Sendable {
        /// police.uk street-level CSVs: files or folders (every `*.csv` in a folder, by name).
        case policeUK(paths: [String], placement: Placement)
        /// Counts: one row per area and category, one column per month (`YYYYMM`).
        case countsTable(path: String, areaColumn: String, categoryColumn: String)
    }

    package enum Placement: Sendable {
        /// The point in the area polygon that contains it.
        case polygon
        /// The row's LSOA code through a lookup CSV (LSOA column, area column).
        case lsoa(path: String, lsoaColumn: String, areaColumn: String)
    }

    package struct Crime: Sendable {
        package var input: CrimeInput
        /// First and last month, `YYYY-MM`, both included.
        package var from: String
        package var to: String
        package var gangActivity: [String]
        package var disorder: [String]
        package var profile: Profile
    }

    /// Relative weights of crime by hour of day (24, from 00:00) and day of week (7, Monday
    /// first). Only their shape matters: they are normalised over the week.
    package struct Profile: Sendable {
        package var hours: [Double]
        package var days: [Double]
    }

    package struct Footfall: Sendable {
        /// TfL station files that locate the counts by name; or nil when the counts file has
        /// its own coordinates (`countsLatColumn`, `countsLonColumn`).
        package var stations: String?
        package var stationPoints: String?
        package var countsLatColumn: String?
        package var countsLonColumn: String?
        package var counts: String
        /// The counts file's columns added up for each day of the week (Monday first).
        package var dayColumns: [[String]]
        package var countsNameColumn: String
        /// TfL RODS time-of-day counts, or nil to use `hours`.
        package var timeOfDay: String?
        /// Clock hours of each RODS band, [from, to) with to up to 26 (after midnight).
        package var bands: [(String, Double, Double)]
        /// Relative weights of station flow by hour of day when there is no `timeOfDay` file.
        package var hours: [Double]?
        package var aliases: [(String, String)]
        package var placement: StationPlacement
        package var dwellHours: Double
        package var baseline: Double
        package var hubFootfall: Double
    }

    package enum StationPlacement: Sendable {
        case within
        case nearest(maxMetres: Double)
    }

    package struct Venues: Sendable {
        package var defaultVenue: String
        /// Area id or name → venue.
        package var areas: [(String, String)]
    }

    package struct Sensitivity: Sendable {
        package var byVenue: [String: String]
        package var areas: [(String, String)]
    }

    package struct Limits: Sendable {
        package var minOfficers: Int
        package var maxOfficers: Int?
    }
}

extension Recipe {
    static let venues = [
        "crowded_place", "transport_hub", "iconic_site", "retail", "night_time_economy", "residential", "other",
    ]
    static let sensitivities = ["low", "medium", "high"]

    /// model.md's venue list, with the sensitivity each gets unless the recipe says otherwise:
    /// residential areas feel armed presence most, transport and crowded places least.
    static let defaultSensitivity: [String: String] = [
        "crowded_place": "low", "transport_hub": "low", "iconic_site": "low", "retail": "medium",
        "night_time_economy": "medium", "residential": "high", "other": "medium",
    ]

    /// Crime types that feed gangActivity (police.uk names, then the Met's minor categories).
    static let defaultGang = [
        "Violence and sexual offences", "Robbery", "Possession of weapons",
        "VIOLENCE WITH INJURY", "HOMICIDE", "ROBBERY OF PERSONAL PROPERTY", "POSSESSION OF WEAPONS",
    ]
    /// Crime types that feed disorder.
    static let defaultDisorder = [
        "Public order", "Anti-social behaviour", "Criminal damage and arson",
        "PUBLIC FEAR ALARM OR DISTRESS", "VIOLENT DISORDER", "OTHER OFFENCES PUBLIC ORDER",
        "RACE OR RELIGIOUS AGG PUBLIC FEAR", "CRIMINAL DAMAGE", "ARSON",
    ]
    /// Violence and disorder by hour, 00:00 first: low before dawn, building through the day,
    /// highest in the late evening and first hours after midnight (the night-time economy).
    static let defaultCrimeHours: [Double] = [
        6, 5, 4, 3, 2, 1.5, 1.5, 2, 3, 3.5, 4, 4.5, 5, 5, 5, 5.5, 6, 6, 6.5, 7, 7, 7.5, 7.5, 7,
    ]
    /// Monday first: the weekend nights are the busiest.
    static let defaultCrimeDays: [Double] = [0.9, 0.9, 0.95, 1.0, 1.15, 1.2, 1.0]

    /// TfL's usual RODS period definitions (the data's README: check them before relying on
    /// them); Late is 22:00 to 01:00, Early 05:00 to 07:00.
    static let defaultBands: [(String, Double, Double)] = [
        ("Early", 5, 7), ("AM peak", 7, 10), ("Midday", 10, 16), ("PM Peak", 16, 19), ("Evening", 19, 22), ("Late", 22, 25),
    ]

    /// The AC2023 annual station counts' day-type columns (entries and exits), Monday first.
    static let defaultDayColumns: [[String]] = {
        let mon = ["Entries-Monday", "Exits-Monday"]
        let mid = ["Entries-Midweek (Tue-Thu)", "Exits-Midweek (Tue-Thu)"]
        return [mon, mid, mid, mid, ["Entries-Friday", "Exits-Friday"], ["Entries-Saturday", "Exits-Saturday"],
                ["Entries-Sunday", "Exits-Sunday"]]
    }()

    /// Reads a recipe document; `file` names it in errors.
    package static func decode(_ bytes: [UInt8], file: String) throws(ImportError) -> Recipe {
        let parsed: JSONParseResult
        do {
            parsed = try JSONParser().parse(bytes)
        } catch {
            throw ImportError(file: file, place: "line \(error.line), column \(error.column)", error.message)
        }
        if let duplicate = parsed.duplicateKeys.first {
            throw ImportError(file: file, place: duplicate.path, duplicate.message)
        }
        let root = try RecipeNode(value: parsed.value, path: "", file: file).object([
            "format", "name", "threatLevel", "notes", "sources", "periods", "areas", "crime", "footfall", "venues",
            "sensitivity", "areaLimits", "intelligence", "impactAssessments", "commitments", "forces", "policy", "scoring",
        ])
        let format = try root.required("format")
        guard try format.string() == formatTag else { throw format.error("expected '\(formatTag)', found \(format.valueText)") }
        let threat = try root.required("threatLevel")
        let threatLevel = try threat.string()
        let levels = ["low", "moderate", "substantial", "severe", "critical"]
        guard levels.contains(threatLevel) else {
            throw threat.error("\(threat.valueText) is not a threat level (\(levels.joined(separator: ", ")))")
        }
        var notes: Notes?
        if let node = root["notes"] {
            if case .object = node.value.kind {
                notes = .file(try node.object(["file"]).required("file").string())
            } else {
                notes = .text(try node.string())
            }
        }
        let forces = try root.required("forces")
        guard try !forces.array().isEmpty else { throw forces.error("at least one force is needed") }
        return Recipe(
            name: try root.required("name").string(), threatLevel: threatLevel, notes: notes,
            sources: try decodeSources(try root.required("sources")),
            periods: try decodePeriods(try root.required("periods")),
            areas: try decodeAreas(try root.required("areas")),
            crime: try root["crime"].map { node throws(ImportError) in try decodeCrime(node) },
            footfall: try root["footfall"].map { node throws(ImportError) in try decodeFootfall(node) },
            venues: try decodeVenues(root["venues"]), sensitivity: try decodeSensitivity(root["sensitivity"]),
            limits: try decodeLimits(root["areaLimits"]),
            intelligence: try root["intelligence"]?.string(), impactAssessments: try root["impactAssessments"]?.string(),
            commitments: try root["commitments"]?.string(), forces: JSONText(forces.value),
            policy: root["policy"].map { JSONText($0.value) }, scoring: root["scoring"].map { JSONText($0.value) })
    }

    static func decodeSources(_ node: RecipeNode) throws(ImportError) -> [Source] {
        var out: [Source] = []
        for item in try node.array() {
            let o = try item.object(["name", "path", "url", "licence", "attribution", "note"])
            guard o["path"] != nil || o["url"] != nil else { throw item.error("a source needs a 'path' or a 'url'") }
            out.append(
                Source(
                    name: try o.required("name").string(), path: try o["path"]?.string(), url: try o["url"]?.string(),
                    licence: try o.required("licence").string(), attribution: try o.required("attribution").string(),
                    note: try o["note"]?.string()))
        }
        return out
    }

    static func decodePeriods(_ node: RecipeNode) throws(ImportError) -> Periods {
        let o = try node.object(["start", "timeZone", "count", "hours"])
        return Periods(
            start: try o.required("start").string(), timeZone: try o["timeZone"]?.string() ?? "Europe/London",
            count: try o.required("count").integer(minimum: 1, maximum: 1000),
            hours: try o.required("hours").number(0, 24, exclusiveLower: true))
    }

    static func decodeAreas(_ node: RecipeNode) throws(ImportError) -> Areas {
        let o = try node.object([
            "geojson", "csv", "idProperty", "nameProperty", "boroughProperty", "idColumn", "nameColumn", "boroughColumn",
            "latColumn", "lonColumn", "borough", "exclude", "onlyWithCrime", "coordinateDecimals", "fromCrimeLSOAs",
        ])
        let input: AreaInput
        if let geojson = o["geojson"] {
            guard o["csv"] == nil else { throw node.error("give 'geojson' or 'csv', not both") }
            input = .geojson(
                path: try geojson.string(), idProperty: try o.required("idProperty").string(),
                nameProperty: try o["nameProperty"]?.string(), boroughProperty: try o["boroughProperty"]?.string())
        } else if let csv = o["csv"] {
            input = .csv(
                path: try csv.string(), idColumn: try o.required("idColumn").string(), nameColumn: try o["nameColumn"]?.string(),
                boroughColumn: try o["boroughColumn"]?.string(), latColumn: try o.required("latColumn").string(),
                lonColumn: try o.required("lonColumn").string())
        } else if let lsoas = o["fromCrimeLSOAs"] {
            guard case .bool(true) = lsoas.value.kind else { throw lsoas.error("expected true, found \(lsoas.valueText)") }
            input = .lsoasFromCrime
        } else {
            throw node.error("give the areas as 'geojson' (polygons), 'csv' (centroids) or 'fromCrimeLSOAs': true")
        }
        var exclude: [(String, [String])] = []
        if let node = o["exclude"] {
            for (key, values) in try node.table() { exclude.append((key, try values.stringOrStrings())) }
        }
        var onlyWithCrime = false
        if let node = o["onlyWithCrime"] {
            guard case .bool(let b) = node.value.kind else { throw node.error("expected true or false, found \(node.valueText)") }
            onlyWithCrime = b
        }
        return Areas(
            input: input, borough: try o["borough"]?.string(), exclude: exclude, onlyWithCrime: onlyWithCrime,
            coordinateDecimals: try o["coordinateDecimals"]?.integer(minimum: 3, maximum: 8) ?? 6)
    }

    static func decodeCrime(_ node: RecipeNode) throws(ImportError) -> Crime {
        let o = try node.object([
            "policeUK", "lsoaLookup", "countsTable", "areaColumn", "categoryColumn", "from", "to", "gangActivity", "disorder",
            "profile",
        ])
        let input: CrimeInput
        if let police = o["policeUK"] {
            guard o["countsTable"] == nil else { throw node.error("give 'policeUK' or 'countsTable', not both") }
            var placement = Placement.polygon
            if let lookup = o["lsoaLookup"] {
                let l = try lookup.object(["csv", "lsoaColumn", "areaColumn"])
                placement = .lsoa(
                    path: try l.required("csv").string(), lsoaColumn: try l["lsoaColumn"]?.string() ?? "LSOA21CD",
                    areaColumn: try l.required("areaColumn").string())
            }
            input = .policeUK(paths: try police.stringOrStrings(), placement: placement)
        } else if let table = o["countsTable"] {
            input = .countsTable(
                path: try table.string(), areaColumn: try o.required("areaColumn").string(),
                categoryColumn: try o.required("categoryColumn").string())
        } else {
            throw node.error("give 'policeUK' (street-level files) or 'countsTable'")
        }
        var profile = Profile(hours: defaultCrimeHours, days: defaultCrimeDays)
        if let p = o["profile"] {
            let po = try p.object(["hours", "days"])
            if let h = po["hours"] { profile.hours = try h.numbers(count: 24) }
            if let d = po["days"] { profile.days = try d.numbers(count: 7) }
        }
        let from = try o.required("from"), to = try o.required("to")
        let fromText = try from.string(), toText = try to.string()
        guard monthIndex(fromText) != nil else { throw from.error("\(from.valueText) is not a month YYYY-MM") }
        guard let toIndex = monthIndex(toText) else { throw to.error("\(to.valueText) is not a month YYYY-MM") }
        guard toIndex >= monthIndex(fromText)! else { throw to.error("the last month is before the first") }
        return Crime(
            input: input, from: fromText, to: toText, gangActivity: try o["gangActivity"]?.strings() ?? defaultGang,
            disorder: try o["disorder"]?.strings() ?? defaultDisorder, profile: profile)
    }

    static func decodeFootfall(_ node: RecipeNode) throws(ImportError) -> Footfall {
        let o = try node.object([
            "stations", "stationPoints", "counts", "countsNameColumn", "countsLatColumn", "countsLonColumn", "dayColumns", "timeOfDay", "bands", "hours", "aliases",
            "placement", "maxDistanceMetres", "dwellHours", "baseline", "hubFootfall",
        ])
        var dayColumns = defaultDayColumns
        if let d = o["dayColumns"] {
            let days = try d.array()
            guard days.count == 7 else { throw d.error("expected 7 entries (Monday first), found \(days.count)") }
            dayColumns = []
            for day in days { dayColumns.append(try day.stringOrStrings()) }
        }
        var bands = defaultBands
        if let b = o["bands"] {
            bands = []
            for (name, range) in try b.table() {
                let pair = try range.array()
                guard pair.count == 2 else { throw range.error("expected [from, to] in clock hours") }
                let from = try pair[0].number(0, 24), to = try pair[1].number(0, 48)
                guard to > from, to - from <= 24 else { throw range.error("a band runs from an hour to a later one, at most 24 hours") }
                bands.append((name, from, to))
            }
        }
        let byName = o["stations"] != nil && o["stationPoints"] != nil
        let byCoordinates = o["countsLatColumn"] != nil && o["countsLonColumn"] != nil
        guard byName != byCoordinates else {
            throw node.error(
                "locate the counts either by name ('stations' and 'stationPoints') or by coordinates ('countsLatColumn' and 'countsLonColumn')")
        }
        var aliases: [(String, String)] = []
        if let a = o["aliases"] { for (key, value) in try a.table() { aliases.append((key, try value.string())) } }
        var placement = StationPlacement.within
        if let p = o["placement"] {
            switch try p.string() {
            case "within": placement = .within
            case "nearest": placement = .nearest(maxMetres: try o["maxDistanceMetres"]?.number(0, exclusiveLower: true) ?? 2000)
            default: throw p.error("\(p.valueText) is not a placement (within, nearest)")
            }
        }
        return Footfall(
            stations: try o["stations"]?.string(), stationPoints: try o["stationPoints"]?.string(),
            countsLatColumn: try o["countsLatColumn"]?.string(), countsLonColumn: try o["countsLonColumn"]?.string(),
            counts: try o.required("counts").string(), dayColumns: dayColumns,
            countsNameColumn: try o["countsNameColumn"]?.string() ?? "Station", timeOfDay: try o["timeOfDay"]?.string(),
            bands: bands, hours: try o["hours"]?.numbers(count: 24), aliases: aliases, placement: placement,
            dwellHours: try o["dwellHours"]?.number(0, 24, exclusiveLower: true) ?? 0.25,
            baseline: try o["baseline"]?.number(0) ?? 0, hubFootfall: try o["hubFootfall"]?.number(0) ?? 2000)
    }

    static func decodeVenues(_ node: RecipeNode?) throws(ImportError) -> Venues {
        guard let node else { return Venues(defaultVenue: "other", areas: []) }
        let o = try node.object(["default", "areas"])
        func venue(_ n: RecipeNode) throws(ImportError) -> String {
            let v = try n.string()
            guard venues.contains(v) else { throw n.error("\(n.valueText) is not a venue (\(venues.joined(separator: ", ")))") }
            return v
        }
        var areas: [(String, String)] = []
        if let a = o["areas"] { for (key, value) in try a.table() { areas.append((key, try venue(value))) } }
        return Venues(defaultVenue: try o["default"].map { n throws(ImportError) in try venue(n) } ?? "other", areas: areas)
    }

    static func decodeSensitivity(_ node: RecipeNode?) throws(ImportError) -> Sensitivity {
        var result = Sensitivity(byVenue: defaultSensitivity, areas: [])
        guard let node else { return result }
        let o = try node.object(["byVenue", "areas"])
        func level(_ n: RecipeNode) throws(ImportError) -> String {
            let v = try n.string()
            guard sensitivities.contains(v) else { throw n.error("\(n.valueText) is not a sensitivity (low, medium, high)") }
            return v
        }
        if let b = o["byVenue"] {
            for (key, value) in try b.table() {
                guard venues.contains(key) else { throw value.error("'\(key)' is not a venue\(DidYouMean.hint(for: key, among: venues))") }
                result.byVenue[key] = try level(value)
            }
        }
        if let a = o["areas"] { for (key, value) in try a.table() { result.areas.append((key, try level(value))) } }
        return result
    }

    static func decodeLimits(_ node: RecipeNode?) throws(ImportError) -> Limits {
        guard let node else { return Limits(minOfficers: 0, maxOfficers: nil) }
        let o = try node.object(["minOfficers", "maxOfficers"])
        let limits = Limits(
            minOfficers: try o["minOfficers"]?.integer(minimum: 0) ?? 0, maxOfficers: try o["maxOfficers"]?.integer(minimum: 0))
        if let max = limits.maxOfficers, max < limits.minOfficers { throw node.error("maxOfficers is below minOfficers") }
        return limits
    }

    /// Months since year 0 for `YYYY-MM` (or `YYYYMM`), nil if malformed.
    static func monthIndex(_ text: String) -> Int? {
        let digits = text.filter { $0 != "-" }
        guard digits.count == 6, text.count == 7 ? text.dropFirst(4).first == "-" : text.count == 6,
            let y = Int(digits.prefix(4)), let m = Int(digits.suffix(2)), (1...12).contains(m)
        else { return nil }
        return y * 12 + (m - 1)
    }
}
