/// London's 32 boroughs and the City, with approximate centres, as the clusters of synthetic
/// areas (wards). A scenario with more boroughs than these repeats the list with a number
/// ("Camden 2") and centres moved east.
struct SyntheticBorough {
    enum Zone { case central, inner, outer }

    var name: String
    var slug: String
    var zone: Zone
    var lat: Double
    var lon: Double

    /// Average wards per borough in London (629 / 33).
    static let wardsPerBorough = 19

    /// Ordered so that the first few already mix central, inner and outer London.
    static let london: [(String, Zone, Double, Double)] = [
        ("Westminster", .central, 51.4975, -0.1357),
        ("Haringey", .inner, 51.5880, -0.1060),
        ("Croydon", .outer, 51.3720, -0.0980),
        ("Newham", .inner, 51.5250, 0.0350),
        ("Brent", .outer, 51.5590, -0.2820),
        ("Southwark", .central, 51.4740, -0.0810),
        ("Enfield", .outer, 51.6520, -0.0810),
        ("Lambeth", .inner, 51.4570, -0.1230),
        ("Barnet", .outer, 51.6250, -0.1520),
        ("Ealing", .outer, 51.5130, -0.3050),
        ("Camden", .central, 51.5450, -0.1630),
        ("Hackney", .inner, 51.5450, -0.0550),
        ("Waltham Forest", .outer, 51.5880, -0.0120),
        ("Lewisham", .inner, 51.4450, -0.0210),
        ("Hillingdon", .outer, 51.5330, -0.4520),
        ("Tower Hamlets", .central, 51.5150, -0.0330),
        ("Redbridge", .outer, 51.5760, 0.0450),
        ("Islington", .inner, 51.5380, -0.1020),
        ("Bromley", .outer, 51.4050, 0.0140),
        ("Hounslow", .outer, 51.4680, -0.3610),
        ("Kensington and Chelsea", .central, 51.5020, -0.1947),
        ("Greenwich", .inner, 51.4830, 0.0060),
        ("Barking and Dagenham", .outer, 51.5540, 0.1340),
        ("Wandsworth", .inner, 51.4570, -0.1920),
        ("Harrow", .outer, 51.5800, -0.3340),
        ("Havering", .outer, 51.5770, 0.2120),
        ("City of London", .central, 51.5155, -0.0922),
        ("Hammersmith and Fulham", .inner, 51.4920, -0.2230),
        ("Bexley", .outer, 51.4550, 0.1500),
        ("Merton", .outer, 51.4100, -0.1880),
        ("Sutton", .outer, 51.3620, -0.1940),
        ("Kingston upon Thames", .outer, 51.4120, -0.3000),
        ("Richmond upon Thames", .outer, 51.4610, -0.3030),
    ]

    /// `count` boroughs: London's in the order above, repeated with a number when more
    /// are needed.
    static func boroughs(_ count: Int) -> [SyntheticBorough] {
        (0..<count).map { index in
            let (name, zone, lat, lon) = london[index % london.count]
            let round = index / london.count
            let slug = name.lowercased().split(separator: " ").joined(separator: "-")
            // Later rounds sit 0.8° further east each, so their wards do not overlap.
            return SyntheticBorough(
                name: round == 0 ? name : "\(name) \(round + 1)", slug: round == 0 ? slug : "\(slug)-\(round + 1)",
                zone: zone, lat: lat, lon: lon + 0.8 * Double(round))
        }
    }
}
