import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Runs the built `lantern` binary as a user would.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

let lanternBinary: String = {
    if let path = ProcessInfo.processInfo.environment["LANTERN_BIN"] { return path }
    return repositoryRoot + "/.build/debug/lantern"
}()

func lantern(_ arguments: [String], environment: [String: String] = [:], in folder: String = repositoryRoot) throws -> Run {
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "LANTERN_TODAY")
    for (k, v) in environment { env[k] = v }
    return try runTool(lanternBinary, arguments, environment: env, in: folder)
}

/// Runs a command Lantern printed as advice through `sh`, word for word, with the binary under
/// test standing for `lantern`, on `today`.
func runAsPrinted(_ command: String, in folder: String, today: String) throws -> Run {
    try runTool(
        "/bin/sh", ["-c", lanternBinary + command.dropFirst("lantern".count) + " --today " + today],
        environment: ProcessInfo.processInfo.environment.filter { $0.key != "LANTERN_TODAY" }, in: folder)
}

/// Runs a program with `input` on its standard input and collects what it prints.
func runTool(
    _ path: String, _ arguments: [String], input: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment, in folder: String = repositoryRoot
) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.environment = environment
    let out = Pipe(), err = Pipe(), inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input == nil ? FileHandle.nullDevice : inp
    try process.run()
    if let input {
        inp.fileHandleForWriting.write(Data(input.utf8))
        try inp.fileHandleForWriting.close()
    }
    // Read standard error on the side so that neither pipe can fill up and block the program.
    let errors = Collected()
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        errors.data = err.fileHandleForReading.readDataToEndOfFile()
        finished.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    finished.wait()
    return Run(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errors.data, as: UTF8.self))
}

/// Bytes handed from the reading queue to the test (ordered by the semaphore).
private final class Collected: @unchecked Sendable {
    var data = Data()
}

