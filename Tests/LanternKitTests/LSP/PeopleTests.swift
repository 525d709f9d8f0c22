import Foundation
import Testing
import LanternKit
@testable import LanternLSP
import LanternTestSupport

/// The notebook's people in the editor, on a copy of the example notebook judged on 2026-11-22:
/// typed, shown, found, and where they stand.
@Suite struct PeopleTests {
    let root: String
    let client: LSPTestClient

    init() throws {
        root = try DiagnosticsTests.exampleCopy()
        client = LSPTestClient()
        client.start(root: root)
    }

    func open(_ path: String, _ text: String? = nil) -> String {
        let absolute = root + "/" + path
        client.open(absolute, text ?? ((try? String(contentsOfFile: absolute, encoding: .utf8)) ?? ""))
        _ = client.diagnostics(for: absolute)
        return absolute
    }

    func at(_ path: String, _ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": client.uri(path)], "position": ["line": line, "character": character]]
    }

    func labels(_ answer: JSONValue) -> [String] { answer["result"]?["items"]?.array?.compactMap { $0["label"]?.string } ?? [] }

    @Test func peopleAndCompaniesAreOfferedWhereANameGoes() {
        let path = open("interviews/2026-12-01-new.md", "---\ncontact: Ja\ncompany: Bright\n---\nI met [[Pri\n\n## Referrals\n\n- Ma\n")
        let contacts = client.request("textDocument/completion", at(path, 1, 11))
        #expect(labels(contacts).contains("Jane Doe"), "\(labels(contacts))")
        #expect(!labels(contacts).contains("Ja"), "what is typed is not offered back")
        let jane = contacts["result"]?["items"]?.array?.first { $0["label"]?.string == "Jane Doe" }
        #expect(jane?["detail"]?.string?.contains("Director of Product at Brightline Tutoring") == true)
        #expect(jane?["textEdit"]?["newText"]?.string == "Jane Doe")
        #expect(jane?["textEdit"]?["range"]?["start"]?["character"]?.int == 9)
        #expect(labels(client.request("textDocument/completion", at(path, 2, 15))) == ["Brightline Tutoring"])
        let link = client.request("textDocument/completion", at(path, 4, 11))["result"]?["items"]?.array?.first { $0["label"]?.string == "Priya Raman" }
        #expect(link?["textEdit"]?["newText"]?.string == "Priya Raman]]")
        #expect(labels(client.request("textDocument/completion", at(path, 8, 4))).contains("María González"))
    }

    @Test func companiesAreOfferedWhereAReferralSaysWhereTheyWork() {
        let path = open(
            "interviews/2026-12-01-new.md",
            "---\ncontact: Sam\nintroduced_by: pri\n---\n## Referrals\n\n- Ana Ruiz, PM at Lum\n- Ana Ruiz (Bright\n- Ana Ruiz (Brightline) — ana@\n")
        #expect(labels(client.request("textDocument/completion", at(path, 2, 18))) == ["Priya Raman"], "an introducer is a person too")
        let working = client.request("textDocument/completion", at(path, 6, 21))["result"]?["items"]?.array ?? []
        #expect(working.compactMap { $0["label"]?.string } == ["Lumen Learning Labs"], "\(working)")
        #expect(working.first?["textEdit"]?["range"]?["start"]?["character"]?.int == 18)
        #expect(working.first?["textEdit"]?["newText"]?.string == "Lumen Learning Labs")
        #expect(labels(client.request("textDocument/completion", at(path, 7, 18))) == ["Brightline Tutoring"])
        #expect(labels(client.request("textDocument/completion", at(path, 8, 30))).isEmpty, "past the company")
    }

    @Test func hoverOnAPersonShowsWhereTheyStandAndWhatIsOwed() {
        let path = open("interviews/2026-11-19-jane-doe.md")
        let text = client.request("textDocument/hover", at(path, 1, 12))["result"]?["contents"]?["value"]?.string ?? ""
        #expect(text.contains("**Jane Doe** — Director of Product at Brightline Tutoring"), "\(text)")
        #expect(text.contains("status **done**"))
        #expect(text.contains("Owed next:"))
        #expect(text.contains("thank-you"))
        #expect(text.contains("`lantern person jane`"))
    }

    @Test func definitionIsTheCardAndReferencesEveryNoteThatNamesThem() throws {
        let path = open("interviews/2026-11-14-kenji-watanabe.md")
        let definition = client.request("textDocument/definition", at(path, 5, 17))["result"]
        #expect(definition?["uri"]?.string?.hasSuffix("/people/priya-raman.md") == true, "\(String(describing: definition))")
        #expect(definition?["range"]?["start"]?["line"]?.int == 2, "the card's name line")
        let references =
            client.request("textDocument/references", at(path, 5, 17).merging(["context": ["includeDeclaration": true]]) { $1 })["result"]?.array ?? []
        let places = Set(
            references.compactMap { ref in ref["uri"]?.string.map { ($0 as NSString).lastPathComponent + ":\(ref["range"]?["start"]?["line"]?.int ?? -1)" } })
        #expect(
            places.isSuperset(of: ["priya-raman.md:2", "2026-10-08-priya-raman.md:1", "2026-11-14-kenji-watanabe.md:5", "2026-11-12-tomas-alvarez.md:5"]),
            "\(places)")
    }

    @Test func workspaceSymbolsFindPeopleAndCompanies() {
        _ = open("interviews/2026-11-19-jane-doe.md")
        let people = client.request("workspace/symbol", ["query": "pri"])["result"]?.array ?? []
        #expect(people.contains { $0["name"]?.string == "Priya Raman" && $0["location"]?["uri"]?.string?.hasSuffix("people/priya-raman.md") == true })
        let companies = client.request("workspace/symbol", ["query": "lumen"])["result"]?.array ?? []
        #expect(companies.contains { $0["name"]?.string == "Lumen Learning Labs" && $0["containerName"]?.string == "company" })
    }

    @Test func inlayHintsShowTheWeekdayAndWhereTheOutreachStands() throws {
        let whole: [String: Any] = ["start": ["line": 0, "character": 0], "end": ["line": 99, "character": 0]]
        let jane = open("interviews/2026-11-19-jane-doe.md")
        let dates = client.request("textDocument/inlayHint", ["textDocument": ["uri": client.uri(jane)], "range": whole])["result"]?.array ?? []
        #expect(dates.first?["label"]?.string == "Thursday")
        #expect(dates.first?["position"]?["line"]?.int == 8)
        let sam = open("interviews/2026-11-03-sam-oconnor.md")
        let hints = client.request("textDocument/inlayHint", ["textDocument": ["uri": client.uri(sam)], "range": whole])["result"]?.array ?? []
        let due = Day(iso: "2026-11-12")!.adding(businessDays: 7)
        #expect(hints.first?["label"]?.string == "attempt 2 of 3 · nudge due \(weekdayName(due)) \(due)", "\(hints)")
        #expect(hints.first?["position"]?["line"]?.int == 7, "the last attempt's line")
    }
}
