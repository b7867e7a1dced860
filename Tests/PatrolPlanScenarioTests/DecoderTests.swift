import Testing

import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanScenario
@testable import _PatrolPlanJSON

// MARK: - Fixtures

/// The example scenario of formats.md, verbatim.
private let formatsExample = #"""
    {
      "format": "patrolplan/scenario@1",
      "name": "Haringey armed patrol pilot",
      "threatLevel": "severe",
      "periods": [
        {"id": "fri-18", "label": "Fri 18:00-22:00", "hours": 4},
        {"id": "fri-22", "label": "Fri 22:00-02:00", "hours": 4}
      ],
      "areas": [
        {"id": "tottenham-hale", "name": "Tottenham Hale", "borough": "Haringey",
         "venue": "night_time_economy", "footfall": {"default": 1500, "fri-22": 4000},
         "gangActivity": 0.4, "disorder": 0.1, "sensitivity": "high",
         "minOfficers": 1, "maxOfficers": 30, "location": {"lat": 51.588, "lon": -0.060}}
      ],
      "intelligence": [
        {"id": "INT-0412", "area": "tottenham-hale", "category": "violence",
         "likelihood": 0.7, "source": "1", "assessment": "B", "handling": "C",
         "ageHours": 6, "periods": ["fri-22"], "summary": "free text, restricted"}
      ],
      "forces": [
        {"id": "afo", "name": "Armed officers", "armed": true, "headcount": 200, "onDutyFraction": 0.2},
        {"id": "neighbourhood", "armed": false, "available": {"default": 40, "fri-22": 55}},
        {"id": "servator", "armed": false, "available": 6,
         "effectiveness": {"violence": 0.3, "terrorism": 0.8, "disorder": 0.5}}
      ],
      "impactAssessments": [
        {"id": "CIA-HGY-07", "area": "tottenham-hale", "status": "approved",
         "periods": ["fri-22"], "maxArmed": 4, "consulted": ["Haringey BCU commander"]}
      ],
      "policy": {"armedMaxConsecutivePeriods": 2, "armedMaxShare": 0.5},
      "scoring": {"severity": {"disorder": 3}}
    }
    """#

/// A small valid scenario, with each section replaceable by a test.
private func document(
    top: String = #""format": "patrolplan/scenario@1", "name": "Test", "threatLevel": "severe""#,
    periods: String = #"[{"id": "fri-18", "hours": 4}, {"id": "fri-22", "hours": 4}]"#,
    areas: String = #"[{"id": "tottenham-hale"}, {"id": "wood-green"}]"#,
    intelligence: String? = nil,
    forces: String? = #"[{"id": "afo", "armed": true, "headcount": 100}, {"id": "pcso", "available": 5}]"#,
    impactAssessments: String? = nil,
    policy: String? = nil,
    scoring: String? = nil,
    extra: String? = nil
) -> String {
    var parts = [top, #""periods": \#(periods)"#, #""areas": \#(areas)"#]
    if let intelligence { parts.append(#""intelligence": \#(intelligence)"#) }
    if let forces { parts.append(#""forces": \#(forces)"#) }
    if let impactAssessments { parts.append(#""impactAssessments": \#(impactAssessments)"#) }
    if let policy { parts.append(#""policy": \#(policy)"#) }
    if let scoring { parts.append(#""scoring": \#(scoring)"#) }
    if let extra { parts.append(extra) }
    return "{\n" + parts.joined(separator: ",\n") + "\n}\n"
}

/// A valid intelligence report with some fields replaced (fields are spliced in as JSON text).
private func report(_ overrides: [String: String] = [:]) -> String {
    var fields: [(String, String)] = [
        ("id", #""INT-1""#), ("area", #""tottenham-hale""#), ("category", #""violence""#),
        ("likelihood", "0.5"), ("source", #""1""#), ("assessment", #""B""#),
    ]
    for (key, value) in overrides.sorted(by: { $0.key < $1.key }) {
        if let index = fields.firstIndex(where: { $0.0 == key }) {
            fields[index].1 = value
        } else {
            fields.append((key, value))
        }
    }
    return "{" + fields.filter { $0.1 != "-" }.map { #""\#($0.0)": \#($0.1)"# }.joined(separator: ", ") + "}"
}

private func decode(_ text: String, limits: DecoderLimits = .default) throws(ScenarioError) -> DecodedScenario {
    try ScenarioDecoder(limits: limits).decode(Array(text.utf8))
}

/// The diagnostics of a document that must fail.
private func errors(_ text: String, limits: DecoderLimits = .default) -> [Diagnostic] {
    do {
        let decoded = try decode(text, limits: limits)
        Issue.record("expected errors, but decoded \(decoded.scenario.name)")
        return []
    } catch {
        return error.diagnostics
    }
}

private func errors(_ bytes: [UInt8]) -> [Diagnostic] {
    do {
        _ = try ScenarioDecoder().decode(bytes)
        Issue.record("expected errors")
        return []
    } catch {
        return error.diagnostics
    }
}

// MARK: - Valid documents

@Suite("Decoder: valid scenarios")
struct DecoderValidTests {
    @Test func formatsExampleDecodesWithDefaultsResolved() throws {
        let decoded = try decode(formatsExample)
        #expect(decoded.warnings.isEmpty)
        let scenario = decoded.scenario
        #expect(scenario.name == "Haringey armed patrol pilot")
        #expect(scenario.threatLevel == .severe)
        #expect(
            scenario.periods == [
                Period(id: "fri-18", label: "Fri 18:00-22:00", hours: 4),
                Period(id: "fri-22", label: "Fri 22:00-02:00", hours: 4),
            ])
        #expect(
            scenario.areas == [
                Area(
                    id: "tottenham-hale", name: "Tottenham Hale", borough: "Haringey", venue: .nightTimeEconomy,
                    footfall: PerPeriod(default: 1500, values: ["fri-22": 4000]), gangActivity: 0.4, disorder: 0.1,
                    sensitivity: .high, minOfficers: 1, maxOfficers: 30, presenceScale: nil,
                    location: Location(lat: 51.588, lon: -0.060))
            ])
        #expect(
            scenario.intelligence == [
                IntelReport(
                    id: "INT-0412", area: "tottenham-hale", category: .violence, likelihood: 0.7, source: .reliable,
                    assessment: .b, handling: .confidential, ageHours: 6, periods: ["fri-22"],
                    summary: "free text, restricted")
            ])
        #expect(scenario.forces.count == 3)
        let afo = scenario.forces[0]
        #expect(afo.id == "afo" && afo.name == "Armed officers" && afo.armed)
        #expect(afo.pool == .headcount(200))
        #expect(afo.unit == 2)
        #expect(afo.onDutyFraction == 0.2)
        #expect(afo.effectiveness == [1.0, 1.0, 0.3])
        let neighbourhood = scenario.forces[1]
        #expect(neighbourhood.pool == .available(PerPeriod(default: 40, values: ["fri-22": 55])))
        #expect(neighbourhood.unit == 1 && !neighbourhood.armed && neighbourhood.name == nil)
        #expect(neighbourhood.effectiveness == [0.5, 0.2, 1.0])
        let servator = scenario.forces[2]
        #expect(servator.pool == .available(PerPeriod(6)))
        #expect(servator.effectiveness == [0.3, 0.8, 0.5])
        #expect(
            scenario.impactAssessments == [
                ImpactAssessment(
                    id: "CIA-HGY-07", area: "tottenham-hale", status: .approved, periods: ["fri-22"], maxArmed: 4,
                    consulted: ["Haringey BCU commander"])
            ])
        var policy = Policy()
        policy.armedMaxConsecutivePeriods = 2
        policy.armedMaxShare = 0.5
        #expect(scenario.policy == policy)
        #expect(scenario.scoring.severity == [.violence: 10, .terrorism: 10, .disorder: 3])
        var scoring = ScoringSettings()
        scoring.severity[.disorder] = 3
        #expect(scenario.scoring == scoring)
    }

    @Test func minimalScenarioTakesEveryDefault() throws {
        let text = document(
            intelligence: "[" + report() + "]",
            forces: #"[{"id": "afo", "armed": true, "available": {"fri-22": 4}}]"#,
            impactAssessments: #"[{"id": "CIA-1", "area": "wood-green", "status": "pending"}]"#,
            policy: #"{"armedMaxConsecutivePeriods": null, "armedMaxAreasPerPeriod": 3}"#)
        let scenario = try decode(text).scenario
        #expect(scenario.areas[1] == Area(id: "wood-green"))
        #expect(scenario.areas[1].venue == .other && scenario.areas[1].sensitivity == .medium)
        #expect(scenario.areas[1].footfall == PerPeriod(0))
        let intel = try #require(scenario.intelligence.first)
        #expect(intel.handling == .confidential && intel.ageHours == 0 && intel.periods == nil && intel.summary == nil)
        let afo = try #require(scenario.forces.first)
        #expect(afo.unit == 2 && afo.onDutyFraction == 0.2)
        #expect(afo.pool == .available(PerPeriod(default: 0, values: ["fri-22": 4])))
        let cia = try #require(scenario.impactAssessments.first)
        #expect(cia.periods == nil && cia.maxArmed == nil && cia.consulted == [])
        #expect(scenario.policy.armedMaxConsecutivePeriods == nil)
        #expect(scenario.policy.armedMaxAreasPerPeriod == 3)
        #expect(scenario.policy.armedMaxShareOverall == 0.25)
        #expect(scenario.scoring == ScoringSettings())
    }

    @Test func scoringTablesMergeKeyByKey() throws {
        let text = document(
            scoring: #"""
                {"sourceWeight": {"2": 0.5}, "assessmentWeight": {"E": 0.1}, "threatProbability": {"low": 0.01},
                 "attractiveness": {"night_time_economy": 0.9}, "sensitivityPenalty": {"high": 2},
                 "exposureScale": 5000, "presenceBase": 3, "presenceFootfall": 1000}
                """#)
        let scoring = try decode(text).scenario.scoring
        #expect(scoring.sourceWeight == [.reliable: 1.0, .untested: 0.5, .notReliable: 0.2])
        #expect(scoring.assessmentWeight[.e] == 0.1 && scoring.assessmentWeight[.a] == 1.0)
        #expect(scoring.threatProbability[.low] == 0.01 && scoring.threatProbability[.severe] == 0.30)
        #expect(scoring.attractiveness[.nightTimeEconomy] == 0.9 && scoring.attractiveness[.retail] == 0.7)
        #expect(scoring.sensitivityPenalty == [.low: 0.05, .medium: 0.15, .high: 2])
        #expect(scoring.exposureScale == 5000 && scoring.presenceBase == 3 && scoring.presenceFootfall == 1000)
    }

    @Test func approvedAssessmentWithoutConsultationIsAWarning() throws {
        let missing = try decode(
            document(impactAssessments: #"[{"id": "CIA-1", "area": "wood-green", "status": "approved"}]"#))
        #expect(
            missing.warnings == [
                .warning("impactAssessments[0]", "approved community impact assessment records nobody consulted")
            ])
        let empty = try decode(
            document(
                impactAssessments: #"""
                    [{"id": "CIA-1", "area": "wood-green", "status": "pending"},
                     {"id": "CIA-2", "area": "wood-green", "status": "approved", "consulted": []}]
                    """#))
        #expect(empty.warnings.map(\.path) == ["impactAssessments[1].consulted"])
        #expect(empty.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let decoded = try ScenarioDecoder().decode([0xEF, 0xBB, 0xBF] + Array(formatsExample.utf8))
        #expect(decoded.scenario.name == "Haringey armed patrol pilot")
    }
}

// MARK: - Invalid documents, one mistake each

/// One invalid document: the error expected at `path` whose message contains `message`.
struct BadScenario: Sendable, CustomTestStringConvertible {
    var label: String
    var json: String
    var path: String
    var message: String
    /// How many errors the document has in all.
    var count = 1

    var testDescription: String { label }
}

private let badScenarios: [BadScenario] = [
    BadScenario(
        label: "wrong format",
        json: document(top: #""format": "patrolplan/scenario@3", "name": "T", "threatLevel": "low""#),
        path: "format",
        message: "unsupported format 'patrolplan/scenario@3'; expected 'patrolplan/scenario@1' or 'patrolplan/scenario@2'"),
    BadScenario(
        label: "missing format", json: document(top: #""name": "T", "threatLevel": "low""#),
        path: "format", message: "missing required field 'format'"),
    BadScenario(
        label: "plan given as scenario", json: #"{"format": "patrolplan/plan@1", "model": "patrolplan/model@1"}"#,
        path: "", message: "this is a 'patrolplan/plan@1' document, not a scenario"),
    BadScenario(label: "root not an object", json: "[1, 2]", path: "", message: "expected an object, found an array"),
    BadScenario(
        label: "empty name",
        json: document(top: #""format": "patrolplan/scenario@1", "name": "", "threatLevel": "low""#),
        path: "name", message: "must not be empty"),
    BadScenario(
        label: "misspelt field",
        json: document(top: #""format": "patrolplan/scenario@1", "nmae": "T", "threatLevel": "low""#),
        path: "nmae", message: "unknown field 'nmae'; did you mean 'name'?", count: 2),
    BadScenario(
        label: "unknown field, nothing close", json: document(extra: #""zzzzzzzz": 1"#),
        path: "zzzzzzzz", message: "unknown field 'zzzzzzzz'"),
    BadScenario(
        label: "bad threat level",
        json: document(top: #""format": "patrolplan/scenario@1", "name": "T", "threatLevel": "sever""#),
        path: "threatLevel", message: "unknown threat level 'sever'; expected one of low, moderate"),
    BadScenario(label: "no periods", json: document(periods: "[]"), path: "periods", message: "at least one period"),
    BadScenario(
        label: "hours over 24",
        json: document(periods: #"[{"id": "fri-18", "hours": 4}, {"id": "fri-22", "hours": 25}]"#),
        path: "periods[1].hours", message: "must be greater than 0 and at most 24, found 25"),
    BadScenario(
        label: "zero hours", json: document(periods: #"[{"id": "fri-18", "hours": 0}, {"id": "fri-22", "hours": 4}]"#),
        path: "periods[0].hours", message: "must be greater than 0 and at most 24, found 0"),
    BadScenario(
        label: "hours as text",
        json: document(periods: #"[{"id": "fri-18", "hours": "4"}, {"id": "fri-22", "hours": 4}]"#),
        path: "periods[0].hours", message: "expected a number, found a string"),
    BadScenario(
        label: "missing hours", json: document(periods: #"[{"id": "fri-18"}, {"id": "fri-22", "hours": 4}]"#),
        path: "periods[0].hours", message: "missing required field 'hours'"),
    BadScenario(
        label: "bad period id",
        json: document(periods: #"[{"id": "fri 18", "hours": 4}, {"id": "fri-22", "hours": 4}]"#),
        path: "periods[0].id", message: "period id 'fri 18' must be 1 to 64 characters"),
    BadScenario(
        label: "duplicate period id",
        json: document(
            periods: #"[{"id": "fri-18", "hours": 4}, {"id": "fri-22", "hours": 4}, {"id": "fri-18", "hours": 4}]"#),
        path: "periods[2].id", message: "duplicate period id 'fri-18' (same as periods[0].id)"),
    BadScenario(
        label: "unknown venue", json: document(areas: #"[{"id": "a", "venue": "nightclub"}]"#),
        path: "areas[0].venue", message: "unknown venue 'nightclub'"),
    BadScenario(
        label: "footfall names an unknown period",
        json: document(areas: #"[{"id": "a"}, {"id": "b", "footfall": {"default": 10, "fri-23": 5}}]"#),
        path: "areas[1].footfall.fri-23", message: "unknown period 'fri-23'; did you mean 'fri-22'?"),
    BadScenario(
        label: "negative footfall", json: document(areas: #"[{"id": "a", "footfall": -5}]"#),
        path: "areas[0].footfall", message: "must be at least 0, found -5"),
    BadScenario(
        label: "footfall as text", json: document(areas: #"[{"id": "a", "footfall": "busy"}]"#),
        path: "areas[0].footfall", message: "expected a number or an object with period ids as keys, found a string"),
    BadScenario(
        label: "gang activity above 1", json: document(areas: #"[{"id": "a", "gangActivity": 1.5}]"#),
        path: "areas[0].gangActivity", message: "must be between 0 and 1, found 1.5"),
    BadScenario(
        label: "unknown sensitivity", json: document(areas: #"[{"id": "a", "sensitivity": "hgih"}]"#),
        path: "areas[0].sensitivity", message: "unknown sensitivity 'hgih'"),
    BadScenario(
        label: "fractional minOfficers", json: document(areas: #"[{"id": "a", "minOfficers": 1.5}]"#),
        path: "areas[0].minOfficers", message: "expected an integer, found 1.5"),
    BadScenario(
        label: "minOfficers written 2.5", json: document(areas: #"[{"id": "a", "minOfficers": 2.5}]"#),
        path: "areas[0].minOfficers", message: "expected an integer, found 2.5"),
    BadScenario(
        label: "maxOfficers below minOfficers",
        json: document(areas: #"[{"id": "a", "minOfficers": 3, "maxOfficers": 2}]"#),
        path: "areas[0].maxOfficers", message: "must be at least minOfficers (3), found 2"),
    BadScenario(
        label: "integer overflow", json: document(areas: #"[{"id": "a", "minOfficers": 99999999999999999999}]"#),
        path: "areas[0].minOfficers", message: "integer does not fit"),
    BadScenario(
        label: "zero presence scale", json: document(areas: #"[{"id": "a", "presenceScale": 0}]"#),
        path: "areas[0].presenceScale", message: "must be at least 0.01, found 0"),
    BadScenario(
        label: "latitude out of range", json: document(areas: #"[{"id": "a", "location": {"lat": 91, "lon": 0}}]"#),
        path: "areas[0].location.lat", message: "must be between -90 and 90, found 91"),
    BadScenario(
        label: "location missing lon", json: document(areas: #"[{"id": "a", "location": {"lat": 51}}]"#),
        path: "areas[0].location.lon", message: "missing required field 'lon'"),
    BadScenario(
        label: "duplicate area id", json: document(areas: #"[{"id": "a"}, {"id": "b"}, {"id": "a"}]"#),
        path: "areas[2].id", message: "duplicate area id 'a' (same as areas[0].id)"),
    BadScenario(
        label: "area id not a string", json: document(areas: #"[{"id": 5}]"#),
        path: "areas[0].id", message: "expected a string, found a number"),
    BadScenario(
        label: "intelligence names an unknown area",
        json: document(intelligence: "[" + report(["area": #""tottenhm-hale""#]) + "]"),
        path: "intelligence[0].area", message: "unknown area; did you mean 'tottenham-hale'?"),
    BadScenario(
        label: "likelihood above 1", json: document(intelligence: "[" + report(["likelihood": "2"]) + "]"),
        path: "intelligence[0].likelihood", message: "must be between 0 and 1, found 2"),
    BadScenario(
        label: "source grade as a number", json: document(intelligence: "[" + report(["source": "1"]) + "]"),
        path: "intelligence[0].source", message: "expected a string, found a number"),
    BadScenario(
        label: "unknown assessment grade", json: document(intelligence: "[" + report(["assessment": #""F""#]) + "]"),
        path: "intelligence[0].assessment", message: "unknown assessment grade; expected one of A, B, C, D, E"),
    BadScenario(
        label: "unknown handling code", json: document(intelligence: "[" + report(["handling": #""R""#]) + "]"),
        path: "intelligence[0].handling", message: "unknown handling code; expected one of P, C"),
    BadScenario(
        label: "negative age", json: document(intelligence: "[" + report(["ageHours": "-1"]) + "]"),
        path: "intelligence[0].ageHours", message: "must be at least 0, found -1"),
    BadScenario(
        label: "report names an unknown period",
        json: document(intelligence: "[" + report(["periods": #"["fri-22", "sat-22"]"#]) + "]"),
        path: "intelligence[0].periods[1]", message: "unknown period"),
    BadScenario(
        label: "report names a period twice",
        json: document(intelligence: "[" + report(["periods": #"["fri-22", "fri-22"]"#]) + "]"),
        path: "intelligence[0].periods[1]",
        message: "duplicate period (same as intelligence[0].periods[0])"),
    BadScenario(
        label: "report missing category", json: document(intelligence: "[" + report(["category": "-"]) + "]"),
        path: "intelligence[0].category", message: "missing required field 'category'"),
    BadScenario(
        label: "both available and headcount",
        json: document(forces: #"[{"id": "afo", "armed": true, "available": 4, "headcount": 10}]"#),
        path: "forces[0]", message: "give either 'available' or 'headcount', not both"),
    BadScenario(
        label: "neither available nor headcount", json: document(forces: #"[{"id": "afo"}]"#),
        path: "forces[0]", message: "missing required field 'available' or 'headcount'"),
    BadScenario(
        label: "fractional available", json: document(forces: #"[{"id": "pcso", "available": {"default": 2.5}}]"#),
        path: "forces[0].available.default", message: "expected an integer, found 2.5"),
    BadScenario(
        label: "available names an unknown period",
        json: document(forces: #"[{"id": "pcso", "available": {"fri-2": 3}}]"#),
        path: "forces[0].available.fri-2", message: "unknown period 'fri-2'; did you mean 'fri-22'?"),
    BadScenario(
        label: "zero unit", json: document(forces: #"[{"id": "pcso", "available": 3, "unit": 0}]"#),
        path: "forces[0].unit", message: "must be at least 1, found 0"),
    BadScenario(
        label: "zero on-duty fraction",
        json: document(forces: #"[{"id": "afo", "headcount": 3, "onDutyFraction": 0}]"#),
        path: "forces[0].onDutyFraction", message: "must be greater than 0 and at most 1, found 0"),
    BadScenario(
        label: "effectiveness above 10",
        json: document(forces: #"[{"id": "pcso", "available": 3, "effectiveness": {"violence": 11}}]"#),
        path: "forces[0].effectiveness.violence", message: "must be between 0 and 10, found 11"),
    BadScenario(
        label: "misspelt effectiveness category",
        json: document(forces: #"[{"id": "pcso", "available": 3, "effectiveness": {"violense": 1}}]"#),
        path: "forces[0].effectiveness.violense", message: "unknown field 'violense'; did you mean 'violence'?"),
    BadScenario(
        label: "armed as text", json: document(forces: #"[{"id": "afo", "armed": "yes", "headcount": 3}]"#),
        path: "forces[0].armed", message: "expected true or false, found a string"),
    BadScenario(
        label: "duplicate force id",
        json: document(forces: #"[{"id": "afo", "headcount": 3}, {"id": "afo", "available": 1}]"#),
        path: "forces[1].id", message: "duplicate force id 'afo' (same as forces[0].id)"),
    BadScenario(
        label: "missing forces", json: document(forces: nil),
        path: "forces", message: "missing required field 'forces'"),
    BadScenario(
        label: "misspelt assessment status",
        json: document(
            impactAssessments: #"[{"id": "CIA-1", "area": "wood-green", "status": "aproved", "consulted": ["x"]}]"#),
        path: "impactAssessments[0].status",
        message: "unknown status 'aproved'; expected one of approved, pending, rejected (did you mean 'approved'?)"),
    BadScenario(
        label: "assessment without id",
        json: document(impactAssessments: #"[{"area": "wood-green", "status": "pending"}]"#),
        path: "impactAssessments[0].id", message: "missing required field 'id'"),
    BadScenario(
        label: "negative maxArmed",
        json: document(
            impactAssessments: #"[{"id": "CIA-1", "area": "wood-green", "status": "pending", "maxArmed": -1}]"#),
        path: "impactAssessments[0].maxArmed", message: "must be at least 0, found -1"),
    BadScenario(
        label: "assessment names an unknown period",
        json: document(
            impactAssessments: #"""
                [{"id": "CIA-1", "area": "wood-green", "status": "pending"},
                 {"id": "CIA-2", "area": "wood-green", "status": "pending", "periods": ["fri-18", "fri-22", "fri-19"]}]
                """#),
        path: "impactAssessments[1].periods[2]", message: "unknown period 'fri-19'; did you mean 'fri-18'?"),
    BadScenario(
        label: "consulted not text",
        json: document(
            impactAssessments: #"[{"id": "CIA-1", "area": "wood-green", "status": "pending", "consulted": [7]}]"#),
        path: "impactAssessments[0].consulted[0]", message: "expected a string, found a number"),
    BadScenario(
        label: "armed share above 1", json: document(policy: #"{"armedMaxShare": 1.5}"#),
        path: "policy.armedMaxShare", message: "must be between 0 and 1, found 1.5"),
    BadScenario(
        label: "zero consecutive periods", json: document(policy: #"{"armedMaxConsecutivePeriods": 0}"#),
        path: "policy.armedMaxConsecutivePeriods", message: "must be at least 1, found 0"),
    BadScenario(
        label: "misspelt policy field", json: document(policy: #"{"armedMaxShre": 0.2}"#),
        path: "policy.armedMaxShre", message: "unknown field 'armedMaxShre'; did you mean 'armedMaxShare'?"),
    BadScenario(
        label: "null half-life", json: document(policy: #"{"intelHalfLifeHours": null}"#),
        path: "policy.intelHalfLifeHours", message: "expected a number, found null"),
    BadScenario(
        label: "source weight above 1", json: document(scoring: #"{"sourceWeight": {"1": 1.2}}"#),
        path: "scoring.sourceWeight.1", message: "must be between 0 and 1, found 1.2"),
    BadScenario(
        label: "unknown severity category", json: document(scoring: #"{"severity": {"theft": 2}}"#),
        path: "scoring.severity.theft", message: "unknown field 'theft'"),
    BadScenario(
        label: "unknown venue in attractiveness", json: document(scoring: #"{"attractiveness": {"retial": 0.5}}"#),
        path: "scoring.attractiveness.retial", message: "did you mean 'retail'?"),
    BadScenario(
        label: "zero exposure scale", json: document(scoring: #"{"exposureScale": 0}"#),
        path: "scoring.exposureScale", message: "must be greater than 0, found 0"),
    BadScenario(
        label: "negative severity", json: document(scoring: #"{"severity": {"violence": -1}}"#),
        path: "scoring.severity.violence", message: "must be at least 0, found -1"),
    BadScenario(
        label: "duplicate key",
        json: document(areas: #"[{"id": "a", "venue": "retail", "venue": "other"}]"#),
        path: "areas[0].venue", message: "duplicate key 'venue' (first at line"),
]

@Suite("Decoder: invalid scenarios")
struct DecoderInvalidTests {
    @Test(arguments: badScenarios)
    func reportsPathAndMessage(_ bad: BadScenario) {
        let found = errors(bad.json)
        #expect(
            found.contains { $0.path == bad.path && $0.message.contains(bad.message) },
            "expected \(bad.path): \(bad.message); got \(found.map(\.description))")
        #expect(found.count == bad.count, "got \(found.map(\.description))")
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func tableIsLargeAndDistinct() {
        #expect(badScenarios.count >= 30)
        #expect(Set(badScenarios.map(\.label)).count == badScenarios.count)
    }

    @Test func unknownFieldWithNothingCloseHasNoSuggestion() {
        let found = errors(document(extra: #""zzzzzzzz": 1"#))
        #expect(found.map(\.message) == ["unknown field 'zzzzzzzz'"])
    }

    @Test func severalMistakesAreReportedTogetherInDocumentOrder() {
        let text = document(
            top: #""format": "patrolplan/scenario@1", "name": "T", "threatLevel": "extreme""#,
            periods: #"[{"id": "fri-18", "hours": 30}, {"id": "fri-22", "hours": 4}]"#,
            areas: #"[{"id": "a", "gangActivity": -1}, {"id": "b", "venu": "retail"}]"#,
            forces: #"[{"id": "afo", "armed": true}]"#,
            policy: #"{"armedMaxShare": 2}"#)
        let found = errors(text)
        #expect(
            found.map(\.path) == [
                "threatLevel", "periods[0].hours", "areas[0].gangActivity", "areas[1].venu", "forces[0]",
                "policy.armedMaxShare",
            ])
        #expect(found[3].message == "unknown field 'venu'; did you mean 'venue'?")
    }

    @Test func duplicateKeysAreReportedWithOtherErrors() throws {
        let text = #"""
            {"format": "patrolplan/scenario@1", "name": "A", "name": "B", "threatLevel": "low",
             "periods": [{"id": "p", "hours": 1}], "areas": [{"id": "a"}],
             "forces": [{"id": "f", "available": 1, "unit": 0}]}
            """#
        let found = errors(text)
        #expect(found.count == 2)
        let duplicate = try #require(found.first)
        #expect(duplicate.path == "name")
        #expect(duplicate.message == "duplicate key 'name' (first at line 1, column 37)")
        #expect(duplicate.line == 1 && duplicate.column == 50)
        #expect(found.last?.path == "forces[0].unit")
    }

    @Test func cascadesAreSuppressedWhenASectionIsMissing() {
        // With no `areas`, references to areas cannot be checked, and are not reported one by one.
        let text = #"""
            {"format": "patrolplan/scenario@1", "name": "T", "threatLevel": "low",
             "periods": [{"id": "p", "hours": 1}], "forces": [{"id": "f", "available": 1}],
             "intelligence": [{"id": "I", "area": "x", "category": "violence", "likelihood": 0.5,
                               "source": "1", "assessment": "A"}]}
            """#
        #expect(errors(text).map(\.message) == ["missing required field 'areas'"])
    }
}

// MARK: - Syntax

@Suite("Decoder: JSON syntax")
struct DecoderSyntaxTests {
    private func syntaxError(_ text: String) throws -> Diagnostic {
        try syntaxError(Array(text.utf8))
    }

    private func syntaxError(_ bytes: [UInt8]) throws -> Diagnostic {
        let found = errors(bytes)
        try #require(found.count == 1, "got \(found)")
        return found[0]
    }

    @Test func missingCommaGivesLineAndColumn() throws {
        let error = try syntaxError("{\n  \"format\": \"x\"\n  \"name\": 1\n}")
        #expect(error.message == "expected ',' or '}' after object member, found '\"'")
        #expect(error.line == 3 && error.column == 3)
    }

    @Test func missingCommaInArray() throws {
        let error = try syntaxError("{\"periods\": [1 2]}")
        #expect(error.message == "expected ',' or ']' after array element, found '2'")
        #expect(error.line == 1 && error.column == 16)
        #expect(error.path == "periods")
    }

    @Test func trailingComma() throws {
        let error = try syntaxError("{\"a\": [1, 2,],}")
        #expect(error.message == "trailing comma before ']'")
        #expect(error.line == 1 && error.column == 13)
    }

    @Test func unterminatedStringPointsAtItsStart() throws {
        let error = try syntaxError("{\n \"name\": \"abc")
        #expect(error.message.hasPrefix("unterminated string"))
        #expect(error.line == 2 && error.column == 10)
    }

    @Test func commentsAreExplained() throws {
        let error = try syntaxError("{\n  // note\n}")
        #expect(error.message.contains("JSON does not allow comments"))
        #expect(error.line == 2 && error.column == 3)
    }

    @Test func leadingZerosAreRejected() throws {
        let error = try syntaxError("{\"a\": 007}")
        #expect(error.message == "leading zeros are not allowed in numbers")
        #expect(error.column == 8)
    }

    @Test func numberOverflowingDoubleIsASyntaxError() throws {
        let error = try syntaxError("{\"a\": 1e400}")
        #expect(error.message == "number is too large to represent")
        #expect(error.line == 1 && error.column == 7)
    }

    @Test func emptyAndTrailingContent() throws {
        #expect(try syntaxError("  \n ").message.hasPrefix("empty document"))
        let trailing = try syntaxError("{} x")
        #expect(trailing.message == "expected end of input after the JSON value, found 'x'")
        #expect(trailing.column == 4)
    }

    @Test func tenThousandDeepNestingIsACleanError() throws {
        let error = try syntaxError(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
        #expect(error.message == "nesting is deeper than 256 levels of arrays and objects")
        #expect(error.line == 1 && error.column == 257)
        let objects = try syntaxError(String(repeating: "{\"a\":", count: 10_000))
        #expect(objects.message.contains("deeper than 256"))
    }

    @Test func nestingUpToTheLimitParses() throws {
        let text = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        let parsed = try JSONParser().parse(Array(text.utf8))
        #expect(parsed.value.line == 1)
    }

    @Test func invalidUTF8InAStringIsLocated() throws {
        // "é" is two bytes but one column.
        let bytes = Array(#"{"name": "é"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        let error = try syntaxError(bytes)
        #expect(error.message == "invalid UTF-8 (byte 0xFF)")
        #expect(error.line == 1 && error.column == 12)
    }

    @Test func invalidUTF8OutsideStrings() throws {
        let error = try syntaxError([UInt8(ascii: "{"), 0x0A, 0xC3, 0x28])
        #expect(error.message == "expected a string in double quotes as object key, found invalid UTF-8 (byte 0xC3)")
        #expect(error.line == 2 && error.column == 1)
    }

    @Test func overlongAndSurrogateEncodingsAreInvalidUTF8() throws {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let error = try syntaxError([0x22] + bad + [0x22])
            #expect(error.message.hasPrefix("invalid UTF-8"))
            #expect(error.column == 2)
        }
    }

    @Test func controlCharactersAndBadEscapes() throws {
        #expect(try syntaxError("\"a\tb\"").message == "unescaped control character U+0009 in string")
        #expect(try syntaxError("\"a\nb\"").message.hasPrefix("unescaped line break"))
        let escape = try syntaxError(#"["ok", "a\qb"]"#)
        #expect(escape.message == "invalid escape sequence in string")
        #expect(escape.column == 10)
        #expect(try syntaxError(#""\uD800x""#).message == #"unpaired UTF-16 surrogate in \u escape"#)
        #expect(try syntaxError(#""\u12G4""#).message == #"expected four hex digits after \u"#)
    }

    @Test func escapesDecode() throws {
        let parsed = try JSONParser().parse(Array(#"["\u00e9\uD83D\uDE00\n\"\\\/"]"#.utf8))
        #expect(parsed.value.kind == .array([JSONValue(.string("é😀\n\"\\/"), line: 1, column: 2)]))
    }

    @Test func numbersKeepIntegerness() throws {
        let parsed = try JSONParser().parse(
            Array("[3, -0, 2.0, 1e2, 9223372036854775807, -9223372036854775808, 9223372036854775808]".utf8))
        guard case .array(let values) = parsed.value.kind else {
            Issue.record("not an array")
            return
        }
        let numbers = values.compactMap { value -> JSONNumber? in
            if case .number(let number) = value.kind { return number }
            return nil
        }
        #expect(numbers.map(\.int) == [3, 0, nil, nil, Int.max, Int.min, nil])
        #expect(numbers.map(\.isInteger) == [true, true, false, false, true, true, true])
        #expect(numbers.map(\.integerDoesNotFit) == [false, false, false, false, false, false, true])
        #expect(numbers[6].double == 9223372036854775808.0)
    }

    @Test func positionsCountLinesAndScalars() throws {
        let parsed = try JSONParser().parse(Array("{\"é\": 1,\r\n  \"b\":\n[true]}".utf8))
        guard case .object(let members) = parsed.value.kind else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["é", "b"])
        #expect((members[0].value.line, members[0].value.column) == (1, 7))
        #expect((members[1].line, members[1].column) == (2, 3))
        #expect((members[1].value.line, members[1].value.column) == (3, 1))
    }
}

// MARK: - Restricted intelligence

@Suite("Decoder: restricted intelligence never leaks")
struct DecoderConfidentialityTests {
    static let secretID = "SECRET-ID-4711"
    static let secretSummary = "Informant X says the meet is at the depot"

    private func expectNoLeak(_ found: [Diagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!found.isEmpty, sourceLocation: sourceLocation)
        for diagnostic in found {
            let text = diagnostic.description
            #expect(!text.contains(Self.secretID), "\(text)", sourceLocation: sourceLocation)
            #expect(!text.contains("4711"), "\(text)", sourceLocation: sourceLocation)
            #expect(!text.contains("Informant"), "\(text)", sourceLocation: sourceLocation)
            #expect(!text.contains("depot"), "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func duplicateConfidentialIDsAreNotQuoted() {
        let secret = #""\#(Self.secretID)""#
        let summary = #""\#(Self.secretSummary)""#
        let text = document(
            intelligence: "["
                + report(["id": secret, "handling": #""C""#, "summary": summary]) + ", "
                + report(["id": #""OTHER""#, "handling": #""P""#]) + ", "
                + report(["id": secret, "handling": #""C""#, "summary": summary]) + "]")
        let found = errors(text)
        #expect(found.map(\.path) == ["intelligence[2].id"])
        #expect(found.first?.message == "duplicate intelligence id (same as intelligence[0].id)")
        expectNoLeak(found)
    }

    @Test func badFieldsInAConfidentialReportDoNotQuoteIt() {
        let secret = #""\#(Self.secretID)""#
        let summary = #""\#(Self.secretSummary)""#
        let text = document(
            intelligence: "["
                + report([
                    "id": secret, "summary": summary, "likelihood": "7", "category": summary,
                    "assessment": secret, "handling": summary, "source": secret, "sumary": summary,
                ]) + ", "
                + report(["id": secret, "summary": "17", "ageHours": #""old""#, "area": #""nowhere""#]) + ", "
                + report(["id": "4711", "periods": #"["fri-22", 5]"#, "summary": "[\(summary)]"])
                + "]")
        let found = errors(text)
        #expect(found.count == 13, "\(found.map(\.description))")
        #expect(found.contains { $0.path == "intelligence[0].sumary" && $0.message.contains("did you mean 'summary'") })
        #expect(
            found.contains { $0.path == "intelligence[1].summary" && $0.message == "expected a string, found a number" }
        )
        #expect(found.contains { $0.path == "intelligence[2].id" && $0.message == "expected a string, found a number" })
        expectNoLeak(found)
    }

    @Test func syntaxErrorsInsideRestrictedTextDoNotQuoteIt() {
        let text = document(intelligence: "[" + report(["summary": #""Informant \x at the depot""#]) + "]")
        expectNoLeak(errors(text))
    }

    @Test func duplicateSummaryKeyDoesNotQuoteValues() {
        let summary = #""\#(Self.secretSummary)""#
        let text = document(
            intelligence: "[" + report(["id": #""\#(Self.secretID)""#, "summary": summary, "zsummary": "1"]) + "]"
        )
        .replacingFirst(#""zsummary": 1"#, with: #""summary": \#(summary)"#)
        let found = errors(text)
        #expect(found.map(\.message).first?.hasPrefix("duplicate key 'summary'") == true)
        expectNoLeak(found)
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}

// MARK: - Limits

@Suite("Decoder: size limits")
struct DecoderLimitTests {
    @Test func defaultsMatchFormats() {
        #expect(
            DecoderLimits.default
                == DecoderLimits(
                    maxBytes: 67_108_864, maxAreas: 100_000, maxPeriods: 1_000, maxIntelligence: 1_000_000))
    }

    @Test func tooManyBytes() {
        let found = errors(formatsExample, limits: DecoderLimits(maxBytes: 100))
        #expect(found.count == 1)
        #expect(found.first?.path == "")
        #expect(
            found.first?.message.contains("bytes is over the limit of 100 bytes (raise it with --max-bytes)") == true)
    }

    @Test func tooManyAreas() {
        let found = errors(document(), limits: DecoderLimits(maxAreas: 1))
        #expect(found.map(\.path) == ["areas"])
        #expect(found.first?.message == "too many areas: 2 is over the limit of 1 (raise it with --max-areas)")
    }

    @Test func tooManyPeriods() {
        let found = errors(document(), limits: DecoderLimits(maxPeriods: 1))
        #expect(found.map(\.path) == ["periods"])
        #expect(found.first?.message.contains("--max-periods") == true)
    }

    @Test func tooManyReports() {
        let found = errors(
            document(intelligence: "[" + report() + ", " + report(["id": #""INT-2""#]) + "]"),
            limits: DecoderLimits(maxIntelligence: 1))
        #expect(found.map(\.path) == ["intelligence"])
        #expect(found.first?.message.contains("2 is over the limit of 1 (raise it with --max-intelligence)") == true)
    }

    @Test func limitsAreInclusive() throws {
        let limits = DecoderLimits(maxBytes: formatsExample.utf8.count, maxAreas: 1, maxPeriods: 2, maxIntelligence: 1)
        #expect(try decode(formatsExample, limits: limits).scenario.areas.count == 1)
    }
}

// MARK: - Helpers

@Suite("Decoder: helpers")
struct DecoderHelperTests {
    @Test func didYouMean() {
        #expect(DidYouMean.suggestion(for: "nmae", among: ["format", "name"]) == "name")
        #expect(DidYouMean.suggestion(for: "ThreatLevel", among: ["threatLevel"]) == "threatLevel")
        #expect(DidYouMean.suggestion(for: "xyz", among: ["name"]) == nil)
        #expect(DidYouMean.suggestion(for: "ab", among: ["xy"]) == nil)
    }

    @Test func pathsRender() {
        let path = JSONPath.root.appending("areas").appending(3).appending("footfall").appending("fri-22")
        #expect(path.description == "areas[3].footfall.fri-22")
        #expect(JSONPath.root.description == "")
        #expect(JSONPath.root.appending("a b").appending("c").description == #"["a b"].c"#)
    }
}

/// scenario@2 (formats.md): the new fields, and their errors.
@Suite("Decoder: scenario@2") struct ScenarioVersion2DecoderTests {
    static func document(version: Int = 2, periods: String? = nil, area: String = #""id": "a""#, extra: String = "") -> String {
        let periods = periods ?? #"[{"id": "t0", "hours": 4}, {"id": "t1", "hours": 4}]"#
        return """
            {"format": "patrolplan/scenario@\(version)", "name": "T", "threatLevel": "low", "periods": \(periods),
             "areas": [{\(area)}], "forces": [{"id": "nbh", "available": 4}, {"id": "afo", "armed": true, "available": 4}]\(extra)}
            """
    }

    func decode(_ text: String) throws(ScenarioError) -> Scenario {
        try ScenarioDecoder().decode(Array(text.utf8)).scenario
    }

    func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try decode(text)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func perPeriodAreaValues() throws {
        let s = try decode(Self.document(area: """
            "id": "a", "minOfficers": {"t1": 2.0}, "maxOfficers": {"default": 5, "t1": 3},
            "gangActivity": {"default": 0.1, "t1": 0.7}, "disorder": 0.2, "presenceScale": {"t0": 1.5}
            """))
        let a = s.areas[0]
        #expect(s.format == .v2)
        #expect(a.minOfficers.value(for: "t0") == 0 && a.minOfficers.value(for: "t1") == 2)
        #expect(a.maxOfficers.value(for: "t0") == 5 && a.maxOfficers.value(for: "t1") == 3)
        #expect(a.gangActivity.value(for: "t1") == 0.7)
        #expect(a.presenceScale.value(for: "t0") == 1.5 && a.presenceScale.value(for: "t1") == nil)
        // Round trip: the canonical encoding reads back to the same scenario.
        let again = try ScenarioDecoder().decode(Array(try ScenarioJSON.encode(s))).scenario
        #expect(again == s)
    }

    @Test func capacityBelowMinimumInOnePeriod() {
        let found = errors(Self.document(area: #""id": "a", "minOfficers": {"t1": 4}, "maxOfficers": 3"#))
        #expect(found.map(\.path) == ["areas[0].maxOfficers"])
        #expect(found.first?.message.contains("in period 't1'") == true)
    }

    @Test func version1FilesSayWhichVersionAllowsTheNewFields() {
        let found = errors(Self.document(
            version: 1, area: #""id": "a", "minOfficers": {"t1": 2}, "boundary": {"type": "Polygon", "coordinates": []}"#,
            extra: #", "commitments": [], "notes": "x""#))
        #expect(found.map(\.path) == ["areas[0].minOfficers", "areas[0].boundary", "commitments", "notes"])
        #expect(found.allSatisfy { $0.message.contains("needs format 'patrolplan/scenario@2'") })
    }

    @Test func periodStartsAcrossTheOctoberClockChange() throws {
        // Last Sunday of October 2026: 02:00 BST becomes 01:00 GMT. Three 4-hour periods.
        let s = try decode(Self.document(periods: """
            [{"id": "sat-22", "hours": 4, "start": "2026-10-24T22:00:00+01:00"},
             {"id": "sun-02", "hours": 4, "start": "2026-10-25T02:00:00+01:00"},
             {"id": "sun-05", "hours": 4, "start": "2026-10-25T05:00:00Z"}]
            """))
        #expect(IntelScoring.periodStarts(s.periods) == [0, 4, 8])
        #expect(s.periods[2].start?.local.timeText == "05:00")
        #expect(s.periods[0].start?.local.dayText == "Sat 24 Oct")
    }

    @Test func periodStartErrors() {
        let overlap = errors(Self.document(periods: """
            [{"id": "t0", "hours": 4, "start": "2026-12-05T18:00:00Z"}, {"id": "t1", "hours": 4, "start": "2026-12-05T20:00:00Z"}]
            """))
        #expect(overlap.map(\.path) == ["periods[1].start"])
        #expect(overlap.first?.message.contains("overlaps period 't0'") == true)
        let partial = errors(Self.document(periods: """
            [{"id": "t0", "hours": 4, "start": "2026-12-05T18:00:00Z"}, {"id": "t1", "hours": 4}]
            """))
        #expect(partial.first?.message.contains("every period needs one") == true)
        let noOffset = errors(Self.document(periods: #"[{"id": "t0", "hours": 4, "start": "2026-12-05T18:00:00"}]"#))
        #expect(noOffset.first?.message.contains("RFC 3339") == true)
        let impossible = errors(Self.document(periods: #"[{"id": "t0", "hours": 4, "start": "2026-02-30T18:00:00Z"}]"#))
        #expect(impossible.map(\.path) == ["periods[0].start"])
    }

    @Test func boundaries() throws {
        let square = "[[-0.1, 51.5], [-0.09, 51.5], [-0.09, 51.51], [-0.1, 51.51], [-0.1, 51.5]]"
        let s = try decode(Self.document(area: #""id": "a", "boundary": {"type": "MultiPolygon", "coordinates": [[\#(square)]]}"#))
        #expect(s.areas[0].boundary?.polygons.first?.first?.count == 5)
        #expect(s.areas[0].boundary?.boundingBox?.minLat == 51.5)
        let open = errors(Self.document(area: #""id": "a", "boundary": {"type": "Polygon", "coordinates": [[[0, 51], [1, 51], [1, 52], [0, 52]]]}"#))
        #expect(open.first?.message.contains("not closed") == true)
        let swapped = errors(Self.document(area: #""id": "a", "boundary": {"type": "Polygon", "coordinates": [[[51.5, -0.1], [51.5, 200], [51.6, -0.1], [51.5, -0.1]]]}"#))
        #expect(swapped.map(\.path) == ["areas[0].boundary.coordinates[0][1][1]"])
        let point = errors(Self.document(area: #""id": "a", "boundary": {"type": "Point", "coordinates": [0, 51]}"#))
        #expect(point.first?.message.contains("'Polygon' or 'MultiPolygon'") == true)
    }

    @Test func commitments() throws {
        let ok = try decode(Self.document(extra: #", "commitments": [{"id": "PSU-1", "area": "a", "force": "nbh", "officers": 3, "periods": ["t1"], "note": "away end"}]"#))
        #expect(ok.commitments == [Commitment(id: "PSU-1", area: "a", force: "nbh", officers: 3, periods: ["t1"], note: "away end")])
        let bad = errors(Self.document(extra: #", "commitments": [{"id": "C", "area": "b", "force": "afo", "officers": 3}, {"id": "C", "area": "a", "force": "nhb", "officers": 0}]"#))
        #expect(bad.map(\.path) == [
            "commitments[0].area", "commitments[0].officers", "commitments[1].id", "commitments[1].force",
            "commitments[1].officers",
        ])
        #expect(bad[1].message.contains("not a multiple of force 'afo''s unit of 2"))
        #expect(bad[3].message.contains("did you mean 'nbh'"))
    }

    @Test func reportedAt() {
        let starts = #"[{"id": "t0", "hours": 4, "start": "2026-12-05T18:00:00Z"}]"#
        func report(_ fields: String) -> String {
            #", "intelligence": [{"id": "SECRET-ID", "area": "a", "category": "violence", "likelihood": 0.5, "source": "1", "assessment": "A", \#(fields)}]"#
        }
        let both = errors(Self.document(periods: starts, extra: report(#""ageHours": 2, "reportedAt": "2026-12-05T10:00:00Z""#)))
        #expect(both.first?.message.contains("either 'ageHours' or 'reportedAt'") == true)
        let future = errors(Self.document(periods: starts, extra: report(#""reportedAt": "2026-12-05T19:00:00Z""#)))
        #expect(future.map(\.path) == ["intelligence[0].reportedAt"])
        let noStarts = errors(Self.document(extra: report(#""reportedAt": "2026-12-05T10:00:00Z""#)))
        #expect(noStarts.first?.message.contains("needs periods with a 'start'") == true)
        let garbled = errors(Self.document(periods: starts, extra: report(#""reportedAt": "SECRET-ID""#)))
        #expect(garbled.allSatisfy { !$0.message.contains("SECRET-ID") })
    }
}
