import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

@Suite struct IdentityTests {
    @Test func namesFoldToOneKey() {
        #expect(Identity.key("José  Núñez") == Identity.key("jose nunez"))
        #expect(Identity.key("Jose\u{0301} Nu\u{0303}n\u{0303}ez") == "jose nunez")  // decomposed accents
        #expect(Identity.key("[[Jane Doe]]") == "jane doe")
        #expect(Identity.key("Zoë") != Identity.key("Zoe Smith"))
    }

    /// The byte-wise key of ASCII names is the one Foundation's folding gives.
    @Test func asciiKeysMatchTheFoldedKeys() {
        var random = SeededRandom(state: 5)
        let pieces = ["Jane", "DOE", "o'Brien", " ", "  ", "\t", "\r\n", "\n", "\u{0B}", "\u{0C}", "-", "K", "x.y", "ß", "é", "Ǆ", "\u{00A0}", "\u{2003}"]
        for _ in 0..<3000 {
            let name = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            let slow = name.precomposedStringWithCompatibilityMapping
                .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                .split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
            if let fast = Identity.asciiKey(name) {
                #expect(fast == slow, "\(name.debugDescription)")
            } else {
                #expect(name.utf8.contains { $0 >= 0x80 })
            }
            #expect(Identity.key(name) == slow)
        }
    }

    @Test func slugs() {
        #expect(Identity.slug("José Núñez") == "jose-nunez")
        #expect(Identity.slug("Sam O'Connor") == "sam-o-connor")
        #expect(Identity.slug("../../etc/passwd") == "etc-passwd")
        #expect(Identity.slug("   ") == "")
    }
}

@Suite struct NotebookTests {
    func notebook(_ files: [String: String], config: String? = nil, today: String = "2026-11-22") throws -> Notebook {
        let root = temporaryFolder()
        write(files, in: root)
        if let config { write(["lantern.yml": config], in: root) }
        return try Loader.load(NotebookLocation.find(paths: [root], configFile: nil), today: day(today))
    }

    @Test func peopleMergeByIdentityAliasAndCardFile() throws {
        let nb = try notebook([
            "people/jane-doe.md": "---\ntype: person\nname: Jane Doe\naliases: [Janie]\n---\n",
            "a.md": "---\ncontact: \"[[jane-doe]]\"\nemail: jane@x.example\n---\n",
            "b.md": "---\ncontact: JANE  DOE\nintroduced_by: Sam Lee\n---\n## Referrals\n- [[Bo Chen]]\n",
            "c.md": "---\ncontact: Janie\ndate: 2026-11-01\n---\n## Referrals\n- Sam Lee, again\n",
        ])
        #expect(nb.people.map(\.name) == ["Bo Chen", "Jane Doe", "Sam Lee"])
        let jane = try #require(nb.person(named: "jane doe"))
        #expect(jane.interviews == ["a.md", "b.md", "c.md"])
        #expect(jane.card == "people/jane-doe.md")
        #expect(jane.emails == ["jane@x.example"])
        #expect(jane.introducedBy == "Sam Lee")
        #expect(nb.person(named: "Bo Chen")?.introducedBy == "Jane Doe")
        #expect(nb.person(named: "sam lee")?.roles == ["introducer", "referral"])
    }

    /// One person named in hundreds of notes (their own notes, cards and referral mentions)
    /// gathers each email, phone, link, tag and alias once, in the order the notes give them
    /// (cards first, then interview notes by path, then referrals by path); the exports show
    /// the same lists.
    @Test func aPersonsValuesAreGatheredOnceInFirstSeenOrder() throws {
        var files: [String: String] = [:]
        for k in 0..<300 {
            let name = k % 2 == 0 ? "Jane Doe" : "jane doe"
            files["interviews/i\(String(format: "%03d", k)).md"] = """
                ---
                contact: \(name)
                email: \(k % 3 == 0 ? "jane@a.example" : "jane@b.example")
                linkedin: https://www.linkedin.com/in/jane-\(k % 150)
                tags: [t\(k % 7), shared]
                ---
                ## Referrals
                - Sam Lee: sam@\(k % 4).example, +1 312 555 01\(k % 5)0

                """
        }
        files["people/jane-doe.md"] =
            "---\ntype: person\nname: Jane Doe\naliases: [Janie, J. Doe, Janie]\nemail: jane@card.example\nphone: +1 312 555 0199\n---\n"
        files["people/jd.md"] = "---\ntype: person\nname: Jane Doe\naliases: [JD, J. Doe]\nemail: jane@b.example\n---\n"
        let nb = try notebook(files)
        let jane = try #require(nb.person(named: "jane doe"))
        #expect(jane.interviews.count == 300)
        #expect(jane.aliases.elements == ["Janie", "J. Doe", "JD"])
        #expect(jane.emails.elements == ["jane@card.example", "jane@b.example", "jane@a.example"])
        #expect(jane.phones.elements == ["+1 312 555 0199"])
        #expect(jane.urls.elements == (0..<150).map { "https://www.linkedin.com/in/jane-\($0)" })
        #expect(jane.tags.elements == ["t0", "shared", "t1", "t2", "t3", "t4", "t5", "t6"])
        let sam = try #require(nb.person(named: "Sam Lee"))
        #expect(sam.referredIn.count == 300)
        #expect(sam.emails.elements == ["sam@0.example", "sam@1.example", "sam@2.example", "sam@3.example"])
        #expect(sam.phones.elements == ["+1 312 555 0100", "+1 312 555 0110", "+1 312 555 0120", "+1 312 555 0130", "+1 312 555 0140"])
        #expect(sam.roles == ["referral"])

        // As JSON arrays, in the same order (`lantern export`, `lantern contacts`).
        let encoded = try JSONEncoder().encode(jane)
        let json = try #require(JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(json["emails"] as? [String] == ["jane@card.example", "jane@b.example", "jane@a.example"])
        #expect(json["aliases"] as? [String] == ["Janie", "J. Doe", "JD"])
        let contact = try #require(Contacts.all(in: nb).first { $0.id == jane.id })
        #expect(contact.urls == jane.urls.elements && contact.tags == jane.tags.elements && contact.phones == ["+1 312 555 0199"])
    }

