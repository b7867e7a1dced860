public import Foundation

/// What every page of a document says about itself: its protective marking, when it was made,
/// from which scenario file (name, path and SHA-256) and by which version of patrolplan.
///
/// A report sets out armed deployments; a printed page that strays from its pile must still
/// say how it is to be handled and where it came from.
public struct ReportDocument: Sendable, Equatable {
    /// The Government Security Classifications marking printed in every page's header and
    /// footer; "OFFICIAL-SENSITIVE" unless the user gives another.
    public static let defaultMarking = "OFFICIAL-SENSITIVE"

    public var marking: String
    /// When the document was made.
    public var generated: Date
    /// The scenario file's path as the user gave it, if the report came from one.
    public var scenarioFile: String?
    /// patrolplan's version (the CLI's `--version`).
    public var version: String

    public init(marking: String = ReportDocument.defaultMarking, generated: Date = Date(), scenarioFile: String? = nil, version: String = "unknown") {
        self.marking = marking
        self.generated = generated
        self.scenarioFile = scenarioFile
        self.version = version
    }

    /// `2026-12-05 14:03 UTC`.
    public var generatedText: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: generated)
    }

    /// The provenance line: "Made 2026-12-05 14:03 UTC by patrolplan 0.1.0 from
    /// haringey-weekend.json (SHA-256 3f2a…c9)."
    public func provenance(scenarioName: String, sha256: String) -> String {
        var out = "Made \(generatedText) by patrolplan \(version) from scenario “\(scenarioName)”"
        if let scenarioFile { out += " (\((scenarioFile as NSString).lastPathComponent))" }
        if !sha256.isEmpty { out += ", SHA-256 \(sha256)" }
        return out + "."
    }
}
