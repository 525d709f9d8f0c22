import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// A typo gets the closest word back: an unknown command, and an unknown status, channel,
/// medium, kind or event on the command line (exit 2); lint says the same of a note's values.
@Suite(.serialized) struct TypoTests {
    @Test func anUnknownCommandSuggestsTheClosest() throws {
        let run = try lantern(["folowups", "--today", "2026-11-22"])
        #expect(run.status == 2 && run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("lantern: no command \"folowups\" (did you mean followups?); the commands are init, new, log,"))
        #expect(try lantern(["lis"]).stderr.contains("(did you mean list?)"), "the only command it begins")
        #expect(try lantern(["Person", "jane"]).stderr.contains("(did you mean person?)"))
        let nothing = try lantern(["zzz"])
        #expect(nothing.status == 2 && !nothing.stderr.contains("did you mean") && nothing.stderr.contains("lantern --help"))
        // Options and real commands are left to the parser.
        #expect(try lantern(["--version"]).status == 0)
        #expect(try lantern(["help", "list"]).status == 0)
    }

    @Test func unknownValuesSuggestTheClosest() throws {
        let cases: [(arguments: [String], value: String, suggestion: String)] = [
            (["log", "jane", "attempt", "--via", "emial", "--dry-run"], "emial", "email"),
            (["log", "jane", "attempt", "--via", "in persn", "--dry-run"], "in persn", "in-person"),
            (["log", "jane", "scheduled", "--date", "2026-12-01", "--medium", "vidoe", "--dry-run"], "vidoe", "video"),
            (["log", "jane", "atempt", "--dry-run"], "atempt", "attempt"),
            (["new", "Ann Lee", "--status", "schedled"], "schedled", "scheduled"),
            (["list", "--status", "Contacted!"], "Contacted!", "contacted"),
            (["followups", "--kind", "nuge"], "nuge", "nudge"),
            (["draft", "thankyou", "jane"], "thankyou", "thank-you"),
        ]
        for c in cases {
            let run = try lantern(c.arguments + ["--today", "2026-11-22"], in: exampleNotebook)
            #expect(run.status == 2, "\(c.arguments)")
            #expect(
                run.stderr.contains("The value '\(c.value)' is invalid") && run.stderr.contains("did you mean \(c.suggestion)?"),
                "\(c.arguments): \(run.stderr)")
        }
        // Far from every value: the list alone.
        let far = try lantern(["list", "--status", "waiting", "--today", "2026-11-22"], in: exampleNotebook)
        #expect(far.status == 2 && far.stderr.contains("use prospect, contacted, scheduled, done, declined or dropped") && !far.stderr.contains("did you mean"))
        // Case and spacing as notes allow them are still read.
        #expect(try lantern(["log", "jane", "attempt", "--via", "In Person", "--dry-run", "--today", "2026-11-22"], in: exampleNotebook).status == 0)
    }

    @Test func lintSuggestsTheClosestValueInANote() throws {
        let root = temporaryFolder()
        write(["a.md": "---\ncontact: Ann Lee\nstatus: schedled\nmedium: vidoe\nattempts: [2026-11-01 emial]\n---\n"], in: root)
        let run = try lantern(["lint", root, "--today", "2026-11-22", "--color", "never"])
        #expect(
            run.stdout.contains(
                #"a.md:3:9: error: status: "schedled" is not valid (did you mean scheduled?); expected prospect, contacted, scheduled, done, declined, dropped [value-invalid]"#
            ))
        #expect(run.stdout.contains(#"medium: "vidoe" is not valid (did you mean video?); expected phone, video, coffee, office, other"#))
        #expect(run.stdout.contains(#"attempts via: "emial" is not valid (did you mean email?); expected email, phone, linkedin, message, in-person, other"#))
    }
}
