import Foundation
import Testing
import LanternKit
@testable import LanternLSP
import LanternTestSupport

/// Completion, hover, the outline and quick fixes, driven over pipes on the editor's unsaved text.
@Suite struct FeatureTests {
    /// A client on a fresh notebook holding `files`, with `note` open at `path` (judged on 2026-11-20, a Friday).
    func session(_ note: String, path: String = "n.md", files: [String: String] = [:]) -> (LSPTestClient, String) {
        let root = temporaryFolder()
        write(files.merging([path: note]) { $1 }, in: root)
        let client = LSPTestClient(options: ServerOptions(today: Day(iso: "2026-11-20")))
        client.start(root: root)
        client.open(root + "/" + path, note)
        _ = client.diagnostics(for: root + "/" + path)
        return (client, root + "/" + path)
    }

    func complete(_ client: LSPTestClient, _ path: String, _ line: Int, _ character: Int) -> [JSONValue] {
        client.request("textDocument/completion", ["textDocument": ["uri": client.uri(path)], "position": ["line": line, "character": character]])["result"]?[
            "items"]?.array ?? []
    }

    func labels(_ items: [JSONValue]) -> [String] { items.compactMap { $0["label"]?.string } }

    func hover(_ client: LSPTestClient, _ path: String, _ line: Int, _ character: Int) -> String {
        client.request("textDocument/hover", ["textDocument": ["uri": client.uri(path)], "position": ["line": line, "character": character]])["result"]?[
            "contents"]?["value"]?.string ?? ""
    }

    // MARK: - Completion

    @Test func keysNotYetWrittenWithWhatTheyMean() {
        let (client, path) = session("---\ncontact: Jane\ntitle: PM\nsta\n---\n")
        let items = complete(client, path, 3, 3)
        let status = items.first { $0["label"]?.string == "status" }
        #expect(status?["textEdit"]?["newText"]?.string == "status: ")
        #expect(status?["textEdit"]?["range"]?["start"]?["character"]?.int == 0)
        #expect(status?["textEdit"]?["range"]?["end"]?["character"]?.int == 3)
        #expect(status?["documentation"]?["value"]?.string?.contains("pipeline stage") == true)
        #expect(!labels(items).contains("contact"))
        #expect(!labels(items).contains("role"), "title is written: its other name is not offered")
        #expect(!labels(items).contains("aliases"), "a person card's key")
    }

    @Test func personCardsGetTheirKeys() {
        let (client, path) = session("---\ntype: person\nal\n---\n", path: "people/jane.md")
        let keys = labels(complete(client, path, 2, 2))
        #expect(keys.contains("aliases"))
        #expect(!keys.contains("status"))
    }

    @Test func enumeratedValues() {
        let (client, path) = session("---\ncontact: Jane\nstatus: \nmedium:\n---\n")
        #expect(labels(complete(client, path, 2, 8)) == Status.allCases.map(\.rawValue))
        let media = complete(client, path, 3, 7)
        #expect(labels(media) == Medium.allCases.map(\.rawValue))
        #expect(media.first?["textEdit"]?["newText"]?.string == " phone", "the space after the colon comes with it")
    }

    @Test func datesByName() {
        let (client, path) = session("---\ncontact: Jane\nthank_you: \ndate: 2026-1\n---\n")
        let recorded = complete(client, path, 2, 11)
        #expect(labels(recorded).prefix(3) == ["today", "yesterday", "last Wednesday"])
        #expect(recorded.first?["textEdit"]?["newText"]?.string == "2026-11-20")
        let planned = complete(client, path, 3, 12)
        #expect(labels(planned).prefix(3) == ["today", "tomorrow", "next Sunday"])
        #expect(planned[1]["textEdit"]?["newText"]?.string == "2026-11-21")
        #expect(planned[1]["textEdit"]?["range"]?["start"]?["character"]?.int == 6, "replaces the date being typed")
    }

    @Test func channelsAfterAnAttemptsDate() {
        let (client, path) = session("---\ncontact: Jane\nattempts:\n  - 2026-11-01 \n  - {date: 2026-11-02, via: }\n---\n")
        #expect(labels(complete(client, path, 3, 15)) == Channel.allCases.map(\.rawValue))
        #expect(labels(complete(client, path, 4, 28)) == Channel.allCases.map(\.rawValue))
        #expect(labels(complete(client, path, 3, 4)).first == "today")
    }

