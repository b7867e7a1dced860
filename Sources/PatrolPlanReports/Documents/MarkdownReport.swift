internal import PatrolPlanResults
import Foundation
internal import TextTable

/// The planner's report as Markdown: the same sections as ``HTMLReport`` (``ReportContent``'s
/// blocks), with the protective marking as the first and last line.
public enum MarkdownReport {
    public static func render(_ content: ReportContent) -> String {
        render(document: content.document, footer: HTMLReport.footer(content), blocks: content.blocks())
    }

    static func render(document: ReportDocument, footer: String, blocks: [ReportBlock]) -> String {
        let marking = "**\(cell(document.marking))**\n\n"
        var out = marking
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                out += String(repeating: "#", count: max(1, level)) + " \(cell(text))\n\n"
            case .paragraph(let text, let strong):
                out += strong ? "**\(cell(text))**\n\n" : "\(cell(text))\n\n"
            case .list(let items):
                out += items.map { "- \(cell($0))\n" }.joined() + "\n"
            case .definitions(let items):
                out += items.map { "- **\(cell($0.term))**: \(cell($0.meaning))\n" }.joined() + "\n"
            case .figure, .html, .pageBreak:
                continue
            case .table(let table):
                if let caption = table.caption { out += "\(cell(caption))\n\n" }
                let columns = table.head.enumerated().map { i, title in
                    (title, i, table.numeric.contains(i))
                }
                let text = TextTable<[String]> { row in
                    columns.map { title, i, numeric in
                        Column(title: cell(title), value: cell(row[i]), align: numeric ? .right : .left)
                    }
                }
                out += (text.string(for: table.rows, style: Style.pipe) ?? "").trimmingCharacters(in: .newlines) + "\n\n"
            }
        }
        return out + "---\n\n\(cell(footer))\n\n" + marking.dropLast()
    }

    /// Text safe inside a Markdown table cell: ``Escaping/markdown(_:)``.
    static func cell(_ s: String) -> String {
        Escaping.markdown(s)
    }
}
