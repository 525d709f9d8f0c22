/// The few body lines `lantern log` may touch: ticking the one task that stands for the event, and
/// adding one line to a section. Like the front-matter edits, each is a whole-line `LineEdit`, so
/// the diff shows it and undoing it gives back the file byte for byte.
///
/// Lines are counted in the note as it was read: front-matter edits made before a body edit
/// (which move the body down) are allowed for.
extension FrontMatterEditor {
    /// How far front-matter edits have moved the body.
    var bodyShift: Int { closingFence - body.upperBound }

    /// Ticks the open task on `line` (1-based) as done on `day`, as Obsidian Tasks writes it:
    /// `- [ ] Send thank-you note` → `- [x] Send thank-you note ✅ 2026-11-22`. Returns the new
    /// line's text, or `nil` when that line holds no open task box.
    @discardableResult
    public mutating func tickTask(atLine line: Int, on day: Day) -> String? {
        let index = line - 1 + bodyShift
        guard lines.indices.contains(index), index > closingFence else { return nil }
        let old = lines[index]
        guard let box = old.text.range(of: "[ ]") else { return nil }
        var text = old.text.replacingCharacters(in: box, with: "[x]")
        while text.last == " " || text.last == "\t" { text.removeLast() }
        text += " ✅ \(day)"
        apply(LineEdit(start: index, removed: [old], inserted: [Line(text: text, ending: old.ending)]))
        return text
    }

    /// Adds `texts` after the last line of `section`'s own text (before any subsection), or,
    /// without one, a new section — `newSection`'s lines (the template's heading and comment), else
    /// `## title` — just before the heading of `before`, or at the end of the note.
    public mutating func add(
        _ texts: [String], toSection section: Section?, of body: Body, title: String,
        newSection: [String]? = nil, before: Section? = nil
    ) {
        let ending = newline
        let line = { (text: String) in Line(text: text, ending: ending) }
        if let section {
            // Its own lines end at the next heading (a subsection's items are the subsection's).
            let next = body.sections.first { $0.location.line > section.location.line }
            let heading = section.location.line - 1 + bodyShift
            var end = next.map { $0.location.line - 1 + bodyShift } ?? lines.count  // index after the section's last line
            while end > heading + 1, lines[end - 1].text.trimmingBlanks().isEmpty { end -= 1 }
            var inserted = texts.map(line)
            // A list after a paragraph gets the blank line that sets it apart.
            let above = lines[end - 1].text.drop { $0 == " " }
            let isItem = ["- ", "* ", "+ "].contains { above.hasPrefix($0) } || above.first?.isNumber == true
            if end > heading + 1, !isItem, texts.first?.hasPrefix("- ") == true { inserted.insert(line(""), at: 0) }
            if end == lines.count, let last = lines.last, last.ending.isEmpty {
                // The note ends without a line break: the last line gets one, the new one none.
                apply(LineEdit(start: end - 1, removed: [last], inserted: [Line(text: last.text, ending: ending)]))
                inserted[inserted.count - 1].ending = ""
            }
            apply(LineEdit(start: end, removed: [], inserted: inserted))
            return
        }
        var opening = newSection ?? ["## " + title, ""]
        if opening.last.map({ !$0.trimmingBlanks().isEmpty }) ?? false { opening.append("") }
        let new = (opening + texts).map(line)
        if let before {
            // Before the next section's heading, with a blank line after.
            let at = before.location.line - 1 + bodyShift
            apply(LineEdit(start: at, removed: [], inserted: new + [line("")]))
            return
        }
        var start = lines.count
        var prefix: [Line] = []
        if let last = lines.last, last.ending.isEmpty {
            // The note ends without a line break: give its last line one.
            start -= 1
            prefix.append(Line(text: last.text, ending: ending))
            if !last.text.trimmingBlanks().isEmpty { prefix.append(line("")) }
            apply(LineEdit(start: start, removed: [last], inserted: prefix + new))
            return
        }
        if let last = lines.last, !last.text.trimmingBlanks().isEmpty { prefix.append(line("")) }
        apply(LineEdit(start: start, removed: [], inserted: prefix + new))
    }

    /// Removes a scalar key's line from the front matter (`next_follow_up` when a snooze ends).
    public mutating func remove(_ key: String) {
        guard let r = region(of: key) else { return }
        // The key's line and its indented continuation lines; comments and blank lines after it stay.
        var end = r.line + 1
        while end < r.end, let first = lines[end].text.first, first == " " || first == "\t",
            !lines[end].text.trimmingBlanks().hasPrefix("#")
        { end += 1 }
        apply(LineEdit(start: r.line, removed: Array(lines[r.line..<end]), inserted: []))
    }
}
