/// The follow-up list in each of its formats: text, Markdown, JSON and iCalendar.
public struct FollowUpsOutput: Sendable {
    public var items: [Obligation]
    public var today: Day
    /// Whether options (`--within`, `--kind`, `--person`) narrowed the list.
    public var filtered: Bool
    /// Notes whose errors may hide what they call for (an unreadable date, broken front matter).
    public var notesWithErrors: [String]

    public init(items: [Obligation], today: Day, filtered: Bool = false, notesWithErrors: [String] = []) {
        self.items = items
        self.today = today
        self.filtered = filtered
        self.notesWithErrors = notesWithErrors
    }

    /// What an empty list says: nothing due, or nothing that the options let through.
    var nothing: String {
        filtered
            ? "Nothing matches these options (lantern followups without them lists everything)."
            : "Nothing to do: every conversation is up to date."
    }

    /// The line that points at notes whose errors may hide items, if any.
    var errorsLine: String? {
        guard let first = notesWithErrors.first else { return nil }
        let more = notesWithErrors.count > 1 ? " and \(notesWithErrors.count - 1) more" : ""
        return
            "\(Message.count(notesWithErrors.count, "note")) (\(first)\(more)) \(notesWithErrors.count == 1 ? "has" : "have") errors that may hide what \(notesWithErrors.count == 1 ? "it calls" : "they call") for: run lantern lint"
    }

    /// The items of each non-empty group, in group order.
    public var groups: [(group: FollowUpGroup, items: [Obligation])] {
        groupIndices.map { group, members in (group, members.map { items[$0] }) }
    }

    /// The indices in `items` of each non-empty group's items, in group order: read in place,
    /// where `groups` copies every item.
    var groupIndices: [(group: FollowUpGroup, members: [Int])] {
        var byGroup = [[Int]](repeating: [], count: FollowUpGroup.allCases.count)
        let order = Dictionary(uniqueKeysWithValues: FollowUpGroup.allCases.enumerated().map { ($1, $0) })
        items.withUnsafeBufferPointer { items in
            for k in items.indices { byGroup[order[FollowUpGroup(due: items[k].due, today: today)]!].append(k) }
        }
        return FollowUpGroup.allCases.enumerated().compactMap { byGroup[$0].isEmpty ? nil : ($1, byGroup[$0]) }
    }

    static let kindWidth = Obligation.Kind.allCases.map(\.rawValue.count).max() ?? 0
    /// Each kind's name padded to the widest, for the text columns.
    static let paddedKinds: [Obligation.Kind: String] = Dictionary(
        uniqueKeysWithValues: Obligation.Kind.allCases.map {
            ($0, $0.rawValue + String(repeating: " ", count: kindWidth - $0.rawValue.count))
        })

    // MARK: - Text

    public func text(style: TextStyle) -> String {
        var out = ""
        write(style: style, to: &out)
        return out
    }

    /// Writes the text list to `out` line by line (the command line passes a stream that writes
    /// every 64 KB). Each item's fields are read where they stand.
    public func write(style: TextStyle, to out: inout some TextOutputStream) {
        guard !items.isEmpty else {
            out.write(nothing + "\n" + (errorsLine.map { style.red($0) + "\n" } ?? ""))
            return
        }
        let grouped = groupIndices
        let blank = String(repeating: " ", count: 14)
        let items = self.items
        for (g, (group, members)) in grouped.enumerated() {
            if g > 0 { out.write("\n") }
            let title = "\(group.rawValue) (\(members.count))"
            out.write(group == .overdue ? style.bold(style.red(title)) : style.bold(title))
            out.write("\n")
            writeLines(members.count, to: &out) { m, out in
                items.withUnsafeBufferPointer { items in
                    let k = members[m]
                    if !style.color {
                        // The common case (a pipe, a file), piece by piece: no string per line.
                        out.write("  ")
                        if let due = items[k].due {
                            out.write(due.description)
                            out.write(" ")
                            out.write(Self.weekday(due))
                        } else {
                            out.write(blank)
                        }
                        out.write("  ")
                        out.write(Self.paddedKinds[items[k].kind]!)
                        out.write("  ")
                        out.write(items[k].text)
                        out.write("  ")
                        out.write(items[k].path)
                        out.write(":")
                        out.write(String(items[k].line))
                        out.write("\n")
                        return
                    }
                    let date = items[k].due.map { "\($0) \(Self.weekday($0))" } ?? blank
                    out.write("  ")
                    out.write(group == .overdue ? style.red(date) : date)
                    out.write("  ")
                    out.write(style.cyan(Self.paddedKinds[items[k].kind]!))
                    out.write("  ")
                    out.write(items[k].text)
                    out.write("  ")
                    out.write(style.dim("\(items[k].path):\(items[k].line)"))
                    out.write("\n")
                }
            }
        }
        out.write("\n")
        out.write(Self.summary(of: grouped.map { ($0.group, $0.members.count) }, count: items.count))
        out.write("\n")
        if let errorsLine {
            out.write(style.red(errorsLine))
            out.write("\n")
        }
    }

