import Testing
@testable import LanternKit
import LanternTestSupport

@Suite struct BodyTests {
    @Test func sectionsByNameAndAlias() {
        let note = readNote(
            """
            # Jane
            ## Company research
            Acme makes anvils.
            ## My Questions:
            1. First?
            2. Second?
               - a nested detail
            ### About the team
            - Third?
            ## What I learned
            ## Who else
            ## Next steps
            ## Draft
            ## Random heading
            """)
        let kinds = note.body.sections.map { $0.kind?.rawValue ?? "-" }
        #expect(kinds == ["-", "research", "questions", "-", "notes", "referrals", "actions", "outreach", "-"])
        #expect(note.body.hasResearch)
        // Top-level items of the questions section, subsections included; nested details are not questions.
        #expect(note.body.questions.map(\.text) == ["First?", "Second?", "Third?"])
        #expect(note.body.questions.map(\.location.line) == [5, 6, 9])
    }

    @Test func notebookSectionNames() throws {
        let config = try Config.parse("sections:\n  referrals: [Leads]\n", displayPath: "lantern.yml")
        let note = readNote("## Leads\n- Sam Lee\n", config: config)
        #expect(note.body.referrals.map(\.name) == ["Sam Lee"])
    }

    @Test func researchWithOnlyACommentIsEmpty() {
        let note = readNote("## Research\n\n<!-- notes go here -->\n\n## Questions\n- Why?\n")
        #expect(!note.body.hasResearch)
        #expect(note.body.section(.research) != nil)
    }

    @Test func researchSubheadingTextCounts() {
        #expect(readNote("## Research\n### Company\nFounded 1990.\n").body.hasResearch)
        #expect(!readNote("## Research\n### Company\n## Questions\n").body.hasResearch)
    }

    @Test func tasksWithEveryDateMarker() {
        let note = readNote(
            """
            - [ ] Send case study 📅 2026-11-25
            - [ ] Read post 🗓️ 2026-11-26
            - [ ] Read other post 🗓 2026-11-27
            - [ ] Call [due:: 2026-11-28]
            - [ ] Email due:: 2026-11-29
            - [ ] Prep @due(2026-11-30)
            - [x] Thank-you note ✅ 2026-11-20
            - [X] Slides [completion:: 2026-11-21]
            - [x] Deck done:: 2026-11-22
            - [x] Memo @done(2026-11-23)
            - [ ] Practice ⏳ 2026-11-24
            - [ ] Practice again [scheduled:: 2026-11-25]
              - [ ] nested subtask
            - not a task
            - [] not a task either
            """)
        let t = note.body.tasks
        #expect(t.count == 13)
        #expect(t.prefix(6).map { $0.due?.description } == ["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"])
        #expect(t[6..<10].map { $0.done?.description } == ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"])
        #expect(t[6..<10].allSatisfy { $0.isDone })
        #expect(t[10..<12].map { $0.scheduled?.description } == ["2026-11-24", "2026-11-25"])
        #expect(t.map(\.text).prefix(7) == ["Send case study", "Read post", "Read other post", "Call", "Email", "Prep", "Thank-you note"])
        #expect(t[12].text == "nested subtask")
        #expect(t.map(\.location.line) == Array(1...13))
        #expect(note.problems.isEmpty)
    }

    @Test func badTaskDates() {
        let note = readNote("- [ ] Call 📅 2026-02-30\n- [ ] Write @due(friday)\n- [ ] Ok 📅 2026-11-20\n")
        #expect(note.problems.map { "\($0.rule)@\($0.location.line)" } == ["task-date-invalid@1", "task-date-invalid@2"])
        #expect(note.problems[0].message.contains("2026-02-30"))
    }

