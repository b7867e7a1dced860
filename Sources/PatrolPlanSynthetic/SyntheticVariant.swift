public import PatrolPlanScenario
/// Variations on the synthetic scenario that stress the solver (docs/generate.md): the number
/// of forces, their deployment unit sizes, areas without a capacity and uneven period hours.
/// The defaults change nothing: the scenario stays byte for byte what
/// ``SyntheticScenario/generate()`` gives.
public struct SyntheticVariant: Sendable, Equatable {
    /// Forces accepted.
    public static let forceRange = 1...12
    /// Unit sizes accepted.
    public static let unitChoices = [1, 2, 3, 7]

    /// Forces, or `nil` for the four standard ones. Fewer keep the largest unarmed force
    /// (response), then the armed one; more add specialist forces, armed and unarmed.
    public var forces: Int?
    /// Unit sizes, given to the forces in turn (the first to the first force, …), or `nil`
    /// for each force's own.
    public var units: [Int]?
    /// Share of areas, drawn by the seed, without a capacity (`maxOfficers`).
    public var uncappedShare = 0.0
    /// Periods alternately half and one and a half times the period length (the same hours
    /// over each pair, so the horizon keeps its length).
    public var unevenHours = false

    public init(forces: Int? = nil, units: [Int]? = nil, uncappedShare: Double = 0, unevenHours: Bool = false) {
        self.forces = forces
        self.units = units
        self.uncappedShare = uncappedShare
        self.unevenHours = unevenHours
    }

    /// What is wrong with the variant, if anything, naming the option.
    public var problems: [String] {
        var problems: [String] = []
        if let forces, !Self.forceRange.contains(forces) {
            problems.append("forces must be in \(Self.forceRange.lowerBound)...\(Self.forceRange.upperBound) (got \(forces))")
        }
        if let units, units.isEmpty || units.contains(where: { !Self.unitChoices.contains($0) }) {
            problems.append("unit sizes must be among \(Self.unitChoices.map(String.init).joined(separator: ", "))")
        }
        if !(0...1).contains(uncappedShare) {
            problems.append("the share of areas without a capacity must be in 0...1 (got \(uncappedShare))")
        }
        return problems
    }

    /// Specialist forces beyond the standard four: id, name, armed, headcount per area,
    /// on-duty fraction, unit and effectiveness (violence, terrorism, disorder).
    static let extras: [(String, String, Bool, Double, Double, Int, [Double])] = [
        ("tsg", "Territorial support group", false, 0.8, 0.2, 3, [0.8, 0.3, 1.2]),
        ("arv", "Armed response vehicles", true, 0.3, 0.2, 2, [1.0, 1.0, 0.3]),
        ("dogs", "Dog support", false, 0.15, 0.25, 1, [0.7, 0.4, 0.6]),
        ("ctsfo", "Counter-terrorist specialist firearms officers", true, 0.15, 0.2, 7, [0.8, 1.4, 0.2]),
        ("mounted", "Mounted branch", false, 0.1, 0.25, 2, [0.4, 0.3, 1.4]),
        ("roads", "Roads policing", false, 1.0, 0.2, 1, [0.4, 0.1, 0.5]),
        ("specials", "Special constabulary", false, 1.5, 0.1, 1, [0.4, 0.2, 0.8]),
        ("transport", "Transport policing", false, 0.6, 0.2, 1, [0.5, 0.5, 0.8]),
    ]

    /// `scenario` (generated for `areas` areas with `seed`) varied.
    func apply(to scenario: Scenario, areas: Int, seed: UInt64) -> Scenario {
        var scenario = scenario
        if let count = forces {
            let standard = scenario.forces
            // afo, response, neighbourhood, servator: fewer keep response first.
            let order = [1, 0, 2, 3]
            var chosen = count >= 4 ? standard : (count == 1 ? [standard[1]] : order.prefix(count).sorted().map { standard[$0] })
            for (id, name, armed, perArea, onDuty, unit, effect) in Self.extras.prefix(max(0, count - 4)) {
                chosen.append(Force(
                    id: id, name: name, armed: armed, pool: .headcount(max(4, Int((perArea * Double(areas)).rounded()))),
                    unit: unit, onDutyFraction: onDuty,
                    effectiveness: [.violence: effect[0], .terrorism: effect[1], .disorder: effect[2]]))
            }
            scenario.forces = chosen
        }
        if let units {
            for k in scenario.forces.indices { scenario.forces[k].unit = units[k % units.count] }
        }
        if uncappedShare > 0 {
            var rng = SplitMix64.stream(seed, 5)
            for a in scenario.areas.indices where rng.chance(uncappedShare) { scenario.areas[a].maxOfficers = nil }
        }
        if unevenHours {
            for t in scenario.periods.indices {
                scenario.periods[t].hours *= t % 2 == 0 ? 0.5 : 1.5
                scenario.periods[t].label = nil
            }
        }
        return scenario
    }
}

extension SyntheticScenario {
    /// The scenario, varied by `variant`.
    ///
    /// - Throws: ``SyntheticScenarioError`` when the size or the variant is out of range.
    public func generate(_ variant: SyntheticVariant) throws(SyntheticScenarioError) -> Scenario {
        guard variant.problems.isEmpty else { throw SyntheticScenarioError(problems: variant.problems) }
        return variant.apply(to: try generate(), areas: areas, seed: seed)
    }
}
