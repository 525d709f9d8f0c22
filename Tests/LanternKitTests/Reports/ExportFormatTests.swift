import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// The byte-level rules of the calendar, address-book and spreadsheet formats.
@Suite struct ExportFormatTests {
    @Test func textValuesAreEscaped() {
        #expect(ContentLines.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(ContentLines.escape("one\r\ntwo\rthree") == "one\\ntwo\\nthree")
        #expect(ContentLines.escape("bell\u{7}tab\there") == "belltab here")
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() throws {
        let value = String(repeating: "Zoë Laurent 🎓 ", count: 12)
        var lines = ContentLines()
        lines.text("SUMMARY", value)
        let bytes = Array(lines.rendered.utf8)
        #expect(lines.rendered.hasSuffix("\r\n"))
        // Split on CRLF; every physical line fits and is valid UTF-8 on its own.
        var physical: [[UInt8]] = [[]]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { physical.append([]); i += 2; continue }
            #expect(bytes[i] != 10 && bytes[i] != 13, "a bare line break at byte \(i)")
            physical[physical.count - 1].append(bytes[i])
            i += 1
        }
        physical.removeLast()  // after the final CRLF
        #expect(physical.count > 3)
        for line in physical {
            #expect(line.count <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil, "a fold split a UTF-8 sequence")
        }
        #expect(physical.dropFirst().allSatisfy { $0.first == 32 })
        // Unfolding (drop CRLF + one space) gives the line back.
        let unfolded = String(
            decoding: physical.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) },
            as: UTF8.self)
        #expect(unfolded == "SUMMARY:" + ContentLines.escape(value))
    }

    @Test func stableIDsAreTheSameOnEveryRunAndMachine() {
        // Pinned: a change here changes every UID users have imported.
        #expect(StableID.hex(["a"]) == "af63dc4c8601ec8c789e3e398d3ff5ff")  // FNV-1a 64 of "a", then the second lane
        #expect(StableID.hex(["interviews/jane.md", "thank-you", ""]) == "a2c6f1a9dcbdb12915b469e72a968d1e")
        #expect(StableID.hex(["ab", "c"]) != StableID.hex(["a", "bc"]))
        #expect(StableID.uuid(["person", "jane doe"]).split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
    }

    @Test func contactUIDsAreVersion5UUIDs() {
        // FIPS 180 test vectors, and Python's documented uuid.uuid5(NAMESPACE_DNS, "python.org").
        let hex = { (bytes: [UInt8]) in bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined() }
        #expect(hex(SHA1.hash(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.hash([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex(SHA1.hash(Array(String(repeating: "a", count: 1_000).utf8))) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        let dns = StableID.uuidBytes("6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(StableID.uuid5(namespace: dns, name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        let url = StableID.uuidBytes("6ba7b811-9dad-11d1-80b4-00c04fd430c8")!
        #expect(StableID.uuid5(namespace: url, name: "https://example.com/é") == "20ecd233-a9e7-5067-a96f-fd6600ca3fda")
        // Every card's UID: version 5, RFC 4122 variant, the same on every run.
        let contact = Contact(
            id: "jane doe", name: "Jane Doe", aliases: [], title: nil, company: nil, emails: [], phones: [], urls: [],
            status: nil, introducedBy: nil, roles: ["contact"], tags: [], notes: [])
        let uid = ContactsOutput(contacts: [contact], today: day("2026-11-22")).vcard(version: "test")
            .split(separator: "\r\n").first { $0.hasPrefix("UID:urn:uuid:") }?.dropFirst(13)
        let value = Array(uid ?? "")
        #expect(value.count == 36 && value[14] == "5" && "89ab".contains(value[19]), "\(String(value))")
        #expect(String(value) == StableID.uuid5(namespace: StableID.peopleNamespace, name: "jane doe"))
    }

    @Test func urlCommasAreEscapedInCards() {
        #expect(ContactsOutput.uri("https://example.com/a,b;c") == "https://example.com/a\\,b;c")
        #expect(ContactsOutput.uri(" linkedin.com/in/x y\\z ") == "https://linkedin.com/in/x%20y%5Cz")
    }

    @Test func calendarUIDsDoNotMoveWithTheDueDay() {
        let item = Obligation(
            kind: .nudge, due: day("2026-11-24"), contact: "Kenji", path: "interviews/k.md", origin: SourceLocation(line: 4),
            text: "Nudge Kenji (attempt 2 of 3)", key: "")
        var later = item
        later.due = day("2026-12-03")
        later.line = 5
        let uid = { (i: Obligation) in
            FollowUpsOutput(items: [i], today: day("2026-11-22")).calendar(version: "test")
                .split(separator: "\r\n").first { $0.hasPrefix("UID:") }
        }
        #expect(uid(item) != nil)
        #expect(uid(item) == uid(later))
    }

    @Test func addressBooksGetOnlyWebAndMailLinks() {
        let urls = [
            "javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", " javascript:x", "data:text/html,<b>x</b>",
            "vbscript:msgbox(1)", "VBScript:x", "file:///etc/passwd", "notes/jane.md",
            "https://jane.example", "HTTP://old.example", "linkedin.com/in/jane", "mailto:jane@example.com",
        ]
        let contact = Contact(
            id: "jane", name: "Jane Doe", aliases: [], emails: [], phones: [], urls: urls, roles: ["contact"],
            tags: [], notes: [])
        let output = ContactsOutput(contacts: [contact], today: Day(iso: "2026-11-22")!)
        let kept = ["https://jane.example", "HTTP://old.example", "linkedin.com/in/jane", "mailto:jane@example.com"]
        #expect(ContactsOutput.openable(urls) == kept)
        let vcard = output.vcard(version: "test")
        #expect(vcard.components(separatedBy: "\r\nURL:").count - 1 == 4)
        #expect(vcard.contains("URL:https://linkedin.com/in/jane\r\n") && vcard.contains("URL:mailto:jane@example.com\r\n"))
        let csv = output.csv()
        #expect(csv.contains(",https://jane.example HTTP://old.example linkedin.com/in/jane mailto:jane@example.com,"))
        for bad in ["script", "data:", "file:", "notes/jane"] {
            #expect(!vcard.lowercased().contains(bad) && !csv.lowercased().contains(bad), "\(bad) reached an export")
        }
    }

    @Test func csvCellsAreQuotedAndGuarded() {
        #expect(CSV.cell("plain") == "plain")
        #expect(CSV.cell("Manager, Growth") == "\"Manager, Growth\"")
        #expect(CSV.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.cell("two\nlines") == "\"two\nlines\"")
        #expect(CSV.cell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        for lead in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSV.cell(lead + "1+1").hasPrefix(lead == "\r" ? "\"'" : "'"), "cell starting with \(lead.debugDescription)")
        }
    }

    @Test func followUpJSONHasTheDocumentedShape() throws {
        let items = [
            Obligation(
                kind: .thankYou, due: day("2026-11-20"), contact: "Jane Doe", path: "interviews/j.md", origin: SourceLocation(line: 9),
                text: "Send a thank-you note to Jane Doe (met 2026-11-19)", key: ""),
            Obligation(
                kind: .reachOut, due: nil, contact: "Ahmed", path: "interviews/a.md", origin: SourceLocation(line: 2), text: "Reach out to Ahmed", key: ""),
        ]
        let out = FollowUpsOutput(items: items, today: day("2026-11-22")).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "today", "items"])
        #expect(object["version"] as? Int == 1 && object["today"] as? String == "2026-11-22")
        let list = try #require(object["items"] as? [[String: Any]])
        #expect(list.allSatisfy { Set($0.keys) == ["kind", "due", "overdue", "contact", "path", "line", "text", "why", "clear"] })
        #expect(list[0]["overdue"] as? Bool == true && list[0]["due"] as? String == "2026-11-20" && list[0]["kind"] as? String == "thank-you")
        #expect(list[1]["due"] is NSNull && list[1]["overdue"] as? Bool == false)
    }

    @Test func markdownTextStaysLiteral() {
        #expect(MarkdownText.escape("*Jane* <b>[x](y)") == "\\*Jane\\* \\<b\\>\\[x\\](y)")
        #expect(MarkdownText.escape("+1 555 ==hi== %%c%% $x$") == "\\+1 555 \\=\\=hi\\=\\= \\%\\%c\\%\\% \\$x\\$")
        #expect(MarkdownText.escape("- not a list") == "\\- not a list")
        #expect(MarkdownText.escape("1. not a list") == "1\\. not a list")
        #expect(MarkdownText.link("a b.md:3", to: "notes/a b (1).md") == "[a b.md:3](notes/a%20b%20%281%29.md)")
    }
}

