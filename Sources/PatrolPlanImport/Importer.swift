import Foundation

/// What `patrolplan import` produced: the scenario@2 document and what to tell the planner.
public struct ImportOutcome: Sendable {
    /// The scenario@2 document, pretty-printed, ending in a newline; the same recipe and data
    /// give the same bytes.
    public var scenario: String
    /// Areas, rows used, rows dropped and why, the busiest and riskiest areas.
    public var summary: [String]
    /// Every rule and default the import applied.
    public var assumptions: [String]
    /// What happened to the crime and station rows (for tests).
    package var crime: CrimeTally?
    package var footfall: FootfallTally?
}

/// Builds a `patrolplan/scenario@2` document from a recipe (docs/import.md) and the public
/// files it names: areas (polygons or centroids), police.uk or Met crime counts, TfL station
/// footfall, and the planner's registers.
public enum ScenarioImport {
    /// Reads the recipe at `recipePath` (its paths are relative to it) and builds the scenario.
    /// `progress` receives one line per stage.
    public static func run(recipePath: String, progress: @escaping (String) -> Void = { _ in }) throws(ImportError) -> ImportOutcome {
        let url = URL(fileURLWithPath: recipePath)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportError(file: recipePath, "cannot read the recipe (\(error.localizedDescription))")
        }
        let recipe = try Recipe.decode(Array(data), file: recipePath)
        return try Importer(recipe: recipe, base: url.deletingLastPathComponent(), recipeName: recipePath, progress: progress).run()
    }
}

struct Importer {
    var recipe: Recipe
    var base: URL
    var recipeName: String
    var progress: (String) -> Void

