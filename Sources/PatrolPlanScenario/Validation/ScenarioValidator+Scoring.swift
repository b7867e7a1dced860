internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let scoringFields = [
        "sourceWeight", "assessmentWeight", "threatProbability", "attractiveness", "severity",
        "sensitivityPenalty", "exposureScale", "presenceBase", "presenceFootfall",
    ]

    /// `scoring`: partial tables merged key by key over model.md's defaults, and three scales.
    mutating func readScoring(_ value: JSONValue, at path: JSONPath) -> ScoringSettings {
        var scoring = ScoringSettings()
        guard let object = ObjectReader(value, at: path, fields: Self.scoringFields, context: &context) else {
            return scoring
        }
        let unit = NumberRange.between(0, 1)
        if let value = object["sourceWeight"] {
            readTable(SourceGrade.self, value, at: object.path("sourceWeight"), unit, into: &scoring.sourceWeight)
        }
        if let value = object["assessmentWeight"] {
            readTable(
                AssessmentGrade.self, value, at: object.path("assessmentWeight"), unit, into: &scoring.assessmentWeight)
        }
        if let value = object["threatProbability"] {
            readTable(
                ThreatLevel.self, value, at: object.path("threatProbability"), unit, into: &scoring.threatProbability)
        }
        if let value = object["attractiveness"] {
            readTable(Venue.self, value, at: object.path("attractiveness"), unit, into: &scoring.attractiveness)
        }
        if let value = object["severity"] {
            readTable(Category.self, value, at: object.path("severity"), .atLeast(0), into: &scoring.severity)
        }
        if let value = object["sensitivityPenalty"] {
            readTable(
                Sensitivity.self, value, at: object.path("sensitivityPenalty"), .atLeast(0),
                into: &scoring.sensitivityPenalty)
        }
        for key in ["exposureScale", "presenceBase", "presenceFootfall"] {
            guard let value = object[key],
                let number = context.number(
                    value, at: object.path(key),
                    key == "presenceBase" ? .atLeast(Self.smallestPresenceScale) : .greaterThan(0))
            else { continue }
            switch key {
            case "exposureScale": scoring.exposureScale = number
            case "presenceBase": scoring.presenceBase = number
            default: scoring.presenceFootfall = number
            }
        }
        return scoring
    }

    /// A partial table keyed by an enumeration's raw values (unknown keys are errors), each
    /// value within `range`, merged into `table`.
    mutating func readTable<Key: RawRepresentable & CaseIterable & Hashable>(
        _ type: Key.Type, _ value: JSONValue, at path: JSONPath, _ range: NumberRange, into table: inout [Key: Double]
    ) where Key.RawValue == String {
        let keys = Key.allCases.map(\.rawValue)
        guard let object = ObjectReader(value, at: path, fields: keys, context: &context) else { return }
        for key in Key.allCases {
            if let value = object[key.rawValue],
                let number = context.number(value, at: object.path(key.rawValue), range)
            {
                table[key] = number
            }
        }
    }
}
