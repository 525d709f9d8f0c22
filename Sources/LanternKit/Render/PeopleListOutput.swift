/// `lantern list` in each of its formats: a text table, Markdown, CSV and JSON.
public struct PeopleListOutput: Sendable {
    public var list: PeopleList

    public init(list: PeopleList) { self.list = list }

    /// How the text format is laid out.
    public enum Layout: Sendable, Equatable {
        /// Aligned columns under a header, cut to `width` characters when given (a terminal).
        case table(width: Int?)
        /// One row per line, columns separated by tabs, no header (for `cut`, `sort`, `awk`).
        case plain
    }

    /// A column of the text and Markdown tables.
    struct Column {
        var title: String
        var value: (PeopleList.Row) -> String
    }

    /// The columns of the text and Markdown tables: who, where they stand, what is next.
    var columns: [Column] {
        let status = Column(title: "Status") { $0.status?.rawValue ?? "" }
        let last = Column(title: "Last contact") { $0.lastContact?.description ?? "" }
        let due = Column(title: "Next due") { $0.nextAction == nil ? "" : $0.nextDue?.description ?? "someday" }
        let next = Column(title: "Next action") { $0.nextAction ?? "" }
        if list.perNote {
            return [
                Column(title: "Name") { $0.name }, status, Column(title: "Meeting") { $0.meeting.map { String($0.prefix(10)) } ?? "" },
                last, due, next, Column(title: "Note") { $0.path ?? "" },
            ]
        }
        return [Column(title: "Name") { $0.name }, Column(title: "Company") { $0.company ?? "" }, status, last, due, next]
    }

    /// "12 people", "1 note".
    var count: String {
        let n = list.rows.count
        return "\(n) " + (list.perNote ? (n == 1 ? "note" : "notes") : (n == 1 ? "person" : "people"))
    }

    // MARK: - Text

    public func text(style: TextStyle, layout: Layout) -> String {
        let columns = self.columns
        let cells = list.rows.map { row in columns.map { TextCell.oneLine($0.value(row)) } }
        guard case .table(let width) = layout else {
            return cells.map { $0.joined(separator: "\t") + "\n" }.joined()
        }
        guard !list.rows.isEmpty else { return list.perNote ? "No note matches.\n" : "No one matches.\n" }
        var widths = columns.indices.map { c in max(columns[c].title.count, cells.map { $0[c].count }.max() ?? 0) }
        // Too wide for the terminal: the last column (the next action, or the note) gives way first.
        if let width {
            let gaps = 2 * (columns.count - 1)
            let fixed = widths.dropLast().reduce(0, +) + gaps
            widths[widths.count - 1] = max(min(widths[widths.count - 1], width - fixed), min(12, widths[widths.count - 1]))
        }
        let dueColumn = columns.firstIndex { $0.title == "Next due" }
        func line(_ values: [String], _ paint: (Int, String) -> String) -> String {
            values.indices.map { c in
                let text = TextCell.fit(values[c], widths[c])
                let padded = c == values.count - 1 ? text : text + String(repeating: " ", count: widths[c] - text.count)
                return paint(c, padded)
            }.joined(separator: "  ").trailingSpacesRemoved + "\n"
        }
        var out = line(columns.map(\.title)) { style.bold($1) }
        for (row, values) in zip(list.rows, cells) {
            out += line(values) { c, text in c == dueColumn && row.overdue ? style.red(text) : text }
        }
        return out + "\n" + count + "\n"
    }

    // MARK: - Markdown

    /// A table to paste into a note; names link to their notes through `linkBase` (what leads from
    /// the page's folder to the notebook root).
    public func markdown(linkBase: String = "") -> String {
        var out = [Generated.marker("list", today: list.today), "", "# \(list.perNote ? "Notes" : "People"), \(list.today)", ""]
        let columns = self.columns.filter { $0.title != "Note" }
        if list.rows.isEmpty {
            out.append(list.perNote ? "No note matches." : "No one matches.")
        } else {
            out.append("| " + columns.map(\.title).joined(separator: " | ") + " |")
            out.append("|" + String(repeating: " --- |", count: columns.count))
            for row in list.rows {
                let values = columns.indices.map { c -> String in
                    let text = columns[c].value(row)
                    if c == 0, let path = row.path { return MarkdownText.link(text, to: linkBase + path) }
                    if columns[c].title == "Next due", row.overdue { return "**\(text)**" }
                    return MarkdownText.escape(text)
                }
                out.append("| " + values.joined(separator: " | ") + " |")
            }
        }
        out += ["", count]
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - CSV

    /// The tracker's columns, in order.
    static let csvHeader = [
        "name", "company", "title", "status", "email", "phone", "introduced_by", "first_contact",
        "last_contact", "attempts", "replied", "meeting", "thank_you", "next_action", "next_due", "notes_count",
        "path", "tags", "reason",
    ]

    /// One header row, then one row per person (or note); RFC 4180 with the formula guard.
    public func csv() -> String {
        var rows = [Self.csvHeader]
        for r in list.rows {
            rows.append([
                r.name, r.company ?? "", r.title ?? "", r.status?.rawValue ?? "", r.email ?? "", r.phone ?? "",
                r.introducedBy ?? "", r.firstContact?.description ?? "", r.lastContact?.description ?? "",
                String(r.attempts), r.replied?.description ?? "", r.meeting ?? "", r.thankYou?.description ?? "",
                r.nextAction ?? "", r.nextDue?.description ?? "", String(r.notesCount), r.path ?? "",
                r.tags.joined(separator: ", "), r.reason ?? "",
            ])
        }
        return CSV.document(rows)
    }

    // MARK: - JSON

    struct Document: Encodable {
        var version = 1
        var today: Day
        var people: [PeopleList.Row]?
        var notes: [PeopleList.Row]?
    }

    /// `{"version": 1, "today": …, "people": [...]}` (`"notes"` per note).
    public func json() -> String {
        let rows = list.rows
        return JSONOutput.encode(Document(today: list.today, people: list.perNote ? nil : rows, notes: list.perNote ? rows : nil)) + "\n"
    }
}

/// Text for one cell of an aligned table.
enum TextCell {
    /// The text on one line: line breaks, tabs and other control characters become spaces.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    /// The text cut to `width` characters, with "…" when something was cut.
    static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }
}

extension String {
    /// The string without the spaces at its end.
    var trailingSpacesRemoved: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
