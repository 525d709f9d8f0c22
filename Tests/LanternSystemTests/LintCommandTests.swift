import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

@Suite(.serialized) struct LintCommandTests {
    @Test func exitCodes() throws {
        // Errors → 1; warnings alone → 0, or 1 with --strict.
        #expect(try lantern(["lint", "examples/notebook", "--today", "2026-11-22"]).status == 1)
        #expect(try lantern(["lint", "examples/notebook", "--today", "2026-11-20"]).status == 0)
        #expect(try lantern(["lint", "examples/notebook", "--today", "2026-11-20", "--strict"]).status == 1)
        #expect(try lantern(["lint", "examples/notebook", "--today", "2026-11-22", "--rule", "thank-you-missing=warning"]).status == 0)
        let bad = try lantern(["lint", "examples/notebook", "--rule", "thank-you-mising=off"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("did you mean thank-you-missing"))
    }

    @Test func filesAreJudgedAgainstTheWholeNotebook() throws {
        let run = try lantern(["lint", "examples/notebook/interviews/2026-11-12-tomas-alvarez.md", "--today", "2026-11-22"])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("interviews/2026-11-12-tomas-alvarez.md:") })
        // The introducer rule needs Priya's own note, which was not named.
        #expect(run.stdout.contains("[introducer-not-updated]"))
        #expect(lines.last?.hasSuffix("in 1 file") == true)
    }

    @Test func vimQuickfixReadsTheOutput() throws {
        let vim = ["/usr/bin/vim", "/usr/bin/nvim"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let editor = try #require(vim, "vim or neovim is needed for this test (apt-get install vim)")
        let root = temporaryFolder()
        let run = try lantern(["lint", "--today", "2026-11-22", "--color", "never"], in: exampleNotebook)
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: root + "/lint.txt"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: editor)
        process.currentDirectoryURL = URL(fileURLWithPath: exampleNotebook)
        process.arguments = [
            "-u", "NONE", "-i", "NONE", "-N", "-es",
            "-c", "cgetfile \(root)/lint.txt",
            "-c", "call writefile(map(filter(getqflist(), 'v:val.valid'), 'bufname(v:val.bufnr) . \":\" . v:val.lnum . \":\" . v:val.col'), '\(root)/qf.txt')",
            "-c", "qa!",
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let entries = try String(contentsOfFile: root + "/qf.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        let expected = run.stdout.split(separator: "\n").dropLast().map { line in
            line.split(separator: ":").prefix(3).joined(separator: ":")
        }
        #expect(entries.count == 10)
        #expect(entries == expected)
    }

    @Test func rulesCommand() throws {
        let list = try lantern(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 26)
        let one = try lantern(["rules", "thank-you-missing", "--color", "never"])
        #expect(one.status == 0)
        #expect(one.stdout.contains("Triggers:") && one.stdout.contains("Does not trigger:"))
        #expect(try lantern(["rules", "nope"]).status == 2)
    }
}
