import Testing
@testable import LanternKit
import LanternTestSupport

/// The follow-up items of one note (plus others), judged on `today`.
private func items(
    _ note: String, today: String = "2026-11-22", config: String = "", others: [String: String] = [:],
    kinds: Set<Obligation.Kind> = []
) throws -> [Obligation] {
    var files = others
    files["interviews/note.md"] = note
    return FollowUps.items(in: try notebook(files, today: today, config: config), filter: FollowUpFilter(kinds: kinds))
}

private func one(
    _ kind: Obligation.Kind, _ note: String, today: String = "2026-11-22", config: String = "",
    others: [String: String] = [:]
) throws -> Obligation? {
    let found = try items(note, today: today, config: config, others: others, kinds: [kind])
    #expect(found.count <= 1, "expected at most one \(kind.rawValue) item, got \(found.map(\.text))")
    return found.first
}

@Suite struct FollowUpDueDayTests {
    // MARK: thank-you

    @Test func thankYouIsDueTheDayAfterTheMeeting() throws {
        let note = "---\ncontact: Jane Doe\ndate: 2026-11-19 15:00\n---\n"
        let item = try #require(try one(.thankYou, note))
        #expect(item.due == day("2026-11-20"))
        #expect(item.line == 3)
        #expect(item.text == "Send a thank-you note to Jane Doe (met 2026-11-19)")
        #expect(item.isOverdue(on: day("2026-11-22")))
        // On the deadline day itself it is due today, not overdue.
        let onDeadline = try #require(try one(.thankYou, note, today: "2026-11-20"))
        #expect(!onDeadline.isOverdue(on: day("2026-11-20")))
        #expect(FollowUpGroup(due: onDeadline.due, today: day("2026-11-20")) == .today)
        // thank_you_within moves it.
        #expect(try one(.thankYou, note, config: "thank_you_within: 3\n")?.due == day("2026-11-22"))
    }

    @Test func noThankYouOnceRecordedForPracticeOrForAMeetingNotHeld() throws {
        #expect(try one(.thankYou, "---\ncontact: Jane\ndate: 2026-11-19\nthank_you: 2026-11-19\n---\n") == nil)
        #expect(try one(.thankYou, "---\ncontact: Jane\ndate: 2026-11-19\n---\n- [x] Sent the thank-you email ✅ 2026-11-20\n") == nil)
        #expect(try one(.thankYou, "---\ncontact: Alex\npractice: true\ndate: 2026-11-19\n---\n") == nil)
        #expect(try one(.thankYou, "---\ncontact: Jane\nstatus: declined\ndate: 2026-11-19\n---\n") == nil)
        #expect(try one(.thankYou, "---\ncontact: Jane\ndate: 2026-11-23\n---\n") == nil)  // still to come
    }

    @Test func anOpenThankYouTaskIsTheSameItem() throws {
        let note = "---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n- [ ] Send thank-you note\n"
        let all = try items(note)
        #expect(all.map(\.kind) == [.thankYou])
        #expect(all.first?.due == day("2026-11-20"))
        // A dated task gives the item its own words and line; the earlier of the two days wins,
        // so a later date on the task never hides a thank-you that is owed sooner.
        let dated = try items("---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n- [ ] Thank Jane for the intro 📅 2026-11-21\n")
        #expect(dated.map(\.kind) == [.thankYou])
        #expect(dated.first?.due == day("2026-11-20"))
        #expect(dated.first?.text == "Thank Jane for the intro")
        #expect(dated.first?.line == 5)
        let sooner = try items("---\ncontact: Jane Doe\ndate: 2026-11-19 09:00\n---\n- [ ] Thank Jane 📅 2026-11-19\n")
        #expect(sooner.map(\.due) == [day("2026-11-19")])
    }

    @Test func anOpenThankYouTaskIsDoneOnceTheThankYouIsRecorded() throws {
        let note = "---\ncontact: Jane Doe\ndate: 2026-11-19\nthank_you: 2026-11-19\n---\n- [ ] Send a thank-you note the same day\n- [ ] Read her blog\n"
        #expect(try items(note, kinds: [.action]).map(\.text) == ["Read her blog"])
    }

    // MARK: nudge and drop

