internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let periodFields = ["id", "label", "hours", "start"]

    /// `periods[]`: at least one; ids unique and well-formed; `hours` in (0, 24]; `start`
    /// (scenario@2) on every period or none, strictly increasing, without overlaps.
    ///
    /// Periods are taken in document order. Without starts, formats.md's "in time order, back
    /// to back" cannot be checked: a period has a length but no start time.
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
            var start: Timestamp?
            if let value = object["start"], requireVersion2("'start'", at: object.path("start"), value) {
                start = timestamp(value, at: object.path("start"))
            }
            periods.append(Period(id: id, label: label, hours: hours ?? 1, start: start))
        }
        checkStarts(periods, elements: elements, at: path)
        return periods
    }

    /// An RFC 3339 date-time with an offset. `quoted: false` keeps the value out of the message.
    mutating func timestamp(_ value: JSONValue, at path: JSONPath, quoted: Bool = true) -> Timestamp? {
        guard let text = context.string(value, at: path) else { return nil }
        guard let timestamp = Timestamp(rfc3339: text) else {
            context.error(
                "expected an RFC 3339 date-time with an offset, such as '2026-12-05T18:00:00Z' or "
                    + "'2026-06-05T18:00:00+01:00'" + (quoted ? ", found '\(text)'" : ""),
                at: path, value.position)
            return nil
        }
        return timestamp
    }

    /// All or none carry a start; starts strictly increase and `start_t + hours_t ≤ start_{t+1}`.
    private mutating func checkStarts(_ periods: [Period], elements: [JSONValue], at path: JSONPath) {
        let given = periods.filter { $0.start != nil }.count
        guard given > 0 else { return }
        guard given == periods.count else {
            if let index = periods.firstIndex(where: { $0.start == nil }), index < elements.count {
                context.error(
                    "missing 'start': when one period has a start, every period needs one "
                        + "(\(given) of \(periods.count) have one)",
                    at: path.appending(index), elements[index].position)
            }
            return
        }
        let starts = periods.compactMap(\.start)
        for index in 1..<max(1, periods.count) {
            let previous = periods[index - 1]
            let end = starts[index - 1].secondsSinceEpoch + previous.hours * 3600
            if starts[index].secondsSinceEpoch <= starts[index - 1].secondsSinceEpoch {
                context.error(
                    "start \(starts[index].text) is not after the previous period's start \(starts[index - 1].text): "
                        + "periods must be in time order",
                    at: path.appending(index).appending("start"), elements[index].position)
            } else if starts[index].secondsSinceEpoch + 1e-6 < end {
                context.error(
                    "start \(starts[index].text) overlaps period '\(previous.id)', which starts "
                        + "\(starts[index - 1].text) and lasts \(NumberRange.text(previous.hours)) hours",
                    at: path.appending(index).appending("start"), elements[index].position)
            }
        }
        periodStarts = starts
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
        periodValues(value, at: path, unset: 0, needsVersion2: nil) { validator, element, elementPath in
            validator.nonNegative(element, at: elementPath, integer: integer)
        }
    }

    /// A value that may be written per period: one value, or an object whose keys are period ids
    /// plus an optional `default`. A period the object does not name takes `default`, else
    /// `unset` (formats.md: 0, or "not set" for capacity and presence scale). `needsVersion2`
    /// names the field when its per-period form is new in scenario@2. `read` checks one value;
    /// when it returns `nil` it has recorded the error.
    mutating func periodValues<Value>(
        _ value: JSONValue, at path: JSONPath, unset: Value, needsVersion2 field: String?,
        read: (inout ScenarioValidator, JSONValue, JSONPath) -> Value?
    ) -> PeriodValues<Value> {
        let members: [JSONMember]
        switch value.kind {
        case .number:
            return PeriodValues(read(&self, value, path) ?? unset)
        case .object(let list):
            members = list
        default:
            // A field that is per-period only in scenario@2 is just a number in a scenario@1 file.
            let expected = field != nil && format < .v2 ? "a number" : "a number or an object with period ids as keys"
            context.typeError(expected, value, at: path, note: DecodeContext.stringNote(value))
            return PeriodValues(unset)
        }
        if let field, !requireVersion2("a per-period '\(field)'", at: path, value) {
            return PeriodValues(unset)
        }
        var defaultValue = unset
        var values: [String: Value] = [:]
        for member in members {
            let element = read(&self, member.value, path.appending(member.key))
            if member.key == "default" {
                defaultValue = element ?? unset
            } else if !periodsKnown || periodSet.contains(member.key) {
                values[member.key] = element ?? unset
            } else {
                context.error(
                    "unknown period '\(member.key)'"
                        + context.hint(for: member.key, among: periodIDs, extra: ["default"]),
                    at: path.appending(member.key), member.keyPosition)
            }
        }
        return PeriodValues(default: defaultValue, values: values)
    }

    mutating func nonNegative(
        _ value: JSONValue, at path: @autoclosure () -> JSONPath, integer: Bool
    ) -> Double? {
        if integer {
            return context.integer(value, at: path(), minimum: 0).map(Double.init)
        }
        return context.number(value, at: path(), .atLeast(0))
    }
}
