import Foundation

/// What happened to the crime rows: every row read is used, or counted under a reason.
package struct CrimeTally {
    package var files = 0
    package var rows = 0
    package var outsideMonths = 0
    package var noLocation = 0
    package var outsideAreas = 0
    /// Counts-table rows whose area is not one of the areas (rows, crimes in the window).
    package var unknownAreaRows = 0
    package var unknownAreaCrimes = 0.0
    package var placed = 0
    package var gang = 0.0
    package var disorder = 0.0
    package var otherTypes = 0.0
    package var days = 0
    package var unusedTypes: [String: Double] = [:]
}

extension Importer {
    /// Adds the window's gangActivity and disorder crimes to each area.
    func loadCrime(_ crime: Recipe.Crime, areas: inout [ImportArea]) throws(ImportError) -> CrimeTally {
        var tally = CrimeTally()
        let first = Recipe.monthIndex(crime.from)!, last = Recipe.monthIndex(crime.to)!
        for m in first...last {
            let y = m / 12, month = m % 12 + 1
            let comps = DateComponents(year: y, month: month)
            let cal = Calendar(identifier: .gregorian)
            tally.days += cal.range(of: .day, in: .month, for: cal.date(from: comps)!)!.count
        }
        let index = Dictionary(uniqueKeysWithValues: areas.enumerated().filter { $1.included }.map { ($1.id, $0) })
        let gang = Set(crime.gangActivity.map { $0.lowercased() })
        let disorder = Set(crime.disorder.map { $0.lowercased() })
        func add(_ type: String, _ n: Double, to a: Int) {
            let key = type.lowercased()
            if gang.contains(key) {
                areas[a].gangCrimes += n
                tally.gang += n
            } else if disorder.contains(key) {
                areas[a].disorderCrimes += n
                tally.disorder += n
            } else {
                tally.otherTypes += n
                tally.unusedTypes[type, default: 0] += n
            }
        }
        switch crime.input {
        case .policeUK(let paths, let placement):
            var lookup: [String: String]?
            if case .lsoasFromCrime = recipe.areas.input {
                lookup = Dictionary(uniqueKeysWithValues: areas.map { ($0.id, $0.id) })
            } else if case .lsoa(let path, let lsoaColumn, let areaColumn) = placement {
                let table = try readCSV(path)
                let l = try table.column(lsoaColumn, field: "crime.lsoaLookup.lsoaColumn")
                let a = try table.column(areaColumn, field: "crime.lsoaLookup.areaColumn")
                var map: [String: String] = [:]
                for r in table.rows.indices { map[table.field(r, l)] = table.field(r, a) }
                lookup = map
            } else if areas.contains(where: { $0.shape == nil }) {
                throw ImportError(
                    file: recipeName, place: "crime",
                    "placing street-level crimes by point in polygon needs area polygons (areas.geojson); or give crime.lsoaLookup")
            }
            for path in paths {
                for file in try csvFiles(path) {
                    let table = try readCSV(file)
                    tally.files += 1
                    progress("crime: \(file) (\(table.rows.count) rows)")
                    let month = try table.column("Month", field: "crime.policeUK")
                    let lon = try table.column("Longitude", field: "crime.policeUK")
                    let lat = try table.column("Latitude", field: "crime.policeUK")
                    let lsoa = try table.column("LSOA code", field: "crime.policeUK")
                    let type = try table.column("Crime type", field: "crime.policeUK")
                    for r in table.rows.indices {
                        tally.rows += 1
                        guard let m = Recipe.monthIndex(table.field(r, month)) else {
                            throw ImportError(file: file, place: table.place(r, month), "'\(table.field(r, month))' is not a month YYYY-MM")
                        }
                        guard m >= first, m <= last else {
                            tally.outsideMonths += 1
                            continue
                        }
                        var area: Int?
                        if let lookup {
                            let code = table.field(r, lsoa)
                            guard !code.isEmpty else {
                                tally.noLocation += 1
                                continue
                            }
                            area = lookup[code].flatMap { index[$0] }
                        } else {
                            let x = table.field(r, lon), y = table.field(r, lat)
                            guard !x.isEmpty, !y.isEmpty else {
                                tally.noLocation += 1
                                continue
                            }
                            let p = GeoPoint(lon: try table.number(r, lon), lat: try table.number(r, lat))
                            area = areas.firstIndex { $0.shape!.contains(p) }.flatMap { areas[$0].included ? $0 : nil }
                        }
                        guard let a = area else {
                            tally.outsideAreas += 1
                            continue
                        }
                        tally.placed += 1
                        add(table.field(r, type), 1, to: a)
                    }
                }
            }
        case .countsTable(let path, let areaColumn, let categoryColumn):
            let table = try readCSV(path)
            tally.files = 1
            progress("crime: \(path) (\(table.rows.count) rows)")
            let area = try table.column(areaColumn, field: "crime.areaColumn")
            let category = try table.column(categoryColumn, field: "crime.categoryColumn")
            var columns: [Int] = []
            for m in first...last {
                let name = "\(m / 12)\(ImportPeriods.two(m % 12 + 1))"
                guard let c = table.optionalColumn(name) ?? table.optionalColumn("\(m / 12)-\(ImportPeriods.two(m % 12 + 1))") else {
                    throw ImportError(file: path, "has no column for month \(name) (crime.from \(crime.from) to crime.to \(crime.to))")
                }
                columns.append(c)
            }
            tally.outsideMonths = table.header.filter { Recipe.monthIndex($0) != nil }.count - columns.count
            for r in table.rows.indices {
                tally.rows += 1
                var n = 0.0
                for c in columns {
                    let x = try table.number(r, c)
                    guard x >= 0 else { throw ImportError(file: path, place: table.place(r, c), "a negative count (\(x))") }
                    n += x
                }
                guard let a = index[table.field(r, area)] else {
                    tally.unknownAreaRows += 1
                    tally.unknownAreaCrimes += n
                    continue
                }
                tally.placed += 1
                add(table.field(r, category), n, to: a)
            }
        }
        return tally
    }

    /// Expected count in each period of `perDay` crimes a day, spread by the profile
    /// (model inputs: `1 − exp(−expected)`).
    static func expected(perDay: Double, profile: Recipe.Profile, period: ImportPeriods.Period) -> Double {
        let total = profile.hours.reduce(0, +) * profile.days.reduce(0, +)
        var share = 0.0
        for slice in period.slices { share += profile.days[slice.day] * profile.hours[slice.hour] * slice.fraction }
        return perDay * 7 * share / total
    }
}
