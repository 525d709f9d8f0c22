import Dispatch
/// The weekly summary page's data (README, "Every Friday: `lantern week`"): what happened in the week, what is coming,
/// what is due, where the pipeline stands, and how healthy the notebook is. The page, its Markdown
/// and `--format json` all show this.
///
/// The sections about the week (numbers, meetings held, new people, trend) count what is dated
/// inside it; the others (coming up, due now, pipeline, health) are as of `today`.
public struct WeekReport: Sendable, Encodable {
    public var version = 1
    public var today: Day
    /// `2026-W47`
    public var week: String
    public var start: Day
    public var end: Day
    public var previousWeek: String
    public var numbers: [Number]
    public var meetingsHeld: [HeldMeeting]
    public var comingUp: [Upcoming]
    public var dueNow: [DueItem]
    public var pipeline: Pipeline
    public var newPeople: [NewPerson]
    public var health: Health
    public var trend: [TrendWeek]

    /// One figure of "the week in numbers", with the week before's.
    public struct Number: Sendable, Encodable {
        /// `outreach`, `replies`, `meetings`, `thank_yous`, `follow_ups`, `referrals`, `actions_done`.
        public var key: String
        public var label: String
        public var value: Int
        public var previous: Int
        public var change: Int { value - previous }

        enum CodingKeys: String, CodingKey { case key, label, value, previous, change }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(key, forKey: .key)
            try c.encode(label, forKey: .label)
            try c.encode(value, forKey: .value)
            try c.encode(previous, forKey: .previous)
            try c.encode(change, forKey: .change)
        }
    }

    public struct HeldMeeting: Sendable, Encodable {
        public var day: Day
        public var time: String?
        public var person: String
        public var title: String?
        public var company: String?
        public var medium: String?
        public var durationMinutes: Int?
        /// The day the thank-you went out, if it did.
        public var thankYou: Day?
        public var path: String
        public var line: Int
    }

    public struct Upcoming: Sendable, Encodable {
        public var day: Day
        public var time: String?
        public var person: String
        public var title: String?
        public var company: String?
        public var medium: String?
        public var research: Bool
        public var questions: Int
        public var minQuestions: Int
        public var path: String
        public var line: Int
    }

    public struct DueItem: Sendable, Encodable {
        public var kind: String
        public var due: Day?
        public var overdue: Bool
        public var contact: String
        public var text: String
        public var path: String
        public var line: Int
    }

    public struct Pipeline: Sendable, Encodable {
        /// People per status of their latest conversation (practice interviews left out), in the
        /// order of `Status`.
        public var statuses: [StatusCount]
        /// `contacted` + `scheduled`.
        public var inPlay: Int
        public var activeTarget: Int
        /// Prospects not yet written to and referrals without a note, oldest first.
        public var addNext: [Candidate]
    }

    public struct StatusCount: Sendable, Encodable {
        public var status: String
        public var people: Int
    }

    public struct Candidate: Sendable, Encodable {
        public var name: String
        /// `prospect` or `referral`.
        public var source: String
        /// Who referred them.
        public var by: String?
        public var since: Day?
        public var company: String?
        public var path: String
        public var line: Int
    }

    public struct NewPerson: Sendable, Encodable {
        public var name: String
        /// Their web address or email, as written in the note (filtered before it becomes a link).
        public var url: String?
        public var by: String
        public var day: Day
        public var path: String
        public var line: Int
    }

    public struct Health: Sendable, Encodable {
        public var errors: Int
        public var warnings: Int
        public var notes: Int
        public var filesChecked: Int
        /// The most frequent rules, most frequent first (at most five).
        public var topRules: [RuleCount]
        /// The files with the most findings, most first (at most `WeekReport.filesShown`).
        public var files: [FileCount]
        /// How many files have findings in all (`lantern lint` lists them).
        public var filesWithFindings: Int
    }

    /// How many files the health section names: a weekly page points at the worst files; the
    /// full list is `lantern lint`'s job.
    public static let filesShown = 10

    public struct RuleCount: Sendable, Encodable {
        public var rule: String
        public var severity: String
        public var count: Int
    }

    public struct FileCount: Sendable, Encodable {
        public var path: String
        public var errors: Int
        public var warnings: Int
        public var notes: Int
    }

    public struct TrendWeek: Sendable, Encodable {
        public var week: String
        public var start: Day
        public var outreach: Int
        public var meetings: Int
    }
}

