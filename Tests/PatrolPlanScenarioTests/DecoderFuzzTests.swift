import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanScenario
@testable import _PatrolPlanJSON

/// Mutation fuzzing of the scenario decoder: a fixed-seed batch of mutants of the bundled
/// scenarios (byte flips, truncation, deleted and duplicated fields, wrong types, extreme
/// numbers, deep nesting, long strings, invalid UTF-8). Each must decode or throw a
/// `ScenarioError` whose every diagnostic says where: a JSON path or a line and column.
@Suite struct DecoderFuzzTests {
    static let mutantsPerScenario = 2_500
    static let chunks = 4

    static let sources: [[UInt8]] = BundledScenarios.names.compactMap {
        try? [UInt8](Data(contentsOf: BundledScenarios.folder.appendingPathComponent("\($0).json")))
    }

    @Test func sourcesLoad() {
        #expect(Self.sources.count == BundledScenarios.names.count)
    }

    @Test(arguments: 0..<chunks)
    func mutantsDecodeOrSayWhere(chunk: Int) {
        var rng = SplitMix64(seed: 0xF022 + UInt64(chunk))
        var decoded = 0
        var rejected = 0
        for (s, source) in Self.sources.enumerated() {
            for n in stride(from: chunk, to: Self.mutantsPerScenario, by: Self.chunks) {
                var mutator = Mutator(rng: rng)
                let mutant = mutator.mutate(source)
                rng = mutator.rng
                do {
                    _ = try ScenarioDecoder().decode(mutant)
                    decoded += 1
                } catch {
                    rejected += 1
                    for diagnostic in error.diagnostics where diagnostic.severity == .error {
                        let located = !diagnostic.path.isEmpty || (diagnostic.line != nil && diagnostic.column != nil)
                        #expect(located, "scenario \(s), mutant \(n) (chunk \(chunk)): \(diagnostic)")
                    }
                }
            }
        }
        #expect(decoded + rejected == Self.sources.count * (Self.mutantsPerScenario / Self.chunks))
        #expect(rejected > 0)
    }
}

/// One random mutation of a JSON document.
struct Mutator {
    var rng: SplitMix64

    mutating func int(_ range: Range<Int>) -> Int {
        Int.random(in: range, using: &rng)
    }

    mutating func mutate(_ source: [UInt8]) -> [UInt8] {
        var bytes = source
        let rounds = int(1..<4)
        for _ in 0..<rounds {
            guard !bytes.isEmpty else { break }
            bytes = once(bytes)
        }
        return bytes
    }

    static let replacements: [String] = [
        "null", "true", "false", "0", "-1", "1e308", "-1e308", "1e-320", "9223372036854775808",
        "-9223372036854775809", "123456789012345678901234567890", "1.7976931348623157e309", "NaN", "Infinity",
        "\"\"", "\"x\"", "[]", "{}", "[[[]]]", "{\"a\":1}", "0.5", "2", "\"approved\"", "\"\\u0000\"",
        "\"\\ud800\"", "-0", "1E+2", "01", ".5", "+1",
    ]

    mutating func once(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        let i = int(0..<b.count)
        switch int(0..<12) {
        case 0:  // flip a bit
            b[i] ^= UInt8(1 << int(0..<8))
        case 1:  // random byte
            b[i] = UInt8(truncatingIfNeeded: int(0..<256))
        case 2:  // truncate
            b.removeSubrange(i...)
        case 3:  // delete a span
            b.removeSubrange(i..<min(b.count, i + int(1..<64)))
        case 4:  // duplicate a span
            let span = Array(b[i..<min(b.count, i + int(1..<128))])
            b.insert(contentsOf: span, at: int(0..<(b.count + 1)))
        case 5:  // replace a value with one of another type or size
            return replaceValue(b)
        case 6:  // delete a field
            return deleteField(b)
        case 7:  // duplicate a field
            return duplicateField(b)
        case 8:  // deep nesting
            let depth = int(1..<2000)
            let open = [UInt8](repeating: int(0..<2) == 0 ? UInt8(ascii: "[") : UInt8(ascii: "{"), count: depth)
            b.insert(contentsOf: open, at: i)
        case 9:  // long string
            let long = "\"" + String(repeating: "x", count: int(1_000..<70_000)) + "\""
            b.insert(contentsOf: Array(long.utf8), at: i)
        case 10:  // invalid UTF-8
            let invalid: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80]]
            b.insert(contentsOf: invalid[int(0..<invalid.count)], at: i)
        default:  // control characters and structural bytes
            let chars: [UInt8] = [0x00, 0x09, 0x0A, 0x22, 0x5C, 0x2C, 0x3A, 0x7B, 0x7D, 0x5B, 0x5D]
            b.insert(chars[int(0..<chars.count)], at: i)
        }
        return b
    }

    /// A random `:` (the first at or after a random position, wrapping round), or nil.
    mutating func randomColon(_ b: [UInt8]) -> Int? {
        let from = int(0..<b.count)
        if let i = b[from...].firstIndex(of: UInt8(ascii: ":")) { return i }
        return b[..<from].firstIndex(of: UInt8(ascii: ":"))
    }

    /// End of the value starting at `start` (scalar or bracketed), skipping strings.
    func valueEnd(_ b: [UInt8], from start: Int) -> Int {
        var i = start
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        var depth = 0
        var inString = false
        while i < b.count {
            let c = b[i]
            if inString {
                if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return i + 1 }
                }
            } else if c == UInt8(ascii: "\"") {
                inString = true
            } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                depth += 1
            } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                if depth == 0 { return i }
                depth -= 1
                if depth == 0 { return i + 1 }
            } else if depth == 0, c == UInt8(ascii: ",") {
                return i
            }
            i += 1
        }
        return b.count
    }

    mutating func replaceValue(_ b: [UInt8]) -> [UInt8] {
        guard let colon = randomColon(b) else { return b }
        let start = colon + 1
        let end = valueEnd(b, from: start)
        var out = b
        let text = Self.replacements[int(0..<Self.replacements.count)]
        out.replaceSubrange(start..<max(start, end), with: Array((" " + text).utf8))
        return out
    }

    /// The `"key": value` span around a `:`, with its trailing comma.
    func fieldSpan(_ b: [UInt8], colon: Int) -> Range<Int>? {
        var keyStart = colon - 1
        while keyStart > 0, b[keyStart] != UInt8(ascii: "\"") { keyStart -= 1 }  // closing quote
        keyStart -= 1
        while keyStart > 0, b[keyStart] != UInt8(ascii: "\"") { keyStart -= 1 }  // opening quote
        guard keyStart >= 0 else { return nil }
        var end = valueEnd(b, from: colon + 1)
        if end < b.count, b[end] == UInt8(ascii: ",") { end += 1 }
        return keyStart..<end
    }

    mutating func deleteField(_ b: [UInt8]) -> [UInt8] {
        guard let colon = randomColon(b), let span = fieldSpan(b, colon: colon) else { return b }
        var out = b
        out.removeSubrange(span)
        return out
    }

    mutating func duplicateField(_ b: [UInt8]) -> [UInt8] {
        guard let colon = randomColon(b), let span = fieldSpan(b, colon: colon) else { return b }
        var field = Array(b[span])
        if field.last != UInt8(ascii: ",") { field.append(UInt8(ascii: ",")) }
        var out = b
        out.insert(contentsOf: field, at: span.lowerBound)
        return out
    }
}
