internal import _PatrolPlanJSON
import Foundation

/// The planner's own registers, as CSV: intelligence reports (3x5x2 graded), community impact
/// assessments and commitments. Every row is used or the import stops at it.
extension Importer {
    /// An area named by id, or by a name that only one area has (case-insensitive).
    func resolveArea(_ text: String, areas: [ImportArea], file: String, place: String) throws(ImportError) -> String {
        if areas.contains(where: { $0.id == text }) { return text }
        let matches = areas.filter { $0.name?.lowercased() == text.lowercased() }
        if matches.count == 1 { return matches[0].id }
        if matches.count > 1 {
            throw ImportError(
                file: file, place: place,
                "'\(text)' names \(matches.count) areas (\(matches.map { "\($0.id) in \($0.borough ?? "?")" }.joined(separator: ", "))): give the id")
        }
        let candidates = areas.map(\.id) + areas.compactMap(\.name)
        throw ImportError(file: file, place: place, "'\(text)' is no area's id or name\(DidYouMean.hint(for: text, among: candidates))")
    }

    func periodList(_ text: String, periods: [ImportPeriods.Period], file: String, place: String) throws(ImportError) -> JSONText? {
        let ids = text.split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init)
        if ids.isEmpty { return nil }
        let known = periods.map(\.id)
        for id in ids where !known.contains(id) {
            throw ImportError(file: file, place: place, "'\(id)' is not a period\(DidYouMean.hint(for: id, among: known))")
        }
        return .array(ids.map(JSONText.string))
    }

    func choice(_ table: CSVTable, _ r: Int, _ c: Int, _ allowed: [String]) throws(ImportError) -> String {
        let v = table.field(r, c)
        guard allowed.contains(v) else {
            throw ImportError(file: table.name, place: table.place(r, c), "'\(v)' is not one of \(allowed.joined(separator: ", "))")
        }
        return v
    }

    func intelligence(_ path: String, areas: [ImportArea], periods: [ImportPeriods.Period]) throws(ImportError) -> [JSONText] {
        let t = try readCSV(path)
        let id = try t.column("id", field: "intelligence"), area = try t.column("area", field: "intelligence")
        let category = try t.column("category", field: "intelligence")
        let likelihood = try t.column("likelihood", field: "intelligence")
        let source = try t.column("source", field: "intelligence"), assessment = try t.column("assessment", field: "intelligence")
        let handling = t.optionalColumn("handling"), age = t.optionalColumn("ageHours")
        let reported = t.optionalColumn("reportedAt"), list = t.optionalColumn("periods"), summary = t.optionalColumn("summary")
        var out: [JSONText] = []
        for r in t.rows.indices {
            var o: [(String, JSONText)] = [("id", .string(t.field(r, id)))]
            o.append(("area", .string(try resolveArea(t.field(r, area), areas: areas, file: path, place: t.place(r, area)))))
            o.append(("category", .string(try choice(t, r, category, ["violence", "terrorism", "disorder"]))))
            let p = try t.number(r, likelihood)
            guard (0...1).contains(p) else { throw ImportError(file: path, place: t.place(r, likelihood), "\(p) is not in [0, 1]") }
            o.append(("likelihood", .number(p)))
            o.append(("source", .string(try choice(t, r, source, ["1", "2", "3"]))))
            o.append(("assessment", .string(try choice(t, r, assessment, ["A", "B", "C", "D", "E"]))))
            if let handling, !t.field(r, handling).isEmpty { o.append(("handling", .string(try choice(t, r, handling, ["P", "C"])))) }
            if let age, !t.field(r, age).isEmpty {
                let h = try t.number(r, age)
                guard h >= 0 else { throw ImportError(file: path, place: t.place(r, age), "\(h) is negative") }
                o.append(("ageHours", .number(h)))
            }
            if let reported, !t.field(r, reported).isEmpty {
                if let age, !t.field(r, age).isEmpty {
                    throw ImportError(file: path, place: t.place(r, reported), "give ageHours or reportedAt, not both")
                }
                o.append(("reportedAt", .string(t.field(r, reported))))
            }
            if let list, let ids = try periodList(t.field(r, list), periods: periods, file: path, place: t.place(r, list)) {
                o.append(("periods", ids))
            }
            if let summary, !t.field(r, summary).isEmpty { o.append(("summary", .string(t.field(r, summary)))) }
            out.append(.object(o))
        }
        return out
    }

    func impactAssessments(_ path: String, areas: [ImportArea], periods: [ImportPeriods.Period]) throws(ImportError) -> [JSONText] {
        let t = try readCSV(path)
        let id = try t.column("id", field: "impactAssessments"), area = try t.column("area", field: "impactAssessments")
        let status = try t.column("status", field: "impactAssessments")
        let list = t.optionalColumn("periods"), maxArmed = t.optionalColumn("maxArmed"), consulted = t.optionalColumn("consulted")
        var out: [JSONText] = []
        for r in t.rows.indices {
            var o: [(String, JSONText)] = [("id", .string(t.field(r, id)))]
            o.append(("area", .string(try resolveArea(t.field(r, area), areas: areas, file: path, place: t.place(r, area)))))
            o.append(("status", .string(try choice(t, r, status, ["approved", "pending", "rejected"]))))
            if let list, let ids = try periodList(t.field(r, list), periods: periods, file: path, place: t.place(r, list)) {
                o.append(("periods", ids))
            }
            if let maxArmed, !t.field(r, maxArmed).isEmpty {
                guard let n = Int(t.field(r, maxArmed)), n >= 0 else {
                    throw ImportError(file: path, place: t.place(r, maxArmed), "'\(t.field(r, maxArmed))' is not a whole number ≥ 0")
                }
                o.append(("maxArmed", .integer(n)))
            }
            if let consulted {
                let names = t.field(r, consulted).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
                o.append(("consulted", .array(names.map(JSONText.string))))
            }
            out.append(.object(o))
        }
        return out
    }

    func commitments(_ path: String, areas: [ImportArea], periods: [ImportPeriods.Period]) throws(ImportError) -> [JSONText] {
        let t = try readCSV(path)
        let id = try t.column("id", field: "commitments"), area = try t.column("area", field: "commitments")
        let force = try t.column("force", field: "commitments"), officers = try t.column("officers", field: "commitments")
        let list = t.optionalColumn("periods"), note = t.optionalColumn("note")
        var out: [JSONText] = []
        for r in t.rows.indices {
            var o: [(String, JSONText)] = [("id", .string(t.field(r, id)))]
            o.append(("area", .string(try resolveArea(t.field(r, area), areas: areas, file: path, place: t.place(r, area)))))
            o.append(("force", .string(t.field(r, force))))
            guard let n = Int(t.field(r, officers)), n >= 1 else {
                throw ImportError(file: path, place: t.place(r, officers), "'\(t.field(r, officers))' is not a whole number ≥ 1")
            }
            o.append(("officers", .integer(n)))
            if let list, let ids = try periodList(t.field(r, list), periods: periods, file: path, place: t.place(r, list)) {
                o.append(("periods", ids))
            }
            if let note, !t.field(r, note).isEmpty { o.append(("note", .string(t.field(r, note)))) }
            out.append(.object(o))
        }
        return out
    }
}
