import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// `lantern log` knows the practice: it never replaces what is recorded without `--replace`,
/// never dates what happened after today, says what the practice says about a fourth attempt,
/// ticks the task that stands for the event, adds referrals and snoozes follow-ups.
@Suite struct NoteLogPracticeTests {
    let today = day("2026-11-22")

    func log(_ note: String, _ event: NoteLog.Event, date: String? = nil, _ adjust: (inout NoteLog.Request) -> Void = { _ in }) throws -> NoteLog.Result {
        var request = NoteLog.Request(event: event, date: date)
        adjust(&request)
        return try NoteLog.apply(request, to: note, path: "interviews/jane.md", config: Config(), today: today)
    }

    func refusal(_ note: String, _ event: NoteLog.Event, date: String? = nil, _ adjust: (inout NoteLog.Request) -> Void = { _ in }) -> String? {
        do {
            _ = try log(note, event, date: date, adjust)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func whatIsRecordedIsNotReplacedSilently() throws {
        let thanked = "---\ncontact: Jane Doe\ndate: 2026-11-19\nthank_you: 2026-11-19\nreplied: 2026-11-05\n---\n"
        let again = try #require(refusal(thanked, .thankYou))
        #expect(again.contains("already recorded on 2026-11-19") && again.contains("interviews/jane.md:4") && again.contains("--replace"))
        #expect(try log(thanked, .thankYou) { $0.replace = true }.editor.text.contains("thank_you: 2026-11-22\n"))
        // A thank-you recorded by a done task counts the same.
        let ticked = "---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n- [x] Sent the thank-you ✅ 2026-11-20\n"
        #expect(refusal(ticked, .thankYou)?.contains("already recorded on 2026-11-20") == true)
        #expect(refusal(thanked, .reply)?.contains("a reply from Jane Doe is already recorded on 2026-11-05") == true)
        // A held meeting is not moved by "scheduled": a new meeting is a new conversation.
        let held = try #require(refusal(thanked, .scheduled, date: "2026-12-01 10:00"))
        #expect(held.contains("you met Jane Doe on 2026-11-19") && held.contains("lantern new 'Jane Doe' --date '2026-12-01 10:00'"))
        #expect(try log(thanked, .scheduled, date: "2026-12-01 10:00") { $0.replace = true }.editor.text.contains("date: 2026-12-01 10:00\n"))
    }

    @Test(arguments: [NoteLog.Event.thankYou, .reply, .done, .attempt, .followUp])
    func whatHappenedIsNeverAfterToday(_ event: NoteLog.Event) throws {
        let note = "---\ncontact: Jane Doe\nstatus: scheduled\ndate: 2026-11-19\n---\n"
        let message = try #require(refusal(note, event, date: "2027-01-01"))
        #expect(message.contains("2027-01-01") && message.contains("today (2026-11-22)"))
    }

    @Test func aMeetingAheadIsNotDoneYet() throws {
        let ahead = "---\ncontact: Jane Doe\nstatus: scheduled\ndate: 2026-11-26 14:00\n---\n"
        let message = try #require(refusal(ahead, .done) { $0.query = "jane" })
        #expect(message.contains("is on 2026-11-26, after today") && message.contains("lantern log jane done --date YYYY-MM-DD"))
        #expect(refusal(ahead, .scheduled, date: "2026-11-01")?.contains("lantern log interviews/jane.md done --date 2026-11-01") == true)
    }

    @Test func aFourthAttemptIsRecordedWithAWarning() throws {
        let three = "---\ncontact: Lena Fischer\nattempts: [2026-10-20 email, 2026-10-30 email, 2026-11-10 linkedin]\n---\n"
        let result = try log(three, .attempt) { $0.query = "lena" }
        #expect(result.editor.text.contains("2026-11-22 email]"))
        #expect(
            result.warnings == [
                "this is attempt 4 to Lena Fischer without a reply: three unanswered attempts is the limit, and one more reads as pressure (recorded all the same; \"lantern log lena dropped\" takes them off your list)"
            ])
        // After a reply, attempts are scheduling, not pressure.
        let answered = three.replacingOccurrences(of: "---\n", with: "---\nreplied: 2026-11-12\n", options: [], range: three.range(of: "---\n"))
        #expect(try log(answered, .attempt).warnings.isEmpty)
        let declined = "---\ncontact: Lena Fischer\nstatus: declined\nattempts: [2026-10-20 email]\n---\n"
        #expect(try log(declined, .attempt).warnings.first?.hasPrefix("Lena Fischer declined") == true)
        let soon = "---\ncontact: Lena Fischer\nattempts: [2026-11-19 email]\n---\n"
        #expect(
            try log(soon, .attempt).warnings == [
                "only 1 business day since the last attempt to Lena Fischer (2026-11-19): wait 7 business days between attempts"
            ])
    }

