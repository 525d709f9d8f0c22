import LanternKit

extension LanguageServer {
    /// Words the editor shows inside the text, not part of it: after `date:` the meeting's
    /// weekday; after the last attempt, where the outreach stands (`attempt 2 of 3 · nudge due
    /// Tuesday 2026-11-24`), from the ledger.
    func inlayHints(in doc: OpenDocument, range: TextRange) -> [InlayHint] {
        let layout = BufferLayout(doc.text)
        let lines = range.start.line...max(range.start.line, range.end.line)
        var out: [InlayHint] = []
        func hint(after line: Int, _ label: String) {
            guard lines.contains(line) else { return }
            out.append(InlayHint(position: Position(line: line, character: doc.text.utf16Length(ofLine: line)), label: label, paddingLeft: true))
        }
        let zone = liveNotebook(of: doc)?.config.timeZone ?? .current
        for key in layout.keys where key.name == "date" {
            let value = layout.value(of: key).text.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if let dateTime = DateTime(parsing: value, in: zone) {
                hint(after: key.line, weekdayName(dateTime.day))
            }
        }
        // Where the outreach stands: the nudge or the drop the ledger owes on this note.
        guard let live = liveNotebook(of: doc), let path = doc.path.flatMap(live.relativePath(of:)),
            let index = live.notebook.index(of: path), let interview = live.notebook.notes[index].interview
        else { return out }
        let count = interview.attemptsInReplyWindow.count
        let limit = live.config.maxAttempts
        for obligation in live.notebook.ledger.obligations(ofNoteAt: index) where obligation.kind == .nudge || obligation.kind == .drop {
            let due = obligation.due.map { " due \(weekdayName($0)) \($0)" } ?? ""
            let what = obligation.kind == .nudge ? "nudge\(due)" : "no reply: take them off your list\(due)"
            hint(after: obligation.origin.line - 1, "attempt \(count) of \(limit) · \(what)")
        }
        return out
    }
}

import Foundation
