public import Foundation
public import PatrolPlanResults
public import PatrolPlanScenario

/// The `patrolplan/roster@1` document (see `docs/formats.md`): the rosters, the target they
/// are drawn from, the other forces' fixed officers, and the cost and unpredictability
/// figures. Keys sorted and numbers rounded as in plan@1, so the same scenario, options and
/// seed give the same bytes. It holds neither the seed nor any intelligence.
public struct RosterDocument: Codable, Sendable, Equatable {
    public static let formatTag = "patrolplan/roster@1"

    public var format: String = RosterDocument.formatTag
    public var model: String = Plan.modelTag
    public var scenario: Plan.ScenarioReference
    /// Ids of the randomised forces, scenario order.
    public var forces: [String]
    public var plan: PlanHeadline
    public var method: Method
    public var cost: Cost
    public var unpredictability: UnpredictabilityFigures
    public var tradeOff: [TradeOffPoint]
    /// Expected officers of each randomised force, where not 0.
    public var target: [Cell<Double>]
    /// Officers of the other forces (the plan's, the same every day), where any.
    public var fixed: [Cell<Int>]
    public var rosters: [Day]
    public var warnings: [String]

    /// The deterministic plan's headline figures.
    public struct PlanHeadline: Codable, Sendable, Equatable {
        public var status: PlanStatus
        public var value: Double
        public var bound: Double
        public var gap: Double
    }

    /// How the target was chosen.
    public struct Method: Codable, Sendable, Equatable {
        /// `relaxation` or `plan` (the plan already attains the relaxation's optimum).
        public var optimum: RosterTargets.Source
        public var relaxationValue: Double
        /// `optimum`, `spread`, `minEntropy` or `maxCost`.
        public var goal: String
        /// The goal's number (`--spread`, `--min-entropy`, `--max-cost`), if any.
        public var goalValue: Double?
        public var spread: Double
        public var rounding: String
        public var calibrationDraws: Int
        /// Periods of calibration draws drawn again (0 whenever the cuts cover the chosen forces).
        public var calibrationRedraws: Int
    }

    public struct Cost: Codable, Sendable, Equatable {
        public var planValue: Double
        public var expectedValue: Double
        public var expectedCost: Double
        public var expectedShare: Double
        public var meanValue: Double
        public var meanCost: Double
        public var meanShare: Double
        public var minValue: Double
        public var maxValue: Double
    }

    public struct UnpredictabilityFigures: Codable, Sendable, Equatable {
        public var expectedEntropy: Double
        public var observedEntropy: Double
        public var maximum: Double
        public var onDutyPeriods: [String]
        public var areas: [Unpredictability.AreaFigures]
    }

    /// Officers by force id in one area-period.
    public struct Cell<Number: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
        public var area: String
        public var period: String
        public var officers: [String: Number]
    }

    public struct Day: Codable, Sendable, Equatable {
        public var day: Int
        public var value: Double
        public var riskReduction: Double
        public var communityImpact: Double
        /// Periods drawn again because the verifier rejected a draw.
        public var redraws: Int
        /// Officers of each randomised force, where any.
        public var allocations: [Cell<Int>]
    }
}

/// roster@1 JSON.
public enum RosterJSON {
    public static let rounding = "bipartite dependent rounding (Gandhi, Khuller, Parthasarathy, Srinivasan 2006)"

    public static func document(_ set: RosterSet, scenario: Scenario) -> RosterDocument {
        let f = Rounding.figure
        let chosen = Set(set.forces)
        let forces = scenario.forces
        let cells = RosterCells(scenario: scenario)
        let (goal, goalValue): (String, Double?) = switch set.goal {
        case .optimum: ("optimum", nil)
        case .fixed(let v): ("spread", v)
        case .minEntropy(let v): ("minEntropy", v)
        case .maxCost(let v): ("maxCost", v)
        }
        let c = set.cost
        let u = set.unpredictability
        return RosterDocument(
            scenario: set.plan.scenario, forces: set.forces,
            plan: .init(
                status: set.plan.status, value: set.plan.objective.value, bound: set.plan.objective.bound,
                gap: set.plan.objective.gap),
            method: .init(
                optimum: set.targets.source, relaxationValue: f(set.targets.relaxationValue), goal: goal,
                goalValue: goalValue, spread: set.spread, rounding: rounding, calibrationDraws: c.calibrationDraws,
                calibrationRedraws: set.calibrationRedraws),
            cost: .init(
                planValue: f(c.planValue), expectedValue: f(c.expectedValue), expectedCost: f(c.expectedCost),
                expectedShare: Rounding.ratio(c.expectedShare), meanValue: f(c.meanValue), meanCost: f(c.meanCost),
                meanShare: Rounding.ratio(c.meanShare), minValue: f(c.minValue), maxValue: f(c.maxValue)),
            unpredictability: .init(
                expectedEntropy: f(u.expectedEntropy), observedEntropy: f(u.observedEntropy), maximum: u.maximum,
                onDutyPeriods: u.onDutyPeriods.map { scenario.periods[$0].id },
                areas: u.areas.map {
                    .init(
                        area: $0.area, expectedOfficers: f($0.expectedOfficers), expectedPresence: f($0.expectedPresence),
                        observedPresence: f($0.observedPresence), expectedEntropy: f($0.expectedEntropy),
                        observedEntropy: f($0.observedEntropy))
                }),
            tradeOff: set.tradeOff.map {
                .init(
                    spread: $0.spread, expectedEntropy: f($0.expectedEntropy), expectedValue: f($0.expectedValue),
                    costShare: Rounding.ratio($0.costShare))
            },
            target: cells.cells(forces: chosen) { p, k in f(set.target.units[p * forces.count + k] * Double(forces[k].unit)) },
            fixed: cells.cells(forces: Set(forces.map(\.id)).subtracting(chosen)) { p, k in
                set.planUnits.units[p * forces.count + k] * forces[k].unit
            },
            rosters: set.rosters.map { roster in
                .init(
                    day: roster.day, value: f(roster.value), riskReduction: f(roster.riskReduction),
                    communityImpact: f(roster.communityImpact), redraws: roster.redraws,
                    allocations: cells.cells(forces: chosen) { p, k in
                        roster.allocation.units[p * forces.count + k] * forces[k].unit
                    })
            },
            warnings: set.warnings)
    }

    public static func encode(_ set: RosterSet, scenario: Scenario) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document(set, scenario: scenario))
        data.append(0x0A)
        return data
    }
}

/// Area-period cells of a roster document, scenario order (periods outer, areas inner).
struct RosterCells {
    let scenario: Scenario

    /// A cell per area-period where some force in `forces` has a non-zero number.
    func cells<Number: Codable & Sendable & Equatable & Numeric>(
        forces ids: Set<String>, _ number: (_ p: Int, _ k: Int) -> Number
    ) -> [RosterDocument.Cell<Number>] {
        let A = scenario.areas.count
        var out: [RosterDocument.Cell<Number>] = []
        for (t, period) in scenario.periods.enumerated() {
            for (a, area) in scenario.areas.enumerated() {
                var officers: [String: Number] = [:]
                for (k, force) in scenario.forces.enumerated() where ids.contains(force.id) {
                    let n = number(t * A + a, k)
                    if n != 0 { officers[force.id] = n }
                }
                if !officers.isEmpty { out.append(.init(area: area.id, period: period.id, officers: officers)) }
            }
        }
        return out
    }
}
