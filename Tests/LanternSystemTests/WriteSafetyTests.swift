import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Writes that never lose or corrupt a note, with the built binary (issue 14, cases 3 to 5):
/// runs at once, an editor saving meanwhile, `kill -9` part way, permissions and owners.
@Suite(.serialized) struct WriteSafetyTests {
    static let notePath = "interviews/2026-11-19-jane-doe.md"

    /// A notebook with one interview note of about `bodyBytes` bytes; its root.
    func notebook(bodyBytes: Int = 0) -> String {
        let root = temporaryFolder()
        let line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.\n"
        let body = String(repeating: line, count: bodyBytes / line.utf8.count)
        write(["lantern.yml": "", WriteSafetyTests.notePath: "---\ncontact: Jane Doe\ndate: 2026-11-19\nfollow_ups: []\n---\n# Jane\n\n" + body], in: root)
        return root
    }

    func note(_ root: String) -> String { (try? String(contentsOfFile: root + "/" + WriteSafetyTests.notePath, encoding: .utf8)) ?? "" }

    /// Hidden leftovers of interrupted runs in the note's folder.
    func leftovers(_ root: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/interviews")) ?? []).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }

    /// Keeps going for `seconds` (at least `rounds` times).
    func repeatFor(_ seconds: Double, rounds: Int = 2, _ body: (Int) throws -> Void) rethrows {
        let start = Date()
        var round = 0
        while round < rounds || Date().timeIntervalSince(start) < seconds {
            try body(round)
            round += 1
        }
    }

    @Test func logRunsAtOnceAllLand() throws {
        let root = notebook(bodyBytes: 200_000)
        var total = 0
        try repeatFor(3) { round in
            let runs = Locked<[Run]>([])
            DispatchQueue.concurrentPerform(iterations: 6) { i in
                if let run = try? lantern(["log", "jane", "follow-up", "--note", "round \(round) run \(i)", "--today", "2026-11-22"], in: root) {
                    runs.update { $0.append(run) }
                }
            }
            #expect(runs.value.count == 6 && runs.value.allSatisfy { $0.status == 0 }, "\(runs.value.map(\.stderr))")
            let text = note(root)
            for i in 0..<6 { #expect(text.contains("note: round \(round) run \(i)}"), "round \(round) run \(i) was lost") }
            total += 6
        }
        let read = readNote(note(root))
        #expect(read.problems.isEmpty && read.interview?.followUps.count == total)
        #expect(leftovers(root).isEmpty)
    }

    @Test func anEditorSavingMeanwhileIsNeverOverwritten() throws {
        let root = notebook(bodyBytes: 200_000)
        let path = root + "/" + WriteSafetyTests.notePath
        // The editor: reads the note, adds a line, saves as editors do (a new file renamed over it).
        let stop = Locked(false), saves = Locked(0)
        let editor = Thread {
            while !stop.value {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                let k = saves.value + 1
                try? Data((text + "editor save \(k)\n").utf8).write(to: URL(fileURLWithPath: path + ".swp"))
                rename(path + ".swp", path)
                saves.update { $0 = k }
                usleep(UInt32.random(in: 0...3_000))
            }
        }
        editor.start()
        var refused = 0
        try repeatFor(3, rounds: 10) { round in
            let run = try lantern(["log", "jane", "follow-up", "--note", "log \(round)", "--today", "2026-11-22"], in: root)
            #expect(run.status == 0 || run.stderr.contains("changed on disk while Lantern was writing it"), "\(run.stderr)")
            if run.status != 0 { refused += 1 }
        }
        stop.update { $0 = true }
        while !editor.isFinished { usleep(1_000) }
        // Had Lantern written over one of the editor's saves, that save's line would be gone for good.
        let text = note(root)
        let missing = (1...saves.value).filter { !text.contains("editor save \($0)\n") }
        #expect(missing.isEmpty, "editor saves overwritten by lantern: \(missing) of \(saves.value)")
        #expect(readNote(text).problems.isEmpty)
    }

    @Test func killNineLeavesNothingHiddenBehind() throws {
        let root = notebook(bodyBytes: 200_000)
        // Runs pause 40 ms before and after the swap, so that kills land there too (where a
        // temporary file has a name), not only while the notebook is read.
        let pause = ["LANTERN_TEST_WRITE_PAUSE_MS": "40"]
        // How long one run takes, to spread the kills over it.
        let start = Date()
        _ = try lantern(["log", "jane", "follow-up", "--note", "timing", "--today", "2026-11-22"], environment: pause, in: root)
        let runTime = Date().timeIntervalSince(start)
        var killed = 0, leftoversSeen = 0, kept = 0
        try repeatFor(4, rounds: 10) { round in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: lanternBinary)
            process.arguments = ["log", "jane", "follow-up", "--note", "killed \(round)", "--today", "2026-11-22"]
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            process.environment = ProcessInfo.processInfo.environment.merging(pause) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0.1...1.0) * runTime * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            leftoversSeen += leftovers(root).count
            // The note is the old one or the new one, never half of one.
            #expect(readNote(note(root)).problems.isEmpty, "round \(round): the note is damaged")
            // The next writing command cleans up, and says what it kept.
            let next = try lantern(["log", "jane", "follow-up", "--note", "after \(round)", "--today", "2026-11-22"], in: root)
            #expect(next.status == 0, "\(next.stderr)")
            #expect(leftovers(root).isEmpty, "round \(round): left behind \(leftovers(root))")
            let visible = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/interviews")) ?? []).filter { $0.contains(".lantern-recovered-") }
            if visible.count > kept {
                #expect(next.stderr.contains("kept as interviews/"), "a kept leftover must be reported: \(next.stderr)")
                kept = visible.count
            }
        }
        #expect(killed > 0)
        // Leftovers kept in sight are never read as notes.
        let lint = try lantern(["lint", "--today", "2026-11-22", "--format", "json"], in: root)
        #expect(lint.stdout.contains("\"files\" : 1") || lint.stdout.contains("\"files\": 1"), "\(lint.stdout.prefix(300))")
        print("kill -9 loop: \(killed) runs killed, \(leftoversSeen) leftovers found, \(kept) kept in sight")
    }

