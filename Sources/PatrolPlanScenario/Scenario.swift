/// A planning problem in the `patrolplan/scenario@1` or `@2` format (see `docs/formats.md`).
///
/// Values are fully resolved: every default of formats.md and model.md is filled in by
/// ``ScenarioDecoder``, so later layers never look up a default themselves.
public struct Scenario: Sendable, Equatable {
    /// The format tag of a scenario@1 document.
    public static let formatTag = ScenarioFormat.v1.tag

    /// The format version it was written in (scenario@2 allows per-period area values,
    /// commitments, period starts, boundaries and sources).
    public var format: ScenarioFormat
    public var name: String
    public var threatLevel: ThreatLevel
    public var periods: [Period]
    public var areas: [Area]
    public var intelligence: [IntelReport]
    public var forces: [Force]
    public var impactAssessments: [ImpactAssessment]
    public var policy: Policy
    public var scoring: ScoringSettings
    /// model.md §4.12 (scenario@2).
    public var commitments: [Commitment]
    /// Where the data came from (scenario@2; descriptive).
    public var sources: [DataSource]
    /// Free text (scenario@2; descriptive).
    public var notes: String?

    public init(
        format: ScenarioFormat = .v1, name: String, threatLevel: ThreatLevel, periods: [Period], areas: [Area],
        intelligence: [IntelReport] = [], forces: [Force],
        impactAssessments: [ImpactAssessment] = [], policy: Policy = Policy(),
        scoring: ScoringSettings = ScoringSettings(), commitments: [Commitment] = [],
        sources: [DataSource] = [], notes: String? = nil
    ) {
        self.format = format
        self.name = name
        self.threatLevel = threatLevel
        self.periods = periods
        self.areas = areas
        self.intelligence = intelligence
        self.forces = forces
        self.impactAssessments = impactAssessments
        self.policy = policy
        self.scoring = scoring
        self.commitments = commitments
        self.sources = sources
        self.notes = notes
    }

    /// Whether periods carry start times (scenario@2: all or none).
    public var hasPeriodStarts: Bool {
        periods.first?.start != nil
    }
}

/// A scenario format version (formats.md).
public enum ScenarioFormat: Int, Sendable, Equatable, Comparable, CaseIterable {
    case v1 = 1
    case v2 = 2

    /// `patrolplan/scenario@N`.
    public var tag: String { "patrolplan/scenario@\(rawValue)" }

    public init?(tag: String) {
        guard let format = Self.allCases.first(where: { $0.tag == tag }) else { return nil }
        self = format
    }

    public static func < (lhs: ScenarioFormat, rhs: ScenarioFormat) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// The UK national terrorism threat level.
public enum ThreatLevel: String, Sendable, CaseIterable, Codable {
    case low, moderate, substantial, severe, critical
}

/// One planning period, in time order.
public struct Period: Sendable, Equatable {
    public var id: String
    public var label: String?
    /// Length in hours, in (0, 24].
    public var hours: Double
    /// When it starts (scenario@2; all periods or none). Gaps between periods are allowed.
    public var start: Timestamp?

    public init(id: String, label: String? = nil, hours: Double, start: Timestamp? = nil) {
        self.id = id
        self.label = label
        self.hours = hours
        self.start = start
    }
}

/// Venue types of model.md §1, which set terrorism attractiveness.
public enum Venue: String, Sendable, CaseIterable, Codable {
    case crowdedPlace = "crowded_place"
    case transportHub = "transport_hub"
    case iconicSite = "iconic_site"
    case retail
    case nightTimeEconomy = "night_time_economy"
    case residential
    case other

    /// Venues where, at threat level severe or critical, armed presence is eligible without
    /// specific intelligence (model.md §4.5).
    public var isCrowdedPlace: Bool {
        self == .crowdedPlace || self == .transportHub || self == .iconicSite
    }
}

/// How sensitive an area's community is to armed presence.
public enum Sensitivity: String, Sendable, CaseIterable, Codable {
    case low, medium, high
}

/// A latitude and longitude in degrees (WGS 84).
public struct Location: Sendable, Equatable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }
}

