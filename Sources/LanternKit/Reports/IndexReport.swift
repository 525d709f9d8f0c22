/// The index page's data (README, "The index: `lantern index`"): everyone A–Z, companies, interviews newest first,
/// who introduced whom, and tags.
public struct IndexReport: Sendable, Encodable {
    public var version = 1
    public var today: Day
    public var people: [IndexPerson]
    public var companies: [Company]
    public var interviews: [IndexInterview]
    /// Introductions and referrals, as edges from the person who gave the name.
    public var network: [Introduction]
    public var tags: [Tag]

    public struct IndexPerson: Sendable, Encodable {
        public var name: String
        public var title: String?
        public var company: String?
        /// The status of their latest conversation; `nil` with no note yet.
        public var status: String?
        /// `contact`, `card`, `introducer`, `referral`.
        public var roles: [String]
        public var introducedBy: String?
        public var lastInteraction: Day?
        /// Their next dated follow-up item (of any kind but the open tasks).
        public var nextFollowUp: Day?
        public var nextKind: String?
        /// Their notes: the person card first, then interview notes; or, with none, the note
        /// they were named in.
        public var notes: [String]
        public var hasNote: Bool
    }

    public struct Company: Sendable, Encodable {
        public var name: String
        public var people: [Member]
    }

    public struct Member: Sendable, Encodable {
        public var name: String
        public var status: String?
        public var path: String?
    }

    public struct IndexInterview: Sendable, Encodable {
        public var day: Day?
        public var time: String?
        public var person: String
        public var company: String?
        public var status: String
        public var practice: Bool
        public var path: String
    }

    public struct Introduction: Sendable, Encodable, Hashable {
        public var from: String
        public var to: String
        /// `introduced` (from `introduced_by`) or `referred` (from a referrals section).
        public var kind: String
    }

    public struct Tag: Sendable, Encodable {
        public var tag: String
        public var notes: [TaggedNote]
    }

    public struct TaggedNote: Sendable, Encodable {
        public var path: String
        public var title: String
    }
}

extension IndexReport {
    public init(notebook: Notebook) {
        today = notebook.today
        let ledger = notebook.ledger
        // Each person's first dated item in the follow-up list's order (found without sorting
        // the whole list); meetings beyond the list's week are not "next".
        var first: [String: (item: Obligation, rank: Int)] = [:]
        let filter = FollowUpFilter()
        let day = notebook.today
        let places = ledger.places { head in
            head.due != nil && head.kind != .action
                && filter.keeps(head.kind, due: head.due, contact: ledger.reading(head.place) { $0.pointee.contact }, today: day)
        }
        let dated = ledger.obligations(at: places)
        for (k, item) in dated.enumerated() {
            let key = item.personID ?? notebook.identityKey(item.contact)
            // A note's items carry its path: its place in path order is its rank.
            let rank = places[k].note ?? notebook.index(of: item.path) ?? Int.max
            if let known = first[key], !FollowUps.precedes(item, rank, known.item, known.rank) { continue }
            first[key] = (item, rank)
        }
        let next = first.mapValues(\.item)

        // One pass over the notes, on every core, each core a run of neighbouring notes: where
        // people are named as introducers, the interviews, the network's edges and the tags;
        // then the runs are put together in path order.
        let notes = notebook.notes
        let chunks = Swift.min(64, notes.count)
        let parts = concurrentMap(chunks) { chunk in IndexReport.read(notes, chunkRange(chunk, of: chunks, count: notes.count), in: notebook) }

        // Where people without a note of their own are named: as a referral, or as an introducer.
        var introducedIn: [String: String] = [:]
        for part in parts {
            for (id, path) in part.introducers where introducedIn[id] == nil { introducedIn[id] = path }
        }
        // Each person's status and last contact, worked out once, on every core.
        let everyone = notebook.people
        let facts = concurrentMap(everyone.count) { i -> (status: String?, last: Day?)? in
            (notebook.status(of: everyone[i])?.rawValue, notebook.lastContact(of: everyone[i]))
        }
        people = everyone.indices.map { index in
            let person = everyone[index]
            let named = person.referredIn.first.map { [$0.path] } ?? introducedIn[person.id].map { [$0] } ?? []
            let notes = (person.card.map { [$0] } ?? []) + person.interviews
            let upcoming = next[person.id]
            return IndexPerson(
                name: person.name, title: person.title, company: person.company,
                status: facts[index].status, roles: person.roles,
                introducedBy: person.introducedBy, lastInteraction: facts[index].last,
                nextFollowUp: upcoming?.due, nextKind: upcoming?.kind.rawValue,
                notes: notes.isEmpty ? named : notes, hasNote: !notes.isEmpty)
        }

        var byCompany: [String: (name: String, members: [Member])] = [:]
        for (index, person) in everyone.enumerated() {
            guard let company = person.company?.trimmingBlanks(), !company.isEmpty else { continue }
            let key = Identity.key(company)
            let member = Member(
                name: person.name, status: facts[index].status,
                path: ledger.standing(ofPersonWithID: person.id)?.currentNote ?? person.card ?? person.referredIn.first?.path)
            byCompany[key, default: (company, [])].members.append(member)
        }
        companies = byCompany.sorted { $0.key < $1.key }.map { Company(name: $0.value.name, people: $0.value.members) }

        // Newest first, undated last; on the same day in path order (the notes' order). Sorted
        // as whole numbers, then each interview taken once.
        var read: [IndexInterview] = []
        var order: [(day: Int, n: Int, at: Int)] = []
        for part in parts {
            for (n, entry) in part.interviews {
                order.append((entry.day.map { -$0.ordinal } ?? Int.max, n, read.count))
                read.append(entry)
            }
        }
        order.sort { $0.day != $1.day ? $0.day < $1.day : $0.n < $1.n }
        interviews = order.map { read[$0.at] }

        var edges: [Introduction] = []
        var seen: Set<Introduction> = []
        for part in parts {
            for edge in part.edges {
                // One edge per pair: an introduction and a referral of the same two people are one line.
                guard seen.insert(Introduction(from: edge.from, to: edge.to, kind: "")).inserted else { continue }
                edges.append(edge)
            }
        }
        network = edges

        var tagged: [String: (tag: String, notes: [TaggedNote])] = [:]
        for part in parts {
            for (key, tag, note) in part.tags { tagged[key, default: (tag, [])].notes.append(note) }
        }
        tags = tagged.sorted { $0.key < $1.key }.map { Tag(tag: $0.value.tag, notes: $0.value.notes) }
    }

