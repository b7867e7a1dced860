// Why a hand-written parser: Foundation's JSONSerialization (and JSONDecoder on top of it)
// silently keeps one of two duplicate keys, turns `2` and `2.0` into the same NSNumber, and
// forgets where each value was written. scenario@1 needs all three (duplicate keys are errors,
// counts must be integer literals, errors name line and column), and no package we may depend
// on offers a position-aware tree. RFC 8259 is small enough to implement strictly here.

/// A strict RFC 8259 JSON parser that produces a ``JSONValue`` tree with 1-based positions.
///
/// - Runs in time linear in the input; recursion is bounded by ``maxDepth`` (deeper nesting is a
///   syntax error, never a stack overflow).
/// - Duplicate object keys are reported (with their JSON path) in
///   ``JSONParseResult/duplicateKeys``; the first occurrence is kept in the tree.
/// - Numbers that overflow a `Double` are syntax errors; integer literals that overflow `Int`
///   are kept and flagged (``JSONNumber/integerDoesNotFit``).
/// - Invalid UTF-8, unescaped control characters, unpaired surrogates, leading zeros, trailing
///   commas and trailing content are syntax errors. A leading UTF-8 byte order mark is ignored,
///   as RFC 8259 §8.1 allows.
public struct JSONParser: Sendable {
    /// Nesting depth allowed by default: 256 arrays or objects inside one another.
    public static let defaultMaxDepth = 256

    /// The deepest nesting of arrays and objects accepted.
    public var maxDepth: Int

    public init(maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    /// Parses one JSON text.
    public func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONParseResult {
        var state = JSONParserState(bytes: Array(bytes), maxDepth: maxDepth)
        let value = try state.parseDocument()
        return JSONParseResult(value: value, duplicateKeys: state.duplicateKeys)
    }
}

/// A successfully parsed JSON text.
public struct JSONParseResult: Sendable {
    /// The document's top-level value.
    public var value: JSONValue
    /// One error per repeated object key, in document order. Not fatal to parsing: callers
    /// decide, and usually report them with their other diagnostics.
    public var duplicateKeys: [Diagnostic]
}

/// Input that is not JSON: what is wrong and where.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// 1-based line and column (in Unicode scalars) of the offending character.
    public var line: Int
    public var column: Int
    /// The JSON path of the value being read when the error was found (empty at top level).
    public var path: String

    public init(message: String, line: Int, column: Int, path: String) {
        self.message = message
        self.line = line
        self.column = column
        self.path = path
    }

    /// The error as a diagnostic, with line and column.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, path: path, message, line: line, column: column)
    }

    public var description: String { diagnostic.description }
}

/// The parser's cursor. Lives for one `parse` call.
private struct JSONParserState {
    let bytes: [UInt8]
    let maxDepth: Int
    var pos = 0
    var line = 1
    /// Byte offset where the current line starts.
    var lineStart = 0
    /// UTF-8 continuation bytes between `lineStart` and `pos`, so that columns count scalars.
    var continuationBytesOnLine = 0
    var depth = 0
    var path: [JSONPath.Component] = []
    var duplicateKeys: [Diagnostic] = []

    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    var column: Int { pos - lineStart - continuationBytesOnLine + 1 }

    // MARK: Errors

    func fail(_ message: String, line: Int, column: Int) -> JSONSyntaxError {
        JSONSyntaxError(message: message, line: line, column: column, path: JSONPath(components: path).description)
    }

    func fail(_ message: String) -> JSONSyntaxError {
        fail(message, line: line, column: column)
    }

    /// "expected X, found Y" at the current position.
    func unexpected(_ expectation: String) -> JSONSyntaxError {
        var message = "\(expectation), found \(describeCurrent())"
        if pos < bytes.count {
            switch bytes[pos] {
            case UInt8(ascii: "/"): message += " (JSON does not allow comments)"
            case UInt8(ascii: "'"): message += " (JSON strings use double quotes)"
            default: break
            }
        }
        return fail(message)
    }

    private func describeCurrent() -> String {
        guard pos < bytes.count else { return "end of input" }
        let byte = bytes[pos]
        switch byte {
        case 0x21...0x7E:
            return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x00...0x7F:
            return "control character U+\(hex(UInt32(byte), width: 4))"
        default:
            if let (scalar, _) = decodeScalar(at: pos) {
                return "'\(Character(scalar))'"
            }
            return "invalid UTF-8 (byte 0x\(hex(UInt32(byte), width: 2)))"
        }
    }

