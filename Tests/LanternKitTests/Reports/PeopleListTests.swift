import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// `lantern list`: every filter, sort and format on the example notebook, against golden files
/// (Tests/Fixtures/list), and what each filter means on small notebooks.
@Suite struct PeopleListTests {
    static let today = "2026-11-22"

    func list(_ configure: (inout ListQuery) -> Void = { _ in }, notebook: Notebook? = nil) throws -> PeopleListOutput {
        let nb = try notebook ?? loadExample(today: Self.today)
        var query = ListQuery()
        configure(&query)
        return PeopleListOutput(list: PeopleList(notebook: nb, query: query))
    }

    /// The people a list shows, by name.
    func names(_ configure: (inout ListQuery) -> Void, notebook: Notebook? = nil) throws -> [String] {
        try list(configure, notebook: notebook).list.rows.map(\.name)
    }

    // MARK: - Formats

    @Test func everyFormatOfTheWholeList() throws {
        let out = try list()
        try expectGolden(out.text(style: TextStyle(color: false), layout: .table(width: nil)), "list/people.txt")
        try expectGolden(out.text(style: TextStyle(color: false), layout: .table(width: 100)), "list/people-100-columns.txt")
        try expectGolden(out.text(style: TextStyle(color: false), layout: .plain), "list/people.tsv")
        try expectGolden(out.markdown(), "list/people.md")
        try expectGolden(out.csv(), "list/people.csv")
        try expectGolden(out.json(), "list/people.json")
    }

    @Test func everyFormatPerNote() throws {
        let out = try list { $0.perNote = true }
        try expectGolden(out.text(style: TextStyle(color: false), layout: .table(width: nil)), "list/notes.txt")
        try expectGolden(out.text(style: TextStyle(color: false), layout: .plain), "list/notes.tsv")
        try expectGolden(out.markdown(linkBase: "../"), "list/notes.md")
        try expectGolden(out.csv(), "list/notes.csv")
        try expectGolden(out.json(), "list/notes.json")
    }

    @Test func colourOnATerminal() throws {
        let text = try list().text(style: TextStyle(color: true), layout: .table(width: nil))
        #expect(text.hasPrefix("\u{1B}[1mName"))
        // Overdue next steps in red, the others plain.
        #expect(text.contains("\u{1B}[31m2026-10-19\u{1B}[0m"))
        #expect(!text.contains("\u{1B}[31m2027-01-17"))
    }

    // MARK: - Filters and sorts, against golden files

    static let cases: [(name: String, query: @Sendable (inout ListQuery) -> Void)] = [
        ("status-contacted-scheduled", { $0.statuses = [.contacted, .scheduled] }),
        ("company-lumen", { $0.company = "lumen" }),
        ("tag-edtech", { $0.tag = "EdTech" }),
        ("introduced-by-priya", { $0.introducedBy = ["priya raman"] }),
        ("met-since-2026-11-01", { $0.metSince = day("2026-11-01") }),
        ("last-contact-before-2026-10-01", { $0.lastContactBefore = day("2026-10-01") }),
        ("owes-thank-you", { $0.owes = [.thankYou] }),
        ("owes-update-introducer", { $0.owes = [.updateIntroducer] }),
        ("owes-reach-out-referral", { $0.owes = [.reachOut, .referral] }),
        ("practice-only", { $0.practice = .only }),
        ("no-practice", { $0.practice = .exclude }),
        ("sort-name", { $0.sort = .name }),
        ("sort-company", { $0.sort = .company }),
        ("sort-status", { $0.sort = .status }),
        ("sort-last-contact", { $0.sort = .lastContact }),
        (
            "sort-next-due-limit-5",
            {
                $0.sort = .nextDue; $0.limit = 5
            }
        ),
        (
            "combined-edtech-done-by-company",
            {
                $0.tag = "edtech"; $0.statuses = [.done]; $0.sort = .company
            }
        ),
        (
            "notes-status-done-sort-last-contact",
            {
                $0.perNote = true; $0.statuses = [.done]; $0.sort = .lastContact
            }
        ),
        (
            "notes-company-northwind",
            {
                $0.perNote = true; $0.company = "northwind"
            }
        ),
        ("nobody", { $0.company = "Globex" }),
    ]

