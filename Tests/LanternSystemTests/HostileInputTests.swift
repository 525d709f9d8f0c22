import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// The bad inputs of docs/reliability.md, each in a notebook next to a good note: the run finishes, the
/// bad file gets a clear diagnostic (or is read correctly), and the good note is still checked.
/// Timing and memory are measured in docs/reliability.md, not asserted here; a 120-second limit
/// only turns a hang into a failure.
@Suite(.serialized) struct HostileInputTests {
    static let control = "---\ncontact: Control Person\ndate: 2026-11-10\n---\n## Referrals\nNone.\n"  // thank-you-missing

    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        /// Rules that must fire on the file.
        var expect: Set<String>
        /// Rules that must not fire on it (it was read correctly).
        var absent: Set<String> = []
        var testDescription: String { file }
    }

    static let syntax: Set<String> = ["file-unreadable", "front-matter-invalid"]

    static let cases: [Case] = [
        Case(file: "invalid-utf8.md", expect: ["file-unreadable"]),
        Case(file: "utf16-bom.md", expect: ["thank-you-missing"], absent: syntax),
        Case(file: "utf8-bom.md", expect: [], absent: syntax.union(["thank-you-missing"])),
        Case(file: "crlf.md", expect: [], absent: syntax),
        Case(file: "mixed-endings.md", expect: [], absent: syntax.union(["thank-you-missing"])),
        Case(file: "nul-bytes.md", expect: ["file-unreadable"]),
        Case(file: "empty.md", expect: [], absent: syntax),
        Case(file: "front-matter-only.md", expect: [], absent: syntax),
        Case(file: "unclosed-front-matter.md", expect: ["front-matter-invalid"]),
        Case(file: "front-matter-list.md", expect: ["front-matter-invalid"]),
        Case(file: "front-matter-scalar.md", expect: ["front-matter-invalid"]),
        Case(file: "duplicate-keys.md", expect: ["front-matter-invalid"]),
        Case(file: "alias-bomb.md", expect: ["front-matter-invalid"]),
        Case(file: "impossible-dates.md", expect: ["date-invalid", "task-date-invalid"], absent: syntax),
        Case(file: "deep-yaml.md", expect: ["front-matter-invalid"]),
        Case(file: "control-characters.md", expect: [], absent: syntax),
        Case(file: "fuzz-same-day-attempts.md", expect: [], absent: syntax),
        Case(file: "fuzz-huge-duration.md", expect: ["value-invalid"], absent: syntax),
    ]

    /// Lints a notebook of the control note plus `files`; returns the diagnostics by path.
    func lint(_ files: [String: Data], extra: (String) throws -> Void = { _ in }, asUser: Bool = false) throws -> [String: [String]] {
        let root = temporaryFolder()
        write(["lantern.yml": "", "interviews/control.md": HostileInputTests.control], in: root)
        for (path, data) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try extra(root)
        var command = ["/usr/bin/timeout", "120", lanternBinary, "lint", root, "--today", "2026-11-22", "--format", "json"]
        if asUser, getuid() == 0 {
            // As root every file is readable: drop to "nobody" so that permissions apply.
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        let run = try runTool(command[0], Array(command.dropFirst()))
        #expect(run.status == 0 || run.status == 1, "lint exited \(run.status): \(run.stderr.prefix(500))")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr.prefix(500))")
        var found: [String: [String]] = [:]
        for d in object["diagnostics"] as? [[String: Any]] ?? [] {
            found[d["path"] as! String, default: []].append(d["rule"] as! String)
        }
        // The good note is always checked.
        #expect(found["interviews/control.md"] == ["thank-you-missing"], "the control note was not checked: \(found)")
        return found
    }

    @Test(arguments: cases)
    func fixture(_ c: Case) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/hostile/" + c.file))
        let found = try lint(["interviews/" + c.file: data])
        let rules = Set(found["interviews/" + c.file] ?? [])
        #expect(c.expect.isSubset(of: rules), "\(c.file): expected \(c.expect), got \(rules)")
        #expect(rules.isDisjoint(with: c.absent), "\(c.file): \(rules.intersection(c.absent)) fired")
    }

    @Test func theFuzzerSeedsAreTheFixturesAndTheExamples() throws {
        let seeds = Set(try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Fuzz/seeds"))
        let hostile = Set(try FileManager.default.contentsOfDirectory(atPath: fixtures + "/hostile"))
        #expect(hostile.isSubset(of: seeds), "copy new fixtures into Fuzz/seeds: \(hostile.subtracting(seeds))")
    }

    @Test func deepNesting() throws {
        let lists = String(repeating: "- ", count: 10_000) + "deep\n"
        let quotes = String(repeating: ">", count: 10_000) + " deep\n"
        let found = try lint(["interviews/deep.md": Data(("---\ncontact: Deep Nest\n---\n" + lists + "\n" + quotes).utf8)])
        #expect(found["interviews/deep.md"] == nil)
    }

    @Test func hugeNoteLongLineAndManyTasks() throws {
        let paragraph = String(repeating: "Notes about the conversation, what they said and what to do next. ", count: 15) + "\n\n"
        var big = "---\ncontact: Big Note\n---\n"
        big.reserveCapacity(52_000_000)
        while big.utf8.count < 50_000_000 { big += paragraph }
        let line = "---\ncontact: Long Line\n---\n" + String(repeating: "word ", count: 2_000_000) + "\n"
        let tasks =
            "---\ncontact: Many Tasks\n---\n## Actions\n" + (0..<10_000).map { "- [ ] task \($0) 📅 2026-12-\(String(format: "%02d", $0 % 28 + 1))\n" }.joined()
        let found = try lint([
            "interviews/big.md": Data(big.utf8), "interviews/line.md": Data(line.utf8),
            "interviews/tasks.md": Data(tasks.utf8),
        ])
        #expect(found["interviews/big.md"] == nil && found["interviews/line.md"] == nil && found["interviews/tasks.md"] == nil)
        let root = temporaryFolder()
        write(["lantern.yml": "", "interviews/tasks.md": tasks], in: root)
        let followups = try lantern(["followups", root, "--today", "2026-11-22", "--format", "json"])
        #expect(followups.stdout.components(separatedBy: "\"kind\" : \"action\"").count - 1 == 10_000)
    }

    @Test func symlinkLoopsDeletedAndUnreadableFiles() throws {
        let found = try lint(
            [:],
            extra: { root in
                try FileManager.default.createSymbolicLink(atPath: root + "/interviews/loop.md", withDestinationPath: root + "/interviews/loop.md")
                try FileManager.default.createSymbolicLink(atPath: root + "/interviews/again", withDestinationPath: root + "/interviews")
                // A file deleted after the folder was listed looks like a link to nothing.
                try FileManager.default.createSymbolicLink(atPath: root + "/interviews/gone.md", withDestinationPath: root + "/nowhere.md")
            })
        #expect(found["interviews/loop.md"] == ["file-unreadable"])
        #expect(found["interviews/gone.md"] == ["file-unreadable"])
        #expect(!found.keys.contains { $0.hasPrefix("interviews/again/") }, "a folder symlink was followed")

        let locked = try lint(
            ["interviews/locked.md": Data("---\ncontact: Locked\n---\n".utf8)],
            extra: { root in
                chmod(root + "/interviews/locked.md", 0o000)
            }, asUser: true)
        #expect(locked["interviews/locked.md"] == ["file-unreadable"])
    }

    @Test func aPathThatDoesNotExist() throws {
        let run = try lantern(["lint", "/nonexistent/notebook", "--today", "2026-11-22"])
        #expect(run.status == 2 && run.stderr.contains("/nonexistent/notebook"))
    }
}
