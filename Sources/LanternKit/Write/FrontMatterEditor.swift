/// Edits a note's front matter by whole lines, leaving every other byte as it was: key order,
/// comments, quoting, indentation, blank lines, the BOM and each line's own ending.
///
/// Each change is a `LineEdit` (lines removed and inserted at one place), so the edits of an event
/// can be shown as a diff, applied, and undone byte for byte.
public struct FrontMatterEditor: Sendable {
    /// One line of the file: its text and its own line ending (`\n`, `\r\n`, or none at the end).
    public struct Line: Hashable, Sendable {
        public var text: String
        public var ending: String
    }

    /// Lines `start..<start+removed.count` replaced by `inserted`.
    public struct LineEdit: Hashable, Sendable {
        public var start: Int
        public var removed: [Line]
        public var inserted: [Line]

        /// The edit that undoes this one (applied to the edited lines).
        public var reversed: LineEdit { LineEdit(start: start, removed: inserted, inserted: removed) }
    }

    public enum Failure: Error, CustomStringConvertible, Sendable, Equatable {
        case noFrontMatter
        case notAList(key: String, line: Int)
        case unclosedList(key: String, line: Int)

        public var description: String {
            switch self {
            case .noFrontMatter: "the note has no front matter (a block between --- lines at the top) to record this in"
            case .notAList(let key, let line):
                "line \(line): \(key) is not a list, so nothing can be added to it; make it one (\(key): [ ... ]) or fix it by hand"
            case .unclosedList(let key, let line):
                "line \(line): the list of \(key) that starts here has no closing ], so nothing can be added to it; close it or fix it by hand"
            }
        }
    }

    public private(set) var lines: [Line]
    public let hasBOM: Bool
    /// The index of the first front-matter line and of the closing fence.
    let body: Range<Int>
    /// The line ending new lines get: the one of the opening fence.
    let newline: String
    public private(set) var edits: [LineEdit] = []

    public init(text: String) throws(Failure) {
        var rest = Substring(text)
        hasBOM = rest.hasPrefix("\u{FEFF}")
        if hasBOM { rest = rest.dropFirst() }
        let all = FrontMatterEditor.split(rest)
        lines = all
        guard let first = all.first, first.text.trimmingCharacters(in: .whitespaces) == "---" else { throw .noFrontMatter }
        guard let close = all.indices.dropFirst().first(where: { ["---", "..."].contains(all[$0].text.trimmingCharacters(in: .whitespaces)) })
        else { throw .noFrontMatter }
        body = 1..<close
        closingFence = close
        newline = first.ending.isEmpty ? "\n" : first.ending
    }

