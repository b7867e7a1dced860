import ArgumentParser
import Foundation
import PatrolPlan

/// `--progress` / `--quiet`: the search's progress line on stderr.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "Show a progress line on stderr during the search (default: when stderr is a terminal).")
    var progress = false

    @Flag(help: "Show no progress line.")
    var quiet = false

    func validate() throws {
        if progress && quiet { throw ValidationError("--progress and --quiet cannot be used together.") }
    }

    /// The display chosen by the flags and stderr.
    var display: ProgressDisplay? {
        let terminal = isatty(STDERR_FILENO) != 0
        if quiet || !(progress || terminal) { return nil }
        return terminal ? .terminal : .lines
    }
}
