public import Foundation
public import PatrolPlanScenario
internal import _PatrolPlanJSON

/// Reading plan@1 files as strictly as scenarios (issue 14): through the project's own
/// ``JSONParser`` first, so that a duplicate key is an error (Foundation's decoder keeps the
/// first of two, Python and jq the last) and a syntax error names its line and column.
public enum PlanReading {
    /// Why a file is not a plan@1 document.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The plan in `data`. Throws ``Failure`` for a syntax error (line and column), each
    /// duplicate key (path, line and column), or a document that is not plan@1.
    public static func decode(_ data: Data) throws(Failure) -> Plan {
        let parsed: JSONParseResult
        do {
            parsed = try JSONParser().parse(data)
        } catch {
            throw Failure(description: "\(error)")
        }
        if !parsed.duplicateKeys.isEmpty {
            throw Failure(description: parsed.duplicateKeys.map { "\($0)" }.joined(separator: "; "))
        }
        do {
            return try PlanJSON.decode(data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw Failure(description: "\(path(context.codingPath + [key])): missing required field '\(key.stringValue)'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            throw Failure(description: "\(path(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out.isEmpty ? "(document)" : out
    }

    /// The area, period and force ids that `plan` names but `scenario` does not have: when
    /// there is any, the plan is of another scenario (one clear error rather than a violation
    /// per allocation).
    public static func foreignIDs(_ plan: Plan, scenario: Scenario) -> [String] {
        let areas = Set(scenario.areas.map(\.id))
        let periods = Set(scenario.periods.map(\.id))
        let forces = Set(scenario.forces.map(\.id))
        var foreign: [String] = []
        var seen = Set<String>()
        func note(_ kind: String, _ id: String) {
            if seen.insert(kind + "\u{0}" + id).inserted { foreign.append("\(kind) '\(id)'") }
        }
        for allocation in plan.allocations {
            if !areas.contains(allocation.area) { note("area", allocation.area) }
            if !periods.contains(allocation.period) { note("period", allocation.period) }
            for force in allocation.officers.keys.sorted() where !forces.contains(force) { note("force", force) }
        }
        return foreign
    }
}
