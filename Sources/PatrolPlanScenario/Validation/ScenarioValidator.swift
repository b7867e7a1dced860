internal import _PatrolPlanJSON

/// Checks a parsed scenario@1 document against formats.md and builds the resolved ``Scenario``.
///
/// Every section is checked even after an error elsewhere, so one run reports every mistake.
/// When a value is wrong, a placeholder stands in for it so that checking can go on; the
/// placeholders never escape, because ``ScenarioDecoder`` throws when any error was recorded.
struct ScenarioValidator {
    var context = DecodeContext()
    let limits: DecoderLimits

    /// Period ids in document order (periods are taken in document order: formats.md's "in time
    /// order, back to back" cannot be checked, as periods carry no timestamps).
    var periodIDs: [String] = []
    var periodSet: Set<String> = []
    /// False when `periods` itself is missing or malformed: references to periods are then not
    /// checked, rather than each reported as unknown.
    var periodsKnown = false

    /// The document's format version; the latest when it is missing or unknown, so that its
    /// fields are checked rather than each reported as needing another version.
    var format: ScenarioFormat = .v2
    /// Period starts (scenario@2), `nil` when periods carry none.
    var periodStarts: [Timestamp]?

    var areaIDs: [String] = []
    var areaSet: Set<String> = []
    var areasKnown = false

    init(limits: DecoderLimits) {
        self.limits = limits
    }

    static let fields = [
        "format", "name", "threatLevel", "periods", "areas", "intelligence", "forces",
        "impactAssessments", "policy", "scoring", "commitments", "sources", "notes",
    ]

    /// The resolved scenario, or `nil` when the document is not a scenario at all. Check
    /// `context.hasErrors` before using the result.
    mutating func validate(_ root: JSONValue) -> Scenario? {
        if let other = otherPatrolPlanFormat(root) {
            context.error(
                "this is a '\(other)' document, not a scenario (expected format "
                    + ScenarioFormat.allCases.map { "'\($0.tag)'" }.joined(separator: " or ") + ")",
                at: .root, root.position)
            return nil
        }
        guard let object = ObjectReader(root, at: .root, fields: Self.fields, context: &context) else {
            return nil
        }

        if let value = object.required("format", context: &context),
            let tag = context.string(value, at: object.path("format"))
        {
            if let format = ScenarioFormat(tag: tag) {
                self.format = format
            } else {
                context.error(
                    "unsupported format '\(tag)'; expected "
                        + ScenarioFormat.allCases.map { "'\($0.tag)'" }.joined(separator: " or "),
                    at: object.path("format"), value.position)
            }
        }
        let name = object.required("name", context: &context)
            .flatMap { context.nonEmptyString($0, at: object.path("name")) }
        let threatLevel = object.required("threatLevel", context: &context).flatMap {
            context.enumeration(ThreatLevel.self, $0, at: object.path("threatLevel"), what: "threat level")
        }

        let periods = readPeriods(object)
        let areas = readAreas(object)
        let intelligence = readIntelligence(object)
        let forces = readForces(object)
        let impactAssessments = readImpactAssessments(object)
        let policy = object["policy"].map { readPolicy($0, at: object.path("policy")) } ?? Policy()
        let scoring = object["scoring"].map { readScoring($0, at: object.path("scoring")) } ?? ScoringSettings()
        let commitments = readCommitments(object, forces: forces)
        let sources = readSources(object)
        var notes: String?
        if let value = object["notes"], requireVersion2("notes", at: object.path("notes"), value) {
            notes = context.string(value, at: object.path("notes"))
        }

        return Scenario(
            format: format, name: name ?? "", threatLevel: threatLevel ?? .low, periods: periods, areas: areas,
            intelligence: intelligence, forces: forces, impactAssessments: impactAssessments,
            policy: policy, scoring: scoring, commitments: commitments, sources: sources, notes: notes)
    }

    /// Format tags of the other patrolplan documents (a mistyped scenario tag is not one of them:
    /// it gets the usual "unsupported format" error at its path).
    static let otherDocumentKinds = ["patrolplan/plan@", "patrolplan/roster@", "patrolplan/recipe@"]

    /// The format tag of another patrolplan document kind (such as a plan), which would
    /// otherwise produce a screenful of unknown fields.
    private func otherPatrolPlanFormat(_ root: JSONValue) -> String? {
        guard case .object(let members) = root.kind,
            case .string(let format)? = members.first(where: { $0.key == "format" })?.value.kind,
            Self.otherDocumentKinds.contains(where: { format.hasPrefix($0) })
        else { return nil }
        return format
    }

    // MARK: Shared helpers

