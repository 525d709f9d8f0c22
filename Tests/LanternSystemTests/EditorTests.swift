import Foundation
import Testing
import LanternTestSupport

/// `lantern lsp` with real clients: Neovim (Debian's 0.7) and Emacs with eglot (Debian's Emacs 28
/// and elpa-eglot 1.9), each with the README's configuration, open a note of the example notebook,
/// show Lantern's findings where they are, apply a quick fix and write the file.
@Suite(.serialized) struct EditorTests {
    /// A real client: how to run it on a script, and where its configuration is in the README.
    struct Editor: CustomStringConvertible, Sendable {
        var program: String
        var arguments: @Sendable (String) -> [String]
        var heading: String
        var fence: String
        var configFile: String
        var description: String { (program as NSString).lastPathComponent }

        static let neovim = Editor(
            program: "/usr/bin/nvim", arguments: { ["--headless", "--clean", "-c", "luafile " + $0] },
            heading: "### Neovim 0.7 to 0.10", fence: "```lua\n", configFile: ".config.lua")
        static let emacs = Editor(
            program: "/usr/bin/emacs", arguments: { ["--batch", "-l", $0] },
            heading: "### Emacs with eglot", fence: "```elisp\n", configFile: ".config.el")

        /// The README's configuration for this editor: the first block of its kind after its heading.
        func readmeConfiguration() throws -> String {
            let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
            guard let heading = readme.range(of: heading), let open = readme.range(of: fence, range: heading.upperBound..<readme.endIndex),
                let close = readme.range(of: "```", range: open.upperBound..<readme.endIndex)
            else { return "" }
            return String(readme[open.upperBound..<close.lowerBound])
        }
    }

