import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

@Suite struct WeekTests {
    @Test func isoWeekNames() throws {
        #expect(Week(containing: day("2026-11-20")).description == "2026-W47")
        #expect(Week(containing: day("2026-11-20")).start == day("2026-11-16"))
        #expect(Week(iso: "2026-W47")?.start == day("2026-11-16"))
        #expect(Week(iso: "2026-W01")?.start == day("2025-12-29"))  // ISO week 1 holds the year's first Thursday
        #expect(Week(iso: "2026-W53")?.start == day("2026-12-28"))  // 2026 has 53 weeks
        #expect(Week(iso: "2027-W53") == nil)
        #expect(Week(iso: "2026-W00") == nil && Week(iso: "2026-47") == nil && Week(iso: "W47") == nil)
        #expect(Week(containing: day("2027-01-01")).description == "2026-W53")
        // Weeks that start on Sunday keep the name of their Monday's ISO week.
        let sunday = Week(containing: day("2026-11-22"), startsOn: 7)
        #expect(sunday.start == day("2026-11-22") && sunday.end == day("2026-11-28") && sunday.description == "2026-W48")
        #expect(Week(iso: "2026-W48", startsOn: 7)?.start == day("2026-11-22"))
        #expect(Week(containing: day("2026-11-21"), startsOn: 7).start == day("2026-11-15"))
        #expect(Week(containing: day("2026-11-20")).previous.description == "2026-W46")
    }
}

@Suite struct WeekReportTests {
    let files = [
        "interviews/a.md": """
        ---
        contact: Ana Ruiz
        company: Acme
        attempts: [2026-11-03 email, 2026-11-09 email]
        replied: 2026-11-10
        date: 2026-11-17 10:00
        medium: video
        duration: 25
        thank_you: 2026-11-17
        introduced_by: Bo Chen
        ---
        ## Referrals
        - Cy Dee
        ## Actions
        - [x] Send the article ✅ 2026-11-18
        """,
        "interviews/b.md": "---\ncontact: Bo Chen\nattempts: [2026-11-16 linkedin]\n---\n",
        "interviews/c.md": "---\ncontact: Di Eng\ndate: 2026-11-24 09:00\n---\n## Questions\n- One?\n",
        "interviews/d.md": "---\ncontact: Ed Fox\n---\n",
        "interviews/p.md": "---\ncontact: Pat\npractice: true\ndate: 2026-11-18\nattempts: [2026-11-16 email]\n---\n",
    ]

    func report(today: String = "2026-11-20", week: String? = nil) throws -> WeekReport {
        let nb = try notebook(files, today: today)
        let w = week.flatMap { Week(iso: $0) } ?? Week(containing: nb.today)
        return WeekReport(week: w, notebook: nb, lint: Linter().run(nb))
    }

    @Test func numbersCountTheWeekAndTheWeekBefore() throws {
        let r = try report()
        let n = Dictionary(uniqueKeysWithValues: r.numbers.map { ($0.key, ($0.value, $0.previous, $0.change)) })
        #expect(r.week == "2026-W47" && r.previousWeek == "2026-W46")
        #expect(n["outreach"]! == (1, 1, 0))  // Bo on the 16th; Ana on the 9th (practice not counted)
        #expect(n["replies"]! == (0, 1, -1))
        #expect(n["meetings"]! == (1, 0, 1))
        #expect(n["thank_yous"]! == (1, 0, 1))
        #expect(n["referrals"]! == (1, 0, 1))
        #expect(n["actions_done"]! == (1, 0, 1))
        #expect(r.numbers.map(\.key) == ["outreach", "replies", "meetings", "thank_yous", "follow_ups", "referrals", "actions_done"])
    }

    @Test func meetingsComingUpAndNewPeople() throws {
        let r = try report()
        #expect(r.meetingsHeld.map(\.person) == ["Ana Ruiz"])
        #expect(r.meetingsHeld.first?.thankYou == day("2026-11-17") && r.meetingsHeld.first?.durationMinutes == 25)
        #expect(r.comingUp.map(\.person) == ["Di Eng"])
        #expect(r.comingUp.first?.research == false && r.comingUp.first?.questions == 1 && r.comingUp.first?.minQuestions == 3)
        #expect(r.newPeople.map(\.name) == ["Cy Dee"] && r.newPeople.first?.by == "Ana Ruiz")
        #expect(r.dueNow.allSatisfy { $0.due != nil && $0.due! <= day("2026-11-27") })
    }