/// Small things a new user's weeks found in the outputs.
@Suite struct OutputWordingTests {
    @Test func aSuffixIsNoFamilyName() throws {
        let nb = try notebook(["interviews/t.md": "---\ncontact: \"Thomas Reed, Jr.\"\n---\n", "interviews/a.md": "---\ncontact: Ana Lima\n---\n"])
        let cards = ContactsOutput(contacts: Contacts.all(in: nb), today: nb.today).vcard(version: "test")
        #expect(cards.contains("\r\nN:Reed;Thomas;;;Jr.\r\n") && cards.contains("\r\nN:Lima;Ana;;;\r\n"), "\(cards)")
    }

    @Test func anAcronymTakesTheArticleItIsReadWith() {
        #expect(Draft.article("UX researcher") == "a UX researcher")
        #expect(Draft.article("SEO lead") == "an SEO lead")
        #expect(Draft.article("engineer") == "an engineer" && Draft.article("product manager") == "a product manager")
    }

    @Test func anEmptyListSaysWhy() {
        let today = day("2026-11-22")
        #expect(FollowUpsOutput(items: [], today: today).text(style: TextStyle(color: false)) == "Nothing to do: every conversation is up to date.\n")
        #expect(FollowUpsOutput(items: [], today: today, filtered: true).text(style: TextStyle(color: false)).hasPrefix("Nothing matches these options"))
        let hidden = FollowUpsOutput(items: [], today: today, notesWithErrors: ["interviews/chloe.md"]).text(style: TextStyle(color: false))
        #expect(hidden.contains("1 note (interviews/chloe.md) has errors that may hide what it calls for: run lantern lint"))
    }

