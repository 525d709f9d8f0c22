import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// `lantern edit NAME` and `lantern new … --edit` as a user runs them: the editor from VISUAL,
/// EDITOR or vi, run through sh as git runs it, given the note and the line of the first thing
/// owed; stand-in editors record how they were called, and Vim and Neovim show the line is right.
@Suite(.serialized) struct EditCommandTests {
    /// A folder of stand-in editors, each writing its arguments (one a line) and then the folder
    /// it ran in to `$EDITOR_RECORD`, and exiting with `$EDITOR_STATUS` (0 when unset).
    static let bin: String = {
        let folder = temporaryFolder() + "/bin"
        let script = """
            #!/bin/sh
            { printf '%s\\n' "$@"; printf 'pwd=%s\\n' "$PWD"; } > "$EDITOR_RECORD"
            exit "${EDITOR_STATUS:-0}"

            """
        var files: [String: String] = [:]
        for name in ["vim", "vi", "code", "myeditor", "my editors/nano"] { files[name] = script }
        write(files, in: folder)
        for name in files.keys { chmod(folder + "/" + name, 0o755) }
        return folder
    }()

    struct Opened {
        var run: Run
        /// The arguments the editor got, and the folder it ran in (`nil` when it did not run).
        var arguments: [String]?
        var folder: String?
    }

    /// Runs lantern with `variables` set (a `nil` value unsets it) and says how the editor was called.
    func lanternOpening(_ arguments: [String], _ variables: [String: String?], in folder: String = exampleNotebook) throws -> Opened {
        let record = temporaryFolder() + "/argv"
        var env = ProcessInfo.processInfo.environment
        for name in ["VISUAL", "EDITOR", "LANTERN_TODAY", "EDITOR_STATUS"] { env.removeValue(forKey: name) }
        env["EDITOR_RECORD"] = record
        for (name, value) in variables { env[name] = value }
        let run = try runTool(lanternBinary, arguments, environment: env, in: folder)
        guard let text = try? String(contentsOfFile: record, encoding: .utf8) else { return Opened(run: run) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let pwd = lines.popLast().map { String($0.dropFirst("pwd=".count)) }
        return Opened(run: run, arguments: lines, folder: pwd)
    }

    /// Line `n` (from 1) of a file.
    func line(_ n: Int, of path: String) throws -> String {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return n >= 1 && n <= lines.count ? String(lines[n - 1]) : ""
    }

    let jane = "interviews/2026-11-19-jane-doe.md"

    @Test func opensTheNoteAtTheFirstThingOwed() throws {
        // Jane's thank-you is owed, and her open task "Send thank-you note" stands for it.
        let opened = try lanternOpening(["edit", "jane", "--today", "2026-11-22"], ["EDITOR": Self.bin + "/vim"])
        #expect(opened.run.status == 0 && opened.run.stdout.isEmpty, "\(opened.run.stderr)")
        #expect(opened.arguments == ["+39", jane])
        #expect(try line(39, of: exampleNotebook + "/" + jane) == "- [ ] Send thank-you note")
        #expect(
            opened.run.stderr
                == "lantern: opening \(jane) at line 39: Send a thank-you note to Jane Doe (met 2026-11-19), due 2026-11-20, in \(Self.bin)/vim (from EDITOR)\n"
        )
        // It is the first of what lantern person lists as owed (shown there at the date it comes from).
        let person = try lantern(["person", "jane", "--today", "2026-11-22", "--format", "json"], in: exampleNotebook)
        let owed = try #require((try JSONSerialization.jsonObject(with: Data(person.stdout.utf8)) as? [String: Any])?["owed"] as? [[String: Any]])
        #expect(owed.first?["path"] as? String == jane && owed.first?["kind"] as? String == "thank-you")
        // María's first thing owed is an open task in her second conversation: its line.
        let maria = try lanternOpening(["edit", "maria", "--today", "2026-11-22"], ["EDITOR": Self.bin + "/vim"])
        let coffee = "interviews/2026-11-18-maria-gonzalez-coffee.md"
        #expect(maria.arguments == ["+28", coffee])
        #expect(try line(28, of: exampleNotebook + "/" + coffee) == "- [ ] Rewrite the case study intro @due(2026-11-25)")
        // Nothing owed (Marcus was dropped): the current note, at the top.
        let marcus = try lanternOpening(["edit", "marcus", "--today", "2026-11-22"], ["EDITOR": Self.bin + "/vim"])
        #expect(marcus.arguments == ["interviews/2026-09-05-marcus-lee.md"])
        #expect(marcus.run.stderr == "lantern: opening interviews/2026-09-05-marcus-lee.md in \(Self.bin)/vim (from EDITOR)\n")
    }

