import Foundation

/// A task item's text as Obsidian Tasks and Dataview read it (docs/format.md, "Tasks"): the
/// symbol in its box, its dates and Tasks' other fields, and the words left for display.
///
/// Where the two plugins differ from each other, or Lantern is more lenient than they are (a
/// field anywhere in the text rather than at its end; a non-breaking space after a marker), the
/// choice is written down in docs/format.md; `TaskDialectTests` holds the parser to lines from
/// the plugins' own tests and docs.
enum TaskText {
    /// A task as read, with the values of date fields that are not dates.
    struct Parsed {
        var task: Task
        var invalid: [String] = []
    }

    enum Field { case due, done, scheduled, start, created, cancelled, recurrence, onCompletion, id, dependsOn, priority }

    /// Obsidian Tasks' emoji signifiers (`DefaultTaskSerializer`'s symbols, with the alternative
    /// due and scheduled markers Tasks and Dataview accept), each optionally followed by U+FE0F.
    static let emojiFields: [UInt32: Field] = [
        0x1F4C5: .due, 0x1F4C6: .due, 0x1F5D3: .due,  // 📅 📆 🗓
        0x2705: .done,  // ✅
        0x23F3: .scheduled, 0x231B: .scheduled,  // ⏳ ⌛
        0x1F6EB: .start, 0x2795: .created, 0x274C: .cancelled,  // 🛫 ➕ ❌
        0x1F501: .recurrence, 0x1F3C1: .onCompletion,  // 🔁 🏁
        0x1F194: .id, 0x26D4: .dependsOn,  // 🆔 ⛔
    ]
    /// 🔺 ⏫ 🔼 🔽 ⏬
    static let priorityMarks: [UInt32: TaskPriority] = [
        0x1F53A: .highest, 0x23EB: .high, 0x1F53C: .medium, 0x1F53D: .low, 0x23EC: .lowest,
    ]
    /// Dataview keys, canonical (lower case, as Dataview sanitizes them), and Lantern's `done`.
    static let dataviewFields: [String: Field] = [
        "due": .due, "completion": .done, "done": .done, "scheduled": .scheduled, "start": .start,
        "created": .created, "cancelled": .cancelled, "repeat": .recurrence, "oncompletion": .onCompletion,
        "id": .id, "dependson": .dependsOn, "priority": .priority,
    ]
    /// The date names also read as `name:: value` without brackets, and as `@name(value)`.
    static let bareDateNames: [(String, Field)] = [
        ("due", .due), ("completion", .done), ("done", .done), ("scheduled", .scheduled),
    ]

    /// Reads a list item's first paragraph; `nil` when it is not a task. A task starts with a box
    /// holding one character (`[ ]`, `[x]`, `[/]`, `[-]`…), alone or followed by a blank.
    static func parse(_ text: String, config: Config) -> Parsed? {
        guard let (symbol, rest) = box(text) else { return nil }
        var task = Task(text: "", symbol: symbol, status: config.taskStatus(symbol: symbol), location: .top)
        // Text without a field has nothing to take out: byte by byte when it is ASCII.
        if rest.utf8.allSatisfy({ $0 < 0x80 }), !rest.containsBytes("::"), !rest.containsBytes("@"), !rest.containsBytes("^") {
            task.text = collapsingBlanks(String(rest))
            return Parsed(task: task)
        }
        var reader = FieldReader(scalars: Array(rest.unicodeScalars), timeZone: config.timeZone, task: task)
        reader.read()
        return Parsed(task: reader.task, invalid: reader.invalid)
    }

    /// The symbol in the box and the text after it.
    static func box(_ text: String) -> (String, Substring)? {
        guard text.utf8.first == UInt8(ascii: "["), text.utf8.count >= 3 else { return nil }
        var i = text.index(after: text.startIndex)
        let symbol = text[i]
        guard symbol == " " || !symbol.isWhitespace else { return nil }
        i = text.index(after: i)
        guard i < text.endIndex, text[i] == "]" else { return nil }
        i = text.index(after: i)
        guard i == text.endIndex || text[i] == " " || text[i] == "\t" else { return nil }
        return (String(symbol), text[i...])
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
}

/// One pass over a task's text, left to right: every field it recognises is taken out and
/// recorded; everything else is kept, in order, for display.
private struct FieldReader {
    let scalars: [Unicode.Scalar]
    let timeZone: TimeZone
    var task: Task
    var invalid: [String] = []

    init(scalars: [Unicode.Scalar], timeZone: TimeZone, task: Task) {
        self.scalars = scalars
        self.timeZone = timeZone
        self.task = task
    }

