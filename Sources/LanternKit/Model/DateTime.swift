import Foundation

/// A date or a date-time as written in a note: the day it falls on in the notebook's time zone,
/// and the wall-clock time when one was given.
public struct DateTime: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The calendar day, in the notebook's time zone.
    public var day: Day
    /// `HH:MM` in the notebook's time zone, when a time was given.
    public var time: String?
    /// The value as the user wrote it.
    public var text: String

    public var description: String { time.map { "\(day) \($0)" } ?? day.description }

    /// The forms `date-invalid` messages list.
    public static let acceptedForms = "YYYY-MM-DD, YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM[:SS] with an optional Z or ±HH:MM"

    /// Parses a date or a date-time of docs/format.md. A zone (`Z`, `±HH:MM`) converts the instant to
    /// `timeZone`; without one the wall-clock time is taken as local. Returns `nil` for anything else.
    public init?(parsing raw: String, in timeZone: TimeZone) {
        let s = raw.trimmingBlanks()
        let u = Array(s.utf8)
        guard u.count >= 10, let day = Day(iso: s.prefix(10)) else { return nil }
        text = s
        if u.count == 10 {
            self.day = day
            time = nil
            return
        }
        // Date-time: separator, HH:MM, optional :SS, optional zone.
        guard u[10] == UInt8(ascii: " ") || u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: "t"),
            u.count >= 16, u[13] == UInt8(ascii: ":"),
            let hour = Day.digits(u, 11, 2), let minute = Day.digits(u, 14, 2),
            hour < 24, minute < 60
        else { return nil }
        var i = 16
        if i < u.count, u[i] == UInt8(ascii: ":") {
            guard let second = Day.digits(u, i + 1, 2), second < 60 else { return nil }
            i += 3
            if i < u.count, u[i] == UInt8(ascii: ".") {  // fractional seconds
                i += 1
                let start = i
                while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
                guard i > start else { return nil }
            }
        }
        var offsetMinutes: Int?
        if i < u.count {
            if u[i] == UInt8(ascii: "Z") || u[i] == UInt8(ascii: "z") {
                offsetMinutes = 0
                i += 1
            } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
                let sign = u[i] == UInt8(ascii: "-") ? -1 : 1
                guard let oh = Day.digits(u, i + 1, 2), oh <= 14 else { return nil }
                var om = 0
                if i + 3 < u.count, u[i + 3] == UInt8(ascii: ":") {  // ±HH:MM
                    guard let m = Day.digits(u, i + 4, 2), m < 60 else { return nil }
                    om = m
                    i += 6
                } else if i + 5 == u.count, let m = Day.digits(u, i + 3, 2) {  // ±HHMM
                    guard m < 60 else { return nil }
                    om = m
                    i += 5
                } else {  // ±HH
                    i += 3
                }
                offsetMinutes = sign * (oh * 60 + om)
            } else {
                return nil
            }
        }
        guard i == u.count else { return nil }
        guard let offset = offsetMinutes else {
            self.day = day
            time = zeroPadded(hour, 2) + ":" + zeroPadded(minute, 2)
            return
        }
        // Convert the instant to the notebook's zone.
        let utcSeconds = (day.ordinal - Day.unixEpoch.ordinal) * 86_400 + hour * 3_600 + minute * 60 - offset * 60
        let instant = Date(timeIntervalSince1970: TimeInterval(utcSeconds))
        let local = utcSeconds + timeZone.secondsFromGMT(for: instant)
        let localDay = Day(ordinal: Day.unixEpoch.ordinal + Int((Double(local) / 86_400).rounded(.down)))
        let secondsOfDay = local - (localDay.ordinal - Day.unixEpoch.ordinal) * 86_400
        self.day = localDay
        time = zeroPadded(secondsOfDay / 3_600, 2) + ":" + zeroPadded(secondsOfDay % 3_600 / 60, 2)
    }
}

extension DateTime {
    /// The instant a date-time names, with its wall-clock time read in `timeZone`; `nil` for a
    /// plain date.
    public func instant(in timeZone: TimeZone) -> Date? {
        guard let time, let hour = Int(time.prefix(2)), let minute = Int(time.suffix(2)) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let (y, m, d) = day.parts
        return calendar.date(from: DateComponents(year: y, month: m, day: d, hour: hour, minute: minute))
    }
}

extension Day {
    /// 1970-01-01.
    static let unixEpoch = Day(year: 1970, month: 1, day: 1)!
}
