import LanternKit

/// What the features need to know of a buffer's lines while it is being typed (and may not parse
/// yet): where the front matter is, which key each of its lines belongs to, and the word at a place.
struct BufferLayout {
    let text: DocumentText
    /// The closing fence's line (0-based); `nil` without front matter.
    let frontMatterEnd: Int?
    /// Whether the front matter opens on line 0 (closed or not).
    let opens: Bool

    init(_ text: DocumentText) {
        self.text = text
        var first = Substring(text.line(0))
        if first.hasPrefix("\u{FEFF}") { first = first.dropFirst() }
        opens = BufferLayout.isFence(first, closing: false)
        var end: Int?
        if opens {
            for n in 1..<max(1, text.lineCount) where BufferLayout.isFence(text.line(n), closing: true) {
                end = n
                break
            }
        }
        frontMatterEnd = end
    }

    /// `---` (or, closing, `...`), then only blanks: as the note reader sees a fence.
    static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let s = line.trimmingTrailingBlanks()
        return s == "---" || (closing && s == "...")
    }

    /// Whether line `n` is inside the front matter (between the fences; to the end while unclosed).
    func inFrontMatter(_ n: Int) -> Bool {
        guard opens, n > 0 else { return false }
        return frontMatterEnd.map { n < $0 } ?? true
    }

    /// The line after the front matter (0 without one).
    var bodyStart: Int { frontMatterEnd.map { $0 + 1 } ?? 0 }

    /// The line ending the buffer uses.
    var lineEnding: String { text.text.utf8.contains(13) && text.text.contains("\r\n") ? "\r\n" : "\n" }

    // MARK: - Keys

    /// A top-level key line of the front matter.
    struct KeyLine {
        var line: Int
        /// As written.
        var raw: String
        /// Normalized (`normalizeKey`).
        var name: String
        /// UTF-16 offsets of the key on its line.
        var start: Int
        var end: Int
        /// The UTF-16 offset just after the colon.
        var afterColon: Int
    }

    /// The top-level key written on line `n`, if any.
    func key(onLine n: Int) -> KeyLine? {
        guard inFrontMatter(n) else { return nil }
        let line = text.line(n)
        guard let first = line.first, first != " ", first != "-", first != "#", first != "\t" else { return nil }
        guard let colon = BufferLayout.keyColon(in: line) else { return nil }
        var raw = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
        if raw.count >= 2, let q = raw.first, q == raw.last, q == "\"" || q == "'" { raw = String(raw.dropFirst().dropLast()) }
        guard !raw.isEmpty else { return nil }
        return KeyLine(
            line: n, raw: raw, name: normalizeKey(raw), start: 0, end: line[..<colon].trimmingTrailingBlanks().utf16.count,
            afterColon: line[...colon].utf16.count)
    }

    /// The colon that ends a key: the first `:` followed by a blank or the end of the line.
    static func keyColon(in line: Substring) -> Substring.Index? {
        var i = line.startIndex
        while i < line.endIndex {
            if line[i] == ":" {
                let next = line.index(after: i)
                if next == line.endIndex || line[next] == " " || line[next] == "\t" { return i }
            }
            i = line.index(after: i)
        }
        return nil
    }

    /// The value written after a key on its line, without the blanks around it, and the UTF-16
    /// offset where it starts.
    func value(of key: KeyLine) -> (text: Substring, start: Int) {
        let line = text.line(key.line)
        guard let colon = BufferLayout.keyColon(in: line) else { return ("", line.utf16.count) }
        let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }.trimmingTrailingBlanks()
        return (value, line[..<value.startIndex].utf16.count)
    }

    /// Every top-level key of the front matter.
    var keys: [KeyLine] {
        guard opens else { return [] }
        let last = frontMatterEnd ?? text.lineCount
        return (1..<max(1, last)).compactMap(key(onLine:))
    }

    /// The top-level key whose value line `n` belongs to (its own, or the nearest above for an
    /// indented line).
    func owningKey(ofLine n: Int) -> KeyLine? {
        guard inFrontMatter(n) else { return nil }
        var k = n
        while k > 0 {
            if let key = key(onLine: k) { return key }
            k -= 1
        }
        return nil
    }

    // MARK: - Words

    /// The UTF-16 range on line `n` of the run of characters around `character` that satisfy `isPart`.
    func word(onLine n: Int, at character: Int, _ isPart: (Character) -> Bool) -> (start: Int, end: Int, text: String) {
        let line = text.line(n)
        var units = 0
        var start = 0, startIndex = line.startIndex
        var index = line.startIndex
        // Walk to the cursor, remembering where the current run began.
        while index < line.endIndex, units < character {
            let ch = line[index]
            units += ch.utf16.count
            index = line.index(after: index)
            if !isPart(ch) {
                start = units
                startIndex = index
            }
        }
        var endIndex = index
        var end = units
        while endIndex < line.endIndex, isPart(line[endIndex]) {
            end += line[endIndex].utf16.count
            endIndex = line.index(after: endIndex)
        }
        return (start, end, String(line[startIndex..<endIndex]))
    }

    /// The text of line `n` before UTF-16 offset `character`.
    func prefix(ofLine n: Int, before character: Int) -> Substring {
        let line = text.line(n)
        var units = 0
        var index = line.startIndex
        while index < line.endIndex, units < character {
            units += line[index].utf16.count
            index = line.index(after: index)
        }
        return line[..<index]
    }
}

extension Substring {
    func trimmingTrailingBlanks() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[startIndex..<end]
    }
}

extension Body {
    /// The innermost recognised section that line `line` (1-based, of the file) stands in, as the
    /// note reader attributes list items to sections: every heading opens a section that lasts
    /// until the next heading of the same or a higher level.
    func section(containing line: Int) -> Section? {
        var open: [Section] = []
        for section in sections where section.location.line <= line {
            while let last = open.last, last.level >= section.level { open.removeLast() }
            open.append(section)
        }
        return open.last { $0.kind != nil }
    }
}
