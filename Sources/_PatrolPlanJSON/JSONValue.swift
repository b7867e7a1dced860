/// A parsed JSON value that remembers where it was written.
///
/// Produced by ``JSONParser``. Objects keep their members in document order; numbers keep
/// whether the literal was an integer (see ``JSONNumber``). Line and column are 1-based;
/// columns count Unicode scalars, not bytes.
public struct JSONValue: Sendable, Equatable {
    /// The value itself.
    public enum Kind: Sendable, Equatable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    public var kind: Kind
    // Positions are stored in 32 bits to keep large trees small (a document over 2^31 lines
    // or columns long would be clamped, not wrapped).
    private var storedLine: Int32
    private var storedColumn: Int32

    /// 1-based line of the value's first character.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// 1-based column (in Unicode scalars) of the value's first character.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.storedLine = Int32(clamping: line)
        self.storedColumn = Int32(clamping: column)
    }

    /// The kind of value with an article, for messages such as "expected a number, found a string".
    public var typeDescription: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    private var storedLine: Int32
    private var storedColumn: Int32
    public var value: JSONValue

    /// 1-based line of the key's opening quote.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// 1-based column (in Unicode scalars) of the key's opening quote.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(key: String, line: Int, column: Int, value: JSONValue) {
        self.key = key
        self.storedLine = Int32(clamping: line)
        self.storedColumn = Int32(clamping: column)
        self.value = value
    }
}

/// A JSON number as written.
///
/// ``double`` is always finite (the parser rejects literals that overflow a `Double`).
/// ``isInteger`` is true when the literal had no fraction and no exponent; ``int`` is then its
/// exact value if it fits in `Int`, else `nil` (see ``integerDoesNotFit``).
public struct JSONNumber: Sendable, Equatable {
    /// The literal's value as a `Double` (rounded to nearest).
    public let double: Double
    // `exact` is meaningful only when `form == .integer`; the split (rather than `Bool` and
    // `Int?`) keeps the value at 17 bytes, which matters for large documents.
    private let exact: Int
    private let form: Form

    private enum Form: UInt8, Sendable {
        case fraction, integer, integerOverflow
    }

    public init(double: Double, isInteger: Bool, int: Int?) {
        self.double = double
        self.exact = isInteger ? int ?? 0 : 0
        self.form = isInteger ? (int == nil ? .integerOverflow : .integer) : .fraction
    }

    /// Whether the literal had no fraction and no exponent.
    public var isInteger: Bool { form != .fraction }

    /// The exact value of an integer literal that fits in `Int`; otherwise `nil`.
    public var int: Int? { form == .integer ? exact : nil }

    /// An integer literal outside `Int`'s range.
    public var integerDoesNotFit: Bool { form == .integerOverflow }
}
