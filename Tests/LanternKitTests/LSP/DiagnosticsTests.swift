import Foundation
import Testing
import LanternKit
@testable import LanternLSP
import LanternTestSupport

/// Live diagnostics, driven over pipes: judged against the whole notebook from the editor's
/// unsaved text, at the exact place, kept up to date as the notebook changes.
@Suite struct DiagnosticsTests {
    static let jane = "interviews/2026-11-19-jane-doe.md"

    /// A copy of the example notebook to change.
    static func exampleCopy() throws -> String {
        let root = temporaryFolder()
        var files = try exampleNotebookFiles()
        files["lantern.yml"] = try String(contentsOfFile: exampleNotebook + "/lantern.yml", encoding: .utf8)
        write(files, in: root)
        return root
    }

    func text(_ root: String, _ path: String) -> String {
        (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? ""
    }

    func codes(_ diagnostics: [JSONValue]) -> [String] { diagnostics.compactMap { $0["code"]?.string } }

    /// The UTF-16 range of the `occurrence`-th `needle` on its line of `text`.
    func range(of needle: String, in text: String) -> (line: Int, start: Int, end: Int) {
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let r = line.range(of: needle) {
                let start = line[..<r.lowerBound].utf16.count
                return (n, start, start + needle.utf16.count)
            }
        }
        Issue.record("\(needle) is not in the text")
        return (0, 0, 0)
    }

    @Test func theThankYouDiagnosticAtItsValueThenGoneAfterAnIncrementalEdit() throws {
        let root = try Self.exampleCopy()
        let path = root + "/" + Self.jane
        let text = text(root, Self.jane)
        let client = LSPTestClient()
        client.start(root: root)
        client.open(path, text)
        let found = client.diagnostics(for: path)
        let thanks = try #require(found.first { $0["code"]?.string == "thank-you-missing" })
        let date = range(of: "2026-11-19 15:00", in: text)
        #expect(thanks["range"]?["start"]?["line"]?.int == date.line)
        #expect(thanks["range"]?["start"]?["character"]?.int == date.start)
        #expect(thanks["range"]?["end"]?["character"]?.int == date.end)
        #expect(thanks["severity"]?.int == 1)
        #expect(thanks["source"]?.string == "lantern")
        #expect(thanks["message"]?.string?.contains("Jane Doe") == true)
        // Type a thank-you line after `date:` (not saved): the finding goes.
        client.change(
            path, version: 2,
            [
                [
                    "range": ["start": ["line": date.line + 1, "character": 0], "end": ["line": date.line + 1, "character": 0]],
                    "text": "thank_you: 2026-11-20\n",
                ]
            ])
        let after = client.diagnostics(for: path)
        #expect(!codes(after).contains("thank-you-missing"), "\(after)")
        // The whole text again (full sync), without it: back.
        client.change(path, version: 3, [["text": text]])
        #expect(codes(client.diagnostics(for: path)).contains("thank-you-missing"))
        #expect(text == self.text(root, Self.jane), "nothing was written")
    }