/// An area officers can patrol.
public struct Area: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var borough: String?
    public var venue: Venue
    public var footfall: PerPeriod
    /// In [0, 1] per period.
    public var gangActivity: PerPeriod
    /// In [0, 1] per period.
    public var disorder: PerPeriod
    public var sensitivity: Sensitivity
    /// Officers, per period (model.md §4.4).
    public var minOfficers: PeriodValues<Int>
    /// Officers, per period; `nil` where there is no capacity (model.md §4.3).
    public var maxOfficers: PeriodValues<Int?>
    /// Effective officers for half the effect, per period; `nil` where it is computed from
    /// footfall (model.md §2).
    public var presenceScale: PeriodValues<Double?>
    public var location: Location?
    /// The outline, for maps (scenario@2).
    public var boundary: AreaBoundary?

    public init(
        id: String, name: String? = nil, borough: String? = nil, venue: Venue = .other,
        footfall: PerPeriod = 0, gangActivity: PerPeriod = 0, disorder: PerPeriod = 0,
        sensitivity: Sensitivity = .medium, minOfficers: PeriodValues<Int> = 0, maxOfficers: PeriodValues<Int?> = nil,
        presenceScale: PeriodValues<Double?> = nil, location: Location? = nil, boundary: AreaBoundary? = nil
    ) {
        self.id = id
        self.name = name
        self.borough = borough
        self.venue = venue
        self.footfall = footfall
        self.gangActivity = gangActivity
        self.disorder = disorder
        self.sensitivity = sensitivity
        self.minOfficers = minOfficers
        self.maxOfficers = maxOfficers
        self.presenceScale = presenceScale
        self.location = location
        self.boundary = boundary
    }
}

/// Threat categories of model.md.
public enum Category: String, Sendable, CaseIterable, Codable, Comparable {
    case violence, terrorism, disorder

    public static func < (lhs: Category, rhs: Category) -> Bool {
        lhs.index < rhs.index
    }

    /// Position in `Category.allCases`, for dense arrays.
    public var index: Int {
        switch self {
        case .violence: 0
        case .terrorism: 1
        case .disorder: 2
        }
    }
}

/// 3x5x2 source evaluation.
public enum SourceGrade: String, Sendable, CaseIterable, Codable {
    case reliable = "1"
    case untested = "2"
    case notReliable = "3"
}

/// 3x5x2 intelligence assessment.
public enum AssessmentGrade: String, Sendable, CaseIterable, Codable {
    case a = "A", b = "B", c = "C", d = "D", e = "E"
}

/// 3x5x2 handling code. Reports marked ``confidential`` ("C") never have their id or summary
/// written to any output, log or error message.
public enum Handling: String, Sendable, CaseIterable, Codable {
    case permitted = "P"
    case confidential = "C"
}

/// A graded intelligence report.
public struct IntelReport: Sendable, Equatable {
    public var id: String
    public var area: String
    public var category: Category
    public var likelihood: Double
    public var source: SourceGrade
    public var assessment: AssessmentGrade
    public var handling: Handling
    /// Hours old at the start of the horizon (from `reportedAt` when the file gives that).
    public var ageHours: Double
    /// When it was reported (scenario@2, instead of `ageHours`).
    public var reportedAt: Timestamp?
    /// The periods it applies to; `nil` means all.
    public var periods: [String]?
    public var summary: String?

    public init(
        id: String, area: String, category: Category, likelihood: Double,
        source: SourceGrade, assessment: AssessmentGrade, handling: Handling = .confidential,
        ageHours: Double = 0, periods: [String]? = nil, summary: String? = nil, reportedAt: Timestamp? = nil
    ) {
        self.reportedAt = reportedAt
        self.id = id
        self.area = area
        self.category = category
        self.likelihood = likelihood
        self.source = source
        self.assessment = assessment
        self.handling = handling
        self.ageHours = ageHours
        self.periods = periods
        self.summary = summary
    }

    /// The id when it may be shown (handling "P"), else `nil`.
    public var publicID: String? {
        handling == .permitted ? id : nil
    }
}

