import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// The ledger, obligation by obligation: each judged the day before it is due, on the day, and
/// the day after, with the lint rule that judges it (if any) firing only when it should.
@Suite struct LedgerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var kind: Obligation.Kind
        var note: String
        var others: [String: String] = [:]
        var due: String
        /// The rule that reports it, and whether it fires on the due day itself (or from the day after).
        var rule: String?
        var firesOnTheDay = false
        /// Whether it is owed (not yet due) the day before: a confirmation is not, as that day is
        /// the meeting day itself.
        var owedTheDayBefore = true
        var testDescription: String { kind.rawValue }
    }

    static let cases: [Case] = [
        Case(
            kind: .thankYou, note: "---\ncontact: Jane Doe\nstatus: done\ndate: 2026-11-19\n---\n", due: "2026-11-20",
            rule: "thank-you-missing"),
        // Monday 2026-11-02 + 7 business days.
        Case(kind: .nudge, note: "---\ncontact: Jane Doe\nattempts: [2026-11-02 email]\n---\n", due: "2026-11-11"),
        // Tuesday 2026-11-10 + 7 business days.
        Case(
            kind: .drop, note: "---\ncontact: Jane Doe\nattempts: [2026-10-01 email, 2026-10-20 email, 2026-11-10 phone]\n---\n",
            due: "2026-11-19", rule: "attempts-exhausted", firesOnTheDay: true),
        Case(
            kind: .referral, note: "---\ncontact: Jane Doe\ndate: 2026-11-10\nthank_you: 2026-11-10\n---\n## Referrals\n- Sam Lee\n",
            due: "2026-11-17"),
        Case(
            kind: .confirmMeeting, note: "---\ncontact: Jane Doe\nstatus: scheduled\ndate: 2026-11-20 10:00\n---\n", due: "2026-11-21",
            rule: "status-stale", firesOnTheDay: true, owedTheDayBefore: false),
        Case(
            kind: .followUp, note: "---\ncontact: Jane Doe\ndate: 2026-09-01\nthank_you: 2026-09-01\n---\n", due: "2026-10-31",
            rule: "follow-up-overdue"),
        // Introduced by someone known only by a card.
        Case(
            kind: .updateIntroducer, note: "---\ncontact: Jane Doe\nintroduced_by: María González\ndate: 2026-11-10\nthank_you: 2026-11-10\n---\n",
            others: ["people/maria.md": "---\ntype: person\nname: María González\n---\n"], due: "2026-11-17", rule: "introducer-not-updated"),
        Case(
            kind: .action, note: "---\ncontact: Jane Doe\n---\n## Action items\n- [ ] Send the deck 📅 2026-11-21\n", due: "2026-11-21",
            rule: "action-overdue"),
    ]

    func owed(_ c: Case, on today: String) throws -> (items: [Obligation], rules: [String]) {
        let nb = try notebook(["interviews/jane.md": c.note].merging(c.others) { a, _ in a }, today: today)
        let items = FollowUps.items(in: nb).filter { $0.kind == c.kind }
        return (items, Linter().run(nb).diagnostics.filter { $0.path == "interviews/jane.md" }.map(\.rule))
    }

    @Test(arguments: cases)
    func dayBeforeDayOfAndDayAfter(_ c: Case) throws {
        let due = day(c.due)
        for offset in [-1, 0, 1] {
            let today = due.adding(days: offset)
            let (items, rules) = try owed(c, on: today.description)
            if offset < 0, !c.owedTheDayBefore {
                #expect(items.isEmpty && !rules.contains(c.rule ?? ""))
                continue
            }
            #expect(items.count == 1 && items.first?.due == due, "\(c.kind) on \(today): \(items)")
            #expect(items.first?.isOverdue(on: today) == (offset > 0))
            #expect(items.first.map { !$0.why.isEmpty && !$0.clear.isEmpty } == true)
            if let rule = c.rule {
                let fires = offset > 0 || (offset == 0 && c.firesOnTheDay)
                #expect(rules.contains(rule) == fires, "\(rule) on \(today) (due \(due)): \(rules)")
            }
        }
    }

    @Test func prepAndMeetingBeforeTheMeeting() throws {
        let note = "---\ncontact: Jane Doe\nstatus: scheduled\ndate: 2026-11-24 10:30\nduration: 45m\n---\n"
        for (today, prep) in [("2026-11-21", false), ("2026-11-22", true), ("2026-11-24", true)] {
            let nb = try notebook(["interviews/jane.md": note], today: today)
            let kinds = nb.ledger.obligations(ofNoteAt: 0).map(\.kind)
            #expect(kinds.contains(.prep) == prep, "\(today): \(kinds)")
            let rules = Linter().run(nb).diagnostics.map(\.rule)
            #expect(rules.contains("prep-research-missing") == prep && rules.contains("prep-questions-missing") == prep)
            let meeting = try #require(nb.ledger.obligation(.meeting, ofNoteAt: 0))
            #expect(meeting.time == "10:30" && meeting.durationMinutes == 45 && meeting.due == day("2026-11-24"))
        }
        // Three weeks out: in the calendar, not in the list.
        let far = try notebook(["interviews/jane.md": note], today: "2026-11-03")
        #expect(far.ledger.obligation(.meeting, ofNoteAt: 0) != nil)
        #expect(!FollowUps.items(in: far).contains { $0.kind == .meeting })
        #expect(FollowUps.items(in: far, filter: FollowUpFilter(everyMeeting: true)).contains { $0.kind == .meeting })
    }

    /// `lantern new` writes `status: prospect`; a meeting date added by hand is a meeting, and
    /// once its day has passed Lantern asks rather than guesses.
    @Test func aProspectWithAMeetingDate() throws {
        let note = "---\ncontact: Jane Doe\nstatus: prospect\ndate: 2026-11-24\n---\n"
        let before = try notebook(["interviews/jane.md": note], today: "2026-11-22")
        #expect(before.ledger.obligations(ofNoteAt: 0).map(\.kind) == [.prep, .meeting])
        let after = try notebook(["interviews/jane.md": note], today: "2026-11-25")
        #expect(after.ledger.obligations(ofNoteAt: 0).map(\.kind) == [.confirmMeeting])
        #expect(after.ledger.obligations(ofNoteAt: 0).first?.clear == "lantern log jane done")
    }

    /// Any touch with a person, in any of their notes, restarts their cadence; while a newer
    /// conversation is in the pipeline, its items stand in for the follow-up.
    @Test func oneCadencePerPerson() throws {
        let held = "---\ncontact: Vera Ivanova\ndate: 2026-08-01\nthank_you: 2026-08-01\n---\n"
        let open = try notebook(
            ["interviews/a.md": held, "interviews/b.md": "---\ncontact: Vera Ivanova\nattempts: [2026-11-16 email]\n---\n"],
            today: "2026-11-22")
        #expect(FollowUps.items(in: open).map(\.kind) == [.nudge])
        let ended = try notebook(
            ["interviews/a.md": held, "interviews/b.md": "---\ncontact: Vera Ivanova\nstatus: declined\nattempts: [2026-10-01 email]\n---\n"],
            today: "2026-11-22")
        let followUp = try #require(FollowUps.items(in: ended).first)
        #expect(followUp.kind == .followUp && followUp.due == day("2026-11-30") && followUp.path == "interviews/a.md")
        #expect(followUp.text == "Follow up with Vera Ivanova (last in touch 2026-10-01)")
    }

    @Test func tasksThatStandForAnObligation() throws {
        // The template's thank-you task waits for the meeting, then is the thank-you.
        let template = "---\ncontact: Jane Doe\nstatus: prospect\n---\n## Action items\n\n- [ ] Send a thank-you note the same day\n"
        #expect(FollowUps.items(in: try notebook(["interviews/jane.md": template])).map(\.kind) == [.reachOut])
        let held = template.replacingOccurrences(of: "status: prospect", with: "date: 2026-11-19")
        let items = FollowUps.items(in: try notebook(["interviews/jane.md": held]))
        #expect(items.map(\.kind) == [.thankYou] && items.first?.task?.location.line == 7 && items.first?.contact == "Jane Doe")
        // A cancelled thank-you task does not clear the thank-you.
        let cancelled = held.replacingOccurrences(of: "- [ ]", with: "- [-]")
        #expect(FollowUps.items(in: try notebook(["interviews/jane.md": cancelled])).map(\.kind) == [.thankYou])
        // Two tasks with the same words are two items with their own calendar keys.
        let twice = "---\ncontact: Jane Doe\n---\n- [ ] Send the deck 📅 2026-11-25\n- [ ] Send the deck 📅 2026-11-28\n"
        let keys = FollowUps.items(in: try notebook(["interviews/jane.md": twice])).filter { $0.kind == .action }.map(\.key)
        #expect(keys.count == 2 && Set(keys).count == 2)
    }

    /// The current note: the latest by meeting day, else by last attempt, else by path.
    @Test func theCurrentNote() throws {
        let nb = try notebook([
            "interviews/2026-06-01-jane.md": "---\ncontact: Jane Doe\ndate: 2026-06-01\nthank_you: 2026-06-01\n---\n",
            "interviews/2026-11-01-jane.md": "---\ncontact: Jane Doe\nattempts: [2026-11-02 email]\n---\n",
            "interviews/2026-12-01-jane.md": "---\ncontact: Jane Doe\nstatus: prospect\n---\n",
        ])
        let standing = try #require(nb.ledger.standing(ofPersonWithID: "jane doe"))
        #expect(standing.currentNote == "interviews/2026-11-01-jane.md" && standing.status == .contacted)
        #expect(standing.lastContact == day("2026-11-02"))
        // Two open notes fit an attempt equally: the lookup says so instead of guessing.
        guard case .failure(.notes(_, let paths)) = NoteFinder.find("jane", for: .pipeline, in: nb) else {
            Issue.record("two open notes should be an ambiguity")
            return
        }
        #expect(paths == ["interviews/2026-11-01-jane.md", "interviews/2026-12-01-jane.md"])
        #expect(try NoteFinder.find("jane", for: .followUp, in: nb).get().path == "interviews/2026-06-01-jane.md")
    }
}

