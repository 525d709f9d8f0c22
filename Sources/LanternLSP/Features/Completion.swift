import LanternKit

extension LanguageServer {
    func completions(in doc: OpenDocument, at position: Position) -> CompletionList {
        var completion = Completion(layout: BufferLayout(doc.text), today: today(for: doc), position: position)
        completion.markdown = client.markdownDocumentation
        if let live = liveNotebook(of: doc) {
            completion.notebook = live.notebook
            completion.inReferrals = { line in
                NoteReader.read(text: withoutBOM(doc.text.text), path: "note.md", config: live.config).body.section(containing: line + 1)?.kind == .referrals
            }
        }
        let items = completion.items()
        return CompletionList(isIncomplete: completion.truncated, items: items)
    }

    /// The day a document is judged on: its notebook's.
    func today(for doc: OpenDocument) -> Day {
        doc.notebook.flatMap { notebooks[$0] }?.notebook.today ?? today(.current)
    }
}

/// What can be typed at a place of a note: keys not yet written (with what they mean), the
/// values a key takes, dates, channels, task date markers and rule ids.
struct Completion {
    let layout: BufferLayout
    let today: Day
    let position: Position
    /// The notebook, for the names of its people and companies.
    var notebook: Notebook?
    /// Whether a line (0-based) stands in the note's referrals section.
    var inReferrals: (Int) -> Bool = { _ in false }
    /// At most this many people are offered at once; the client asks again as more is typed.
    static let peopleLimit = 100
    /// Whether the client shows documentation as Markdown (else as plain text).
    var markdown = true
    /// Set when more people match than were offered.
    private(set) var truncated = false

    mutating func items() -> [CompletionItem] {
        let n = position.line
        let prefix = layout.prefix(ofLine: n, before: position.character)
        // After `[[`, anywhere: a person to link.
        if let open = prefix.range(of: "[[", options: .backwards), !prefix[open.upperBound...].contains("]]") {
            let rest = layout.text.line(n).utf16.dropFirst(position.character)
            let closed = Substring(rest).hasPrefix("]]")
            return people(typed: prefix[open.upperBound...], suffix: closed ? "" : "]]")
        }
        return layout.inFrontMatter(n) ? frontMatter(prefix) : body(prefix)
    }

    // MARK: - Front matter

    private mutating func frontMatter(_ prefix: Substring) -> [CompletionItem] {
        let n = position.line
        if prefix.first != " ", prefix.first != "-", BufferLayout.keyColon(in: prefix) == nil, !prefix.hasSuffix(":") {
            return keys(replacing: word(isKeyPart))
        }
        if let key = layout.key(onLine: n), position.character >= key.afterColon, let colon = BufferLayout.keyColon(in: prefix) ?? prefix.lastIndex(of: ":") {
            return values(of: key.name, typed: prefix[prefix.index(after: colon)...])
        }
        guard let owner = layout.owningKey(ofLine: n) else { return [] }
        let item = prefix.drop { $0 == " " }
        switch owner.name {
        case "attempts", "follow_ups":
            return entry(of: owner.name, typed: item.hasPrefix("- ") ? item.dropFirst(2) : item)
        case "lint":
            return item.contains("disable") || item.hasPrefix("- ") ? rules(replacing: word(isRulePart)) : []
        default:
            return []
        }
    }

