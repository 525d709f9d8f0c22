import Foundation
import LanternKit

/// The people of the notebook in the editor: who a name under the cursor is (hover), where they
/// are written down (definition: their card, else their current note; references: every note
/// that names them), who can be typed (completion) and who can be found (workspace symbols).
extension LanguageServer {
    /// The person named at a place of an open note, and where that name stands on its line.
    struct NamedPerson {
        var person: Person
        var line: Int
        var start: Int
        var end: Int
    }

    /// The notebook of a document, if it is in one.
    func liveNotebook(of doc: OpenDocument) -> LiveNotebook? {
        doc.notebook.flatMap { notebooks[$0] }
    }

    /// The person named under the cursor: the value of `contact`, `introduced_by`, `referred_by`
    /// or a card's `name`, a `[[wikilink]]`, or a referral item's name.
    func person(in doc: OpenDocument, at position: Position) -> NamedPerson? {
        guard let live = liveNotebook(of: doc) else { return nil }
        let notebook = live.notebook
        let layout = BufferLayout(doc.text)
        let n = position.line
        let line = doc.text.line(n)
        // A [[wikilink]] around the cursor.
        var searchFrom = line.startIndex
        while let open = line[searchFrom...].range(of: "[["), let close = line[open.upperBound...].range(of: "]]") {
            let start = line[..<open.lowerBound].utf16.count, end = line[..<close.upperBound].utf16.count
            if (start...end).contains(position.character), let target = Wikilink.whole(String(line[open.lowerBound..<close.upperBound])),
                let person = notebook.person(named: target)
            {
                return NamedPerson(person: person, line: n, start: start, end: end)
            }
            searchFrom = close.upperBound
        }
        // A front-matter value that names a person.
        if let key = layout.key(onLine: n), ["contact", "introduced_by", "referred_by", "name"].contains(key.name), position.character >= key.afterColon {
            let (value, start) = layout.value(of: key)
            let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if !trimmed.isEmpty, let person = notebook.person(named: Wikilink.whole(trimmed) ?? trimmed) {
                return NamedPerson(person: person, line: n, start: start, end: start + value.utf16.count)
            }
        }
        // A referral: the item of the referrals section on this line.
        let note = NoteReader.read(text: withoutBOM(doc.text.text), path: "note.md", config: live.config)
        if let referral = note.body.referrals.first(where: { $0.location.line == n + 1 }), let person = notebook.person(named: referral.name) {
            return NamedPerson(person: person, line: n, start: 0, end: line.utf16.count)
        }
        return nil
    }

    // MARK: - Hover

    /// Where a person stands: who they are, their status and last contact, their latest
    /// moments and what is owed next (as `lantern person` shows them, shortened).
    func personHover(_ named: NamedPerson, in doc: OpenDocument) -> String? {
        guard let live = liveNotebook(of: doc) else { return nil }
        let report = PersonReport(person: named.person, in: live.notebook)
        var out = "**\(report.name)**"
        let role = [report.title, report.company.map { "at \($0)" }].compactMap { $0 }.joined(separator: " ")
        if !role.isEmpty { out += " — \(role)" }
        var facts: [String] = []
        if let status = report.status { facts.append("status **\(status)**") }
        if let last = report.lastContact { facts.append("last contact \(last) (\(Self.ago(last, report.today)))") }
        if let by = report.introducedBy { facts.append("introduced by \(by)") }
        if !facts.isEmpty { out += "\n\n" + facts.joined(separator: " · ") }
        if !report.timeline.isEmpty {
            out += "\n\nLately:\n"
            for entry in report.timeline.suffix(4) { out += "\n- \(entry.day): \(entry.text) (`\(entry.path)`)" }
        }
        if !report.owed.isEmpty {
            out += "\n\nOwed next:\n"
            for owed in report.owed.prefix(3) {
                out += "\n- \(owed.due.map { "\($0)\(owed.overdue ? " (overdue)" : ""): " } ?? "")\(owed.text) — `\(owed.clear)`"
            }
        }
        var places: [String] = []
        if let card = report.card { places.append("card `\(card)`") }
        places.append(report.notes.count == 1 ? "1 note" : "\(report.notes.count) notes")
        out +=
            "\n\n" + places.joined(separator: ", ")
            + " · `lantern person \(live.notebook.lookup.shortestQuery(for: live.notebook.personPosition(id: named.person.id) ?? 0, name: named.person.name))`"
        return out
    }

