import Foundation
import Synchronization
import Testing
@testable import LanternKit
import LanternTestSupport

/// Progress on standard error: shown on a terminal after the delay, wiped before output, never
/// written anywhere else.
@Suite struct ProgressTests {
    final class Captured: Sendable {
        let text = Mutex("")
        func append(_ s: String) { text.withLock { $0 += s } }
    }

    @Test func theLineCountsAndIsWipedAtTheEnd() throws {
        let captured = Captured()
        let progress = ProgressLine()
        progress.start(delay: 0, sink: captured.append)
        progress.phase("reading notes", total: 10_000)
        for _ in 0..<4_512 { progress.advance() }
        Thread.sleep(forTimeInterval: 0.35)
        progress.finish()
        let text = captured.text.withLock { $0 }
        #expect(text.contains("\r\u{1B}[Klantern: reading notes 4,512 of 10,000"))
        #expect(text.hasSuffix("\r\u{1B}[K"))
        // Nothing after the wipe.
        let after = captured.text.withLock { $0 }
        Thread.sleep(forTimeInterval: 0.25)
        #expect(captured.text.withLock { $0 } == after)
    }

    @Test func nothingBeforeTheDelay() {
        let captured = Captured()
        let progress = ProgressLine()
        progress.start(delay: 30, sink: captured.append)
        progress.phase("reading notes", total: 10)
        Thread.sleep(forTimeInterval: 0.3)
        progress.finish()
        #expect(captured.text.withLock { $0 }.isEmpty)
    }

    @Test func numbersAreGrouped() {
        #expect(ProgressLine.grouped(7) == "7")
        #expect(ProgressLine.grouped(1_000) == "1,000")
        #expect(ProgressLine.grouped(100_000) == "100,000")
        #expect(ProgressLine.line(phase: "checking notes", done: 0, total: 0) == "lantern: checking notes…")
    }

    /// The real binary under a pseudo-terminal (`script`): the line is drawn on the terminal and
    /// wiped, the output file gets none of it; with standard error piped, not a byte.
    @Test func onATerminalOnly() throws {
        let folder = temporaryFolder()
        var files: [String: String] = [:]
        for n in 0..<5_000 { files["interviews/n\(n).md"] = "---\ncontact: Person \(n)\nattempts: [2026-11-02 email]\n---\n## Questions\n- Why?\n" }
        write(files, in: folder)
        let output = folder + "/out.txt", terminal = folder + "/tty.txt"
        let command = "LANTERN_PROGRESS_DELAY=0 '\(lanternBinary)' lint '\(folder)' --today 2026-11-20 > '\(output)'"
        let run = try runTool("/usr/bin/script", ["-qec", command, terminal])
        #expect([0, 1].contains(run.status))
        let shown = try String(contentsOfFile: terminal, encoding: .utf8)
        // Drawn, then wiped: the last wipe comes after the last line drawn.
        let drawn = try #require(shown.range(of: "\r\u{1B}[Klantern: ", options: .backwards))
        let wiped = try #require(shown.range(of: "\r\u{1B}[K", options: .backwards))
        #expect(wiped.lowerBound > drawn.lowerBound)
        let printed = try String(contentsOfFile: output, encoding: .utf8)
        #expect(printed.contains("5000 files"))
        #expect(!printed.contains("\u{1B}") && !printed.contains("reading notes"))

        let piped = try lantern(["lint", folder, "--today", "2026-11-20"], environment: ["LANTERN_PROGRESS_DELAY": "0"])
        #expect(!piped.stderr.contains("reading notes") && !piped.stderr.contains("\u{1B}"))
    }
}
