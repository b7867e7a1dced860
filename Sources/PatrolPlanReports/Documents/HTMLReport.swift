internal import PatrolPlanResults
import Foundation
internal import Plot
internal import _PatrolPlanJSON

/// The planner's report as one self-contained HTML page: inline CSS and SVG, no network,
/// plain and printable on A4.
///
/// Printed, every page carries the protective marking at its head and foot, the scenario and
/// the page number (CSS page margin boxes); a table's header row repeats on each page it
/// spans, rows and figures are not split, and a heading is never the last line of a page.
public enum HTMLReport {
    /// The style sheet, with the marking and the running footer in the page margins.
    static func css(marking: String, footer: String) -> String {
        let mark = Escaping.cssString(marking)
        return """
            @page { size: A4; margin: 18mm 12mm 18mm 12mm;
              @top-center { content: \(mark); font: bold 10pt sans-serif; color: #b00020; white-space: nowrap; }
              @bottom-center { content: \(mark); font: bold 10pt sans-serif; color: #b00020; white-space: nowrap; }
              @bottom-left { content: \(Escaping.cssString(footer)); font: 7pt sans-serif; color: #444; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7pt sans-serif; color: #444; } }
            body { font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #111; max-width: 186mm; margin: 1.5em auto; line-height: 1.4; font-size: 10pt; }
            .marking { text-align: center; font-weight: bold; color: #b00020; letter-spacing: 0.05em; margin: 0.3em 0; }
            h1 { font-size: 1.5em; margin: 0.3em 0 0.2em; } h2 { font-size: 1.2em; margin-top: 1.4em; border-bottom: 1px solid #ccc; }
            h3 { font-size: 1em; margin-top: 1em; }
            h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
            h1 + *, h2 + *, h3 + * { break-before: avoid; page-break-before: avoid; }
            p, li, dd { orphans: 3; widows: 3; }
            table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; width: auto; max-width: 100%; }
            thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }
            caption { caption-side: top; text-align: left; font-size: 0.9em; color: #444; }
            th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
            td.num { text-align: right; white-space: nowrap; } th.num { text-align: right; }
            table.grid { table-layout: fixed; width: 100%; font-size: 0.8em; } table.grid th:first-child { width: 28%; }
            table.grid td { text-align: center; white-space: nowrap; padding: 2px 1px; }
            table.grid th.num { text-align: center; white-space: normal; font-weight: normal; font-size: 0.9em; }
            .s1 { background: #e3ecf5; } .s2 { background: #c3d5e8; } .s3 { background: #94b4d6; }
            .s4 { background: #5b88b8; color: #fff; } .s5 { background: #1f4e79; color: #fff; }
            dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; font-size: 0.9em; } dt { font-weight: bold; } dd { margin: 0; }
            .figure { break-inside: avoid; page-break-inside: avoid; } svg { max-width: 100%; height: auto; }
            .pagebreak { break-before: page; page-break-before: always; }
            footer { margin-top: 2em; border-top: 1px solid #ccc; font-size: 0.8em; color: #444; }
            @media print { body { margin: 0; max-width: none; } }
            """
    }

    public static func render(_ content: ReportContent) -> String {
        render(title: content.title, document: content.document, footer: footer(content), blocks: content.blocks())
    }

    /// The running footer: scenario name, when made, the version.
    static func footer(_ content: ReportContent) -> String {
        "\(content.title) · made \(content.document.generatedText) · patrolplan \(content.document.version)"
    }

    /// A whole page from blocks, with the marking above and below the content on screen and in
    /// every printed page's margins.
    /// Tighter type and spacing, so that a briefing's period fits one A4 page.
    static let compactCSS = """
        body { font-size: 8.5pt; line-height: 1.3; } h1 { font-size: 1.35em; } h2 { font-size: 1.1em; margin-top: 0.8em; }
        th, td { padding: 1px 4px; } p { margin: 0.35em 0; } table { margin: 0.3em 0; }
        """

    static func render(
        title: String, document: ReportDocument, footer: String, blocks: [ReportBlock], compact: Bool = false
    ) -> String {
        let html = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)), .raw("<title>\(Escaping.htmlText(title))</title>"),
                .style(css(marking: document.marking, footer: footer) + (compact ? "\n" + compactCSS : ""))),
            .body(
                .div(.class("marking"), .escaped(document.marking)),
                .group(blocks.map(node)),
                .footer(.p(.escaped(footer)), .div(.class("marking"), .escaped(document.marking)))
            )
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    static func node(_ block: ReportBlock) -> Node<HTML.BodyContext> {
        switch block {
        case .heading(let text, let level):
            switch level {
            case 1: return .h1(.escaped(text))
            case 2: return .h2(.escaped(text))
            default: return .h3(.escaped(text))
            }
        case .paragraph(let text, let strong):
            return strong ? .p(.strong(.escaped(text))) : .p(.escaped(text))
        case .list(let items):
            return .ul(.forEach(items) { .li(.escaped($0)) })
        case .definitions(let items):
            return .dl(.forEach(items) { item in .group(.dt(.escaped(item.term)), .dd(.escaped(item.meaning))) })
        case .figure(let svg):
            return .div(.class("figure"), .raw(svg))
        case .html(let html):
            return .raw(html)
        case .pageBreak:
            return .div(.class("pagebreak"))
        case .table(let table):
            return .table(
                .if(table.shade != nil, .class("grid")),
                .unwrap(table.caption) { .caption(.escaped($0)) },
                .thead(.tr(.forEach(Array(table.head.enumerated())) { i, title in
                    .th(.if(table.numeric.contains(i), .class("num")), .escaped(title))
                })),
                .tbody(.forEach(Array(table.rows.enumerated())) { r, row in
                    .tr(.forEach(Array(row.enumerated())) { i, cell in
                        if i == 0 { return .th(.escaped(cell)) }
                        let shade = table.shade.map { $0[r][i] } ?? 0
                        let classes = [table.numeric.contains(i) ? "num" : nil, shade > 0 ? "s\(shade)" : nil].compactMap { $0 }
                        return .td(.if(!classes.isEmpty, .class(classes.joined(separator: " "))), .escaped(cell))
                    })
                }))
        }
    }
}
