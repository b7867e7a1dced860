internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let intelligenceFields = [
        "id", "area", "category", "likelihood", "source", "assessment", "handling", "ageHours",
        "periods", "summary", "reportedAt",
    ]

    /// `intelligence[]` (optional).
    ///
    /// Restricted content: no message here quotes a report's `id` or `summary`, whatever its
    /// handling code (the code itself may be the thing that is wrong). Graded fields and wrong
    /// period references are not quoted either, in case restricted text was pasted into the
    /// wrong field; suggestions name only the scenario's own ids. A wrong `area` is quoted only
    /// for a report marked "P" and only when it looks like an id and is no report's id or
    /// summary (``quotableArea(_:handling:restricted:)``).
    mutating func readIntelligence(_ root: ObjectReader) -> [IntelReport] {
        let path = root.path("intelligence")
        guard
            let elements = elements(
                of: root, "intelligence", required: false, noun: "intelligence report",
                limit: (limits.maxIntelligence, DecoderLimits.Flag.maxIntelligence))
        else { return [] }
        var ids = IDRegistry()
        let restricted = Self.restrictedTexts(elements)
        var reports: [IntelReport] = []
        reports.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard
                let object = ObjectReader(
                    element, at: path.appending(index), fields: Self.intelligenceFields, context: &context)
            else { continue }
            let id = readUniqueID(object, index: index, in: path, registry: &ids, noun: "intelligence", quoted: false)
            let area = object.required("area", context: &context).flatMap {
                areaReference(
                    $0, at: object.path("area"),
                    quoted: Self.quotableArea($0, handling: object["handling"], restricted: restricted))
            }
            let category = object.required("category", context: &context).flatMap {
                context.enumeration(Category.self, $0, at: object.path("category"), what: "category", quote: false)
            }
            let likelihood = object.required("likelihood", context: &context).flatMap {
                context.number($0, at: object.path("likelihood"), .between(0, 1))
            }
            let source = object.required("source", context: &context).flatMap {
                grade(SourceGrade.self, $0, at: object.path("source"), what: "source grade")
            }
            let assessment = object.required("assessment", context: &context).flatMap {
                grade(AssessmentGrade.self, $0, at: object.path("assessment"), what: "assessment grade")
            }
            let handling = object["handling"].flatMap {
                grade(Handling.self, $0, at: object.path("handling"), what: "handling code")
            }
            var ageHours = object["ageHours"].flatMap {
                context.number($0, at: object.path("ageHours"), .atLeast(0))
            }
            var reportedAt: Timestamp?
            if let value = object["reportedAt"],
                requireVersion2("'reportedAt'", at: object.path("reportedAt"), value)
            {
                reportedAt = readReportedAt(value, at: object.path("reportedAt"), ageHours: object["ageHours"])
                if let reportedAt, let first = periodStarts?.first {
                    ageHours = first.hours(since: reportedAt)
                }
            }
            let periods = object["periods"].flatMap {
                periodList($0, at: object.path("periods"), owner: "intelligence report", quoted: false)
            }
            let summary = object["summary"].flatMap { context.string($0, at: object.path("summary")) }
            reports.append(
                IntelReport(
                    id: id, area: area ?? "", category: category ?? .violence, likelihood: likelihood ?? 0,
                    source: source ?? .reliable, assessment: assessment ?? .a, handling: handling ?? .confidential,
                    ageHours: ageHours ?? 0, periods: periods, summary: summary, reportedAt: reportedAt))
        }
        return reports
    }

    /// `reportedAt` (scenario@2): only when periods carry starts, never with `ageHours`, and not
    /// after the first period's start (model.md §1). The value is not quoted: it sits in a
    /// report, which may be restricted.
    private mutating func readReportedAt(_ value: JSONValue, at path: JSONPath, ageHours: JSONValue?) -> Timestamp? {
        if ageHours != nil {
            context.error("give either 'ageHours' or 'reportedAt', not both", at: path, value.position)
            return nil
        }
        guard let timestamp = timestamp(value, at: path, quoted: false) else { return nil }
        guard periodsKnown else { return nil }
        guard let first = periodStarts?.first else {
            context.error(
                "'reportedAt' needs periods with a 'start' (the report's age is counted from the first period's "
                    + "start); give 'ageHours' instead",
                at: path, value.position)
            return nil
        }
        if timestamp > first {
            context.error(
                "reported after the first period's start (\(first.text)); a report's time cannot be in the "
                    + "planning horizon's future",
                at: path, value.position)
            return nil
        }
        return timestamp
    }

    /// Every report's `id` and `summary` as written, whatever its handling code: text that no
    /// message may quote.
    static func restrictedTexts(_ elements: [JSONValue]) -> Set<String> {
        var texts = Set<String>()
        for element in elements {
            guard case .object(let members) = element.kind else { continue }
            for member in members where member.key == "id" || member.key == "summary" {
                if case .string(let text) = member.value.kind { texts.insert(text) }
            }
        }
        return texts
    }

    /// Whether an unknown `area` may be shown in its error: the report is marked "P", and the
    /// value is a short id-like string (letters, digits, `-`, `_`, `.`) that is no report's id
    /// or summary.
    static func quotableArea(_ value: JSONValue, handling: JSONValue?, restricted: Set<String>) -> Bool {
        guard case .string(let code)? = handling?.kind, code == Handling.permitted.rawValue,
            case .string(let text) = value.kind, !text.isEmpty, text.count <= 64, !restricted.contains(text)
        else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
        }
    }

    /// A grading code, which is always a string: `"1"`, not `1`.
    private mutating func grade<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, _ value: JSONValue, at path: JSONPath, what: String
    ) -> E? where E.RawValue == String {
        if case .number = value.kind {
            context.typeError(
                "a string", value, at: path,
                note: " (write the \(what) in quotes, e.g. \"\(E.allCases.first?.rawValue ?? "")\")")
            return nil
        }
        return context.enumeration(type, value, at: path, what: what, quote: false)
    }
}