    @Test func aPathAndANotebookElsewhere() throws {
        // A note's path works as for show and log.
        let byPath = try lanternOpening(["edit", jane, "--today", "2026-11-22"], ["EDITOR": Self.bin + "/vim"])
        #expect(byPath.arguments == ["+39", jane])
        // From another folder, the file is named from where the editor runs.
        let parent = (exampleNotebook as NSString).deletingLastPathComponent
        let away = try lanternOpening(["edit", "jane", "notebook", "--today", "2026-11-22"], ["EDITOR": Self.bin + "/vim"], in: parent)
        let arguments = try #require(away.arguments)
        #expect(arguments == ["+39", "notebook/" + jane])
        #expect(FileManager.default.fileExists(atPath: try #require(away.folder) + "/" + arguments[1]))
    }

    @Test func theEditorAsGitChoosesIt() throws {
        let today = ["--today", "2026-11-22"]
        // VISUAL wins over EDITOR.
        let visual = try lanternOpening(["edit", "jane"] + today, ["VISUAL": Self.bin + "/vim", "EDITOR": Self.bin + "/myeditor"])
        #expect(visual.arguments == ["+39", jane] && visual.run.stderr.contains("(from VISUAL)"))
        // A value with arguments runs through sh; VS Code gets --goto FILE:LINE.
        let code = try lanternOpening(["edit", "jane"] + today, ["EDITOR": Self.bin + "/code --wait"])
        #expect(code.arguments == ["--wait", "--goto", jane + ":39"])
        // A quoted program with a space in its path, and an argument.
        let quoted = try lanternOpening(["edit", "jane"] + today, ["EDITOR": "\"\(Self.bin)/my editors/nano\" --nohelp"])
        #expect(quoted.arguments == ["--nohelp", "+39", jane], "\(quoted.run.stderr)")
        // An editor not known to take a line gets the file alone, and is told where to look.
        let other = try lanternOpening(["edit", "jane"] + today, ["EDITOR": Self.bin + "/myeditor"])
        #expect(other.arguments == [jane])
        #expect(other.run.stderr.contains("which is not known to take a line number; the first thing owed is on line 39: Send a thank-you note"))
        // Neither set: vi, from the PATH, and Lantern says so.
        let fallback = try lanternOpening(["edit", "jane"] + today, ["PATH": Self.bin + ":/usr/bin:/bin"])
        #expect(fallback.arguments == ["+39", jane])
        #expect(fallback.run.stderr.hasSuffix(", in vi (neither VISUAL nor EDITOR is set)\n"), "\(fallback.run.stderr)")
        // Empty values count as unset.
        let empty = try lanternOpening(["edit", "jane"] + today, ["VISUAL": "", "EDITOR": "", "PATH": Self.bin + ":/usr/bin:/bin"])
        #expect(empty.arguments == ["+39", jane])
    }

