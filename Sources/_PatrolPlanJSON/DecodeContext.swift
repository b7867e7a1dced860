internal import _PatrolPlanNumerics
/// A place in the source text, for ordering diagnostics by where they occur.
package struct SourcePosition: Sendable, Comparable {
    package var line: Int
    package var column: Int

    package static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

extension JSONValue {
    package var position: SourcePosition { SourcePosition(line: line, column: column) }
}

extension JSONMember {
    package var keyPosition: SourcePosition { SourcePosition(line: line, column: column) }
}

/// Collects the diagnostics of one decode, and reads typed values out of ``JSONValue``s,
/// recording an error (and returning `nil`) when a value has the wrong type or range.
///
/// Messages never quote a string value unless the caller says it may (`quote:`), so that
/// restricted text cannot leak through an error.
package struct DecodeContext: Sendable {
    private var errors: [(position: SourcePosition, diagnostic: Diagnostic)] = []
    private var warnings: [(position: SourcePosition, diagnostic: Diagnostic)] = []
    /// Candidate comparisons left for did-you-mean suggestions; bounds the time spent on a
    /// document full of bad references.
    private var suggestionBudget = 1_000_000

    /// An empty context: no diagnostics yet.
    package init() {}

    package var hasErrors: Bool { !errors.isEmpty }

    package mutating func error(_ message: String, at path: JSONPath, _ position: SourcePosition) {
        errors.append((position, .error(path.description, message)))
    }

    package mutating func warning(_ message: String, at path: JSONPath, _ position: SourcePosition) {
        warnings.append((position, .warning(path.description, message)))
    }

    /// Adds a diagnostic that already carries its line and column (from the parser).
    package mutating func add(_ diagnostic: Diagnostic) {
        let position = SourcePosition(line: diagnostic.line ?? 0, column: diagnostic.column ?? 0)
        errors.append((position, diagnostic))
    }

    /// Errors in document order (stable for errors at the same place).
    package var sortedErrors: [Diagnostic] { Self.sorted(errors) }

    /// Warnings in document order.
    package var sortedWarnings: [Diagnostic] { Self.sorted(warnings) }

    private static func sorted(_ list: [(position: SourcePosition, diagnostic: Diagnostic)]) -> [Diagnostic] {
        list.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element.diagnostic)
    }

    /// "; did you mean 'x'?" for a reference to an unknown id (among `candidates`, then `extra`),
    /// within the suggestion budget.
    package mutating func hint(for name: String, among candidates: [String], extra: [String] = []) -> String {
        let cost = candidates.count + extra.count
        guard suggestionBudget >= cost else { return "" }
        suggestionBudget -= cost
        return DidYouMean.hint(for: name, among: [candidates, extra].joined())
    }

    // MARK: Typed readers
    // Paths are taken as autoclosures: they are built only when there is something to report.

    package mutating func typeError(
        _ expected: String, _ value: JSONValue, at path: @autoclosure () -> JSONPath, note: String = ""
    ) {
        error("expected \(expected), found \(value.typeDescription)\(note)", at: path(), value.position)
    }

    package mutating func string(_ value: JSONValue, at path: @autoclosure () -> JSONPath) -> String? {
        guard case .string(let text) = value.kind else {
            typeError("a string", value, at: path())
            return nil
        }
        return text
    }

    package mutating func nonEmptyString(_ value: JSONValue, at path: @autoclosure () -> JSONPath) -> String? {
        guard let text = string(value, at: path()) else { return nil }
        guard !text.isEmpty else {
            error("must not be empty", at: path(), value.position)
            return nil
        }
        return text
    }

    package mutating func bool(_ value: JSONValue, at path: @autoclosure () -> JSONPath) -> Bool? {
        guard case .bool(let flag) = value.kind else {
            typeError("true or false", value, at: path())
            return nil
        }
        return flag
    }

    package mutating func array(_ value: JSONValue, at path: @autoclosure () -> JSONPath) -> [JSONValue]? {
        guard case .array(let elements) = value.kind else {
            typeError("an array", value, at: path())
            return nil
        }
        return elements
    }

    /// A finite number within `range`.
    package mutating func number(_ value: JSONValue, at path: @autoclosure () -> JSONPath, _ range: NumberRange) -> Double? {
        guard case .number(let number) = value.kind else {
            typeError("a number", value, at: path(), note: Self.stringNote(value))
            return nil
        }
        guard range.contains(number.double) else {
            error(
                "must be \(range), found \(NumberRange.text(number))" + InputHints.fraction(number.double, range: range),
                at: path(), value.position)
            return nil
        }
        return number.double
    }

    /// An integer that fits in `Int` and is at least `minimum`. A number with a zero fraction
    /// part (`2.0`, `5e3`, as spreadsheets write them) is an integer (formats.md); `2.5` is not.
    package mutating func integer(_ value: JSONValue, at path: @autoclosure () -> JSONPath, minimum: Int) -> Int? {
        guard case .number(let number) = value.kind else {
            typeError("an integer", value, at: path(), note: Self.stringNote(value))
            return nil
        }
        guard number.isInteger || number.double == number.double.rounded() else {
            error("expected an integer, found \(NumberRange.text(number))", at: path(), value.position)
            return nil
        }
        guard let int = number.int ?? (number.isInteger ? nil : SafeConversion.exactInt(number.double)) else {
            error("integer does not fit in 64 bits", at: path(), value.position)
            return nil
        }
        guard int >= minimum else {
            error("must be at least \(minimum), found \(int)", at: path(), value.position)
            return nil
        }
        return int
    }

    /// A hint for a number written as a string ("28,000", "70%", "12"); empty otherwise.
    package static func stringNote(_ value: JSONValue) -> String {
        guard case .string(let text) = value.kind else { return "" }
        return InputHints.numberWritten(as: text)
    }

    /// One of an enumeration's raw values. `quote` says whether the value found may be shown.
    package mutating func enumeration<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, _ value: JSONValue, at path: @autoclosure () -> JSONPath, what: String, quote: Bool = true
    ) -> E? where E.RawValue == String {
        guard let text = string(value, at: path()) else { return nil }
        if let result = E(rawValue: text) { return result }
        let names = E.allCases.map(\.rawValue)
        var message = quote ? "unknown \(what) '\(text)'" : "unknown \(what)"
        message += "; expected one of " + names.joined(separator: ", ")
        if quote, let suggestion = DidYouMean.suggestion(for: text, among: names) {
            message += " (did you mean '\(suggestion)'?)"
        }
        error(message, at: path(), value.position)
        return nil
    }
}

