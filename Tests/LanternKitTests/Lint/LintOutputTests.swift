import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Each output format on `examples/notebook`, judged on 2026-11-22, against golden files.
/// Regenerate after an intended change with `UPDATE_SNAPSHOTS=1 swift test`.
@Suite struct LintOutputTests {
    func result() throws -> (Notebook, LintResult) {
        let nb = try Loader.load(NotebookLocation.find(paths: [exampleNotebook], configFile: nil), today: day("2026-11-22"))
        return (nb, Linter().run(nb))
    }

    func check(_ output: String, golden name: String, root: String) throws {
        try expectGolden(output, "lint/" + name, root: root)
    }

    @Test func text() throws {
        let (nb, r) = try result()
        try check(LintTextReporter.render(r, style: TextStyle(color: false)), golden: "example.txt", root: nb.root)
        #expect(
            LintTextReporter.render(r, style: TextStyle(color: false)).contains(
                "interviews/2026-11-19-jane-doe.md:9:7: error: no thank-you note recorded for Jane Doe, met 2026-11-19 (3 days ago): send one, then run \"lantern log jane thank-you\" [thank-you-missing]"
            ))
    }

    @Test func json() throws {
        let (nb, r) = try result()
        let out = LintJSONReporter.render(r, notebook: nb)
        try check(out, golden: "example.json", root: nb.root)
        let object = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
        #expect(Set(object.keys) == ["version", "today", "root", "files", "counts", "diagnostics"])
        let first = (object["diagnostics"] as! [[String: Any]])[0]
        #expect(Set(first.keys).isSubset(of: ["path", "line", "column", "severity", "rule", "message", "contact"]))
    }

    @Test func sarif() throws {
        let (nb, r) = try result()
        let out = LintSARIFReporter.render(r, notebook: nb)
        try check(out, golden: "example.sarif", root: nb.root)
        let object = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
        #expect(object["version"] as? String == "2.1.0")
        let run = (object["runs"] as! [[String: Any]])[0]
        let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        #expect(rules.count == 26)
        #expect((run["results"] as! [Any]).count == r.diagnostics.count)
    }

    @Test func github() throws {
        let (nb, r) = try result()
        let out = LintGitHubReporter.render(r)
        try check(out, golden: "example.github", root: nb.root)
        #expect(out.contains("::error file=interviews/2026-11-19-jane-doe.md,line=9,col=7,title=thank-you-missing::no thank-you"))
        #expect(LintGitHubReporter.data("50% done\nnext") == "50%25 done%0Anext")
    }

    @Test func summaryLine() {
        let d = Diagnostic(path: "a.md", line: 1, column: 1, severity: .error, rule: "x", message: "m")
        #expect(LintTextReporter.summary(LintResult(diagnostics: [d], files: 1)) == "1 error, 0 warnings, 0 notes in 1 file")
    }

    // MARK: - SARIF and GitHub, as their readers want them

    func sarifObject(
        _ files: [String: String], today: String = "2026-11-22", config: String = "",
        paths: LintPathBase? = nil
    ) throws -> [String: Any] {
        let nb = try notebook(files, today: today, config: config)
        let out = LintSARIFReporter.render(Linter().run(nb), notebook: nb, paths: paths)
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    func results(_ sarif: [String: Any]) -> [[String: Any]] {
        ((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
    }

    func location(_ result: [String: Any]) -> (uri: String, region: [String: Int]) {
        let physical = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]) ?? [:]
        return ((physical["artifactLocation"] as? [String: Any])?["uri"] as? String ?? "", physical["region"] as? [String: Int] ?? [:])
    }

    @Test func sarifURIsArePercentEncoded() throws {
        let note = "---\ncontact: Zoë\ndate: 2026-11-10\nthank_you: 2026-11-10\nstatus: scheduled\n---\n"
        let sarif = try sarifObject(["interviews/Zoë Laurent: 50% #1?.md": note])
        #expect(results(sarif).map { location($0).uri } == ["interviews/Zo%C3%AB%20Laurent%3A%2050%25%20%231%3F.md"])
        let base = ((sarif["runs"] as? [[String: Any]])?.first?["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"]?["uri"]
        #expect(base == "file:///notebook/")
    }

    @Test func sarifColumnsAreCodePointsAndTasksHaveAnEnd() throws {
        // 👋🏽 is one character and two code points; "é" written as e + U+0301 is one character, two code points.
        let note =
            "---\ncontact: Jane\n---\n## Outreach\n\nHi 👋🏽 Jane, cafe\u{301} soon? I want a job.\n\n## Action items\n- [ ] Send the 📅 deck 📅 2026-11-20 ✅\n"
        let sarif = try sarifObject(["interviews/jane.md": note])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let byRule = Dictionary(results(sarif).map { ($0["ruleId"] as? String ?? "", location($0).region) }, uniquingKeysWith: { a, _ in a })
        // "Hi 👋🏽 Jane, café soon? I want a " is 33 code points: "job" starts at 34.
        #expect(byRule["job-ask"]?["startColumn"] == 34)
        #expect(byRule["job-ask"]?["endColumn"] == nil)
        // The task's line, "- [ ] Send the 📅 deck 📅 2026-11-20 ✅", is 36 code points (and 47 bytes) long.
        #expect(byRule["action-overdue"] == ["startLine": 9, "startColumn": 1, "endLine": 9, "endColumn": 37])
    }

    @Test func sarifRulesCarryTheirHelp() throws {
        let plain = try sarifObject(["interviews/a.md": "---\ncontact: A\n---\n"])
        let rules = (((plain["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
        #expect(rules.count == allRules.count)
        for (rule, entry) in zip(allRules, rules) {
            #expect((entry["fullDescription"] as? [String: String])?["text"]?.contains("--rule \(rule.id)=off") == true)
            let help = entry["help"] as? [String: String]
            #expect(help?["text"] == RulesReporter.detail(rule, style: TextStyle(color: false)))
            #expect(help?["markdown"] == RulesReporter.detailMarkdown(rule))
            #expect(entry["helpUri"] == nil)
        }
        let linked = try sarifObject(
            ["interviews/a.md": "---\ncontact: A\n---\n"],
            config: "rule_docs: https://example.com/notebook/docs/rules.md\n")
        let first = ((((linked["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])?
            .first
        #expect(first?["helpUri"] as? String == "https://example.com/notebook/docs/rules.md#file-unreadable")
        #expect(throws: ConfigError.self) { try Config.parse("rule_docs: docs/rules.md\n", displayPath: "lantern.yml") }
    }

    @Test func rulesHelpInMarkdownShowsEachExampleAsCode() {
        let md = RulesReporter.detailMarkdown(ThankYouMissing.self)
        #expect(md.hasPrefix("**thank-you-missing** (default: error)\n\n"))
        #expect(md.contains("### Triggers\n") && md.contains("### Does not trigger\n"))
        #expect(md.contains("```markdown\n---\ncontact:"))
        #expect(RulesReporter.fenced("a ``` b") == "````markdown\na ``` b\n````\n")
    }

    @Test func sarifFingerprintsAreStableAcrossRunsAndDays() throws {
        let note = "---\ncontact: Jane\ndate: 2026-11-19\n---\n- [ ] Send the deck 📅 2026-11-20\n- [ ] Send the deck 📅 2026-11-21\n"
        func prints(_ today: String) throws -> [String: String] {
            Dictionary(
                try results(sarifObject(["interviews/jane.md": note], today: today)).map { r in
                    (
                        "\(r["ruleId"]!)@\(location(r).region["startLine"]!)",
                        (r["partialFingerprints"] as? [String: String])?[LintSARIFReporter.fingerprintKey] ?? ""
                    )
                }, uniquingKeysWith: { a, _ in a })
        }
        let monday = try prints("2026-11-23")
        #expect(monday == (try prints("2026-11-23")))
        #expect(monday == (try prints("2026-11-25")))  // "3 days ago" became "5 days ago"
        #expect(Set(monday.values).count == monday.count)  // two overdue tasks, two fingerprints
        #expect(monday.values.allSatisfy { !$0.isEmpty })
    }

    @Test func githubAndSARIFPathsStartAtThePathBase() throws {
        let nb = try notebook(["interviews/a b.md": "---\ncontact: A\ndate: 2026-11-10\n---\n"])
        let base = LintPathBase(folder: "/repo", prefix: "notes/2026")
        let github = LintGitHubReporter.render(Linter().run(nb), paths: base)
        #expect(github.contains("file=notes/2026/interviews/a b.md,"))
        let sarif = try sarifObject(["interviews/a b.md": "---\ncontact: A\ndate: 2026-11-10\n---\n"], paths: base)
        #expect(results(sarif).map { location($0).uri }.allSatisfy { $0 == "notes/2026/interviews/a%20b.md" })
    }

    @Test func thePathBaseIsTheGitWorkTreeOrTheOverride() throws {
        let repo = temporaryFolder()
        write(["notes/lantern.yml": "", "notes/deep/x.md": ""], in: repo)
        #expect(try LintPathBase.find(notebookRoot: repo + "/notes", override: nil) == LintPathBase(folder: repo + "/notes", prefix: ""))
        try FileManager.default.createDirectory(atPath: repo + "/.git", withIntermediateDirectories: true)
        #expect(try LintPathBase.find(notebookRoot: repo + "/notes", override: nil) == LintPathBase(folder: repo, prefix: "notes"))
        // A worktree or submodule has a .git file.
        write(["notes/.git": "gitdir: ../.git/worktrees/notes\n"], in: repo)
        #expect(try LintPathBase.find(notebookRoot: repo + "/notes", override: nil) == LintPathBase(folder: repo + "/notes", prefix: ""))
        #expect(try LintPathBase.find(notebookRoot: repo + "/notes/deep", override: repo) == LintPathBase(folder: repo, prefix: "notes/deep"))
        #expect(throws: PathBaseError.self) { try LintPathBase.find(notebookRoot: repo + "/notes", override: repo + "/notes/deep") }
    }

    @Test func textFindingsStayOnOneLine() throws {
        let nb = try notebook(["interviews/a.md": "---\ncontact: \"Jane\\nDoe\\tX\\u001B[31m\\u2028\"\ndate: 2026-11-10\n---\n"])
        let out = LintTextReporter.render(Linter().run(nb), style: TextStyle(color: false))
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.dropLast(2).allSatisfy { $0.hasPrefix("interviews/a.md:") }, "\(lines)")
        #expect(out.contains("Jane\\nDoe\\tX\\x1B[31m\\u{2028}"))
        #expect(LintTextReporter.oneLine("plain é") == "plain é")
        #expect(LintTextReporter.oneLine("a\r\nb\u{85}") == "a\\r\\nb\\u{0085}")
        let colored = LintTextReporter.render(Linter().run(nb), style: TextStyle(color: true))
        #expect(!colored.contains("Jane\nDoe"))
    }
}

/// The findings written by `JSONWriter` are the bytes the encoder writes, on findings with every
/// kind of text (quotes, backslashes, control characters, accents, emoji, `/`).
@Suite struct JSONWriterTests {
    func randomText(_ random: inout SeededRandom) -> String {
        let pieces = [
            "plain", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "cr\rlf", "\u{1}\u{1F}\u{7F}", "é ü ß", "🗓️ 📅",
            "a/b", "\u{2028}\u{2029}\u{85}", "{ } [ ] : ,", "", " ", "\u{8}\u{C}",
        ]
        return (0..<Int(random.next() % 4)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func findingsAreWhatTheEncoderWrites() throws {
        var random = SeededRandom(state: 77)
        for round in 0..<40 {
            let count = round == 0 ? 0 : Int(random.next() % 30) + 1
            let diagnostics = (0..<count).map { _ in
                Diagnostic(
                    path: "interviews/" + randomText(&random) + ".md", line: Int(random.next() % 500), column: Int(random.next() % 80),
                    severity: Severity.allCases[Int(random.next() % 3)], rule: allRules[Int(random.next() % UInt64(allRules.count))].id,
                    message: randomText(&random), contact: random.next() % 2 == 0 ? nil : randomText(&random),
                    endLine: random.next() % 2 == 0 ? nil : 7, endColumn: random.next() % 2 == 0 ? nil : 12)
            }
            let result = LintResult(diagnostics: diagnostics, files: count)
            let nb = try notebook([:])
            let counts = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, result.count($0)) })
            let encoded =
                JSONOutput.encode(
                    LintJSONReporter.Output(
                        today: nb.today, root: nb.root, files: count, counts: counts,
                        diagnostics: diagnostics)) + "\n"
            #expect(LintJSONReporter.render(result, notebook: nb) == encoded, "round \(round)")
            let sarif = LintSARIFReporter.encode(LintSARIFReporter.log(result, notebook: nb)) + "\n"
            #expect(LintSARIFReporter.render(result, notebook: nb) == sarif, "round \(round)")
        }
    }
}