    @Test func discoveryExclusions() throws {
        let nb = try notebook(
            [
                "a.md": "# A\n",
                "b.markdown": "# B\n",
                "notes.txt": "not markdown\n",
                ".hidden.md": "# hidden\n",
                ".obsidian/x.md": "# hidden folder\n",
                "templates/interview.md": "---\ncontact: {{name}}\n---\n",
                "reports/2026-W47.md": "# generated\n",
                "INDEX.md": "<!-- generated by lantern 0.1.0 -->\n# Index\n",
                "archive/old.md": "# old\n",
                "drafts/x.draft.md": "# draft\n",
                "sub/c.md": "# C\n",
            ], config: "ignore: [\"archive/**\", \"*.draft.md\"]\n")
        #expect(nb.notes.map(\.path) == ["a.md", "b.markdown", "sub/c.md"])
    }

    @Test func customReportsFolderIsExcluded() throws {
        let nb = try notebook(["out/week.md": "# w\n", "reports/r.md": "# r\n"], config: "reports: out\n")
        #expect(nb.notes.map(\.path) == ["reports/r.md"])
    }

    @Test func symlinkedFilesAreReadFoldersAreNot() throws {
        let root = temporaryFolder()
        write(["real/a.md": "# A\n", "outside.md": "# O\n"], in: root)
        try FileManager.default.createSymbolicLink(atPath: root + "/linked-folder", withDestinationPath: root + "/real")
        try FileManager.default.createSymbolicLink(atPath: root + "/real/loop", withDestinationPath: root + "/real")
        let elsewhere = temporaryFolder()
        write(["shared.md": "# Shared\n"], in: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: root + "/link.md", withDestinationPath: elsewhere + "/shared.md")
        let nb = try Loader.load(NotebookLocation.find(paths: [root], configFile: nil), today: day("2026-11-22"))
        #expect(nb.notes.map(\.path) == ["link.md", "outside.md", "real/a.md"])
    }

    /// A symlink to a note of the notebook is the same note: it is read once, so its person does
    /// not conflict with themselves nor have two open pipeline notes.
    @Test func aLinkToANoteInsideIsReadOnce() throws {
        let root = temporaryFolder()
        write(["interviews/jane.md": "---\ncontact: Jane Doe\nemail: jane@example.com\nstatus: contacted\n---\n"], in: root)
        try FileManager.default.createSymbolicLink(atPath: root + "/jane-link.md", withDestinationPath: root + "/interviews/jane.md")
        try FileManager.default.createSymbolicLink(atPath: root + "/again.md", withDestinationPath: "interviews/jane.md")
        let nb = try Loader.load(NotebookLocation.find(paths: [root], configFile: nil), today: day("2026-11-22"))
        #expect(nb.notes.map(\.path) == ["interviews/jane.md"])
        #expect(Linter().run(nb).diagnostics.isEmpty)
    }

    @Test func oneBadNoteDoesNotStopTheOthers() throws {
        let root = temporaryFolder()
        write(["good.md": "---\ncontact: Jane\n---\n", "bad.md": "---\ncontact: [\n---\n"], in: root)
        try Data([0x23, 0x20, 0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: root + "/binary.md"))
        let nb = try Loader.load(NotebookLocation.find(paths: [root], configFile: nil), today: day("2026-11-22"))
        #expect(nb.notes.map(\.path) == ["bad.md", "binary.md", "good.md"])
        #expect(nb.notes[0].problems.map(\.rule) == ["front-matter-invalid"])
        #expect(nb.notes[1].problems.map(\.rule) == ["file-unreadable"])
        #expect(nb.notes[2].interview?.contact?.value == "Jane")
    }

