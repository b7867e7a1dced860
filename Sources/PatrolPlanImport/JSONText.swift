internal import _PatrolPlanJSON

/// An ordered JSON value to write: objects keep the order they were built in, so a scenario's
/// bytes depend only on the recipe and the data (never on hashing).
package indirect enum JSONText: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    /// Written in Swift's shortest form that reads back exactly; round before storing.
    case number(Double)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    package static func == (lhs: JSONText, rhs: JSONText) -> Bool { lhs.compact == rhs.compact }

    /// A number rounded to `places` decimals (whole numbers are written without a fraction).
    package static func rounded(_ x: Double, _ places: Int) -> JSONText {
        .number(roundDecimal(x, places))
    }

    /// The parser's value written back (member order kept; `2.0` stays a number).
    init(_ value: JSONValue) {
        switch value.kind {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let n): self = n.int.map(JSONText.integer) ?? .number(n.double)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a.map(JSONText.init))
        case .object(let members): self = .object(members.map { ($0.key, JSONText($0.value)) })
        }
    }

    /// True for values written on one line even in the pretty form: scalars, and arrays or
    /// objects of scalars (or of such arrays: coordinates) with few members.
    var isInline: Bool {
        switch self {
        case .null, .bool, .integer, .number, .string: return true
        case .array(let values): return values.allSatisfy { $0.isCoordinates || $0.isScalar } || isCoordinates
        case .object(let members): return members.allSatisfy { $0.1.isScalar }
        }
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// Nested arrays of numbers (GeoJSON coordinates): always one line.
    var isCoordinates: Bool {
        switch self {
        case .integer, .number: true
        case .array(let values): !values.isEmpty && values.allSatisfy(\.isCoordinates)
        default: false
        }
    }

    /// The document in one line, no spaces.
    package var compact: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Two-space indented; short arrays and flat objects stay on one line (like the
    /// hand-written scenarios), and the text ends in a newline.
    package var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        out += "\n"
        return out
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let x): out += Self.numberText(x)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let values):
            if values.isEmpty { out += "[]"; return }
            if let indent, !isInline {
                let inner = String(repeating: indent, count: level + 1)
                out += "[\n"
                for (i, value) in values.enumerated() {
                    out += inner
                    value.write(into: &out, indent: indent, level: level + 1)
                    out += i + 1 < values.count ? ",\n" : "\n"
                }
                out += String(repeating: indent, count: level) + "]"
            } else {
                out += "["
                for (i, value) in values.enumerated() {
                    if i > 0 { out += indent == nil ? "," : ", " }
                    value.write(into: &out, indent: indent == nil ? nil : indent, level: level)
                }
                out += "]"
            }
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            if let indent, !isInline {
                let inner = String(repeating: indent, count: level + 1)
                out += "{\n"
                for (i, (key, value)) in members.enumerated() {
                    out += inner
                    Self.quote(key, into: &out)
                    out += ": "
                    value.write(into: &out, indent: indent, level: level + 1)
                    out += i + 1 < members.count ? ",\n" : "\n"
                }
                out += String(repeating: indent, count: level) + "}"
            } else {
                out += "{"
                for (i, (key, value)) in members.enumerated() {
                    if i > 0 { out += indent == nil ? "," : ", " }
                    Self.quote(key, into: &out)
                    out += indent == nil ? ":" : ": "
                    value.write(into: &out, indent: indent, level: level)
                }
                out += "}"
            }
        }
    }

    /// Whole numbers without a fraction; others in the shortest form that reads back exactly.
    static func numberText(_ x: Double) -> String {
        precondition(x.isFinite, "a non-finite number reached the JSON writer")
        if x == x.rounded(), abs(x) < 0x1p53 { return String(Int(x)) }
        return x.description
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

/// `x` rounded half away from zero to `places` decimals (the double nearest that decimal).
package func roundDecimal(_ x: Double, _ places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let r = (x * scale).rounded() / scale
    return r == 0 ? 0 : r  // no "-0"
}
