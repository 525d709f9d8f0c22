import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Debian's Python, which has `icalendar` and `vobject` (python3-icalendar, python3-vobject; khal
/// and khard depend on them).
let systemPython = "/usr/bin/python3"

/// The path of a tool the tests need, or a failure that says how to install it.
func requireTool(_ path: String, package: String) throws -> String {
    try #require(FileManager.default.isExecutableFile(atPath: path), "\(path) is needed: apt-get install \(package) (make test installs it)")
    return path
}

/// Runs a Python snippet with Debian's Python; fails the test on a non-zero exit.
func python(_ code: String, input: String) throws -> String {
    let run = try runTool(try requireTool(systemPython, package: "python3"), ["-c", code], input: input)
    #expect(run.status == 0, "python failed: \(run.stderr)")
    return run.stdout
}

/// `lantern followups` and `lantern contacts` as a user runs them, with the real tools that read
/// their output: Python's icalendar and vobject, khal and khard.
@Suite(.serialized) struct ReportCommandTests {
    let today = "2026-11-20"

    func followups(_ extra: [String] = []) throws -> Run {
        try lantern(["followups", exampleNotebook, "--today", today] + extra)
    }

    // MARK: - followups

    @Test func goldenOutputsOnTheExampleNotebook() throws {
        for (format, file) in [("text", "example.txt"), ("md", "example.md"), ("json", "example.json"), ("ics", "example.ics")] {
            let run = try followups(["--format", format])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            try expectGolden(run.stdout, "followups/" + file)
        }
    }

