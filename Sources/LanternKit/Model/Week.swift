/// A week of the weekly page: seven days from the notebook's `week_start`, named by its ISO 8601
/// week (`2026-W47`). A week that starts on Sunday takes the name of the ISO week of its Monday.
public struct Week: Hashable, Sendable, CustomStringConvertible {
    /// The first day: a Monday, or a Sunday when the notebook's weeks start on Sunday.
    public let start: Day
    /// The last day.
    public var end: Day { start.adding(days: 6) }

    /// The week containing `day`; `startsOn` is 1 (Monday) or 7 (Sunday).
    public init(containing day: Day, startsOn: Int = 1) {
        let back = (day.isoWeekday - startsOn + 7) % 7
        start = day.adding(days: -back)
    }

    /// The week named `2026-W47`, starting on `startsOn`; `nil` when the name is not one.
    public init?(iso name: String, startsOn: Int = 1) {
        let u = Array(name.utf8)
        guard u.count == 8, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "W") || u[5] == UInt8(ascii: "w"),
            let year = Day.digits(u, 0, 4), let number = Day.digits(u, 6, 2), number >= 1,
            number <= Week.weeks(in: year), let jan4 = Day(year: year, month: 1, day: 4)
        else { return nil }
        let monday = jan4.adding(days: 1 - jan4.isoWeekday).adding(days: (number - 1) * 7)
        self.init(containing: startsOn == 7 ? monday.adding(days: -1) : monday, startsOn: startsOn)
    }

    /// The week before.
    public var previous: Week { Week(start: start.adding(days: -7)) }

    private init(start: Day) { self.start = start }

    /// Whether `day` falls in the week.
    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    /// The Monday the ISO name is taken from.
    var monday: Day { start.isoWeekday == 1 ? start : start.adding(days: 8 - start.isoWeekday) }

    /// ISO year and week number of the week's Monday.
    public var iso: (year: Int, week: Int) {
        let thursday = monday.adding(days: 3)
        let year = thursday.parts.year
        let first = Day(year: year, month: 1, day: 1)!
        return (year, thursday.days(since: first) / 7 + 1)
    }

    /// `2026-W47`
    public var description: String {
        let (year, week) = iso
        return String(year) + "-W" + (week < 10 ? "0" : "") + String(week)
    }

    /// 52 or 53.
    static func weeks(in year: Int) -> Int {
        guard let dec28 = Day(year: year, month: 12, day: 28) else { return 52 }
        return Week(containing: dec28).iso.week
    }
}
