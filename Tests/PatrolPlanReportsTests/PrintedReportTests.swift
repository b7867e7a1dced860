import Foundation
import Testing
import PatrolPlan
import PatrolPlanTestSupport
@testable import PatrolPlanReports

/// The HTML reports of every bundled scenario, printed to A4 PDF by headless Chromium: the
/// protective marking at the head and foot of every page, no table wider than the page and no
/// heading as the last line of a page. Skipped where Chromium or poppler's pdftotext is absent.
@Suite(.enabled(if: PrintTools.found != nil, "needs chromium and pdftotext"))
struct PrintedReportTests {
    static var tools: (chromium: String, pdftotext: String)? { PrintTools.found }
}

/// Headless Chromium and pdftotext, where installed.
enum PrintTools {
    static let found: (chromium: String, pdftotext: String)? = {
        func find(_ names: [String]) -> String? {
            for name in names {
                for dir in ["/usr/bin", "/usr/local/bin", "/opt/google/chrome"] {
                    let path = "\(dir)/\(name)"
                    if FileManager.default.isExecutableFile(atPath: path) { return path }
                }
            }
            return nil
        }
        guard let chromium = find(["chromium", "chromium-browser", "google-chrome"]), let pdftotext = find(["pdftotext"])
        else { return nil }
        return (chromium, pdftotext)
    }()
}

extension PrintedReportTests {
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Prints `html` to a PDF and returns each page's text lines (layout kept) and its words'
    /// horizontal extents with the page width, in points.
    static func print(_ html: String) throws -> [(lines: [String], words: [(xMin: Double, xMax: Double)], width: Double)] {
        let tools = try #require(Self.tools)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pp-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let pdf = folder.appendingPathComponent("report.pdf").path
        try Data(html.utf8).write(to: page)
        _ = try run(tools.chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf)", page.absoluteString,
        ])
        #expect(FileManager.default.fileExists(atPath: pdf))
        let text = try run(tools.pdftotext, ["-layout", pdf, "-"])
        let bbox = try run(tools.pdftotext, ["-bbox", pdf, "-"])
        var pages: [(lines: [String], words: [(xMin: Double, xMax: Double)], width: Double)] = []
        for (i, pageText) in text.components(separatedBy: "\u{0C}").enumerated() {
            let lines = pageText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !lines.isEmpty else { continue }
            pages.append((lines, [], 0))
            _ = i
        }
        // pdftotext -bbox: <page width="595.3" …> then <word xMin="…" … xMax="…">.
        var index = -1
        for line in bbox.split(separator: "\n") {
            if line.contains("<page ") {
                index += 1
                if index < pages.count { pages[index].width = attribute("width", line) ?? 0 }
            } else if line.contains("<word "), index >= 0, index < pages.count,
                let xMin = attribute("xMin", line), let xMax = attribute("xMax", line)
            {
                pages[index].words.append((xMin, xMax))
            }
        }
        return pages
    }

    static func attribute(_ name: String, _ line: Substring) -> Double? {
        guard let start = line.range(of: " \(name)=\"") else { return nil }
        return Double(line[start.upperBound...].prefix { $0 != "\"" })
    }

    @Test(arguments: BundledScenarios.names)
    func everyPrintedPageIsMarkedAndNothingIsClippedOrOrphaned(name: String) throws {
        let file = try ScenarioFile(data: Data(contentsOf: BundledScenarios.folder.appendingPathComponent("\(name).json")))
        let scored = try ScoredScenario(file.scenario)
        let plan = try #require(try Planner().plan(scored, scenarioSHA256: file.sha256, warnings: file.warnings).plan)
        let content = ReportContent(plan: plan, scored: scored, document: ReportDocument(marking: "OFFICIAL-SENSITIVE", version: "test"))
        let pages = try Self.print(HTMLReport.render(content))
        #expect(!pages.isEmpty)
        let headings = Set(content.blocks().compactMap { block -> String? in
            if case .heading(let text, _) = block { return text }
            return nil
        })
        for (number, page) in pages.enumerated() {
            // The marking in the page's head and in its foot.
            #expect(page.lines.first?.contains("OFFICIAL-SENSITIVE") == true, "page \(number + 1) of \(name): no marking at the head")
            #expect(page.lines.suffix(2).contains { $0.contains("OFFICIAL-SENSITIVE") }, "page \(number + 1) of \(name): no marking at the foot")
            // Nothing beyond the paper's edge.
            for word in page.words {
                #expect(word.xMin >= 0 && word.xMax <= page.width + 0.5, "page \(number + 1) of \(name): text beyond the page")
            }
            // The body's last line (before the running footer) is not a heading.
            let body = page.lines.filter { !$0.contains("OFFICIAL-") && !$0.contains("SENSITIVE") && !$0.contains("Page \(number + 1) of") && !$0.contains("patrolplan test") }
            if number < pages.count - 1, let last = body.last {
                #expect(!headings.contains(last), "page \(number + 1) of \(name) ends with the heading '\(last)'")
            }
        }
    }
}

extension PrintedReportTests {
    @Test func aBriefingPrintsOnePageAPeriodEachMarked() throws {
        let file = try ScenarioFile(data: Data(contentsOf: BundledScenarios.folder.appendingPathComponent("haringey-weekend.json")))
        let scored = try ScoredScenario(file.scenario)
        let plan = try #require(try Planner().plan(scored, scenarioSHA256: file.sha256, warnings: file.warnings).plan)
        let pages = try Self.print(BriefingReport.html(plan, scored: scored, document: ReportDocument(version: "test")))
        #expect(pages.count == file.scenario.periods.count)
        for (number, page) in pages.enumerated() {
            #expect(page.lines.first?.contains("OFFICIAL-SENSITIVE") == true, "briefing page \(number + 1): no marking at the head")
            #expect(page.lines.suffix(2).contains { $0.contains("OFFICIAL-SENSITIVE") }, "briefing page \(number + 1): no marking at the foot")
            for word in page.words { #expect(word.xMax <= page.width + 0.5) }
        }
    }
}
