public import _PatrolPlanJSON

/// Reads a `patrolplan/scenario@1` document (formats.md): strict JSON, every rule checked,
/// every default filled in.
///
/// All errors are collected and thrown together as one ``ScenarioError``, in document order,
/// each with its JSON path (syntax errors also give line and column). No diagnostic quotes an
/// intelligence report's `id` or `summary`.
public struct ScenarioDecoder: Sendable {
    /// The size limits applied.
    public var limits: DecoderLimits

    public init(limits: DecoderLimits = .default) {
        self.limits = limits
    }

    /// Decodes and validates one scenario document (UTF-8 bytes, such as `Data` or `[UInt8]`).
    ///
    /// - Returns: the resolved scenario and any warnings (problems that do not stop planning).
    /// - Throws: ``ScenarioError`` with every error found.
    public func decode(_ bytes: some Collection<UInt8>) throws(ScenarioError) -> DecodedScenario {
        try limits.checkSize(bytes.count)
        let parsed: JSONParseResult
        do {
            parsed = try JSONParser().parse(bytes)
        } catch {
            var diagnostic = error.diagnostic
            if let hint = InputHints.encoding(bytes) { diagnostic.message += "; " + hint }
            throw ScenarioError([diagnostic])
        }
        var validator = ScenarioValidator(limits: limits)
        for duplicate in parsed.duplicateKeys {
            validator.context.add(duplicate)
        }
        let scenario = validator.validate(parsed.value)
        guard let scenario, !validator.context.hasErrors else {
            let errors = validator.context.sortedErrors
            throw ScenarioError(errors.isEmpty ? [.error("", "not a valid scenario")] : errors)
        }
        return DecodedScenario(scenario: scenario, warnings: validator.context.sortedWarnings)
    }
}

/// A scenario that passed every check, with the warnings found on the way.
public struct DecodedScenario: Sendable {
    public var scenario: Scenario
    /// Problems that do not make the scenario invalid, in document order.
    public var warnings: [Diagnostic]

    public init(scenario: Scenario, warnings: [Diagnostic] = []) {
        self.scenario = scenario
        self.warnings = warnings
    }
}
