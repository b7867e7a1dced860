/// How a plan stands against the armed-deployment policy (plan@1 addition `policy`): armed
/// officer-hours overall, and per period and per area the figures each limit of model.md §4
/// constrains, beside the limit. A limit that is absent is not set.
public struct PolicySummary: Codable, Sendable, Equatable {
    /// `Σ hours_t × armed_{a,t}`.
    public var armedOfficerHours: Double
    /// `Σ hours_t × Σ_k x_{a,t,k}`.
    public var officerHours: Double
    /// armedOfficerHours / officerHours (0 when nobody is deployed).
    public var armedShare: Double
    /// Every period, in scenario order.
    public var periods: [PeriodFigures]
    /// Every area with armed presence in some period, in scenario order.
    public var areas: [AreaFigures]

    /// One period against §4.9 and §4.11.
    public struct PeriodFigures: Codable, Sendable, Equatable {
        public var period: String
        /// Armed officers over all officers deployed in the period.
        public var armedShare: Double
        /// `armedMaxShareOverall`.
        public var armedShareLimit: Double
        /// Areas with armed officers.
        public var armedAreas: Int
        /// `armedMaxAreasPerPeriod`, absent when not set.
        public var armedAreasLimit: Int?
    }

    /// One area against §4.8.
    public struct AreaFigures: Codable, Sendable, Equatable {
        public var area: String
        /// The longest run of consecutive periods with armed officers.
        public var longestArmedRun: Int
        /// `armedMaxConsecutivePeriods`, absent when not set.
        public var longestArmedRunLimit: Int?
        /// Periods with armed officers.
        public var armedPeriods: Int
        /// `armedMaxPeriodsPerArea`, absent when not set.
        public var armedPeriodsLimit: Int?
    }
}
