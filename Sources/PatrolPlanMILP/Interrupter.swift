/// Asks whether the caller wants the current search to stop now, keeping the best plan found
/// (as OR-tools MathOpt's `SolveInterrupter`).
///
/// It is passed in as a value, so no layer below the composition root reads a process-wide
/// flag: the `PatrolPlan` umbrella wires it to the SIGINT handler's request, tests to their own
/// condition. Checking it must be cheap: searches poll it between steps.
public struct Interrupter: Sendable {
    private let check: @Sendable () -> Bool

    /// An interrupter that asks `check` each time.
    public init(_ check: @escaping @Sendable () -> Bool) {
        self.check = check
    }

    /// One that never asks to stop.
    public static let never = Interrupter { false }

    /// Whether a stop was requested.
    public var isRequested: Bool { check() }
}