    static func ago(_ day: Day, _ today: Day) -> String {
        let days = today.days(since: day)
        switch days {
        case 0: return "today"
        case 1: return "yesterday"
        case 2...: return "\(days) days ago"
        case -1: return "tomorrow"
        default: return "in \(-days) days"
        }
    }

    // MARK: - Definition and references

    /// A person's own place: their card, else the note that says where they stand, else where
    /// they were first given as a referral.
    func definition(of named: NamedPerson, in doc: OpenDocument) -> Location? {
        liveNotebook(of: doc).flatMap { place(of: named.person, in: $0) }
    }

    private func place(of person: Person, in live: LiveNotebook) -> Location? {
        let notebook = live.notebook
        var line = 1
        let path: String
        if let own = person.card ?? notebook.ledger.standing(ofPersonWithID: person.id)?.currentNote ?? person.interviews.last {
            path = own
            if let note = notebook.note(at: own) { line = note.person?.name?.line ?? note.interview?.contact?.line ?? 1 }
        } else if let source = person.referredIn.first {
            (path, line) = (source.path, source.line)
        } else {
            return nil
        }
        let position = Position(line: line - 1, character: 0)
        return Location(uri: uri(of: path, in: live), range: TextRange(start: position, end: position))
    }

    /// Every place a note names the person: as its contact, its introducer, a referral, a
    /// `[[wikilink]]`, a card's name.
    func references(to named: NamedPerson, in doc: OpenDocument) -> [Location] {
        guard let live = liveNotebook(of: doc) else { return [] }
        let notebook = live.notebook
        let id = named.person.id
        var out: [Location] = []
        func add(_ path: String, _ line: Int) {
            let position = Position(line: max(0, line - 1), character: 0)
            out.append(Location(uri: uri(of: path, in: live), range: TextRange(start: position, end: position)))
        }
        let notes = notebook.notes
        for n in notes.indices {
            let path = notes[n].path
            if let contact = notes[n].interview?.contact, notebook.personID(named: contact.value) == id { add(path, contact.line) }
            if let by = notes[n].details?.introducedBy, notebook.personID(named: by.value) == id { add(path, by.line) }
            if notes[n].kind == .person, notebook.personID(named: notes[n].person?.name?.value ?? notes[n].baseName) == id {
                add(path, notes[n].person?.name?.line ?? 1)
            }
            for referral in notes[n].body.referrals where notebook.personID(named: referral.name) == id { add(path, referral.location.line) }
            for mention in notes[n].body.mentions where notebook.personID(named: mention.target) == id { add(path, mention.location.line) }
        }
        var seen: Set<Location> = []
        return out.filter { seen.insert($0).inserted }
    }

    /// The URI of a note: the open document's own when it is open (as the client spelled it).
    func uri(of path: String, in live: LiveNotebook) -> String {
        let absolute = live.root + "/" + path
        return documents.values.first { $0.path == absolute }?.uri ?? URL(fileURLWithPath: absolute).absoluteString
    }

    // MARK: - Workspace symbols

    /// People and companies whose names match `query` (every one for an empty query, up to a limit).
    func workspaceSymbols(matching query: String) -> [SymbolInformation] {
        var out: [SymbolInformation] = []
        for live in notebooks.values where live.readsFolder {
            let notebook = live.notebook
            let indices = query.isEmpty ? Array(notebook.people.indices) : notebook.lookup.people(matching: query)
            for p in indices.prefix(LanguageServer.symbolLimit) {
                let person = notebook.people[p]
                guard let location = place(of: person, in: live) else { continue }
                out.append(
                    SymbolInformation(
                        name: person.name, kind: LanguageServer.personKind, location: location,
                        containerName: person.company))
            }
            var companies: [String: Location] = [:]
            let key = Identity.key(query)
            for n in notebook.notes.indices {
                guard let company = notebook.notes[n].details?.company, companies[company.value] == nil,
                    key.isEmpty || Identity.key(company.value).contains(key)
                else { continue }
                let position = Position(line: company.line - 1, character: 0)
                companies[company.value] = Location(uri: uri(of: notebook.notes[n].path, in: live), range: TextRange(start: position, end: position))
            }
            for (name, location) in companies.sorted(by: { $0.key < $1.key }).prefix(LanguageServer.symbolLimit) {
                out.append(SymbolInformation(name: name, kind: LanguageServer.companyKind, location: location, containerName: "company"))
            }
        }
        return out
    }

    /// LSP symbol kinds: a person is an object, a company a namespace.
    static let personKind = 19, companyKind = 3
    /// At most this many people, and this many companies, per notebook.
    static let symbolLimit = 500
}