@Suite(.serialized) struct CommandLineTests {
    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: lanternBinary), "build it first: swift build (make test does)")
    }

    @Test func showByNameAsText() throws {
        let run = try lantern(["show", "tomas", "examples/notebook", "--today", "2026-11-20", "--color", "never"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("interviews/2026-11-12-tomas-alvarez.md"))
        #expect(run.stdout.contains("CRLF"))
        #expect(run.stdout.contains("Aisha Bello <aisha.bello@duolingo.example>"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    /// A person card shows the ways to reach them that an interview note would: web links too.
    @Test func showOfACardListsItsLinks() throws {
        let run = try lantern(["show", "examples/notebook/people/maria-gonzalez.md", "--today", "2026-11-20", "--color", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("person note"), "\(run.stdout)")
        #expect(
            run.stdout.contains("  linkedin        https://www.linkedin.com/in/maria-gonzalez-example  line 8"), "\(run.stdout)")
    }

    @Test func showByPathAsJSON() throws {
        let run = try lantern(
            ["show", "examples/notebook/interviews/2026-11-19-jane-doe.md", "--format", "json"],
            environment: ["LANTERN_TODAY": "2026-11-22"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(json["version"] as? Int == 1)
        #expect(json["today"] as? String == "2026-11-22")
        let note = json["note"] as! [String: Any]
        #expect(note["path"] as? String == "interviews/2026-11-19-jane-doe.md")
        #expect((note["interview"] as! [String: Any])["status"] as? String == "done")
    }

    @Test func colourOnlyWhenAsked() throws {
        let always = try lantern(["show", "jane", "examples/notebook", "--color", "always"])
        #expect(always.stdout.contains("\u{1B}["))
        let auto = try lantern(["show", "jane", "examples/notebook"], environment: ["NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}["))
    }

    @Test func exportIsTheWholeNotebook() throws {
        let run = try lantern(["export", "examples/notebook", "--today", "2026-11-20"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(json["version"] as? Int == 1)
        for key in ["notes", "people", "tasks", "referrals", "events"] { #expect(json[key] is [Any], "\(key)") }
        #expect((json["notes"] as! [Any]).count == 20)
    }

    @Test func missingPathExitsTwoWithOneLine() throws {
        let run = try lantern(["export", "/no/such/notebook"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "lantern: /no/such/notebook: no such file or folder\n")
    }

    @Test func badArgumentsExitTwo() throws {
        #expect(try lantern(["export", "--today", "2026-02-30"]).status == 2)
        #expect(try lantern(["export", "--format", "xml"]).status == 2)
        let env = try lantern(["export", "examples/notebook"], environment: ["LANTERN_TODAY": "soon"])
        #expect(env.status == 2)
        #expect(env.stderr.contains("LANTERN_TODAY"))
    }

    @Test func badSettingsStopBeforeAnyNote() throws {
        let root = temporaryFolder()
        write(["lantern.yml": "max_attempts: 3\nnudge_aftr: 7\n", "a.md": "---\ncontact: Jane\n---\n"], in: root)
        let run = try lantern(["export"], in: root)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("lantern.yml:2:1: error: unknown setting nudge_aftr (did you mean nudge_after?)"))
    }

    @Test func otherConfigFile() throws {
        let root = temporaryFolder()
        write(["settings/alt.yml": "timezone: Asia/Tokyo\n", "a.md": "---\ncontact: Jane\ndate: 2026-11-20T02:00Z\n---\n"], in: root)
        let run = try lantern(["show", "jane", root, "--config", root + "/settings/alt.yml"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("2026-11-20 11:00"))
    }

    @Test func ambiguousNameListsCandidatesAsCommandsThatWork() throws {
        let root = temporaryFolder()
        write(
            [
                "lantern.yml": "", "interviews/sam-lee.md": "---\ncontact: Sam Lee\ndate: 2026-11-19\n---\n",
                "interviews/sam-park.md": "---\ncontact: Sam Park\ndate: 2026-11-18\n---\n",
            ], in: root)
        let run = try lantern(["log", "sam", "thank-you", "--today", "2026-11-22"], in: root)
        #expect(run.status == 2)
        let commands = run.stderr.split(separator: "\n").compactMap { line in
            line.trimmingCharacters(in: .whitespaces).hasPrefix("lantern ")
                ? line.trimmingCharacters(in: .whitespaces).components(separatedBy: "    #")[0] : nil
        }
        #expect(commands == ["lantern log lee thank-you", "lantern log park thank-you"], "\(run.stderr)")
        for command in commands {
            let words = command.split(separator: " ").dropFirst().map(String.init)
            let follow = try lantern(words + ["--today", "2026-11-22"], in: root)
            #expect(follow.status == 0, "\(command): \(follow.stderr)")
        }
        let lint = try lantern(["lint", "--today", "2026-11-22"], in: root)
        #expect(!lint.stdout.contains("thank-you-missing"), "\(lint.stdout)")
        // With a person card beside the notes, a name still finds the person's note.
        write(["people/sam-lee.md": "---\ntype: person\nname: Sam Lee\n---\n"], in: root)
        let show = try lantern(["show", "lee"], in: root)
        #expect(show.status == 0 && show.stdout.contains("interviews/sam-lee.md"), "\(show.stderr)")
    }

    @Test func helpHasAnExample() throws {
        for command in ["show", "export"] {
            let run = try lantern([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("Example: lantern \(command)"))
        }
    }

    /// Each command's help is wrapped once, by the argument parser, at the terminal's width: a
    /// paragraph never breaks where the next word would still have fit (a sentence that was
    /// wrapped by hand at 100 columns, then again at 80, reads "…your editor starts it / (see").
    @Test func helpParagraphsBreakOnlyWhereTheLineIsFull() throws {
        let commands = [
            "init", "new", "log", "draft", "lint", "followups", "list", "week", "index", "contacts", "rules", "show",
            "person", "edit", "export", "lsp",
        ]
        for command in commands {
            let run = try lantern([command, "--help"], environment: ["COLUMNS": "80"])
            #expect(run.status == 0)
            let lines = run.stdout.components(separatedBy: "\n")
            // The discussion: between OVERVIEW's paragraph and USAGE.
            guard let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }),
                let blank = lines.firstIndex(of: ""), blank < usage
            else { continue }
            for n in (blank + 1)..<(usage - 1) {
                let line = lines[n], next = lines[n + 1]
                guard !line.isEmpty, let word = next.split(separator: " ").first, !next.hasPrefix(" "),
                    !next.hasPrefix("Example"), !next.hasPrefix("--"), !line.hasSuffix("."), !line.hasSuffix(":")
                else { continue }
                #expect(line.count + 1 + word.count >= 80, "lantern \(command) --help breaks early: \"\(line)\" / \"\(next)\"")
            }
        }
    }
}
