import ArgumentParser
import Foundation
import PatrolPlan

/// `FORCE=START:END:STEP`; START may be negative (officers taken away, model.md §4.1).
struct UpliftRange: ExpressibleByArgument {
    var force: String
    var officers: [Int]
    /// Why a range that names a force is wrong (reported by `validate()`), else `nil`.
    var problem: String?

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        self.force = String(parts[0])
        self.officers = []
        let numbers = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 3, let start = numbers[0], let end = numbers[1], let step = numbers[2] else {
            problem = "--uplift \(argument): write FORCE=START:END:STEP with three whole numbers (e.g. \(force)=0:600:100)"
            return
        }
        if end < start {
            problem = "--uplift \(argument): END (\(end)) is below START (\(start)); did you mean \(force)=\(end):\(start):\(step)?"
        } else if step <= 0 {
            problem = "--uplift \(argument): STEP (\(step)) must be at least 1"
        } else if (end - start) / step >= 1_000 {
            problem = "--uplift \(argument): \((end - start) / step + 1) points; at most 1,000 (raise STEP)"
        } else {
            self.officers = Array(stride(from: start, through: end, by: step))
        }
    }
}

extension PatrolPlanCommand {
    /// `patrolplan sweep`: the curve of value against uplift size.
    struct Sweep: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a series of uplifts of one force and show the curve of value against officers.",
            discussion: """
                The points are solved in order, each started from the previous point's plan (more \
                officers never remove a plan), so the value never falls along the curve. Each point \
                shows its bound; a step marked ≈ is within the two points' gaps and may be solver \
                noise rather than an effect (tighten --gap to separate them).
                """)

        @OptionGroup var input: ScenarioOptions

        @Option(name: .customLong("uplift"), help: "The uplifts, as FORCE=START:END:STEP (e.g. afo=0:600:100; afo=-200:200:100 includes officers taken away).")
        var range: UpliftRange

        @OptionGroup var settings: SolveSettings

        @OptionGroup var documentOptions: DocumentOptions

        @Option(help: "Also write a report of the first point's plan with the sweep curve (.md, .html, .csv, .geojson).")
        var report: String?

        func validate() throws {
            if let problem = range.problem { throw ValidationError(problem) }
            if let report { _ = try ReportFormat(path: report) }
        }

        func run() async throws {
            let file = try input.load()
            _ = try Uplifts.score(file.scenario, [Uplift(force: range.force, officers: 0)])
            let sweep: UpliftSweep
            do {
                sweep = try UpliftSweep.run(
                    file.scenario, force: range.force, officers: range.officers, planner: Planner(options: settings.options))
            } catch {
                Console.error("patrolplan: \(error)")
                throw Exit.internalFailure
            }
            if let report, let first = sweep.points.first, let plan = first.plan {
                let uplift = first.officers != 0 ? [Uplift(force: range.force, officers: first.officers)] : []
                try PlanRun.writeReport(plan, scored: try Uplifts.score(file.scenario, uplift), to: report, sweep: sweep,
                    document: documentOptions.document(scenarioFile: input.scenario))
            }
            Console.print(Array(SweepTable.render(sweep).utf8).data)
        }
    }
}