extension WeekReport {
    /// The page for `week` of `notebook`, with the notebook's lint result for the health section.
    public init(week: Week, notebook: Notebook, lint: LintResult) {
        let today = notebook.today
        let config = notebook.config
        self.today = today
        self.week = week.description
        start = week.start
        end = week.end
        previousWeek = week.previous.description

        // Events of practice interviews do not count, except the actions you ticked. The figures
        // of this week, the week before and the trend's twelve weeks are tallied in one pass over
        // the notes, on every core; so are the referrals given this week.
        var weeks: [Week] = [week]
        while weeks.count < 12 { weeks.insert(weeks[0].previous, at: 0) }
        let tallied = weeks  // the last two are the week before and this week
        let kinds = Event.Kind.allCases
        let chunks = Swift.min(64, notebook.notes.count)
        let ledger = notebook.ledger
        typealias Part = (tally: [Int], given: [(note: Int, spot: Notebook.EventSpot)], held: [HeldMeeting], upcoming: [Upcoming])
        let parts = concurrentMap(chunks) { chunk -> Part in
            var tally = Array(repeating: 0, count: kinds.count * tallied.count)
            var given: [(note: Int, spot: Notebook.EventSpot)] = []
            var held: [HeldMeeting] = []
            var upcoming: [Upcoming] = []
            let notes = notebook.notes
            for n in chunkRange(chunk, of: chunks, count: notes.count) where notes[n].interview != nil {
                let isPractice = notes[n].interview?.isPractice == true
                // Counted where they stand in the note; only this week's referrals become events.
                Notebook.forEachEvent(ofNoteAt: n, in: notes, today: today) { spot in
                    if spot.kind != .taskDone, isPractice { return }
                    guard let w = tallied.firstIndex(where: { $0.contains(spot.day) }) else { return }
                    tally[kinds.firstIndex(of: spot.kind)! * tallied.count + w] += 1
                    if spot.kind == .referralGiven, week.contains(spot.day) { given.append((n, spot)) }
                }
                // The meetings held this week and coming up, chosen on the note's fields where
                // they stand while the note is at hand: only the few shown are copied out.
                guard !isPractice, let day = notes[n].interview?.meeting?.value.day else { continue }
                let isHeld = week.contains(day) && notes[n].interview!.isHeld(on: today)
                let isComingUp = ledger.head(.meeting, ofNoteAt: n)?.due.map(ledger.practice.isComingUp) ?? false
                guard isHeld || isComingUp, let i = notes[n].interview, let meeting = i.meeting else { continue }
                let who = notebook.contactName(i) ?? "this contact"
                if isHeld {
                    held.append(
                        HeldMeeting(
                            day: day, time: meeting.value.time, person: who, title: i.details.title?.value,
                            company: i.details.company?.value, medium: i.medium?.value.rawValue,
                            durationMinutes: i.durationMinutes?.value, thankYou: i.thankYou?.day,
                            path: notes[n].path, line: meeting.line))
                }
                if isComingUp {
                    upcoming.append(
                        Upcoming(
                            day: day, time: meeting.value.time, person: who, title: i.details.title?.value,
                            company: i.details.company?.value, medium: i.medium?.value.rawValue,
                            research: notes[n].body.hasResearch, questions: notes[n].body.questions.count,
                            minQuestions: config.minQuestions, path: notes[n].path, line: meeting.line))
                }
            }
            return (tally, given, held, upcoming)
        }
        var tally = Array(repeating: 0, count: kinds.count * tallied.count)
        for part in parts { for i in tally.indices { tally[i] += part.tally[i] } }
        func count(_ kind: Event.Kind, in w: Week) -> Int {
            tallied.firstIndex(of: w).map { tally[kinds.firstIndex(of: kind)! * tallied.count + $0] } ?? 0
        }
        let figures: [(String, String, Event.Kind)] = [
            ("outreach", "Outreach sent", .attempt), ("replies", "Replies", .reply), ("meetings", "Meetings held", .meeting),
            ("thank_yous", "Thank-yous sent", .thankYou), ("follow_ups", "Follow-ups sent", .followUp),
            ("referrals", "Referrals collected", .referralGiven), ("actions_done", "Actions done", .taskDone),
        ]
        numbers = figures.map { key, label, kind in
            Number(key: key, label: label, value: count(kind, in: week), previous: count(kind, in: week.previous))
        }

        // Sorted on day, time and path, so the order the chunks found them in does not matter.
        let held = parts.flatMap(\.held)
        let upcoming = parts.flatMap(\.upcoming)
        meetingsHeld = held.sorted { ($0.day, $0.time ?? "", $0.path) < ($1.day, $1.time ?? "", $1.path) }
        comingUp = upcoming.sorted { ($0.day, $0.time ?? "", $0.path) < ($1.day, $1.time ?? "", $1.path) }

        // The follow-ups due and the notebook's health (a count of every finding) are two passes
        // on one core each; side by side, on two.
        let (due, health) = concurrently(
            { FollowUps.places(in: notebook, filter: FollowUpFilter(within: Practice.meetingHorizon)) }, { Health(lint: lint) })
        // Thousands of rows on a neglected notebook: each reads the fields it shows where the
        // ledger holds them, in the ledger's own order, note by note (the list's order jumps
        // between notes at random), on every core, and is put in its place in the list. (Not
        // `concurrentArray`, which makes each place's value in turn: this fills places in the
        // order the ledger is read.)
        let order = Ledger.Place.inNoteOrder(due, notes: notebook.notes.count)
        dueNow = [DueItem](unsafeUninitializedCapacity: due.count) { rows, count in
            nonisolated(unsafe) let rows = rows
            let chunks = Swift.min(64, order.count)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for k in chunkRange(chunk, of: chunks, count: order.count) {
                    let n = order[k]
                    let row = ledger.reading(due[n]) { item in
                        DueItem(
                            kind: item.pointee.kind.rawValue, due: item.pointee.due, overdue: item.pointee.due.map { $0 < today } ?? false,
                            contact: item.pointee.contact, text: item.pointee.text, path: item.pointee.path, line: item.pointee.line)
                    }
                    (rows.baseAddress! + n).initialize(to: row)
                }
            }
            count = due.count
        }

