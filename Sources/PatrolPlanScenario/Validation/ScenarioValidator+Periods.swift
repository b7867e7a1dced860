internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let periodFields = ["id", "label", "hours"]

    /// `periods[]`: at least one; ids unique and well-formed; `hours` in (0, 24].
    ///
    /// Periods are taken in document order. formats.md asks for them "in time order, back to
    /// back", which cannot be checked: a period has a length but no start time.
    mutating func readPeriods(_ root: ObjectReader) -> [Period] {
        let path = root.path("periods")
        guard
            let elements = elements(
                of: root, "periods", required: true, noun: "period",
                limit: (limits.maxPeriods, DecoderLimits.Flag.maxPeriods))
        else { return [] }
        periodsKnown = true
        var ids = IDRegistry()
        var periods: [Period] = []
        for (index, element) in elements.enumerated() {
            let elementPath = path.appending(index)
            guard let object = ObjectReader(element, at: elementPath, fields: Self.periodFields, context: &context)
            else { continue }
            var id = ""
            if let value = object.required("id", context: &context),
                let text = context.string(value, at: object.path("id"))
            {
                id = text
                checkID(text, kind: "period", registry: &ids, index: index, listPath: path, value: value)
                if text == "default" {
                    context.error(
                        "'default' cannot be a period id: it is reserved in per-period values",
                        at: object.path("id"), value.position)
                }
                if periodSet.insert(text).inserted { periodIDs.append(text) }
            }
            let label = object["label"].flatMap { context.string($0, at: object.path("label")) }
            let hours = object.required("hours", context: &context).flatMap {
                context.number($0, at: object.path("hours"), .greaterThan(0, atMost: 24))
            }
            periods.append(Period(id: id, label: label, hours: hours ?? 1))
        }
        return periods
    }

    /// Checks a period or area id: pattern and uniqueness. These ids may be quoted.
    mutating func checkID(
        _ id: String, kind: String, registry: inout IDRegistry, index: Int, listPath: JSONPath, value: JSONValue
    ) {
        let idPath = listPath.appending(index).appending("id")
        if !Self.isValidID(id) {
            context.error("\(kind) id '\(id)' must be \(Self.idPatternText)", at: idPath, value.position)
        }
        if let first = registry.register(id, index: index) {
            context.error(
                "duplicate \(kind) id '\(id)' (same as \(listPath.appending(first).appending("id")))",
                at: idPath, value.position)
        }
    }

    /// A per-period value (`footfall`, `available`): a number, or an object whose keys are
    /// period ids plus an optional `default` (itself defaulting to 0). Values must be ≥ 0, and
    /// integers when `integer` is set.
    mutating func perPeriod(_ value: JSONValue, at path: JSONPath, integer: Bool) -> PerPeriod {
        switch value.kind {
        case .number:
            return PerPeriod(nonNegative(value, at: path, integer: integer) ?? 0)
        case .object(let members):
            var defaultValue = 0.0
            var values: [String: Double] = [:]
            for member in members {
                let number = nonNegative(member.value, at: path.appending(member.key), integer: integer)
                if member.key == "default" {
                    defaultValue = number ?? 0
                } else if !periodsKnown || periodSet.contains(member.key) {
                    values[member.key] = number ?? 0
                } else {
                    context.error(
                        "unknown period '\(member.key)'"
                            + context.hint(for: member.key, among: periodIDs, extra: ["default"]),
                        at: path.appending(member.key), member.keyPosition)
                }
            }
            return PerPeriod(default: defaultValue, values: values)
        default:
            context.typeError("a number or an object with period ids as keys", value, at: path, note: DecodeContext.stringNote(value))
            return PerPeriod(0)
        }
    }

    private mutating func nonNegative(
        _ value: JSONValue, at path: @autoclosure () -> JSONPath, integer: Bool
    ) -> Double? {
        if integer {
            return context.integer(value, at: path(), minimum: 0).map(Double.init)
        }
        return context.number(value, at: path(), .atLeast(0))
    }
}
