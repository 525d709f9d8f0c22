import Foundation
import Testing
import LanternTestSupport

/// `lantern lsp` with a real client: Neovim (Debian's 0.7) opens a note of the example notebook,
/// shows Lantern's findings where they are, applies a quick fix and writes the file.
@Suite(.serialized) struct EditorTests {
    static let neovim = "/usr/bin/nvim"

    /// The README's configuration for Neovim 0.7: the first Lua block after its heading.
    static func readmeConfiguration() throws -> String {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        guard let heading = readme.range(of: "### Neovim 0.7 to 0.10"), let open = readme.range(of: "```lua\n", range: heading.upperBound..<readme.endIndex),
              let close = readme.range(of: "```", range: open.upperBound..<readme.endIndex) else { return "" }
        return String(readme[open.upperBound..<close.lowerBound])
    }

    /// Runs the Lua client on a copy of the example notebook with the README's configuration and
    /// `lantern` on the PATH; returns what it reported and the copy.
    func neovim(note: String, fix: String?, today: String = "2026-11-22") throws -> (report: [String], root: String) {
        let root = temporaryFolder()
        var files = try exampleNotebookFiles()
        files["lantern.yml"] = try String(contentsOfFile: exampleNotebook + "/lantern.yml", encoding: .utf8)
        files[".config.lua"] = try EditorTests.readmeConfiguration()
        write(files, in: root)
        let out = root + "/.neovim-report"
        var env = ProcessInfo.processInfo.environment
        let bin = (lanternBinary as NSString).deletingLastPathComponent
        env.merge(["NOTEBOOK": root, "NOTE": note, "OUT": out, "CONFIG": root + "/.config.lua", "LANTERN_TODAY": today, "HOME": root,
                   "PATH": bin + ":" + (env["PATH"] ?? "/usr/bin:/bin")]) { $1 }
        if let fix { env["FIX"] = fix }
        let run = try runTool(EditorTests.neovim, ["--headless", "--clean", "-c", "luafile " + fixtures + "/lsp/neovim.lua"], environment: env, in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let report = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return (report.split(separator: "\n").map(String.init), root)
    }

    @Test func neovimShowsTheThankYouFindingOnItsLineAndAppliesAQuickFix() throws {
        #expect(FileManager.default.isExecutableFile(atPath: EditorTests.neovim), "Neovim is needed for this test (apt-get install neovim)")
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

    /// Each quick fix that records an event, on a note of the example notebook (Tomás's is CRLF:
    /// Neovim holds it as a "dos" buffer), against `lantern log` run on another copy.
    @Test(arguments: [
        ("interviews/2026-11-19-jane-doe.md", "Record the thank-you as sent today (lantern log jane thank-you)", ["jane", "thank-you"], "thank-you-missing"),
        ("interviews/2026-11-12-tomas-alvarez.md", "Record that you told your introducer how it went (lantern log tomas update-introducer)",
         ["tomas", "update-introducer"], "introducer-not-updated"),
    ])
    func neovimRecordsByteForByteAsLanternLogDoes(note: String, fix: String, command: [String], rule: String) throws {
        let (report, root) = try neovim(note: note, fix: fix)
        #expect(report.contains("applied \(fix)"), "\(report)")
        // The same command on another copy of the notebook, the same day.
        let other = temporaryFolder()
        var files = try exampleNotebookFiles()
        files["lantern.yml"] = try String(contentsOfFile: exampleNotebook + "/lantern.yml", encoding: .utf8)
        write(files, in: other)
        let log = try lantern(["log"] + command + [other, "--today", "2026-11-22"])
        #expect(log.status == 0, "\(log.stderr)")
        let byNeovim = try Data(contentsOf: URL(fileURLWithPath: root + "/" + note))
        let byLog = try Data(contentsOf: URL(fileURLWithPath: other + "/" + note))
        #expect(byNeovim == byLog, "\(String(decoding: byNeovim, as: UTF8.self))")
        let lint = try lantern(["lint", root + "/" + note, "--today", "2026-11-22"])
        #expect(!lint.stdout.contains(rule), "\(lint.stdout)")
    }
}