    @Test func rootIsFoundWalkingUp() throws {
        let root = temporaryFolder()
        write(["lantern.yml": "max_attempts: 4\n", "interviews/a.md": "# A\n"], in: root)
        let location = try NotebookLocation.find(paths: [root + "/interviews/a.md"], configFile: nil)
        #expect(location.root == NotebookLocation.standardize(root))
        #expect(location.files == ["interviews/a.md"])
        #expect(try location.loadConfig().maxAttempts == 4)
    }

    @Test func missingPathIsAnError() {
        #expect(throws: LoadError.self) { try NotebookLocation.find(paths: ["/no/such/notebook"], configFile: nil) }
    }

    @Test func eventsAreDated() throws {
        let nb = try notebook([
            "a.md": """
            ---
            contact: Jane
            attempts: [2026-11-01 email]
            replied: 2026-11-02
            date: 2026-11-10
            thank_you: 2026-11-10
            follow_ups: [2026-11-20]
            ---
            ## Referrals
            - Sam Lee
            ## Action items
            - [x] Read the blog ✅ 2026-11-12
            """
        ])
        #expect(
            nb.events.map { "\($0.day) \($0.kind.rawValue) \($0.person)" } == [
                "2026-11-01 attempt Jane", "2026-11-02 reply Jane", "2026-11-10 meeting Jane",
                "2026-11-10 thank-you Jane", "2026-11-10 referral-given Sam Lee", "2026-11-12 task-done Jane",
                "2026-11-20 follow-up Jane",
            ])
    }

    @Test func lookupByNameOrPath() throws {
        let nb = try notebook([
            "a.md": "---\ncontact: José Núñez\n---\n",
            "b.md": "---\ncontact: Jane Doe\n---\n",
            "c.md": "---\ncontact: Jane Roe\n---\n",
        ])
        #expect(try NoteFinder.find("jose", for: .current, in: nb).get().path == "a.md")
        #expect(try NoteFinder.find("JOSÉ NÚÑEZ", for: .current, in: nb).get().path == "a.md")
        #expect(try NoteFinder.find("b.md", for: .current, in: nb).get().path == "b.md")
        #expect(try NoteFinder.find("roe", for: .current, in: nb).get().path == "c.md")
        guard case .failure(.people(_, let candidates)) = NoteFinder.find("jane", for: .current, in: nb) else {
            Issue.record("jane should be ambiguous")
            return
        }
        // Each candidate is given as what to type for that person alone.
        #expect(candidates.map(\.query) == ["doe", "roe"])
    }
}

@Suite struct ConfigTests {
    @Test func everyKey() throws {
        let c = try Config.parse(
            """
            timezone: Europe/Berlin
            week_start: sunday
            thank_you_within: 2
            follow_up_after: 30
            nudge_after: 5
            max_attempts: 4
            max_duration: 45
            min_questions: 2
            prep_window: 3
            active_target: 6
            reports: out/
            ignore: ["archive/**"]
            extra_fields: [Salary-Band]
            sections:
              referrals: ["Leads"]
            rules:
              referrals-missing: off
              duration-too-long: error
            """, displayPath: "lantern.yml")
        #expect(c.timeZone.identifier == "Europe/Berlin")
        #expect(c.weekStart == 7)
        #expect((c.thankYouWithin, c.followUpAfter, c.nudgeAfter, c.maxAttempts) == (2, 30, 5, 4))
        #expect((c.maxDuration, c.minQuestions, c.prepWindow, c.activeTarget) == (45, 2, 3, 6))
        #expect(c.reports == "out")
        #expect(c.extraFields == ["salary_band"])
        #expect(c.sectionKind(forHeading: "Leads") == .referrals)
        #expect(c.rules["referrals-missing"] == .off)
        #expect(c.rules["duration-too-long"] == .on(.error))
    }

    @Test(arguments: [
        ("max_attempts: 3\nnudge_aftr: 7\n", 2, "did you mean nudge_after"),
        ("max_attempts: three\n", 1, "whole number"),
        ("timezone: Mars/Olympus\n", 1, "time zone"),
        ("rules:\n  thank-you-mising: off\n", 2, "did you mean thank-you-missing"),
        ("rules:\n  job-ask: loud\n", 2, "off, note, warning or error"),
        ("week_start: friday\n", 1, "monday or sunday"),
        ("reports: ../outside\n", 1, "inside the notebook"),
        ("ignore: {a: b}\n", 1, "list"),
        ("max_attempts: 3\nmax_attempts: 4\n", 2, "duplicate key"),
        ("- a\n- b\n", 1, "map of settings"),
        ("key: [unclosed\n", 2, "invalid YAML"),
    ])
    func errorsNameTheLine(_ text: String, _ line: Int, _ words: String) {
        do {
            _ = try Config.parse(text, displayPath: "lantern.yml")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.location.line == line)
            #expect(error.message.contains(words), "\(error.message)")
            #expect(error.description.hasPrefix("lantern.yml:\(line):"))
        }
    }
}
