import Foundation

/// What happened to the station rows.
package struct FootfallTally {
    package var countRows = 0
    package var placeholders = 0
    package var stations = 0
    package var unmatched: [String] = []
    package var outside: [String] = []
    package var placed = 0
    package var ambiguousNames: [String] = []
    /// Share of a weekday's station flow in each clock hour, 00:00 first (sums to 1).
    package var hourShare: [Double] = []
    package var profileSource = ""
}

extension Importer {
    /// Station names as keys: lower case, "&" as "and", punctuation dropped, and a trailing
    /// mode (LU, NR, DLR, LO, EZL, TfL Rail, Underground/Rail Station) removed.
    static func stationKey(_ name: String) -> String {
        var s = name.lowercased().replacingOccurrences(of: "&", with: " and ")
        s = String(s.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == " " }.map(Character.init))
        var words = s.split(separator: " ").map(String.init)
        let suffixes: Set<String> = ["lu", "nr", "dlr", "lo", "ezl", "el", "tram", "station", "underground", "rail", "tfl"]
        while words.count > 1, let last = words.last, suffixes.contains(last) { words.removeLast() }
        if words.count > 2, words.suffix(2) == ["tfl", "rail"] { words.removeLast(2) }
        return words.joined(separator: " ")
    }

    func loadFootfall(_ spec: Recipe.Footfall, areas: inout [ImportArea]) throws(ImportError) -> FootfallTally {
        var tally = FootfallTally()
        var located: [String: GeoPoint] = [:]
        if let stationsPath = spec.stations, let pointsPath = spec.stationPoints {
            // Station locations: the mean of each station's points (entrances, platforms).
            let stations = try readCSV(stationsPath)
            let sid = try stations.column("UniqueId", field: "footfall.stations")
            let sname = try stations.column("Name", field: "footfall.stations")
            let points = try readCSV(pointsPath)
            let pid = try points.column("StationUniqueId", field: "footfall.stationPoints")
            let plat = try points.column("Lat", field: "footfall.stationPoints")
            let plon = try points.column("Lon", field: "footfall.stationPoints")
            var sums: [String: (Double, Double, Int)] = [:]
            for r in points.rows.indices {
                let id = points.field(r, pid)
                let y = try points.number(r, plat), x = try points.number(r, plon)
                let old = sums[id] ?? (0, 0, 0)
                sums[id] = (old.0 + x, old.1 + y, old.2 + 1)
            }
            for r in stations.rows.indices {
                let key = Self.stationKey(stations.field(r, sname))
                guard let s = sums[stations.field(r, sid)] else { continue }
                if located[key] != nil {
                    tally.ambiguousNames.append(stations.field(r, sname))
                    continue
                }
                located[key] = GeoPoint(lon: s.0 / Double(s.2), lat: s.1 / Double(s.2))
            }
        }
        // Daily flows by name, modes added up.
        let counts = try readCSV(spec.counts)
        let cname = try counts.column(spec.countsNameColumn, field: "footfall.countsNameColumn")
        let clat = try spec.countsLatColumn.map { c throws(ImportError) in try counts.column(c, field: "footfall.countsLatColumn") }
        let clon = try spec.countsLonColumn.map { c throws(ImportError) in try counts.column(c, field: "footfall.countsLonColumn") }
        var dayCols: [[Int]] = []
        for day in spec.dayColumns {
            var cols: [Int] = []
            for c in day { cols.append(try counts.column(c, field: "footfall.dayColumns")) }
            dayCols.append(cols)
        }
        let aliases = Dictionary(spec.aliases.map { (Self.stationKey($0.0), Self.stationKey($0.1)) }, uniquingKeysWith: { a, _ in a })
        var flows: [String: [Double]] = [:]
        var order: [String] = []
        var display: [String: String] = [:]
        rows: for r in counts.rows.indices {
            tally.countRows += 1
            var flow = [Double](repeating: 0, count: 7)
            for (d, cols) in dayCols.enumerated() {
                for c in cols {
                    let text = counts.field(r, c)
                    guard let x = Double(text), x.isFinite, x >= 0 else {
                        // TfL's "---see LU---" and "---": this mode's flow is counted on another row.
                        if text.hasPrefix("-") || text.isEmpty {
                            tally.placeholders += 1
                            continue rows
                        }
                        throw ImportError(file: spec.counts, place: counts.place(r, c), "'\(text)' is not a count")
                    }
                    flow[d] += x
                }
            }
            var key = Self.stationKey(counts.field(r, cname))
            key = aliases[key] ?? key
            if let clat, let clon, located[key] == nil {
                let y = try counts.number(r, clat), x = try counts.number(r, clon)
                guard (-90...90).contains(y), (-180...180).contains(x) else {
                    throw ImportError(file: spec.counts, place: counts.place(r, clat), "(\(y), \(x)) is not a latitude and longitude")
                }
                located[key] = GeoPoint(lon: x, lat: y)
            }
            if flows[key] == nil {
                order.append(key)
                display[key] = counts.field(r, cname)
            }
            flows[key, default: [Double](repeating: 0, count: 7)] = zip(flows[key] ?? flow.map { _ in 0 }, flow).map(+)
        }
        tally.stations = order.count
        for key in order {
            guard let p = located[key] else {
                tally.unmatched.append(display[key]!)
                continue
            }
            var area: Int?
            switch spec.placement {
            case .within:
                area = areas.firstIndex { $0.shape?.contains(p) ?? false }
            case .nearest(let maxMetres):
                var best: (Int, Double)?
                for (i, a) in areas.enumerated() {
                    guard let c = a.location else { continue }
                    let d = distanceMetres(p, c)
                    if d <= maxMetres, best.map({ d < $0.1 }) ?? true { best = (i, d) }
                }
                area = best?.0
            }
            guard let a = area, areas[a].included else {
                tally.outside.append(display[key]!)
                continue
            }
            tally.placed += 1
            areas[a].stationFlow = zip(areas[a].stationFlow, flows[key]!).map(+)
            areas[a].stations.append(display[key]!)
        }
        // Time of day.
        var weights = [Double](repeating: 0, count: 24)
        if let rods = spec.timeOfDay {
            let table = try readCSV(rods)
            let period = try table.column("time_period", field: "footfall.timeOfDay")
            let entries = try table.column("entries", field: "footfall.timeOfDay")
            let exits = try table.column("exits", field: "footfall.timeOfDay")
            var totals: [String: Double] = [:]
            for r in table.rows.indices {
                let band = table.field(r, period)
                guard spec.bands.contains(where: { $0.0 == band }) else { continue }
                // An empty count (Kensington (Olympia) has no entries) adds nothing.
                for c in [entries, exits] where !table.field(r, c).isEmpty {
                    totals[band, default: 0] += try table.number(r, c)
                }
            }
            for (band, from, to) in spec.bands {
                guard let total = totals[band] else {
                    throw ImportError(file: rods, "has no rows for the band '\(band)' (footfall.bands)")
                }
                var h = from
                while h < to {
                    let step = min(1, to - h, Double(Int(h) + 1) - h)
                    weights[Int(h) % 24] += total / (to - from) * step
                    h += step
                }
            }
            tally.profileSource = "\(rods), bands " + spec.bands.map { "\($0.0) \(Self.clock($0.1))-\(Self.clock($0.2))" }.joined(separator: ", ")
        } else {
            weights = spec.hours ?? [Double](repeating: 1, count: 24)
            tally.profileSource = spec.hours == nil ? "flat (no time-of-day data)" : "the recipe's footfall.hours"
        }
        let sum = weights.reduce(0, +)
        guard sum > 0, sum.isFinite else {
            throw ImportError(file: spec.timeOfDay ?? recipeName, "the time-of-day profile has no flow in any hour")
        }
        tally.hourShare = weights.map { $0 / sum }
        return tally
    }

    static func clock(_ h: Double) -> String {
        let m = Int((h * 60).rounded())
        return "\(ImportPeriods.two((m / 60) % 24)):\(ImportPeriods.two(m % 60))"
    }

    /// People present in the area on average during the period: baseline, plus station
    /// entries and exits in the period times the dwell time, over the period's hours.
    static func footfall(_ area: ImportArea, spec: Recipe.Footfall, share: [Double], period: ImportPeriods.Period) -> Double {
        var flow = 0.0
        for slice in period.slices { flow += area.stationFlow[slice.day] * share[slice.hour] * slice.fraction }
        return spec.baseline + spec.dwellHours * flow / period.hours
    }
}
