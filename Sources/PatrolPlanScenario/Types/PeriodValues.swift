/// A value that may differ by period: a default plus values for named periods (formats.md,
/// "per-period value"; model.md's `v_{a,t}`).
///
/// `Value` is `Double` for footfall, rates and availability, `Int` for minimum presence,
/// `Int?` for capacity and `Double?` for the presence scale, where `nil` means "not set"
/// (no capacity; the scale computed from footfall, model.md §2).
public struct PeriodValues<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The value for periods not named in ``values``.
    public var defaultValue: Value
    /// Values by period id.
    public var values: [String: Value]

    /// The same value in every period.
    public init(_ constant: Value) {
        self.defaultValue = constant
        self.values = [:]
    }

    public init(default defaultValue: Value, values: [String: Value]) {
        self.defaultValue = defaultValue
        self.values = values
    }

    /// The value for the period with this id.
    public func value(for periodID: String) -> Value {
        values[periodID] ?? defaultValue
    }

    /// Whether every period has the same value (scenario@1 could write it as one number).
    public var isConstant: Bool {
        values.values.allSatisfy { $0 == defaultValue }
    }

    /// The value for each period, in the order given.
    public func resolved(_ periods: [Period]) -> [Value] {
        periods.map { value(for: $0.id) }
    }

    /// The same shape with each value transformed.
    public func map<Other>(_ transform: (Value) -> Other) -> PeriodValues<Other> {
        PeriodValues<Other>(default: transform(defaultValue), values: values.mapValues(transform))
    }
}

/// A per-period number (footfall, availability, gang activity, disorder).
public typealias PerPeriod = PeriodValues<Double>

/// Values a per-period field can be written as with a literal in Swift code (tests, generators).
/// (Static functions rather than initialisers, so that `Double.init` stays unambiguous.)
public protocol PeriodLiteralValue: Sendable, Equatable {
    static func periodLiteral(integer: Int) -> Self
    static func periodLiteral(float: Double) -> Self
}

extension Int: PeriodLiteralValue {
    public static func periodLiteral(integer: Int) -> Int { integer }
    public static func periodLiteral(float: Double) -> Int { Int(float) }
}

extension Double: PeriodLiteralValue {
    public static func periodLiteral(integer: Int) -> Double { Double(integer) }
    public static func periodLiteral(float: Double) -> Double { float }
}

extension Optional: PeriodLiteralValue where Wrapped: PeriodLiteralValue {
    public static func periodLiteral(integer: Int) -> Wrapped? { Wrapped.periodLiteral(integer: integer) }
    public static func periodLiteral(float: Double) -> Wrapped? { Wrapped.periodLiteral(float: float) }
}

extension PeriodValues: ExpressibleByIntegerLiteral where Value: PeriodLiteralValue {
    public init(integerLiteral value: Int) {
        self.init(Value.periodLiteral(integer: value))
    }
}

extension PeriodValues: ExpressibleByFloatLiteral where Value: PeriodLiteralValue {
    public init(floatLiteral value: Double) {
        self.init(Value.periodLiteral(float: value))
    }
}

extension PeriodValues: ExpressibleByNilLiteral where Value: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) {
        self.init(Value(nilLiteral: ()))
    }
}
