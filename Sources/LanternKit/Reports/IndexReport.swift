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
        let context = LintContext(notebook: notebook)
        let ledger = notebook.ledger
        // Each person's first dated item in the follow-up list's order (found without sorting
        // the whole list); meetings beyond the list's week are not "next".
        var first: [String: (item: Obligation, rank: Int)] = [:]
        let filter = FollowUpFilter()
        let day = notebook.today
        let dated = ledger.obligations { head in
            head.due != nil && head.kind != .action
                && filter.keeps(head.kind, due: head.due, contact: ledger.reading(head.place) { $0.pointee.contact }, today: day)
        }
        for item in dated {
            let key = item.personID ?? notebook.identityKey(item.contact)
            let rank = notebook.index(of: item.path) ?? Int.max
            if let known = first[key], !FollowUps.precedes(item, rank, known.item, known.rank) { continue }
            first[key] = (item, rank)
        }
        let next = first.mapValues(\.item)
        // Where people without a note of their own are named: as a referral, or as an introducer.
        var introducedIn: [String: String] = [:]
        // (Notes are read in place, by index: a `for note in` loop would copy every note.)
        let notes = notebook.notes
        for n in notes.indices {
            if let by = notes[n].interview?.details.introducedBy?.value, let p = notebook.person(named: by), introducedIn[p.id] == nil {
                introducedIn[p.id] = notes[n].path
            }
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

        interviews = notes.indices.compactMap { n -> IndexInterview? in
            guard let i = notes[n].interview else { return nil }
            return IndexInterview(
                day: i.meetingDay, time: i.meeting?.value.time, person: context.name(i), company: i.details.company?.value,
                status: i.status(on: notebook.today).rawValue, practice: i.isPractice, path: notes[n].path)
        }.sorted { a, b in
            switch (a.day, b.day) {
            case (let x?, let y?): return x != y ? x > y : a.path < b.path
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.path < b.path
            }
        }

        var edges: [Introduction] = []
        var seen: Set<Introduction> = []
        func add(_ from: String, _ to: String, _ kind: String) {
            let edge = Introduction(from: from, to: to, kind: kind)
            // One edge per pair: an introduction and a referral of the same two people are one line.
            guard from != to, seen.insert(Introduction(from: from, to: to, kind: "")).inserted else { return }
            edges.append(edge)
        }
        let name = { (raw: String) in notebook.displayName(of: raw) ?? raw }
        for n in notes.indices {
            if let i = notes[n].interview, let contact = i.contact?.value {
                if let by = i.details.introducedBy?.value { add(name(by), name(contact), "introduced") }
                for r in notes[n].body.referrals { add(name(contact), name(r.name), "referred") }
            }
            if let card = notes[n].person, let by = card.details.introducedBy?.value {
                add(name(by), card.name?.value ?? notes[n].baseName, "introduced")
            }
        }
        network = edges

        var tagged: [String: (tag: String, notes: [TaggedNote])] = [:]
        for n in notes.indices {
            let tags = notes[n].details?.tags ?? []
            guard !tags.isEmpty else { continue }
            let title = notes[n].interview.map(context.name) ?? notes[n].person?.name?.value ?? notes[n].baseName
            var seen: Set<String> = []
            for tag in tags where seen.insert(tag).inserted {  // in written order: deterministic
                tagged[tag.lowercased(), default: (tag, [])].notes.append(TaggedNote(path: notes[n].path, title: title))
            }
        }
        tags = tagged.sorted { $0.key < $1.key }.map { Tag(tag: $0.value.tag, notes: $0.value.notes) }
    }
}

import Foundation
