public import Foundation

/// Writes a ``Scenario`` as a `patrolplan/scenario@1` or `@2` document (its ``Scenario/format``)
/// that ``ScenarioDecoder`` reads back to the same value.
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
            "format": .string(scenario.format.tag),
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
        if !scenario.commitments.isEmpty { root["commitments"] = .array(scenario.commitments.map(commitment)) }
        if !scenario.sources.isEmpty { root["sources"] = .array(scenario.sources.map(source)) }
        root["notes"] = scenario.notes.map(JSONTree.string)
        return .object(root)
    }

    static func period(_ period: Period) -> JSONTree {
        var object: [String: JSONTree] = ["id": .string(period.id), "hours": .number(period.hours)]
        object["label"] = period.label.map(JSONTree.string)
        object["start"] = period.start.map { .string($0.text) }
        return .object(object)
    }

    static func commitment(_ commitment: Commitment) -> JSONTree {
        var object: [String: JSONTree] = [
            "id": .string(commitment.id), "area": .string(commitment.area), "force": .string(commitment.force),
            "officers": .integer(commitment.officers),
        ]
        object["periods"] = commitment.periods.map { .array($0.map(JSONTree.string)) }
        object["note"] = commitment.note.map(JSONTree.string)
        return .object(object)
    }

    static func source(_ source: DataSource) -> JSONTree {
        var object: [String: JSONTree] = ["name": .string(source.name)]
        for (key, value) in [
            ("licence", source.licence), ("attribution", source.attribution), ("path", source.path),
            ("url", source.url), ("note", source.note),
        ] {
            object[key] = value.map(JSONTree.string)
        }
        return .object(object)
    }

    static func boundary(_ boundary: AreaBoundary) -> JSONTree {
        func polygon(_ rings: [[Location]]) -> JSONTree {
            .array(rings.map { ring in .array(ring.map { .array([.number($0.lon), .number($0.lat)]) }) })
        }
        let coordinates: JSONTree =
            switch boundary.kind {
            case .polygon: boundary.polygons.first.map(polygon) ?? .array([])
            case .multiPolygon: .array(boundary.polygons.map(polygon))
            }
        return .object(["type": .string(boundary.kind.rawValue), "coordinates": coordinates])
    }

    static func area(_ area: Area) -> JSONTree {
        var object: [String: JSONTree] = [
            "id": .string(area.id), "venue": .string(area.venue.rawValue), "footfall": perPeriod(area.footfall),
            "gangActivity": perPeriod(area.gangActivity), "disorder": perPeriod(area.disorder),
            "sensitivity": .string(area.sensitivity.rawValue),
            "minOfficers": perPeriod(area.minOfficers.map(Double.init), unset: 0),
        ]
        object["name"] = area.name.map(JSONTree.string)
        object["borough"] = area.borough.map(JSONTree.string)
        object["maxOfficers"] = optionalPerPeriod(area.maxOfficers.map { $0.map(Double.init) })
        object["presenceScale"] = optionalPerPeriod(area.presenceScale)
        object["location"] = area.location.map { .object(["lat": .number($0.lat), "lon": .number($0.lon)]) }
        object["boundary"] = area.boundary.map(boundary)
        return .object(object)
    }

    static func intel(_ report: IntelReport) -> JSONTree {
        var object: [String: JSONTree] = [
            "id": .string(report.id), "area": .string(report.area), "category": .string(report.category.rawValue),
            "likelihood": .number(report.likelihood), "source": .string(report.source.rawValue),
            "assessment": .string(report.assessment.rawValue), "handling": .string(report.handling.rawValue),
            "ageHours": .number(report.ageHours),
        ]
        if let reportedAt = report.reportedAt {
            object["ageHours"] = nil
            object["reportedAt"] = .string(reportedAt.text)
        }
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

    /// A number when no period has its own value; else an object (its `default` left out when
    /// it is `unset`, the decoder's default).
    static func perPeriod(_ value: PerPeriod, unset: Double = 0) -> JSONTree {
        guard !value.values.isEmpty else { return .number(value.defaultValue) }
        var object = value.values.mapValues(JSONTree.number)
        if value.defaultValue != unset { object["default"] = .number(value.defaultValue) }
        return .object(object)
    }

    /// A field whose default is "not set": absent when never set, a number when the same in
    /// every period, else an object (a period without a value written as `null` is not
    /// possible, so a "not set" value can only be the default).
    static func optionalPerPeriod(_ value: PeriodValues<Double?>) -> JSONTree? {
        if value.values.isEmpty { return value.defaultValue.map(JSONTree.number) }
        var object: [String: JSONTree] = [:]
        for (key, number) in value.values {
            if let number { object[key] = .number(number) }
        }
        if let number = value.defaultValue { object["default"] = .number(number) }
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