    @Test func ruleIdsInDisableComments() {
        let (client, path) = session("---\ncontact: Jane\nlint: {disable: [ref]}\n---\n<!-- lantern-disable job-ask thank -->\n")
        let items = complete(client, path, 4, 33)
        #expect(labels(items).contains("thank-you-missing"))
        #expect(!labels(items).contains("job-ask"), "listed already")
        let thanks = items.first { $0["label"]?.string == "thank-you-missing" }
        #expect(thanks?["textEdit"]?["range"]?["start"]?["character"]?.int == 29)
        #expect(labels(complete(client, path, 2, 20)).contains("referrals-missing"))
    }

    @Test func taskDatesAndMarkers() {
        let (client, path) = session("---\ncontact: Jane\n---\n- [ ] Send the deck 📅 \n- [ ] Send the deck du\nSome du\n")
        #expect(labels(complete(client, path, 3, 23)).prefix(2) == ["today", "tomorrow"])
        let markers = complete(client, path, 4, 22)
        #expect(markers.first?["textEdit"]?["newText"]?.string == "📅 2026-11-20")
        #expect(complete(client, path, 5, 7).isEmpty, "not a task")
    }

    // MARK: - Hover

    @Test func hoverOnAFindingShowsItsRuleAndOnADateItsWeekday() throws {
        let note = "---\ncontact: Jane Doe\ndate: 2026-11-17\n---\n- [ ] Send the deck 📅 2026-11-24\n"
        let (client, path) = session(note)
        let onDate = hover(client, path, 2, 9)
        #expect(onDate.contains("**Tuesday 2026-11-17** — 3 days ago (3 business days)"), "\(onDate)")
        #expect(onDate.contains("**thank-you-missing** · error"))
        #expect(onDate.contains("Fires on"))
        #expect(hover(client, path, 4, 26).contains("**Tuesday 2026-11-24** — in 4 days (2 business days)"))
        #expect(hover(client, path, 1, 2).contains("**contact**"))
    }

