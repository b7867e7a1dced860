internal import PatrolPlanScenario

/// The synthetic scenario's periods: back to back from Monday 00:00, each `hours` long, so 42
/// periods of 4 hours are one week. Ids read `mon-00`, `mon-04`, … (`w2-mon-00` from the second
/// week on); labels `Mon 00:00-04:00`.
struct SyntheticCalendar {
    static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let dayLabels = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    var count: Int
    var hours: Int

    /// Hours from Monday 00:00 of the first week to the start of period `t`.
    func start(_ t: Int) -> Int { t * hours }

    /// Day of the week (0 = Monday) and hour of the day at which period `t` starts.
    func dayAndHour(_ t: Int) -> (day: Int, hour: Int) {
        let start = start(t)
        return ((start / 24) % 7, start % 24)
    }

    var periods: [Period] {
        (0..<count).map { t in
            let start = start(t)
            let (day, hour) = dayAndHour(t)
            let week = start / (24 * 7)
            let prefix = week == 0 ? "" : "w\(week + 1)-"
            let labelPrefix = week == 0 ? "" : "Week \(week + 1) "
            let end = (hour + hours) % 24
            return Period(
                id: "\(prefix)\(Self.days[day])-\(Self.twoDigits(hour))",
                label: "\(labelPrefix)\(Self.dayLabels[day]) \(Self.twoDigits(hour)):00-\(Self.twoDigits(end)):00",
                hours: Double(hours))
        }
    }

    static func twoDigits(_ n: Int) -> String {
        n < 10 ? "0\(n)" : "\(n)"
    }

    /// The mean of an hourly profile (24 values, 0 = midnight) over the hours of period `t`,
    /// times that day's factor (7 values, 0 = Monday).
    func mean(_ hourly: [Double], dayFactor: [Double], period t: Int) -> Double {
        var sum = 0.0
        for h in 0..<hours {
            let absolute = start(t) + h
            sum += hourly[absolute % 24] * dayFactor[(absolute / 24) % 7]
        }
        return sum / Double(hours)
    }

    /// Whether period `t` is mostly evening or night (18:00–06:00), when violence and
    /// disorder concentrate.
    func isEveningOrNight(_ t: Int) -> Bool {
        var night = 0
        for h in 0..<hours {
            let hour = (start(t) + h) % 24
            if hour >= 18 || hour < 6 { night += 1 }
        }
        return 2 * night >= hours
    }
}
