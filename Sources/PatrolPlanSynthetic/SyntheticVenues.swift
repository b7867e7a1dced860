internal import PatrolPlanScenario

/// What the synthetic scenario assumes about each venue type: how common it is in each part of
/// London, how many people are there at its busiest, when they come (hour of day, day of week),
/// its disorder, how many officers it can usefully take and what it is called.
struct VenueProfile {
    var venue: Venue
    /// Share of areas by zone: central, inner, outer (each column sums to 1 over venues).
    var mix: (central: Double, inner: Double, outer: Double)
    /// Footfall at the busiest hour of a normal day (uniform in this range).
    var peakFootfall: ClosedRange<Double>
    /// Footfall by hour of day relative to the peak (0 = midnight).
    var hourly: [Double]
    /// Footfall by day of week relative to a normal day (0 = Monday).
    var daily: [Double]
    var disorder: ClosedRange<Double>
    var maxOfficers: ClosedRange<Int>
    /// Chance of a standing minimum presence of one officer.
    var minimumPresence: Double
    /// What a place of this kind is called ("Camden station 2").
    var noun: String

    func mix(_ zone: SyntheticBorough.Zone) -> Double {
        switch zone {
        case .central: mix.central
        case .inner: mix.inner
        case .outer: mix.outer
        }
    }

    static let all: [VenueProfile] = [
        VenueProfile(
            venue: .residential, mix: (0.40, 0.55, 0.68), peakFootfall: 600...2500,
            hourly: [0.30, 0.25, 0.20, 0.20, 0.25, 0.35, 0.55, 0.75, 0.70, 0.55, 0.50, 0.50,
                     0.55, 0.55, 0.55, 0.60, 0.70, 0.85, 0.95, 1.00, 0.95, 0.80, 0.60, 0.45],
            daily: [1, 1, 1, 1, 1, 1.05, 1.05], disorder: 0...0.06, maxOfficers: 8...16, minimumPresence: 0,
            noun: "estate"),
        VenueProfile(
            venue: .retail, mix: (0.18, 0.15, 0.13), peakFootfall: 3000...12000,
            hourly: [0.05, 0.03, 0.02, 0.02, 0.02, 0.03, 0.08, 0.20, 0.40, 0.60, 0.80, 0.90,
                     1.00, 1.00, 0.95, 0.90, 0.90, 0.85, 0.70, 0.50, 0.35, 0.20, 0.10, 0.07],
            daily: [0.85, 0.85, 0.90, 0.95, 1.0, 1.25, 0.80], disorder: 0.02...0.10, maxOfficers: 10...20,
            minimumPresence: 0, noun: "high street"),
        VenueProfile(
            venue: .nightTimeEconomy, mix: (0.15, 0.12, 0.06), peakFootfall: 2500...10000,
            hourly: [0.90, 0.75, 0.55, 0.30, 0.12, 0.05, 0.05, 0.08, 0.12, 0.15, 0.20, 0.25,
                     0.35, 0.35, 0.30, 0.30, 0.35, 0.45, 0.60, 0.75, 0.85, 0.95, 1.00, 1.00],
            daily: [0.50, 0.55, 0.65, 0.80, 1.20, 1.40, 0.70], disorder: 0.10...0.35, maxOfficers: 12...24,
            minimumPresence: 0, noun: "night-time quarter"),
        VenueProfile(
            venue: .transportHub, mix: (0.12, 0.09, 0.06), peakFootfall: 8000...35000,
            hourly: [0.10, 0.05, 0.03, 0.03, 0.05, 0.20, 0.55, 0.95, 1.00, 0.70, 0.50, 0.45,
                     0.50, 0.50, 0.50, 0.55, 0.75, 0.95, 1.00, 0.70, 0.50, 0.40, 0.30, 0.20],
            daily: [1.0, 1.02, 1.02, 1.02, 1.0, 0.65, 0.50], disorder: 0.03...0.12, maxOfficers: 20...40,
            minimumPresence: 0.5, noun: "station"),
        VenueProfile(
            venue: .crowdedPlace, mix: (0.07, 0.05, 0.03), peakFootfall: 6000...25000,
            hourly: [0.10, 0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.20, 0.35, 0.50, 0.70, 0.85,
                     0.95, 1.00, 1.00, 0.95, 0.90, 0.85, 0.80, 0.70, 0.55, 0.40, 0.25, 0.15],
            daily: [0.80, 0.80, 0.85, 0.90, 1.0, 1.35, 1.10], disorder: 0.05...0.20, maxOfficers: 16...30,
            minimumPresence: 0.3, noun: "market"),
        VenueProfile(
            venue: .iconicSite, mix: (0.05, 0.01, 0.005), peakFootfall: 5000...20000,
            hourly: [0.08, 0.05, 0.03, 0.02, 0.02, 0.03, 0.06, 0.15, 0.35, 0.60, 0.85, 0.95,
                     1.00, 1.00, 1.00, 0.95, 0.85, 0.70, 0.55, 0.45, 0.35, 0.25, 0.15, 0.10],
            daily: [0.80, 0.80, 0.80, 0.85, 0.95, 1.30, 1.20], disorder: 0.03...0.10, maxOfficers: 16...30,
            minimumPresence: 0.5, noun: "landmark"),
        VenueProfile(
            venue: .other, mix: (0.03, 0.03, 0.035), peakFootfall: 800...4000,
            hourly: [0.20, 0.15, 0.10, 0.10, 0.15, 0.25, 0.45, 0.70, 0.85, 0.95, 1.00, 1.00,
                     1.00, 1.00, 1.00, 1.00, 0.95, 0.85, 0.70, 0.55, 0.45, 0.35, 0.30, 0.25],
            daily: [1, 1, 1, 1, 1, 0.90, 0.85], disorder: 0...0.05, maxOfficers: 6...12, minimumPresence: 0,
            noun: "business park"),
    ]
}
