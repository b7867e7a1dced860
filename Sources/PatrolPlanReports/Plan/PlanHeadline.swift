import Foundation
public import PatrolPlanResults

/// One line that says what a plan is worth, for stderr after a run and for the top of a report:
/// status, value, the share of the risk at stake prevented, the proven gap and the armed
/// area-periods.
public enum PlanHeadline {
    /// `optimal, value 1127.33 (prevents 62% of the risk at stake), proven gap 0.01%, 4 armed area-periods`;
    /// a plan only `feasible` at a gap above 0.1% says how much better the best plan could be.
    public static func line(_ s: PlanSummary) -> String {
        var out = "\(s.status.rawValue), value \(Format.figure(s.value))"
        if let share = s.sharePrevented {
            out += " (prevents \(Format.share(share)) of the risk at stake)"
        }
        out += ", proven gap \(Format.percent(s.gap))"
        out += ", \(s.armedAreaPeriods) armed area-period\(s.armedAreaPeriods == 1 ? "" : "s")"
        if s.status == .feasible {
            out += "; not proven optimal: the best plan may be worth up to \(Format.figure(s.bound))"
        }
        return out
    }

    /// What a planner reads first, in words: "Prevents 62% of the risk at stake over the
    /// horizon; the community cost of armed presence is 1.2% of the risk prevented."
    public static func sentence(_ s: PlanSummary) -> String? {
        guard let share = s.sharePrevented else { return nil }
        var out = "Prevents \(Format.share(share)) of the risk at stake over the plan's periods"
        if let cost = s.communityShare, s.communityImpact > 0 {
            out += "; the community cost of armed presence is \(Format.share(cost)) of the risk prevented"
        }
        return out + "."
    }

    /// One line each for the figures a plan reports, in words (model.md §3, §5, §7).
    public static let glossary: [(term: String, meaning: String)] = [
        ("Value", "risk prevented minus the community cost of armed presence, in risk-hours (the model's unit: expected harm per hour × hours)"),
        ("Risk at stake", "the risk over all areas and periods with no patrols, in risk-hours"),
        ("Bound", "a proven ceiling: no plan for this scenario can have a higher value"),
        ("Proven gap", "how far below the best possible plan this one may be: (bound − value) / bound"),
        ("Nodes", "branches the solver explored to prove the bound; a count of work, not a quality"),
    ]
}

extension Format {
    /// A share as a whole percentage, or with one decimal below 10%.
    static func share(_ v: Double) -> String {
        let p = v * 100
        if p > 0 && p < 10 { return String(format: "%.1f%%", p) }
        return String(format: "%.0f%%", p)
    }
}
