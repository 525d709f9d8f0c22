import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

@Suite struct DayTests {
    @Test(arguments: ["2026-11-22", "2024-02-29", "0001-01-01", "9999-12-31", "2000-02-29"])
    func validDays(_ text: String) {
        #expect(Day(iso: text)?.description == text)
    }

    @Test(arguments: [
        "2026-02-30", "2025-02-29", "1900-02-29", "0000-01-01", "2026-13-01", "2026-00-10",
        "2026-11-31", "26-11-22", "2026/11/22", "2026-11-2", "20261122", "", "next friday", "2026-11-22x",
    ])
    func invalidDays(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func weekdaysAndArithmetic() {
        #expect(day("2026-11-22").isoWeekday == 7)  // a Sunday
        #expect(day("2026-11-23").isoWeekday == 1)
        #expect(day("2026-11-22").adding(days: 10).description == "2026-12-02")
        #expect(day("2026-12-31").adding(days: 1).description == "2027-01-01")
        #expect(day("2026-11-22").days(since: day("2026-11-19")) == 3)
    }

    @Test func businessDaysSkipWeekends() {
        // Friday + 1 business day is Monday; + 7 is the Tuesday after next.
        #expect(day("2026-11-20").adding(businessDays: 1).description == "2026-11-23")
        #expect(day("2026-11-20").adding(businessDays: 7).description == "2026-12-01")
        // From a Saturday, the first business day is Monday.
        #expect(day("2026-11-21").adding(businessDays: 1).description == "2026-11-23")
        #expect(day("2026-12-01").businessDays(since: day("2026-11-20")) == 7)
        #expect(day("2026-11-22").businessDays(since: day("2026-11-20")) == 0)
        // Found by the fuzzer: the same day twice recursed without end.
        #expect(day("2026-11-20").businessDays(since: day("2026-11-20")) == 0)
        #expect(day("2026-11-20").businessDays(since: day("2026-12-01")) == -7)
        // The constant-time count agrees with walking day by day, over every pair in six weeks.
        let start = day("2026-11-02")
        for a in 0..<42 {
            for b in a..<42 {
                var walked = 0
                var d = start.adding(days: a)
                while d < start.adding(days: b) { d = d.adding(days: 1); if !d.isWeekend { walked += 1 } }
                #expect(start.adding(days: b).businessDays(since: start.adding(days: a)) == walked)
            }
        }
        #expect(Day(ordinal: 3_000_000).businessDays(since: Day(ordinal: 0)) > 0)  // no walk across millennia
    }

    @Test func dateTimeForms() throws {
        let utc = TimeZone(identifier: "UTC")!
        #expect(DateTime(parsing: "2026-11-19", in: utc)?.time == nil)
        #expect(DateTime(parsing: "2026-11-19 14:30", in: utc)?.description == "2026-11-19 14:30")
        #expect(DateTime(parsing: "2026-11-19T14:30", in: utc)?.description == "2026-11-19 14:30")
        #expect(DateTime(parsing: "2026-11-19T14:30:59", in: utc)?.description == "2026-11-19 14:30")
        #expect(DateTime(parsing: "2026-11-19T14:30Z", in: utc)?.description == "2026-11-19 14:30")
        #expect(DateTime(parsing: "2026-11-19T14:30:00+02:00", in: utc)?.description == "2026-11-19 12:30")
    }

    @Test func zonesMoveTheDay() {
        let chicago = TimeZone(identifier: "America/Chicago")!
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        // 02:00 UTC on the 20th is the evening of the 19th in Chicago, and late morning in Tokyo.
        #expect(DateTime(parsing: "2026-11-20T02:00Z", in: chicago)?.description == "2026-11-19 20:00")
        #expect(DateTime(parsing: "2026-11-20T02:00Z", in: tokyo)?.description == "2026-11-20 11:00")
        // Without a zone the wall-clock time is local.
        #expect(DateTime(parsing: "2026-11-20 02:00", in: chicago)?.day.description == "2026-11-20")
    }

    @Test(arguments: [
        "2026-11-19 25:00", "2026-11-19 14:60", "2026-11-19T14", "2026-11-19 2pm", "2026-11-19T14:30+25:00",
        "2026-11-19 14:30 tomorrow", "2026-02-30 10:00", "0000-01-01T00:00",
    ])
    func invalidDateTimes(_ text: String) {
        #expect(DateTime(parsing: text, in: .current) == nil)
    }
}

@Suite struct DurationTests {
    @Test(arguments: [
        ("30", 30), ("30m", 30), ("30 min", 30), ("30 mins", 30), ("45 minutes", 45), ("1h", 60),
        ("1 hour", 60), ("1.5h", 90), ("1h30m", 90), ("1h 30min", 90), ("0:45", 45), ("1:05", 65),
    ])
    func forms(_ text: String, _ minutes: Int) {
        #expect(MeetingDuration.minutes(text) == minutes)
    }

    // The last three were found by the fuzzer: huge numbers trapped when converted to Int.
    @Test(arguments: [
        "", "half an hour", "30 sec", "-30", "0", "0:60", "1:5", "1h h", "1.25m", "h",
        "31111111111111111111111111111111111111111110 min", "99999999999999999:00", "1e400h",
    ])
    func failures(_ text: String) {
        #expect(MeetingDuration.minutes(text) == nil)
    }
}
