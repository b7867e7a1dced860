internal import PatrolPlanScenario

/// Synthetic wards: clustered in boroughs, each with a venue type, footfall by period, gang
/// activity that is high or low borough by borough, disorder, sensitivity and limits.
struct SyntheticAreas {
    var calendar: SyntheticCalendar
    var periodIDs: [String]

    /// Gang activity of a borough: most low, some elevated, a few hotspots.
    static let boroughGang: [(ClosedRange<Double>, Double)] = [(0.03...0.12, 0.70), (0.12...0.25, 0.22), (0.25...0.40, 0.08)]

    /// Footfall scale by zone: central London is busier.
    static func footfallScale(_ zone: SyntheticBorough.Zone) -> Double {
        switch zone {
        case .central: 1.3
        case .inner: 1.1
        case .outer: 0.9
        }
    }

    func areas(count: Int, rng: inout SplitMix64) -> [Area] {
        let boroughs = SyntheticBorough.boroughs(max(1, (count + SyntheticBorough.wardsPerBorough / 2) / SyntheticBorough.wardsPerBorough))
        var areas: [Area] = []
        areas.reserveCapacity(count)
        for (b, borough) in boroughs.enumerated() {
            // Wards split as evenly as possible, the first boroughs taking the remainder.
            let wards = count / boroughs.count + (b < count % boroughs.count ? 1 : 0)
            let gangRange = rng.weighted(Self.boroughGang)
            let gang = rng.uniform(gangRange.lowerBound, gangRange.upperBound)
            // There are at most count / 19 boroughs (rounded), so each has at least one ward.
            for ward in 1...max(1, wards) {
                areas.append(area(borough: borough, ward: ward, boroughGang: gang, rng: &rng))
            }
        }
        return areas
    }

    func area(borough: SyntheticBorough, ward: Int, boroughGang: Double, rng: inout SplitMix64) -> Area {
        let profile = rng.weighted(VenueProfile.all.map { ($0, $0.mix(borough.zone)) })
        let peak = rng.uniform(profile.peakFootfall.lowerBound, profile.peakFootfall.upperBound)
            * Self.footfallScale(borough.zone)
        var footfall: [String: Double] = [:]
        for (t, id) in periodIDs.enumerated() {
            footfall[id] = (peak * calendar.mean(profile.hourly, dayFactor: profile.daily, period: t) / 10).rounded() * 10
        }
        let gang = gangActivity(profile.venue, boroughGang: boroughGang, rng: &rng)
        let minimum = rng.chance(profile.minimumPresence) ? 1 : 0
        let number = ward < 10 ? "0\(ward)" : "\(ward)"
        return Area(
            id: "\(borough.slug)-\(number)", name: "\(borough.name) \(profile.noun) \(ward)", borough: borough.name,
            venue: profile.venue, footfall: PerPeriod(default: 0, values: footfall), gangActivity: PerPeriod(gang),
            disorder: PerPeriod(roundDecimal(rng.uniform(profile.disorder.lowerBound, profile.disorder.upperBound), 3)),
            sensitivity: sensitivity(profile.venue, gang: gang, rng: &rng), minOfficers: PeriodValues(minimum),
            maxOfficers: PeriodValues(rng.integer(profile.maxOfficers)),
            location: Location(
                lat: roundDecimal(borough.lat + rng.uniform(-0.02, 0.02), 4),
                lon: roundDecimal(borough.lon + rng.uniform(-0.03, 0.03), 4)))
    }

    /// The borough's level, scaled by the venue (estates and night-time quarters carry most of
    /// it), plus the odd estate hotspot.
    func gangActivity(_ venue: Venue, boroughGang: Double, rng: inout SplitMix64) -> Double {
        var gang: Double
        switch venue {
        case .residential:
            gang = boroughGang * rng.uniform(0.4, 1.8)
            if rng.chance(0.1) { gang += rng.uniform(0.1, 0.3) }
        case .nightTimeEconomy:
            gang = boroughGang * rng.uniform(0.8, 1.6)
        default:
            gang = boroughGang * rng.uniform(0.3, 1.0)
        }
        return roundDecimal(min(0.8, max(0, gang)), 3)
    }

    /// Estates with gang activity are the most sensitive to armed presence; commercial and
    /// transport areas the least.
    func sensitivity(_ venue: Venue, gang: Double, rng: inout SplitMix64) -> Sensitivity {
        switch venue {
        case .residential where gang > 0.25:
            rng.weighted([(.high, 0.7), (.medium, 0.3)])
        case .residential:
            rng.weighted([(.medium, 0.6), (.low, 0.25), (.high, 0.15)])
        case .nightTimeEconomy:
            rng.weighted([(.medium, 0.7), (.high, 0.15), (.low, 0.15)])
        default:
            rng.weighted([(.low, 0.5), (.medium, 0.5)])
        }
    }
}
