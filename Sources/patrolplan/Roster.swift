import ArgumentParser
import Foundation
import PatrolPlan

/// Output formats of `roster`.
enum RosterFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv

    /// From --output's extension (.json, .csv; else a table), else a table on a terminal and
    /// JSON for programs.
    static func `default`(output: String?) -> RosterFormat {
        if let output {
            if output.hasSuffix(".json") { return .json }
            return output.hasSuffix(".csv") ? .csv : .table
        }
        return isatty(STDOUT_FILENO) != 0 ? .table : .json
    }
}

extension PatrolPlanCommand {
    /// `patrolplan roster`: randomised rosters whose average is the plan's coverage.
    struct Roster: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw unpredictable (Servator-style) rosters whose average coverage is the optimum's.",
            discussion: """
                Each roster is a full allocation that passes verify; the chosen forces' expected officers \
                in each area-period equal the target (the LP relaxation's optimum for those forces, the \
                other forces fixed at the plan), and each force's total in a period is the same in every \
                roster whenever the target's is whole (as when its pool binds). The output shows \
                the presence entropy (unpredictability) and the cost against the plan; --spread, \
                --min-entropy or --max-cost trade one for the other. The seed is never written to the \
                output. See docs/rosters.md.
                """)

        @OptionGroup var input: ScenarioOptions

        @Option(name: .customLong("force"), help: "A force whose officers are randomised (repeatable); the others keep the plan's officers.")
        var forces: [String] = []

        @Option(help: "Number of rosters, each covering the scenario's periods once (a day for a 24-hour scenario).")
        var days: Int

        @Option(help: "Number of the first roster; day d's roster depends only on the seed, d and the target.")
        var firstDay: Int = 1

        @Option(help: "The secret seed (any text). For rosters that will be used, draw it from a CSPRNG (e.g. 'openssl rand -hex 32') and keep it restricted.")
        var seed: String?

        @Option(help: "Read the seed from this file (its whole content, trimmed) instead of --seed.")
        var seedFile: String?

        @Option(help: "How far to move from the optimum towards the most spread coverage, in [0, 1] (default 0).")
        var spread: Double?

        @Option(help: "Least expected presence entropy in bits per area-period, in (0, 1]: uses the least spread that reaches it.")
        var minEntropy: Double?

        @Option(help: "Largest expected cost of randomising as a share of the plan's value, in [0, 1): uses the most spread within it.")
        var maxCost: Double?

        @Option(help: "Rosters drawn (from a separate stream of the seed) to estimate the expected value and cost.")
        var calibrationDraws: Int = 256

        @Option(name: .customLong("uplift"), help: "Officers added to a force: FORCE=N (headcount; negative takes officers away) or FORCE=N/period (on every shift). Repeatable.")
        var uplifts: [Uplift] = []

        @Option(help: "Output format: table, json or csv (default: from --output's extension, else table on a terminal and json otherwise).")
        var format: RosterFormat?

        @Option(name: .shortAndLong, help: "Write the rosters to this file (atomically) instead of stdout.")
        var output: String?

        @OptionGroup var settings: SolveSettings

        static let maxDays = 10_000

        func validate() throws {
            guard !forces.isEmpty else { throw ValidationError("Give at least one --force to randomise.") }
            guard days >= 1, days <= Self.maxDays else { throw ValidationError("--days must be in 1...\(Self.maxDays).") }
            guard firstDay >= 1, firstDay <= Int.max - days else { throw ValidationError("--first-day must be at least 1.") }
            switch (seed, seedFile) {
            case (nil, nil): throw ValidationError("Give --seed or --seed-file (draw a seed with e.g. 'openssl rand -hex 32').")
            case (.some, .some): throw ValidationError("Give one of --seed and --seed-file.")
            case (let text?, nil) where RosterSeed(text: text) == nil:
                throw ValidationError("--seed must be 1 to \(RosterSeed.maxBytes) bytes of text.")
            default: break
            }
            guard [spread, minEntropy, maxCost].compactMap({ $0 }).count <= 1 else {
                throw ValidationError("Give at most one of --spread, --min-entropy and --max-cost.")
            }
            if let spread, !(spread >= 0 && spread <= 1) { throw ValidationError("--spread must be in [0, 1].") }
            if let minEntropy, !(minEntropy > 0 && minEntropy <= 1) { throw ValidationError("--min-entropy must be in (0, 1] bits.") }
            if let maxCost, !(maxCost >= 0 && maxCost < 1) { throw ValidationError("--max-cost must be in [0, 1).") }
            guard calibrationDraws >= 1, calibrationDraws <= 100_000 else {
                throw ValidationError("--calibration-draws must be in 1...100000.")
            }
        }

        func run() throws {
            let file = try input.load()
            let scored = try Uplifts.score(file.scenario, uplifts)
            let known = file.scenario.forces.map(\.id)
            for id in forces where !known.contains(id) {
                throw ValidationError(RosterError.unknownForce(id, known: known).description)
            }
            let request = RosterRequest(
                forces: forces, days: days, firstDay: firstDay, seed: try readSeed(), goal: goal,
                calibrationDraws: calibrationDraws)
            let plan = try PlanRun.solve(scored, file: file, options: settings.options)
            let set: RosterSet
            do {
                set = try RosterSet.draw(scored, plan: plan, request: request)
            } catch {
                Console.error("patrolplan: \(error)")
                switch error {
                case .noValidDraw: throw Exit.noSolution
                case .invalidRequest, .unknownForce: throw ValidationError(error.description)
                case .solver: throw Exit.internalFailure
                }
            }
            let chosen = format ?? RosterFormat.default(output: output)
            let bytes = try render(set, as: chosen, scenario: file.scenario)
            if let output {
                try Console.write(bytes, to: output)
                Console.error(RosterTable.header(set, scenario: file.scenario).trimmingCharacters(in: .newlines))
            } else {
                Console.print(bytes)
            }
        }

        var goal: SpreadGoal {
            if let spread { return .fixed(spread) }
            if let minEntropy { return .minEntropy(minEntropy) }
            if let maxCost { return .maxCost(maxCost) }
            return .optimum
        }

        /// The seed from --seed or --seed-file; never echoed in a message.
        func readSeed() throws -> RosterSeed {
            var text = seed ?? ""
            if let seedFile { text = String(decoding: try Console.read(seedFile), as: UTF8.self) }
            guard let seed = RosterSeed(text: text) else {
                throw ValidationError("\(seedFile ?? "--seed"): the seed must be 1 to \(RosterSeed.maxBytes) bytes of text.")
            }
            return seed
        }

        func render(_ set: RosterSet, as format: RosterFormat, scenario: Scenario) throws -> Data {
            do {
                switch format {
                case .table: return Data(RosterTable.render(set, scenario: scenario).utf8)
                case .json: return try RosterJSON.encode(set, scenario: scenario)
                case .csv: return try RosterCSV.render(set, scenario: scenario)
                }
            } catch {
                Console.error("patrolplan: cannot encode the rosters (\(error))")
                throw Exit.internalFailure
            }
        }
    }
}