    @Test(arguments: cases.map(\.name))
    func filterOrSort(_ name: String) throws {
        let query = Self.cases.first { $0.name == name }!.query
        try expectGolden(try list(query).text(style: TextStyle(color: false), layout: .table(width: nil)), "list/\(name).txt")
    }

    // MARK: - What the filters mean

    @Test func theLedgerSaysWhereEachPersonStands() throws {
        let nb = try loadExample(today: Self.today)
        let rows = try list().list.rows
        for row in rows {
            guard let person = nb.lookup.people(matching: row.name).first.map({ nb.people[$0] }) else { continue }
            let standing = nb.ledger.standing(ofPersonWithID: person.id)
            #expect(row.status == standing?.status, "\(row.name)")
            #expect(row.lastContact == standing?.lastContact, "\(row.name)")
            #expect(row.firstContact == standing?.firstContact, "\(row.name)")
            // The next action is the first thing `lantern person` says is owed.
            let owed = PersonReport(person: person, in: nb).owed.first
            #expect(row.nextAction == owed?.text && row.nextDue == owed?.due, "\(row.name)")
        }
        // María: two conversations; the latest is the current one.
        let maria = try #require(rows.first { $0.name == "María González" })
        #expect(maria.path == "interviews/2026-11-18-maria-gonzalez-coffee.md" && maria.notesCount == 2)
        #expect(maria.firstContact == day("2026-09-02") && maria.lastContact == day("2026-11-18"))
    }

    @Test func namesCompaniesAndTagsMatchWithoutCaseOrAccents() throws {
        let nb = try notebook([
            "a.md": "---\ncontact: José Núñez\ncompany: Société Générale\ntags: [Fintech/Payments]\nintroduced_by: Zoë Laurent\n---\n",
            "b.md": "---\ncontact: Ann Lee\ncompany: Globex Corporation\ntags: [\"#fintech\"]\n---\n",
            "c.md": "---\ncontact: Bo Chan\ncompany: Intergalactic Globex\ntags: [fintechs]\n---\n",
            "d.md": "---\ncontact: Zoë Laurent\ncompany: OpenStax\n---\n",
        ])
        #expect(try names({ $0.company = "societe" }, notebook: nb) == ["José Núñez"])
        #expect(try names({ $0.company = "GENERALE" }, notebook: nb) == ["José Núñez"])
        #expect(try names({ $0.company = "globex" }, notebook: nb).sorted() == ["Ann Lee", "Bo Chan"])
        #expect(try names({ $0.company = "globex corp" }, notebook: nb) == ["Ann Lee"])
        #expect(try names({ $0.company = "lobex" }, notebook: nb).isEmpty, "a company matches from the start of a word")
        #expect(try names({ $0.tag = "FINTECH" }, notebook: nb).sorted() == ["Ann Lee", "José Núñez"], "nested and #tags, not fintechs")
        #expect(try names({ $0.tag = "#fintech/payments" }, notebook: nb) == ["José Núñez"])
        let zoe = nb.lookup.people(matching: "zoe").map { nb.people[$0].id }
        #expect(try names({ $0.introducedBy = Set(zoe) }, notebook: nb) == ["José Núñez"])
    }

