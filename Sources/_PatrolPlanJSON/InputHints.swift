import Foundation

/// Hints that turn a correct but puzzling error into one a new user can act on (issue 14).
package enum InputHints {
    /// "; the file looks like UTF-16: save it as UTF-8" when `bytes` start with a UTF-16 byte
    /// order mark or have NUL bytes between ASCII characters (as Excel and Notepad write it).
    package static func encoding(_ bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(64))
        let bom = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        let zeros = head.count >= 4 && head.filter { $0 == 0 }.count * 3 >= head.count
        return bom || zeros ? "the file looks like UTF-16 (as Notepad or Excel may save it): save it as UTF-8" : nil
    }

    /// A note for a string found where a number was expected: "28,000" → "write it as 28000".
    package static func numberWritten(as text: String) -> String {
        let digits = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "")
            .replacingOccurrences(of: " ", with: "")
        if digits != text, Double(digits) != nil {
            return " (write it as a number, without separators: \(digits))"
        }
        if let last = text.last, last == "%", let percent = Double(text.dropLast()) {
            return " (write it as a fraction: \(NumberRange.text(percent / 100)))"
        }
        if Double(text.trimmingCharacters(in: .whitespaces)) != nil {
            return " (write it without quotes: \(text.trimmingCharacters(in: .whitespaces)))"
        }
        return ""
    }

    /// A note for a number outside [0, 1] that reads as a percentage: 70 → "did you mean 0.7?".
    package static func fraction(_ x: Double, range: NumberRange) -> String {
        guard range.upper == 1, x > 1, x <= 100 else { return "" }
        return " (a share is a fraction: did you mean \(NumberRange.text(x / 100))?)"
    }
}