    /// What the index takes from a run of neighbouring notes, in their order.
    private struct Part {
        /// The person id of each note's introducer, with the note's path.
        var introducers: [(id: String, path: String)] = []
        var interviews: [(n: Int, entry: IndexInterview)] = []
        /// Each note's introductions and referrals, the names as shown; a person is never their own.
        var edges: [Introduction] = []
        /// Each note's tags once each (as written first), keyed by the tag in lower case.
        var tags: [(key: String, tag: String, note: TaggedNote)] = []
    }

    private static func read(_ notes: [Note], _ run: Range<Int>, in notebook: Notebook) -> Part {
        var part = Part()
        let name = { (raw: String) in notebook.displayName(of: raw) ?? raw }
        func add(_ from: String, _ to: String, _ kind: String) {
            if from != to { part.edges.append(Introduction(from: from, to: to, kind: kind)) }
        }
        for n in run {
            let title: String
            if let i = notes[n].interview {
                if let by = i.details.introducedBy?.value, let id = notebook.personID(named: by) {
                    part.introducers.append((id, notes[n].path))
                }
                let person = notebook.contactName(i) ?? "this contact"
                title = person
                part.interviews.append(
                    (
                        n,
                        IndexInterview(
                            day: i.meetingDay, time: i.meeting?.value.time, person: person, company: i.details.company?.value,
                            status: i.status(on: notebook.today).rawValue, practice: i.isPractice, path: notes[n].path)
                    ))
                if let contact = i.contact?.value {
                    if let by = i.details.introducedBy?.value { add(name(by), name(contact), "introduced") }
                    for r in notes[n].body.referrals { add(name(contact), name(r.name), "referred") }
                }
            } else {
                title = notes[n].person?.name?.value ?? notes[n].baseName
            }
            if let card = notes[n].person, let by = card.details.introducedBy?.value {
                add(name(by), card.name?.value ?? notes[n].baseName, "introduced")
            }
            let tags = notes[n].details?.tags ?? []
            var seen: Set<String> = []
            for tag in tags where seen.insert(tag).inserted {  // in written order: deterministic
                part.tags.append((tag.lowercased(), tag, TaggedNote(path: notes[n].path, title: title)))
            }
        }
        return part
    }
}

import Foundation
