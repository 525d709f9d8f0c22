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
        #expect(LintTextReporter.render(r, style: TextStyle(color: false)).contains(
            "interviews/2026-11-19-jane-doe.md:9:7: error: no thank-you note recorded for Jane Doe, met 2026-11-19 (3 days ago): send one, then run \"lantern log jane thank-you\" [thank-you-missing]"))
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
}