        // Where people stand and who to add next, as the ledger has it: each person's current
        // note's status; prospects owed a first message and referrals without a note.
        var perStatus: [Status: Int] = [:]
        for person in notebook.people {
            guard let standing = ledger.standing(ofPersonWithID: person.id), let status = standing.status,
                let current = standing.currentNote, notebook.isPractice(at: current) == false
            else { continue }
            perStatus[status, default: 0] += 1
        }
        var candidates: [Candidate] = []
        for owed in ledger.obligations(where: { $0.kind == .reachOut || $0.kind == .referral }) {
            let person = owed.personID.flatMap(notebook.personPosition(id:)).map { notebook.people[$0] }
            if owed.kind == .referral {
                let first = person?.referredIn.first { $0.path == owed.path && $0.line == owed.line }
                candidates.append(
                    Candidate(
                        name: owed.contact, source: "referral", by: first?.by, since: first?.day,
                        company: person?.company, path: owed.path, line: owed.line))
            } else {
                candidates.append(
                    Candidate(
                        name: owed.contact, source: "prospect", by: person?.introducedBy, since: nil,
                        company: person?.company, path: owed.path, line: owed.line))
            }
        }
        let inPlay = (perStatus[.contacted] ?? 0) + (perStatus[.scheduled] ?? 0)
        pipeline = Pipeline(
            statuses: Status.allCases.map { StatusCount(status: $0.rawValue, people: perStatus[$0] ?? 0) },
            inPlay: inPlay, activeTarget: config.activeTarget,
            addNext: candidates.sorted { ($0.since?.ordinal ?? Int.max, $0.name) < ($1.since?.ordinal ?? Int.max, $1.name) })

