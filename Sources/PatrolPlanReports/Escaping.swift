internal import Plot

/// One escaping function per output format (issue 14): every name, label, id or message that
/// comes from a scenario passes through the one for the format and context it is written in.
///
/// - ``csvCell(_:)``: a CSV text cell, neutralised against formula injection (OWASP).
/// - ``htmlText(_:)`` and ``htmlAttribute(_:)``: HTML text and double-quoted attribute values.
/// - ``markdown(_:)``: text in Markdown (table cells, headings, list items), raw HTML disarmed.
/// - ``svgText(_:)``: SVG (XML) text and attribute values.
public enum Escaping {
    /// The UTF-8 byte order mark, so that Excel reads a CSV file's "Café" as UTF-8.
    public static let utf8BOM = "\u{FEFF}"

    /// A CSV text cell that a spreadsheet shows as text: a cell that starts with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return (a formula to Excel, LibreOffice and Google Sheets) gets
    /// a leading `'`, as OWASP's CSV-injection guidance advises. Quoting for commas, quotes and
    /// line breaks is left to the CSV writer.
    public static func csvCell(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }

    /// Text for an HTML element's content: `&`, `<`, `>`, `"` and `'` as character references;
    /// NUL and the other control characters HTML forbids as U+FFFD.
    public static func htmlText(_ s: String) -> String {
        markup(s, allowed: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
    }

    /// Text for a double-quoted HTML attribute value (the same references as ``htmlText(_:)``,
    /// which also cover single-quoted values).
    public static func htmlAttribute(_ s: String) -> String {
        htmlText(s)
    }

    /// Text for SVG, as XML: the five predefined entities; control characters that XML 1.0
    /// cannot hold at all (even as references) as U+FFFD.
    public static func svgText(_ s: String) -> String {
        markup(s, allowed: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
    }

    /// Text for Markdown (CommonMark and GitHub's tables): inline syntax (`\` `` ` `` `*` `_`
    /// `|` `#` `~`) backslash-escaped, `<`, `>` and `&` as character references so raw HTML
    /// never becomes live, line breaks as spaces (a cell is one line), and control characters
    /// as U+FFFD. `[` and `]` are escaped when the text holds `](` or `][`, or starts with `[`
    /// (where a link definition could start), without which no link, image or definition can
    /// form (so `areas[4]: …` stays as it reads).
    public static func markdown(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        let brackets = s.contains("](") || s.contains("][") || s.drop(while: { $0 == " " }).hasPrefix("[")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "[" where brackets, "]" where brackets:
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "\\", "`", "*", "_", "|", "#", "~":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default:
                if isControl(scalar) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A CSS string literal, double-quoted, for `content:` in a style sheet: every character
    /// outside printable ASCII letters, digits, space and `-.,:()·` as a CSS escape (`\\3C `),
    /// so no text can close the string, the rule or the `<style>` element.
    public static func cssString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            if scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) || " -.,:()".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if isControl(scalar) || isNoncharacter(scalar) {
                out += "\\FFFD "
            } else {
                out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            }
        }
        return out + "\""
    }

    private static func markup(_ s: String, allowed: (Unicode.Scalar) -> Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isControl(scalar) && !allowed(scalar) || isNoncharacter(scalar) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// C0 controls, DEL and C1 controls.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// U+FFFE, U+FFFF and the other noncharacters, which HTML and XML reject.
    private static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }
}

extension Node {
    /// Scenario text as HTML content, through ``Escaping/htmlText(_:)`` (Plot's own `.text`
    /// leaves character references such as `&lt;` as they are).
    static func escaped(_ text: String) -> Node {
        .raw(Escaping.htmlText(text))
    }
}