    mutating func read() {
        var out = String.UnicodeScalarView()
        let hasDoubleColon = zip(scalars, scalars.dropFirst()).contains { $0 == ":" && $1 == ":" }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            var end: Int?
            if c.value >= 0x2000 {
                end = emoji(at: i)
            } else if c == "[" || c == "(" {
                end = hasDoubleColon ? inlineField(at: i) : nil
            } else if c == "@" {
                end = atField(at: i)
            } else if hasDoubleColon, isASCIILetter(c), i == 0 || !isWordScalar(scalars[i - 1]) {
                end = bareField(at: i)
            }
            if let end {
                out.append(" ")
                i = end
            } else {
                out.append(c)
                i += 1
            }
        }
        var text = String(out)
        takeBlockID(from: &text)
        task.text = TaskText.collapsingBlanks(text)
    }

    // MARK: - The forms of a field

    /// An emoji signifier and its value; `nil` when what follows is not a value of its field
    /// (`✅ done` is text, as in Tasks).
    mutating func emoji(at i: Int) -> Int? {
        let mark = scalars[i].value
        var j = i + 1
        if j < scalars.count, scalars[j] == "\u{FE0F}" { j += 1 }
        if let priority = TaskText.priorityMarks[mark] {
            task.priority = task.priority ?? priority
            return j
        }
        guard let field = TaskText.emojiFields[mark] else { return nil }
        while j < scalars.count, isBlank(scalars[j]) { j += 1 }
        guard j < scalars.count else { return nil }
        switch field {
        case .recurrence, .onCompletion, .id, .dependsOn:
            guard let (value, end) = run(from: j, of: field) else { return nil }
            record(field, value)
            return end
        default:
            // A date: digits start one (a date-shaped value that is no date is an error, as is the
            // "Invalid date" Tasks writes for one); anything else is text.
            if isASCIIDigit(scalars[j]) {
                var k = j
                while k < scalars.count, isASCIILetterOrDigit(scalars[k]) || ":+-.".unicodeScalars.contains(scalars[k]) { k += 1 }
                record(field, String(String.UnicodeScalarView(scalars[j..<k])))
                return k
            }
            let invalidDate = Array("Invalid date".unicodeScalars)
            if scalars[j...].starts(with: invalidDate) {
                record(field, "Invalid date")
                return j + invalidDate.count
            }
            return nil
        }
    }