    @Test func thankYouAndFollowUpTickTheirTask() throws {
        let note =
            "---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n## Action items\n\n- [ ] Send thank-you note  \n- [ ] Follow up with the deck\n- [ ] Read her blog\n"
        let thanks = try log(note, .thankYou)
        #expect(thanks.editor.text.contains("- [x] Send thank-you note ✅ 2026-11-22\n- [ ] Follow up"))
        #expect(thanks.editor.text.contains("thank_you: 2026-11-22\n"))
        let diff = thanks.editor.diff(path: "interviews/jane.md")
        #expect(diff.contains("-- [ ] Send thank-you note  \n+- [x] Send thank-you note ✅ 2026-11-22\n") && diff.contains("+thank_you: 2026-11-22"))
        #expect(thanks.editor.undone == note)
        let follow = try log(note, .followUp)
        #expect(follow.editor.text.contains("- [x] Follow up with the deck ✅ 2026-11-22\n- [ ] Read her blog"))
        // The ledger then sees the task done, and owes nothing for it.
        let after = try notebook(["interviews/jane.md": thanks.editor.text])
        #expect(!FollowUps.items(in: after).contains { $0.kind == .thankYou })
    }

    @Test func referralsAreAddedWhereTheyAreRead() throws {
        let withSection = "---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n## Referrals\n\n- Ana Ruiz\n\n## Action items\n\n- [ ] Send thank-you note\n"
        let added = try log(withSection, .referral) {
            $0.name = "Sam Lee"; $0.email = "sam@example.com"; $0.note = "runs the data team"
        }
        #expect(added.editor.text.contains("- Ana Ruiz\n- Sam Lee — <sam@example.com> — runs the data team\n\n## Action items"))
        let read = readNote(added.editor.text)
        #expect(read.body.referrals.map(\.name) == ["Ana Ruiz", "Sam Lee"] && read.body.referrals.last?.emails == ["sam@example.com"])
        #expect(try log(added.editor.text, .referral) { $0.name = "sam lee" }.changes.isEmpty)  // already listed
        // No section yet: the template's, before "Action items"; an awkward name as a wikilink.
        let without = "---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n## Notes\n\nGood call.\n\n## Action items\n\n- [ ] Send thank-you note\n"
        let created = try log(without, .referral) { $0.name = "Ana Ruiz, PhD" }
        #expect(created.editor.text.contains("Good call.\n\n## Referrals\n\n<!-- At the end"))
        #expect(created.editor.text.contains("-->\n\n- [[Ana Ruiz, PhD]]\n\n## Action items"))
        #expect(readNote(created.editor.text).body.referrals.map(\.name) == ["Ana Ruiz, PhD"])
        #expect(created.editor.undone == without)
    }

    @Test func aSnoozeLastsUntilTheNextInteraction() throws {
        let note = "---\ncontact: Jane Doe\ndate: 2026-09-01\nthank_you: 2026-09-01\n---\n"
        let snoozed = try log(note, .snooze) { $0.until = "2027-01-10" }
        #expect(snoozed.editor.text.contains("next_follow_up: 2027-01-10\n"))
        #expect(refusal(note, .snooze) { $0.until = "2026-11-01" }?.contains("not after today") == true)
        let nb = try notebook(["interviews/jane.md": snoozed.editor.text])
        #expect(FollowUps.items(in: nb).first { $0.kind == .followUp }?.due == day("2027-01-10"))
        // A reply (any interaction) ends it: the cadence restarts from the interaction.
        let replied = try log(snoozed.editor.text, .reply)
        #expect(!replied.editor.text.contains("next_follow_up") && replied.changes.last?.contains("next_follow_up: 2027-01-10 removed") == true)
        let after = try notebook(["interviews/jane.md": replied.editor.text])
        #expect(FollowUps.items(in: after).first { $0.kind == .followUp }?.due == day("2027-01-21"))
    }

    /// What follows a meeting needs one; a value Lantern cannot read is never written over.
    @Test func whatFollowsAMeetingAndWhatCannotBeRead() throws {
        let contacted = "---\ncontact: Siobhán O'Connor\nstatus: contacted\nattempts: [2026-11-10 email]\n---\n- [ ] Send a thank-you note the same day\n"
        for event in [NoteLog.Event.thankYou, .followUp] {
            let message = try #require(refusal(contacted, event) { $0.query = "siobhan" })
            #expect(
                message.contains("you have not met Siobhán O'Connor yet (contacted; no meeting is recorded)")
                    && message.contains("lantern log siobhan done --date"))
        }
        let mistyped = "---\ncontact: Kenji Watanabe\nstatus: scheduled\ndate: 2027-1-28 10:00\n---\n"
        let message = try #require(refusal(mistyped, .done))
        #expect(message.contains("interviews/jane.md:4: date is \"2027-1-28 10:00\", which Lantern cannot read (did you mean 2027-01-28 10:00?)"))
        // A thank-you task's line is named as it stands after the front matter grew.
        let held = "---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n- [ ] Send a thank-you note the same day\n"
        #expect(try log(held, .thankYou).changes.first == "line 6: - [x] Send a thank-you note the same day ✅ 2026-11-22")
    }

    @Test func scheduledTakesMediumAndDuration() throws {
        let note = "---\ncontact: Jane Doe\nstatus: contacted\n---\n"
        #expect(try log(note, .scheduled, date: "2026-11-30 09:30") { $0.duration = "30" }.editor.text.contains("duration: 30 min\n"))
        let result = try log(note, .scheduled, date: "2026-11-30 09:30") {
            $0.medium = .coffee; $0.duration = "20m"
        }
        let i = try #require(readNote(result.editor.text).interview)
        #expect(i.medium?.value == .coffee && i.durationMinutes?.value == 20 && i.explicitStatus?.value == .scheduled)
        #expect(refusal(note, .scheduled, date: "2026-11-30") { $0.duration = "soon" }?.contains("not a duration") == true)
    }
}
