import PatrolPlan
import Foundation

/// The text `solve --timings` prints to stderr: one line per stage (`  name  seconds`, easy to
/// read by a script), the share outside the solver, the model's size and each solver call.
public enum TimingsReport {
    /// The report's lines, without a final newline.
    public static func render(_ timings: RunTimings) -> String {
        var lines = ["timings (wall seconds):"]
        for (name, seconds) in timings.stages {
            var line = "  " + pad(name, 20) + " " + String(format: "%.3f", seconds)
            if name == "outside solver", timings.total > 0 {
                line += "  (" + String(format: "%.1f", 100 * seconds / timings.total) + "% of total)"
            }
            lines.append(line)
        }
        if let model = timings.model {
            lines.append("model: \(model.rows) rows x \(model.columns) columns (\(model.integerColumns) integer)")
        }
        lines.append("solver calls:")
        for (index, call) in timings.calls.enumerated() {
            lines.append(
                "  \(index + 1) \(pad(call.purpose, 15)) \(String(format: "%.3f", call.seconds)) s, \(call.rows) x \(call.columns) (\(call.integerColumns) integer), \(call.nodes) nodes, \(call.termination?.rawValue ?? "error")")
        }
        return lines.joined(separator: "\n")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
