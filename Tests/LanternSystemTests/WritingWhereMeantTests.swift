import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Pages and notes are written only in a notebook, and a `--dry-run` diff applies where it was
/// printed (issue 14, cases 11 and 12).
@Suite(.serialized) struct WritingWhereMeantTests {
    func files(_ root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func outsideANotebookNothingIsWritten() throws {
        let folder = temporaryFolder()
        write(["README.md": "# Not notes\n", "docs/guide.md": "Plain Markdown, no front matter.\n"], in: folder)
        let before = files(folder)
        for command in [["week"], ["index"], ["new", "Ana Ruiz"], ["log", "ana", "done"]] {
            let run = try lantern(command + ["--today", "2026-11-22"], in: folder)
            #expect(run.status == 2 && run.stdout.isEmpty, "\(command): \(run.status)")
            #expect(
                run.stderr
                    == "lantern: this folder is not a notebook: no lantern.yml in it or a folder above, no interviews/ folder, no note with front matter, so nothing was written; to start one: lantern init\n",
                "\(command): \(run.stderr)")
        }
        for command in [["lint"], ["followups"], ["contacts"], ["export"], ["show", "ana"], ["draft", "outreach", "ana"]] {
            let run = try lantern(command + ["--today", "2026-11-22"], in: folder)
            #expect(run.status == 2 && run.stdout.isEmpty && run.stderr.contains("is not a notebook"), "\(command): \(run.stderr)")
        }
        // Given as a path from elsewhere, the advice names it.
        let elsewhere = try lantern(["week", folder, "--today", "2026-11-22"], in: NSTemporaryDirectory())
        #expect(
            elsewhere.status == 2
                && elsewhere.stderr.hasSuffix("to start one: lantern init \(OutputPlace.display(folder, currentFolder: NSTemporaryDirectory()))\n"),
            "\(elsewhere.stderr)")
        #expect(files(folder) == before, "nothing may be written outside a notebook")

        // The advice works as printed.
        #expect(try lantern(["init"], in: folder).status == 0)
        let week = try lantern(["week", "--today", "2026-11-22"], in: folder)
        #expect(week.status == 0 && week.stdout == "reports/2026-W47.md\nreports/2026-W47.html\n", "\(week.stderr)")
    }

    @Test func whatMakesANotebook() throws {
        // An interviews/ folder, a note with front matter, or lantern.yml in a folder above.
        let withFolder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: withFolder + "/interviews", withIntermediateDirectories: true)
        #expect(try lantern(["index", "--today", "2026-11-22"], in: withFolder).status == 0)
        let withNote = temporaryFolder()
        write(["jane.md": "---\ncontact: Jane Doe\n---\n"], in: withNote)
        #expect(try lantern(["followups", "--today", "2026-11-22"], in: withNote).status == 0)
        let above = temporaryFolder()
        write(["lantern.yml": "", "sub/readme.md": "plain\n"], in: above)
        let run = try lantern(["index", "--today", "2026-11-22"], in: above + "/sub")
        #expect(run.status == 0 && FileManager.default.fileExists(atPath: above + "/INDEX.md"), "\(run.stderr)")
    }

    /// Runs `log … --dry-run` in `folder`, applies its diff there with `patch -p1`, and checks the
    /// result is byte for byte what `log` itself writes.
    func dryRunApplies(_ arguments: [String], notebook root: String, in folder: String, note: String) throws {
        let copy = temporaryFolder() + "/copy"
        try FileManager.default.copyItem(atPath: root, toPath: copy)
        let dry = try lantern(["log"] + arguments + ["--dry-run"], in: folder)
        #expect(dry.status == 0 && dry.stdout.hasPrefix("--- a/"), "\(dry.stderr)")
        let patch = try runTool("/usr/bin/patch", ["-p1", "--quiet"], input: dry.stdout, in: folder)
        #expect(patch.status == 0, "patch: \(patch.stdout) \(patch.stderr)\n\(dry.stdout.debugDescription)")
        let patched = try Data(contentsOf: URL(fileURLWithPath: root + "/" + note))
        let relative = String(folder.dropFirst(root.count))
        let real = try lantern(["log"] + arguments, in: copy + relative)
        #expect(real.status == 0, "\(real.stderr)")
        #expect(patched == (try Data(contentsOf: URL(fileURLWithPath: copy + "/" + note))), "the patched note differs from what log writes")
    }

    @Test func dryRunDiffsApplyWithPatch() throws {
        // CRLF, as the example's Tomás note is.
        let example = temporaryFolder() + "/nb"
        try FileManager.default.copyItem(atPath: exampleNotebook, toPath: example)
        try dryRunApplies(
            ["tomas", "follow-up", "--via", "email", "--today", "2026-11-22"], notebook: example, in: example,
            note: "interviews/2026-11-12-tomas-alvarez.md")
        // From a folder inside the notebook.
        try dryRunApplies(
            ["jane", "thank-you", "--today", "2026-11-22"], notebook: example, in: example + "/interviews",
            note: "interviews/2026-11-19-jane-doe.md")
        // Without lantern.yml, the note named by its path; a BOM; no final line break.
        let bare = temporaryFolder()
        write(
            ["interviews/ana.md": "\u{FEFF}---\r\ncontact: Ana Ruiz\r\nstatus: prospect\r\n---", "interviews/bo.md": "---\ncontact: Bo Chen\n---\n"], in: bare)
        try dryRunApplies(["interviews/ana.md", "attempt", "--today", "2026-11-22"], notebook: bare, in: bare, note: "interviews/ana.md")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: bare + "/interviews/ana.md"))
                == Data("\u{FEFF}---\r\ncontact: Ana Ruiz\r\nstatus: contacted\r\nattempts:\r\n  - 2026-11-22 email\r\n---".utf8))
    }
}