/// Where a force's officers per period come from.
public enum ForcePool: Sendable, Equatable {
    /// Officers available per period, given directly.
    case available(PerPeriod)
    /// A headcount, of which `onDutyFraction` is on duty in every period.
    case headcount(Int)
}

/// A pool of officers of one kind.
public struct Force: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var armed: Bool
    public var pool: ForcePool
    /// Officers per deployment unit (default 2 if armed, else 1).
    public var unit: Int
    public var onDutyFraction: Double
    /// Effectiveness per category, indexed by `Category.index`, defaults filled in.
    public var effectiveness: [Double]

    public init(
        id: String, name: String? = nil, armed: Bool = false, pool: ForcePool,
        unit: Int? = nil, onDutyFraction: Double = 0.2, effectiveness: [Category: Double] = [:]
    ) {
        self.id = id
        self.name = name
        self.armed = armed
        self.pool = pool
        self.unit = unit ?? (armed ? 2 : 1)
        self.onDutyFraction = onDutyFraction
        let defaults = armed ? [1.0, 1.0, 0.3] : [0.5, 0.2, 1.0]
        self.effectiveness = Category.allCases.map { effectiveness[$0] ?? defaults[$0.index] }
    }

    /// Effectiveness against one category.
    public func effectiveness(_ category: Category) -> Double {
        effectiveness[category.index]
    }
}

/// Status of a community impact assessment.
public enum AssessmentStatus: String, Sendable, CaseIterable, Codable {
    case approved, pending, rejected
}

/// A community impact assessment (CIA) for armed presence in one area.
public struct ImpactAssessment: Sendable, Equatable {
    public var id: String
    public var area: String
    public var status: AssessmentStatus
    /// The periods it covers; `nil` means all.
    public var periods: [String]?
    public var maxArmed: Int?
    public var consulted: [String]

    public init(
        id: String, area: String, status: AssessmentStatus, periods: [String]? = nil,
        maxArmed: Int? = nil, consulted: [String] = []
    ) {
        self.id = id
        self.area = area
        self.status = status
        self.periods = periods
        self.maxArmed = maxArmed
        self.consulted = consulted
    }
}

/// Armed-deployment policy (model.md §4), defaults filled in.
public struct Policy: Sendable, Equatable {
    public var intelHalfLifeHours: Double = 72
    public var armedMinIntelScore: Double = 0.3
    /// `nil` means no limit.
    public var armedMaxConsecutivePeriods: Int? = 2
    public var armedMaxPeriodsPerArea: Int?
    public var armedMaxAreasPerPeriod: Int?
    public var armedMaxShare: Double = 0.5
    public var armedMaxShareOverall: Double = 0.25
    public var communityImpactWeight: Double = 1

    public init() {}
}

/// Scoring tables (model.md §1–3), defaults merged with the scenario's overrides.
public struct ScoringSettings: Sendable, Equatable {
    public var sourceWeight: [SourceGrade: Double] = [.reliable: 1.0, .untested: 0.6, .notReliable: 0.2]
    public var assessmentWeight: [AssessmentGrade: Double] = [.a: 1.0, .b: 0.8, .c: 0.6, .d: 0.3, .e: 0.0]
    public var threatProbability: [ThreatLevel: Double] = [
        .low: 0.02, .moderate: 0.05, .substantial: 0.10, .severe: 0.30, .critical: 0.60,
    ]
    public var attractiveness: [Venue: Double] = [
        .crowdedPlace: 1.0, .transportHub: 1.0, .iconicSite: 1.0, .retail: 0.7,
        .nightTimeEconomy: 0.6, .residential: 0.1, .other: 0.3,
    ]
    public var severity: [Category: Double] = [.violence: 10, .terrorism: 10, .disorder: 2]
    public var sensitivityPenalty: [Sensitivity: Double] = [.low: 0.05, .medium: 0.15, .high: 0.40]
    public var exposureScale: Double = 10000
    public var presenceBase: Double = 2
    public var presenceFootfall: Double = 5000

    public init() {}
}
