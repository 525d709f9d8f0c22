import LanternKit

extension LanguageServer {
    /// Quick fixes for Lantern's findings on the lines asked about, worked out against the buffer as it is:
    /// record what the finding asks for as `lantern log` would (a thank-you, a follow-up, a reply,
    /// dropped, a held meeting, news for the introducer), add a missing section from the template,
    /// rename a misspelt key to its suggestion, write an unambiguous bad date the way docs/format.md
    /// wants it, and turn the rule off for this file.
    func codeActions(in doc: OpenDocument, for params: CodeActionParams) -> [CodeAction] {
        if let only = params.context.only, !only.contains(where: { $0 == "quickfix" || "quickfix".hasPrefix($0 + ".") || $0 == "" }) { return [] }
        let fixes = QuickFixes(text: doc.text)
        var out: [CodeAction] = []
        var disabling: Set<String> = []
        // The findings published for the document that touch the lines asked about.
        let asked = params.range.start.line...max(params.range.start.line, params.range.end.line)
        let found = (published[doc.uri] ?? []).filter { asked.overlaps($0.range.start.line...$0.range.end.line) }
        for diagnostic in found {
            guard let rule = diagnostic.code, LanternKit.rule(withID: rule) != nil else { continue }
            for (title, edits) in recordFixes(for: rule, in: doc) + fixes.fixes(for: rule, at: diagnostic.range) {
                out.append(
                    CodeAction(
                        title: title, kind: "quickfix", diagnostics: [diagnostic], isPreferred: true,
                        edit: WorkspaceEdit(changes: [doc.uri: edits])))
            }
            if rule != "file-unreadable", disabling.insert(rule).inserted, let edit = fixes.disable(rule) {
                out.append(
                    CodeAction(
                        title: "Turn \(rule) off in this file", kind: "quickfix", diagnostics: [diagnostic], isPreferred: false,
                        edit: WorkspaceEdit(changes: [doc.uri: [edit]])))
            }
        }
        return out
    }
}

/// The edits each quick fix makes to a buffer.
struct QuickFixes {
    let text: DocumentText
    let layout: BufferLayout

    init(text: DocumentText) {
        self.text = text
        layout = BufferLayout(text)
    }

    /// The fixes of one finding (a title and its edits), besides turning the rule off.
    func fixes(for rule: String, at range: TextRange) -> [(String, [TextEdit])] {
        switch rule {
        case "field-unknown": return renameKey(onLine: range.start.line).map { [$0] } ?? []
        case "date-invalid", "task-date-invalid": return normalizeDates(onLine: range.start.line, from: rule == "date-invalid" ? range.start.character : 0)
        default: return []
        }
    }

    // MARK: - field-unknown

    /// `repiled:` → `replied:`, the key `field-unknown` suggests, unless the note has it already.
    func renameKey(onLine n: Int) -> (String, [TextEdit])? {
        guard let key = layout.key(onLine: n) else { return nil }
        let note = NoteReader.read(text: withoutBOM(text.text), path: "note.md", config: Config())
        let known = note.kind == .person ? NoteReader.personKeys : NoteReader.interviewKeys
        guard !known.contains(key.name), let suggestion = closest(key.name, in: known.sorted()),
            !layout.keys.contains(where: { $0.name == suggestion })
        else { return nil }
        let edit = TextEdit(range: TextRange(start: Position(line: n, character: key.start), end: Position(line: n, character: key.end)), newText: suggestion)
        return ("Rename \(key.raw) to \(suggestion)", [edit])
    }

    // MARK: - date-invalid

    /// Every bad date on the line from `character` on whose reading is unambiguous, written as
    /// `YYYY-MM-DD` (with its time, if any).
    func normalizeDates(onLine n: Int, from character: Int) -> [(String, [TextEdit])] {
        let line = text.line(n)
        var out: [(String, [TextEdit])] = []
        // Candidate values: runs between quotes, flow punctuation, task-marker brackets and blanks,
        // tried as two words (a date and a time) first, then as one.
        var tokens: [(start: Int, text: Substring)] = []
        var units = 0
        var current = ""
        var currentStart = 0
        for ch in line {
            let separator =
                ch == " " || ch == "\t" || ch == "\"" || ch == "'" || ch == "," || ch == "[" || ch == "]" || ch == "{" || ch == "}" || ch == "(" || ch == ")"
            if separator {
                if !current.isEmpty { tokens.append((currentStart, Substring(current))) }
                current = ""
                currentStart = units + ch.utf16.count
            } else {
                current.append(ch)
            }
            units += ch.utf16.count
        }
        if !current.isEmpty { tokens.append((currentStart, Substring(current))) }
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            let (start, word) = tokens[i]
            guard start >= character, word.contains(where: \.isNumber), DateTime(parsing: String(word), in: .current) == nil else { continue }
            // A date and a time (`2026-10-3 9:30`) are one value.
            if i + 1 < tokens.count, tokens[i + 1].text.contains(":"), tokens[i + 1].start == start + word.utf16.count + 1,
                DateTime(parsing: "\(word) \(tokens[i + 1].text)", in: .current) == nil,
                let fixed = DateRepair.normalized("\(word) \(tokens[i + 1].text)")
            {
                out.append(edit(n, start, tokens[i + 1].start + tokens[i + 1].text.utf16.count, "\(word) \(tokens[i + 1].text)", fixed))
                i += 1
                continue
            }
            if let fixed = DateRepair.normalized(String(word)) {
                out.append(edit(n, start, start + word.utf16.count, String(word), fixed))
            }
        }
        return out
    }

    private func edit(_ line: Int, _ start: Int, _ end: Int, _ old: String, _ new: String) -> (String, [TextEdit]) {
        (
            "Write \(old) as \(new)",
            [TextEdit(range: TextRange(start: Position(line: line, character: start), end: Position(line: line, character: end)), newText: new)]
        )
    }

    // MARK: - Turning a rule off

    /// `<!-- lantern-disable RULE -->`: added to the note's existing comment, or on a line of
    /// its own right after the front matter.
    func disable(_ rule: String) -> TextEdit? {
        let eol = layout.lineEnding
        for n in layout.bodyStart..<text.lineCount {
            let line = text.line(n)
            guard let open = line.range(of: "<!-- lantern-disable"), let close = line[open.upperBound...].range(of: "-->") else { continue }
            let ids = line[open.upperBound..<close.lowerBound].split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            if ids.isEmpty || ids.contains(rule) { return nil }  // every rule is off already, or this one
            var insertAt = close.lowerBound
            while insertAt > open.upperBound, line[line.index(before: insertAt)] == " " { insertAt = line.index(before: insertAt) }
            let character = line[..<insertAt].utf16.count
            return TextEdit(range: TextRange(start: Position(line: n, character: character), end: Position(line: n, character: character)), newText: " " + rule)
        }
        let comment = "<!-- lantern-disable \(rule) -->"
        let at = layout.bodyStart
        let unclosed = layout.opens && layout.frontMatterEnd == nil  // then only the end of the file is body
        if !unclosed, at < text.lineCount {
            return TextEdit(range: TextRange(start: Position(line: at, character: 0), end: Position(line: at, character: 0)), newText: comment + eol)
        }
        // The front matter ends the file, without a line ending after it, or never closes.
        let last = max(0, text.lineCount - 1)
        let end = Position(line: last, character: text.utf16Length(ofLine: last))
        return TextEdit(range: TextRange(start: end, end: end), newText: eol + comment + eol)
    }
}

import Foundation
