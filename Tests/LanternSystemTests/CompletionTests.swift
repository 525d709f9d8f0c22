import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Shell completion that knows the notebook: the bash script that `lantern
/// --generate-completion-script bash` prints, driven as bash drives it (COMP_WORDS, COMP_CWORD,
/// COMP_LINE, COMP_POINT, then `_lantern`), in the example notebook and outside any notebook.
@Suite(.serialized) struct CompletionTests {
    /// The generated bash script, written once.
    static let script: String = {
        let path = temporaryFolder() + "/lantern.bash"
        let run = try! lantern(["--generate-completion-script", "bash"])
        try! Data(run.stdout.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }()

    /// What bash offers after `lantern WORDS…` (the last word is the one being completed, "" for
    /// a new one), run in `folder`; standard error must stay empty.
    func complete(_ words: [String], in folder: String = exampleNotebook) throws -> [String] {
        let driver = """
            source "$1"; shift
            COMP_WORDS=("$LANTERN" "$@")
            COMP_CWORD=$#
            COMP_LINE="${COMP_WORDS[*]}"
            COMP_POINT=${#COMP_LINE}
            _lantern lantern "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        var env = ProcessInfo.processInfo.environment
        env["LANTERN"] = lanternBinary
        env.removeValue(forKey: "LANTERN_TODAY")
        let run = try runTool("/bin/bash", ["-c", driver, "bash", Self.script] + words, environment: env, in: folder)
        #expect(run.status == 0 && run.stderr.isEmpty, "bash: \(run.stderr)")
        return run.stdout.split(separator: "\n").map(String.init)
    }

    @Test func peopleForTheCommandsThatTakeThem() throws {
        #expect(try complete(["log", "Ja"]) == ["Jane Doe"])
        // Without case or accents, written so that bash keeps it (it starts with what was typed).
        #expect(try complete(["log", "jo"]) == [])
        #expect(try complete(["draft", "thank-you", "tom"]) == ["tomas alvarez"])
        #expect(try complete(["person", "mar"]) == ["marcus lee", "maria gonzalez"])
        #expect(try complete(["person", "Mar"]) == ["Marcus Lee", "María González"])
        // A name bash would expand (a quote) comes back whole.
        #expect(try complete(["show", "Sam"]) == ["Sam O'Connor"])
        #expect(try complete(["edit", "Sam"]) == ["Sam O'Connor"])
        #expect(try complete(["edit", "ja"]) == ["jane doe"])
        // followups --person and person know everyone, referrals too; log only people with a note.
        #expect(try complete(["followups", "--person", "De"]) == ["Dev Patel"])
        #expect(try complete(["log", "De"]) == [])
        // Every candidate for an empty word.
        let all = try complete(["log", ""])
        #expect(all.count == 15 && all.contains("Zoë Laurent") && all.contains("Alex Morgan") && !all.contains("Dev Patel"))
    }

    @Test func notePathsWhenThePathIsTyped() throws {
        #expect(
            try complete(["show", "interviews/2026-11-1"]) == [
                "interviews/2026-11-12-tomas-alvarez.md", "interviews/2026-11-14-kenji-watanabe.md", "interviews/2026-11-16-ahmed-khan.md",
                "interviews/2026-11-17-fatima-zahra.md", "interviews/2026-11-18-maria-gonzalez-coffee.md", "interviews/2026-11-19-jane-doe.md",
            ])
        #expect(try complete(["show", "people/"]) == ["people/maria-gonzalez.md", "people/priya-raman.md"])
        #expect(try complete(["edit", "people/"]) == ["people/maria-gonzalez.md", "people/priya-raman.md"])
        #expect(try complete(["log", "people/"]) == [], "a card is no note to log in")
    }

    @Test func companiesTagsAndIntroducersForList() throws {
        #expect(try complete(["list", "--company", "Lu"]) == ["Lumen Learning Labs"])
        #expect(try complete(["list", "--company", "kah"]) == ["kahoot!"])
        #expect(try complete(["list", "--tag", "ed"]) == ["edtech"])
        #expect(try complete(["list", "--introduced-by", ""]) == ["María González", "Noah Kim", "Priya Raman", "Tomás Álvarez"])
        #expect(try complete(["list", "--status", "s"]) == ["scheduled"])
        #expect(try complete(["list", "--owes", "th"]) == ["thank-you"])
    }

    @Test func ruleIDs() throws {
        #expect(try complete(["rules", "thank"]) == ["thank-you-missing", "thank-you-late"])
        #expect(try complete(["lint", "--rule", "job-ask="]) == ["job-ask=off", "job-ask=note", "job-ask=warning", "job-ask=error"])
    }

    @Test func nothingOutsideANotebookAndNothingOnStandardError() throws {
        let empty = temporaryFolder()
        write(["loose.md": "---\ncontact: Somebody Else\n---\n"], in: empty + "/deeper")
        #expect(try complete(["log", ""], in: empty) == [])
        // A notebook whose lantern.yml is broken offers nothing, and says nothing.
        let broken = temporaryFolder()
        write(["lantern.yml": "nudge_aftr: 7\n", "interviews/a.md": "---\ncontact: Ann Lee\n---\n"], in: broken)
        #expect(try complete(["log", ""], in: broken) == [])
        // From a folder inside a notebook, the notebook above is read.
        #expect(try complete(["person", "Ja"], in: exampleNotebook + "/interviews") == ["Jane Doe"])
    }

    @Test func zshAndFishCallTheSameCompletions() throws {
        for shell in ["zsh", "fish"] {
            let script = try lantern(["--generate-completion-script", shell]).stdout
            for call in [
                "---completion log -- positional@0", "---completion person -- positional@0", "---completion edit -- positional@0",
                "---completion list -- --company",
            ] {
                #expect(script.contains(call), "\(shell): \(call)")
            }
        }
    }
}
