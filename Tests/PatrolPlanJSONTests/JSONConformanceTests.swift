import Testing
@testable import _PatrolPlanJSON

/// The strict RFC 8259 parser on its own, in the style of JSONTestSuite: texts every parser must
/// accept (`y_`), texts it must reject (`n_`), and what this parser adds (positions, duplicate
/// keys, integer literals kept apart).
@Suite("JSON: RFC 8259 conformance")
struct JSONConformanceTests {
    static let accepted: [String] = [
        #"{}"#, #"[]"#, #"0"#, #"-0"#, #"-1.5E-3"#, #""""#, #"true"#, #"null"#,
        #"{"a": [1, 2.5, "x", false, null, {}]}"#, #""\ud83d\ude00""#, #""\u00e9""#, #""\"\\\/\b\f\n\r\t""#,
        " \t\r\n[1]\n ", #"[[[[[[[[[[]]]]]]]]]]"#,
    ]

    static let rejected: [String] = [
        "", " ", "{", "[1,]", "[1 2]", "{\"a\" 1}", "{'a': 1}", "{a: 1}", "[01]", "[1.]", "[.5]", "[+1]",
        "[NaN]", "[Infinity]", "[\"\\x\"]", "[\"a\nb\"]", "[1] x", "/* c */ []", "[tru]", "{\"a\": 1,}",
        "\u{FEFF}\u{FEFF}[]",
    ]

    @Test(arguments: accepted)
    func accepts(_ text: String) throws {
        _ = try JSONParser().parse(Array(text.utf8))
    }

    @Test(arguments: rejected)
    func rejects(_ text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(Array(text.utf8)) }
    }

    /// Implementation-defined in RFC 8259 §9 (JSONTestSuite's `i_number_huge_exp`): a number
    /// no `Double` holds is refused with a message rather than read as infinity.
    @Test func numbersBeyondDoubleAreRefused() throws {
        let error = try #require(throws: JSONSyntaxError.self) { try JSONParser().parse(Array("1e400".utf8)) }
        #expect(error.message.contains("too large"))
    }

    @Test func syntaxErrorsCarryLineAndColumn() throws {
        let error = try #require(throws: JSONSyntaxError.self) {
            try JSONParser().parse(Array("{\n  \"a\": 1\n  \"b\": 2\n}".utf8))
        }
        #expect(error.line == 3 && error.column == 3)
    }

    @Test func duplicateKeysAreReportedNotSilentlyKept() throws {
        let result = try JSONParser().parse(Array(#"{"a": 1, "a": 2, "b": {"c": 1, "c": 1}}"#.utf8))
        #expect(result.duplicateKeys.count == 2)
    }

    @Test func nestingDeeperThanTheLimitIsRejected() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONSyntaxError.self) { try JSONParser(maxDepth: 256).parse(Array(deep.utf8)) }
    }
}