    @Test func positionsCountUTF16UnitsInTheFrontMatterAndTheBody() throws {
        let root = temporaryFolder()
        let note = """
            ---
            contact: Zoë 😀 Laurent
            attempts: [{date: 2026-11-01, via: 📧}, {date: 2026-13-01}]
            ---
            ## Outreach

            Hi 😀 Zoë, are there any openings on your team?

            """
        write(["z.md": note], in: root)
        let client = LSPTestClient()
        client.start(root: root)
        client.open(root + "/z.md", note)
        let found = client.diagnostics(for: root + "/z.md")
        func at(_ code: String, _ needle: String) {
            let expected = range(of: needle, in: note)
            let d = found.first {
                $0["code"]?.string == code && $0["range"]?["start"]?["line"]?.int == expected.line
                    && $0["range"]?["start"]?["character"]?.int == expected.start
            }
            #expect(d != nil, "\(code) at \(needle): \(found)")
            if code == "job-ask" { #expect(d?["range"]?["end"]?["character"]?.int == expected.end) }
        }
        at("date-invalid", "2026-13-01")
        at("value-invalid", "📧")
        at("job-ask", "openings")
    }

    @Test func anEditRepublishesTheOtherOpenNotesItAffects() throws {
        let root = temporaryFolder()
        let a = "---\ncontact: Jane Doe\nemail: jane@old.example\n---\n"
        let b = "---\ncontact: Jane Doe\nstatus: declined\nemail: jane@new.example\n---\n"
        write(["a.md": a, "b.md": b], in: root)
        let client = LSPTestClient()
        client.start(root: root)
        client.open(root + "/a.md", a)
        #expect(codes(client.diagnostics(for: root + "/a.md")).isEmpty)
        client.open(root + "/b.md", b)
        #expect(codes(client.diagnostics(for: root + "/b.md")) == ["contact-conflict"])
        // Editing a.md's email to b's clears b, which was not edited.
        client.change(root + "/a.md", version: 2, [["text": a.replacingOccurrences(of: "old", with: "new")]])
        #expect(codes(client.diagnostics(for: root + "/b.md")).isEmpty)
    }

    @Test func aConflictPointsAtTheOtherNote() throws {
        let root = temporaryFolder()
        let a = "---\ncontact: Jane Doe\nstatus: declined\nemail: jane@old.example\n---\n"
        let b = "---\ncontact: Jane Doe\nemail: jane@new.example\n---\n"
        let c = "---\ncontact: Jane Doe\nphone: 312 555 0100\n---\n"
        let d = "---\ncontact: Jane Doe\nphone: 312 555 0199\n---\n"
        write(["a.md": a, "b.md": b, "c.md": c, "d.md": d], in: root)
        let client = LSPTestClient()
        client.start(root: root, capabilities: ["textDocument": ["publishDiagnostics": ["relatedInformation": true]]])
        client.open(root + "/b.md", b)
        let found = client.diagnostics(for: root + "/b.md")
        let related = found.first { $0["code"]?.string == "contact-conflict" }?["relatedInformation"]?[0]
        #expect(related?["location"]?["uri"]?.string == client.uri(root + "/a.md"))
        #expect(related?["location"]?["range"]?["start"]?["line"]?.int == 3, "a.md's email line")
        #expect(related?["message"]?.string == "the other email")
        client.open(root + "/d.md", d)
        let pipeline = client.diagnostics(for: root + "/d.md")
        #expect(
            pipeline.first { $0["code"]?.string == "contact-conflict" }?["relatedInformation"]?[0]?["location"]?["uri"]?.string == client.uri(root + "/c.md"))
        #expect(
            pipeline.first { $0["code"]?.string == "duplicate-pipeline" }?["relatedInformation"]?[0]?["location"]?["uri"]?.string == client.uri(root + "/b.md"))
    }

    @Test func filesChangedOutsideTheEditorAreReportedByTheClient() throws {
        let root = temporaryFolder()
        let a = "---\ncontact: Jane Doe\nemail: jane@old.example\nstatus: declined\n---\n"
        write(["z.md": a], in: root)
        let client = LSPTestClient()
        client.start(root: root, capabilities: ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]])
        let registration = client.waitFor { $0["method"]?.string == "client/registerCapability" }
        #expect(registration?["params"]?["registrations"]?[0]?["method"]?.string == "workspace/didChangeWatchedFiles")
        client.open(root + "/z.md", a)
        #expect(codes(client.diagnostics(for: root + "/z.md")).isEmpty)
        // Another note with another email appears on disk.
        write(["a.md": "---\ncontact: Jane Doe\nemail: jane@other.example\n---\n"], in: root)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": client.uri(root + "/a.md"), "type": 1]]])
        #expect(codes(client.diagnostics(for: root + "/z.md")) == ["contact-conflict"])
        // It is deleted.
        try FileManager.default.removeItem(atPath: root + "/a.md")
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": client.uri(root + "/a.md"), "type": 3]]])
        #expect(codes(client.diagnostics(for: root + "/z.md")).isEmpty)
    }

    @Test func aSaveLooksAtTheDiskForClientsThatDoNotWatchFiles() throws {
        let root = temporaryFolder()
        let a = "---\ncontact: Jane Doe\nemail: jane@old.example\nstatus: declined\n---\n"
        write(["z.md": a, "lantern.yml": "timezone: UTC\n"], in: root)
        let client = LSPTestClient()
        // A client that can watch files, but not register the watching dynamically.
        client.start(root: root, capabilities: ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": false]]])
        client.open(root + "/z.md", a)
        #expect(codes(client.diagnostics(for: root + "/z.md")).isEmpty)
        write(["a.md": "---\ncontact: Jane Doe\nemail: jane@other.example\n---\n"], in: root)
        client.notify("textDocument/didSave", ["textDocument": ["uri": client.uri(root + "/z.md")]])
        #expect(codes(client.diagnostics(for: root + "/z.md")) == ["contact-conflict"])
        // Settings changed on disk are taken at the next save too.
        write(["lantern.yml": "timezone: UTC\nrules:\n  contact-conflict: off\n"], in: root)
        client.notify("textDocument/didSave", ["textDocument": ["uri": client.uri(root + "/z.md")]])
        #expect(codes(client.diagnostics(for: root + "/z.md")).isEmpty)
        // It was never asked to watch files.
        #expect(client.request("shutdown")["result"]?.isNull == true)
        #expect(!client.pending.contains { $0["method"]?.string == "client/registerCapability" }, "\(client.pending)")
    }

    /// Which notes a note is judged with: its notebook is the nearest folder above it with
    /// `lantern.yml`, else the workspace folder holding it; a file in neither is judged alone.
    @Test func aNoteIsJudgedInTheNearestNotebookElseItsWorkspaceElseAlone() throws {
        // Each pair is reported on z.md, the note opened.
        let open = "---\ncontact: Jane Doe\nemail: jane@old.example\nstatus: declined\n---\n"
        let other = "---\ncontact: Jane Doe\nemail: jane@new.example\n---\n"
        let workspace = temporaryFolder(), elsewhere = temporaryFolder()
        write(
            [
                "nb/lantern.yml": "timezone: UTC\n", "nb/a.md": other, "nb/deep/z.md": open,
                "loose/a.md": other, "loose/z.md": open,
            ], in: workspace)
        write(["a.md": other, "z.md": open], in: elsewhere)
        let client = LSPTestClient()
        let answer = client.request(
            "initialize",
            [
                "processId": NSNull(), "capabilities": [String: Any](),
                "workspaceFolders": [["uri": client.uri(workspace), "name": "w"]],
            ])
        #expect(answer["result"]?["capabilities"] != nil)
        client.notify("initialized")
        for (path, expected) in [
            (workspace + "/nb/deep/z.md", ["contact-conflict"]), (workspace + "/loose/z.md", ["contact-conflict"]),
            (elsewhere + "/z.md", []),
        ] {
            client.open(path, open)
            #expect(codes(client.diagnostics(for: path)) == expected, "\(path)")
        }
        // The notebook in nb/ is nb/ alone: its settings, not the workspace's defaults.
        write(["nb/lantern.yml": "timezone: UTC\nrules:\n  contact-conflict: off\n"], in: workspace)
        client.notify("textDocument/didSave", ["textDocument": ["uri": client.uri(workspace + "/nb/deep/z.md")]])
        #expect(codes(client.diagnostics(for: workspace + "/nb/deep/z.md")).isEmpty)
    }

    @Test func findingsLinkToTheNotebooksRulesPage() throws {
        let root = temporaryFolder()
        let note = "---\ncontact: Jane Doe\ndate: 2026-11-17\n---\n"
        write(["n.md": note, "lantern.yml": "rule_docs: https://example.com/notebook/rules.md\n"], in: root)
        let client = LSPTestClient()
        client.start(root: root)
        client.open(root + "/n.md", note)
        let thanks = client.diagnostics(for: root + "/n.md").first { $0["code"]?.string == "thank-you-missing" }
        #expect(thanks?["codeDescription"]?["href"]?.string == "https://example.com/notebook/rules.md#thank-you-missing", "\(String(describing: thanks))")
        // Without rule_docs, no link: the hover shows the rule instead.
        let other = temporaryFolder()
        write(["n.md": note], in: other)
        client.open(other + "/n.md", note)
        #expect(client.diagnostics(for: other + "/n.md").allSatisfy { $0["codeDescription"] == nil })
    }

    @Test func settingsEditsAreTakenAndBadSettingsShown() throws {
        let root = try Self.exampleCopy()
        let path = root + "/" + Self.jane
        let client = LSPTestClient()
        client.start(root: root, capabilities: ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]])
        client.open(path, text(root, Self.jane))
        #expect(codes(client.diagnostics(for: path)).contains("thank-you-missing"))
        let settings = text(root, "lantern.yml")
        write(["lantern.yml": settings + "  thank-you-missing: off\n"], in: root)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": client.uri(root + "/lantern.yml"), "type": 2]]])
        #expect(!codes(client.diagnostics(for: path)).contains("thank-you-missing"))
        // A setting that does not exist: shown on lantern.yml, and the last good settings stay.
        write(["lantern.yml": settings + "  thank-you-missing: off\nthank_you_whithin: 2\n"], in: root)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": client.uri(root + "/lantern.yml"), "type": 2]]])
        let problem = client.diagnostics(for: root + "/lantern.yml")
        #expect(problem.first?["message"]?.string?.contains("thank_you_whithin") == true, "\(problem)")
        #expect(problem.first?["range"]?["start"]?["line"]?.int == settings.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(client.waitFor { $0["method"]?.string == "window/showMessage" } != nil)
    }

    @Test func filesThatAreNotNotesGetNoFindings() throws {
        let root = temporaryFolder()
        write(["lantern.yml": "ignore: [\"archive/**\"]\n"], in: root)
        let bad = "---\ncontact: Jane\ndate: 2026-13-01\n---\n"
        let client = LSPTestClient()
        client.start(root: root)
        for path in ["templates/interview.md", "archive/old.md", ".hidden/x.md", "reports/week.md"] {
            client.open(root + "/" + path, bad)
            #expect(client.diagnostics(for: root + "/" + path).isEmpty, "\(path)")
        }
        client.open(root + "/notes/x.md", bad)
        #expect(codes(client.diagnostics(for: root + "/notes/x.md")) == ["date-invalid"])
    }

    @Test func atMidnightOpenNotesAreJudgedAgainstTheNewDay() throws {
        let root = temporaryFolder()
        write(["lantern.yml": "timezone: Asia/Tokyo\n"], in: root)
        // 23:59:59.4 in Tokyo on 2026-11-20, on a clock that runs from now.
        let zone = TimeZone(identifier: "Asia/Tokyo")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let eve = calendar.date(from: DateComponents(year: 2026, month: 11, day: 20, hour: 23, minute: 59, second: 59))!.addingTimeInterval(0.4)
        let started = Date()
        let client = LSPTestClient(options: ServerOptions(today: nil, now: { eve.addingTimeInterval(Date().timeIntervalSince(started)) }))
        client.start(root: root)
        let note = "---\ncontact: Jane\n---\n- [ ] Send the deck 📅 2026-11-20\n"
        client.open(root + "/x.md", note)
        #expect(codes(client.diagnostics(for: root + "/x.md")).isEmpty)
        // No message is sent: the server wakes at midnight by itself.
        #expect(codes(client.diagnostics(for: root + "/x.md")) == ["action-overdue"])
    }
}