    /// After `key:` on its own line.
    private mutating func values(of key: String, typed value: Substring) -> [CompletionItem] {
        let trimmed = value.drop { $0 == " " }
        // `status:|` gets ` scheduled`: the space the user has not typed yet.
        let space = value.isEmpty ? " " : ""
        switch key {
        case "contact", "introduced_by", "referred_by":
            return people(typed: trimmed.drop { $0 == "\"" || $0 == "'" }, prefix: space)
        case "company":
            return companies(typed: trimmed.drop { $0 == "\"" || $0 == "'" }, prefix: space)
        default:
            break
        }
        if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") {
            switch key {
            case "attempts", "follow_ups": return entry(of: key, typed: lastFlowItem(trimmed))
            case "lint": return trimmed.contains("disable") ? rules(replacing: word(isRulePart)) : []
            default: return []
            }
        }
        guard let field = FieldCatalog.field(key) else { return [] }
        let range = value.isEmpty ? Span(position.character, position.character) : word(isValuePart)
        if !field.values.isEmpty {
            return field.values.enumerated().map { i, v in
                item(v, kind: CompletionItem.Kind.enumMember, detail: "\(key): \(v)", sort: i, replacing: range, with: space + v)
            }
        }
        if field.isDated { return dates(for: key, replacing: range, prefix: space) }
        return []
    }

    /// One entry of `attempts:` or `follow_ups:`: a date, then (attempts) a channel.
    private func entry(of key: String, typed: Substring) -> [CompletionItem] {
        var t = typed.drop { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "{" }
        if t.hasPrefix("via:") || t.contains(", via:") || t.contains(",via:") { return channels() }
        if t.hasPrefix("date:") { t = t.dropFirst(5).drop { $0 == " " } }
        let words = t.split(separator: " ", omittingEmptySubsequences: false)
        if words.count >= 2, Day(iso: words[0]) != nil, key == "attempts" { return channels() }
        return dates(for: key, replacing: word(isValuePart))
    }

    /// The item being typed in a flow list: what follows the last `[` or `,`.
    private func lastFlowItem(_ text: Substring) -> Substring {
        guard let cut = text.lastIndex(where: { $0 == "[" || $0 == "," }) else { return text }
        return text[text.index(after: cut)...]
    }

    // MARK: - Body

    private mutating func body(_ prefix: Substring) -> [CompletionItem] {
        // Inside `<!-- lantern-disable … -->`.
        if let open = prefix.range(of: "<!--", options: .backwards), prefix[open.upperBound...].contains("lantern-disable"),
            !prefix[open.upperBound...].contains("-->")
        {
            let listed = Set(prefix[open.upperBound...].split(separator: " ").map(String.init))
            return rules(replacing: word(isRulePart)).filter { !listed.contains($0.label) }
        }
        // A referral: a top-level list item of the referrals section; its name first, then
        // where they work (`- Sam Lee, PM at Acme`, `- Sam Lee (Acme)`).
        if prefix.hasPrefix("- ") || prefix.hasPrefix("* ") || prefix.hasPrefix("+ "), !BufferLayout.isTask(prefix), inReferrals(position.line) {
            let item = prefix.dropFirst(2)
            if !item.contains(where: { $0 == "," || $0 == "(" || $0 == ":" }) && item.range(of: " at ") == nil {
                return people(typed: item.drop { $0 == " " })
            }
            if let company = Completion.companyTyped(inReferral: item) { return companies(typed: company, prefix: "") }
        }
        guard BufferLayout.isTask(prefix) else { return [] }
        let typed = word(isValuePart)
        let before = layout.prefix(ofLine: position.line, before: typed.start).trimmingTrailingBlanks()
        for (marker, planning) in Completion.dateMarkers where before.hasSuffix(marker) {
            return dates(planning: planning, replacing: word(isValuePart))
        }
        let current = word(isKeyPart)
        guard current.start < current.end else { return [] }
        return Completion.taskMarkers.enumerated().map { i, marker in
            item(
                "\(marker.symbol) \(marker.word) today", kind: CompletionItem.Kind.keyword,
                detail: "\(marker.symbol) \(today) (\(weekdayName(today)))", sort: i, replacing: current,
                with: "\(marker.symbol) \(today)", filter: "\(marker.word) today")
        }
    }

    /// Obsidian Tasks and Dataview markers before a date, and whether their date is ahead (a plan)
    /// or behind (a record).
    static let dateMarkers: [(String, Bool)] = [
        ("📅", true), ("🗓️", true), ("🗓", true), ("⏳", true), ("✅", false),
        ("due::", true), ("scheduled::", true), ("completion::", false), ("done::", false), ("@due(", true), ("@done(", false),
    ]

    static let taskMarkers: [(symbol: String, word: String)] = [("📅", "due"), ("⏳", "scheduled"), ("✅", "done")]

    // MARK: - People and companies

    /// The notebook's people whose names match what is typed, the most recently in touch first.
    private mutating func people(typed: Substring, prefix: String = "", suffix: String = "") -> [CompletionItem] {
        guard let notebook else { return [] }
        let key = Identity.key(String(typed))
        let start = position.character - typed.utf16.count
        var found: [(person: Person, last: Day?)] = []
        // What is typed is a name of the note itself already: not offered back.
        for person in notebook.people
        where person.id != key && (key.isEmpty || ([person.name] + Array(person.aliases)).contains(where: { Identity.key($0).contains(key) })) {
            found.append((person, notebook.ledger.standing(ofPersonWithID: person.id)?.lastContact))
        }
        found.sort { ($0.last?.ordinal ?? Int.min, $1.person.name) > ($1.last?.ordinal ?? Int.min, $0.person.name) }
        truncated = found.count > Completion.peopleLimit
        return found.prefix(Completion.peopleLimit).enumerated().map { i, entry in
            let person = entry.person
            var detail = [person.title, person.company.map { "at \($0)" }].compactMap { $0 }.joined(separator: " ")
            if let status = notebook.ledger.standing(ofPersonWithID: person.id)?.status { detail += (detail.isEmpty ? "" : " · ") + status.rawValue }
            if let last = entry.last { detail += (detail.isEmpty ? "" : " · ") + "last in touch \(last)" }
            return item(
                person.name, kind: CompletionItem.Kind.value, detail: detail.isEmpty ? "person" : detail, sort: i,
                replacing: Span(start, position.character), with: prefix + person.name + suffix,
                filter: ([person.name] + Array(person.aliases)).joined(separator: " "))
        }
    }

    /// The company being typed in a referral: what follows its last ` at ` or `(`, while that
    /// holds nothing else (no `)`, `,`, `:` or dash).
    static func companyTyped(inReferral item: Substring) -> Substring? {
        let at = item.range(of: " at ", options: .backwards)?.upperBound
        let paren = item.lastIndex(of: "(").map { item.index(after: $0) }
        guard let start = [at, paren].compactMap({ $0 }).max() else { return nil }
        let typed = item[start...].drop { $0 == " " }
        guard !typed.contains(where: { $0 == ")" || $0 == "," || $0 == ":" || $0 == "—" || $0 == "–" }), typed.range(of: " - ") == nil else { return nil }
        return typed
    }

    /// The companies the notebook's notes name.
    private func companies(typed: Substring, prefix: String) -> [CompletionItem] {
        guard let notebook else { return [] }
        let key = Identity.key(String(typed))
        var names: Set<String> = []
        for n in notebook.notes.indices {
            if let c = notebook.notes[n].details?.company?.value, Identity.key(c) != key,
                key.isEmpty || Identity.key(c).contains(key)
            {
                names.insert(c)
            }
        }
        let start = position.character - typed.utf16.count
        return names.sorted().prefix(Completion.peopleLimit).enumerated().map { i, name in
            item(name, kind: CompletionItem.Kind.value, detail: "company", sort: i, replacing: Span(start, position.character), with: prefix + name)
        }
    }

    // MARK: - Items

    private func keys(replacing range: Span) -> [CompletionItem] {
        let present = Set(layout.keys.filter { $0.line != position.line }.map(\.name))
        let isPerson = layout.keys.contains { key in
            key.name == "type" && layout.value(of: key).text.lowercased() == "person"
        }
        var out: [CompletionItem] = []
        for (i, field) in FieldCatalog.fields.enumerated() where isPerson ? field.inPersonCards : field.inInterviews {
            // A key, or another name for it, written already.
            let group = [field.key] + (field.aliasOf.map { [$0] } ?? []) + FieldCatalog.fields.filter { $0.aliasOf == field.key }.map(\.key)
            if group.contains(where: present.contains) { continue }
            let doc = field.summary + "\n\n```yaml\n\(field.key): \(field.example)\n```"
            out.append(
                item(
                    field.key, kind: CompletionItem.Kind.property, detail: field.aliasOf.map { "another name for \($0)" } ?? "front matter",
                    documentation: doc, sort: i + (field.aliasOf == nil ? 0 : 100), replacing: range, with: field.key + ": "))
        }
        return out
    }

    private func rules(replacing range: Span) -> [CompletionItem] {
        allRules.enumerated().map { i, rule in
            item(
                rule.id, kind: CompletionItem.Kind.constant, detail: "\(rule.severity.rawValue) by default", documentation: rule.summary,
                sort: i, replacing: range, with: rule.id)
        }
    }

    private func channels() -> [CompletionItem] {
        let range = word(isValuePart)
        return Channel.allCases.enumerated().map { i, c in
            item(c.rawValue, kind: CompletionItem.Kind.enumMember, detail: "via", sort: i, replacing: range, with: c.rawValue)
        }
    }

    /// Dates by name: today, then the days around it that fit the key (what happened, or what is planned).
    private func dates(for key: String, replacing range: Span, prefix: String = "") -> [CompletionItem] {
        dates(planning: key == "date" || key == "next_follow_up", replacing: range, prefix: prefix)
    }

    private func dates(planning: Bool, replacing range: Span, prefix: String = "") -> [CompletionItem] {
        var days: [(String, Day)] = [("today", today)]
        days.append(planning ? ("tomorrow", today.adding(days: 1)) : ("yesterday", today.adding(days: -1)))
        for offset in 2...7 {
            let day = today.adding(days: planning ? offset : -offset)
            days.append(((planning ? "next " : "last ") + weekdayName(day), day))
        }
        return days.enumerated().map { i, entry in
            item(
                entry.0, kind: CompletionItem.Kind.value, detail: "\(entry.1), \(weekdayName(entry.1))", sort: i,
                replacing: range, with: prefix + entry.1.description, filter: "\(entry.0) \(entry.1)")
        }
    }

    private func item(
        _ label: String, kind: Int, detail: String, documentation: String? = nil, sort: Int,
        replacing range: Span, with text: String, filter: String? = nil
    ) -> CompletionItem {
        let edit = TextEdit(
            range: TextRange(
                start: Position(line: position.line, character: range.start),
                end: Position(line: position.line, character: max(range.end, position.character))), newText: text)
        return CompletionItem(
            label: label, kind: kind, detail: detail, documentation: documentation.map(markdown ? MarkupContent.markdown : MarkupContent.plaintext),
            sortText: String(format: "%03d", sort), filterText: filter, textEdit: edit)
    }

    // MARK: - Words

    /// Where on the line an item goes: the word around the cursor.
    struct Span {
        var start: Int
        var end: Int
        init(_ start: Int, _ end: Int) {
            self.start = start
            self.end = end
        }
    }

    private func word(_ isPart: (Character) -> Bool) -> Span {
        let w = layout.word(onLine: position.line, at: position.character, isPart)
        return Span(w.start, w.end)
    }

    private func isKeyPart(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "-" }
    private func isRulePart(_ c: Character) -> Bool { c.isLetter || c == "-" }
    private func isValuePart(_ c: Character) -> Bool {
        !(c == " " || c == "," || c == "[" || c == "]" || c == "{" || c == "}" || c == "\"" || c == "'" || c == "(" || c == ")")
    }
}

/// `Monday` … `Sunday`.
func weekdayName(_ day: Day) -> String {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][day.isoWeekday - 1]
}

extension BufferLayout {
    /// Whether a line (up to the cursor) is a task: a list item starting `[ ]`, `[x]` or `[X]`.
    static func isTask(_ line: Substring) -> Bool {
        var t = line.drop { $0 == " " || $0 == "\t" }
        if let marker = t.first, marker == "-" || marker == "*" || marker == "+" {
            t = t.dropFirst()
        } else {
            let digits = t.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { return false }
            t = t.dropFirst(digits.count)
            guard let dot = t.first, dot == "." || dot == ")" else { return false }
            t = t.dropFirst()
        }
        guard t.first == " " else { return false }
        t = t.drop { $0 == " " }
        return t.hasPrefix("[ ] ") || t.hasPrefix("[x] ") || t.hasPrefix("[X] ")
    }
}

import Foundation
