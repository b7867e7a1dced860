/// How far the target moves from the optimum towards the most spread coverage.
///
/// The target at spread `s` is `(1 − s) × optimum + s × most spread`. Both ends satisfy every
/// constraint of the restricted relaxation, so every blend does, and its relaxation value
/// falls as `s` grows (the objective is concave and the optimum is at `s = 0`).
public enum SpreadGoal: Sendable, Equatable {
    /// Spread 0: the optimum.
    case optimum
    /// A given spread in [0, 1].
    case fixed(Double)
    /// The least spread (in thousandths) whose expected entropy is at least this many bits.
    case minEntropy(Double)
    /// The most spread (in thousandths) whose expected cost is at most this share of the
    /// plan's value.
    case maxCost(Double)
}