    /// Whether a scenario@2 field may be used here; records an error that names the version
    /// that allows it when the document says scenario@1.
    mutating func requireVersion2(_ what: String, at path: JSONPath, _ value: JSONValue) -> Bool {
        guard format < .v2 else { return true }
        context.error(
            "\(what) needs format '\(ScenarioFormat.v2.tag)' (this file says '\(format.tag)')",
            at: path, value.position)
        return false
    }

    /// The elements of an array field: `nil` if absent or not an array. A required list must
    /// have at least one element; a list may have a size limit.
    mutating func elements(
        of object: ObjectReader, _ key: String, required: Bool, noun: String,
        limit: (max: Int, flag: String)? = nil
    ) -> [JSONValue]? {
        let value = required ? object.required(key, context: &context) : object[key]
        guard let value, let elements = context.array(value, at: object.path(key)) else { return nil }
        if required, elements.isEmpty {
            context.error("at least one \(noun) is required", at: object.path(key), value.position)
        }
        if let limit, elements.count > limit.max {
            context.error(
                DecoderLimits.exceededMessage("too many \(noun)s", elements.count, limit: limit.max, flag: limit.flag),
                at: object.path(key), value.position)
        }
        return elements
    }

    /// Whether an id matches formats.md's pattern `[A-Za-z0-9_.:-]{1,64}`.
    static func isValidID(_ id: String) -> Bool {
        (1...64).contains(id.utf8.count) && id.utf8.allSatisfy(JSONPath.isIDByte)
    }

    static let idPatternText = "1 to 64 characters from A-Z, a-z, 0-9, '_', '.', ':' and '-'"

    /// A reference to an area; reports an unknown one with a suggestion.
    /// `quoted: false` (inside intelligence reports) keeps the wrong value out of the message,
    /// in case restricted text was pasted there; the suggestion names only the scenario's ids.
    mutating func areaReference(_ value: JSONValue, at path: @autoclosure () -> JSONPath, quoted: Bool = true) -> String? {
        guard let id = context.string(value, at: path()) else { return nil }
        if areasKnown, !areaSet.contains(id) {
            let name = quoted ? "unknown area '\(id)'" : "unknown area"
            context.error(name + context.hint(for: id, among: areaIDs), at: path(), value.position)
            return nil
        }
        return id
    }

    /// A list of period ids: each must exist, none twice. Warns when the list is empty, as
    /// the owner then applies to no period at all.
    mutating func periodList(_ value: JSONValue, at path: JSONPath, owner: String, quoted: Bool = true) -> [String]? {
        guard let elements = context.array(value, at: path) else { return nil }
        if elements.isEmpty {
            context.warning("empty 'periods': this \(owner) applies to no period", at: path, value.position)
        }
        var ids: [String] = []
        var seen = IDRegistry()
        for (index, element) in elements.enumerated() {
            guard let id = context.string(element, at: path.appending(index)) else { continue }
            if periodsKnown, !periodSet.contains(id) {
                context.error(
                    (quoted ? "unknown period '\(id)'" : "unknown period") + context.hint(for: id, among: periodIDs),
                    at: path.appending(index), element.position)
            } else if let first = seen.register(id, index: index) {
                context.error(
                    "duplicate period\(quoted ? " '\(id)'" : "") (same as \(path.appending(first)))",
                    at: path.appending(index), element.position)
            } else {
                ids.append(id)
            }
        }
        return ids
    }
}

/// Remembers the first index at which each id appeared.
struct IDRegistry {
    private var first: [String: Int] = [:]

    /// Registers `id` at `index`; returns the earlier index if the id was already taken.
    mutating func register(_ id: String, index: Int) -> Int? {
        if let earlier = first[id] { return earlier }
        first[id] = index
        return nil
    }
}

extension ScenarioValidator {
    /// Reads an element's required, non-empty `id` and registers it, reporting a duplicate with
    /// the path of the first. `quoted` is false for intelligence reports, whose ids may be
    /// restricted: their duplicates are reported by position only.
    mutating func readUniqueID(
        _ object: ObjectReader, index: Int, in path: JSONPath, registry: inout IDRegistry, noun: String,
        quoted: Bool = true
    ) -> String {
        guard let value = object.required("id", context: &context),
            let text = context.nonEmptyString(value, at: object.path("id"))
        else { return "" }
        if let first = registry.register(text, index: index) {
            let name = quoted ? "duplicate \(noun) id '\(text)'" : "duplicate \(noun) id"
            context.error(
                "\(name) (same as \(path.appending(first).appending("id")))", at: object.path("id"), value.position)
        }
        return text
    }
}