    /// Runs `editor` on its script (`Tests/Fixtures/lsp/`) in a copy of the example notebook, with
    /// the README's configuration and `lantern` on the PATH; returns what it reported and the copy.
    func run(_ editor: Editor, script: String, note: String, fix: String?, today: String = "2026-11-22") throws -> (report: [String], root: String) {
        #expect(FileManager.default.isExecutableFile(atPath: editor.program), "\(editor) is needed for this test (make test-deps)")
        let root = try copyOfExampleNotebook()
        write([editor.configFile: try editor.readmeConfiguration()], in: root)
        let out = root + "/.editor-report"
        var env = ProcessInfo.processInfo.environment
        let bin = (lanternBinary as NSString).deletingLastPathComponent
        env.merge([
            "NOTEBOOK": root, "NOTE": note, "OUT": out, "CONFIG": root + "/" + editor.configFile, "LANTERN_TODAY": today, "HOME": root,
            "PATH": bin + ":" + (env["PATH"] ?? "/usr/bin:/bin"),
        ]) { $1 }
        if let fix { env["FIX"] = fix }
        let run = try runTool(editor.program, editor.arguments(fixtures + "/lsp/" + script), environment: env, in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let report = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return (report.split(separator: "\n").map(String.init), root)
    }

    func neovim(note: String, fix: String?) throws -> (report: [String], root: String) {
        try run(.neovim, script: "neovim.lua", note: note, fix: fix)
    }

    @Test func neovimShowsTheThankYouFindingOnItsLineAndAppliesAQuickFix() throws {
        let note = "interviews/2026-11-19-jane-doe.md"
        let dateLine = try String(contentsOfFile: exampleNotebook + "/" + note, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("date:") }.map { $0 + 1 }
        let fix = "Turn thank-you-missing off in this file"
        let (report, root) = try neovim(note: note, fix: fix)
        #expect(report.contains { $0.hasPrefix("diagnostic \(dateLine ?? 0):7 thank-you-missing no thank-you note recorded for Jane Doe") }, "\(report)")
        #expect(report.contains("action \(fix)"))
        #expect(report.contains("applied \(fix)"))
        #expect(report.contains("client lantern"), "the README's configuration attached the server")
        // The file Neovim wrote lints clean of it, and of nothing else new.
        let lint = try lantern(["lint", root + "/" + note, "--today", "2026-11-22"])
        #expect(!lint.stdout.contains("thank-you-missing"), "\(lint.stdout)")
        #expect(lint.stdout.contains("action-overdue"))
    }

    /// The quick fixes that record an event, on notes of the example notebook (Tomás's is CRLF:
    /// Neovim holds it as a "dos" buffer, Emacs as a `-dos` coding system), each run in Neovim and
    /// in Emacs, against `lantern log` run on another copy.
    static let recordFixes = [
        ("interviews/2026-11-19-jane-doe.md", "Record the thank-you as sent today (lantern log jane thank-you)", ["jane", "thank-you"], "thank-you-missing"),
        (
            "interviews/2026-11-12-tomas-alvarez.md", "Record that you told your introducer how it went (lantern log tomas update-introducer)",
            ["tomas", "update-introducer"], "introducer-not-updated"
        ),
    ]

    func recordsByteForByteAsLanternLogDoes(_ editor: Editor, script: String, note: String, fix: String, command: [String], rule: String) throws {
        let (report, root) = try run(editor, script: script, note: note, fix: fix)
        #expect(report.contains { $0.hasPrefix("diagnostic ") && $0.contains(" \(rule) ") }, "\(report)")
        #expect(report.contains("applied \(fix)"), "\(report)")
        #expect(report.contains("client lantern"), "the README's configuration attached the server")
        // The same command on another copy of the notebook, the same day.
        let other = try copyOfExampleNotebook()
        let log = try lantern(["log"] + command + [other, "--today", "2026-11-22"])
        #expect(log.status == 0, "\(log.stderr)")
        let byEditor = try Data(contentsOf: URL(fileURLWithPath: root + "/" + note))
        let byLog = try Data(contentsOf: URL(fileURLWithPath: other + "/" + note))
        #expect(byEditor == byLog, "\(String(decoding: byEditor, as: UTF8.self))")
        let lint = try lantern(["lint", root + "/" + note, "--today", "2026-11-22"])
        #expect(!lint.stdout.contains(rule), "\(lint.stdout)")
    }

    @Test(arguments: recordFixes)
    func neovimRecordsByteForByteAsLanternLogDoes(note: String, fix: String, command: [String], rule: String) throws {
        try recordsByteForByteAsLanternLogDoes(.neovim, script: "neovim.lua", note: note, fix: fix, command: command, rule: rule)
    }

    /// Emacs in batch mode, eglot started by the README's `eglot-ensure` hook: the findings arrive
    /// as Flymake diagnostics, `eglot-code-actions` lists the fixes, and eglot applies one.
    @Test(arguments: recordFixes)
    func emacsEglotRecordsByteForByteAsLanternLogDoes(note: String, fix: String, command: [String], rule: String) throws {
        try recordsByteForByteAsLanternLogDoes(.emacs, script: "eglot.el", note: note, fix: fix, command: command, rule: rule)
    }

    @Test func emacsEglotShowsTheThankYouFindingAtItsPlace() throws {
        let note = "interviews/2026-11-19-jane-doe.md"
        let dateLine = try String(contentsOfFile: exampleNotebook + "/" + note, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("date:") }.map { $0 + 1 }
        let (report, _) = try run(.emacs, script: "eglot.el", note: note, fix: nil)
        #expect(
            report.contains { $0.hasPrefix("diagnostic \(dateLine ?? 0):7 thank-you-missing ") && $0.contains("no thank-you note recorded for Jane Doe") },
            "\(report)")
        #expect(report.contains { $0.contains(" action-overdue ") })
    }

    /// The process as an editor starts it: its exit status says whether it was shut down first.
    @Test func theServerProcessExitsZeroOnlyAfterShutdown() throws {
        func frames(_ messages: [String]) -> String {
            messages.map { "Content-Length: \($0.utf8.count)\r\n\r\n\($0)" }.joined()
        }
        let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#
        let shutdown = #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#
        let exit = #"{"jsonrpc":"2.0","method":"exit"}"#
        let polite = try runTool(lanternBinary, ["lsp"], input: frames([initialize, shutdown, exit]))
        #expect(polite.status == 0, "\(polite.stderr)")
        #expect(polite.stdout.contains(#""id":2"#) && polite.stdout.contains(#""result":null"#), "\(polite.stdout)")
        #expect(try runTool(lanternBinary, ["lsp"], input: frames([initialize, exit])).status == 1, "exit without shutdown")
        #expect(try runTool(lanternBinary, ["lsp"], input: frames([initialize])).status == 1, "the editor went away")
    }
}
