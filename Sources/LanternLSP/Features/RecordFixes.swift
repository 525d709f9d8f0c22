import LanternKit

extension LanguageServer {
    /// Quick fixes that record what a finding asks for, exactly as `lantern log` records it: the
    /// same request (`NoteLog.Request.complete`), the same code (`NoteLog.apply`) on the buffer's
    /// text, on the notebook's day; and the section a finding misses, from the notebook's template.
    func recordFixes(for rule: String, in doc: OpenDocument) -> [(title: String, edits: [TextEdit])] {
        guard let live = liveNotebook(of: doc), let path = doc.path.flatMap(live.relativePath(of:)),
            let note = live.notebook.note(at: path), note.interview != nil
        else { return [] }
        let notebook = live.notebook
        let hasBOM = doc.text.text.hasPrefix("\u{FEFF}")
        let text = withoutBOM(doc.text.text)
        func edits(_ new: String) -> [TextEdit] {
            TextDiff.edit(from: doc.text, to: (hasBOM ? "\u{FEFF}" : "") + new).map { [$0] } ?? []
        }
        var out: [(title: String, edits: [TextEdit])] = []
        for (event, what) in RecordFixes.events(for: rule) {
            var request = NoteLog.Request(event: event)
            let query = notebook.ledger.query(event.purpose, forNoteAt: path, in: notebook)
            request.query = query
            request.complete(for: note, in: notebook)
            guard let result = try? NoteLog.apply(request, to: text, path: path, config: live.config, today: notebook.today),
                !result.changes.isEmpty
            else { continue }
            out.append(("\(what) (lantern log \(query) \(event.rawValue))", edits(result.editor.text)))
        }
        if let kind = RecordFixes.missingSection(for: rule), let added = RecordFixes.adding(kind, to: text, note: note, in: notebook) {
            out.append(("Add the \(kind.rawValue.capitalized) section", edits(added)))
        }
        return out.filter { !$0.edits.isEmpty }
    }
}

/// Which findings a recorded event or a new section answers.
enum RecordFixes {
    /// The `lantern log` events that answer a finding, with what each does, in a few words.
    static func events(for rule: String) -> [(NoteLog.Event, String)] {
        switch rule {
        case "thank-you-missing": [(.thankYou, "Record the thank-you as sent today")]
        case "follow-up-overdue": [(.followUp, "Record a follow-up sent today")]
        case "attempts-exhausted": [(.dropped, "Take them off your list"), (.reply, "Record their reply, today")]
        // A reply today would not undo the attempt made before it: only dropping them answers it.
        case "attempt-after-limit": [(.dropped, "Take them off your list")]
        case "status-stale": [(.done, "Record the meeting as held")]
        case "introducer-not-updated": [(.updateIntroducer, "Record that you told your introducer how it went")]
        default: []
        }
    }

    /// The section a finding says is missing.
    static func missingSection(for rule: String) -> SectionKind? {
        switch rule {
        case "referrals-missing": .referrals
        case "prep-research-missing": .research
        default: nil
        }
    }

    /// The note with a `kind` section added, as the notebook's template starts it, before the
    /// first section the template puts after it (at the end without one).
    static func adding(_ kind: SectionKind, to text: String, note: Note, in notebook: Notebook) -> String? {
        guard note.body.section(kind) == nil, var editor = try? FrontMatterEditor(text: text) else { return nil }
        let lines = (try? Authoring.sectionLines(kind, templates: Templates(root: notebook.root), config: notebook.config)) ?? nil
        let order: [SectionKind] = [.outreach, .research, .questions, .notes, .referrals, .actions]
        let later = order.drop { $0 != kind }.dropFirst()
        let before = note.body.sections.first { section in section.kind.map(later.contains) ?? false }
        editor.add(
            [], toSection: nil, of: note.body, title: kind.rawValue.capitalized,
            newSection: lines ?? (kind == .referrals ? NoteLog.builtinReferralsSection : nil),
            before: before)
        return editor.text
    }
}

/// The one edit that turns a document's text into another: the lines between those both begin
/// and end with.
enum TextDiff {
    static func edit(from old: DocumentText, to new: String) -> TextEdit? {
        let a = Array(old.text.utf8), b = Array(new.utf8)
        guard a != b else { return nil }
        let la = lines(a), lb = lines(b)
        var head = 0
        while head < la.count, head < lb.count, la[head] == lb[head] { head += 1 }
        var tail = 0
        while tail < la.count - head, tail < lb.count - head, la[la.count - 1 - tail] == lb[lb.count - 1 - tail] { tail += 1 }
        let start = la[..<head].reduce(0) { $0 + $1.count }
        let endA = a.count - la.suffix(tail).reduce(0) { $0 + $1.count }
        let endB = b.count - lb.suffix(tail).reduce(0) { $0 + $1.count }
        return TextEdit(
            range: TextRange(start: old.position(ofOffset: start), end: old.position(ofOffset: endA)),
            newText: String(decoding: b[start..<endB], as: UTF8.self))
    }

    /// The lines of a text, each with its line ending (the last one may have none).
    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 10 {
            out.append(bytes[start...i])
            start = i + 1
        }
        if start < bytes.count { out.append(bytes[start...]) }
        return out
    }
}
