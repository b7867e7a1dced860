import ArgumentParser
import Foundation
import PatrolPlan

/// `--uplift FORCE=N` (N may be negative: officers taken away) or `FORCE=N/period` (N officers on
/// every shift, no on-duty fraction), model.md §4.1.
extension Uplift: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(text: argument)
    }
}

enum Uplifts {
    /// Scores the scenario, turning an uplift naming no force into a usage error.
    static func score(_ scenario: Scenario, _ uplifts: [Uplift]) throws -> ScoredScenario {
        do {
            return try ScoredScenario(scenario, uplifts: uplifts)
        } catch {
            switch error {
            case .outOfRange, .ineligibleCommitment:
                Console.error("invalid scenario: \(error)")
                throw Exit.invalidScenario
            case .unknownUpliftForce:
                throw ValidationError(error.description)
            }
        }
    }
}

extension Array where Element == UInt8 {
    var data: Data { Data(self) }
}
