import Foundation
internal import PatrolPlanMILP

/// Progress lines for the planner's own stages (the heuristic, the Lagrangian bound), in the
/// format of GLPK's search line (CGLPK.c): on a terminal one line rewritten in place, otherwise
/// a line when a stage begins and every few seconds within it. Silent without a display.
struct StageProgress {
    let display: ProgressDisplay?
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    private var last: ContinuousClock.Instant?

    init(display: ProgressDisplay?, started: ContinuousClock.Instant) {
        self.display = display
        self.started = started
    }

    /// Shows `text` now when `force`, else when the display's interval has passed.
    mutating func show(_ text: String, force: Bool = false) {
        guard let display else { return }
        let now = clock.now
        let every: Duration = display == .lines ? .seconds(5) : .milliseconds(500)
        if !force, let last, now - last < every { return }
        last = now
        let seconds = (now - started) / .seconds(1)
        let line = display == .lines
            ? "\(text): \(String(format: "%.1f", seconds)) s\n"
            : "\r\(text): \(String(format: "%.1f", seconds)) s\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears a terminal line before the next writer.
    func clear() {
        guard display == .terminal, last != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
