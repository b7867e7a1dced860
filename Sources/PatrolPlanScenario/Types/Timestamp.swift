/// An RFC 3339 date-time with its UTC offset, as written in a scenario@2 `periods[].start` or
/// `intelligence[].reportedAt` (formats.md).
///
/// The offset is kept so that reports can show local times ("Sat 5 Dec 14:00"): across the UK's
/// clock change the offset changes (`+01:00` in summer time, `Z`/`+00:00` in winter).
public struct Timestamp: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z (fractions allowed).
    public var secondsSinceEpoch: Double
    /// The UTC offset it was written with, in minutes (`+01:00` is 60).
    public var offsetMinutes: Int
    /// The text as written, so that a scenario re-encodes to the same bytes.
    public var text: String

    public init(secondsSinceEpoch: Double, offsetMinutes: Int, text: String) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.offsetMinutes = offsetMinutes
        self.text = text
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch == rhs.secondsSinceEpoch && lhs.offsetMinutes == rhs.offsetMinutes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(secondsSinceEpoch)
        hasher.combine(offsetMinutes)
    }

    public var description: String { text }

    /// Hours from `other` to this instant (negative when this is earlier).
    public func hours(since other: Timestamp) -> Double {
        (secondsSinceEpoch - other.secondsSinceEpoch) / 3600
    }

    /// The instant `hours` later, written with the same offset.
    public func adding(hours: Double) -> Timestamp {
        let seconds = secondsSinceEpoch + hours * 3600
        return Timestamp(
            secondsSinceEpoch: seconds, offsetMinutes: offsetMinutes,
            text: Self.format(secondsSinceEpoch: seconds, offsetMinutes: offsetMinutes))
    }

    /// The local wall-clock date and time at the offset it was written with.
    public var local: LocalDateTime {
        LocalDateTime(secondsSinceEpoch: secondsSinceEpoch, offsetMinutes: offsetMinutes)
    }

    /// Parses RFC 3339 `date-time` (`2026-12-05T18:00:00Z`, `2026-12-05T18:00:00+01:00`, optional
    /// fraction of a second, `t`/`z` in either case). An offset is required. Returns `nil` for
    /// anything else, including impossible dates (`2026-02-30`) and times.
    public init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<(index + count)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard index < bytes.count, characters.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect("-"), let month = digits(2), expect("-"), let day = digits(2),
            expect("Tt "), let hour = digits(2), expect(":"), let minute = digits(2), expect(":"),
            let second = digits(2)
        else { return nil }
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offset = 0
        if expect("Zz") {
            offset = 0
        } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let offsetHours = digits(2), expect(":"), let offsetMinutes = digits(2),
                offsetHours <= 23, offsetMinutes <= 59
            else { return nil }
            offset = sign * (offsetHours * 60 + offsetMinutes)
        } else {
            return nil
        }
        guard index == bytes.count, (1...12).contains(month), day >= 1,
            day <= LocalDateTime.daysInMonth(year: year, month: month), hour <= 23, minute <= 59, second <= 60
        else { return nil }
        let days = LocalDateTime.daysFromCivil(year: year, month: month, day: day)
        let localSeconds = Double(days * 86_400 + hour * 3600 + minute * 60 + min(second, 59)) + fraction
        self.init(secondsSinceEpoch: localSeconds - Double(offset * 60), offsetMinutes: offset, text: text)
    }

    /// RFC 3339 text for an instant at a given offset (`…Z` for offset 0), whole seconds.
    public static func format(secondsSinceEpoch: Double, offsetMinutes: Int) -> String {
        let local = LocalDateTime(secondsSinceEpoch: secondsSinceEpoch, offsetMinutes: offsetMinutes)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(local.year)-\(two(local.month))-\(two(local.day))T\(two(local.hour)):\(two(local.minute)):\(two(local.second))"
        if offsetMinutes == 0 {
            text += "Z"
        } else {
            let magnitude = abs(offsetMinutes)
            text += (offsetMinutes < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60)
        }
        return text
    }
}

/// A wall-clock date and time (proleptic Gregorian calendar), for display.
public struct LocalDateTime: Sendable, Equatable {
    public var year: Int
    /// 1–12.
    public var month: Int
    /// 1–31.
    public var day: Int
    /// 0–23.
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int

    public init(secondsSinceEpoch: Double, offsetMinutes: Int) {
        let local = Int((secondsSinceEpoch + Double(offsetMinutes * 60)).rounded(.down))
        var days = local / 86_400
        var seconds = local % 86_400
        if seconds < 0 {
            seconds += 86_400
            days -= 1
        }
        let (year, month, day) = Self.civilFromDays(days)
        self.year = year
        self.month = month
        self.day = day
        self.hour = seconds / 3600
        self.minute = seconds % 3600 / 60
        self.second = seconds % 60
        // 1970-01-01 was a Thursday (ISO 4).
        self.weekday = ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day count from 1970-01-01.
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Sat 5 Dec".
    public var dayText: String {
        "\(Self.weekdayNames[weekday - 1]) \(day) \(Self.monthNames[month - 1])"
    }

    /// "14:00".
    public var timeText: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