    @Test func pipelineCountsPeopleByTheirLatestStatus() throws {
        let r = try report()
        let counts = Dictionary(uniqueKeysWithValues: r.pipeline.statuses.map { ($0.status, $0.people) })
        #expect(counts == ["prospect": 1, "contacted": 1, "scheduled": 1, "done": 1, "declined": 0, "dropped": 0])
        #expect(r.pipeline.inPlay == 2 && r.pipeline.activeTarget == 5)
        #expect(r.pipeline.addNext.map(\.name) == ["Cy Dee", "Ed Fox"])
        #expect(r.pipeline.addNext.map(\.source) == ["referral", "prospect"])
    }

    @Test func aPastWeekAndTheTrend() throws {
        let r = try report(week: "2026-W46")
        #expect(r.start == day("2026-11-09") && r.end == day("2026-11-15"))
        #expect(r.numbers.first { $0.key == "outreach" }?.value == 1)
        #expect(r.meetingsHeld.isEmpty)
        #expect(r.trend.count == 12)
        #expect(r.trend.last?.week == "2026-W46" && r.trend.first?.week == "2026-W35")
        #expect(r.trend.last?.outreach == 1 && r.trend.dropLast().last?.outreach == 1)  // 2026-11-09, 2026-11-03
    }

    @Test func healthComesFromTheLinter() throws {
        let r = try report()
        let lint = Linter().run(try notebook(files, today: "2026-11-20"))
        #expect(r.health.errors == lint.count(.error) && r.health.warnings == lint.count(.warning) && r.health.notes == lint.count(.note))
        #expect(r.health.files.map(\.path).allSatisfy { files[$0] != nil })
        #expect(r.health.topRules.count <= 5)
    }

    /// The page names the ten files with the most findings and counts the others.
    @Test func healthNamesTheWorstTenFiles() throws {
        var many: [String: String] = [:]
        for n in 0..<14 {
            // Note n has n + 1 findings-worthy attempts past the limit, so the order is known.
            let attempts = (0...(n + 3)).map { "2026-0\(1 + $0 / 28 % 9)-\(String(format: "%02d", 1 + $0 % 28)) email" }
            many["interviews/n\(String(format: "%02d", n)).md"] = "---\ncontact: P\(n)\nattempts: [\(attempts.joined(separator: ", "))]\n---\n"
        }
        let nb = try notebook(many, today: "2026-11-20")
        let r = WeekReport(week: Week(containing: nb.today), notebook: nb, lint: Linter().run(nb))
        #expect(r.health.filesWithFindings == 14)
        #expect(r.health.files.count == WeekReport.filesShown)
        let counts = r.health.files.map { $0.errors * 10_000 + $0.warnings * 100 + $0.notes }
        #expect(counts == counts.sorted(by: >))
        let page = try WeekPage(report: r, linkBase: "").markdown(templates: Templates(root: nil))
        #expect(page.contains("…and 4 more files with findings: `lantern lint` lists them all."))
    }

    /// The health section counts files run by run as the linter lists them (in path order); a
    /// result whose paths come back out of order (put together by hand) still counts each file
    /// once, its findings added to its first count, and rules likewise.
    @Test func healthCountsAFileMetAgainOnce() {
        func finding(_ path: String, _ rule: String, _ severity: Severity) -> Diagnostic {
            Diagnostic(path: path, line: 1, column: 1, severity: severity, rule: rule, message: "m", contact: nil)
        }
        let lint = LintResult(
            diagnostics: [
                finding("b.md", "r1", .warning), finding("c.md", "r2", .error), finding("a.md", "r1", .warning),
                finding("b.md", "r2", .error), finding("c.md", "r1", .note), finding("d.md", "r1", .warning),
            ], files: 4)
        let health = WeekReport.Health(lint: lint)
        #expect(health.filesWithFindings == 4)
        #expect(health.files.map(\.path) == ["b.md", "c.md", "a.md", "d.md"])
        #expect(health.files.map { [$0.errors, $0.warnings, $0.notes] } == [[1, 1, 0], [1, 0, 1], [0, 1, 0], [0, 1, 0]])
        #expect(health.topRules.map(\.rule) == ["r1", "r2"] && health.topRules.map(\.count) == [4, 2])
        #expect((health.errors, health.warnings, health.notes) == (2, 3, 1))
    }