    /// A mistyped meeting date hides the meeting from the ledger, so the list names the note.
    @Test func aNoteWithAnUnreadableDateIsNamed() throws {
        let nb = try notebook(["interviews/chloe.md": "---\ncontact: Chloé\nstatus: scheduled\ndate: 2027-1-13 10:00\n---\n"])
        #expect(FollowUps.notesWithErrors(in: nb) == ["interviews/chloe.md"])
    }

    /// A follow-up says you spoke with the referrals you met, not with everyone they named.
    @Test func aFollowUpNamesOnlyTheReferralsYouMet() throws {
        let nb = try notebook([
            "interviews/sam.md": "---\ncontact: Sam O'Brien\ndate: 2026-11-10\nthank_you: 2026-11-10\n---\n## Referrals\n- Priya Raman\n- Jordan Lee\n",
            "interviews/priya.md": "---\ncontact: Priya Raman\ndate: 2026-11-15\n---\n",
            "interviews/jordan.md": "---\ncontact: Jordan Lee\nstatus: declined\n---\n",
        ])
        let note = try #require(nb.note(at: "interviews/sam.md"))
        let draft = try Draft.render(.followUp, note: note, in: nb, templates: Templates(root: nil))
        #expect(draft.contains("I also spoke with Priya Raman, as you suggested") && !draft.contains("Jordan"))
    }
}
