import Foundation

/// The whole notebook as Lantern understands it: every note, who is who, and what happened when.
/// Every consumer (lint, follow-ups, reports, exports) reads this; none re-reads a file.
public struct Notebook: Sendable {
    /// The root folder, absolute.
    public let root: String
    public let config: Config
    /// The day every date is judged against.
    public let today: Day
    /// Every note, sorted by path.
    public internal(set) var notes: [Note]
    /// Everyone, sorted by name.
    public internal(set) var people: [Person]
    /// Dated events, sorted by day, then path, then line; worked out on first use (only the
    /// weekly page and the export need them).
    public var events: [Event] {
        eventsCache.value {
            Notebook.events(of: notes, today: today, nameOf: { name in self.displayName(of: name) ?? name })
        }
    }
    var eventsCache = Once<[Event]>()
    private let nameIndex: [String: Int]
    private let cardIndex: [String: Int]
    let pathIndex: [String: Int]
    /// Identity keys of the names the notes use, worked out once (see `Identity.key`).
    private let knownKeys: [String: String]
    /// Person id → where they stand in `people`.
    private let idIndex: [String: Int]
    /// Person → the person cards (indices into `notes`) whose details went to them, in path order.
    let cardNotes: [Int: [Int]]

    /// What is owed, to whom, by when: worked out on first use, once per run.
    public var ledger: Ledger { ledgerCache.value { Ledger(notebook: self) } }
    var ledgerCache = Once<Ledger>()

    /// Finds people from what a user typed; worked out on first use.
    public var lookup: PersonLookup { lookupCache.value { PersonLookup(people: people) } }
    private let lookupCache = Once<PersonLookup>()

    public init(root: String, config: Config, today: Day, notes: [Note]) {
        self.root = root
        self.config = config
        self.today = today
        // The path index (with the check that the notes are in path order) and the people are
        // built side by side: each only reads the notes, and at 100,000 notes each is a pass
        // over a gigabyte. The loader gives the notes in path order; other callers may not, and
        // then the notes are sorted (a copy of every note) and the people built again.
        var (paths, registry) = concurrently({ Notebook.pathIndex(of: notes) }, { Registry(notes: notes) })
        if paths == nil {
            let sorted = notes.sorted { $0.path < $1.path }
            paths = Notebook.pathIndex(of: sorted)
            registry = Registry(notes: sorted)
            self.notes = sorted
        } else {
            self.notes = notes
        }
        pathIndex = paths!
        knownKeys = registry.keys
        let sortNames = registry.people.map { $0.name.lowercased() }
        let order = registry.people.indices.sorted {
            (sortNames[$0], registry.people[$0].id) < (sortNames[$1], registry.people[$1].id)
        }
        var remap = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { remap[old] = new }
        people = order.map { registry.people[$0] }
        nameIndex = registry.names.mapValues { remap[$0] }
        cardIndex = registry.cards.mapValues { remap[$0] }
        var ids: [String: Int] = [:]
        for (index, person) in people.enumerated() where ids[person.id] == nil { ids[person.id] = index }
        idIndex = ids
        cardNotes = Dictionary(uniqueKeysWithValues: registry.cardNotes.map { (remap[$0], $1) })
    }

    /// Where each path stands in `notes` (the first of two notes with one path); `nil` when the
    /// notes are not in path order.
    private static func pathIndex(of notes: [Note]) -> [String: Int]? {
        var paths = [String: Int](minimumCapacity: notes.count)  // grown once, not doubled 17 times
        for n in notes.indices {  // by index: `enumerated()` would copy every note
            if n > 0, notes[n].path < notes[n - 1].path { return nil }
            if paths[notes[n].path] == nil { paths[notes[n].path] = n }
        }
        return paths
    }

    /// The note at a path relative to the root.
    public func note(at path: String) -> Note? {
        pathIndex[path].map { notes[$0] }
    }

    /// Where the note at a path stands in `notes` (path order).
    public func index(of path: String) -> Int? {
        pathIndex[path]
    }

    /// The interview of the note at a path, without copying the rest of the note.
    public func interview(at path: String) -> Interview? {
        pathIndex[path].flatMap { notes[$0].interview }
    }

    /// Whether the note at a path is a practice interview.
    public func isPractice(at path: String) -> Bool {
        pathIndex[path].map { notes[$0].interview?.isPractice == true } ?? false
    }

    /// The interview notes, with their interviews.
    public var interviews: [(note: Note, interview: Interview)] {
        notes.compactMap { note in note.interview.map { (note, $0) } }
    }

    /// `Identity.key(name)`, from the keys worked out while loading when the name is one the
    /// notes use.
    public func identityKey(_ name: String) -> String {
        knownKeys[name] ?? Identity.key(name)
    }