    /// The funnel's names stand in a column of their own and each count just past its bar, so a
    /// stage of one among two hundred is as readable as the first (the bar itself still shows).
    @Test func funnelLabelsStayReadableBesideNarrowBars() throws {
        var many: [String: String] = ["interviews/met.md": "---\ncontact: Met Once\ndate: 2026-11-10\nstatus: done\n---\n"]
        for n in 0..<199 { many["interviews/p\(n).md"] = "---\ncontact: Person \(n)\nattempts: [2026-11-0\(1 + n % 9) email]\n---\n" }
        let nb = try notebook(many, today: "2026-11-20")
        let page = WeekPage(report: WeekReport(week: Week(containing: nb.today), notebook: nb, lint: Linter().run(nb)), linkBase: "")
        let view = page.pipelineView
        #expect(view.funnel.map(\.count) == [200, 200, 1, 1])
        let met = try #require(view.funnel.last)
        #expect(met.width >= 4 && met.width < 10)
        #expect(view.funnel.allSatisfy { $0.x == view.funnel[0].x && $0.countX == $0.x + $0.width + 8 })
        let html = try page.html(templates: Templates(root: nil))
        #expect(html.contains("text-anchor=\"end\">Met</text>"))
        #expect(html.contains("<text class=\"count\" x=\"\(met.countX)\" y=\"\(met.textY)\">1</text>"))
    }
}

