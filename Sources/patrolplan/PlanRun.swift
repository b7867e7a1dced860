import ArgumentParser
import Foundation
import PatrolPlan

/// Output formats of `solve`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json

    /// A table for people (a terminal, or an --output not ending in .json), JSON for programs.
    static func `default`(output: String?) -> OutputFormat {
        if let output { return output.hasSuffix(".json") ? .json : .table }
        return isatty(STDOUT_FILENO) != 0 ? .table : .json
    }
}

/// Runs the planner and maps its outcomes to messages and exit codes.
enum PlanRun {
    static func solve(_ scored: ScoredScenario, file: ScenarioFile, options: PlannerOptions) throws -> Plan {
        try plan(scored, file: file, options: options).plan
    }

    /// The plan and the planner's outcome (its timings and model size), with `solver`.
    static func plan(
        _ scored: ScoredScenario, file: ScenarioFile, options: PlannerOptions, solver: any MILPSolver = GLPKSolver()
    ) throws -> (plan: Plan, outcome: PlanningOutcome) {
        let outcome: PlanningOutcome
        do {
            outcome = try Planner(solver: solver, options: options, interrupter: .sigint)
                .plan(scored, scenarioSHA256: file.sha256, warnings: file.warnings)
        } catch {
            Console.error("patrolplan: \(error)")
            throw Exit.internalFailure
        }
        switch outcome.status {
        case .infeasible:
            diagnose(scored, options: options)
            throw Exit.infeasible
        case .noSolution:
            Console.error("no plan found before the search stopped (\(outcome.termination.rawValue)); raise --node-limit or --time-limit")
            throw Exit.noSolution
        case .optimal, .feasible:
            guard let plan = outcome.plan else { throw Exit.internalFailure }
            if outcome.termination == .interrupted {
                Console.error("interrupted: the plan is the best found so far (value \(plan.objective.value), proven gap \(String(format: "%.3g%%", plan.objective.gap * 100)))")
            }
            if outcome.ceilingReached {
                Console.error("the wall-time safety ceiling (\(Int(options.work.ceilingSeconds)) s, docs/solver.md) ended the run: the plan is the best found by then (proven gap \(String(format: "%.3g%%", plan.objective.gap * 100)))")
            }
            return (plan, outcome)
        }
    }

    /// Explains on stderr why `scored` is infeasible (model.md §5).
    static func diagnose(_ scored: ScoredScenario, options: PlannerOptions) {
        do {
            let diagnosis = try InfeasibilityDiagnoser(options: options).diagnose(scored)
            Console.error(InfeasibilityText.render(diagnosis, periodCount: scored.periodCount))
        } catch {
            Console.error("infeasible: no allocation meets every minimum presence (the diagnosis failed: \(error))")
        }
    }

    static func export(_ scored: ScoredScenario, to path: String) throws {
        let data: Data
        do {
            data = try ModelExport.render(scored, format: path.hasSuffix(".lp") ? .cplexLP : .mps)
        } catch {
            Console.error("\(path): cannot write the model (\(error))")
            throw Exit.cannotWrite
        }
        try Console.write(data, to: path)
        Console.error("wrote \(path): the model in \(path.hasSuffix(".lp") ? "CPLEX LP" : "free MPS") format")
    }

    static func render(_ plan: Plan, as format: OutputFormat, scenario: Scenario) throws -> Data {
        switch format {
        case .json:
            do {
                return try PlanJSON.encode(plan)
            } catch {
                Console.error("patrolplan: cannot encode the plan (\(error))")
                throw Exit.internalFailure
            }
        case .table:
            return Data(PlanTable.render(plan, scenario: scenario).utf8)
        }
    }
}
