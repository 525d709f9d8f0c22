/// The date a mistyped value can only mean, written the way docs/format.md wants it: the quick fix
/// for `date-invalid`. Lantern never guesses a date on its own (docs/format.md); this offers one to
/// the user, and only when there is a single reading.
public enum DateRepair {
    /// `2026-10-3` → `2026-10-03`; `2026/10/03` and `2026.10.03` → `2026-10-03`;
    /// `2026-10-03 9:30` → `2026-10-03 09:30`; `3 Oct 2026` and `October 3, 2026` → `2026-10-03`;
    /// `25/10/2026` and `10/25/2026` → `2026-10-25` (a number over 12 can only be the day).
    /// `nil` when the value has two readings (`10/03/2026`) or names no real day (`2026-02-30`).
    public static func normalized(_ text: String) -> String? {
        var t = text.trimmingBlanks()
        if t.count >= 2, let first = t.first, first == t.last, first == "\"" || first == "'" { t = String(t.dropFirst().dropLast()) }
        var time: String?
        var datePart = Substring(t)
        // A trailing time: `9:30` or `09:30`, after a space or a `T`.
        if let split = t.lastIndex(where: { $0 == " " || $0 == "T" }), t[t.index(after: split)...].contains(":") {
            let clock = t[t.index(after: split)...].split(separator: ":")
            guard clock.count == 2, let h = Int(clock[0]), let m = Int(clock[1]), clock[1].count == 2, (0..<24).contains(h), (0..<60).contains(m) else {
                return nil
            }
            time = (h < 10 ? "0" : "") + "\(h):" + clock[1]
            datePart = t[..<split]
        }
        guard let day = day(String(datePart).trimmingBlanks()) else { return nil }
        return time.map { "\(day) \($0)" } ?? day.description
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func day(_ text: String) -> Day? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == "/" || $0 == "." })
            .map(String.init)
        guard words.count == 3 else { return nil }
        let numbers = words.map { Int($0) }
        // A month's name anywhere makes the order plain.
        if let m = words.firstIndex(where: { w in !w.isEmpty && w.allSatisfy(\.isLetter) && months.contains(String(w.prefix(3))) && w.count >= 3 }) {
            let month = months.firstIndex(of: String(words[m].prefix(3)))! + 1
            let others = numbers.enumerated().filter { $0.offset != m }.compactMap(\.element)
            guard others.count == 2 else { return nil }
            let (year, dayOfMonth) =
                words.enumerated().filter({ $0.offset != m }).first!.element.count == 4
                ? (others[0], others[1]) : (others[1], others[0])
            return year >= 1000 ? Day(year: year, month: month, day: dayOfMonth) : nil
        }
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        let n = numbers.map { $0! }
        if words[0].count == 4 { return Day(year: n[0], month: n[1], day: n[2]) }  // year first: always Y-M-D
        guard words[2].count == 4 else { return nil }
        // Year last: day and month can be either way round, unless one of them is over 12.
        let (a, b, year) = (n[0], n[1], n[2])
        if a > 12, b <= 12 { return Day(year: year, month: b, day: a) }
        if b > 12, a <= 12 { return Day(year: year, month: a, day: b) }
        if a == b { return Day(year: year, month: a, day: a) }
        return nil
    }
}
