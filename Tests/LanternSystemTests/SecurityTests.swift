import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Notes are personal data: Lantern never opens a network connection and never runs a program.
@Suite(.serialized) struct SecurityTests {
    /// Every command behaves the same inside a network namespace with no network at all.
    @Test func everyCommandWorksWithoutANetwork() throws {
        let unshare = try requireTool("/usr/bin/unshare", package: "util-linux")
        // As root a new network namespace is allowed; otherwise inside a user namespace (-r).
        let flags = try runTool(unshare, ["-n", "/bin/true"]).status == 0 ? ["-n"] : ["-r", "-n"]
        let probe = try runTool(unshare, flags + ["/bin/true"])
        try #require(probe.status == 0, "unshare -n is not permitted here (needs root or user namespaces): \(probe.stderr)")
        let commands: [[String]] = [
            ["lint", "--format", "json"], ["followups", "--format", "ics"], ["week", "--out", "-", "--format", "html"],
            ["index", "--out", "-"], ["contacts", "--format", "vcf"], ["export"], ["show", "jane"], ["draft", "outreach", "chen"],
            ["log", "jane", "thank-you", "--dry-run"],
        ]
        for command in commands {
            let args = command + ["--today", "2026-11-20"]
            let normal = try lantern(args, in: exampleNotebook)
            let isolated = try runTool(unshare, flags + [lanternBinary] + args, in: exampleNotebook)
            #expect(isolated.status == normal.status, "\(command): \(isolated.stderr)")
            #expect(isolated.stdout == normal.stdout, "\(command) prints something else without a network")
        }
    }

    /// No source file starts a process or a shell, so note text can never reach one — except
    /// the one that starts the user's own editor (`lantern edit`, `new --edit`), which runs
    /// `/bin/sh` with `$VISUAL`/`$EDITOR` as its script and the note's path as an argument.
    @Test func noProgramIsEverRunButTheUsersEditor() throws {
        let sources = repositoryRoot + "/Sources"
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 40)
        let editor = "LanternKit/Write/ExternalEditor.swift"
        for file in files {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for call in ["Process(", "posix_spawn", "system(", "popen(", "execv", "execl", "NSTask", "URLSession", "URLRequest", "socket("] {
                if file == editor, call == "posix_spawn" { continue }
                #expect(!text.contains(call), "\(file) uses \(call)")
            }
        }
        let text = try String(contentsOfFile: sources + "/" + editor, encoding: .utf8)
        #expect(text.components(separatedBy: "posix_spawn(&pid, \"/bin/sh\"").count == 2, "one spawn, of /bin/sh")
    }

    /// A note's path reaches the editor as one argument, never as shell text: a file named like a
    /// command substitution opens as itself and runs nothing.
    @Test func aNotePathIsNeverShellText() throws {
        let root = temporaryFolder()
        let hostile = "interviews/x$(touch pwned);`touch pwned2` 'q'.md"
        write(["lantern.yml": "", hostile: "---\ncontact: Eve Hostile\n---\n"], in: root)
        let record = root + "/.argv"
        let stand = root + "/.bin/vim"
        write([".bin/vim": "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$RECORD\"\n"], in: root)
        chmod(stand, 0o755)
        let run = try lantern(["edit", "eve"], environment: ["EDITOR": stand, "VISUAL": "", "RECORD": record], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let arguments = try String(contentsOfFile: record, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(arguments.last == hostile, "\(arguments)")
        #expect(!FileManager.default.fileExists(atPath: root + "/pwned") && !FileManager.default.fileExists(atPath: root + "/pwned2"))
    }

    /// People's names never make a path outside the notebook (see also AuthoringTests).
    @Test func namesCannotEscapeTheNotebook() throws {
        for name in ["../../etc/cron.d/x", "/etc/passwd", "..", "a/../../b", "C:\\Windows"] {
            #expect(throws: Authoring.Failure.self) { try Authoring.checkName(name) }
        }
        for name in ["..hidden", "dot.name", "~root", "$(rm -rf ~)", "`id`", "a;b|c&d"] {
            let slug = try Authoring.checkName(name)
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } && !slug.hasPrefix("-"), "\(name) → \(slug)")
        }
    }
}
