import LanternKit

extension LanguageServer {
    /// What the place under the cursor means: the rule of a finding there (or a rule id written
    /// there), a date (its weekday, how far from today in business days), a front-matter key.
    func hover(in doc: OpenDocument, at position: Position) -> Hover? {
        let layout = BufferLayout(doc.text)
        let rulePart: (Character) -> Bool = { $0.isLetter || $0 == "-" }
        let word = layout.word(onLine: position.line, at: position.character, rulePart)
        if let rule = LanternKit.rule(withID: word.text) {
            return Hover(contents: markup(HoverText.rule(rule, level: level(of: rule, in: doc))), range: range(position.line, word.start, word.end))
        }
        // Everything that applies here, one after the other: the person named, the findings'
        // rules, the date, the key.
        var parts: [String] = []
        var range: TextRange?
        if let named = person(in: doc, at: position), let text = personHover(named, in: doc) {
            parts.append(text)
            range = self.range(named.line, named.start, named.end)
        }
        let here = (published[doc.uri] ?? []).filter { $0.range.contains(position) && $0.code != nil }
        var seen: Set<String> = []
        for d in here {
            guard let rule = d.code.flatMap(LanternKit.rule(withID:)), seen.insert(rule.id).inserted else { continue }
            parts.append(HoverText.rule(rule, level: level(of: rule, in: doc)))
            range = range ?? d.range
        }
        let datePart: (Character) -> Bool = { $0.isASCII && ($0.isNumber || $0 == "-") }
        let token = layout.word(onLine: position.line, at: position.character, datePart)
        if let day = Day(iso: token.text) {
            parts.insert(HoverText.date(day, today: today(for: doc)), at: 0)
            range = self.range(position.line, token.start, token.end)
        }
        if let key = layout.key(onLine: position.line), position.character <= key.end, let field = FieldCatalog.field(key.name) {
            parts.append(HoverText.field(field))
            range = range ?? self.range(position.line, key.start, key.end)
        }
        return parts.isEmpty ? nil : Hover(contents: markup(parts.joined(separator: "\n\n---\n\n")), range: range)
    }

    /// Text in the form the client shows: Markdown, or plain text for a client that takes only that.
    func markup(_ markdown: String) -> MarkupContent {
        client.markdownHover ? .markdown(markdown) : .plaintext(markdown)
    }

    /// The level a rule runs at in the document's notebook.
    private func level(of rule: any Rule.Type, in doc: OpenDocument) -> RuleLevel {
        let config = doc.notebook.flatMap { notebooks[$0] }?.config ?? Config()
        return Linter().level(of: rule, config: config)
    }

    private func range(_ line: Int, _ start: Int, _ end: Int) -> TextRange {
        TextRange(start: Position(line: line, character: start), end: Position(line: line, character: end))
    }
}

/// The Markdown hovers show.
enum HoverText {
    /// A rule: its id and level, its summary, an example that triggers it and one that does not,
    /// and how to turn it off.
    static func rule(_ rule: any Rule.Type, level: RuleLevel) -> String {
        let levelText: String
        switch level {
        case .off: levelText = "off in this notebook"
        case .on(let s): levelText = s == rule.severity ? s.rawValue : "\(s.rawValue) in this notebook (\(rule.severity.rawValue) by default)"
        }
        var out = "**\(rule.id)** · \(levelText)\n\n\(rule.summary)\n"
        func show(_ title: String, _ example: Example?) {
            guard let example else { return }
            var header = "\(title) (today \(example.today)"
            if let line = example.line { header += ", reported on line \(line)" }
            header += "):"
            out += "\n\(header)\n\n```markdown\n\(example.note.hasSuffix("\n") ? example.note : example.note + "\n")```\n"
        }
        show("Fires on", rule.triggering.first)
        show("Quiet on", rule.nonTriggering.first)
        out += "\nOff for one file: `<!-- lantern-disable \(rule.id) -->`; for the notebook: `rules: {\(rule.id): off}` in `lantern.yml`."
        return out
    }

    /// A date: its weekday, and how far it is from today in calendar and business days.
    static func date(_ day: Day, today: Day) -> String {
        let days = day.days(since: today)
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let when: String
        if days == 0 {
            when = "today"
        } else if days > 0 {
            when = "in \(plural(days, "day")) (\(plural(day.businessDays(since: today), "business day")))"
        } else {
            when = "\(plural(-days, "day")) ago (\(plural(today.businessDays(since: day), "business day")))"
        }
        return "**\(weekdayName(day)) \(day)** — \(when) (today is \(weekdayName(today)) \(today))"
    }

    /// A front-matter key: what it means, with an example.
    static func field(_ field: FieldCatalog.Field) -> String {
        var out = "**\(field.key)**"
        if let alias = field.aliasOf { out += " (another name for `\(alias)`)" }
        out += "\n\n\(field.summary)\n\n```yaml\n\(field.key): \(field.example)\n```"
        if !field.values.isEmpty { out += "\nOne of: " + field.values.map { "`\($0)`" }.joined(separator: ", ") + "." }
        return out
    }
}
