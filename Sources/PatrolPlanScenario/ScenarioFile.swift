public import Foundation
internal import Crypto
public import _PatrolPlanJSON

/// A scenario file read and validated, with the digest plans cite.
public struct ScenarioFile: Sendable {
    public var scenario: Scenario
    public var warnings: [Diagnostic]
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String

    /// Decodes and validates `data` (see ``ScenarioDecoder``).
    public init(data: Data, limits: DecoderLimits = .default) throws(ScenarioError) {
        let decoded = try ScenarioDecoder(limits: limits).decode(data)
        self.scenario = decoded.scenario
        self.warnings = decoded.warnings
        self.sha256 = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