    @Test func textIsColouredOnlyWhenAsked() throws {
        let piped = try followups()
        #expect(!piped.stdout.contains("\u{1B}["))
        #expect(piped.stdout.hasPrefix("Overdue ("))
        #expect(piped.stdout.contains("\nToday (1)\n  2026-11-20 Fri  thank-you "))
        let coloured = try followups(["--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[31m"))
        #expect(
            try lantern(["followups", exampleNotebook, "--today", today, "--color", "always"], environment: ["NO_COLOR": "1"]).stdout
                .contains("\u{1B}["))  // --color always wins over NO_COLOR
    }

    @Test func optionsNarrowTheList() throws {
        let week = try followups(["--within", "0", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(week.stdout.utf8)) as? [String: Any])["items"] as? [[String: Any]]
        #expect(items?.isEmpty == false)
        #expect(items?.allSatisfy { ($0["due"] as? String ?? "9999") <= today } == true)
        let jane = try followups(["--person", "jane", "--color", "never"])
        #expect(jane.stdout.contains("Jane Doe") && !jane.stdout.contains("Noah"))
        let kinds = try followups(["--kind", "nudge", "--kind", "drop"])
        #expect(kinds.stdout.contains("Nudge Kenji") && kinds.stdout.contains("Take Lena") && !kinds.stdout.contains("thank-you"))
        let nobody = try followups(["--person", "Nobody Atall"])
        #expect(nobody.status == 2 && nobody.stderr.contains("no person in the notebook matches \"Nobody Atall\""))
        let badKind = try followups(["--kind", "lunch"])
        #expect(badKind.status == 2 && badKind.stderr.contains("lunch"))
        #expect(try followups(["--within", "-1"]).status == 2)
        let empty = temporaryFolder()
        write(["lantern.yml": "", "a.md": "# just a note\n"], in: empty)
        let nothing = try lantern(["followups", empty, "--today", today])
        #expect(nothing.status == 0 && nothing.stdout == "Nothing to do: every conversation is up to date.\n")
    }

    @Test func pythonIcalendarParsesTheCalendar() throws {
        let ics = try followups(["--format", "ics"]).stdout
        let json = try followups(["--format", "json"]).stdout
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])["items"] as! [[String: Any]]
        let dated = items.filter { $0["due"] is String }
        let parsed = try python(
            """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            from zoneinfo import ZoneInfo
            for e in cal.walk('VEVENT'):
                start = e.decoded('DTSTART')
                if 'DURATION' in e:  # a meeting at its time, in the notebook's zone
                    assert str(e['CATEGORIES'].cats[0]) == 'meeting' and e.decoded('DURATION').total_seconds() > 0
                    start = start.astimezone(ZoneInfo('America/Chicago')).date()
                else:
                    end = e.decoded('DTEND')
                    assert type(start).__name__ == 'date' and (end - start).days == 1, 'not an all-day event'
                print(start.isoformat() + '\\t' + str(e['SUMMARY']) + '\\t' + str(e['UID']))
            """, input: ics)
        let rows = parsed.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == dated.count)
        #expect(rows.map { $0[0] } == dated.map { $0["due"] as! String })
        #expect(rows.map { $0[1] } == dated.map { $0["text"] as! String })
        #expect(Set(rows.map { $0[2] }).count == rows.count, "UIDs must be unique")
        // The same notebook a day later: the same UIDs.
        let tomorrow = try lantern(["followups", exampleNotebook, "--today", "2026-11-21", "--format", "ics"]).stdout
        let uids = { (text: String) in Set(text.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }) }
        #expect(uids(ics) == uids(tomorrow))
    }

    /// khal with a configuration of its own in `root` (`khal.conf`): one calendar, `lantern`, in
    /// `root/calendar`, and the environment it runs in.
    struct Khal {
        let program: String
        let root: String
        let environment: [String: String]

        init(in root: String, timeZone: String) throws {
            program = try requireTool("/usr/bin/khal", package: "khal")
            self.root = root
            environment = ProcessInfo.processInfo.environment.merging(["HOME": root, "LANG": "C.UTF-8", "TZ": timeZone]) { $1 }
            try FileManager.default.createDirectory(atPath: root + "/calendar", withIntermediateDirectories: true)
            write(
                [
                    "khal.conf": """
                    [calendars]
                    [[lantern]]
                    path = \(root)/calendar
                    type = calendar
                    [locale]
                    timeformat = %H:%M
                    dateformat = %Y-%m-%d
                    longdateformat = %Y-%m-%d
                    datetimeformat = %Y-%m-%d %H:%M
                    longdatetimeformat = %Y-%m-%d %H:%M
                    [sqlite]
                    path = \(root)/khal.db
                    """
                ], in: root)
        }

        /// Imports a calendar's events into `lantern` (an event already there is updated).
        func importCalendar(_ ics: String) throws {
            try Data(ics.utf8).write(to: URL(fileURLWithPath: root + "/followups.ics"))
            let imported = try runTool(
                program, ["-c", root + "/khal.conf", "import", "--batch", "-a", "lantern", root + "/followups.ics"],
                environment: environment)
            #expect(imported.status == 0, "khal import: \(imported.stderr)")
        }

        /// The events from `start` to `end` as khal lists them, a line each in `format`.
        func list(_ format: String, from start: String, to end: String) throws -> [String] {
            let listed = try runTool(
                program, ["-c", root + "/khal.conf", "list", "--format", format, "--day-format", "", start, end],
                environment: environment)
            #expect(listed.status == 0, "khal list: \(listed.stderr)")
            return listed.stdout.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
    }

    @Test func khalImportsTheCalendarOnTheRightDays() throws {
        let khal = try Khal(in: temporaryFolder(), timeZone: "UTC")
        let ics = try followups(["--format", "ics"]).stdout
        for _ in 0..<2 { try khal.importCalendar(ics) }  // importing twice updates the events instead of doubling them
        let lines = Set(try khal.list("{start-date}|{title}", from: "2026-09-01", to: "2027-03-01"))
        let json = try followups(["--format", "json"]).stdout
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])["items"] as! [[String: Any]]
        let expected = Set(items.compactMap { item in (item["due"] as? String).map { "\($0)|\(item["text"] as! String)" } })
        #expect(lines == expected)
        #expect(lines.contains("2026-11-20|Send a thank-you note to Jane Doe (met 2026-11-19)"))
        let files = try FileManager.default.contentsOfDirectory(atPath: khal.root + "/calendar")
        #expect(files.count == expected.count)
    }

    /// A meeting three weeks out is a timed event in the calendar (the list shows only the coming
    /// week), at its own time and length, and moving a task's date updates its event.
    @Test func khalShowsATimedMeetingThreeWeeksOut() throws {
        let root = temporaryFolder()
        let khal = try Khal(in: root, timeZone: "Europe/Berlin")
        let note = { (due: String) in
            "---\ncontact: Ines Berg\nstatus: scheduled\ndate: 2026-12-14 10:30\nduration: 45 min\n---\n## Action items\n- [ ] Send the deck 📅 \(due)\n- [ ] Send the deck 📅 2026-12-20\n"
        }
        write(["notebook/lantern.yml": "timezone: Europe/Berlin\n", "notebook/interviews/ines.md": note("2026-12-01")], in: root)
        let list = try lantern(["followups", root + "/notebook", "--today", "2026-11-23", "--format", "json"])
        #expect(!list.stdout.contains("\"meeting\""), "the list shows the coming week's meetings only")
        for due in ["2026-12-01", "2026-12-03"] {
            write(["notebook/interviews/ines.md": note(due)], in: root)
            let ics = try lantern(["followups", root + "/notebook", "--today", "2026-11-23", "--format", "ics"])
            #expect(ics.stdout.contains("DTSTART:20261214T093000Z\r\nDURATION:PT45M\r\n"), "\(ics.stdout)")
            try khal.importCalendar(ics.stdout)
        }
        let lines = try khal.list("{start}|{end}|{title}", from: "2026-11-01", to: "2027-01-31")
        #expect(lines.contains("2026-12-14 10:30|2026-12-14 11:15|Meet Ines Berg on 2026-12-14 at 10:30"), "\(lines)")
        // Two tasks with the same words are two events; moving one's date moved its event.
        #expect(lines.filter { $0.hasSuffix("|Send the deck") }.count == 2, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("2026-12-03") && $0.hasSuffix("|Send the deck") })
        #expect(!lines.contains { $0.hasPrefix("2026-12-01") })
    }

    // MARK: - contacts

    @Test func vobjectParsesEveryCard() throws {
        let vcf = try lantern(["contacts", exampleNotebook, "--today", today, "--format", "vcf"])
        #expect(vcf.status == 0)
        try expectGolden(vcf.stdout, "contacts/example.vcf")
        let parsed = try python(
            """
            import sys, vobject
            for card in vobject.readComponents(sys.stdin.read()):
                assert card.version.value == '4.0'
                emails = ','.join(e.value for e in card.contents.get('email', []))
                org = ';'.join(card.org.value) if 'org' in card.contents else ''
                title = card.title.value if 'title' in card.contents else ''
                print('\\t'.join([card.fn.value, card.n.value.family, card.n.value.given, org, title, emails]))
            """, input: vcf.stdout)
        let rows = parsed.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let nb = try loadExample(today: today)
        #expect(rows.count == nb.people.count)
        let chen = try #require(rows.first { $0[0] == "Chen Wei" })
        #expect(chen == ["Chen Wei", "Wei", "Chen", "Kahoot!", "Product Manager, Growth", "chen.wei@kahoot.example"])
        #expect(rows.contains { $0[0] == "Tomás Álvarez" })
        // Referrals without a note are there too.
        #expect(rows.contains { $0[0] == "Dev Patel" && $0[5] == "dev.patel@northwind.example" })
    }

    @Test func vobjectReadsWholeURLsPhonesAndVersion5UIDs() throws {
        let root = temporaryFolder()
        write(
            [
                "lantern.yml": "",
                "interviews/ana.md": """
                ---
                contact: Ana Ruiz
                url: "https://maps.example/place/41.88,-87.63"
                date: 2026-11-10
                ---
                ## Referrals
                - Bo Chen (+1 312 555 0147)
                """,
            ], in: root)
        let vcf = try lantern(["contacts", root, "--today", today, "--format", "vcf"])
        #expect(vcf.status == 0, "\(vcf.stderr)")
        let parsed = try python(
            """
            import sys, uuid, vobject
            for card in vobject.readComponents(sys.stdin.read()):
                uid = uuid.UUID(card.uid.value.removeprefix('urn:uuid:'))
                assert uid.version == 5 and uid.variant == uuid.RFC_4122, uid
                urls = ' '.join(u.value for u in card.contents.get('url', []))
                tels = ' '.join(t.value for t in card.contents.get('tel', []))
                print(card.fn.value + '|' + urls + '|' + tels)
            """, input: vcf.stdout)
        let rows = Set(parsed.split(separator: "\n").map(String.init))
        #expect(rows == ["Ana Ruiz|https://maps.example/place/41.88,-87.63|", "Bo Chen||+1 312 555 0147"])
        // Again: the same UIDs.
        let again = try lantern(["contacts", root, "--today", "2026-12-01", "--format", "vcf"]).stdout
        let uids = { (text: String) in text.split(separator: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(again) == uids(vcf.stdout))
    }

    @Test func khardReadsTheAddressBook() throws {
        let khard = try requireTool("/usr/bin/khard", package: "khard")
        let root = temporaryFolder()
        let vcf = try lantern(["contacts", exampleNotebook, "--today", today]).stdout
        // An address book is a folder of one-card files (as vdirsyncer keeps them).
        let cards = vcf.components(separatedBy: "BEGIN:VCARD\r\n").dropFirst().map { "BEGIN:VCARD\r\n" + $0 }
        write(Dictionary(uniqueKeysWithValues: cards.enumerated().map { ("book/\($0.offset).vcf", $0.element) }), in: root)
        write(
            [
                "khard.conf": """
                [addressbooks]
                [[lantern]]
                path = \(root)/book
                [general]
                editor = /bin/true
                merge_editor = /bin/true
                [vcard]
                preferred_version = 4.0
                """
            ], in: root)
        let env = ProcessInfo.processInfo.environment.merging(["HOME": root, "LANG": "C.UTF-8"]) { $1 }
        let list = try runTool(khard, ["-c", root + "/khard.conf", "list", "--parsable"], environment: env)
        #expect(list.status == 0, "khard list: \(list.stderr)")
        let names = list.stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").dropFirst().first.map(String.init) }
        let nb = try loadExample(today: today)
        #expect(Set(names) == Set(nb.people.map(\.name)))
        let emails = try runTool(khard, ["-c", root + "/khard.conf", "email", "--parsable", "Priya"], environment: env)
        #expect(emails.stdout.contains("priya@lumenlabs.example"))
        let show = try runTool(khard, ["-c", root + "/khard.conf", "show", "Chen Wei"], environment: env)
        #expect(show.stdout.contains("Organisation: Kahoot!") && show.stdout.contains("Introduced by Tomás Álvarez"))
    }

    @Test func csvIsGuardedAgainstFormulas() throws {
        let root = temporaryFolder()
        write(
            [
                "lantern.yml": "",
                "interviews/x.md": """
                ---
                contact: "Mallory, Esq."
                title: '=HYPERLINK("http://x","y")'
                company: "+1 Corp"
                email: mallory@example.com
                phone: "+1 555 0100"
                ---
                """,
            ], in: root)
        let csv = try lantern(["contacts", root, "--today", today, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("name,title,company,emails,phones,urls,status,introduced_by,roles,tags,notes\r\n"))
        #expect(csv.stdout.contains("\"Mallory, Esq.\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1 Corp,mallory@example.com,'+1 555 0100,"))
        let rows = try python(
            """
            import sys, csv, io
            rows = list(csv.reader(io.StringIO(sys.stdin.read(), newline='')))
            assert rows[0][0] == 'name' and len(rows) == 2, rows
            print(rows[1][1])
            """, input: csv.stdout)
        #expect(rows == "'=HYPERLINK(\"http://x\",\"y\")\n")
    }

    @Test func contactsJSON() throws {
        let out = try lantern(["contacts", exampleNotebook, "--today", today, "--format", "json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "today", "people"])
        let people = try #require(object["people"] as? [[String: Any]])
        let maria = try #require(people.first { $0["name"] as? String == "María González" })
        #expect(
            maria["notes"] as? [String] == [
                "people/maria-gonzalez.md", "interviews/2026-09-15-maria-gonzalez.md",
                "interviews/2026-11-18-maria-gonzalez-coffee.md",
            ])
        #expect(maria["status"] as? String == "done")
        let dev = try #require(people.first { $0["name"] as? String == "Dev Patel" })
        #expect(dev["introduced_by"] as? String == "María González")
        #expect(dev["status"] == nil && dev["roles"] as? [String] == ["referral"])  // no note yet: no status
    }
}
