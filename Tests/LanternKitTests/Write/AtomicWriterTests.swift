import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// The one writer every write goes through (issue 14, cases 3 to 5), driven in process.
@Suite struct AtomicWriterTests {
    func file(_ text: String, mode: mode_t = 0o644) -> (folder: String, path: String) {
        let folder = temporaryFolder()
        let path = folder + "/note.md"
        write(["note.md": text], in: folder)
        chmod(path, mode)
        return (folder, path)
    }

    func contents(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<none>" }

    func names(_ folder: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() }

    func inode(_ path: String) -> ino_t {
        var st = stat()
        stat(path, &st)
        return st.st_ino
    }

    /// A process id that no process has.
    func deadPID() -> Int32 {
        var pid: Int32 = 4_000_000
        while kill(pid, 0) == 0 || errno != ESRCH { pid -= 1 }
        return pid
    }

    @Test func theChangeSeesTheBytesReadUnderTheLock() throws {
        let (folder, path) = file("one\n")
        let outcome = try AtomicWriter.update(path) { current in
            #expect(current == Array("one\n".utf8))
            return Array("one\ntwo\n".utf8)
        }
        #expect(outcome.written && outcome.notices.isEmpty && contents(path) == "one\ntwo\n")
        #expect(try !AtomicWriter.update(path) { _ in nil }.written)
        #expect(names(folder) == ["note.md"], "no temporary file is left")
    }

    @Test func writersOnOneFileTakeTurns() throws {
        let (folder, path) = file("")
        // Threads stand in for processes: each opens the file itself, so flock serializes them.
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            _ = try? AtomicWriter.update(path) { current in (current ?? []) + Array("line \(i)\n".utf8) }
        }
        let lines = Set(contents(path).split(separator: "\n").map(String.init))
        #expect(lines == Set((0..<16).map { "line \($0)" }), "lost updates: \(lines.count) of 16")
        #expect(names(folder) == ["note.md"])
    }

    @Test(arguments: [true, false])
    func anEditorSavingJustBeforeTheSwapIsKept(exchanges: Bool) throws {
        let (folder, path) = file("mine\n")
        // The editor saves as editors do: a new file renamed over the note.
        var options = AtomicWriter.Options()
        options.exchanges = exchanges
        options.beforeSwap = {
            write(["saved.tmp": "the editor's save\n"], in: folder)
            rename(folder + "/saved.tmp", path)
        }
        #expect {
            try AtomicWriter.update(path, options: options) { _ in Array("lantern's edit\n".utf8) }
        } throws: { "\($0)".contains("note.md changed on disk while Lantern was writing it") }
        #expect(contents(path) == "the editor's save\n")
        #expect(names(folder) == ["note.md"])

