import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// `lantern lint --format sarif|github|text` as the programs that read them do: the official SARIF
/// 2.1.0 schema (vendored, with Debian's python3-jsonschema), GitHub's way of finding files from
/// the repository root, and vim's quickfix list.
@Suite(.serialized) struct LintDialectCommandTests {
    /// A notebook whose file names and notes hold what URIs and one-line formats must survive.
    func awkwardNotebook() -> String {
        let root = temporaryFolder()
        write(
            [
                "lantern.yml": "rule_docs: https://example.com/notebook/docs/rules.md\n",
                "interviews/Zoë Laurent: 50% #1?.md":
                    "---\ncontact: Zoë Laurent\ndate: 2026-11-10\nstatus: scheduled\n---\n- [ ] Send the 📅 deck 📅 2026-11-20\n- [ ] Call 📅 2026-02-30\n",
                "interviews/a b.md": "---\ncontact: \"Jane\\nDoe\"\ndate: 2026-11-10\n---\n## Outreach\n\nHi 👋🏽 Jane, any job?\n",
            ], in: root)
        return root
    }

    @Test func sarifValidatesAgainstTheOfficialSchema() throws {
        let schema = fixtures + "/sarif/sarif-schema-2.1.0.json"
        let check = """
            import json, sys, jsonschema, urllib.parse
            schema = json.load(open(sys.argv[1]))
            log = json.load(sys.stdin)
            validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
            errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
            for e in errors[:5]: print("schema:", list(e.path), e.message)
            for run in log["runs"]:
                for result in run["results"]:
                    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    if any(c in uri for c in " #?:") or urllib.parse.urlsplit(uri).scheme: print("uri not relative or not encoded:", uri)
                    print("path", urllib.parse.unquote(uri))
            print("valid" if not errors else "invalid")
            """
        let awkward = awkwardNotebook()
        for (notebook, today) in [(exampleNotebook, "2026-11-22"), (awkward, "2026-11-22")] {
            let run = try lantern(["lint", notebook, "--format", "sarif", "--today", today, "--path-base", notebook])
            #expect(run.status == 1, "\(run.stderr)")
            let out = try runTool(try requireTool(systemPython, package: "python3"), ["-c", check, schema], input: run.stdout)
            #expect(out.status == 0, "python3-jsonschema is needed (apt-get install python3-jsonschema): \(out.stderr)")
            let lines = out.stdout.split(separator: "\n").map(String.init)
            #expect(lines.last == "valid", "\(lines.filter { !$0.hasPrefix("path ") })")
            // Every URI decodes to a file that is there.
            for line in lines where line.hasPrefix("path ") {
                let path = String(line.dropFirst(5))
                #expect(FileManager.default.fileExists(atPath: notebook + "/" + path), "\(path)")
            }
        }
    }

    func git(_ arguments: [String], in folder: String) throws {
        let run = try runTool(try requireTool("/usr/bin/git", package: "git"), arguments, in: folder)
        #expect(run.status == 0, "git \(arguments): \(run.stderr)")
    }

    @Test func githubPathsStartAtTheRepositoryRoot() throws {
        let repo = temporaryFolder()
        try git(["init", "-q"], in: repo)
        write(
            [
                "README.md": "# my repo\n", "notes/lantern.yml": "",
                "notes/interviews/jane doe.md": "---\ncontact: Jane\ndate: 2026-11-10\n---\n",
            ], in: repo)
        // From the repository root, and from the notebook (the old `working-directory` recipe).
        for (arguments, folder) in [(["lint", "notes"], repo), (["lint"], repo + "/notes")] {
            let github = try lantern(arguments + ["--format", "github", "--today", "2026-11-22"], in: folder)
            let files = github.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }.compactMap { line in
                line.split(separator: ",").first { $0.contains("file=") }?.split(separator: "=", maxSplits: 1).last.map(String.init)
            }
            #expect(!files.isEmpty && files.allSatisfy { $0 == "notes/interviews/jane doe.md" }, "\(github.stdout)")
            #expect(files.allSatisfy { FileManager.default.fileExists(atPath: repo + "/" + $0) })
            let sarif = try lantern(arguments + ["--format", "sarif", "--today", "2026-11-22"], in: folder)
            #expect(sarif.stdout.contains("\"uri\" : \"notes/interviews/jane%20doe.md\""))
            #expect(sarif.stdout.contains("\"uri\" : \"" + URL(fileURLWithPath: repo, isDirectory: true).absoluteString + "\""))
            // The text format stays relative to the notebook, for editors run from there.
            let text = try lantern(arguments + ["--today", "2026-11-22"], in: folder)
            #expect(text.stdout.hasPrefix("interviews/jane doe.md:"))
        }
        // --path-base names another folder; one that does not hold the notebook is refused.
        let based = try lantern(["lint", "notes", "--format", "github", "--today", "2026-11-22", "--path-base", "notes"], in: repo)
        #expect(based.stdout.contains("file=interviews/jane doe.md,"))
        let outside = try lantern(["lint", "notes", "--format", "github", "--path-base", "/usr"], in: repo)
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("--path-base /usr: the notebook") && outside.stderr.contains("is not inside that folder"))
    }

    @Test func vimReadsOneFindingPerLineWhateverTheNamesHold() throws {
        let vim = ["/usr/bin/vim", "/usr/bin/nvim"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let editor = try #require(vim, "vim or neovim is needed for this test (apt-get install vim)")
        let root = temporaryFolder()
        write(
            [
                "interviews/a b.md": "---\ncontact: \"Jane\\nDoe\\r\\u2028X\"\ndate: 2026-11-10\n---\n- [ ] Send \"Jane\\nDoe\" the deck 📅 2026-11-20\n",
                "interviews/c.md": "---\ncontact: \"Bo\\tChen\"\ndate: 2026-11-10\n---\n",
            ], in: root)
        let run = try lantern(["lint", "--today", "2026-11-22", "--color", "never"], in: root)
        #expect(run.stdout.contains("Jane\\nDoe"))
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: root + "/lint.txt"))
        let quickfix = try runTool(
            editor,
            [
                "-u", "NONE", "-i", "NONE", "-N", "-es",
                "-c", "cgetfile \(root)/lint.txt",
                "-c", "call writefile(map(filter(getqflist(), 'v:val.valid'), 'bufname(v:val.bufnr) . \":\" . v:val.lnum'), '\(root)/qf.txt')",
                "-c", "qa!",
            ], in: root)
        #expect(quickfix.status == 0)
        let entries = try String(contentsOfFile: root + "/qf.txt", encoding: .utf8).split(separator: "\n")
        let findings = run.stdout.split(separator: "\n").dropLast()  // the summary line
        #expect(entries.count == findings.count && !findings.isEmpty, "\(entries) vs \(findings)")
    }

    @Test func rulesInMarkdown() throws {
        let one = try lantern(["rules", "thank-you-missing", "--format", "md"])
        #expect(one.status == 0)
        #expect(one.stdout == RulesReporter.detailMarkdown(ThankYouMissing.self))
    }
}
