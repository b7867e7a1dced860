import Foundation
public import PatrolPlanScenario

/// The one place where an id becomes what a reader sees: an area's name, a period's label, a
/// force's name. Every report, table and CSV that shows an area, period or force goes through
/// it, so a scenario's names (and, once periods carry start times, their dates) appear wherever
/// ids appeared before.
public struct Names: Sendable {
    private let areas: [String: String]
    private let periods: [String: String]
    private let forces: [String: String]
    private let boroughs: [String: String]

    public init(_ scenario: Scenario) {
        func index<T>(_ items: [T], id: (T) -> String, name: (T) -> String?) -> [String: String] {
            var out: [String: String] = [:]
            for item in items where out[id(item)] == nil {
                if let text = name(item), !text.trimmingCharacters(in: .whitespaces).isEmpty { out[id(item)] = text }
            }
            return out
        }
        areas = index(scenario.areas, id: \.id, name: \.name)
        periods = index(scenario.periods, id: \.id, name: { Self.periodText($0) })
        forces = index(scenario.forces, id: \.id, name: \.name)
        boroughs = index(scenario.areas, id: \.id, name: \.borough)
    }

    /// The area's name, else its id.
    public func area(_ id: String) -> String { areas[id] ?? id }

    /// When a period runs, from its start (scenario@2) in the local time it was written with:
    /// "Sat 5 Dec 14:00–16:00", "Sat 5 Dec 22:00–Sun 6 Dec 02:00" across midnight; else its
    /// label; else `nil` (the id is shown).
    public static func periodText(_ period: Period) -> String? {
        guard let start = period.start else { return period.label }
        let from = start.local
        let to = start.adding(hours: period.hours).local
        let sameDay = from.year == to.year && from.month == to.month && from.day == to.day
        let endsAtMidnight = to.hour == 0 && to.minute == 0 && period.hours <= 24
        let end = sameDay || endsAtMidnight ? (endsAtMidnight && !sameDay ? "24:00" : to.timeText) : "\(to.dayText) \(to.timeText)"
        return "\(from.dayText) \(from.timeText)–\(end)"
    }

    /// The period's dates (scenario@2 `start`), else its label, else its id.
    public func period(_ id: String) -> String { periods[id] ?? id }

    /// The force's name, else its id.
    public func force(_ id: String) -> String { forces[id] ?? id }

    /// The area's borough, if the scenario gives one.
    public func borough(_ area: String) -> String? { boroughs[area] }

    /// A warning or message with the `areas[4]`, `periods[2]`, `forces[1]` paths it names
    /// followed by the name they point at: `areas[4] (Tottenham Hale): …`.
    public func message(_ text: String, scenario: Scenario) -> String {
        var out = ""
        var rest = Substring(text)
        let kinds: [(String, (Int) -> String?)] = [
            ("areas[", { i in scenario.areas.indices.contains(i) ? self.area(scenario.areas[i].id) : nil }),
            ("periods[", { i in scenario.periods.indices.contains(i) ? self.period(scenario.periods[i].id) : nil }),
            ("forces[", { i in scenario.forces.indices.contains(i) ? self.force(scenario.forces[i].id) : nil }),
        ]
        // A quoted area id ('london-bridge-north') reads as the area's name.
        for area in scenario.areas where areas[area.id] != nil {
            rest = Substring(String(rest).replacingOccurrences(of: "'\(area.id)'", with: "'\(self.area(area.id))'"))
        }
        // A period id standing alone (`thu-10, thu-14`) reads as the period's label.
        for period in scenario.periods.sorted(by: { $0.id.count > $1.id.count }) where periods[period.id] != nil {
            rest = Substring(Self.replacingToken(period.id, with: self.period(period.id), in: String(rest)))
        }
        while !rest.isEmpty {
            var matched = false
            for (prefix, name) in kinds where rest.hasPrefix(prefix) {
                let digits = rest.dropFirst(prefix.count).prefix(while: \.isNumber)
                let after = rest.dropFirst(prefix.count + digits.count)
                guard !digits.isEmpty, after.hasPrefix("]"), let i = Int(digits), let label = name(i) else { continue }
                var path = prefix + digits + "]"
                var tail = after.dropFirst()
                // Keep a path's own continuation (`areas[4].footfall`) together before the name.
                let continuation = tail.prefix(while: { !$0.isWhitespace && $0 != ":" && $0 != "," && $0 != ")" })
                if continuation.hasPrefix(".") || continuation.hasPrefix("[") {
                    path += continuation
                    tail = tail.dropFirst(continuation.count)
                }
                // `areas[4]: …` reads `Tottenham Hale: …`; a path with more after it keeps the path.
                out += path.contains(".") || path.dropFirst(prefix.count).contains("[") ? "\(path) (\(label))" : label
                rest = tail
                matched = true
                break
            }
            if !matched {
                out.append(rest.removeFirst())
            }
        }
        return out
    }

    /// `text` with every occurrence of `token` that is not part of a longer id replaced.
    static func replacingToken(_ token: String, with replacement: String, in text: String) -> String {
        func isIDCharacter(_ c: Character?) -> Bool {
            guard let c else { return false }
            return c.isLetter || c.isNumber || "_.:-".contains(c)
        }
        var out = ""
        var rest = Substring(text)
        var previous: Character?
        while let range = rest.range(of: token) {
            let before = range.lowerBound == rest.startIndex ? previous : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            out += rest[..<range.lowerBound]
            // An id followed by `.` or `:` then a space still stands alone ("in fri-02.").
            let afterNext = range.upperBound == rest.endIndex ? nil : rest[rest.index(after: range.upperBound)...].dropFirst().first
            let trailingPunctuation = after.map { ".:".contains($0) } == true && (afterNext == nil || afterNext == " ")
            if !isIDCharacter(before) && (!isIDCharacter(after) || trailingPunctuation) {
                out += replacement
            } else {
                out += rest[range]
            }
            previous = rest[rest.index(before: range.upperBound)]
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
