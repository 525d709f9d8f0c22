import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// The editor `lantern edit` runs, chosen as git chooses its own, and how it is told the line.
@Suite struct ExternalEditorTests {
    @Test func visualThenEditorThenVi() {
        #expect(ExternalEditor(environment: ["VISUAL": "nvim", "EDITOR": "nano"]) == ExternalEditor(command: "nvim", variable: "VISUAL"))
        #expect(ExternalEditor(environment: ["EDITOR": "code --wait"]) == ExternalEditor(command: "code --wait", variable: "EDITOR"))
        // An empty value counts as unset.
        #expect(ExternalEditor(environment: ["VISUAL": "", "EDITOR": " "]) == ExternalEditor(command: "vi", variable: nil))
        #expect(ExternalEditor(environment: [:]).command == "vi")
    }

    @Test func theProgramAsTheShellReadsIt() {
        func program(_ command: String) -> String? { ExternalEditor(command: command, variable: "EDITOR").program }
        #expect(program("vim") == "vim")
        #expect(program("  code --wait") == "code")
        #expect(program("/usr/bin/emacsclient -t") == "/usr/bin/emacsclient")
        #expect(program("\"/opt/My Editor/edit\" -w") == "/opt/My Editor/edit")
        #expect(program("'subl' -w") == "subl")
        // What only the shell can tell: a variable, a tilde, an assignment, a builtin.
        #expect(program("$MY_EDITOR") == nil)
        #expect(program("~/bin/ed") == nil)
        #expect(program("TERM=xterm vim") == nil)
        #expect(program(":") == nil)
        #expect(program("\"unclosed") == nil)
    }

    @Test func howEachEditorTakesTheLine() {
        for name in ["vi", "vim", "nvim", "nano", "emacs", "emacsclient", "kak", "micro", "hx", "/usr/bin/vim.basic", "vim.tiny", "emacs-gtk", "NVIM"] {
            #expect(ExternalEditor.lineStyle(ofProgram: name) == .plus, "\(name)")
        }
        for name in ["code", "code-insiders", "codium", "/usr/share/code/bin/code"] {
            #expect(ExternalEditor.lineStyle(ofProgram: name) == .goto, "\(name)")
        }
        for name in ["subl", "zed"] {
            #expect(ExternalEditor.lineStyle(ofProgram: name) == .suffix, "\(name)")
        }
        for name in ["gedit", "ed", "editor", "sensible-editor", "true"] {
            #expect(ExternalEditor.lineStyle(ofProgram: name) == .none, "\(name)")
        }
        // A name not known on its own is judged by where it leads (Debian's `editor` alternative).
        let editor = ExternalEditor(command: "editor", variable: "EDITOR")
        #expect(editor.lineStyle(located: "/usr/bin/vim.basic") == .plus)
        #expect(editor.lineStyle(located: "/usr/bin/ed") == .none)
        #expect(ExternalEditor(command: "$EDITOR2", variable: "EDITOR").lineStyle(located: nil) == .none)
    }

    @Test func theArgumentsForAFileAndALine() {
        let file = "interviews/2026-11-19-jane-doe.md"
        #expect(ExternalEditor.arguments(file: file, line: 9, style: .plus) == ["+9", file])
        #expect(ExternalEditor.arguments(file: file, line: 9, style: .goto) == ["--goto", file + ":9"])
        #expect(ExternalEditor.arguments(file: file, line: 9, style: .suffix) == [file + ":9"])
        #expect(ExternalEditor.arguments(file: file, line: 9, style: .none) == [file])
        // Line 1 is where every editor opens.
        #expect(ExternalEditor.arguments(file: file, line: 1, style: .plus) == [file])
        // A file is never read as an option or a +command.
        #expect(ExternalEditor.arguments(file: "+5.md", line: 2, style: .plus) == ["+2", "./+5.md"])
        #expect(ExternalEditor.arguments(file: "-R.md", line: 1, style: .plus) == ["./-R.md"])
        // Run as git runs it: the value is shell text, the arguments are passed as they are.
        #expect(
            ExternalEditor(command: "code --wait", variable: "EDITOR").shellArguments(["--goto", "a b.md:3"])
                == ["/bin/sh", "-c", "code --wait \"$@\"", "code --wait", "--goto", "a b.md:3"])
    }

    @Test func aMissingEditorIsNamedWithWhereItCameFrom() throws {
        let folder = temporaryFolder()
        write(["bin/myedit": "#!/bin/sh\n", "bin/notrun": ""], in: folder)
        chmod(folder + "/bin/myedit", 0o755)
        #expect(ExternalEditor.locate("myedit", path: "/nonexistent:" + folder + "/bin") == folder + "/bin/myedit")
        #expect(ExternalEditor.locate("notrun", path: folder + "/bin") == nil, "not executable")
        #expect(ExternalEditor.locate("bin", path: folder) == nil, "a folder")
        #expect(ExternalEditor.locate("bin/myedit", path: nil, currentFolder: folder) == folder + "/bin/myedit")
        let typo = ExternalEditor(command: "nvimm -p", variable: "EDITOR")
        #expect(
            typo.missing(located: nil)
                == "nvimm (from EDITOR='nvimm -p') is not on the PATH: set EDITOR to the editor you use, like EDITOR=nano or EDITOR=\"code --wait\"")
        #expect(
            ExternalEditor(command: "vi", variable: nil).missing(located: nil)?.hasPrefix("neither VISUAL nor EDITOR is set, and vi is not on the PATH") == true
        )
        #expect(
            ExternalEditor(command: "/opt/gone/edit", variable: "VISUAL").missing(located: nil)?.hasPrefix(
                "/opt/gone/edit (from VISUAL=/opt/gone/edit) cannot be run") == true)
        // Found, or only the shell can tell: it is tried.
        #expect(typo.missing(located: "/usr/bin/nvimm") == nil)
        #expect(ExternalEditor(command: "$X", variable: "EDITOR").missing(located: nil) == nil)
    }
}