    /// The person a name, an alias or a `[[wikilink]]` names, if known.
    public func person(named name: String) -> Person? {
        personIndex(named: name).map { people[$0] }
    }

    /// The display name of the person `name` refers to (read in place: `person(named:)` copies
    /// the whole person).
    public func displayName(of name: String) -> String? {
        personIndex(named: name).map { people[$0].name }
    }

    /// The id of the person `name` refers to (read in place, like `displayName(of:)`).
    public func personID(named name: String) -> String? {
        personIndex(named: name).map { people[$0].id }
    }

    /// Where the person with this id stands in `people`.
    public func personPosition(id: String) -> Int? { idIndex[id] }

    /// Where the person `name` refers to stands in `people`: by name or alias, else by card file.
    func personIndex(named name: String) -> Int? {
        let key = identityKey(name)
        return nameIndex[key] ?? cardIndex[key]
    }

    /// The person an interview is with.
    public func person(of interview: Interview) -> Person? {
        interview.contact.flatMap { person(named: $0.value) }
    }

    /// The name to show for an interview's contact (the person's display name).
    public func contactName(_ interview: Interview) -> String? {
        interview.contact.map { displayName(of: $0.value) ?? $0.value }
    }

    // MARK: - Events

    static func events(of notes: [Note], today: Day, nameOf: @escaping @Sendable (String) -> String) -> [Event] {
        // Each note's events on every core; notes come sorted by path, so a note's index orders
        // its events as its path would.
        let perNote = concurrentMap(notes.count) { events(ofNoteAt: $0, in: notes, today: today, nameOf: nameOf) }
        // Sorted by day, note, line and kind name, through keys of plain integers.
        var out: [Event] = []
        var keys: [(day: Int, note: Int, line: Int, kind: Int, at: Int)] = []
        for (index, events) in perNote.enumerated() {
            for e in events.indices {
                keys.append((events[e].day.ordinal, index, events[e].line, kindRank[events[e].kind]!, out.count + e))
            }
            out += events
        }
        keys.sort { ($0.day, $0.note, $0.line, $0.kind, $0.at) < ($1.day, $1.note, $1.line, $1.kind, $1.at) }
        return keys.map { out[$0.at] }
    }