    // MARK: Document and values

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
        skipWhitespace()
        guard pos < bytes.count else { throw fail("empty document; expected a JSON value") }
        let value = try parseValue()
        skipWhitespace()
        guard pos == bytes.count else { throw unexpected("expected end of input after the JSON value") }
        return value
    }

    /// Parses a value at `pos` (whitespace already skipped).
    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard pos < bytes.count else { throw unexpected("expected a value") }
        let startLine = line
        let startColumn = column
        let kind: JSONValue.Kind
        switch bytes[pos] {
        case UInt8(ascii: "{"): kind = .object(try parseObject())
        case UInt8(ascii: "["): kind = .array(try parseArray())
        case UInt8(ascii: "\""): kind = .string(try parseString())
        case UInt8(ascii: "t"):
            try parseLiteral("true")
            kind = .bool(true)
        case UInt8(ascii: "f"):
            try parseLiteral("false")
            kind = .bool(false)
        case UInt8(ascii: "n"):
            try parseLiteral("null")
            kind = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = .number(try parseNumber())
        default: throw unexpected("expected a value")
        }
        return JSONValue(kind, line: startLine, column: startColumn)
    }

    private mutating func enterContainer() throws(JSONSyntaxError) {
        guard depth < maxDepth else {
            throw fail("nesting is deeper than \(maxDepth) levels of arrays and objects")
        }
        depth += 1
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> [JSONMember] {
        try enterContainer()
        pos += 1  // '{'
        var members: [JSONMember] = []
        // Duplicate detection: a linear scan for small objects (the common case, and cheaper
        // than hashing), an index once an object grows past `indexThreshold` members.
        let indexThreshold = 16
        var index: [String: Int] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            pos += 1
            depth -= 1
            return members
        }
        while true {
            guard peek(UInt8(ascii: "\"")) else {
                if peek(UInt8(ascii: "}")) {  // the empty object returned above
                    throw fail("trailing comma before '}'")
                }
                throw unexpected("expected a string in double quotes as object key")
            }
            let keyLine = line
            let keyColumn = column
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw unexpected("expected ':' after object key") }
            pos += 1
            skipWhitespace()
            path.append(.key(key))
            let value = try parseValue()
            let earlier = members.count <= indexThreshold ? members.firstIndex { $0.key == key } : index[key]
            if let earlier {
                let first = members[earlier]
                duplicateKeys.append(
                    Diagnostic(
                        .error, path: JSONPath(components: path).description,
                        "duplicate key '\(key)' (first at line \(first.line), column \(first.column))",
                        line: keyLine, column: keyColumn))
            } else {
                members.append(JSONMember(key: key, line: keyLine, column: keyColumn, value: value))
                if members.count == indexThreshold + 1 {
                    for (position, member) in members.enumerated() { index[member.key] = position }
                } else if members.count > indexThreshold + 1 {
                    index[key] = members.count - 1
                }
            }
            path.removeLast()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                pos += 1
                skipWhitespace()
            } else if peek(UInt8(ascii: "}")) {
                pos += 1
                depth -= 1
                return members
            } else {
                throw unexpected("expected ',' or '}' after object member")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> [JSONValue] {
        try enterContainer()
        pos += 1  // '['
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            pos += 1
            depth -= 1
            return elements
        }
        while true {
            if peek(UInt8(ascii: "]")) {  // the empty array returned above
                throw fail("trailing comma before ']'")
            }
            path.append(.index(elements.count))
            elements.append(try parseValue())
            path.removeLast()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                pos += 1
                skipWhitespace()
            } else if peek(UInt8(ascii: "]")) {
                pos += 1
                depth -= 1
                return elements
            } else {
                throw unexpected("expected ',' or ']' after array element")
            }
        }
    }

    private mutating func parseLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected in
            pos + count <= bytes.count && bytes[pos..<pos + count].elementsEqual(expected)
        }
        guard matches else { throw unexpected("expected a value (true, false or null)") }
        pos += count
    }

    // MARK: Numbers

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = pos
        let startColumn = column
        let negative = peek(UInt8(ascii: "-"))
        if negative { pos += 1 }
        if peek(UInt8(ascii: "0")) {
            pos += 1
            if peekDigit() { throw fail("leading zeros are not allowed in numbers") }
        } else if peekDigit() {
            skipDigits()
        } else {
            throw unexpected("expected a digit after '-'")
        }
        let integerEnd = pos
        var isInteger = true
        if peek(UInt8(ascii: ".")) {
            pos += 1
            guard peekDigit() else { throw unexpected("expected a digit after the decimal point") }
            skipDigits()
            isInteger = false
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            pos += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { pos += 1 }
            guard peekDigit() else { throw unexpected("expected a digit in the exponent") }
            skipDigits()
            isInteger = false
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        guard let double = Double(text), double.isFinite else {
            throw fail("number is too large to represent", line: line, column: startColumn)
        }
        var int: Int?
        if isInteger {
            int = exactInt(digits: (negative ? start + 1 : start)..<integerEnd, negative: negative)
        }
        return JSONNumber(double: double, isInteger: isInteger, int: int)
    }

    /// The integer in `digits`, or `nil` if it does not fit in `Int`. Accumulates negatively so
    /// that `Int.min` is representable.
    private func exactInt(digits: Range<Int>, negative: Bool) -> Int? {
        var value = 0
        for index in digits {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.subtractingReportingOverflow(Int(bytes[index] &- UInt8(ascii: "0")))
            if overflow1 || overflow2 { return nil }
            value = next
        }
        if negative { return value }
        let (positive, overflow) = (0).subtractingReportingOverflow(value)
        return overflow ? nil : positive
    }

    private func peekDigit() -> Bool {
        pos < bytes.count && bytes[pos] >= UInt8(ascii: "0") && bytes[pos] <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while peekDigit() { pos += 1 }
    }

    // MARK: Strings

    /// Parses a string starting at the opening quote at `pos`.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let openLine = line
        let openColumn = column
        pos += 1  // '"'
        var segmentStart = pos
        var decoded: [UInt8]?  // only allocated once an escape is seen
        while true {
            guard pos < bytes.count else {
                throw fail("unterminated string (it starts here)", line: openLine, column: openColumn)
            }
            let byte = bytes[pos]
            switch byte {
            case UInt8(ascii: "\""):
                let segment = bytes[segmentStart..<pos]
                pos += 1
                if var decoded {
                    decoded.append(contentsOf: segment)
                    return String(decoding: decoded, as: UTF8.self)
                }
                return String(decoding: segment, as: UTF8.self)
            case UInt8(ascii: "\\"):
                var buffer = decoded ?? []
                buffer.append(contentsOf: bytes[segmentStart..<pos])
                try parseEscape(into: &buffer)
                decoded = buffer
                segmentStart = pos
            case 0x0A, 0x0D:
                throw fail("unescaped line break in string (write it as \\n)")
            case 0x00..<0x20:
                throw fail("unescaped control character U+\(hex(UInt32(byte), width: 4)) in string")
            case 0x20..<0x80:
                pos += 1
            default:
                guard let (_, length) = decodeScalar(at: pos) else {
                    throw fail("invalid UTF-8 (byte 0x\(hex(UInt32(byte), width: 2)))")
                }
                pos += length
                continuationBytesOnLine += length - 1
            }
        }
    }

    /// Parses one escape sequence at `pos` (the backslash) and appends its UTF-8 to `buffer`.
    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        let escapeColumn = column
        pos += 1
        guard pos < bytes.count else { throw fail("unterminated string") }
        let byte = bytes[pos]
        pos += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4(escapeColumn: escapeColumn)
            if (0xDC00...0xDFFF).contains(value) {
                throw fail("unpaired UTF-16 surrogate in \\u escape", line: line, column: escapeColumn)
            }
            if (0xD800...0xDBFF).contains(value) {
                let lowColumn = column
                guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u")
                else {
                    throw fail("unpaired UTF-16 surrogate in \\u escape", line: line, column: escapeColumn)
                }
                pos += 2
                let low = try hex4(escapeColumn: lowColumn)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw fail("unpaired UTF-16 surrogate in \\u escape", line: line, column: escapeColumn)
                }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw fail("invalid \\u escape", line: line, column: escapeColumn)
            }
            buffer.append(contentsOf: scalar.utf8)
        default:
            // The escaped character is not quoted: it may be part of restricted text.
            throw fail("invalid escape sequence in string", line: line, column: escapeColumn)
        }
    }

    private mutating func hex4(escapeColumn: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard pos < bytes.count, let digit = hexDigit(bytes[pos]) else {
                throw fail("expected four hex digits after \\u", line: line, column: escapeColumn)
            }
            value = value << 4 | digit
            pos += 1
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    // MARK: UTF-8 and whitespace

    /// Decodes the well-formed UTF-8 sequence (RFC 3629) starting at `start`, or `nil`.
    func decodeScalar(at start: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[start]
        let length: Int
        var value: UInt32
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return Unicode.Scalar(UInt32(lead)).map { ($0, 1) }
        case 0xC2...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0:
            length = 3
            value = UInt32(lead & 0x0F)
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xED:
            length = 3
            value = UInt32(lead & 0x0F)
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            value = UInt32(lead & 0x07)
            secondRange = 0x90...0xBF
        case 0xF1...0xF3:
            length = 4
            value = UInt32(lead & 0x07)
        case 0xF4:
            length = 4
            value = UInt32(lead & 0x07)
            secondRange = 0x80...0x8F
        default: return nil
        }
        guard start + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[start + offset]
            let range: ClosedRange<UInt8> = offset == 1 ? secondRange : 0x80...0xBF
            guard range.contains(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    private func peek(_ byte: UInt8) -> Bool {
        pos < bytes.count && bytes[pos] == byte
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                pos += 1
            case UInt8(ascii: "\n"):
                pos += 1
                newLine()
            case UInt8(ascii: "\r"):
                pos += 1
                if peek(UInt8(ascii: "\n")) { pos += 1 }
                newLine()
            default:
                return
            }
        }
    }

    private mutating func newLine() {
        line += 1
        lineStart = pos
        continuationBytesOnLine = 0
    }
}

private func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
