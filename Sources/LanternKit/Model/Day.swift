import Foundation

/// A calendar day (no time, no zone), the unit of all of Lantern's date arithmetic.
///
/// Stored as a day number so that comparing, adding and subtracting days are integer
/// operations; the proleptic Gregorian calendar, years 1 through 9999.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 0001-01-01 (which is day 0).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// A day from its parts; `nil` when the parts do not name a real day (2026-02-30, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        let y = year - 1
        var n = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { n += Day.daysIn(month: m, year: year) }
        ordinal = n + day - 1
    }

    /// Parses exactly `YYYY-MM-DD`; nothing else is accepted.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
            let y = Day.digits(u, 0, 4), let m = Day.digits(u, 5, 2), let d = Day.digits(u, 8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func digits(_ u: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= u.count else { return nil }
        var n = 0
        for i in start..<(start + count) {
            let c = u[i]
            guard c >= 48, c <= 57 else { return nil }
            n = n * 10 + Int(c - 48)
        }
        return n
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Year, month and day of month.
    public var parts: (year: Int, month: Int, day: Int) {
        // Walk 400-, 100-, 4- and 1-year cycles, then months.
        var n = ordinal
        let n400 = n / 146_097; n %= 146_097
        var n100 = n / 36_524; if n100 == 4 { n100 = 3 }; n -= n100 * 36_524
        let n4 = n / 1_461; n %= 1_461
        var n1 = n / 365; if n1 == 4 { n1 = 3 }; n -= n1 * 365
        let year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
        var month = 1
        while n >= Day.daysIn(month: month, year: year) {
            n -= Day.daysIn(month: month, year: year)
            month += 1
        }
        return (year, month, n + 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let p = parts
        return zeroPadded(p.year, 4) + "-" + zeroPadded(p.month, 2) + "-" + zeroPadded(p.day, 2)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601). 0001-01-01 was a Monday.
    public var isoWeekday: Int { ordinal % 7 + 1 }

    public var isWeekend: Bool { isoWeekday >= 6 }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The day `count` business days (Monday–Friday) after this one.
    public func adding(businessDays count: Int) -> Day {
        var day = self
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if !day.isWeekend { left -= 1 }
        }
        return day
    }

    /// Business days after `earlier` up to and including this day (0 on the same day, negative
    /// when `earlier` is later). Counted in constant time: day 0 (0001-01-01) was a Monday.
    public func businessDays(since earlier: Day) -> Int {
        func weekdaysThrough(_ day: Day) -> Int {
            let days = day.ordinal + 1
            return days / 7 * 5 + min(days % 7, 5)
        }
        return weekdaysThrough(self) - weekdaysThrough(earlier)
    }

    /// Calendar days from `earlier` to this day (negative when `earlier` is later).
    public func days(since earlier: Day) -> Int { ordinal - earlier.ordinal }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    /// The day it is now in `timeZone`.
    public static func today(in timeZone: TimeZone) -> Day {
        day(of: Date(), in: timeZone)
    }

    /// The calendar day of an instant in `timeZone`.
    public static func day(of date: Date, in timeZone: TimeZone) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}

extension Day: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// `n` (not negative) in decimal with leading zeros to `width` digits: `String(format: "%0Nd")`
/// without the trip through Foundation's formatter.
func zeroPadded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