    @Test func nudgeCountsBusinessDays() throws {
        // Friday 2026-11-13 + 7 business days = Tuesday 2026-11-24 (two weekends skipped).
        let note = "---\ncontact: Kenji\nattempts:\n  - 2026-11-13 email\n---\n"
        let item = try #require(try one(.nudge, note))
        #expect(item.due == day("2026-11-24"))
        #expect(item.line == 4)
        #expect(item.text == "Nudge Kenji (attempt 2 of 3)")
        #expect(try one(.nudge, note, config: "nudge_after: 2\n")?.due == day("2026-11-17"))
        // Saturday 2026-11-14 counts from the Monday after: + 7 business days = Tuesday 2026-11-24.
        #expect(try one(.nudge, "---\ncontact: Kenji\nattempts: [2026-11-14 email]\n---\n")?.due == day("2026-11-24"))
    }

    @Test func noNudgeAfterAReplyNorForPracticeNorAfterTheEnd() throws {
        // After a reply the next step is setting a time, within two business days.
        let replied = "---\ncontact: Kenji\nattempts: [2026-11-02 email]\nreplied: 2026-11-04\n---\n"
        #expect(try items(replied).map(\.kind) == [.schedule] && items(replied).first?.due == day("2026-11-06"))
        #expect(try items("---\ncontact: Kenji\npractice: true\nattempts: [2026-11-02 email]\n---\n").isEmpty)
        #expect(try items("---\ncontact: Kenji\nstatus: declined\nattempts: [2026-11-02 email]\n---\n").isEmpty)
        #expect(try items("---\ncontact: Kenji\nstatus: dropped\nattempts: [2026-11-02 email, 2026-11-12 email, 2026-11-20 email]\n---\n").isEmpty)
    }

    @Test func aFourthAttemptDoesNotPutTheDropOff() throws {
        let four = "---\ncontact: Noah\nattempts: [2026-10-20 email, 2026-10-30 email, 2026-11-10 linkedin, 2026-11-20 phone]\n---\n"
        #expect(try one(.drop, four)?.due == day("2026-11-19"))  // from the third, as before the fourth
    }

    @Test func theLastAttemptTurnsTheNudgeIntoADrop() throws {
        let note = "---\ncontact: Lena Fischer\nattempts:\n  - 2026-10-20 email\n  - 2026-10-30 email\n  - 2026-11-10 linkedin\n---\n"
        #expect(try one(.nudge, note) == nil)
        let drop = try #require(try one(.drop, note))
        #expect(drop.due == day("2026-11-19"))  // Tuesday + 7 business days
        #expect(drop.line == 6)
        #expect(drop.text == "Take Lena Fischer off your list (3 attempts, no reply)")
        #expect(try one(.drop, note, config: "max_attempts: 4\n") == nil)
        #expect(try one(.nudge, note, config: "max_attempts: 4\n")?.text == "Nudge Lena Fischer (attempt 4 of 4)")
    }

    // MARK: reach-out and referral

    @Test func aProspectWithoutAttemptsIsSomeday() throws {
        let item = try #require(try one(.reachOut, "---\ncontact: Ahmed Khan\ncompany: Newsela\n---\n"))
        #expect(item.due == nil)
        #expect(item.line == 2)
        #expect(item.text == "Reach out to Ahmed Khan at Newsela")
        #expect(FollowUpGroup(due: item.due, today: day("2026-11-22")) == .someday)
    }

    @Test func aReferralWithoutANoteIsDueAWeekAfterTheMeeting() throws {
        let note = "---\ncontact: María\ndate: 2026-11-10\nthank_you: 2026-11-10\n---\n## Referrals\n- [[Dev Patel]], her old manager\n- Ines Duarte\n"
        let found = try items(note, kinds: [.referral])
        #expect(found.map(\.contact) == ["Dev Patel", "Ines Duarte"])
        #expect(found.allSatisfy { $0.due == day("2026-11-17") })
        #expect(found.first?.line == 7)
        #expect(found.first?.text == "Reach out to Dev Patel, referred by María on 2026-11-10")
        // Once a referral has a note of their own, the note's items take over.
        let withNote = try items(note, others: ["interviews/dev.md": "---\ncontact: Dev Patel\n---\n"], kinds: [.referral])
        #expect(withNote.map(\.contact) == ["Ines Duarte"])
    }

    // MARK: prep and meeting

    @Test func prepIsDueOnTheMeetingDayInsideTheWindow() throws {
        let bare = "---\ncontact: Chen Wei\ndate: 2026-11-24 10:30\n---\n"
        let item = try #require(try one(.prep, bare))
        #expect(item.due == day("2026-11-24"))
        #expect(item.text == "Prepare for Chen Wei on 2026-11-24: write down research and questions (0 of 3)")
        #expect(try one(.prep, bare, today: "2026-11-21") == nil)  // three days ahead: outside the window
        let ready = "---\ncontact: Chen\ndate: 2026-11-24\n---\n## Research\nKahoot makes quiz games.\n## Questions\n- One?\n- Two?\n- Three?\n"
        #expect(try one(.prep, ready) == nil)
        #expect(try one(.prep, "---\ncontact: Chen\nstatus: declined\ndate: 2026-11-24\n---\n") == nil)
    }

