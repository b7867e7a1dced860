/// Tolerances of model.md §6.
public enum Tolerance {
    /// Slack on threshold comparisons and inside `floor` (model.md §6).
    public static let threshold = 1e-9
    /// Relative agreement required between recomputed figures and the solver's objective.
    public static let figures = 1e-6

    /// `floor(v + 1e-9)`, clamped into `Int`'s range (model.md §6: 300 × 0.15 gives 45).
    public static func floor(_ value: Double) -> Int {
        let v = (value + threshold).rounded(.down)
        if v.isNaN || v <= 0 { return 0 }
        if v >= Double(Int.max) { return Int.max }
        return Int(v)
    }
}
