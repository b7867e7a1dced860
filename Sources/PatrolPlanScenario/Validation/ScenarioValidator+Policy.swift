internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let policyFields = [
        "intelHalfLifeHours", "armedMinIntelScore", "armedMaxConsecutivePeriods", "armedMaxPeriodsPerArea",
        "armedMaxAreasPerPeriod", "armedMaxShare", "armedMaxShareOverall", "communityImpactWeight",
    ]

    /// `policy`: any of its fields, over model.md's defaults. The three `armedMax…` counts
    /// accept `null` for "no limit".
    mutating func readPolicy(_ value: JSONValue, at path: JSONPath) -> Policy {
        var policy = Policy()
        guard let object = ObjectReader(value, at: path, fields: Self.policyFields, context: &context) else {
            return policy
        }
        func number(_ key: String, _ range: NumberRange, _ apply: (inout Policy, Double) -> Void) {
            if let value = object[key], let number = context.number(value, at: object.path(key), range) {
                apply(&policy, number)
            }
        }
        func limit(_ key: String, minimum: Int, _ apply: (inout Policy, Int?) -> Void) {
            guard let value = object[key] else { return }
            if case .null = value.kind {
                apply(&policy, nil)
            } else if let count = context.integer(value, at: object.path(key), minimum: minimum) {
                apply(&policy, count)
            }
        }
        number("intelHalfLifeHours", .greaterThan(0)) { $0.intelHalfLifeHours = $1 }
        number("armedMinIntelScore", .between(0, 1)) { $0.armedMinIntelScore = $1 }
        limit("armedMaxConsecutivePeriods", minimum: 1) { $0.armedMaxConsecutivePeriods = $1 }
        limit("armedMaxPeriodsPerArea", minimum: 0) { $0.armedMaxPeriodsPerArea = $1 }
        limit("armedMaxAreasPerPeriod", minimum: 0) { $0.armedMaxAreasPerPeriod = $1 }
        number("armedMaxShare", .between(0, 1)) { $0.armedMaxShare = $1 }
        number("armedMaxShareOverall", .between(0, 1)) { $0.armedMaxShareOverall = $1 }
        number("communityImpactWeight", .atLeast(0)) { $0.communityImpactWeight = $1 }
        return policy
    }
}
