import LanternKit

extension LanguageServer {
    /// Lantern's findings on an open document, as the editor shows them: the rule id as the code,
    /// linked to the rule's section of the notebook's rules page when `lantern.yml` names one.
    func lspDiagnostics(_ found: [Diagnostic], in doc: OpenDocument) -> [LSPDiagnostic] {
        let config = liveNotebook(of: doc)?.config
        return found.map { d in
            LSPDiagnostic(
                range: DiagnosticRange.range(of: d, in: doc.text), severity: DiagnosticRange.severity(d.severity),
                code: d.rule, codeDescription: config?.ruleDocs(for: d.rule).map(LSPDiagnostic.CodeDescription.init(href:)),
                source: "lantern", message: d.message,
                relatedInformation: client.relatedInformation ? relatedInformation(of: d, in: doc) : nil)
        }
    }

    /// The other note a finding compares this one with: the differing email or phone of a
    /// `contact-conflict`, the other open note of a `duplicate-pipeline`. Its path is the one the
    /// message names (`… in PATH: …`, `… in PATH (status): …`).
    func relatedInformation(of d: Diagnostic, in doc: OpenDocument) -> [LSPDiagnostic.RelatedInformation]? {
        guard d.rule == "contact-conflict" || d.rule == "duplicate-pipeline", let live = liveNotebook(of: doc) else { return nil }
        let notebook = live.notebook
        guard let note = notebook.notes.first(where: { $0.path != d.path && (d.message.contains(" in \($0.path):") || d.message.contains(" in \($0.path) (")) })
        else { return nil }
        let place: Located<String>?
        let what: String
        if d.rule == "duplicate-pipeline" {
            (place, what) = (note.interview?.contact, "the other open note")
        } else if d.message.contains(" has email ") {
            (place, what) = (note.details?.email, "the other email")
        } else {
            (place, what) = (note.details?.phone, "the other phone")
        }
        let position = Position(line: max(0, (place?.line ?? 1) - 1), character: max(0, (place?.location.column ?? 1) - 1))
        return [.init(location: Location(uri: uri(of: note.path, in: live), range: TextRange(start: position, end: position)), message: what)]
    }
}

/// Where a finding stands in the document: Lantern gives a line and a column (and, for some, where
/// the region ends); the editor is given the whole value, key or word the finding is about.
enum DiagnosticRange {
    /// LSP severities: 1 error, 2 warning, 3 information.
    static func severity(_ s: Severity) -> Int {
        switch s {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }

    static func range(of d: Diagnostic, in text: DocumentText) -> TextRange {
        var start = text.position(line: d.line, column: d.column)
        // Where the finding says its region ends (a task's text).
        if let endLine = d.endLine, let endColumn = d.endColumn, (endLine, endColumn) > (d.line, d.column) {
            return TextRange(start: start, end: text.position(line: endLine, column: endColumn))
        }
        let line = Array(text.line(start.line).unicodeScalars)
        // The scalar the finding starts at, and where the line's content ends.
        var first = 0, units = 0
        while first < line.count, units < start.character {
            units += UTF16.width(line[first])
            first += 1
        }
        var end = line.count
        while end > first, line[end - 1].properties.isWhitespace { end -= 1 }
        if first >= end {  // a place past the content: the line's content instead
            first = 0
            while first < end, line[first].properties.isWhitespace { first += 1 }
        }
        switch d.rule {
        case "job-ask":  // the word
            var stop = first
            while stop < end, line[stop].properties.isAlphabetic || line[stop].properties.isDiacritic { stop += 1 }
            if stop > first { end = stop }
        case "field-unknown":  // the key
            if let colon = line[first..<end].firstIndex(of: ":") {
                var stop = colon
                while stop > first, line[stop - 1].properties.isWhitespace { stop -= 1 }
                end = stop
            }
        default:
            break
        }
        func width(upTo scalar: Int) -> Int { line[..<scalar].reduce(0) { $0 + UTF16.width($1) } }
        start.character = width(upTo: first)
        return TextRange(start: start, end: Position(line: start.line, character: width(upTo: end)))
    }
}