/// What a new user's first weeks found (the simulated-user report), each now held by a test.
@Suite struct LedgerFromAUsersWeeksTests {
    /// Telling an introducer how it went is being in touch with them: their last contact moves,
    /// and so does their own follow-up.
    @Test func tellingTheIntroducerIsContactWithThem() throws {
        let nb = try notebook([
            "people/carlos.md": "---\ntype: person\nname: Carlos Ruiz\n---\n",
            "interviews/sam.md": "---\ncontact: Sam O'Brien\ndate: 2026-09-03\nthank_you: 2026-09-03\n---\n",
            "interviews/priya.md":
                "---\ncontact: Priya\nintroduced_by: Sam O'Brien\ndate: 2026-11-10\nthank_you: 2026-11-10\n---\n- [x] Tell Sam how it went ✅ 2026-11-12\n",
            "interviews/mj.md":
                "---\ncontact: María José\nintroduced_by: Carlos Ruiz\ndate: 2026-11-01\nthank_you: 2026-11-01\n---\n- [x] Told Carlos Ruiz how it went ✅ 2026-11-05\n",
        ])
        #expect(nb.ledger.standing(ofPersonWithID: "carlos ruiz")?.lastContact == day("2026-11-05"))
        #expect(nb.ledger.standing(ofPersonWithID: "sam o'brien")?.lastContact == day("2026-11-12"))
        let followUp = try #require(FollowUps.items(in: nb).first { $0.kind == .followUp && $0.contact == "Sam O'Brien" })
        #expect(followUp.due == day("2027-01-11") && followUp.text.contains("last in touch 2026-11-12"))
    }

