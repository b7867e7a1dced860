internal import _PatrolPlanJSON

/// A value in the recipe with its JSON path, read with errors that name the recipe file, the
/// path, the line and the bad value.
struct RecipeNode {
    var value: JSONValue
    var path: String
    var file: String

    func error(_ message: String) -> ImportError {
        ImportError(file: file, place: "\(path.isEmpty ? "(top level)" : path) (line \(value.line))", message)
    }

    private func child(_ value: JSONValue, _ key: String) -> RecipeNode {
        RecipeNode(value: value, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    var valueText: String {
        switch value.kind {
        case .string(let s): "'\(s)'"
        case .number(let n): n.int.map(String.init) ?? String(n.double)
        case .bool(let b): String(b)
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The members of an object, each checked against `allowed` (an unknown key is an error
    /// with a "did you mean").
    func object(_ allowed: [String]) throws(ImportError) -> Members {
        guard case .object(let members) = value.kind else { throw error("expected an object, found \(valueText)") }
        var result = Members(node: self, members: [:], order: [])
        for member in members {
            guard allowed.contains(member.key) else {
                throw ImportError(
                    file: file, place: "\(path.isEmpty ? "" : path + ".")\(member.key) (line \(member.line))",
                    "unknown field\(DidYouMean.hint(for: member.key, among: allowed)); allowed here: \(allowed.joined(separator: ", "))")
            }
            result.members[member.key] = child(member.value, member.key)
            result.order.append(member.key)
        }
        return result
    }

    /// The members of an object whose keys are free (a table from name to value).
    func table() throws(ImportError) -> [(String, RecipeNode)] {
        guard case .object(let members) = value.kind else { throw error("expected an object, found \(valueText)") }
        return members.map { ($0.key, child($0.value, $0.key)) }
    }

    func string() throws(ImportError) -> String {
        guard case .string(let s) = value.kind, !s.isEmpty else { throw error("expected a non-empty string, found \(valueText)") }
        return s
    }

    func number(_ lower: Double? = nil, _ upper: Double? = nil, exclusiveLower: Bool = false) throws(ImportError) -> Double {
        guard case .number(let n) = value.kind, n.double.isFinite else { throw error("expected a number, found \(valueText)") }
        let x = n.double
        if let lower, exclusiveLower ? x <= lower : x < lower {
            throw error("\(valueText) is out of range (must be \(exclusiveLower ? ">" : "≥") \(lower))")
        }
        if let upper, x > upper { throw error("\(valueText) is out of range (must be ≤ \(upper))") }
        return x
    }

    func integer(minimum: Int, maximum: Int = Int.max) throws(ImportError) -> Int {
        guard case .number(let n) = value.kind, let i = n.int ?? (n.double == n.double.rounded() && abs(n.double) < 0x1p53 ? Int(n.double) : nil)
        else { throw error("expected an integer, found \(valueText)") }
        guard i >= minimum, i <= maximum else { throw error("\(i) is out of range (\(minimum) to \(maximum))") }
        return i
    }

    func array() throws(ImportError) -> [RecipeNode] {
        guard case .array(let values) = value.kind else { throw error("expected an array, found \(valueText)") }
        return values.enumerated().map { RecipeNode(value: $1, path: "\(path)[\($0)]", file: file) }
    }

    func strings() throws(ImportError) -> [String] {
        var out: [String] = []
        for node in try array() { out.append(try node.string()) }
        return out
    }

    /// A string, or an array of strings.
    func stringOrStrings() throws(ImportError) -> [String] {
        if case .string = value.kind { return [try string()] }
        return try strings()
    }

    func numbers(count: Int) throws(ImportError) -> [Double] {
        let nodes = try array()
        guard nodes.count == count else { throw error("expected \(count) numbers, found \(nodes.count)") }
        var out: [Double] = []
        for node in nodes { out.append(try node.number(0)) }
        guard out.contains(where: { $0 > 0 }) else { throw error("at least one weight must be positive") }
        return out
    }

    struct Members {
        var node: RecipeNode
        var members: [String: RecipeNode]
        var order: [String]

        subscript(_ key: String) -> RecipeNode? { members[key] }

        func required(_ key: String) throws(ImportError) -> RecipeNode {
            guard let value = members[key] else { throw node.error("missing required field '\(key)'") }
            return value
        }
    }
}