    func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
    }

    /// Every input must lie under a `sources` entry, so the scenario credits it.
    func checkSource(_ path: String) throws(ImportError) {
        let covered = recipe.sources.contains { source in
            guard let p = source.path else { return false }
            let dir = p.hasSuffix("/") ? p : p + "/"
            return path == p || path.hasPrefix(dir)
        }
        guard covered else {
            throw ImportError(
                file: recipeName, place: "sources",
                "the input '\(path)' is under no source's path: add a source with its licence and attribution")
        }
    }

    func readBytes(_ path: String) throws(ImportError) -> [UInt8] {
        try checkSource(path)
        do {
            return Array(try Data(contentsOf: url(path)))
        } catch {
            throw ImportError(file: path, "cannot read the file (\(error.localizedDescription))")
        }
    }

    func readCSV(_ path: String) throws(ImportError) -> CSVTable {
        try checkSource(path)
        return try CSVTable.read(url(path), name: path)
    }

    /// A CSV file, or every `*.csv` in a folder, sorted by name.
    func csvFiles(_ path: String) throws(ImportError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory) else {
            throw ImportError(file: path, "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url(path).path)
        } catch {
            throw ImportError(file: path, "cannot list the folder (\(error.localizedDescription))")
        }
        let files = names.filter { $0.hasSuffix(".csv") }.sorted()
        guard !files.isEmpty else { throw ImportError(file: path, "the folder has no .csv files") }
        let dir = path.hasSuffix("/") ? path : path + "/"
        return files.map { dir + $0 }
    }

    func run() throws(ImportError) -> ImportOutcome {
        var summary: [String] = []
        var assumptions: [String] = []
        let periods = try ImportPeriods(recipe.periods, file: recipeName)
        progress("periods: \(periods.periods.count) from \(periods.periods[0].startText)")
        var areas = try loadAreas()
        var polygons = areas.filter { $0.shape != nil }.count
        progress("areas: \(areas.count) from \(areaPath)")

        // Crime.
        var crimeTally: CrimeTally?
        if let crime = recipe.crime {
            if recipe.areas.onlyWithCrime, case .countsTable(let path, let areaColumn, _) = crime.input {
                let table = try readCSV(path)
                let c = try table.column(areaColumn, field: "crime.areaColumn")
                let codes = Set(table.rows.indices.map { table.field($0, c) })
                for a in areas.indices where !codes.contains(areas[a].id) { areas[a].included = false }
                assumptions.append(
                    "areas: kept the \(areas.filter(\.included).count) areas that \(path) names (areas.onlyWithCrime)")
            }
            crimeTally = try loadCrime(crime, areas: &areas)
        }
        var footTally: FootfallTally?
        if let footfall = recipe.footfall {
            footTally = try loadFootfall(footfall, areas: &areas)
            progress("footfall: \(footTally!.placed) stations placed")
        }
        // Left-out areas served only to place stations and crimes.
        let left = areas.filter { !$0.included }.count
        areas.removeAll { !$0.included }
        polygons = areas.filter { $0.shape != nil }.count
        if left > 0 { assumptions.append("areas: \(left) areas left out; a station or crime located in one of them is outside every area") }
        summary.append(
            "areas: \(areas.count) from \(areaPath) (\(polygons > 0 ? "\(polygons) with polygons" : "points only, no polygons"))")

        // Model inputs per area and period.
        let ps = periods.periods
        var footfall: [[Double]] = Array(repeating: [], count: areas.count)
        var gang: [[Double]] = Array(repeating: [], count: areas.count)
        var disorder: [[Double]] = Array(repeating: [], count: areas.count)
        for a in areas.indices {
            if let spec = recipe.footfall, let share = footTally?.hourShare {
                footfall[a] = ps.map { (Self.footfall(areas[a], spec: spec, share: share, period: $0) / 10).rounded() * 10 }
            } else {
                footfall[a] = ps.map { _ in 0 }
            }
            if let crime = recipe.crime, let t = crimeTally {
                let days = Double(t.days)
                gang[a] = ps.map { p in
                    roundDecimal(1 - exp(-Self.expected(perDay: areas[a].gangCrimes / days, profile: crime.profile, period: p)), 4)
                }
                disorder[a] = ps.map { p in
                    roundDecimal(1 - exp(-Self.expected(perDay: areas[a].disorderCrimes / days, profile: crime.profile, period: p)), 4)
                }
            } else {
                gang[a] = ps.map { _ in 0 }
                disorder[a] = ps.map { _ in 0 }
            }
        }

        // Venues and sensitivity.
        var venue = areas.map { _ in recipe.venues.defaultVenue }
        var hubs = 0
        if let spec = recipe.footfall {
            for a in areas.indices where (footfall[a].max() ?? 0) - spec.baseline >= spec.hubFootfall {
                venue[a] = "transport_hub"
                hubs += 1
            }
            assumptions.append(
                "venue: transport_hub where the stations alone put \(Int(spec.hubFootfall)) or more people in the area in some period (\(hubs) areas)")
        }
        for (key, v) in recipe.venues.areas {
            let id = try resolveArea(key, areas: areas, file: recipeName, place: "venues.areas.\(key)")
            venue[areas.firstIndex { $0.id == id }!] = v
        }
        assumptions.append("venue: \(recipe.venues.defaultVenue) unless listed in venues.areas (\(recipe.venues.areas.count) listed)")
        var sensitivity = venue.map { recipe.sensitivity.byVenue[$0] ?? "medium" }
        for (key, level) in recipe.sensitivity.areas {
            let id = try resolveArea(key, areas: areas, file: recipeName, place: "sensitivity.areas.\(key)")
            sensitivity[areas.firstIndex { $0.id == id }!] = level
        }
        assumptions.append(
            "sensitivity by venue: "
                + Recipe.venues.map { "\($0) \(recipe.sensitivity.byVenue[$0] ?? "medium")" }.joined(separator: ", ")
                + " (\(recipe.sensitivity.areas.count) areas set by name)")

        // Registers.
        let intel = try recipe.intelligence.map { p throws(ImportError) in try intelligence(p, areas: areas, periods: ps) } ?? []
        let cias = try recipe.impactAssessments.map { p throws(ImportError) in try impactAssessments(p, areas: areas, periods: ps) } ?? []
        let commits = try recipe.commitments.map { p throws(ImportError) in try commitments(p, areas: areas, periods: ps) } ?? []

        // Notes.
        var notes: String?
        switch recipe.notes {
        case .text(let s): notes = s
        case .file(let path):
            do {
                notes = try String(contentsOf: url(path), encoding: .utf8)
            } catch {
                throw ImportError(file: path, "cannot read the notes (\(error.localizedDescription))")
            }
        case nil: break
        }

        // The document.
        func perPeriod(_ values: [Double]) -> JSONText {
            if let first = values.first, values.allSatisfy({ $0 == first }) { return .number(first) }
            return .object(zip(ps, values).map { ($0.id, .number($1)) })
        }
        var areaJSON: [JSONText] = []
        for (a, area) in areas.enumerated() {
            var o: [(String, JSONText)] = [("id", .string(area.id))]
            if let name = area.name, !name.isEmpty { o.append(("name", .string(name))) }
            if let borough = area.borough, !borough.isEmpty { o.append(("borough", .string(borough))) }
            o.append(("venue", .string(venue[a])))
            o.append(("footfall", perPeriod(footfall[a])))
            o.append(("gangActivity", perPeriod(gang[a])))
            o.append(("disorder", perPeriod(disorder[a])))
            o.append(("sensitivity", .string(sensitivity[a])))
            o.append(("minOfficers", .integer(recipe.limits.minOfficers)))
            if let max = recipe.limits.maxOfficers { o.append(("maxOfficers", .integer(max))) }
            if let p = area.location {
                o.append(("location", .object([("lat", .rounded(p.lat, 6)), ("lon", .rounded(p.lon, 6))])))
            }
            if let boundary = area.boundary { o.append(("boundary", boundary)) }
            areaJSON.append(.object(o))
        }
        var root: [(String, JSONText)] = [
            ("format", .string("patrolplan/scenario@2")), ("name", .string(recipe.name)),
            ("threatLevel", .string(recipe.threatLevel)),
        ]
        if let notes { root.append(("notes", .string(notes))) }
        root.append(
            (
                "sources",
                .array(
                    recipe.sources.map { s in
                        var o: [(String, JSONText)] = [
                            ("name", .string(s.name)), ("licence", .string(s.licence)), ("attribution", .string(s.attribution)),
                        ]
                        if let p = s.path { o.append(("path", .string(Self.sourcePath(p)))) }
                        if let u = s.url { o.append(("url", .string(u))) }
                        if let n = s.note { o.append(("note", .string(n))) }
                        return .object(o)
                    })
            ))
        root.append(
            (
                "periods",
                .array(
                    ps.map {
                        .object([("id", .string($0.id)), ("label", .string($0.label)), ("hours", .number($0.hours)), ("start", .string($0.startText))])
                    })
            ))
        root.append(("areas", .array(areaJSON)))
        root.append(("intelligence", .array(intel)))
        root.append(("forces", recipe.forces))
        root.append(("impactAssessments", .array(cias)))
        if !commits.isEmpty { root.append(("commitments", .array(commits))) }
        if let policy = recipe.policy { root.append(("policy", policy)) }
        if let scoring = recipe.scoring { root.append(("scoring", scoring)) }
        let text = JSONText.object(root).pretty

        // Summary and assumptions.
        assumptions.insert(
            "periods: \(ps.count) of \(Self.hoursText(recipe.periods.hours)) hours from \(recipe.periods.start) \(recipe.periods.timeZone) (\(ps[0].startText)); the offset of each start is the one in force then",
            at: 0)
        if let t = crimeTally, let crime = recipe.crime {
            var line = "crime: \(t.rows) rows in \(t.files) file\(t.files == 1 ? "" : "s"); \(t.placed) used"
            if case .countsTable = crime.input {
                line += "; dropped \(t.unknownAreaRows) rows (\(Int(t.unknownAreaCrimes)) crimes) whose area is not one of the areas"
                summary.append(line)
                summary.append("crime: \(crime.from) to \(crime.to), \(t.days) days; \(t.outsideMonths) month columns outside that window ignored")
            } else {
                line += "; not in \(crime.from)..\(crime.to): \(t.outsideMonths); dropped: no location \(t.noLocation), outside every area \(t.outsideAreas)"
                summary.append(line)
            }
            summary.append(
                "crime: \(Int(t.gang)) feed gangActivity, \(Int(t.disorder)) feed disorder, \(Int(t.otherTypes)) of other types (not used)")
            assumptions.append("gangActivity from: \(crime.gangActivity.joined(separator: ", "))")
            assumptions.append("disorder from: \(crime.disorder.joined(separator: ", "))")
            assumptions.append(
                "rate per period = 1 − exp(−expected count in the period); expected = crimes a day over \(t.days) days × 7 × the period's share of the week under the profile")
            assumptions.append(
                "crime profile by hour (00:00 first): \(crime.profile.hours.map(Self.hoursText).joined(separator: " ")); by day (Mon first): \(crime.profile.days.map(Self.hoursText).joined(separator: " "))"
            )
        }
        if let t = footTally, let spec = recipe.footfall {
            summary.append(
                "footfall: \(t.countRows) count rows (\(t.placeholders) placeholders for another mode's row), \(t.stations) stations; \(t.placed) placed, \(t.unmatched.count) with no location, \(t.outside.count) outside every area")
            if !t.unmatched.isEmpty { summary.append("footfall: stations with no location in \(spec.stations): \(t.unmatched.joined(separator: ", "))") }
            if t.placed <= 40 {
                summary.append(
                    "footfall: stations placed: "
                        + areas.filter { !$0.stations.isEmpty }.map { "\($0.name ?? $0.id): \($0.stations.joined(separator: ", "))" }
                        .joined(separator: "; "))
            }
            assumptions.append("station location: the mean of its points in \(spec.stationPoints)")
            if !t.ambiguousNames.isEmpty {
                assumptions.append("station names used twice in \(spec.stations ?? ""), the first kept: \(t.ambiguousNames.joined(separator: ", "))")
            }
            assumptions.append("station placement: \(Self.placementText(spec.placement))")
            assumptions.append(
                "footfall = \(Self.hoursText(spec.baseline)) + \(Self.hoursText(spec.dwellHours)) h dwell × station entries and exits in the period ÷ its hours; time of day from \(t.profileSource); rounded to 10")
        }
        let busiest = areas.indices.sorted { (footfall[$0].max() ?? 0, $1) > (footfall[$1].max() ?? 0, $0) }.prefix(5)
        summary.append(
            "busiest areas (peak footfall): "
                + busiest.map { "\(areas[$0].name ?? areas[$0].id) \(Int(footfall[$0].max() ?? 0))" }.joined(separator: ", "))
        func mean(_ v: [Double]) -> Double { v.reduce(0, +) / Double(max(1, v.count)) }
        let riskiest = areas.indices.sorted { (mean(gang[$0]), $1) > (mean(gang[$1]), $0) }.prefix(5)
        summary.append(
            "riskiest areas (mean gangActivity): "
                + riskiest.map { "\(areas[$0].name ?? areas[$0].id) \(Self.hoursText(roundDecimal(mean(gang[$0]), 3)))" }
                .joined(separator: ", "))
        summary.append("registers: \(intel.count) intelligence reports, \(cias.count) impact assessments, \(commits.count) commitments")
        summary.append("scenario: \(areas.count) areas × \(ps.count) periods, \(text.utf8.count) bytes")
        return ImportOutcome(scenario: text, summary: summary, assumptions: assumptions, crime: crimeTally, footfall: footTally)
    }

    static func hoursText(_ x: Double) -> String { JSONText.numberText(x) }

    /// A source's path as the scenario records it: the recipe's path less its leading `./`
    /// and `../` steps (`../../../shared/data/uk-public/mps/…` → `shared/data/uk-public/mps/…`),
    /// which name the file within the data collection wherever the scenario is moved.
    static func sourcePath(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        while let first = parts.first, first == ".." || first == "." { parts.removeFirst() }
        return parts.isEmpty ? path : parts.joined(separator: "/")
    }

    static func placementText(_ p: Recipe.StationPlacement) -> String {
        switch p {
        case .within: "in the area polygon that contains the station"
        case .nearest(let m): "in the area with the nearest centroid, within \(Int(m)) m"
        }
    }
}
