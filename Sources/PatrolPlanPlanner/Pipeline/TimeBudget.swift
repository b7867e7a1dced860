internal import _PatrolPlanNumerics
internal import PatrolPlanMILP

/// The wall-clock side of one run: the user's time limit (`--time-limit`) or, without one, the
/// safety ceiling of model.md §7, and how each stage gets its share of what is left.
///
/// The deterministic work limit is ``WorkBudget``; this value only stops stages early.
struct TimeBudget {
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    /// The user's limit, in seconds.
    let limit: Double?
    /// When the user's limit runs out, if there is one.
    let deadline: ContinuousClock.Instant?
    /// When the safety ceiling runs out.
    let ceiling: ContinuousClock.Instant

    init(timeLimit: Double?, ceilingSeconds: Double) {
        let now = clock.now
        started = now
        limit = timeLimit
        deadline = timeLimit.map { now + .milliseconds(SafeConversion.milliseconds(seconds: $0)) }
        ceiling = now + .milliseconds(SafeConversion.milliseconds(seconds: ceilingSeconds))
    }

    /// Every stage stops here: the time limit, else the ceiling.
    var stopAt: ContinuousClock.Instant { deadline ?? ceiling }

    /// Seconds since the run began.
    var elapsed: Double { (clock.now - started) / .seconds(1) }

    /// Whether the time limit or the ceiling has passed.
    var isPast: Bool { clock.now >= stopAt }

    /// Whether the ceiling (and no user limit) ended the run.
    var ceilingReached: Bool { deadline == nil && clock.now >= ceiling }

    /// Seconds kept back from the user's limit for figures and the independent check:
    /// min(2 s, 8 % of the limit); none without a limit.
    var reserve: Double { limit.map { min(2, 0.08 * $0) } ?? 0 }

    /// `base` with this stage's share of the time left: a time limit when the user set one
    /// (less the reserve), else a share of the ceiling.
    func parameters(_ base: SolveParameters, share: Double) -> SolveParameters {
        var stage = base
        if let deadline, limit != nil {
            let left = (deadline - clock.now) / .seconds(1) - reserve
            stage.timeLimit = max(0.001, left * share)
        } else {
            stage.ceiling = max(0.001, (ceiling - clock.now) / .seconds(1) * share)
        }
        return stage
    }

    /// Under a time limit, whether a GLPK stage with `share` of the time left can load and
    /// presolve a model that needs `setup` seconds (GLPK does not look at the clock before its
    /// first simplex step); always true without a limit.
    func worthSolving(share: Double, setup: Double) -> Bool {
        guard let deadline else { return true }
        return (deadline - clock.now) / .seconds(1) * share >= 2 * setup
    }

    /// Where the Lagrangian bound run before the search stops: the stop itself when GLPK will
    /// not run, else half the time left (or the ceiling).
    func boundFirstDeadline(beyondGLPK: Bool) -> ContinuousClock.Instant {
        beyondGLPK ? stopAt : deadline.map { clock.now + ($0 - clock.now) / 2 } ?? ceiling
    }

    /// Where the Lagrangian bound run after the search stops: the stop, less the reserve.
    var boundAfterDeadline: ContinuousClock.Instant {
        stopAt - .milliseconds(Int64(reserve * 1000))
    }
}