    @Test func meetingsInTheNextSevenDays() throws {
        let item = try #require(try one(.meeting, "---\ncontact: Chen Wei\ndate: 2026-11-29 10:30\nmedium: video\n---\n"))
        #expect(item.due == day("2026-11-29"))
        #expect(item.time == "10:30")
        #expect(item.text == "Meet Chen Wei on 2026-11-29 at 10:30 (video)")
        #expect(try one(.meeting, "---\ncontact: Chen\ndate: 2026-11-30\n---\n") == nil)  // eight days ahead
        #expect(try one(.meeting, "---\ncontact: Chen\ndate: 2026-11-22\n---\n")?.due == day("2026-11-22"))  // today
        #expect(try one(.meeting, "---\ncontact: Chen\npractice: true\ndate: 2026-11-23\n---\n") == nil)
    }

    // MARK: follow-up

    @Test func followUpIsDueAfterTheLastInteraction() throws {
        let note = "---\ncontact: Noah Kim\ndate: 2026-08-20\nthank_you: 2026-08-21\n---\n"
        let item = try #require(try one(.followUp, note))
        #expect(item.due == day("2026-10-20"))  // 2026-08-21 + 60
        #expect(item.line == 4)
        #expect(item.text == "Follow up with Noah Kim (last in touch 2026-08-21)")
        // Every interaction moves it.
        let moved = "---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-21\nfollow_ups: [2026-11-01]\n---\n"
        #expect(try one(.followUp, moved)?.due == day("2026-12-31"))
        // The person's own cadence, then the notebook's.
        #expect(try one(.followUp, note, config: "follow_up_after: 30\n")?.due == day("2026-09-20"))
        let card = ["people/noah.md": "---\ntype: person\nname: Noah Kim\nfollow_up_after: 14\n---\n"]
        #expect(try one(.followUp, note, others: card)?.due == day("2026-09-04"))
        // No follow-up before the thank-you.
        #expect(try one(.followUp, "---\ncontact: Noah\ndate: 2026-08-20\n---\n") == nil)
    }

    @Test func nextFollowUpSetByHandWins() throws {
        let note = "---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-21\nnext_follow_up: 2027-02-01\n---\n"
        let item = try #require(try one(.followUp, note))
        #expect(item.due == day("2027-02-01"))
        #expect(item.line == 5)
        #expect(item.text == "Follow up with Noah (as set in next_follow_up)")
    }

    @Test func aLaterConversationCarriesTheFollowUp() throws {
        let first = "---\ncontact: María\ndate: 2026-09-15\nthank_you: 2026-09-15\n---\n"
        let second = ["interviews/maria-2.md": "---\ncontact: Maria\ndate: 2026-11-18\nthank_you: 2026-11-18\n---\n"]
        let found = try items(first, others: second, kinds: [.followUp])
        #expect(found.map(\.path) == ["interviews/maria-2.md"])
        #expect(found.first?.due == day("2027-01-17"))
    }

    // MARK: update-introducer and action

    @Test func updateIntroducerIsDueAWeekAfterTheMeeting() throws {
        let note = "---\ncontact: Tomás\nintroduced_by: Priya Raman\ndate: 2026-11-19\nthank_you: 2026-11-19\n---\n"
        let priya = ["interviews/priya.md": "---\ncontact: Priya Raman\ndate: 2026-10-08\nthank_you: 2026-10-08\n---\n"]
        let item = try #require(try one(.updateIntroducer, note, others: priya))
        #expect(item.due == day("2026-11-26"))
        #expect(item.contact == "Priya Raman")
        #expect(item.line == 3)
        // Shown before the lint rule would fire, gone once Priya hears back.
        let told = ["interviews/priya.md": "---\ncontact: Priya Raman\ndate: 2026-10-08\nthank_you: 2026-10-08\nfollow_ups: [2026-11-20]\n---\n"]
        #expect(try one(.updateIntroducer, note, others: told) == nil)
        // An introducer without a note of their own cannot be tracked.
        #expect(try one(.updateIntroducer, note) == nil)
    }