    /// Each kind's place in the order of kind names.
    private static let kindRank: [Event.Kind: Int] = Dictionary(
        uniqueKeysWithValues: Event.Kind.allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($1, $0) })

    /// The events of the note at `index` dated within `days` (all of them without), in the order
    /// the note gives them.
    public func events(ofNoteAt index: Int, within days: ClosedRange<Day>? = nil) -> [Event] {
        Notebook.events(ofNoteAt: index, in: notes, today: today, within: days, nameOf: { name in self.displayName(of: name) ?? name })
    }

    /// The event at `spot` of the note at `index` (one `forEachEvent(ofNoteAt:in:today:_:)` gave).
    func event(_ spot: EventSpot, ofNoteAt index: Int) -> Event {
        Notebook.event(spot, ofNoteAt: index, in: notes, who: nil, nameOf: { name in self.displayName(of: name) ?? name })
    }

    /// Where an event stands in its note: its kind, day and line, and which attempt, follow-up,
    /// task or referral it is (`item`, an index into that list; 0 for the others).
    struct EventSpot {
        var kind: Event.Kind
        var day: Day
        var line: Int
        var item: Int
    }

    /// Calls `visit` with each event of the note at `index`, in the order the note gives them.
    /// The note's fields are read where they stand: binding the note, its interview or a task to
    /// a name would copy all of it (a reference count for each of its strings), and a report
    /// that counts the events of 100,000 notes (the weekly page) would pay for every one.
    static func forEachEvent(ofNoteAt index: Int, in notes: [Note], today: Day, _ visit: (EventSpot) -> Void) {
        notes.withUnsafeBufferPointer { notes in
            guard notes[index].interview?.contact != nil else { return }
            notes[index].interview!.attempts.withUnsafeBufferPointer { attempts in
                for k in attempts.indices { visit(EventSpot(kind: .attempt, day: attempts[k].day, line: attempts[k].location.line, item: k)) }
            }
            if let r = notes[index].interview!.replied { visit(EventSpot(kind: .reply, day: r.value, line: r.line, item: 0)) }
            let status = notes[index].interview!.status(on: today)
            // Held: done, and not a practice interview (`Interview.isHeld(on:)`).
            if status == .done, notes[index].interview!.practice?.value != true, let m = notes[index].interview!.meeting {
                visit(EventSpot(kind: .meeting, day: m.value.day, line: m.line, item: 0))
            }
            // The thank-you that counts: the earliest recorded (`Interview.thankYou`).
            notes[index].interview!.thankYous.withUnsafeBufferPointer { thankYous in
                guard var first = thankYous.indices.first else { return }
                for k in thankYous.indices where thankYous[k].day < thankYous[first].day { first = k }
                visit(EventSpot(kind: .thankYou, day: thankYous[first].day, line: thankYous[first].location.line, item: 0))
            }
            notes[index].interview!.followUps.withUnsafeBufferPointer { followUps in
                for k in followUps.indices { visit(EventSpot(kind: .followUp, day: followUps[k].day, line: followUps[k].location.line, item: k)) }
            }
            // Done tasks other than thank-yous and follow-ups; only their words are read.
            notes[index].body.tasks.withUnsafeBufferPointer { tasks in
                // `status`, a stored field, not `isDone`: a computed property copies the task.
                for k in tasks.indices where tasks[k].status == .done {
                    guard let d = tasks[k].done else { continue }
                    let text = tasks[k].text
                    guard !Task.mentionsThankYou(text), !Task.mentionsFollowUp(text) else { continue }
                    visit(EventSpot(kind: .taskDone, day: d, line: tasks[k].location.line, item: k))
                }
            }
            if let day = notes[index].interview!.meeting?.value.day, status == .done {
                notes[index].body.referrals.withUnsafeBufferPointer { referrals in
                    for k in referrals.indices { visit(EventSpot(kind: .referralGiven, day: day, line: referrals[k].location.line, item: k)) }
                }
            }
        }
    }

    /// The event at `spot` of the note at `index`, with the person it concerns and its detail
    /// (`who`: the display name of the note's contact, worked out when `nil`).
    private static func event(_ spot: EventSpot, ofNoteAt index: Int, in notes: [Note], who: String?, nameOf: (String) -> String) -> Event {
        let who = who ?? nameOf(notes[index].interview?.contact?.value ?? "")
        let detail: String?
        var person = who
        switch spot.kind {
        case .attempt: detail = notes[index].interview?.attempts[spot.item].via?.rawValue
        case .reply, .thankYou: detail = nil
        case .meeting: detail = notes[index].interview?.medium?.value.rawValue
        case .followUp: detail = notes[index].interview?.followUps[spot.item].via?.rawValue
        case .taskDone: detail = notes[index].body.tasks[spot.item].text
        case .referralGiven:
            detail = who
            person = nameOf(notes[index].body.referrals[spot.item].name)
        }
        return Event(kind: spot.kind, day: spot.day, person: person, path: notes[index].path, line: spot.line, detail: detail)
    }

    /// The events of one note, dated within `days` (all of them without).
    private static func events(
        ofNoteAt index: Int, in notes: [Note], today: Day, within days: ClosedRange<Day>? = nil, nameOf: (String) -> String
    ) -> [Event] {
        var out: [Event] = []
        var who: String?
        forEachEvent(ofNoteAt: index, in: notes, today: today) { spot in
            if let days, !days.contains(spot.day) { return }
            who = who ?? nameOf(notes[index].interview?.contact?.value ?? "")
            out.append(event(spot, ofNoteAt: index, in: notes, who: who, nameOf: nameOf))
        }
        return out
    }
}

/// Builds the people of a notebook, merging names by identity.
private struct Registry: Sendable {
    var people: [Person] = []
    /// Identity keys of names and aliases → person.
    var names: [String: Int] = [:]
    /// Identity keys of person-card file names → person.
    var cards: [String: Int] = [:]
    /// Name → identity key, for every name met while building.
    var keys: [String: String] = [:]
    /// Person → the person cards (note indices) whose details went to them.
    var cardNotes: [Int: [Int]] = [:]

    func resolve(_ name: String) -> Int? {
        let key = keys[name] ?? Identity.key(name)
        return names[key] ?? cards[key]
    }

    /// The identity key of a name, remembered.
    mutating func key(_ name: String) -> String {
        if let key = keys[name] { return key }
        let key = Identity.key(name)
        keys[name] = key
        return key
    }

    /// The person a name refers to, created when new.
    mutating func person(_ name: String) -> Int {
        let key = key(name)
        if let i = names[key] ?? cards[key] { return i }
        people.append(Person(id: key, name: Wikilink.whole(name) ?? name))
        names[key] = people.count - 1
        return people.count - 1
    }

    /// The people of `notes`.
    init(notes: [Note]) { build(from: notes) }

    /// Everyone the notes name. Each step reads a note's fields where they are, one by one:
    /// binding a note's interview or card to a name would copy all of it (a reference count for
    /// every string), for every note.
    mutating func build(from notes: [Note]) {
        // Cards first: they hold the names and aliases everything else resolves against.
        for n in notes.indices where notes[n].kind == .person && notes[n].person != nil { addCard(notes, n) }
        for n in notes.indices where notes[n].interview?.contact != nil { addContact(notes, n) }
        // Referrals last: an introduction written in the person's own note wins over being named.
        for n in notes.indices where notes[n].interview?.contact != nil { addReferrals(notes, n) }
    }