    @Test func clientsThatShowOnlyPlainTextGetPlainText() throws {
        let root = temporaryFolder()
        let note = "---\ncontact: Jane Doe\ndate: 2026-11-17\n---\n"
        let typing = "---\ncontact: Jane Doe\nsta\n---\n"
        write(["n.md": note, "t.md": typing], in: root)
        let client = LSPTestClient(options: ServerOptions(today: Day(iso: "2026-11-20")))
        client.start(
            root: root,
            capabilities: [
                "textDocument": [
                    "hover": ["contentFormat": ["plaintext"]],
                    "completion": ["completionItem": ["documentationFormat": ["plaintext"]]],
                ]
            ])
        client.open(root + "/n.md", note)
        _ = client.diagnostics(for: root + "/n.md")
        let answer = client.request("textDocument/hover", ["textDocument": ["uri": client.uri(root + "/n.md")], "position": ["line": 2, "character": 9]])
        let contents = try #require(answer["result"]?["contents"])
        #expect(contents["kind"]?.string == "plaintext")
        let text = contents["value"]?.string ?? ""
        #expect(text.contains("Tuesday 2026-11-17 — 3 days ago (3 business days)"), "\(text)")
        #expect(text.contains("thank-you-missing · error"))
        #expect(!text.contains("**") && !text.contains("```"))
        let example = try #require(LanternKit.rule(withID: "thank-you-missing")?.triggering.first?.note)
        #expect(text.contains(example), "the example note is kept as written: \(text)")
        client.open(root + "/t.md", typing)
        let status = complete(client, root + "/t.md", 2, 3).first { $0["label"]?.string == "status" }
        #expect(status?["documentation"]?["kind"]?.string == "plaintext")
        #expect(status?["documentation"]?["value"]?.string?.contains("status: scheduled") == true, "\(String(describing: status))")
        // A client that says nothing of formats gets Markdown.
        let (other, path) = session(note)
        #expect(
            other.request("textDocument/hover", ["textDocument": ["uri": other.uri(path)], "position": ["line": 2, "character": 9]])["result"]?["contents"]?[
                "kind"]?.string == "markdown")
    }

    @Test func hoverOnARuleIdShowsTheRuleAsThisNotebookRunsIt() {
        let (client, path) = session(
            "---\ncontact: Jane\n---\n<!-- lantern-disable duration-too-long -->\n",
            files: ["lantern.yml": "rules:\n  duration-too-long: error\n"])
        let text = hover(client, path, 3, 25)
        #expect(text.contains("**duration-too-long** · error in this notebook (warning by default)"), "\(text)")
    }

    // MARK: - Outline

    @Test func theOutlineIsTheFrontMatterAndTheSections() throws {
        let text = try String(contentsOfFile: exampleNotebook + "/interviews/2026-11-19-jane-doe.md", encoding: .utf8)
        let (client, path) = session(text)
        let symbols = client.request("textDocument/documentSymbol", ["textDocument": ["uri": client.uri(path)]])["result"]?.array ?? []
        #expect(symbols.compactMap { $0["name"]?.string } == ["front matter", "Jane Doe, Brightline Tutoring"])
        #expect(symbols[0]["children"]?.array?.compactMap { $0["name"]?.string }.prefix(3) == ["contact", "title", "company"])
        let sections = symbols[1]["children"]?.array?.compactMap { $0["name"]?.string }
        #expect(sections == ["Research", "Questions", "Notes", "Referrals", "Action items"])
        #expect(symbols[1]["children"]?[0]?["detail"]?.string == "research section")
    }

    @Test func clientsWithoutHierarchicalSymbolsGetAFlatOutline() throws {
        let text = try String(contentsOfFile: exampleNotebook + "/interviews/2026-11-19-jane-doe.md", encoding: .utf8)
        let root = temporaryFolder()
        write(["n.md": text], in: root)
        let client = LSPTestClient(options: ServerOptions(today: Day(iso: "2026-11-20")))
        client.start(root: root, capabilities: [:])
        client.open(root + "/n.md", text)
        let symbols = client.request("textDocument/documentSymbol", ["textDocument": ["uri": client.uri(root + "/n.md")]])["result"]?.array ?? []
        #expect(symbols.allSatisfy { $0["location"]?["uri"]?.string == client.uri(root + "/n.md") && $0["children"] == nil }, "\(symbols)")
        let names = symbols.compactMap { $0["name"]?.string }
        #expect(names.contains("Research") && names.contains("contact"), "\(names)")
        let research = symbols.first { $0["name"]?.string == "Research" }
        #expect(research?["containerName"]?.string == "Jane Doe, Brightline Tutoring")
    }

    // MARK: - Quick fixes

    /// The quick fixes offered for the findings on `path`, and the text each one leaves.
    func fixes(_ client: LSPTestClient, _ path: String, _ text: String) -> [String: String] {
        client.change(path, version: 2, [["text": text]])
        let found = client.diagnostics(for: path)
        var out: [String: String] = [:]
        let whole = ["start": ["line": 0, "character": 0], "end": ["line": 999, "character": 0]]
        let params: [String: Any] = [
            "textDocument": ["uri": client.uri(path)], "range": whole,
            "context": ["diagnostics": found.map { try! JSONSerialization.jsonObject(with: JSONEncoder().encode($0)) }],
        ]
        for action in client.request("textDocument/codeAction", params)["result"]?.array ?? [] {
            var doc = DocumentText(text)
            let edits = action["edit"]?["changes"]?[client.uri(path)]?.array ?? []
            // Edits apply from the last to the first, so that each one's place stands.
            for edit in edits.reversed() {
                let range = try! JSONDecoder().decode(TextRange.self, from: JSONEncoder().encode(edit["range"]))
                doc.apply(TextDocumentContentChangeEvent(range: range, text: edit["newText"]?.string ?? ""))
            }
            out[action["title"]?.string ?? ""] = doc.text
        }
        return out
    }

    func rules(after text: String, path: String = "n.md") throws -> [String] {
        let nb = try notebook([path: text], today: "2026-11-20")
        return Linter().run(nb).diagnostics.map(\.rule)
    }

    @Test func renameAMisspeltKey() throws {
        let note = "---\ncontact: Jane\nrepiled: 2026-11-05\n---\n"
        let (client, path) = session(note)
        let fixed = fixes(client, path, note)
        #expect(fixed["Rename repiled to replied"] == "---\ncontact: Jane\nreplied: 2026-11-05\n---\n")
        #expect(try !rules(after: fixed["Rename repiled to replied"]!).contains("field-unknown"))
        // Not when the note has the key already: the rename would write it twice.
        let twice = "---\ncontact: Jane\nreplied: 2026-11-05\nrepiled: 2026-11-05\n---\n"
        #expect(fixes(client, path, twice)["Rename repiled to replied"] == nil)
    }

    @Test func normalizeAnUnambiguousBadDate() throws {
        let note =
            "---\ncontact: Jane\ndate: 2026-10-3 9:30\nthank_you: \"2026/10/04\"\nattempts:\n  - 2026-9-28 email\nreplied: 10/03/2026\n---\n- [ ] Deck 📅 2026-12-1\n"
        let (client, path) = session(note)
        let fixed = fixes(client, path, note)
        #expect(fixed["Write 2026-10-3 9:30 as 2026-10-03 09:30"]?.contains("date: 2026-10-03 09:30\n") == true, "\(fixed.keys.sorted())")
        #expect(fixed["Write 2026/10/04 as 2026-10-04"]?.contains("thank_you: \"2026-10-04\"\n") == true)
        #expect(fixed["Write 2026-9-28 as 2026-09-28"]?.contains("  - 2026-09-28 email\n") == true)
        #expect(fixed["Write 2026-12-1 as 2026-12-01"]?.contains("📅 2026-12-01\n") == true)
        #expect(!fixed.keys.contains { $0.hasPrefix("Write 10/03/2026") }, "two readings: no guess")
        for text in fixed.values where !text.contains("lantern-disable") {
            #expect(try rules(after: text).filter { $0 == "date-invalid" || $0 == "task-date-invalid" }.count == 4, "one bad date fixed of five")
        }
    }

    @Test func turnARuleOffInThisFile() throws {
        let note = "---\ncontact: Jane Doe\ndate: 2026-11-17\n---\n# Jane\n"
        let (client, path) = session(note)
        let fixed = fixes(client, path, note)
        let off = try #require(fixed["Turn thank-you-missing off in this file"])
        #expect(off == "---\ncontact: Jane Doe\ndate: 2026-11-17\n---\n<!-- lantern-disable thank-you-missing -->\n# Jane\n")
        #expect(try !rules(after: off).contains("thank-you-missing"))
        // A second rule joins the comment; CRLF notes get CRLF.
        let crlf = off.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "# Jane", with: "# Jane\r\n## Outreach\r\nAny job?")
        let again = fixes(client, path, crlf)
        #expect(again["Turn job-ask off in this file"]?.contains("<!-- lantern-disable thank-you-missing job-ask -->\r\n") == true, "\(again)")
        let bare = "---\ncontact: Jane Doe\ndate: 2026-11-17\n---"
        #expect(fixes(client, path, bare)["Turn thank-you-missing off in this file"] == bare + "\n<!-- lantern-disable thank-you-missing -->\n")
    }

    // MARK: - Recording what a finding asks for

    /// What `lantern log` writes for `event` on `text` (the same request the command makes).
    func logged(_ event: NoteLog.Event, _ text: String, path: String = "n.md", files: [String: String] = [:]) throws -> String {
        let nb = try notebook(files.merging([path: text]) { $1 }, today: "2026-11-20")
        var request = NoteLog.Request(event: event)
        request.complete(for: nb.note(at: path)!, in: nb)
        return try NoteLog.apply(request, to: text, path: path, config: nb.config, today: nb.today).editor.text
    }

    @Test func recordTheThankYouAsLanternLogDoes() throws {
        // CRLF, a template task to tick, and unsaved text: the fix works on the buffer.
        let note =
            "---\r\ncontact: Jane Doe\r\ndate: 2026-11-17\r\nattempts: [2026-11-01 email]\r\n---\r\n# Jane\r\n\r\n## Action items\r\n\r\n- [ ] Send thank-you note\r\n"
        let (client, path) = session("---\ncontact: Jane Doe\n---\n")
        let fixed = fixes(client, path, note)
        let title = try #require(fixed.keys.first { $0.hasPrefix("Record the thank-you as sent today") }, "\(fixed.keys.sorted())")
        #expect(title.hasSuffix("(lantern log jane thank-you)"))
        #expect(fixed[title] == (try logged(.thankYou, note)))
        #expect(fixed[title]?.contains("thank_you: 2026-11-20\r\n") == true)
        #expect(fixed[title]?.contains("- [x] Send thank-you note ✅ 2026-11-20\r\n") == true)
        #expect(try !rules(after: fixed[title]!).contains("thank-you-missing"))
    }

    @Test func dropRecordTheReplyOrTheHeldMeeting() throws {
        let ignored = "---\ncontact: Sam Lee\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-23 phone\n---\n"
        let (client, path) = session(ignored)
        let fixed = fixes(client, path, ignored)
        let drop = try #require(fixed.first { $0.key.hasPrefix("Take them off your list") })
        #expect(drop.value == (try logged(.dropped, ignored)))
        #expect(drop.value.contains("status: dropped"))
        let reply = try #require(fixed.first { $0.key.hasPrefix("Record their reply, today") })
        #expect(reply.value == (try logged(.reply, ignored)))
        let stale = "---\ncontact: Sam Lee\nstatus: scheduled\ndate: 2026-11-18 10:00\n---\n"
        let held = try #require(fixes(client, path, stale).first { $0.key.hasPrefix("Record the meeting as held") })
        #expect(held.value == (try logged(.done, stale)))
        #expect(held.value.contains("status: done"))
    }

    @Test func aFourthAttemptIsAnsweredByDroppingThem() throws {
        // attempts-exhausted (which offers the same fix) turned off: the fourth attempt's own finding.
        let fourth =
            "---\ncontact: Lena Fischer\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n  - 2026-11-03 phone\n"
            + "lint: {disable: [attempts-exhausted]}\n---\n"
        let (client, path) = session(fourth)
        let fixed = fixes(client, path, fourth)
        let drop = try #require(fixed.first { $0.key.hasPrefix("Take them off your list") }, "\(fixed.keys.sorted())")
        #expect(drop.key.hasSuffix("(lantern log lena dropped)"), "the command attempt-after-limit prints")
        #expect(drop.value == (try logged(.dropped, fourth)))
        #expect(try !rules(after: drop.value).contains("attempt-after-limit"))
        #expect(!fixed.keys.contains { $0.hasPrefix("Record their reply") }, "a reply today leaves the fourth attempt standing")
    }

    @Test func addTheMissingSectionFromTheTemplate() throws {
        let note = "---\ncontact: Sam Lee\ndate: 2026-11-21 10:00\n---\n# Sam\n\n## Questions\n\n- One?\n\n## Action items\n\n- [ ] Send the deck\n"
        let (client, path) = session(note)
        let fixed = fixes(client, path, note)
        let research = try #require(fixed["Add the Research section"], "\(fixed.keys.sorted())")
        #expect(research.contains("# Sam\n\n## Research\n"))
        #expect(research.range(of: "## Research")!.lowerBound < research.range(of: "## Questions")!.lowerBound)
        let met = note.replacingOccurrences(of: "2026-11-21", with: "2026-11-10")
        let referrals = try #require(fixes(client, path, met)["Add the Referrals section"])
        #expect(referrals.contains("## Referrals\n\n<!-- At the end, ask who else you should talk to."))
        #expect(referrals.range(of: "## Referrals")!.lowerBound < referrals.range(of: "## Action items")!.lowerBound)
        #expect(try !rules(after: referrals).contains("referrals-missing"))
    }

    @Test func oneEditTurnsTheTextIntoTheOther() {
        var random = SeededRandom(state: 11)
        let lines = ["a\n", "b\r\n", "é😀\n", "\n", "c", "---\n"]
        for _ in 0..<400 {
            let old = (0..<Int.random(in: 0...6, using: &random)).map { _ in lines[Int.random(in: 0..<lines.count, using: &random)] }.joined()
            let new = (0..<Int.random(in: 0...6, using: &random)).map { _ in lines[Int.random(in: 0..<lines.count, using: &random)] }.joined()
            var doc = DocumentText(old)
            if let edit = TextDiff.edit(from: doc, to: new) {
                doc.apply(TextDocumentContentChangeEvent(range: edit.range, text: edit.newText))
            }
            #expect(Array(doc.text.utf8) == Array(new.utf8), "\(old.debugDescription) → \(new.debugDescription)")
        }
    }
}