    /// A reply with no meeting set asks for one; the referral's command carries its email.
    @Test func aReplyAsksForATimeAndAReferralKeepsItsEmail() throws {
        let nb = try notebook([
            "interviews/maria.md": "---\ncontact: María\ndate: 2026-11-10\nthank_you: 2026-11-10\n---\n## Referrals\n- Ana Lima — <ana.lima@lumen.example>\n",
            "interviews/priya.md": "---\ncontact: Priya\nattempts: [2026-11-02 email]\nreplied: 2026-11-18\n---\n",
        ])
        let items = FollowUps.items(in: nb)
        #expect(items.first { $0.kind == .referral }?.clear == "lantern new 'Ana Lima' --introduced-by María --email ana.lima@lumen.example")
        let schedule = try #require(items.first { $0.kind == .schedule })
        #expect(schedule.due == day("2026-11-20") && schedule.clear == "agree on a time, then run lantern log priya scheduled --date YYYY-MM-DD")
    }

    /// Names are found without the marks inside words, and by the start of words in order.
    @Test func namesAreFoundLoosely() throws {
        let nb = try notebook([
            "interviews/a.md": "---\ncontact: Siobhán O'Connor\n---\n", "interviews/b.md": "---\ncontact: Sam O'Brien\n---\n",
            "interviews/c.md": "---\ncontact: \"Thomas Reed, Jr.\"\n---\n", "interviews/d.md": "---\ncontact: Sam Patel\n---\n",
        ])
        for (query, name) in [
            ("sio oc", "Siobhán O'Connor"), ("Siobhan OConnor", "Siobhán O'Connor"), ("oconnor", "Siobhán O'Connor"),
            ("o'connor", "Siobhán O'Connor"), ("sam ob", "Sam O'Brien"), ("reed jr", "Thomas Reed, Jr."), ("jr", "Thomas Reed, Jr."),
        ] {
            #expect(nb.lookup.people(matching: query).map { nb.people[$0].name } == [name], "\(query)")
        }
        // The advice names them the same way, and that finds them.
        let obrien = try #require(nb.people.firstIndex { $0.name == "Sam O'Brien" })
        #expect(nb.lookup.shortestQuery(for: obrien, name: "Sam O'Brien") == "obrien")
        #expect(nb.lookup.people(matching: "sam").count == 2)
    }
}