/// Where `lantern edit NAME` opens: the note of theirs that carries the first thing owed, at its
/// line; else their current note (or card) at the top.
@Suite struct EditPlaceTests {
    static let notes = [
        // Jane: met on the 19th, no thank-you; an open task dated after it.
        "interviews/2026-11-19-jane.md": """
        ---
        contact: Jane Doe
        introduced_by: Sam Lee
        date: 2026-11-19
        ---

        ## Action items

        - [ ] Tell Sam how it went
        - [ ] Send the article 📅 2026-11-30
        """,
        // Ana: the same, with the template's undated thank-you task, which is where it opens.
        "interviews/2026-11-19-ana.md": "---\ncontact: Ana Ruiz\ndate: 2026-11-19\n---\n\n- [ ] Read her paper\n- [ ] Send a thank-you note the same day\n",
        // Sam: the thank-you is done; a follow-up much later. Jane's note carries a task about him.
        "interviews/2026-10-01-sam.md": "---\ncontact: Sam Lee\ndate: 2026-10-01\nthank_you: 2026-10-01\n---\n",
        // Lou: declined, nothing owed.
        "interviews/2026-09-01-lou.md": "---\ncontact: Lou Ray\nattempts: [2026-09-01 email]\nstatus: declined\n---\n",
        "people/kim.md": "---\ntype: person\nname: Kim Park\n---\n",
        "notes/reading.md": "# Reading\n",
        "interviews/2026-11-20-sam-park.md": "---\ncontact: Sam Park\nattempts: [2026-11-20 email]\n---\n",
    ]

    func place(_ query: String) throws -> (path: String, line: Int, kind: String?) {
        let nb = try notebook(Self.notes)
        switch NoteFinder.place(query, in: nb) {
        case .success(let p): return (p.note.path, p.line, p.item?.kind.rawValue)
        case .failure(let f): return ("failure: " + f.message { "lantern edit \($0)" }, 0, nil)
        }
    }

    @Test func aPersonAtTheFirstThingOwed() throws {
        // The thank-you (due the 20th) comes first; it stands on the date: line (no task for it).
        #expect(try place("jane") == ("interviews/2026-11-19-jane.md", 4, "thank-you"))
        // The same note by its path.
        #expect(try place("interviews/2026-11-19-jane.md") == ("interviews/2026-11-19-jane.md", 4, "thank-you"))
        #expect(try place("ana") == ("interviews/2026-11-19-ana.md", 7, "thank-you"))
    }

    @Test func theirOwnNotesOnly() throws {
        // "Tell Sam how it went" concerns Sam but is written in Jane's note: Sam's own note opens.
        let sam = try place("lee")
        #expect(sam.path == "interviews/2026-10-01-sam.md" && sam.kind == "follow-up")
    }

    @Test func nothingOwedOpensTheCurrentNoteOrTheCardAtTheTop() throws {
        #expect(try place("lou") == ("interviews/2026-09-01-lou.md", 1, nil))
        #expect(try place("kim") == ("people/kim.md", 1, nil))
        #expect(try place("reading") == ("notes/reading.md", 1, nil))
    }

    @Test func ambiguousAndUnknownNamesFailAsEveryCommandDoes() throws {
        let sam = try place("sam").path
        #expect(sam == "failure: \"sam\" matches 2 people; say which:\n  lantern edit lee    # Sam Lee\n  lantern edit 'sam park'    # Sam Park", "\(sam)")
        #expect(try place("nobody").path.hasPrefix("failure: nothing in the notebook matches \"nobody\""))
    }
}
