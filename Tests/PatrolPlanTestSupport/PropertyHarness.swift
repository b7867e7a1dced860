public import Foundation
public import PatrolPlan

/// The settings every property law shares: how many seeded scenarios, in how many parallel
/// chunks, solved how tightly. A failure names its seed: `ScenarioGenerator(seed:)` rebuilds it.
public enum PropertyHarness {
    /// Scenarios per law (`PATROLPLAN_PROPERTY_COUNT` overrides it).
    public static let count = ProcessInfo.processInfo.environment["PATROLPLAN_PROPERTY_COUNT"].flatMap { Int($0) } ?? 200
    public static let chunks = 8
    /// Seeds of chunk `c`; each law has its own seeds.
    public static func seeds(law: UInt64, chunk: Int) -> [UInt64] {
        stride(from: chunk, to: count, by: chunks).map { law << 32 | UInt64($0) }
    }

    /// A tight gap. A few generated scenarios need tens of thousands of nodes to prove 1e-6, so
    /// the work limit stays modest: laws that need an optimum compare values only when the
    /// search proved one, and otherwise check the weaker form that holds for any bound.
    public static let options: PlannerOptions = {
        var options = PlannerOptions()
        options.gap = 1e-6
        options.nodeLimit = 2_000
        return options
    }()

    /// Most scenarios of a chunk must be solved to the gap, or a law would be checked only weakly.
    public static let minimumProvenShare = 0.8
}
