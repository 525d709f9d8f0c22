/// The few body lines `lantern log` may touch: ticking the one task that stands for the event, and
/// adding one line to a section. Like the front-matter edits, each is a whole-line `LineEdit`, so
/// the diff shows it and undoing it gives back the file byte for byte.
///
/// Body edits go before any front-matter edit of the same event: lines are counted in the note as
/// it was read.
extension FrontMatterEditor {
    /// Ticks the open task on `line` (1-based) as done on `day`, as Obsidian Tasks writes it:
    /// `- [ ] Send thank-you note` → `- [x] Send thank-you note ✅ 2026-11-22`. Returns the new
    /// line's text, or `nil` when that line holds no open task box.
    @discardableResult
    public mutating func tickTask(atLine line: Int, on day: Day) -> String? {
        let index = line - 1
        guard lines.indices.contains(index), index >= closingFence else { return nil }
        let old = lines[index]
        guard let box = old.text.range(of: "[ ]") else { return nil }
        var text = old.text.replacingCharacters(in: box, with: "[x]")
        while text.last == " " || text.last == "\t" { text.removeLast() }
        text += " ✅ \(day)"
        apply(LineEdit(start: index, removed: [old], inserted: [Line(text: text, ending: old.ending)]))
        return text
    }

    /// Adds `texts` as the last lines of `section` (after its last line that is not blank), or,
    /// without one, a new `## title` section with them at the end of the note.
    public mutating func add(_ texts: [String], toSection section: Section?, of body: Body, title: String) {
        let ending = newline
        if let section {
            // The section runs to the next heading of the same or a higher level.
            let next = body.sections.first { $0.location.line > section.location.line && $0.level <= section.level }
            var end = (next.map { $0.location.line - 1 } ?? lines.count)  // index after the section's last line
            while end > section.location.line, lines[end - 1].text.trimmingBlanks().isEmpty { end -= 1 }
            var inserted = texts.map { Line(text: $0, ending: ending) }
            if end == lines.count, let last = lines.last, last.ending.isEmpty {
                // The note ends without a line break: the last line gets one, the new one none.
                apply(LineEdit(start: end - 1, removed: [last], inserted: [Line(text: last.text, ending: ending)]))
                inserted[inserted.count - 1].ending = ""
            }
            apply(LineEdit(start: end, removed: [], inserted: inserted))
            return
        }
        var start = lines.count
        var new: [Line] = []
        if let last = lines.last, last.ending.isEmpty {
            start -= 1
            new.append(Line(text: last.text, ending: ending))
            if !last.text.trimmingBlanks().isEmpty { new.append(Line(text: "", ending: ending)) }
            apply(LineEdit(start: start, removed: [last], inserted: new + [Line(text: "## " + title, ending: ending), Line(text: "", ending: ending)]
                           + texts.map { Line(text: $0, ending: ending) }))
            return
        }
        if let last = lines.last, !last.text.trimmingBlanks().isEmpty { new.append(Line(text: "", ending: ending)) }
        new += [Line(text: "## " + title, ending: ending), Line(text: "", ending: ending)] + texts.map { Line(text: $0, ending: ending) }
        apply(LineEdit(start: start, removed: [], inserted: new))
    }
}
