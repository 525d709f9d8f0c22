import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// FIFOs, failed writes to standard output, read-only folders and huge notes: a clear line on
/// standard error and exit 2, never a hang or a backtrace (issue 14, cases 6 to 9).
@Suite(.serialized) struct HangsAndCrashesTests {
    /// Runs lantern under `timeout`, so that a hang is a failure (exit 124), not a stuck suite.
    func bounded(_ arguments: [String], in folder: String, asNobody: Bool = false) throws -> Run {
        var command = ["/usr/bin/timeout", "-k", "5", "30", lanternBinary] + arguments
        if asNobody, getuid() == 0 { command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command }
        return try runTool(command[0], Array(command.dropFirst()), in: folder)
    }

    func notebook() -> String {
        let root = temporaryFolder()
        write(["lantern.yml": "", "interviews/2026-11-19-jane-doe.md": "---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n# Jane\n"], in: root)
        return root
    }

    @Test func fifosAreReportedNotWaitedOn() throws {
        let root = notebook()
        mkfifo(root + "/pipe", 0o644)
        // A symlink to a FIFO as a note, and a FIFO named as a note.
        symlink(root + "/pipe", root + "/interviews/linked.md")
        mkfifo(root + "/interviews/fifo.md", 0o644)
        let lint = try bounded(["lint", "--today", "2026-11-22"], in: root)
        #expect(lint.status == 1, "\(lint.status) \(lint.stderr)")
        for name in ["linked.md", "fifo.md"] {
            #expect(
                lint.stdout.contains("interviews/\(name):1:1: error: cannot read this note: it is a FIFO (named pipe), not a regular file [file-unreadable]"),
                "\(lint.stdout)")
        }
        #expect(lint.stdout.contains("thank-you-missing"), "the other note is still checked")

        // A FIFO as a template: named, not silently replaced by the built-in one.
        try FileManager.default.createDirectory(atPath: root + "/templates", withIntermediateDirectories: true)
        symlink(root + "/pipe", root + "/templates/interview.md")
        let new = try bounded(["new", "Ana Ruiz", "--today", "2026-11-22"], in: root)
        #expect(
            new.status == 2
                && new.stderr
                    == "lantern: templates/interview.md: error: cannot read the template: it is a FIFO (named pipe), not a regular file; fix it, or delete it to use the built-in one\n",
            "\(new.stderr)")

        // A FIFO as lantern.yml, found or given with --config: said as it is, not "permission".
        unlink(root + "/lantern.yml")
        mkfifo(root + "/lantern.yml", 0o644)
        let config = try bounded(["lint", "--today", "2026-11-22"], in: root)
        #expect(
            config.status == 2
                && config.stderr == "lantern: lantern.yml:1:1: error: cannot read the settings file: it is a FIFO (named pipe), not a regular file\n",
            "\(config.stderr)")
        let given = try bounded(["followups", "--config", root + "/pipe", "--today", "2026-11-22"], in: root)
        #expect(given.status == 2 && given.stderr.contains("it is a FIFO (named pipe), not a regular file"), "\(given.stderr)")
    }

    @Test func aFailedWriteToStandardOutputIsOneLine() throws {
        let full = try runTool("/bin/sh", ["-c", "\(lanternBinary) lint \(exampleNotebook) --today 2026-11-22 > /dev/full"])
        #expect(
            full.status == 2 && full.stderr == "lantern: cannot write to standard output: No space left on device\n",
            "\(full.status) \(full.stderr.prefix(300))")
        // A reader that goes away: no message, and lint's own exit code (errors: 1), not a signal.
        let closed = try runTool(
            "/bin/bash", ["-c", "\(lanternBinary) lint \(exampleNotebook) --today 2026-11-22 | true; echo \"status ${PIPESTATUS[0]}\" >&2"])
        #expect(closed.stderr == "status 1\n", "\(closed.stderr.prefix(300))")
    }

    @Test func aReadOnlyFolderIsOneLine() throws {
        let parent = temporaryFolder()
        chmod(parent, 0o555)
        defer { chmod(parent, 0o755) }
        let run = try bounded(["init", parent + "/nb"], in: parent, asNobody: true)
        #expect(run.status == 2 && run.stderr == "lantern: cannot create the folder nb: permission denied\n", "\(run.stderr)")
        // A notebook that cannot take a new note or a page.
        let root = notebook()
        chmod(root + "/interviews", 0o555)
        chmod(root, 0o555)
        defer { chmod(root, 0o755); chmod(root + "/interviews", 0o755) }
        let new = try bounded(["new", "Ana Ruiz", "--today", "2026-11-22"], in: root, asNobody: true)
        #expect(
            new.status == 2 && new.stderr.hasPrefix("lantern: cannot write in interviews: ") && new.stderr.split(separator: "\n").count == 1, "\(new.stderr)")
        let week = try bounded(["week", "--today", "2026-11-22"], in: root, asNobody: true)
        #expect(week.status == 2 && week.stderr == "lantern: cannot create the folder reports: permission denied\n", "\(week.stderr)")
    }

    @Test func logRefusesANoteOverMaxNoteBytes() throws {
        let root = notebook()
        let path = root + "/interviews/2026-11-19-jane-doe.md"
        let big = String(repeating: String(repeating: "x", count: 99) + "\n", count: 110_000)  // 11 MB
        try Data(("---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n" + big).utf8).write(to: URL(fileURLWithPath: path))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let refused = try bounded(["log", "jane", "thank-you", "--today", "2026-11-22"], in: root)
        #expect(
            refused.status == 2
                && refused.stderr
                    == "lantern: interviews/2026-11-19-jane-doe.md is 10.5 MiB, more than max_note_bytes (10.0 MiB); Lantern edits notes up to that size: edit this one by hand, or raise max_note_bytes in lantern.yml\n",
            "\(refused.stderr)")
        #expect(try bounded(["log", "jane", "thank-you", "--today", "2026-11-22", "--dry-run"], in: root).status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // Reading is not limited; and the advice works.
        #expect(try bounded(["lint", "--today", "2026-11-22"], in: root).status == 1)
        write(["lantern.yml": "max_note_bytes: 20000000\n"], in: root)
        let raised = try bounded(["log", "jane", "thank-you", "--today", "2026-11-22"], in: root)
        #expect(raised.status == 0 && raised.stdout == "interviews/2026-11-19-jane-doe.md: thank_you: 2026-11-22\n", "\(raised.stderr)")
    }
}
