internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let intelligenceFields = [
        "id", "area", "category", "likelihood", "source", "assessment", "handling", "ageHours",
        "periods", "summary",
    ]

    /// `intelligence[]` (optional).
    ///
    /// Restricted content: no message here quotes a report's `id` or `summary`, whatever its
    /// handling code (the code itself may be the thing that is wrong). Graded fields and wrong
    /// area or period references are not quoted either, in case restricted text was pasted into
    /// the wrong field; suggestions name only the scenario's own ids.
    mutating func readIntelligence(_ root: ObjectReader) -> [IntelReport] {
        let path = root.path("intelligence")
        guard
            let elements = elements(
                of: root, "intelligence", required: false, noun: "intelligence report",
                limit: (limits.maxIntelligence, DecoderLimits.Flag.maxIntelligence))
        else { return [] }
        var ids = IDRegistry()
        var reports: [IntelReport] = []
        reports.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard
                let object = ObjectReader(
                    element, at: path.appending(index), fields: Self.intelligenceFields, context: &context)
            else { continue }
            let id = readUniqueID(object, index: index, in: path, registry: &ids, noun: "intelligence", quoted: false)
            let area = object.required("area", context: &context).flatMap {
                areaReference($0, at: object.path("area"), quoted: false)
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
            let ageHours = object["ageHours"].flatMap {
                context.number($0, at: object.path("ageHours"), .atLeast(0))
            }
            let periods = object["periods"].flatMap {
                periodList($0, at: object.path("periods"), owner: "intelligence report", quoted: false)
            }
            let summary = object["summary"].flatMap { context.string($0, at: object.path("summary")) }
            reports.append(
                IntelReport(
                    id: id, area: area ?? "", category: category ?? .violence, likelihood: likelihood ?? 0,
                    source: source ?? .reliable, assessment: assessment ?? .a, handling: handling ?? .confidential,
                    ageHours: ageHours ?? 0, periods: periods, summary: summary))
        }
        return reports
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
