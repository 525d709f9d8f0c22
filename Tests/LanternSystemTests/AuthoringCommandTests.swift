import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// `init`, `new`, `log` and `draft` as a user runs them.
@Suite(.serialized) struct AuthoringCommandTests {
    @Test func initTwiceNeverOverwrites() throws {
        let root = temporaryFolder() + "/nb"
        let first = try lantern(["init", root])
        #expect(first.status == 0)
        #expect(first.stdout.contains("created \(root)/lantern.yml") && first.stdout.contains("created \(root)/templates/interview.md"))
        #expect(first.stdout.contains("created \(root)/templates/drafts/outreach.md"))
        try Data("week_start: sunday\n".utf8).write(to: URL(fileURLWithPath: root + "/lantern.yml"))
        let second = try lantern(["init", root])
        #expect(second.status == 0 && !second.stdout.contains("created"))
        #expect(second.stdout.contains("left alone \(root)/lantern.yml (it exists)"))
        #expect(try String(contentsOfFile: root + "/lantern.yml", encoding: .utf8) == "week_start: sunday\n")
        // The new notebook works at once.
        #expect(try lantern(["lint", root, "--today", "2026-11-22"]).status == 0)
    }

    @Test func newMakesANoteInsideTheNotebook() throws {
        let root = temporaryFolder()
        #expect(try lantern(["init", root]).status == 0)
        let made = try lantern(["new", "José Núñez", "--company", "Duolingo", "--introduced-by", "María González", "--today", "2026-11-22"], in: root)
        #expect(made.status == 0 && made.stdout == "interviews/2026-11-22-jose-nunez.md\n")
        let again = try lantern(["new", "Jose Nunez", "--today", "2026-11-22"], in: root)
        #expect(again.stdout == "interviews/2026-11-22-jose-nunez-2.md\n")
        let dated = try lantern(["new", "Chen Wei", "--date", "2026-11-25 10:30", "--today", "2026-11-22"], in: root)
        #expect(dated.stdout == "interviews/2026-11-25-chen-wei.md\n")
        let chen = try String(contentsOfFile: root + "/interviews/2026-11-25-chen-wei.md", encoding: .utf8)
        #expect(readNote(chen).interview?.status(on: day("2026-11-22")) == .scheduled)
        for bad in ["../../escape", "/etc/passwd", "", "..", "a\u{0}b"] where !bad.contains("\u{0}") {
            let run = try lantern(["new", bad, "--today", "2026-11-22"], in: root)
            #expect(run.status == 2 && run.stderr.hasPrefix("lantern: "), "\(bad.debugDescription)")
        }
        // Nothing was written anywhere but interviews/.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root + "/interviews").sorted()
                == ["2026-11-22-jose-nunez-2.md", "2026-11-22-jose-nunez.md", "2026-11-25-chen-wei.md"])
        #expect(!FileManager.default.fileExists(atPath: root + "/../escape.md"))
        // The notebook's own template wins.
        write(["templates/interview.md": "---\ncontact: {{yaml.name}}\ntags: [mine]\n---\n# {{name}}\n"], in: root)
        let own = try lantern(["new", "Ana Ruiz", "--today", "2026-11-22"], in: root)
        #expect(
            try String(contentsOfFile: root + "/" + own.stdout.trimmingCharacters(in: .newlines), encoding: .utf8)
                == "---\ncontact: Ana Ruiz\ntags: [mine]\n---\n# Ana Ruiz\n")
    }

    @Test func logDryRunThenRecord() throws {
        let root = try copyOfExampleNotebook()
        let path = root + "/interviews/2026-11-19-jane-doe.md"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let dry = try lantern(["log", "jane", "thank-you", "--today", "2026-11-22", "--dry-run"], in: root)
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("--- a/interviews/2026-11-19-jane-doe.md\n+++ b/interviews/2026-11-19-jane-doe.md\n@@ "))
        #expect(dry.stdout.contains("\n+thank_you: 2026-11-22\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let run = try lantern(["log", "jane", "thank-you", "--today", "2026-11-22"], in: root)
        #expect(run.status == 0 && run.stdout == "interviews/2026-11-19-jane-doe.md: line 40: - [x] Send thank-you note ✅ 2026-11-22; thank_you: 2026-11-22\n")
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after.count == before.count + "thank_you: 2026-11-22\n".utf8.count + "x ✅ 2026-11-22".utf8.count - " ".utf8.count)
        var st = stat()
        stat(path, &st)
        #expect(st.st_mode & 0o777 == 0o600)
        // Recorded: the lint error is gone, and logging again is refused, naming what is recorded.
        #expect(try !lantern(["lint", "--today", "2026-11-22"], in: root).stdout.contains("thank-you-missing"))
        let again = try lantern(["log", "jane", "thank-you", "--today", "2026-11-22"], in: root)
        #expect(again.status == 2 && again.stderr.contains("already recorded on 2026-11-22"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == after)
    }

    @Test func logKeepsACRLFNoteCRLFAndFollowsSymlinks() throws {
        let root = try copyOfExampleNotebook()
        let real = root + "/interviews/2026-11-12-tomas-alvarez.md"
        let link = root + "/tomas-link.md"
        try FileManager.default.moveItem(atPath: real, toPath: root + "/tomas-real.txt")
        try FileManager.default.createSymbolicLink(atPath: real, withDestinationPath: root + "/tomas-real.txt")
        _ = link
        let run = try lantern(["log", "tomas", "follow-up", "--via", "email", "--today", "2026-11-22"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: real) == root + "/tomas-real.txt")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: root + "/tomas-real.txt"))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("follow_ups:\r\n  - {date: 2026-11-22, via: email}\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func logRefusals() throws {
        let root = try copyOfExampleNotebook()
        // María has a card and two conversations: a follow-up goes to the one that carries it.
        let maria = try lantern(["log", "maria", "follow-up", "--today", "2026-11-22", "--dry-run"], in: root)
        #expect(maria.status == 0 && maria.stdout.contains("+++ b/interviews/2026-11-18-maria-gonzalez-coffee.md"), "\(maria.stderr)")
        let noDate = try lantern(["log", "chen", "scheduled", "--today", "2026-11-22"], in: root)
        #expect(noDate.status == 2 && noDate.stderr.contains("--date"))
        let badVia = try lantern(["log", "chen", "attempt", "--via", "pigeon"], in: root)
        #expect(badVia.status == 2)
        let other = try lantern(["log", "notes/reading-list.md", "done", "--today", "2026-11-22"], in: root)
        #expect(other.status == 2 && other.stderr.contains("not an interview note"))
    }

    @Test func draftPrintsAnEmail() throws {
        let run = try lantern(["draft", "outreach", "chen", exampleNotebook, "--today", "2026-11-22"])
        #expect(run.status == 0 && run.stdout.hasPrefix("Subject: Tomás suggested I reach out\n\nHi Chen,\n\nTomás Álvarez suggested"))
        #expect(try lantern(["draft", "lunch", "chen", exampleNotebook]).status == 2)
    }
}