        // Written into the file itself (same inode), the save is caught by comparing the bytes.
        options.beforeSwap = {
            let fd = open(path, O_WRONLY | O_TRUNC)
            _ = "in place\n".withCString { Foundation.write(fd, $0, 9) }
            close(fd)
        }
        #expect(throws: AtomicWriter.Failure.self) {
            try AtomicWriter.update(path, options: options) { _ in Array("lantern's edit\n".utf8) }
        }
        #expect(contents(path) == "in place\n" && names(folder) == ["note.md"])
    }

    @Test func aSaveBeforeTheSwapIsSeenBeforeTheNewFileIsInPlace() throws {
        let (folder, path) = file("mine\n")
        var options = AtomicWriter.Options()
        let swapped = Seen()
        options.afterSwap = { swapped.add("swapped") }
        // The editor saves while Lantern makes its change: the swap must not even happen.
        #expect(throws: AtomicWriter.Failure.self) {
            try AtomicWriter.update(path, options: options) { _ in
                write(["saved.tmp": "the editor's save\n"], in: folder)
                rename(folder + "/saved.tmp", path)
                return Array("lantern's edit\n".utf8)
            }
        }
        #expect(swapped.values.isEmpty && contents(path) == "the editor's save\n" && names(folder) == ["note.md"])
    }

    @Test func aSecondSaveWhileSwappingBackIsKept() throws {
        let (folder, path) = file("mine\n")
        var options = AtomicWriter.Options()
        // One save just before the swap; another, made from what the note then holds, just after.
        options.beforeSwap = {
            write(["saved.tmp": "first save\n"], in: folder)
            rename(folder + "/saved.tmp", path)
        }
        options.afterSwap = {
            let seen = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            write(["saved.tmp": seen + "second save\n"], in: folder)
            rename(folder + "/saved.tmp", path)
        }
        #expect {
            try AtomicWriter.update(path, options: options) { _ in Array("lantern's edit\n".utf8) }
        } throws: { "\($0)".contains("was saved twice by another program") && "\($0)".contains("note.md.lantern-recovered-\(getpid()).txt") }
        // Nothing the other program saved is gone: the newest save is in place, the first in sight.
        #expect(contents(path) == "lantern's edit\nsecond save\n")
        #expect(contents(folder + "/note.md.lantern-recovered-\(getpid()).txt") == "first save\n")
        #expect(names(folder) == ["note.md", "note.md.lantern-recovered-\(getpid()).txt"])
    }

    @Test func aFileReplacedWhileWaitingForTheLockIsReadAgain() throws {
        let (_, path) = file("old\n")
        // Another writer holds the lock, then replaces the file and lets go.
        let holder = open(path, O_RDONLY)
        flock(holder, LOCK_EX)
        let done = DispatchSemaphore(value: 0)
        let seen = Seen()
        DispatchQueue.global().async {
            _ = try? AtomicWriter.update(path) { current in
                seen.add(String(decoding: current ?? [], as: UTF8.self))
                return (current ?? []) + Array("appended\n".utf8)
            }
            done.signal()
        }
        usleep(100_000)
        let replacement = path + ".new"
        FileManager.default.createFile(atPath: replacement, contents: Data("replaced\n".utf8))
        rename(replacement, path)
        close(holder)
        done.wait()
        #expect(seen.values == ["replaced\n"], "the change must see the file the name now holds, not the one it waited on")
        #expect(contents(path) == "replaced\nappended\n")
    }

    @Test func modeOwnerAndGroupAreKept() throws {
        let (_, path) = file("x\n", mode: 0o640)
        if getuid() == 0 { chown(path, 65534, 65534) }
        _ = try AtomicWriter.update(path) { _ in Array("y\n".utf8) }
        var st = stat()
        stat(path, &st)
        #expect(st.st_mode & 0o7777 == 0o640)
        if getuid() == 0 { #expect(st.st_uid == 65534 && st.st_gid == 65534) }
    }

    @Test func readOnlyNotesAndHardLinksAreRefused() throws {
        let (folder, path) = file("x\n", mode: 0o444)
        #expect {
            try AtomicWriter.update(path) { _ in Array("y\n".utf8) }
        } throws: { "\($0)".contains("is read-only (mode 0444)") }
        #expect(contents(path) == "x\n")
        chmod(path, 0o644)
        link(path, folder + "/other-name.md")
        #expect {
            try AtomicWriter.update(path) { _ in Array("y\n".utf8) }
        } throws: { "\($0)".contains("has 2 hard links") && "\($0)".hasSuffix("nothing was written (remove the other links, or write the file elsewhere)") }
        _ = try AtomicWriter.update(path, options: .init(inPlace: true)) { _ in Array("y\n".utf8) }
        #expect(contents(folder + "/other-name.md") == "y\n" && inode(path) == inode(folder + "/other-name.md"))
        #expect {
            try AtomicWriter.update(path, options: .init(maxBytes: 1)) { _ in Array("z\n".utf8) }
        } throws: { "\($0)".contains("more than max_note_bytes") }
    }

    @Test func leftoversAreRemovedOnlyWhenTheyHoldLanternsBytes() throws {
        let (folder, path) = file("the note as it is\n")
        let dead = deadPID()
        let lanterns = Array("what lantern meant to write\n".utf8)
        let mine = ".note.md.lantern-\(dead)-\(AtomicWriter.hash(lanterns)).tmp"
        let copy = ".note.md.lantern-\(dead)-0123456789abcdef.tmp"
        let other = ".note.md.lantern-\(dead)-fedcba9876543210.tmp"
        let running = ".note.md.lantern-\(getpid())-0000000000000000.tmp"
        try Data(lanterns).write(to: URL(fileURLWithPath: folder + "/" + mine))
        write([copy: "the note as it is\n", other: "an editor's newer save\n", running: "in use\n"], in: folder)

        let outcome = try AtomicWriter.update(path) { _ in Array("edited\n".utf8) }
        #expect(outcome.written)
        #expect(names(folder) == [running, "note.md", "note.md.lantern-recovered-\(dead).txt"])
        #expect(contents(folder + "/note.md.lantern-recovered-\(dead).txt") == "an editor's newer save\n")
        #expect(outcome.notices.count == 1 && outcome.notices[0].contains("kept as") && outcome.notices[0].contains("lantern-recovered-\(dead).txt"))
        // Never read as notes.
        #expect(Discovery.notePaths(root: folder, config: Config()) == ["note.md"])
    }

    @Test func createNeverReplacesAndHonoursTheUmask() throws {
        let folder = temporaryFolder()
        #expect(try AtomicWriter.create(Array("one".utf8), at: folder + "/a.md").written)
        #expect(try !AtomicWriter.create(Array("two".utf8), at: folder + "/a.md").written)
        #expect(contents(folder + "/a.md") == "one" && names(folder) == ["a.md"])
        var st = stat()
        stat(folder + "/a.md", &st)
        // The umask, read without changing it (tests run in parallel).
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
        let mask = try #require(mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8))
        #expect(st.st_mode & 0o777 == 0o666 & ~mask)
        let seen = Seen()
        let made = try AtomicWriter.update(folder + "/b.md") { current in
            seen.add(current == nil ? "absent" : "present")
            return Array("new".utf8)
        }
        #expect(made.written && seen.values == ["absent"] && contents(folder + "/b.md") == "new")
    }
}

/// Values seen on another thread.
final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ value: String) { lock.withLock { list.append(value) } }
    var values: [String] { lock.withLock { list } }
}
