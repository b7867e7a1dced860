import ArgumentParser
import PatrolPlan

extension PatrolPlanCommand {
    /// `patrolplan generate`: a synthetic, London-like scenario for demos, training and benchmarks.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic London-like scenario, the same for the same size and seed (see docs/generate.md).")

        @Option(help: "Areas (wards, about 19 to a borough), 1 to 10000.")
        var areas: Int

        @Option(help: "Periods, back to back from Monday 00:00 (42 periods of 4 hours: one week), 1 to 1000.")
        var periods: Int = 42

        @Option(help: "Hours in a period: 1, 2, 3, 4, 6, 8, 12 or 24.")
        var periodHours: Int = 4

        @Option(help: "Random seed: the same seed gives the same scenario, byte for byte.")
        var seed: UInt64 = 1

        @Option(name: .shortAndLong, help: "Write the scenario to this file (atomically) instead of stdout.")
        var output: String?

        @Option(help: "Forces, 1 to 12 (default: the four standard ones; more add specialist forces, armed and unarmed).")
        var forces: Int?

        @Option(help: "Deployment unit sizes given to the forces in turn, comma-separated, each 1, 2, 3 or 7 (e.g. 2,1,3,7).")
        var units: String?

        @Option(help: "Share of areas, 0 to 1, without a capacity (maxOfficers).")
        var uncapped: Double = 0

        @Flag(help: "Periods alternately half and one and a half times --period-hours long.")
        var unevenHours = false

        var variant: SyntheticVariant {
            SyntheticVariant(
                forces: forces, units: units.map { $0.split(separator: ",").map { Int($0) ?? 0 } },
                uncappedShare: uncapped, unevenHours: unevenHours)
        }

        var request: SyntheticScenario {
            SyntheticScenario(areas: areas, periods: periods, periodHours: periodHours, seed: seed)
        }

        func validate() throws {
            let problems = request.problems
            if !problems.isEmpty { throw ValidationError("invalid size: \(problems.joined(separator: "; ")).") }
            let variant = variant.problems
            if !variant.isEmpty { throw ValidationError("invalid option: \(variant.joined(separator: "; ")).") }
        }

        func run() throws {
            let bytes: [UInt8]
            do {
                bytes = Array(try ScenarioJSON.encode(try request.generate(variant)))
            } catch {
                Console.error("patrolplan: cannot generate the scenario (\(error))")
                throw Exit.internalFailure
            }
            if let output {
                try Console.write(bytes.data, to: output)
                Console.error("wrote \(output): a generated scenario (\(bytes.count) bytes)")
            } else {
                Console.print(bytes.data)
            }
        }
    }
}