    /// The value of a Tasks field that is not a date, starting at `start`: a run of the scalars
    /// its field allows, ending as Tasks' fields end (at the end of the text, a blank, a tag, a
    /// block id, a Dataview field or another signifier); `nil` when there is none.
    func run(from start: Int, of field: TaskText.Field) -> (String, Int)? {
        let allowed: (Unicode.Scalar) -> Bool
        switch field {
        case .recurrence: allowed = { isASCIILetterOrDigit($0) || $0 == "," || $0 == " " || $0 == "!" }
        case .onCompletion: allowed = isASCIILetter
        case .dependsOn: allowed = { isIDScalar($0) || $0 == "," || $0 == " " }
        default: allowed = isIDScalar
        }
        var k = start
        while k < scalars.count, allowed(scalars[k]) { k += 1 }
        if k < scalars.count {
            let next = scalars[k]
            guard isBlank(next) || next.value >= 0x2000 || "#^[(".unicodeScalars.contains(next) else { return nil }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<k])).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        return text.isEmpty ? nil : (text, k)
    }

    /// Dataview's `[key:: value]` or `(key:: value)`: the key trimmed and sanitized as Dataview
    /// does (`[Due :: …]` is `due`), the value up to the matching bracket.
    mutating func inlineField(at i: Int) -> Int? {
        let open = scalars[i]
        let close: Unicode.Scalar = open == "[" ? "]" : ")"
        var sep = i + 1
        while sep + 1 < scalars.count, !(scalars[sep] == ":" && scalars[sep + 1] == ":") {
            if "[]()".unicodeScalars.contains(scalars[sep]) { return nil }
            sep += 1
        }
        guard sep + 1 < scalars.count, let field = TaskText.dataviewFields[dataviewKey(scalars[(i + 1)..<sep])] else { return nil }
        // The value ends at the bracket that closes the field, nested brackets and `\` escapes skipped.
        var depth = 0
        var escaped = false
        var k = sep + 2
        while k < scalars.count {
            let c = scalars[k]
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == open {
                depth += 1
            } else if c == close {
                if depth == 0 { break }
                depth -= 1
            }
            k += 1
        }
        guard k < scalars.count else { return nil }
        let value = String(String.UnicodeScalarView(scalars[(sep + 2)..<k])).trimmingBlanks()
        if field == .priority {
            guard let priority = TaskPriority(rawValue: value.lowercased()) else { return nil }
            task.priority = task.priority ?? priority
        } else {
            record(field, value)
        }
        return k + 1
    }

    /// `due:: DATE` without brackets, at a word start; the value is one word.
    mutating func bareField(at i: Int) -> Int? {
        for (name, field) in TaskText.bareDateNames where matches(name, at: i) {
            var j = i + name.unicodeScalars.count
            while j < scalars.count, scalars[j] == " " { j += 1 }
            guard j + 1 < scalars.count, scalars[j] == ":", scalars[j + 1] == ":" else { continue }
            j += 2
            while j < scalars.count, isBlank(scalars[j]) { j += 1 }
            var k = j
            while k < scalars.count, !isBlank(scalars[k]) { k += 1 }
            record(field, String(String.UnicodeScalarView(scalars[j..<k])))
            return k
        }
        return nil
    }

    /// `@due(DATE)`, `@done(DATE)`: the value up to `)` (or the end).
    mutating func atField(at i: Int) -> Int? {
        for (name, field) in TaskText.bareDateNames where matches(name, at: i + 1) {
            let j = i + 1 + name.unicodeScalars.count
            guard j < scalars.count, scalars[j] == "(" else { continue }
            let k = scalars[(j + 1)...].firstIndex(of: ")") ?? scalars.count
            record(field, String(String.UnicodeScalarView(scalars[(j + 1)..<k])))
            return min(k + 1, scalars.count)
        }
        return nil
    }

    /// A trailing block id, ` ^e5bebf`, as Obsidian writes it.
    mutating func takeBlockID(from text: inout String) {
        let trimmed = text.trimmingBlanks()
        guard let caret = trimmed.lastIndex(of: "^") else { return }
        let id = trimmed[trimmed.index(after: caret)...]
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ isASCIILetterOrDigit($0) || $0 == "-" }),
            caret == trimmed.startIndex || trimmed[trimmed.index(before: caret)].isWhitespace
        else { return }
        task.blockID = String(id)
        text = String(trimmed[..<caret])
    }

    // MARK: - Values

    mutating func record(_ field: TaskText.Field, _ raw: String) {
        let value = raw.trimmingBlanks()
        switch field {
        case .recurrence: if !value.isEmpty { task.recurrence = task.recurrence ?? value }
        case .onCompletion: if !value.isEmpty { task.onCompletion = task.onCompletion ?? value.lowercased() }
        case .id: if !value.isEmpty { task.id = task.id ?? value }
        case .dependsOn:
            if task.dependsOn.isEmpty {
                task.dependsOn = value.split(separator: ",").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
            }
        case .priority: break
        case .due, .done, .scheduled, .start, .created, .cancelled:
            // An empty value is a field not filled in (Dataview reads it as null).
            guard !value.isEmpty else { return }
            guard let date = DateTime(parsing: value, in: timeZone) else {
                invalid.append(value)
                return
            }
            switch field {
            case .due where task.due == nil:
                task.due = date.day
                task.dueTime = date.time
            case .done: task.done = task.done ?? date.day
            case .scheduled: task.scheduled = task.scheduled ?? date.day
            case .start: task.start = task.start ?? date.day
            case .created: task.created = task.created ?? date.day
            case .cancelled: task.cancelled = task.cancelled ?? date.day
            default: break
            }
        }
    }

    // MARK: - Scalars

    /// A Dataview key as Dataview sanitizes it: letters and digits lower-cased, `_` and `-` kept,
    /// blanks inside the key as `-`, anything else (bold markers, emphasis) dropped.
    func dataviewKey(_ key: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        let trimmed = key.drop(while: isBlank).reversed().drop(while: isBlank).reversed()
        for c in trimmed {
            if isBlank(c) {
                out.append("-")
            } else if c.properties.isAlphabetic || isASCIIDigit(c) || c == "_" || c == "-" {
                out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    func matches(_ name: String, at i: Int) -> Bool {
        var j = i
        for n in name.unicodeScalars {
            guard j < scalars.count, scalars[j].properties.lowercaseMapping == String(n) else { return false }
            j += 1
        }
        return true
    }

    func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{A0}" || c == "\u{202F}" }
    func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    func isASCIILetter(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
    func isASCIILetterOrDigit(_ c: Unicode.Scalar) -> Bool { isASCIIDigit(c) || isASCIILetter(c) }
    func isIDScalar(_ c: Unicode.Scalar) -> Bool { isASCIILetterOrDigit(c) || c == "-" || c == "_" }
    func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || isASCIIDigit(c) }
}
