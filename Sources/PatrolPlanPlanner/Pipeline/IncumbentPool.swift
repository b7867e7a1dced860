internal import PatrolPlanMILP

/// The best feasible column vector the heuristics have found: it becomes the solver's first
/// incumbent, and the plan when a limit ends the search before the solver took it up.
struct IncumbentPool {
    /// Column values of the best plan offered, and its objective.
    private(set) var values: [Double]?
    private(set) var value: Double?

    /// Keeps `x` if it satisfies `milp` (to 1e-6) and beats the incumbent.
    ///
    /// - Returns: whether `x` is feasible (kept or not).
    @discardableResult
    mutating func offer(_ x: [Double], in milp: MILP) -> Bool {
        guard milp.maxViolation(x) <= 1e-6 else { return false }
        let objective = milp.objectiveValue(x)
        if objective > (value ?? -.infinity) {
            values = x
            value = objective
        }
        return true
    }
}