@Suite struct IndexReportTests {
    /// 300 notes: more than the 64 runs the notes are read in, several to a run, so edges, tags
    /// and introducers repeat across runs. Each edge once, in the order first written; tags in
    /// path order; the first note naming an introducer; interviews newest first, then by path.
    @Test func aNotebookReadInManyRunsIsPutTogetherInPathOrder() throws {
        var files: [String: String] = [:]
        for k in 0..<300 {
            let contact = k % 2 == 0 ? "Ana Ruiz" : "Bo Chen"
            let date = k % 10 == 9 ? "" : "date: 2026-11-0\(1 + k % 3)\n"
            let name = "interviews/n\(String(1000 - k).leftPadded(to: 4))-\(k % 5).md"
            files[name] = "---\ncontact: \(contact)\nintroduced_by: Cy Dee\n\(date)tags: [Team, x\(k % 2)]\n---\n## Referrals\n- Di Eng\n"
        }
        let r = IndexReport(notebook: try notebook(files, today: "2026-11-20"))
        let paths = files.keys.sorted()
        #expect(
            r.network == [
                IndexReport.Introduction(from: "Cy Dee", to: "Bo Chen", kind: "introduced"),
                IndexReport.Introduction(from: "Bo Chen", to: "Di Eng", kind: "referred"),
                IndexReport.Introduction(from: "Cy Dee", to: "Ana Ruiz", kind: "introduced"),
                IndexReport.Introduction(from: "Ana Ruiz", to: "Di Eng", kind: "referred"),
            ])
        #expect(r.tags.map(\.tag) == ["Team", "x0", "x1"])
        #expect(r.tags.first?.notes.map(\.path) == paths)
        #expect(r.tags.first?.notes.first?.title == "Bo Chen")
        #expect(r.people.first { $0.name == "Cy Dee" }?.notes == [paths[0]])
        #expect(r.people.first { $0.name == "Di Eng" }?.notes == [paths[0]])
        let byDay = files.keys.sorted { a, b in
            let da = files[a]!.contains("date:") ? String(files[a]!.split(separator: "date: ")[1].prefix(10)) : ""
            let db = files[b]!.contains("date:") ? String(files[b]!.split(separator: "date: ")[1].prefix(10)) : ""
            if da != db { return da.isEmpty ? false : db.isEmpty ? true : da > db }
            return a < b
        }
        #expect(r.interviews.map(\.path) == byDay)
    }

    @Test func peopleCompaniesInterviewsNetworkAndTags() throws {
        let nb = try notebook(
            [
                "interviews/a.md":
                    "---\ncontact: Ana Ruiz\ncompany: Acme\ntitle: PM\ndate: 2026-11-10\nintroduced_by: Bo Chen\ntags: [edtech, pm]\n---\n## Referrals\n- Cy Dee\n",
                "interviews/b.md": "---\ncontact: Bo Chen\ncompany: acme\ndate: 2026-10-01\ntags: edtech\n---\n",
                "interviews/c.md": "---\ncontact: Di Eng\nattempts: [2026-11-02 email]\n---\n",
            ], today: "2026-11-20")
        let r = IndexReport(notebook: nb)
        #expect(r.people.map(\.name) == ["Ana Ruiz", "Bo Chen", "Cy Dee", "Di Eng"])
        let cy = try #require(r.people.first { $0.name == "Cy Dee" })
        #expect(!cy.hasNote && cy.notes == ["interviews/a.md"] && cy.status == nil && cy.introducedBy == "Ana Ruiz")
        #expect(r.people.first { $0.name == "Di Eng" }?.lastInteraction == day("2026-11-02"))
        #expect(r.people.first { $0.name == "Di Eng" }?.nextKind == "nudge")
        #expect(r.companies.map(\.name) == ["Acme"])  // "Acme" and "acme" are one company
        #expect(r.companies.first?.people.map(\.name) == ["Ana Ruiz", "Bo Chen"])
        #expect(r.interviews.map(\.path) == ["interviews/a.md", "interviews/b.md", "interviews/c.md"])  // newest first, undated last
        #expect(
            r.network == [
                IndexReport.Introduction(from: "Bo Chen", to: "Ana Ruiz", kind: "introduced"),
                IndexReport.Introduction(from: "Ana Ruiz", to: "Cy Dee", kind: "referred"),
            ])
        #expect(r.tags.map(\.tag) == ["edtech", "pm"])
        #expect(r.tags.first?.notes.map(\.path) == ["interviews/a.md", "interviews/b.md"])
        let page = IndexPage(report: r, linkBase: "")
        #expect(page.mermaid == "graph LR\n  p0[\"Bo Chen\"]\n  p1[\"Ana Ruiz\"]\n  p2[\"Cy Dee\"]\n  p0 --> p1\n  p1 -. referred .-> p2")
        #expect(page.dot.contains("  \"Bo Chen\" -> \"Ana Ruiz\";\n  \"Ana Ruiz\" -> \"Cy Dee\" [style=dashed, label=\"referred\"];"))
    }

    @Test func graphLabelsAreEscaped() {
        #expect(IndexPage.mermaidLabel("A \"B\" <script>&#") == "A #quot;B#quot; #lt;script#gt;#amp;#35;")
        #expect(IndexPage.dotString("say \"hi\"\\\n") == "\"say \\\"hi\\\"\\\\ \"")
    }

    @Test func safeLinks() {
        #expect(SafeLink.href("https://example.com/x?y") == "https://example.com/x?y")
        #expect(SafeLink.href("mailto:a@b.c") == "mailto:a@b.c")
        #expect(SafeLink.href("notes/a.md") == "notes/a.md")
        #expect(SafeLink.href("../a.md#x:y") == "../a.md#x:y")
        for bad in [
            "javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", " javascript:x", "data:text/html,<b>",
            "vbscript:x", "file:///etc/passwd", "//evil.example/x", "\\\\evil", "",
        ] {
            #expect(SafeLink.href(bad) == nil, "\(bad.debugDescription) must not become a link")
        }
        #expect(SafeLink.web("linkedin.com/in/x") == "https://linkedin.com/in/x")
    }
}
