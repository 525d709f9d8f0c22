import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// `lantern draft` as a user runs it: signed with `me:` from lantern.yml, and refusing in one
/// line (exit 2) when the note lacks what the draft needs.
@Suite(.serialized) struct DraftCommandTests {
    @Test func draftsSoundLikeTheUserOnceMeIsSet() throws {
        let root = try copyOfExampleNotebook()
        let before = try lantern(["draft", "thank-you", "jane", "--today", "2026-11-19"], in: root)
        #expect(before.status == 0 && before.stdout.hasSuffix("Best,\n[Your name]\n"))
        let settings = try String(contentsOfFile: root + "/lantern.yml", encoding: .utf8)
        write(["lantern.yml": settings + "me:\n  name: Alex Rivera\n  pitch: I taught middle-school science for eight years\n"], in: root)
        let thanks = try lantern(["draft", "thank-you", "jane", "--today", "2026-11-19"], in: root)
        #expect(thanks.status == 0)
        #expect(
            thanks.stdout == """
                Subject: Thank you for today

                Hi Jane,

                Thank you for taking the time to talk with me today. [One thing they said that stayed with you, and what you will do with it.]

                I really appreciate your help, and I'll keep you posted on how my search goes.

                Best,
                Alex Rivera

                """)
        let outreach = try lantern(["draft", "outreach", "ahmed", "--today", "2026-11-22"], in: root)
        #expect(
            outreach.stdout.contains(
                "I taught middle-school science for eight years. I would love to hear how you found your way into your work as a Product Lead."))
        // A mistake in me: stops every command, naming the line.
        write(["lantern.yml": settings + "me:\n  name: Alex Rivera\n  signatur: Alex\n"], in: root)
        let bad = try lantern(["draft", "thank-you", "jane"], in: root)
        let line = settings.split(separator: "\n", omittingEmptySubsequences: false).count + 2
        #expect(
            bad.status == 2
                && bad.stderr == "lantern: lantern.yml:\(line):3: error: me: unknown key signatur (did you mean signature?); known: name, pitch, signature\n")
    }

    @Test func everyKindRefusesInOneLine() throws {
        let cases: [([String], String)] = [
            (["nudge", "jane"], "Jane Doe replied on 2026-11-05"),
            (["nudge", "ahmed"], "start with lantern draft outreach ahmed"),
            (["thank-you", "chen"], "you meet Chen Wei on 2026-11-24"),
            (["follow-up", "ahmed"], "records no meeting with Ahmed Khan"),
            (["update-introducer", "fatima"], "you meet Fatima Zahra on 2026-11-26"),
            (["update-introducer", "jane"], "names nobody who introduced you to Jane Doe"),
            (["update-introducer", "ahmed"], "names nobody who introduced you to Ahmed Khan"),
            (["thank-you", "ahmed"], "records no meeting with Ahmed Khan"),
            (["nudge", "marcus"], "Marcus Lee is dropped"),
            (["outreach", "notes/reading-list.md"], "is not an interview note"),
        ]
        for (arguments, message) in cases {
            let run = try lantern(["draft"] + arguments + ["--today", "2026-11-22"], in: exampleNotebook)
            #expect(run.status == 2 && run.stdout.isEmpty, "\(arguments)")
            #expect(
                run.stderr.hasPrefix("lantern: ") && run.stderr.contains(message) && run.stderr.filter { $0 == "\n" }.count == 1,
                "\(arguments): \(run.stderr)")
        }
        // The advice works as printed.
        let advice = try lantern(["draft", "outreach", "ahmed", "--today", "2026-11-22"], in: exampleNotebook)
        #expect(advice.status == 0 && advice.stdout.hasPrefix("Subject: "))
    }

    /// The command a refusal suggests, from "lantern " to the end of the line or to a "(" that
    /// explains it.
    func suggestedCommand(_ message: String) -> String? {
        guard let start = message.range(of: "lantern log ") ?? message.range(of: "lantern draft ") else { return nil }
        let rest = message[start.lowerBound...].prefix { $0 != "\n" && $0 != "(" }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    /// Each refusal's advice, followed word for word on a copy of the example notebook, makes the
    /// draft it refused work.
    @Test func followingTheAdviceMakesTheDraftWork() throws {
        let today = "2026-11-22"
        for kind in ["thank-you", "follow-up"] {
            let root = try copyOfExampleNotebook()
            let refused = try lantern(["draft", kind, "ahmed", "--today", today], in: root)
            #expect(refused.status == 2, "\(kind): \(refused.stdout)")
            let command = try #require(suggestedCommand(refused.stderr), "\(kind): \(refused.stderr)")
            #expect(command == "lantern log ahmed done")
            let followed = try runAsPrinted(command, in: root, today: today)
            #expect(followed.status == 0, "\(command): \(followed.stderr)")
            let draft = try lantern(["draft", kind, "ahmed", "--today", today], in: root)
            #expect(draft.status == 0 && draft.stdout.contains("today"), "\(kind) after \(command): \(draft.stderr)")
        }
        // A field to set: introduced_by: in Jane's front matter, with a name for "Their Name".
        let root = try copyOfExampleNotebook()
        let refused = try lantern(["draft", "update-introducer", "jane", "--today", today], in: root)
        #expect(refused.status == 2 && refused.stderr.hasSuffix("add introduced_by: Their Name to its front matter\n"), "\(refused.stderr)")
        let path = root + "/interviews/2026-11-19-jane-doe.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "---\ncontact: Jane Doe\n", with: "---\ncontact: Jane Doe\nintroduced_by: Sam O'Connor\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let update = try lantern(["draft", "update-introducer", "jane", "--today", today], in: root)
        #expect(update.status == 0 && update.stdout.hasPrefix("Subject: Thank you for introducing me to Jane\n\nHi Sam,\n"), "\(update.stderr)")
    }
}
