import ArgumentParser
import Foundation
import PatrolPlan

/// The protective marking of reports and briefings.
struct DocumentOptions: ParsableArguments {
    @Option(help: "Protective marking printed in the header and footer of every report page.")
    var marking: String = ReportDocument.defaultMarking

    func validate() throws {
        if marking.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--marking must not be empty (the default is \(ReportDocument.defaultMarking)).")
        }
        if marking.unicodeScalars.count > 80 {
            throw ValidationError("--marking must be at most 80 characters.")
        }
    }

    /// The document description for a report of the scenario file at `path`, made now.
    func document(scenarioFile path: String) -> ReportDocument {
        ReportDocument(
            marking: marking, generated: Date(), scenarioFile: path,
            version: PatrolPlanCommand.configuration.version)
    }
}
