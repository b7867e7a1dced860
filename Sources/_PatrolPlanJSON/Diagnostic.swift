/// A problem found in input, as a value: what, where, how bad.
///
/// Diagnostics are collected and reported together (a scenario with five mistakes gets five
/// messages in one run). A diagnostic never quotes an intelligence report's id or summary.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    /// JSON path such as `areas[3].footfall.fri-22`; empty for the document itself.
    public var path: String
    public var message: String
    /// 1-based line and column, for syntax errors.
    public var line: Int?
    public var column: Int?

    public init(_ severity: Severity, path: String, _ message: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    public static func error(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: path, message)
    }

    public static func warning(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path: path, message)
    }

    public var description: String {
        var place = path.isEmpty ? "" : path
        if let line, let column {
            place += (place.isEmpty ? "" : " ") + "line \(line), column \(column)"
        }
        return place.isEmpty ? "\(severity.rawValue): \(message)" : "\(severity.rawValue): \(place): \(message)"
    }
}
