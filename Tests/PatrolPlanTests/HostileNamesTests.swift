import CSV
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import PatrolPlan

/// Issue 14: a scenario whose every name, label and id is hostile (markup, formulas, quotes,
/// control characters, Markdown) gives reports that an HTML5 parser and a CSV reader read as
/// the report wrote them: no element the report did not write, no formula cell.
@Suite struct HostileNamesTests {
    static let hostile = [
        "\"><script>alert(1)</script><x y=\"", "'><img src=x onerror=alert(1)>", "Café \u{FFFE}\u{7F}\u{85} line\nbreak", "</title><script>alert(2)</script>",
        "=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2-3", "@SUM(1,1)", "\t=1", "\r=1", "nul\u{0}byte",
        "[link](javascript:alert(1)) | `code` *b* _i_ # h", "<!-- c --> &amp; &lt;b&gt; ]]> <![CDATA[x]]>",
        "<svg onload=alert(3)>", "<style>*{}</style>",
    ]

    /// A scenario with hostile text everywhere (`names: true`), or plain text in the same places.
    static func scenario(names: Bool) throws -> Data {
        var i = 0
        func text() -> String {
            defer { i += 1 }
            return names ? hostile[i % hostile.count] : "plain"
        }
        let periods: [[String: Any]] = ["-p1", "p:2", "p.3"].map { ["id": $0, "label": text(), "hours": 4] }
        let areaIds = ["-2-3", "a.b:c", "_x", "z-"]
        let areas: [[String: Any]] = areaIds.enumerated().map { a, id in
            ["id": id, "name": text(), "borough": text(), "footfall": 1000 * (a + 1), "gangActivity": 0.3,
             "venue": a == 0 ? "crowded_place" : "night_time_economy",
             "location": ["lat": 51.5 + Double(a) / 100, "lon": -0.1]]
        }
        let object: [String: Any] = [
            "format": "patrolplan/scenario@1", "name": text(), "threatLevel": "severe",
            "periods": periods, "areas": areas,
            "intelligence": [
                ["id": "=cmd|' /C calc'!A0", "area": "-2-3", "category": "violence", "likelihood": 0.9, "source": "1",
                 "assessment": "A", "handling": "P", "summary": text()],
            ],
            "forces": [
                ["id": "-afo", "name": text(), "armed": true, "available": 4],
                ["id": "@nbh", "name": text(), "available": 10],
            ],
            "impactAssessments": [["id": "<cia>", "area": "-2-3", "status": "approved", "consulted": [text()]]],
        ]
        return try JSONSerialization.data(withJSONObject: object)
    }

    static func reports(names: Bool) throws -> (html: String, markdown: String, csv: Data, svg: String) {
        let file = try ScenarioFile(data: try scenario(names: names))
        let scored = try ScoredScenario(file.scenario)
        let plan = try #require(try Planner().plan(scored, scenarioSHA256: file.sha256, warnings: file.warnings).plan)
        #expect(PlanVerifier.verify(plan, against: scored).isEmpty)
        let content = ReportContent(plan: plan, scored: scored)
        let svg = SVGChart.heatMap(rows: content.areas, columns: content.periods, values: content.officers, marked: content.armed)
        return (HTMLReport.render(content), MarkdownReport.render(content), try PlanCSV.render(plan, scored: scored), svg)
    }

    /// Start tags an HTML5 parser (Python's `html.parser`) finds, with their counts.
    static func startTags(_ html: String) throws -> [String: Int] {
        let script = """
            import sys, json
            from html.parser import HTMLParser
            class P(HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True); self.tags = {}
                def handle_starttag(self, tag, attrs):
                    self.tags[tag] = self.tags.get(tag, 0) + 1
            p = P(); p.feed(sys.stdin.read()); p.close(); print(json.dumps(p.tags))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(html.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Int])
    }

    /// Whether a spreadsheet would take `cell` for a formula (OWASP's list).
    static func isFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        return "=+-@\t\r".unicodeScalars.contains(first)
    }

    @Test func htmlHasOnlyTheElementsTheReportWrites() throws {
        let hostile = try Self.reports(names: true)
        let plain = try Self.reports(names: false)
        #expect(try Self.startTags(hostile.html) == Self.startTags(plain.html))
        #expect(try Self.startTags(hostile.html)["script"] == nil)
        #expect(!hostile.html.contains("\u{0}"))
        // The HTML is also well-formed XML, SVG included.
        #expect(throws: Never.self) { try XMLDocument(xmlString: hostile.html, options: []) }
        #expect(throws: Never.self) { try XMLDocument(xmlString: hostile.svg, options: []) }
    }

    @Test func csvCellsAreTextAndReadBack() throws {
        let csv = try Self.reports(names: true).csv
        let scenario = try ScenarioFile(data: try Self.scenario(names: true)).scenario
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = Array(try CSVReader(string: String(decoding: csv.dropFirst(3), as: UTF8.self)))
        #expect(rows.count > 1)
        #expect(Set(rows.map(\.count)) == [PlanCSV.header(scenario).count])
        for cell in rows.joined() { #expect(!Self.isFormula(cell), "\(cell)") }
        #expect(rows.joined().contains { $0.hasPrefix("Café") })
    }

    @Test func markdownHasNoRawHTMLAndOneLinePerRow() throws {
        let markdown = try Self.reports(names: true).markdown
        #expect(!markdown.contains("<"))
        #expect(!markdown.contains("\u{0}"))
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            // Every unescaped pipe is a column border: rows of one table have the same count.
            #expect(line.hasSuffix("|"))
        }
    }

    @Test(arguments: Array(HostileNamesTests.hostile.enumerated()))
    func eachEscapeFunctionDisarmsItsFormat(_ item: (offset: Int, element: String)) throws {
        let s = item.element
        for text in [Escaping.htmlText(s), Escaping.htmlAttribute(s), Escaping.svgText(s)] {
            #expect(!text.contains("<") && !text.contains(">") && !text.contains("\"") && !text.contains("'"))
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" })
        }
        let markdown = Escaping.markdown(s)
        #expect(!markdown.contains("<") && !markdown.contains("\n"))
        #expect(!Self.isFormula(Escaping.csvCell(s)))
    }
}