    static func split(_ text: Substring) -> [Line] {
        var out: [Line] = []
        let u = text.utf8
        var start = u.startIndex
        var i = u.startIndex
        while i < u.endIndex {
            if u[i] == UInt8(ascii: "\n") {
                var end = i
                var ending = "\n"
                if end > start, u[u.index(before: end)] == UInt8(ascii: "\r") {
                    end = u.index(before: end)
                    ending = "\r\n"
                }
                out.append(Line(text: String(text[start..<end]), ending: ending))
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        if start < u.endIndex { out.append(Line(text: String(text[start...]), ending: "")) }
        return out
    }

    /// The whole file, as it is now.
    public var text: String {
        (hasBOM ? "\u{FEFF}" : "") + lines.map { $0.text + $0.ending }.joined()
    }

    // MARK: - Reading keys

    /// The top-level key on a line (normalized), if the line starts one.
    static func key(of line: String) -> String? {
        guard let first = line.first, first != " ", first != "\t", first != "#", first != "-" else { return nil }
        var name = ""
        var quote: Character?
        for ch in line {
            if let q = quote {
                if ch == q { quote = nil } else { name.append(ch) }
                continue
            }
            if ch == "\"" || ch == "'" { quote = ch; continue }
            if ch == ":" { return normalizeKey(name) }
            name.append(ch)
        }
        return nil
    }

    /// Where a key is: its line and the lines that belong to its value (up to the next key).
    func region(of key: String) -> (line: Int, end: Int)? {
        let current = body.lowerBound..<closingFence
        guard let at = current.first(where: { FrontMatterEditor.key(of: lines[$0].text) == key }) else { return nil }
        let end = current.dropFirst(at - current.lowerBound + 1).first { FrontMatterEditor.key(of: lines[$0].text) != nil } ?? closingFence
        return (at, end)
    }

    /// The closing fence's index now: front-matter edits move it, body edits (below it) do not.
    private(set) var closingFence: Int

    /// The key line split into `key:` with its spacing, the value as written, and a trailing comment.
    static func parts(of line: String) -> (head: String, value: String, comment: String) {
        var quote: Character?
        var sawColon = false
        var headEnd = line.endIndex
        var index = line.startIndex
        while index < line.endIndex {
            let ch = line[index]
            if let q = quote {
                if ch == q { quote = nil }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == ":" {
                sawColon = true; headEnd = line.index(after: index); break
            }
            index = line.index(after: index)
        }
        guard sawColon else { return (line, "", "") }
        var valueStart = headEnd
        while valueStart < line.endIndex, line[valueStart] == " " || line[valueStart] == "\t" { valueStart = line.index(after: valueStart) }
        let head = String(line[..<valueStart])
        let rest = line[valueStart...]
        // A comment starts at " #" outside quotes.
        quote = nil
        var previous: Character = " "
        var i = rest.startIndex
        while i < rest.endIndex {
            let ch = rest[i]
            if let q = quote {
                if ch == q { quote = nil }
            } else if (ch == "\"" || ch == "'") && i == rest.startIndex {
                quote = ch
            } else if ch == "#" && (previous == " " || previous == "\t") {
                var valueEnd = i
                while valueEnd > rest.startIndex, rest[rest.index(before: valueEnd)] == " " || rest[rest.index(before: valueEnd)] == "\t" {
                    valueEnd = rest.index(before: valueEnd)
                }
                return (head, String(rest[..<valueEnd]), String(rest[valueEnd...]))
            }
            previous = ch
            i = rest.index(after: i)
        }
        var value = String(rest)
        var trailing = ""
        while let last = value.last, last == " " || last == "\t" { trailing.insert(last, at: trailing.startIndex); value.removeLast() }
        return (head, value, trailing)
    }

    /// The value of a top-level scalar key as written (quotes removed), if present.
    public func value(of key: String) -> String? {
        guard let r = region(of: key) else { return nil }
        let value = FrontMatterEditor.parts(of: lines[r.line].text).value
        return YAMLScalar.unquote(value)
    }

    // MARK: - Editing

    mutating func apply(_ edit: LineEdit) {
        if edit.start <= closingFence { closingFence += edit.inserted.count - edit.removed.count }
        lines.replaceSubrange(edit.start..<(edit.start + edit.removed.count), with: edit.inserted)
        edits.append(edit)
    }

    /// Sets a scalar key, keeping its spelling, spacing, quoting style and comment; a missing key
    /// is added as the last front-matter line.
    public mutating func set(_ key: String, to value: String) {
        if let r = region(of: key) {
            let old = lines[r.line]
            let (head, written, comment) = FrontMatterEditor.parts(of: old.text)
            var text = head + YAMLScalar.render(value, like: written, in: .block)
            if !comment.isEmpty { text += (comment.first == "#" ? " " : "") + comment }
            guard text != old.text else { return }
            apply(LineEdit(start: r.line, removed: [old], inserted: [Line(text: text, ending: old.ending)]))
        } else {
            insertAtEnd([key + ": " + YAMLScalar.render(value, in: .block)])
        }
    }

    /// What a new list entry is written after: the list's last item as written (its lines
    /// trimmed and joined by "\n"; empty for an empty list), and whether it goes in a flow list.
    public struct ListContext: Sendable {
        public var last: String
        public var position: YAMLScalar.Position
    }

    /// Appends an item to a list key, in the list's own style (block or flow, on one line or
    /// several, its indentation, dash spacing and quoting); a missing key becomes a block list.
    /// `item` is rendered from the list's context, so it can follow a map style too.
    public mutating func append(_ key: String, item: (ListContext) -> [String]) throws(Failure) {
        guard let r = region(of: key) else {
            insertAtEnd([key + ":"] + item(ListContext(last: "", position: .block)).map { "  - " + $0 })
            return
        }
        let keyLine = lines[r.line]
        let (head, written, _) = FrontMatterEditor.parts(of: keyLine.text)
        if written.hasPrefix("[") {
            try appendFlow(key, from: r.line, column: head.count, end: r.end, item: item)
            return
        }
        guard written.isEmpty else { throw .notAList(key: key, line: r.line + 1) }
        // The list may start on the next line: `attempts:` then `  [a, b]`.
        let valueLines = ((r.line + 1)..<r.end).filter {
            let t = lines[$0].text.drop { $0 == " " || $0 == "\t" }
            return !t.isEmpty && !t.hasPrefix("#")
        }
        if let first = valueLines.first, let bracket = lines[first].text.firstIndex(where: { $0 != " " && $0 != "\t" }),
            lines[first].text[bracket] == "["
        {
            try appendFlow(
                key, from: first, column: lines[first].text.distance(from: lines[first].text.startIndex, to: bracket),
                end: r.end, item: item)
            return
        }
        // A block list: items are the lines of the region that start with "-" after their indent.
        let region = (r.line + 1)..<r.end
        let itemStarts = region.filter { lines[$0].text.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("-") }
        guard let lastStart = itemStarts.last else {
            guard valueLines.isEmpty else { throw .notAList(key: key, line: valueLines[0] + 1) }
            let ending = keyLine.ending.isEmpty ? newline : keyLine.ending
            let new = item(ListContext(last: "", position: .block)).enumerated().map {
                Line(text: ($0.offset == 0 ? "  - " : "    ") + $0.element, ending: ending)
            }
            apply(LineEdit(start: r.line + 1, removed: [], inserted: new))
            return
        }
        // The last item ends at the last indented, non-comment line after its start.
        var lastLine = lastStart
        for i in (lastStart + 1)..<r.end {
            let t = lines[i].text
            let stripped = t.drop(while: { $0 == " " || $0 == "\t" })
            if stripped.isEmpty || stripped.hasPrefix("#") { continue }
            if t.first == " " || t.first == "\t" { lastLine = i } else { break }
        }
        let startText = lines[lastStart].text
        let indent = String(startText.prefix { $0 == " " || $0 == "\t" })
        let afterIndent = startText.dropFirst(indent.count)
        let dash = "-" + String(afterIndent.dropFirst().prefix { $0 == " " })
        let firstItemText = String(afterIndent.dropFirst(dash.count))
        let continuation: String
        if lastLine > lastStart {
            continuation = String(lines[lastStart + 1].text.prefix { $0 == " " || $0 == "\t" })
        } else {
            continuation = indent + String(repeating: " ", count: dash.count)
        }
        // The last item as written, its continuation lines trimmed (a block map's "via: …").
        let lastItem = ([firstItemText] + lines[(lastStart + 1)..<(lastLine + 1)].map { $0.text.trimmingBlanks() }).joined(separator: "\n")
        let ending = lines[lastLine].ending.isEmpty ? newline : lines[lastLine].ending
        let new = item(ListContext(last: lastItem, position: .block)).enumerated().map {
            Line(text: ($0.offset == 0 ? indent + dash : continuation) + $0.element, ending: ending)
        }
        apply(LineEdit(start: lastLine + 1, removed: [], inserted: new))
    }

    /// Appends to a flow list whose `[` is on line `start` at `column` (in characters), and which
    /// may go on over the following lines up to `end`. One item per line stays one item per line;
    /// otherwise the entry joins the last item's line (`[a, b]` → `[a, b, new]`).
    mutating func appendFlow(_ key: String, from start: Int, column: Int, end: Int, item: (ListContext) -> [String]) throws(Failure) {
        guard let list = FlowList(lines[start..<end].map(\.text), firstLine: start, column: column) else {
            throw .unclosedList(key: key, line: start + 1)
        }
        let new = item(ListContext(last: list.lastItem, position: .flow)).joined(separator: " ")
        func replace(_ index: Int, _ texts: [String]) {
            let old = lines[index]
            apply(LineEdit(start: index, removed: [old], inserted: texts.map { Line(text: $0, ending: old.ending.isEmpty ? newline : old.ending) }))
        }
        func insert(_ text: String, into index: Int, at offset: Int) -> String {
            let chars = Array(lines[index].text)
            return String(chars[..<offset]) + text + String(chars[offset...])
        }
        guard let last = list.lastItemEnd else {
            // Empty: `[]`, `[ ]`, or `[` and `]` on lines of their own.
            if list.close.line == list.open.line {
                let chars = Array(lines[list.open.line].text)
                replace(list.open.line, [String(chars[...list.open.offset]) + new + String(chars[list.close.offset...])])
            } else {
                let indent = String(lines[list.close.line].text.prefix { $0 == " " || $0 == "\t" })
                let ending = lines[list.close.line].ending.isEmpty ? newline : lines[list.close.line].ending
                apply(LineEdit(start: list.close.line, removed: [], inserted: [Line(text: indent + "  " + new, ending: ending)]))
            }
            return
        }
        if list.onePerLine {
            // The entry gets a line of its own, indented as the last item, with a comma as the items have.
            let line = last.line
            let indent = String(lines[line].text.prefix { $0 == " " || $0 == "\t" })
            let ending = lines[line].ending.isEmpty ? newline : lines[line].ending
            if list.trailingComma {
                apply(LineEdit(start: line + 1, removed: [], inserted: [Line(text: indent + new + ",", ending: ending)]))
            } else {
                let old = lines[line]
                apply(
                    LineEdit(
                        start: line, removed: [old],
                        inserted: [
                            Line(text: insert(",", into: line, at: last.offset), ending: ending),
                            Line(text: indent + new, ending: ending),
                        ]))
            }
            return
        }
        replace(last.line, [insert(", " + new, into: last.line, at: last.offset)])
    }

    /// A flow list read for appending: where it opens and closes, where its last item ends, and
    /// how its items are laid out. Quotes, nested `[…]`/`{…}` and `#` comments are skipped over.
    struct FlowList {
        struct Place { var line: Int; var offset: Int }
        var open: Place
        var close: Place
        /// Just after the last character of the last item.
        var lastItemEnd: Place?
        var lastItem = ""
        /// A `,` follows the last item.
        var trailingComma = false
        /// Every item starts its own line, and the `]` is on a line after the last item.
        var onePerLine = false

        init?(_ texts: [String], firstLine: Int, column: Int) {
            open = Place(line: firstLine, offset: column)
            close = open
            var depth = 0
            var quote: Character?
            var escaped = false
            var scalarStart = true
            var itemStarts: [Place] = []
            var itemText = ""
            var closed = false
            lines: for (n, text) in texts.enumerated() {
                let chars = Array(text)
                var i = n == 0 ? column : 0
                var previous: Character = " "
                while i < chars.count {
                    let ch = chars[i]
                    defer { previous = ch; i += 1 }
                    let place = Place(line: firstLine + n, offset: i)
                    if let q = quote {
                        itemText.append(ch)
                        if escaped {
                            escaped = false
                        } else if q == "\"" && ch == "\\" {
                            escaped = true
                        } else if q == "'" && ch == "'" && i + 1 < chars.count && chars[i + 1] == "'" {
                            itemText.append("'")  // '' is a quote inside single quotes
                            i += 1
                        } else if ch == q {
                            quote = nil
                        }
                        lastItemEnd = Place(line: place.line, offset: i + 1)
                        continue
                    }
                    if ch == " " || ch == "\t" { if depth > 1 || !itemText.isEmpty { itemText.append(ch) }; continue }
                    if ch == "#", previous == " " || previous == "\t" || i == 0 { continue lines }
                    if depth == 0 {
                        guard ch == "[" else { return nil }
                        depth = 1
                        scalarStart = true
                        continue
                    }
                    if depth == 1, ch == "]" {
                        close = place
                        closed = true
                        break lines
                    }
                    if depth == 1, ch == "," {
                        trailingComma = true
                        scalarStart = true
                        continue
                    }
                    if depth == 1, itemText.isEmpty || trailingComma {
                        // A new item starts.
                        itemStarts.append(place)
                        itemText = ""
                        trailingComma = false
                    }
                    if (ch == "'" || ch == "\"") && scalarStart { quote = ch }
                    if ch == "[" || ch == "{" { depth += 1 }
                    if ch == "]" || ch == "}" { depth -= 1 }
                    scalarStart = ch == "[" || ch == "{" || ch == "," || ch == ":"
                    itemText.append(ch)
                    lastItemEnd = Place(line: place.line, offset: i + 1)
                }
                if !itemText.isEmpty, depth >= 1 { itemText.append("\n") }
            }
            guard closed else { return nil }
            lastItem = itemText.split(separator: "\n").map { $0.trimmingBlanks() }.joined(separator: "\n")
            if let end = lastItemEnd, let first = itemStarts.first {
                let eachOwnLine = itemStarts.allSatisfy { start in
                    Array(texts[start.line - firstLine])[..<start.offset].allSatisfy { $0 == " " || $0 == "\t" }
                }
                onePerLine = first.line > firstLine && eachOwnLine && close.line > end.line
            }
        }
    }

    /// Adds lines just before the closing fence.
    mutating func insertAtEnd(_ texts: [String]) {
        let at = closingFence
        let ending = at > 0 && !lines[at - 1].ending.isEmpty ? lines[at - 1].ending : newline
        apply(LineEdit(start: at, removed: [], inserted: texts.map { Line(text: $0, ending: ending) }))
    }

    // MARK: - Undo and diff

    /// The file with every edit undone: the original bytes.
    public var undone: String {
        var copy = lines
        for edit in edits.reversed() {
            let undo = edit.reversed
            copy.replaceSubrange(undo.start..<(undo.start + undo.removed.count), with: undo.inserted)
        }
        return (hasBOM ? "\u{FEFF}" : "") + copy.map { $0.text + $0.ending }.joined()
    }

    /// A unified diff (3 lines of context) from the original file to the edited one, each line
    /// with its own ending and the byte-order mark on the first, as `patch` needs them.
    public func diff(path: String) -> String {
        let lines = { (text: String) in FrontMatterEditor.split(Substring(text)).map { $0.text + $0.ending } }
        return UnifiedDiff.make(lines(undone), lines(text), path: path)
    }
}
