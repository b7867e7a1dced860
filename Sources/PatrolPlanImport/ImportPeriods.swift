import Foundation

/// The scenario's periods: `count` back to back from a local start time, each with an
/// RFC 3339 start carrying the offset in force at that moment (Europe/London: +00:00 in
/// winter, +01:00 in summer, so a week across a clock change still has `hours`-long periods).
struct ImportPeriods {
    struct Period {
        var id: String
        var label: String
        var hours: Double
        var start: Date
        var startText: String
        /// Local (weekday Monday = 0, hour of day, hours of overlap) for each clock hour the
        /// period covers.
        var slices: [(day: Int, hour: Int, fraction: Double)]
    }

    var periods: [Period]
    var calendar: Calendar

    init(_ recipe: Recipe.Periods, file: String) throws(ImportError) {
        guard let zone = TimeZone(identifier: recipe.timeZone) else {
            throw ImportError(file: file, place: "periods.timeZone", "'\(recipe.timeZone)' is not an IANA time zone")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.calendar = calendar
        let parts = recipe.start.split(whereSeparator: { "-T:".contains($0) }).map { Int($0) }
        guard parts.count >= 4, parts.count <= 5, parts.allSatisfy({ $0 != nil }), recipe.start.count >= 13 else {
            throw ImportError(
                file: file, place: "periods.start", "'\(recipe.start)' is not a local date-time YYYY-MM-DDTHH:MM (no offset)")
        }
        let p = parts.map { $0! }
        let components = DateComponents(
            calendar: calendar, timeZone: zone, year: p[0], month: p[1], day: p[2], hour: p[3], minute: p.count > 4 ? p[4] : 0)
        guard let first = calendar.date(from: components), components.isValidDate(in: calendar) else {
            throw ImportError(file: file, place: "periods.start", "'\(recipe.start)' is not a valid date-time")
        }
        var periods: [Period] = []
        let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        let labels = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        for k in 0..<recipe.count {
            let start = first.addingTimeInterval(Double(k) * recipe.hours * 3600)
            let end = start.addingTimeInterval(recipe.hours * 3600)
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: start)
            let e = calendar.dateComponents([.hour, .minute], from: end)
            let day = (c.weekday! + 5) % 7
            let hhmm = Self.two(c.hour!) + (c.minute! == 0 ? "" : Self.two(c.minute!))
            var slices: [(day: Int, hour: Int, fraction: Double)] = []
            var t = start
            while t < end {
                let lc = calendar.dateComponents([.hour, .minute, .weekday], from: t)
                let intoHour = Double(lc.minute!) / 60
                let step = min(1 - intoHour, end.timeIntervalSince(t) / 3600)
                slices.append(((lc.weekday! + 5) % 7, lc.hour!, step))
                t = t.addingTimeInterval(step * 3600)
            }
            periods.append(
                Period(
                    id: "\(names[day])-\(hhmm)",
                    label: "\(labels[day]) \(c.day!) \(months[c.month! - 1]) \(Self.two(c.hour!)):\(Self.two(c.minute!))-\(Self.two(e.hour!)):\(Self.two(e.minute!))",
                    hours: recipe.hours, start: start, startText: Self.rfc3339(start, calendar: calendar), slices: slices))
        }
        // More than a week: day names repeat, so ids carry the date.
        if Set(periods.map(\.id)).count < periods.count {
            for i in periods.indices {
                let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: periods[i].start)
                periods[i].id = "\(c.year!)-\(Self.two(c.month!))-\(Self.two(c.day!))T\(Self.two(c.hour!))\(c.minute! == 0 ? "" : Self.two(c.minute!))"
            }
        }
        self.periods = periods
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `2025-06-02T00:00:00+01:00`.
    static func rfc3339(_ date: Date, calendar: Calendar) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = calendar.timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(c.year!)-\(two(c.month!))-\(two(c.day!))T\(two(c.hour!)):\(two(c.minute!)):\(two(c.second!))"
            + "\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }
}