        // In the order of the notebook's events: by day, then note, then line.
        let given = parts.flatMap(\.given).map { (note: $0.note, event: notebook.event($0.spot, ofNoteAt: $0.note)) }
        newPeople = given.sorted { ($0.event.day, $0.note, $0.event.line) < ($1.event.day, $1.note, $1.event.line) }.map { _, e in
            let person = notebook.person(named: e.person)
            return NewPerson(
                name: e.person, url: person?.urls.first ?? person?.emails.first.map { "mailto:" + $0 }, by: e.detail ?? "",
                day: e.day, path: e.path, line: e.line)
        }

        self.health = health

        trend = weeks.map { w in
            TrendWeek(week: w.description, start: w.start, outreach: count(.attempt, in: w), meetings: count(.meeting, in: w))
        }
    }
}

extension WeekReport.Health {
    /// The health section of a lint result: its counts, the five most frequent rules and the
    /// files with the most findings.
    init(lint: LintResult) {
        // The linter lists findings in path order, so a file's findings come together and each
        // new path is a new file: no table of paths is needed unless a later path sorts before
        // an earlier one (a result put together by hand), and from then on one is kept. A file
        // is counted by the index of its first finding (no copy of its path, 84,000 of them on
        // a large notebook); rules are few, and looked up in their list.
        var rules: [(rule: String, severity: Severity, count: Int)] = []
        var files: [(first: Int, errors: Int, warnings: Int, notes: Int)] = []
        var fileIndex: [String: Int]?
        var errors = 0, warnings = 0, notes = 0
        let diagnostics = lint.diagnostics
        var rule = -1, file = -1
        for i in diagnostics.indices {
            // Read in place; most findings are of the rule and file just seen.
            if rule < 0 || rules[rule].rule != diagnostics[i].rule {
                rule = rules.indices.first { rules[$0].rule == diagnostics[i].rule } ?? rules.count
                if rule == rules.count { rules.append((diagnostics[i].rule, diagnostics[i].severity, 0)) }
            }
            rules[rule].count += 1
            if file < 0 || diagnostics[files[file].first].path != diagnostics[i].path {
                if fileIndex == nil, file >= 0, diagnostics[i].path < diagnostics[files[file].first].path {
                    fileIndex = Dictionary(files.indices.map { (diagnostics[files[$0].first].path, $0) }, uniquingKeysWith: { first, _ in first })
                }
                file = fileIndex?[diagnostics[i].path] ?? files.count
                if file == files.count {
                    fileIndex?[diagnostics[i].path] = file
                    files.append((i, 0, 0, 0))
                }
            }
            switch diagnostics[i].severity {
            case .error: errors += 1; files[file].errors += 1
            case .warning: warnings += 1; files[file].warnings += 1
            case .note: notes += 1; files[file].notes += 1
            }
        }
        self.init(
            errors: errors, warnings: warnings, notes: notes, filesChecked: lint.files,
            topRules: rules.map { WeekReport.RuleCount(rule: $0.rule, severity: $0.severity.rawValue, count: $0.count) }
                .first(5) { ($1.count, $0.rule) < ($0.count, $1.rule) },
            files: files.first(WeekReport.filesShown) { a, b in
                // Most findings first; the paths are read only where the counts tie.
                if (a.errors, a.warnings, a.notes) != (b.errors, b.warnings, b.notes) {
                    return (b.errors, b.warnings, b.notes) < (a.errors, a.warnings, a.notes)
                }
                return diagnostics[a.first].path < diagnostics[b.first].path
            }.map { WeekReport.FileCount(path: diagnostics[$0.first].path, errors: $0.errors, warnings: $0.warnings, notes: $0.notes) },
            filesWithFindings: files.count)
    }
}

extension Array {
    /// The first `k` elements in the order `precedes` gives (a total order), without sorting the
    /// rest: a weekly page names ten files out of thousands.
    func first(_ k: Int, by precedes: (Element, Element) -> Bool) -> [Element] {
        var best: [Element] = []
        best.reserveCapacity(k + 1)
        for element in self {
            if best.count == k, let last = best.last, !precedes(element, last) { continue }
            let at = best.firstIndex { precedes(element, $0) } ?? best.count
            best.insert(element, at: at)
            if best.count > k { best.removeLast() }
        }
        return best
    }
}
