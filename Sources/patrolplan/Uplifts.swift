import ArgumentParser
import Foundation
import PatrolPlan

/// `--uplift FORCE=N`.
extension Uplift: ExpressibleByArgument {
    public init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, let n = Int(parts[1]), n >= 0 else { return nil }
        self.init(force: String(parts[0]), officers: n)
    }
}

enum Uplifts {
    /// Scores the scenario, turning an uplift naming no force into a usage error.
    static func score(_ scenario: Scenario, _ uplifts: [Uplift]) throws -> ScoredScenario {
        do {
            return try ScoredScenario(scenario, uplifts: uplifts)
        } catch {
            if case .outOfRange = error {
                Console.error("invalid scenario: \(error)")
                throw Exit.invalidScenario
            }
            throw ValidationError(error.description)
        }
    }
}

extension Array where Element == UInt8 {
    var data: Data { Data(self) }
}
