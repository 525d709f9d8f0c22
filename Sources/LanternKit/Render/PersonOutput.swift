/// `lantern person` in each of its formats: text, Markdown and JSON.
public struct PersonOutput: Sendable {
    public var report: PersonReport

    public init(report: PersonReport) { self.report = report }

    /// The facts worth a line each, as label and value.
    var facts: [(label: String, value: String)] {
        let r = report
        var out: [(String, String)] = []
        if let status = r.status { out.append(("Status", status + (r.currentNote.map { " (\($0))" } ?? ""))) }
        if let last = r.lastContact { out.append(("Last contact", last.description)) }
        if let by = r.introducedBy { out.append(("Introduced by", by)) }
        if !r.emails.isEmpty { out.append(("Email", r.emails.joined(separator: ", "))) }
        if !r.phones.isEmpty { out.append(("Phone", r.phones.joined(separator: ", "))) }
        if !r.urls.isEmpty { out.append(("Web", r.urls.joined(separator: ", "))) }
        if !r.aliases.isEmpty { out.append(("Also known as", r.aliases.joined(separator: ", "))) }
        if !r.tags.isEmpty { out.append(("Tags", r.tags.joined(separator: ", "))) }
        let notes = (r.card.map { ["\($0) (card)"] } ?? []) + r.notes
        out.append(("Notes", notes.isEmpty ? "none yet" : notes.joined(separator: ", ")))
        return out
    }

    /// "Director of Product @ Brightline"
    var headline: String? {
        switch (report.title, report.company) {
        case (let t?, let c?): "\(t) @ \(c)"
        case (let t?, nil): t
        case (nil, let c?): c
        case (nil, nil): nil
        }
    }

    // MARK: - Text

    public func text(style: TextStyle) -> String {
        var out = [style.bold(report.name) + (headline.map { " — \($0)" } ?? "")]
        let width = facts.map(\.label.count).max() ?? 0
        for fact in facts {
            out.append("  " + fact.label + ":" + String(repeating: " ", count: width - fact.label.count + 1) + fact.value)
        }
        out += ["", style.bold("Timeline")]
        if report.timeline.isEmpty { out.append("  nothing recorded yet") }
        for entry in report.timeline {
            out.append("  \(entry.day)  \(entry.text)  " + style.dim("\(entry.path):\(entry.line)"))
        }
        out += ["", style.bold("Owed")]
        if report.owed.isEmpty { out.append("  nothing: you are up to date with \(report.name)") }
        for owed in report.owed {
            let due = owed.due.map { owed.overdue ? style.red($0.description) : $0.description } ?? "someday   "
            out.append("  \(due)  \(style.cyan(owed.kind))  \(owed.text)  " + style.dim("\(owed.path):\(owed.line)"))
            if owed.clear.hasPrefix("lantern ") { out.append("              then: \(owed.clear)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Markdown

    public func markdown() -> String {
        var out = [Generated.marker("person", today: report.today), "", "# \(MarkdownText.escape(report.name))", ""]
        if let headline { out += [MarkdownText.escape(headline), ""] }
        for fact in facts { out.append("- **\(fact.label):** \(MarkdownText.escape(fact.value))") }
        out += ["", "## Timeline", ""]
        if report.timeline.isEmpty { out.append("Nothing recorded yet.") }
        for entry in report.timeline {
            out.append("- \(entry.day) · \(MarkdownText.escape(entry.text)) · " + MarkdownText.link("\(entry.path):\(entry.line)", to: entry.path))
        }
        out += ["", "## Owed", ""]
        if report.owed.isEmpty { out.append("Nothing: you are up to date.") }
        for owed in report.owed {
            let due = owed.due.map { "**\($0)** · " } ?? ""
            var line = "- \(due)\(owed.kind) · \(MarkdownText.escape(owed.text)) · " + MarkdownText.link("\(owed.path):\(owed.line)", to: owed.path)
            if owed.clear.hasPrefix("lantern ") { line += " · `\(owed.clear)`" }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - JSON

    public func json() -> String { JSONOutput.encode(report) + "\n" }
}