/// An allowed interval for a number, with its wording for messages.
package struct NumberRange: Sendable, CustomStringConvertible {
    package var lower: Double?
    package var lowerInclusive = true
    package var upper: Double?
    package var upperInclusive = true

    /// `[lower, upper]`.
    package static func between(_ lower: Double, _ upper: Double) -> NumberRange {
        NumberRange(lower: lower, upper: upper)
    }

    /// `[lower, ∞)`.
    package static func atLeast(_ lower: Double) -> NumberRange {
        NumberRange(lower: lower)
    }

    /// `(lower, ∞)`.
    package static func greaterThan(_ lower: Double) -> NumberRange {
        NumberRange(lower: lower, lowerInclusive: false)
    }

    /// `(lower, upper]`.
    package static func greaterThan(_ lower: Double, atMost upper: Double) -> NumberRange {
        NumberRange(lower: lower, lowerInclusive: false, upper: upper)
    }

    package func contains(_ x: Double) -> Bool {
        guard x.isFinite else { return false }
        if let lower, lowerInclusive ? x < lower : x <= lower { return false }
        if let upper, upperInclusive ? x > upper : x >= upper { return false }
        return true
    }

    package var description: String {
        switch (lower, upper) {
        case (let lower?, let upper?) where lowerInclusive && upperInclusive:
            "between \(Self.text(lower)) and \(Self.text(upper))"
        case (let lower?, let upper?):
            "\(lowerInclusive ? "at least" : "greater than") \(Self.text(lower)) and "
                + "\(upperInclusive ? "at most" : "less than") \(Self.text(upper))"
        case (let lower?, nil):
            "\(lowerInclusive ? "at least" : "greater than") \(Self.text(lower))"
        case (nil, let upper?):
            "\(upperInclusive ? "at most" : "less than") \(Self.text(upper))"
        case (nil, nil):
            "a finite number"
        }
    }
}

extension NumberRange {
    /// A number for a message: integers without a fraction, others as Swift prints them.
    package static func text(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(x)
    }

    /// A number as written, near enough: `2.0` stays `2.0` to show why it is not an integer.
    package static func text(_ number: JSONNumber) -> String {
        if let int = number.int { return String(int) }
        if !number.isInteger, number.double == number.double.rounded(), abs(number.double) < 1e15 {
            return String(number.double)
        }
        return text(number.double)
    }
}
