public import PatrolPlanScoring
public import PatrolPlanScenario

/// Why an allocation may hold armed officers (plan@1 addition `armedBasis`): the approved
/// community impact assessments, the intelligence that qualifies, and the threat-level rule.
///
/// Arrays are sorted so the JSON is deterministic. Only "P" report ids appear; "C" reports are
/// counted in ``IntelligenceBasis/restrictedReports``.
public struct ArmedDeploymentBasis: Codable, Sendable, Equatable {
    /// Ids of the approved CIAs covering the area-period, sorted.
    public var assessments: [String]
    /// The smallest `maxArmed` among them; `nil` (JSON `null`) when none sets one.
    public var maxArmed: Int?
    /// Each category whose `I` reaches `armedMinIntelScore`, in category order.
    public var intelligence: [IntelligenceBasis]
    /// The severe/critical threat at a crowded place rule, when it holds; absent otherwise.
    public var threatRule: ThreatRuleBasis?

    public init(
        assessments: [String], maxArmed: Int?, intelligence: [IntelligenceBasis], threatRule: ThreatRuleBasis?
    ) {
        self.assessments = assessments
        self.maxArmed = maxArmed
        self.intelligence = intelligence
        self.threatRule = threatRule
    }

    /// One qualifying category's score and the reports behind it.
    public struct IntelligenceBasis: Codable, Sendable, Equatable {
        public var category: Category
        /// `I_{a,t,c}`.
        public var score: Double
        /// Ids of contributing "P" reports (p > 0), sorted.
        public var reports: [String]
        /// How many contributing "C" reports there are (never their ids).
        public var restrictedReports: Int

        public init(category: Category, score: Double, reports: [String], restrictedReports: Int) {
            self.category = category
            self.score = score
            self.reports = reports
            self.restrictedReports = restrictedReports
        }
    }

    /// The threat level and venue that meet the threat-level rule.
    public struct ThreatRuleBasis: Codable, Sendable, Equatable {
        public var level: ThreatLevel
        public var venue: Venue

        public init(level: ThreatLevel, venue: Venue) {
            self.level = level
            self.venue = venue
        }
    }

    enum CodingKeys: String, CodingKey {
        case assessments, maxArmed, intelligence, threatRule
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        assessments = try container.decode([String].self, forKey: .assessments)
        maxArmed = try container.decodeIfPresent(Int.self, forKey: .maxArmed)
        intelligence = try container.decode([IntelligenceBasis].self, forKey: .intelligence)
        threatRule = try container.decodeIfPresent(ThreatRuleBasis.self, forKey: .threatRule)
    }

    /// `maxArmed` is always written (`null` for no cap); `threatRule` only when it holds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assessments, forKey: .assessments)
        if let maxArmed {
            try container.encode(maxArmed, forKey: .maxArmed)
        } else {
            try container.encodeNil(forKey: .maxArmed)
        }
        try container.encode(intelligence, forKey: .intelligence)
        try container.encodeIfPresent(threatRule, forKey: .threatRule)
    }

    /// The scoring layer's basis with these figures, for describing it in words.
    public var armedBasis: ArmedBasis {
        ArmedBasis(
            assessments: assessments, maxArmed: maxArmed,
            violenceIntel: intelligence.first { $0.category == .violence }?.score,
            terrorismIntel: intelligence.first { $0.category == .terrorism }?.score,
            threatRule: threatRule != nil)
    }
}