    @Test func thankYouAndFollowUpFromTasks() {
        let i = interview(
            """
            ---
            contact: Jane
            date: 2026-11-19
            ---
            - [x] Thanked Jane by email
            - [x] Follow up with the article ✅ 2027-01-15
            - [x] Check in about the offsite
            - [ ] Send thank-you note ✅ 2026-11-20
            """)
        #expect(i.thankYous.map { "\($0.day)@\($0.location.line)" } == ["2026-11-19@5"])  // meeting day when undated
        #expect(i.followUps.map(\.day.description) == ["2027-01-15"])  // a follow-up needs a done date
    }

    @Test func referrals() {
        let note = readNote(
            """
            ## Referrals
            - [[Sam Lee]] — PM at Acme, sam@acme.example
            - Ana Ruiz (design) <ana@ruiz.example>
            - Bo Chen, data lead
            - Cy Dorn at Globex: https://globex.example/cy
            - Di Eve - recruiter, +1 (312) 555-0199
            - [Fay Gil](mailto:fay@gil.example): ex-teacher
              - nested detail with gus@example.com is kept
            - none
            """)
        let r = note.body.referrals
        #expect(r.map(\.name) == ["Sam Lee", "Ana Ruiz", "Bo Chen", "Cy Dorn", "Di Eve", "Fay Gil"])
        #expect(r[0].isWikilink && r[0].emails == ["sam@acme.example"])
        #expect(r[1].emails == ["ana@ruiz.example"])
        #expect(r[3].urls == ["https://globex.example/cy"])
        #expect(r[4].phones == ["+1 (312) 555-0199"])
        #expect(r[5].emails == ["fay@gil.example", "gus@example.com"])
        #expect(r.map(\.location.line) == [2, 3, 4, 5, 6, 7])
    }

    @Test func aPhoneInParenthesesLeavesThemOut() {
        let note = readNote(
            """
            ## Referrals
            - Ana Ruiz (+1 312 555 0147)
            - Bo Chen (312 555 0147), data lead
            - Cy Dorn, (312) 555-0199
            - Di Eve: call (020 7946 0958
            """)
        #expect(note.body.referrals.map(\.phones) == [["+1 312 555 0147"], ["312 555 0147"], ["(312) 555-0199"], ["020 7946 0958"]])
    }

    @Test func referralsSectionSayingNone() {
        let note = readNote("## Referrals\n\nNone — she had nobody in mind.\n\n- Nobody new for now\n")
        #expect(note.body.referrals.isEmpty)
        #expect(note.body.section(.referrals) != nil)
    }

    @Test func wikilinkMentionsAcrossTextNodes() {
        let note = readNote("Met [[Jane Doe]] and [[sam-lee|Sam]]\nthen [[Bo#Notes]] and *[[Cy]]*.\n\n`[[not a link]]` [[]]\n")
        #expect(note.body.mentions.map(\.target) == ["Jane Doe", "sam-lee", "Bo", "Cy", "not a link"])
        #expect(note.body.mentions.map(\.location.line) == [1, 1, 2, 2, 4])
    }

    @Test func inlineDisables() {
        let note = readNote("Text\n\n<!-- lantern-disable job-ask referrals-missing -->\n\nMore <!-- lantern-disable --> here\n<!-- other comment -->\n")
        #expect(note.body.disables.map(\.rules) == [["job-ask", "referrals-missing"], []])
        #expect(note.body.disables.map(\.location.line) == [3, 5])
        #expect(note.disabledRules == ["job-ask", "referrals-missing", "*"])
    }

    @Test func outreachLinesKeepTheirLineNumbers() {
        let note = readNote("---\ncontact: J\n---\n## Outreach\n\nHi Jane,\nI am looking for a job.\n")
        let lines = note.body.section(.outreach)?.lines ?? []
        #expect(lines.map(\.text) == ["Hi Jane,", "I am looking for a job."])
        #expect(lines.map(\.location.line) == [6, 7])
    }

    @Test func deepNestingDoesNotCrash() {
        let deep = String(repeating: "> ", count: 5_000) + "deep\n" + String(repeating: "- ", count: 5_000) + "item\n"
        let note = readNote(deep)
        #expect(note.problems.isEmpty)
    }
}
