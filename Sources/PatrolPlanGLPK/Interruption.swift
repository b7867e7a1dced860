internal import CGLPK

/// A process-wide request to stop searching and keep the best plan found (Ctrl-C).
///
/// Searches run with ``SolveParameters/stopOnInterrupt`` poll it at every branch-and-cut callback
/// and stop cleanly; the planner then writes its incumbent as a `feasible` plan.
public enum Interruption {
    /// Installs a SIGINT handler that requests the stop. A second SIGINT ends the process.
    public static func installSignalHandler() {
        CGLPK_interrupt_install()
    }

    /// Requests the stop (what the SIGINT handler does).
    public static func request() {
        CGLPK_interrupt_request()
    }

    /// Whether a stop was requested.
    public static var isRequested: Bool {
        CGLPK_interrupt_requested() != 0
    }

    /// Withdraws the request.
    public static func reset() {
        CGLPK_interrupt_reset()
    }
}
