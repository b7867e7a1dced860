internal import PatrolPlanScenario
internal import PatrolPlanScoring
/// Readable, valid names for an exported model's columns and rows (issue 14), so that an
/// auditor can tell which variable is which area, period and force.
///
/// A name is a kind and the ids it concerns, joined by `.`: `n.tottenham_hale.fri_22.afo` (units
/// of a force), `y.…` (armed presence indicator), `s.<area>.<period>.<category>.<segment>`
/// (effect curve), rows `effect.…`, `pool.<period>.<force>`, `presence.…`, `armed_most.…`,
/// `armed_least.…`, `local_share.…`, `run.<area>.<first period>`, `armed_periods.<area>`,
/// `armed_areas.<period>`, `overall_share.<period>`. Ids keep only `A-Z a-z 0-9 _` (others
/// become `_`; an id that then clashes with another gets `_2`, `_3`…), so names are valid in
/// CPLEX LP and free MPS, unique, and at most 3 × 64 + 40 < 255 characters.
struct ModelNames {
    private let areas: [String]
    private let periods: [String]
    private let forces: [String]

    init(_ scenario: Scenario) {
        areas = Self.sanitised(scenario.areas.map(\.id))
        periods = Self.sanitised(scenario.periods.map(\.id))
        forces = Self.sanitised(scenario.forces.map(\.id))
    }

    func column(_ kind: String, area: Int, period: Int, force: Int? = nil) -> String {
        join(kind, [areas[area], periods[period]] + (force.map { [forces[$0]] } ?? []))
    }

    func column(_ kind: String, area: Int, period: Int, category: Category, segment: Int) -> String {
        join(kind, [areas[area], periods[period], category.rawValue, String(segment)])
    }

    func row(_ kind: String, area: Int? = nil, period: Int? = nil, force: Int? = nil, category: Category? = nil) -> String {
        var parts: [String] = []
        if let area { parts.append(areas[area]) }
        if let period { parts.append(periods[period]) }
        if let force { parts.append(forces[force]) }
        if let category { parts.append(category.rawValue) }
        return join(kind, parts)
    }

    private func join(_ kind: String, _ parts: [String]) -> String {
        ([kind] + parts).joined(separator: ".")
    }

    /// Each id with characters other than `A-Z a-z 0-9 _` as `_`, made unique among `ids`.
    static func sanitised(_ ids: [String]) -> [String] {
        var taken = Set<String>()
        return ids.map { id in
            let base = String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) || scalar == "_"
                    ? scalar : "_"
            }))
            var name = base.isEmpty ? "_" : base
            var n = 2
            while taken.contains(name) {
                name = "\(base)_\(n)"
                n += 1
            }
            taken.insert(name)
            return name
        }
    }
}
