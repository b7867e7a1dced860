internal import _PatrolPlanNumerics
public import PatrolPlanScoring
public import PatrolPlanScenario
public import PatrolPlanMILP

/// The MILP of model.md §3–4 for one scored scenario, with the maps from its columns and rows
/// back to areas, periods and forces.
///
/// Decision variables: `n_{a,t,k}`, the number of deployment units of force k (officers
/// `x = unit_k × n`); `y_{a,t}`, the armed-presence indicator; and, for each category with
/// risk, the effect curve's segment variables `s_{a,t,c,j}` (concave, so an exact LP model
/// of the curve under maximisation). Columns exist only where they can be non-zero.
public struct PatrolModel: Sendable {
    public let milp: MILP
    public let forceCount: Int
    /// Column of `n_{a,t,k}` at `p × forceCount + k`, or -1.
    public let unitColumn: [Int32]
    /// Largest number of units `n_{a,t,k}` may take, at `p × forceCount + k`.
    public let unitUpper: [Int]
    /// Column of `y_{a,t}` at `p`, or -1.
    public let indicatorColumn: [Int32]
    /// Big-M of `armed_{a,t} ≤ M × y_{a,t}`: the most armed officers that can be there.
    public let armedLimit: [Int]
    /// First segment column of `(p, c)` at `p × 3 + c`, or -1; segments are consecutive.
    public let segmentStart: [Int32]
    /// Number of segment columns of `(p, c)`.
    public let segmentCount: [UInt8]
    /// Row of the pool constraint of `(t, k)` at `t × forceCount + k`, or -1 when it cannot bind.
    public let poolRow: [Int32]

    /// The most officers the unit columns of area-period `p` can hold (each force's
    /// ``unitUpper`` in officers, summed; `Int.max` on overflow).
    public func officerReach(_ p: Int, forces: [Force]) -> Int {
        forces.indices.reduce(0) { saturatingAdd($0, unitUpper[p * forceCount + $1] * forces[$1].unit) }
    }

    /// The column of `n_{a,t,k}`, if it exists.
    public func unitColumn(_ p: Int, force k: Int) -> Int? {
        let j = unitColumn[p * forceCount + k]
        return j < 0 ? nil : Int(j)
    }
}