    @Test func lastContactAndMeetings() throws {
        let nb = try notebook([
            "old.md": "---\ncontact: Old Friend\nattempts: [2026-08-01 email]\nreplied: 2026-08-02\ndate: 2026-08-10\nthank_you: 2026-08-10\n---\n",
            "new.md": "---\ncontact: New Friend\nattempts: [2026-11-10 email]\n---\n",
            "ahead.md": "---\ncontact: Soon\nattempts: [2026-11-01 email]\nreplied: 2026-11-02\ndate: 2026-11-30\n---\n",
            "never.md": "---\ncontact: Never Written\n---\n",
            "practice.md": "---\ncontact: Lab Mate\npractice: true\ndate: 2026-11-05\n---\n",
        ])
        let sixtyDaysAgo = ListQuery.day("60d", today: nb.today)
        #expect(sixtyDaysAgo == day("2026-09-23"))
        // Never in touch is not "gone quiet".
        #expect(try names({ $0.lastContactBefore = sixtyDaysAgo }, notebook: nb) == ["Old Friend"])
        // A meeting ahead has not taken place; a practice one has.
        #expect(try names({ $0.metSince = day("2026-11-01") }, notebook: nb) == ["Lab Mate"])
        #expect(try names({ $0.metSince = day("2026-08-10") }, notebook: nb).sorted() == ["Lab Mate", "Old Friend"])
        #expect(
            try names(
                {
                    $0.metSince = day("2026-08-10"); $0.practice = .exclude
                }, notebook: nb) == ["Old Friend"])
        // Longest out of touch first; never in touch last, by name.
        #expect(try names({ $0.sort = .lastContact }, notebook: nb) == ["Old Friend", "Soon", "New Friend", "Lab Mate", "Never Written"])
    }

    @Test func daysAsTheFiltersTakeThem() {
        let today = day("2026-11-22")
        #expect(ListQuery.day("2026-11-01", today: today) == day("2026-11-01"))
        #expect(ListQuery.day("8w", today: today) == day("2026-09-27"))
        #expect(ListQuery.day("0d", today: today) == today)
        #expect(ListQuery.day(" 60D ", today: today) == day("2026-09-23"))
        for bad in ["", "yesterday", "2026-02-30", "60", "d", "-3d", "3m", "1e9d"] {
            #expect(ListQuery.day(bad, today: today) == nil, "\(bad)")
        }
    }

    @Test func theReasonAConversationEnded() throws {
        let nb = try notebook([
            "a.md": "---\ncontact: Ann\nattempts: [2026-10-01 email]\nstatus: declined\nreason: no time until January\n---\n",
            "b.md": "---\ncontact: Bo\nattempts: [2026-10-01 email]\nreason: a note to self\n---\n",
        ])
        let rows = try list({ $0.sort = .name }, notebook: nb).list.rows
        #expect(rows.map(\.reason) == ["no time until January", nil], "only a conversation that ended has a reason")
        #expect(Linter().run(nb).diagnostics.filter { $0.rule == "field-unknown" }.isEmpty)
    }

    @Test func logDeclinedWithANoteRecordsTheReason() throws {
        let note = "---\ncontact: Ann Lee\nattempts: [2026-10-01 email]\n---\nbody\n"
        let r = try NoteLog.apply(
            .init(event: .declined, note: "no time: back in January, she says"), to: note, path: "n.md",
            config: Config(), today: day("2026-11-22"))
        #expect(r.changes == ["status: declined", "reason: no time: back in January, she says"])
        let read = readNote(r.editor.text)
        #expect(read.problems.isEmpty && read.interview?.reason?.value == "no time: back in January, she says")
        // Another reason is not written over the first unless asked; then the line is changed, not doubled.
        #expect {
            try NoteLog.apply(.init(event: .dropped, note: "moved abroad"), to: r.editor.text, path: "n.md", config: Config(), today: day("2026-11-22"))
        } throws: { ($0 as? NoteLog.Failure)?.description.contains("n.md:5: the reason is already written") == true }
        var replace = NoteLog.Request(event: .dropped, note: "moved abroad")
        replace.replace = true
        let again = try NoteLog.apply(replace, to: r.editor.text, path: "n.md", config: Config(), today: day("2026-11-22"))
        #expect(again.changes == ["status: declined → dropped", "reason: no time: back in January, she says → moved abroad"])
    }

    @Test func csvCellsAreGuarded() throws {
        let nb = try notebook(["a.md": "---\ncontact: \"=HYPERLINK(\\\"http://x\\\")\"\ncompany: \"+1 Corp, Inc\"\nphone: +1 312 555 0100\n---\n"])
        let csv = try list(notebook: nb).csv()
        let row = csv.components(separatedBy: "\r\n")[1]
        #expect(row.hasPrefix("\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1 Corp, Inc\""))
        #expect(row.contains(",'+1 312 555 0100,"))
    }
}