    @Test func exitsWithTheEditorsStatus() throws {
        let failed = try lanternOpening(["edit", "jane"], ["EDITOR": Self.bin + "/vim", "EDITOR_STATUS": "3"])
        #expect(failed.run.status == 3 && failed.arguments != nil)
        // Killed by a signal: 128 + the signal, as a shell says it.
        let killed = try lanternOpening(["edit", "jane"], ["EDITOR": "kill -TERM $$; :"])
        #expect(killed.run.status == 128 + 15, "\(killed.run.stderr)")
        // Ctrl-C while the editor runs is the editor's: Lantern waits for it and takes its status.
        let interrupted = try lanternOpening(["edit", "jane"], ["EDITOR": "kill -INT $PPID; sleep 0.2; :"])
        #expect(interrupted.run.status == 0, "\(interrupted.run.stderr)")
        // The editor starts with SIGPIPE at its default (Lantern ignores it for itself): a writer
        // whose reader went away ends quietly instead of failing on EPIPE.
        let pipe = try lanternOpening(["edit", "jane"], ["EDITOR": "yes | head -n 1 >/dev/null; :"])
        #expect(pipe.run.status == 0 && !pipe.run.stderr.contains("Broken pipe"), "\(pipe.run.stderr)")
    }

    @Test func aMissingEditorIsAClearErrorAndTheAdviceWorks() throws {
        let typo = try lanternOpening(["edit", "jane"], ["EDITOR": "nvimm"])
        #expect(typo.run.status == 2 && typo.arguments == nil)
        #expect(
            typo.run.stderr
                == "lantern: cannot open \(jane): nvimm (from EDITOR=nvimm) is not on the PATH: set EDITOR to the editor you use, like EDITOR=nano or EDITOR=\"code --wait\"\n"
        )
        // No VISUAL, no EDITOR, no vi on the PATH.
        let none = try lanternOpening(["edit", "jane"], ["PATH": "/nonexistent"])
        #expect(none.run.status == 2 && none.run.stderr.filter { $0 == "\n" }.count == 1)
        #expect(none.run.stderr.contains("neither VISUAL nor EDITOR is set, and vi is not on the PATH: set EDITOR to the editor you use"))
        // Following it: EDITOR set to an editor there is.
        let followed = try lanternOpening(["edit", "jane", "--today", "2026-11-22"], ["PATH": "/nonexistent", "EDITOR": Self.bin + "/vim"])
        #expect(followed.run.status == 0 && followed.arguments == ["+39", jane])
        // What only the shell can judge is tried, and the shell's failure is named.
        let unset = try lanternOpening(["edit", "jane"], ["EDITOR": "$NO_SUCH_VARIABLE_EDITOR"])
        #expect(unset.run.status == 126 || unset.run.status == 127)
        #expect(unset.run.stderr.contains("lantern: the editor '$NO_SUCH_VARIABLE_EDITOR' (from EDITOR) could not be run"), "\(unset.run.stderr)")
    }

    @Test func namesAsEveryCommandTakesThem() throws {
        // Two people: the same message as show, each line a command that works.
        let ambiguous = try lanternOpening(["edit", "mar"], ["EDITOR": Self.bin + "/vim"])
        let show = try lantern(["show", "mar"], in: exampleNotebook)
        #expect(ambiguous.run.status == 2 && ambiguous.arguments == nil)
        #expect(ambiguous.run.stderr == show.stderr.replacingOccurrences(of: "lantern show ", with: "lantern edit "))
        let commands = ambiguous.run.stderr.split(separator: "\n").dropFirst().map {
            $0.trimmingCharacters(in: .whitespaces).components(separatedBy: "    #")[0]
        }
        #expect(commands == ["lantern edit marcus", "lantern edit maria"])
        for command in commands {
            let followed = try lanternOpening(["edit", String(command.split(separator: " ")[2]), "--today", "2026-11-22"], ["EDITOR": Self.bin + "/vim"])
            #expect(followed.run.status == 0 && followed.arguments != nil, "\(command): \(followed.run.stderr)")
        }
        let unknown = try lanternOpening(["edit", "nobody"], ["EDITOR": Self.bin + "/vim"])
        #expect(unknown.run.status == 2 && unknown.arguments == nil)
        #expect(unknown.run.stderr == "lantern: nothing in the notebook matches \"nobody\": give a note's path, or a name (first, last, or an alias)\n")
        // Accents and case do not matter.
        #expect(
            try lanternOpening(["edit", "TOMÁS", "--today", "2026-11-22"], ["EDITOR": Self.bin + "/vim"]).arguments?.last
                == "interviews/2026-11-12-tomas-alvarez.md")
    }

    @Test func newWithEditOpensTheNewNote() throws {
        let root = try copyOfExampleNotebook()
        let opened = try lanternOpening(["new", "Kim Lee", "--date", "2026-11-20", "--today", "2026-11-22", "--edit"], ["EDITOR": Self.bin + "/vim"], in: root)
        #expect(opened.run.status == 0, "\(opened.run.stderr)")
        let path = "interviews/2026-11-20-kim-lee.md"
        #expect(opened.run.stdout == path + "\n")
        // A meeting that took place: the thank-you is owed, and the template's task stands for it.
        let arguments = try #require(opened.arguments)
        #expect(arguments.count == 2 && arguments.last == path)
        let lineNumber = try #require(Int(arguments[0].dropFirst()))
        #expect(try line(lineNumber, of: root + "/" + path) == "- [ ] Send a thank-you note the same day")
        #expect(
            opened.run.stderr.hasPrefix("lantern: opening \(path) at line \(lineNumber): Send a thank-you note to Kim Lee (met 2026-11-20), due 2026-11-21"))
        // Without --edit nothing is opened; the editor's status is lantern's, the note stays written.
        let plain = try lanternOpening(["new", "Ana Ruiz", "--today", "2026-11-22"], ["EDITOR": Self.bin + "/vim"], in: root)
        #expect(plain.run.status == 0 && plain.arguments == nil)
        let failed = try lanternOpening(["new", "Bo Chan", "--today", "2026-11-22", "--edit"], ["EDITOR": Self.bin + "/vim", "EDITOR_STATUS": "1"], in: root)
        #expect(failed.run.status == 1 && failed.arguments?.last == "interviews/2026-11-22-bo-chan.md")
        #expect(FileManager.default.fileExists(atPath: root + "/interviews/2026-11-22-bo-chan.md"))
    }

    /// Real editors: Vim in Ex mode ticks the task on the line it was opened at, and Neovim reports
    /// the line its cursor is on (each from a VimEnter autocommand, which runs after +LINE).
    @Test func vimAndNeovimLandOnTheLine() throws {
        let root = try copyOfExampleNotebook()
        let coffee = "interviews/2026-11-18-maria-gonzalez-coffee.md"
        let vim = try lanternOpening(
            ["edit", "maria", "--today", "2026-11-22"],
            ["EDITOR": "vim -es -u NONE -i NONE --cmd 'autocmd VimEnter * s/\\[ \\]/[x]/ | wq'"], in: root)
        #expect(vim.run.status == 0, "\(vim.run.stderr)")
        #expect(try line(28, of: root + "/" + coffee) == "- [x] Rewrite the case study intro @due(2026-11-25)")
        // The task is no longer owed.
        let person = try lantern(["person", "maria", "--today", "2026-11-22", "--format", "json"], in: root)
        let owed = try #require((try JSONSerialization.jsonObject(with: Data(person.stdout.utf8)) as? [String: Any])?["owed"] as? [[String: Any]])
        #expect(!owed.contains { $0["text"] as? String == "Rewrite the case study intro" } && !owed.isEmpty)
        // Neovim: where its cursor is.
        let out = temporaryFolder() + "/cursor"
        let nvim = try lanternOpening(
            ["edit", "jane", "--today", "2026-11-22"],
            [
                "EDITOR": "nvim --headless --clean --cmd 'autocmd VimEnter * call writefile([line(\".\") . \":\" . getline(\".\")], $CURSOR_OUT) | qa!'",
                "CURSOR_OUT": out,
            ], in: root)
        #expect(nvim.run.status == 0, "\(nvim.run.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "39:- [ ] Send thank-you note\n")
    }
}