    @Test func actionsKeepTheirDueDayOrNone() throws {
        let note = """
            ---
            contact: Jane
            date: 2026-11-19
            thank_you: 2026-11-19
            ---
            - [ ] Join the Slack 📅 2026-11-25
            - [ ] Read the blog ⏳ 2026-11-23
            - [ ] Update my resume
            - [x] Done already 📅 2026-11-20
            """
        let found = try items(note, kinds: [.action])
        #expect(found.map(\.text) == ["Read the blog", "Join the Slack", "Update my resume"])
        #expect(found.map(\.due) == [day("2026-11-23"), day("2026-11-25"), nil])
        #expect(found.map(\.line) == [7, 6, 8])
        // A conversation that ended calls for nothing, its open tasks included.
        #expect(try items("---\ncontact: Jane\nstatus: declined\n---\n- [ ] Send a book\n").isEmpty)
        #expect(try items("---\ncontact: Jane\nstatus: dropped\n---\n- [ ] Send a book 📅 2026-11-01\n").isEmpty)
    }
}

@Suite struct FollowUpListTests {
    @Test func groupsHaveTheirBoundaries() {
        let today = day("2026-11-22")
        #expect(FollowUpGroup(due: day("2026-11-21"), today: today) == .overdue)
        #expect(FollowUpGroup(due: today, today: today) == .today)
        #expect(FollowUpGroup(due: day("2026-11-23"), today: today) == .thisWeek)
        #expect(FollowUpGroup(due: day("2026-11-29"), today: today) == .thisWeek)
        #expect(FollowUpGroup(due: day("2026-11-30"), today: today) == .later)
        #expect(FollowUpGroup(due: nil, today: today) == .someday)
    }

    /// The list is counted out by due day before its sort; a due day far from the rest (the year
    /// 9999) sends the keys to the sort as they are. Either way: due day, undated last, then
    /// path, then line — here the same as a plain sort of the items by those.
    @Test func farDueDaysAndUndatedItemsKeepTheListsOrder() throws {
        let tasks = ["📅 2026-11-25", "📅 9999-12-31", "", "📅 2026-11-20", "📅 2026-11-25", ""]
        for far in [false, true] {
            var files: [String: String] = [:]
            for k in 0..<24 {
                let due = tasks[(k * 5) % tasks.count]
                let task = far || !due.contains("9999") ? due : "📅 2026-12-01"
                files["interviews/n\(k % 7)-\(k).md"] = "---\ncontact: P\(k)\n---\n- [ ] First \(task)\n- [ ] Second \(task)\n"
            }
            let all = FollowUps.items(in: try notebook(files, today: "2026-11-22"), filter: FollowUpFilter(kinds: [.action]))
            #expect(all.count == 48)
            let expected = all.sorted { ($0.due?.ordinal ?? Int.max, $0.path, $0.line) < ($1.due?.ordinal ?? Int.max, $1.path, $1.line) }
            #expect(all.map { "\($0.path):\($0.line)" } == expected.map { "\($0.path):\($0.line)" }, "far: \(far)")
        }
    }

    @Test func itemsAreSortedByDueDayThenPathThenLine() throws {
        let nb = try notebook([
            "interviews/b.md": "---\ncontact: Bea\n---\n- [ ] Two 📅 2026-11-25\n- [ ] One 📅 2026-11-24\n",
            "interviews/a.md": "---\ncontact: Al\n---\n- [ ] Three 📅 2026-11-25\n- [ ] Someday\n",
        ])
        let found = FollowUps.items(in: nb, filter: FollowUpFilter(kinds: [.action]))
        #expect(found.map(\.text) == ["One", "Three", "Two", "Someday"])
    }

    @Test func filtersByWindowKindAndPerson() throws {
        let nb = try loadExample(today: "2026-11-20")
        let all = FollowUps.items(in: nb)
        let week = FollowUps.items(in: nb, filter: FollowUpFilter(within: 7))
        #expect(!week.isEmpty && week.count < all.count)
        #expect(week.allSatisfy { $0.due != nil && $0.due! <= day("2026-11-27") })
        #expect(week.contains { $0.isOverdue(on: nb.today) })
        let nudges = FollowUps.items(in: nb, filter: FollowUpFilter(kinds: [.nudge, .drop]))
        #expect(Set(nudges.map(\.kind)) == [.nudge, .drop])
        let jane = FollowUpFilter.people(matching: "jane", in: nb)
        #expect(jane == ["jane doe"])
        let janes = FollowUps.items(in: nb, filter: FollowUpFilter(people: jane))
        #expect(!janes.isEmpty && janes.allSatisfy { $0.contact == "Jane Doe" })
        #expect(FollowUpFilter.people(matching: "TOMAS alvarez", in: nb) == ["tomas alvarez"])
        #expect(FollowUpFilter.people(matching: "nobody here", in: nb).isEmpty)
    }
}