    /// The person card at `notes[n]`.
    private mutating func addCard(_ notes: [Note], _ n: Int) {
        let baseName = notes[n].baseName
        let name = notes[n].person?.name?.value ?? baseName
        let i = person(name)
        people[i].name = name
        people[i].card = people[i].card ?? notes[n].path
        people[i].addRole("card")
        cardNotes[i, default: []].append(n)
        cards[Identity.key(baseName)] = cards[Identity.key(baseName)] ?? i
        for alias in notes[n].person?.aliases ?? [] {
            people[i].aliases.add(alias)
            names[Identity.key(alias)] = names[Identity.key(alias)] ?? i
        }
        people[i].takeDetails(ofCardAt: n, in: notes)
        if let by = notes[n].person?.details.introducedBy?.value { introduce(i, by: by) }
    }

    /// The contact of the interview note at `notes[n]`.
    private mutating func addContact(_ notes: [Note], _ n: Int) {
        guard let contact = notes[n].interview?.contact?.value else { return }
        let i = person(contact)
        people[i].addRole("contact")
        people[i].interviews.append(notes[n].path)
        people[i].takeDetails(ofInterviewAt: n, in: notes)
        if let by = notes[n].interview?.details.introducedBy?.value { introduce(i, by: by) }
    }

    /// `by` introduced the person at `i` (the first introducer written wins).
    private mutating func introduce(_ i: Int, by: String) {
        let j = person(by)
        people[j].addRole("introducer")
        people[i].introducedBy = people[i].introducedBy ?? people[j].name
    }

    /// The people the interview note at `notes[n]` gives as referrals.
    private mutating func addReferrals(_ notes: [Note], _ n: Int) {
        guard !notes[n].body.referrals.isEmpty, let contact = notes[n].interview?.contact?.value else { return }
        let giver = people[person(contact)].name
        for r in notes[n].body.referrals.indices {
            let i = person(notes[n].body.referrals[r].name)
            people[i].addRole("referral")
            people[i].introducedBy = people[i].introducedBy ?? giver
            people[i].takeDetails(ofReferral: r, inNoteAt: n, of: notes, by: giver)
        }
    }
}

extension Person {
    // MARK: - Details
    //
    // What a note tells about someone beyond who they are, read where it stands in the note: the
    // registry takes these from every note in turn, and an edit that leaves the names alone takes
    // them again for one person only (`Notebook.replace(with:)`).

    /// The details of the person card at `notes[n]`: its title and company unless one is known,
    /// ways to reach them, tags.
    mutating func takeDetails(ofCardAt n: Int, in notes: [Note]) {
        if let details = notes[n].person?.details { take(details, latestWins: false) }
    }

    /// The details of the interview with them at `notes[n]`; the latest note's title and company
    /// win (people change jobs).
    mutating func takeDetails(ofInterviewAt n: Int, in notes: [Note]) {
        if let details = notes[n].interview?.details { take(details, latestWins: true) }
    }

    /// What one note says about them: its title and company when it is the latest word on them
    /// (`latestWins`) or the first; its ways to reach them and its tags, added to those known.
    private mutating func take(_ details: ContactDetails, latestWins: Bool) {
        if latestWins || title == nil, let t = details.title?.value { title = t }
        if latestWins || company == nil, let c = details.company?.value { company = c }
        emails.add(details.email?.value)
        phones.add(details.phone?.value)
        urls.add(details.linkedin?.value)
        urls.add(details.url?.value)
        for tag in details.tags { tags.add(tag) }
    }

    /// Where referral `r` of the interview at `notes[n]`, given by `giver`, names them, and how to reach them.
    mutating func takeDetails(ofReferral r: Int, inNoteAt n: Int, of notes: [Note], by giver: String) {
        referredIn.append(
            .init(
                by: giver, path: notes[n].path, line: notes[n].body.referrals[r].location.line,
                day: notes[n].interview?.meeting?.value.day))
        for e in notes[n].body.referrals[r].emails { emails.add(e) }
        for p in notes[n].body.referrals[r].phones { phones.add(p) }
        for u in notes[n].body.referrals[r].urls { urls.add(u) }
    }

    /// The person without the details notes give, ready to take them again.
    var withoutDetails: Person {
        var p = self
        p.title = nil
        p.company = nil
        p.emails = []
        p.phones = []
        p.urls = []
        p.tags = []
        p.referredIn = []
        return p
    }
}

/// A value worked out once, on first use, from any thread.
final class Once<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    init(_ value: Value? = nil) { stored = value }

    /// The value, if it was worked out already.
    var worked: Value? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
