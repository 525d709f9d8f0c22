/// The text of a task item: checkbox and the Obsidian Tasks / Dataview date markers.
struct TaskText: Equatable {
    var isDone: Bool
    var display: String
    var due: Day?
    var done: Day?
    var scheduled: Day?
    /// Marker values that are not dates.
    var invalid: [String] = []

    enum Field { case due, done, scheduled }

    /// Emoji markers followed by a date.
    static let emoji: [(String, Field)] = [
        ("📅", .due), ("🗓️", .due), ("🗓", .due), ("✅", .done), ("⏳", .scheduled),
    ]
    /// Dataview field names.
    static let fieldNames: [(String, Field)] = [
        ("due", .due), ("completion", .done), ("done", .done), ("scheduled", .scheduled),
    ]

    /// Reads a list item's first paragraph; `nil` when it is not a task.
    static func parse(_ text: String) -> TaskText? {
        // `[ ]`, `[x]` or `[X]`, alone or followed by a space, checked on the bytes; a non-ASCII
        // byte right after could join the space into another character, so then by characters.
        let u = Array(text.utf8.prefix(5))
        guard u.count >= 3, u[0] == UInt8(ascii: "["), u[1] == 32 || u[1] == 120 || u[1] == 88, u[2] == UInt8(ascii: "]"),
              u.count == 3 || u[3] == 32 else { return nil }
        if u.count == 5, u[4] >= 0x80, Array(text.prefix(4)).last != " " { return nil }
        let box = u[1]
        var task = TaskText(isDone: box != 32, display: "")
        var rest = String(text.dropFirst(3))
        task.extractMarkers(&rest)
        task.display = TaskText.collapsingBlanks(rest)
        return task
    }

    /// The words of `text` joined by single spaces (runs of spaces and tabs collapsed, both ends
    /// trimmed); byte by byte when the text is ASCII, where bytes are characters.
    static func collapsingBlanks(_ text: String) -> String {
        guard text.isASCIIOnly else {
            return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pending = false
        for b in text.utf8 {
            if b == 32 || b == 9 {
                pending = !out.isEmpty
            } else {
                if pending { out.append(32); pending = false }
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func record(_ field: Field, _ value: Substring) {
        let v = value.trimmingBlanks()
        guard let day = Day(iso: v) else {
            invalid.append(v.isEmpty ? "(no date)" : v)
            return
        }
        switch field {
        case .due: due = due ?? day
        case .done: done = done ?? day
        case .scheduled: scheduled = scheduled ?? day
        }
    }

    /// Removes every marker from `text`, recording its date.
    private mutating func extractMarkers(_ text: inout String) {
        // Emoji: the marker, blanks, then one token. (An ASCII-only text holds none.)
        let hasEmoji = !text.isASCIIOnly
        for (mark, field) in TaskText.emoji where hasEmoji {
            while let r = text.byteRange(of: mark) {
                var end = r.upperBound
                while end < text.endIndex, text[end] == " " || text[end] == "\u{FE0F}" { end = text.index(after: end) }
                let tokenEnd = text[end...].firstIndex(where: { $0 == " " || $0 == "\t" }) ?? text.endIndex
                record(field, text[end..<tokenEnd])
                text.replaceSubrange(r.lowerBound..<tokenEnd, with: " ")
            }
        }
        // Dataview: [name:: value], (name:: value), name:: value; Tasks-plugin style @name(value).
        guard text.containsBytes("::") || text.containsBytes("@") else { return }
        for (name, field) in TaskText.fieldNames {
            for (open, close) in [("[", "]"), ("(", ")")] {
                while let r = text.byteRange(of: "\(open)\(name)::", ignoringCase: true) {
                    let end = text[r.upperBound...].firstIndex(of: Character(close)) ?? text.endIndex
                    record(field, text[r.upperBound..<end])
                    text.replaceSubrange(r.lowerBound..<(end == text.endIndex ? end : text.index(after: end)), with: " ")
                }
            }
            while let r = text.byteRange(of: "\(name)::", ignoringCase: true) {
                // Only at a word start: "overdue::" is not "due::".
                if r.lowerBound > text.startIndex, text[text.index(before: r.lowerBound)].isLetter { break }
                var start = r.upperBound
                while start < text.endIndex, text[start] == " " { start = text.index(after: start) }
                let end = text[start...].firstIndex(where: { $0 == " " || $0 == "\t" }) ?? text.endIndex
                record(field, text[start..<end])
                text.replaceSubrange(r.lowerBound..<end, with: " ")
            }
            while let r = text.byteRange(of: "@\(name)(", ignoringCase: true) {
                let end = text[r.upperBound...].firstIndex(of: ")") ?? text.endIndex
                record(field, text[r.upperBound..<end])
                text.replaceSubrange(r.lowerBound..<(end == text.endIndex ? end : text.index(after: end)), with: " ")
            }
        }
    }
}
