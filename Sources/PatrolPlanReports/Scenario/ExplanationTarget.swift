internal import PatrolPlanScenario
public import PatrolPlanScoring
public import _PatrolPlanJSON

/// The area and periods `patrolplan explain` is asked about, resolved against a scenario.
public struct ExplanationTarget: Sendable, Equatable {
    /// Index into `scenario.areas`.
    public var area: Int
    /// Indices into `scenario.periods`, in scenario order.
    public var periods: [Int]

    /// Resolves an area id and an optional period id (every period when `nil`).
    public init(_ scored: ScoredScenario, area: String, period: String?) throws(ExplanationError) {
        let scenario = scored.scenario
        guard let a = scored.areaIndex[area] else {
            throw ExplanationError(
                "unknown area '\(area)'" + DidYouMean.hint(for: area, among: scenario.areas.map(\.id)))
        }
        self.area = a
        if let period {
            guard let t = scored.periodIndex[period] else {
                throw ExplanationError(
                    "unknown period '\(period)'" + DidYouMean.hint(for: period, among: scenario.periods.map(\.id)))
            }
            self.periods = [t]
        } else {
            self.periods = Array(0..<scored.periodCount)
        }
    }
}

/// A request `explain` cannot answer (an unknown area or period), with a "did you mean".
public struct ExplanationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    /// An error with this message.
    public init(_ description: String) {
        self.description = description
    }
}
