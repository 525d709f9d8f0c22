import Foundation
import Testing
import LanternTestSupport

/// The README's "loop you live in", run as a user would over a few weeks (`--today` moving on):
/// a first message and nudges, a fourth attempt (recorded, with a warning), a reply, a meeting
/// set, held and thanked (the template's task ticked), a referral, a snooze, and a later reply
/// that ends the snooze.
@Suite(.serialized) struct LoopTests {
    @Test func weeksOfTheLoop() throws {
        let root = temporaryFolder() + "/notebook"
        #expect(try lantern(["init", root]).status == 0)
        func run(_ arguments: [String], on day: String, status: Int32 = 0) throws -> Run {
            let r = try lantern(arguments + ["--today", day], in: root)
            #expect(r.status == status, "\(arguments.joined(separator: " ")) on \(day): \(r.stderr)")
            return r
        }
        func kinds(on day: String) throws -> [String] {
            let r = try run(["followups", "--format", "json"], on: day)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            return (object["items"] as? [[String: Any]] ?? []).map { "\($0["kind"] as! String) \($0["contact"] as! String)" }
        }

        let made = try run(
            [
                "new", "Jane Doe", "--company", "Brightline", "--title", "Director of Product",
                "--introduced-by", "María González",
            ], on: "2026-11-02")
        let path = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path.hasSuffix("interviews/2026-11-02-jane-doe.md"))
        #expect(try kinds(on: "2026-11-02") == ["reach-out Jane Doe"])  // the template's thank-you task waits
        #expect(try run(["draft", "outreach", "jane"], on: "2026-11-02").stdout.contains("Jane"))
        _ = try run(["log", "jane", "attempt", "--via", "email"], on: "2026-11-02")
        #expect(try kinds(on: "2026-11-12") == ["nudge Jane Doe"])
        _ = try run(["log", "jane", "attempt"], on: "2026-11-12")
        _ = try run(["log", "jane", "attempt"], on: "2026-11-23")
        #expect(try kinds(on: "2026-12-03") == ["drop Jane Doe"])

        // A fourth attempt: recorded (you sent it), with what the practice says; --quiet hushes it.
        let fourth = try run(["log", "jane", "attempt", "--dry-run"], on: "2026-12-03")
        #expect(fourth.stderr.contains("lantern: warning: this is attempt 4 to Jane Doe without a reply: three unanswered attempts is the limit"))
        #expect(try run(["log", "jane", "attempt", "--quiet"], on: "2026-12-03").stderr.isEmpty)
        #expect(try run(["lint"], on: "2026-12-03", status: 1).stdout.contains("[attempt-after-limit]"))

        // They reply; the meeting is set, prepared for, held and thanked.
        _ = try run(["log", "jane", "reply"], on: "2026-12-04")
        _ = try run(["log", "jane", "scheduled", "--date", "2026-12-10 15:00", "--medium", "video", "--duration", "30"], on: "2026-12-04")
        #expect(try kinds(on: "2026-12-08") == ["meeting Jane Doe", "prep Jane Doe"])
        #expect(try run(["log", "jane", "done"], on: "2026-12-09", status: 2).stderr.contains("after today"))
        _ = try run(["log", "jane", "done"], on: "2026-12-10")
        #expect(try kinds(on: "2026-12-10") == ["thank-you Jane Doe"])
        let thanks = try run(["log", "jane", "thank-you"], on: "2026-12-10")
        #expect(thanks.stdout.contains("- [x] Send a thank-you note the same day ✅ 2026-12-10") && thanks.stdout.contains("thank_you: 2026-12-10"))
        #expect(try run(["log", "jane", "thank-you"], on: "2026-12-11", status: 2).stderr.contains("already recorded on 2026-12-10"))

        // A referral, and the command that starts a note for them.
        _ = try run(["log", "jane", "referral", "Sam Lee", "--email", "sam@example.com"], on: "2026-12-10")
        let items = try run(["followups", "--format", "json", "--kind", "referral"], on: "2026-12-18").stdout
        #expect(items.contains("\"clear\" : \"lantern new 'Sam Lee' --introduced-by 'Jane Doe' --email sam@example.com\""))
        let sam = try run(["new", "Sam Lee", "--introduced-by", "Jane Doe", "--email", "sam@example.com"], on: "2026-12-18")
        #expect(
            try String(contentsOfFile: root + "/" + sam.stdout.trimmingCharacters(in: .whitespacesAndNewlines), encoding: .utf8)
                .contains("email: sam@example.com"))
        #expect(!(try kinds(on: "2026-12-18")).contains("referral Sam Lee"))

        // A snooze puts the follow-up off; a later reply ends it and the cadence counts from there.
        _ = try run(["log", "jane", "snooze", "--until", "2027-03-01"], on: "2026-12-11")
        let snoozed = try run(["person", "jane", "--format", "json"], on: "2027-02-10").stdout
        #expect(snoozed.contains("\"due\" : \"2027-03-01\"") && snoozed.contains("as set in next_follow_up"))
        let reply = try run(["log", "jane", "reply", "--replace"], on: "2027-01-05")
        #expect(reply.stdout.contains("next_follow_up: 2027-03-01 removed"))
        let after = try run(["person", "jane", "--format", "json"], on: "2027-02-10").stdout
        #expect(after.contains("\"due\" : \"2027-03-06\"") && after.contains("last in touch 2027-01-05"))

        // Everything recorded, nothing lost: the note reads back clean of what was done.
        let lint = try run(["lint", "--format", "json"], on: "2027-01-06", status: 1).stdout
        for rule in ["thank-you-missing", "attempts-exhausted", "status-stale", "front-matter-invalid"] { #expect(!lint.contains(rule)) }
        let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        #expect(text.contains("- Sam Lee — <sam@example.com>") && text.contains("medium: video") && !text.contains("next_follow_up"))
    }

    /// Advice and defaults a new user met on the way in.
    @Test func startingOutFromAnotherFolder() throws {
        let parent = temporaryFolder()
        let made = try lantern(["init", "nb"], in: parent)
        #expect(made.stdout.contains("Next: cd nb && lantern new"))
        // Followed as printed, through a shell.
        let next = try runTool(
            "/bin/sh", ["-c", "cd nb && " + lanternBinary + " new 'Kenji Watanabe' --company Mercari --title 'UX Researcher' --today 2026-11-20"], in: parent)
        #expect(next.status == 0, "\(next.stderr)")
        let root = parent + "/nb"
        // A new conversation with someone known keeps their details; a date sets the status.
        let again = try lantern(["new", "Kenji Watanabe", "--date", "2026-12-03 10:00", "--today", "2026-11-21"], in: root)
        let text = try String(contentsOfFile: root + "/" + again.stdout.trimmingCharacters(in: .whitespacesAndNewlines), encoding: .utf8)
        #expect(text.contains("company: Mercari") && text.contains("title: UX Researcher") && text.contains("status: scheduled"), "\(text)")
        // What the event cannot keep is refused, not dropped.
        let note = try lantern(["log", "interviews/2026-11-20-kenji-watanabe.md", "dropped", "--note", "went quiet", "--today", "2026-11-22"], in: root)
        #expect(note.status == 2 && note.stderr.contains("--note goes with attempt, follow-up and referral"))
    }
}
