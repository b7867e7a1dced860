import ArgumentParser
import PatrolPlan

/// The scenario argument and the limits that guard against oversized input.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "The scenario file (patrolplan/scenario@1 or @2 JSON).")
    var scenario: String

    @Option(help: "Largest scenario file accepted, in bytes.")
    var maxBytes: Int = DecoderLimits.default.maxBytes

    @Option(help: "Most areas accepted.")
    var maxAreas: Int = DecoderLimits.default.maxAreas

    @Option(help: "Most periods accepted.")
    var maxPeriods: Int = DecoderLimits.default.maxPeriods

    @Option(help: "Most intelligence reports accepted.")
    var maxIntelligence: Int = DecoderLimits.default.maxIntelligence

    var limits: DecoderLimits {
        var limits = DecoderLimits.default
        limits.maxBytes = maxBytes
        limits.maxAreas = maxAreas
        limits.maxPeriods = maxPeriods
        limits.maxIntelligence = maxIntelligence
        return limits
    }

    func validate() throws {
        for (name, value) in [
            ("--max-bytes", maxBytes), ("--max-areas", maxAreas), ("--max-periods", maxPeriods),
            ("--max-intelligence", maxIntelligence),
        ] where value < 1 {
            throw ValidationError("\(name) must be at least 1.")
        }
    }

    /// Reads and validates the scenario, printing every diagnostic to stderr on failure.
    func load() throws -> ScenarioFile {
        try Self.load(scenario, limits: limits)
    }

    /// Reads and validates the scenario at `path`, printing every diagnostic to stderr on failure.
    static func load(_ scenario: String, limits: DecoderLimits = .default) throws -> ScenarioFile {
        do {
            // Refuse an oversized file before reading it whole.
            if let size = Console.fileSize(scenario) { try limits.checkSize(size) }
            return try ScenarioFile(data: try Console.read(scenario), limits: limits)
        } catch let error as ScenarioError {
            Console.error("\(scenario): invalid scenario (\(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s"))")
            for diagnostic in error.diagnostics {
                Console.error("  \(diagnostic)")
            }
            throw Exit.invalidScenario
        }
    }
}