    /// `9 to do: 2 overdue, 1 today, 3 this week, 1 later, 2 someday`
    public var summary: String { Self.summary(of: groupIndices.map { ($0.group, $0.members.count) }, count: items.count) }

    static func summary(of groups: [(group: FollowUpGroup, count: Int)], count: Int) -> String {
        let parts = groups.map { "\($0.count) \($0.group.rawValue.lowercased())" }
        return "\(count) to do: " + parts.joined(separator: ", ")
    }

    static func weekday(_ day: Day) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.isoWeekday - 1]
    }

    // MARK: - Markdown

    public func markdown() -> String {
        var out = [Generated.marker("followups", today: today), "", "# Follow-ups, \(today)", ""]
        if items.isEmpty {
            out += [nothing, ""]
        }
        for (group, members) in groups {
            out += ["## \(group.rawValue)", ""]
            for item in members {
                let date = item.due.map { "**\($0)** · " } ?? ""
                out.append(
                    "- \(date)\(item.kind.rawValue) · \(MarkdownText.escape(item.text)) · "
                        + MarkdownText.link("\(item.path):\(item.line)", to: item.path))
            }
            out.append("")
        }
        out.append(summary)
        if let errorsLine { out += ["", errorsLine] }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - JSON

    struct JSONItem: Encodable {
        var item: Obligation
        var today: Day

        enum Keys: String, CodingKey { case kind, due, overdue, contact, path, line, text, why, clear }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(item.kind, forKey: .kind)
            try c.encode(item.due, forKey: .due)  // null when undated
            try c.encode(item.isOverdue(on: today), forKey: .overdue)
            try c.encode(item.contact, forKey: .contact)
            try c.encode(item.path, forKey: .path)
            try c.encode(item.line, forKey: .line)
            try c.encode(item.text, forKey: .text)
            try c.encode(item.why, forKey: .why)
            try c.encode(item.clear, forKey: .clear)
        }
    }

    struct JSONDocument: Encodable {
        var version = 1
        var today: Day
        var items: [JSONItem]
    }

    public func json() -> String {
        JSONOutput.encode(JSONDocument(today: today, items: items.map { JSONItem(item: $0, today: today) })) + "\n"
    }

    // MARK: - iCalendar

    /// One event per dated item (RFC 5545): a meeting with a time is a timed event in UTC, as long
    /// as its `duration` (30 minutes when the note gives none); everything else is an all-day
    /// event on its due day. The UID hashes path, kind and the item's key, so a calendar that
    /// imports the file again updates the events instead of doubling them.
    public func calendar(version: String, timeZone: TimeZone = .current) -> String {
        var lines = ContentLines()
        lines.raw("BEGIN", "VCALENDAR")
        lines.raw("VERSION", "2.0")
        lines.text("PRODID", "-//Lantern//lantern \(version)//EN")
        lines.raw("CALSCALE", "GREGORIAN")
        lines.text("X-WR-CALNAME", "Lantern follow-ups")
        let stamp = Self.compact(today) + "T000000Z"
        for item in items {
            guard let due = item.due else { continue }
            lines.raw("BEGIN", "VEVENT")
            lines.raw("UID", StableID.hex([item.path, item.kind.rawValue, item.key]) + "@lantern")
            lines.raw("DTSTAMP", stamp)
            if item.kind == .meeting, let start = item.meeting?.instant(in: timeZone) {
                lines.raw("DTSTART", Self.utc(start))
                lines.raw("DURATION", "PT\(item.durationMinutes ?? Self.defaultMeetingMinutes)M")
            } else {
                lines.raw("DTSTART;VALUE=DATE", Self.compact(due))
                lines.raw("DTEND;VALUE=DATE", Self.compact(due.adding(days: 1)))
            }
            lines.text("SUMMARY", item.text)
            lines.text("DESCRIPTION", "Lantern \(item.kind.rawValue) for \(item.contact)\nNote: \(item.path), line \(item.line)")
            lines.text("CATEGORIES", item.kind.rawValue)
            // A meeting takes your time; a reminder does not.
            lines.raw("TRANSP", item.kind == .meeting ? "OPAQUE" : "TRANSPARENT")
            lines.raw("END", "VEVENT")
        }
        lines.raw("END", "VCALENDAR")
        return lines.rendered
    }

    /// How long a meeting lasts in the calendar when its note gives no `duration`.
    static let defaultMeetingMinutes = 30

    /// `20261124T093000Z`
    static func utc(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(ordinal: Day.unixEpoch.ordinal + Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - (day.ordinal - Day.unixEpoch.ordinal) * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return compact(day) + "T" + two(rest / 3_600) + two(rest % 3_600 / 60) + two(rest % 60) + "Z"
    }

    /// `20261122`
    static func compact(_ day: Day) -> String {
        day.description.replacingOccurrences(of: "-", with: "")
    }
}

import Foundation
