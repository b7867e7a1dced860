public import Foundation

/// Writes a ``Scenario`` as a `patrolplan/scenario@1` document that ``ScenarioDecoder`` reads
/// back to the same value.
///
/// Like plan@1: pretty-printed, keys sorted, numbers in Swift's shortest form that reads back
/// exactly, so the same scenario always gives the same bytes. Every policy field is written
/// (a limit of "none" as `null`); scoring tables only where they differ from model.md's defaults.
public enum ScenarioJSON {
    /// The document's bytes, ending in a newline. Throws only for a non-finite number, which a
    /// validated or generated scenario never has.
    public static func encode(_ scenario: Scenario) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document(scenario))
        data.append(0x0A)
        return data
    }

    static func document(_ scenario: Scenario) -> JSONTree {
        var root: [String: JSONTree] = [
            "format": .string(Scenario.formatTag),
            "name": .string(scenario.name),
            "threatLevel": .string(scenario.threatLevel.rawValue),
            "periods": .array(scenario.periods.map(period)),
            "areas": .array(scenario.areas.map(area)),
            "intelligence": .array(scenario.intelligence.map(intel)),
            "forces": .array(scenario.forces.map(force)),
            "impactAssessments": .array(scenario.impactAssessments.map(assessment)),
            "policy": policy(scenario.policy),
        ]
        let scoring = scoring(scenario.scoring)
        if !scoring.isEmpty { root["scoring"] = .object(scoring) }
        return .object(root)
    }

    static func period(_ period: Period) -> JSONTree {
        var object: [String: JSONTree] = ["id": .string(period.id), "hours": .number(period.hours)]
        object["label"] = period.label.map(JSONTree.string)
        return .object(object)
    }

    static func area(_ area: Area) -> JSONTree {
        var object: [String: JSONTree] = [
            "id": .string(area.id), "venue": .string(area.venue.rawValue), "footfall": perPeriod(area.footfall),
            "gangActivity": .number(area.gangActivity), "disorder": .number(area.disorder),
            "sensitivity": .string(area.sensitivity.rawValue), "minOfficers": .integer(area.minOfficers),
        ]
        object["name"] = area.name.map(JSONTree.string)
        object["borough"] = area.borough.map(JSONTree.string)
        object["maxOfficers"] = area.maxOfficers.map(JSONTree.integer)
        object["presenceScale"] = area.presenceScale.map(JSONTree.number)
        object["location"] = area.location.map { .object(["lat": .number($0.lat), "lon": .number($0.lon)]) }
        return .object(object)
    }

    static func intel(_ report: IntelReport) -> JSONTree {
        var object: [String: JSONTree] = [
            "id": .string(report.id), "area": .string(report.area), "category": .string(report.category.rawValue),
            "likelihood": .number(report.likelihood), "source": .string(report.source.rawValue),
            "assessment": .string(report.assessment.rawValue), "handling": .string(report.handling.rawValue),
            "ageHours": .number(report.ageHours),
        ]
        object["periods"] = report.periods.map { .array($0.map(JSONTree.string)) }
        object["summary"] = report.summary.map(JSONTree.string)
        return .object(object)
    }

    static func force(_ force: Force) -> JSONTree {
        var object: [String: JSONTree] = [
            "id": .string(force.id), "armed": .bool(force.armed), "unit": .integer(force.unit),
            "onDutyFraction": .number(force.onDutyFraction),
            "effectiveness": .object(
                Dictionary(uniqueKeysWithValues: Category.allCases.map { ($0.rawValue, .number(force.effectiveness($0))) })),
        ]
        object["name"] = force.name.map(JSONTree.string)
        switch force.pool {
        case .available(let available): object["available"] = perPeriod(available)
        case .headcount(let headcount): object["headcount"] = .integer(headcount)
        }
        return .object(object)
    }

    static func assessment(_ cia: ImpactAssessment) -> JSONTree {
        var object: [String: JSONTree] = [
            "id": .string(cia.id), "area": .string(cia.area), "status": .string(cia.status.rawValue),
            "consulted": .array(cia.consulted.map(JSONTree.string)),
        ]
        object["periods"] = cia.periods.map { .array($0.map(JSONTree.string)) }
        object["maxArmed"] = cia.maxArmed.map(JSONTree.integer)
        return .object(object)
    }

    /// A number when no period has its own value; else an object (its `default` left out when 0,
    /// the decoder's default).
    static func perPeriod(_ value: PerPeriod) -> JSONTree {
        guard !value.values.isEmpty else { return .number(value.defaultValue) }
        var object = value.values.mapValues(JSONTree.number)
        if value.defaultValue != 0 { object["default"] = .number(value.defaultValue) }
        return .object(object)
    }

    static func policy(_ policy: Policy) -> JSONTree {
        func limit(_ value: Int?) -> JSONTree { value.map(JSONTree.integer) ?? .null }
        return .object([
            "intelHalfLifeHours": .number(policy.intelHalfLifeHours),
            "armedMinIntelScore": .number(policy.armedMinIntelScore),
            "armedMaxConsecutivePeriods": limit(policy.armedMaxConsecutivePeriods),
            "armedMaxPeriodsPerArea": limit(policy.armedMaxPeriodsPerArea),
            "armedMaxAreasPerPeriod": limit(policy.armedMaxAreasPerPeriod),
            "armedMaxShare": .number(policy.armedMaxShare),
            "armedMaxShareOverall": .number(policy.armedMaxShareOverall),
            "communityImpactWeight": .number(policy.communityImpactWeight),
        ])
    }

    /// The scoring settings that differ from the defaults, table by table and key by key.
    static func scoring(_ scoring: ScoringSettings) -> [String: JSONTree] {
        let defaults = ScoringSettings()
        var object: [String: JSONTree] = [:]
        func table<Key: RawRepresentable<String>>(_ name: String, _ value: [Key: Double], _ base: [Key: Double]) {
            let changed = value.filter { base[$0.key] != $0.value }
            guard !changed.isEmpty else { return }
            object[name] = .object(Dictionary(uniqueKeysWithValues: changed.map { ($0.key.rawValue, .number($0.value)) }))
        }
        table("sourceWeight", scoring.sourceWeight, defaults.sourceWeight)
        table("assessmentWeight", scoring.assessmentWeight, defaults.assessmentWeight)
        table("threatProbability", scoring.threatProbability, defaults.threatProbability)
        table("attractiveness", scoring.attractiveness, defaults.attractiveness)
        table("severity", scoring.severity, defaults.severity)
        table("sensitivityPenalty", scoring.sensitivityPenalty, defaults.sensitivityPenalty)
        for (name, value, base) in [
            ("exposureScale", scoring.exposureScale, defaults.exposureScale),
            ("presenceBase", scoring.presenceBase, defaults.presenceBase),
            ("presenceFootfall", scoring.presenceFootfall, defaults.presenceFootfall),
        ] where value != base {
            object[name] = .number(value)
        }
        return object
    }
}

/// A JSON value to encode (the parser's ``JSONValue`` carries source positions; this does not).
/// Whole numbers are written without a fraction, so integer fields read back as integers.
enum JSONTree: Encodable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .integer(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let value):
            var container = encoder.singleValueContainer()
            if value == value.rounded(), abs(value) < 0x1p53 {
                try container.encode(Int(value))
            } else {
                try container.encode(value)
            }
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in members { try container.encode(value, forKey: Key(key)) }
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