    @Test func readOnlyNotesHardLinksAndTheUmask() throws {
        let root = notebook()
        let path = root + "/" + WriteSafetyTests.notePath
        chmod(path, 0o444)
        let readOnly = try lantern(["log", "jane", "thank-you", "--today", "2026-11-22"], in: root)
        #expect(
            readOnly.status == 2
                && readOnly.stderr
                    == "lantern: \(WriteSafetyTests.notePath) is read-only (mode 0444), so Lantern leaves it as it is; to have it written, make it writable (chmod u+w \(WriteSafetyTests.notePath)) and run the command again\n"
        )
        // The advice, followed as printed.
        #expect(try runTool("/bin/sh", ["-c", "chmod u+w \(WriteSafetyTests.notePath)"], in: root).status == 0)
        let writable = try lantern(["log", "jane", "reply", "--date", "2026-11-20", "--today", "2026-11-22"], in: root)
        #expect(writable.status == 0 && note(root).contains("replied: 2026-11-20"), "\(writable.stderr)")
        link(path, root + "/jane-link.txt")
        let linked = try lantern(["log", "jane", "thank-you", "--today", "2026-11-22"], in: root)
        #expect(linked.status == 2 && linked.stderr.contains("has 2 hard links") && !note(root).contains("thank_you"))
        let inPlace = try lantern(["log", "jane", "thank-you", "--today", "2026-11-22", "--in-place"], in: root)
        #expect(inPlace.status == 0)
        #expect(try String(contentsOfFile: root + "/jane-link.txt", encoding: .utf8).contains("thank_you: 2026-11-22"))

        // New files and generated pages get 0666 less the umask.
        let run = try runTool(
            "/bin/sh",
            [
                "-c",
                "umask 077 && \(lanternBinary) week --today 2026-11-22 && \(lanternBinary) index --today 2026-11-22 && \(lanternBinary) new 'Ana Ruiz' --today 2026-11-22",
            ], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        for file in ["reports/2026-W47.md", "reports/2026-W47.html", "INDEX.md", "interviews/2026-11-22-ana-ruiz.md"] {
            var st = stat()
            stat(root + "/" + file, &st)
            #expect(st.st_mode & 0o777 == 0o600, "\(file): \(String(st.st_mode & 0o777, radix: 8))")
        }
    }

    @Test(.enabled(if: getuid() == 0, "needs root to give files to other users"))
    func ownersAndGroupsAreKeptOrTheWriteRefused() throws {
        let root = notebook()
        let path = root + "/" + WriteSafetyTests.notePath
        chmod(root + "/interviews", 0o777)
        chmod(path, 0o666)
        let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", lanternBinary]
        func log(_ event: String) throws -> Run {
            try runTool(asNobody[0], Array(asNobody.dropFirst()) + ["log", "jane", event, "--today", "2026-11-22"], in: root)
        }
        // Owned by root: nobody could replace it (the folder allows it) but not keep the owner.
        chown(path, 0, 0)
        let owner = try log("thank-you")
        #expect(owner.status == 2 && owner.stderr.contains("belongs to root") && owner.stderr.contains("nothing was written"), "\(owner.stderr)")
        // Nobody's file in root's group, which nobody is not in.
        chown(path, 65534, 0)
        let group = try log("thank-you")
        #expect(group.status == 2 && group.stderr.contains("belongs to the group root"), "\(group.stderr)")
        var st = stat()
        stat(path, &st)
        #expect(st.st_uid == 65534 && st.st_gid == 0 && !note(root).contains("thank_you"))
        // Nobody's own file: written, owner, group and mode kept.
        chown(path, 65534, 65534)
        chmod(path, 0o640)
        #expect(try log("thank-you").status == 0)
        stat(path, &st)
        #expect(st.st_uid == 65534 && st.st_gid == 65534 && st.st_mode & 0o777 == 0o640 && note(root).contains("thank_you: 2026-11-22"))
    }
}

/// A value shared between threads.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
