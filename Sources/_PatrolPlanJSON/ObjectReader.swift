/// Reads one JSON object with a fixed set of fields: reports a value that is not an object,
/// every unknown key (with a did-you-mean among the known fields) and missing required fields.
package struct ObjectReader {
    /// The object's own path.
    package let path: JSONPath
    /// Where the object starts; missing fields are reported here.
    package let position: SourcePosition
    private let members: [JSONMember]

    /// Returns `nil`, after recording an error, if `value` is not an object. Unknown keys are
    /// recorded as errors straight away.
    package init?(_ value: JSONValue, at path: JSONPath, fields: [String], context: inout DecodeContext) {
        guard case .object(let members) = value.kind else {
            context.typeError("an object", value, at: path)
            return nil
        }
        self.path = path
        self.position = value.position
        self.members = members
        for member in members where !fields.contains(member.key) {
            context.error(
                "unknown field '\(member.key)'" + DidYouMean.hint(for: member.key, among: fields),
                at: path.appending(member.key), member.keyPosition)
        }
    }

    /// The value of `key` if present (a JSON `null` counts as present).
    package subscript(_ key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    /// The value of `key`; records "missing required field" if absent.
    package func required(_ key: String, context: inout DecodeContext) -> JSONValue? {
        guard let value = self[key] else {
            // Reported at the missing field's own path, so even a top-level field has one.
            context.error("missing required field '\(key)'", at: path(key), position)
            return nil
        }
        return value
    }

    /// The path of one of this object's fields.
    package func path(_ key: String) -> JSONPath {
        path.appending(key)
    }
}
