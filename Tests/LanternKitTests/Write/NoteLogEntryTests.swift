import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// List entries written by `lantern log`: quoted wherever the text needs it, and added to lists
/// of every shape the reader accepts (issue 14, cases 1 and 2).
@Suite struct NoteLogEntryTests {
    let today = day("2026-11-22")
    static let text = "sent deck [v2], asked about pricing"

    /// The list of follow-ups (or attempts) in every shape a user writes it.
    static let shapes: [String] = [
        "",
        "follow_ups: []\n",
        "follow_ups: [2026-10-01]\n",
        "follow_ups: [{date: 2026-10-01, via: email}]\n",
        "follow_ups:\n  - 2026-10-01\n",
        "follow_ups:\n  - date: 2026-10-01\n    via: phone\n",
        "follow_ups: [2026-10-01,\n  2026-10-15]\n",
        "follow_ups: [\n  2026-10-01,  # the first\n  {date: 2026-10-15, note: 'it''s, done'}\n]\n",
        "follow_ups:\n  [2026-10-01]\n",
    ]

    @Test(arguments: shapes)
    func aNoteWithFlowCharactersStaysOneEntry(_ shape: String) throws {
        for text in [
            NoteLogEntryTests.text, "a # not a comment", "- leading dash", "? question", "line\u{2028}sep\u{85}nel\u{2029}",
            "{braces}: and, commas", "#hash", "quote \" and ' both",
        ] {
            let note = "---\ncontact: Jane Doe\n" + shape + "date: 2026-09-30\n---\nbody\n"  // met: follow-ups come after
            let before = try #require(readNote(note).interview)
            let r = try NoteLog.apply(
                .init(event: .followUp, date: "2026-11-20", via: .email, note: text), to: note,
                path: "n.md", config: Config(), today: today)
            let after = readNote(r.editor.text)
            #expect(after.problems.isEmpty, "\(after.problems)\n\(r.editor.text)")
            let i = try #require(after.interview)
            #expect(i.followUps.count == before.followUps.count + 1, "\(r.editor.text)")
            #expect(
                i.followUps.last?.note == text && i.followUps.last?.via == .email && i.followUps.last?.day == day("2026-11-20"),
                "\(r.editor.text)")
            #expect(i.meeting?.value.day == day("2026-09-30"))  // the other keys are as they were

            let attempts = note.replacingOccurrences(of: "follow_ups", with: "attempts")
            let a = try NoteLog.apply(
                .init(event: .attempt, date: "2026-11-20", via: .phone, note: text), to: attempts,
                path: "n.md", config: Config(), today: today)
            let read = readNote(a.editor.text)
            #expect(read.problems.isEmpty, "\(read.problems)\n\(a.editor.text)")
            #expect(read.interview?.attempts.last?.note == text && read.interview?.attempts.last?.via == .phone, "\(a.editor.text)")
        }
    }

    @Test func newNotesQuoteWhatTheyAreGiven() throws {
        let odd = ["Acme, Inc.", "R&D [Labs]", "line\u{2028}break", "next\u{85}line", "para\u{2029}", "- dash", "? q", "#1 team", "yes", "{x}"]
        for value in odd {
            let text = try Authoring.interviewNote(
                .init(name: "Ana Ruiz", title: value, company: value, status: "prospect"),
                templates: Templates(root: nil))
            let note = readNote(text)
            #expect(note.problems.isEmpty, "\(value.debugDescription): \(note.problems)")
            #expect(note.interview?.details.company?.value == value && note.interview?.details.title?.value == value, "\(text)")
        }
    }

    @Test func multiLineFlowListsTakeTheEntry() throws {
        func attempt(_ list: String) throws -> String {
            let note = "---\ncontact: Jane\n" + list + "---\n"
            #expect(readNote(note).problems.isEmpty, "the fixture must read: \(list)")
            let r = try NoteLog.apply(.init(event: .attempt, date: "2026-11-10", via: .email), to: note, path: "n.md", config: Config(), today: today)
            #expect(readNote(r.editor.text).interview?.attempts.count == (readNote(note).interview?.attempts.count ?? 0) + 1)
            #expect(r.editor.undone == note)
            return String(r.editor.text.dropFirst("---\ncontact: Jane\n".count).dropLast(4))
        }
        // Items joined on the last item's line.
        #expect(
            try attempt("attempts: [2026-11-01 email,\n           2026-11-05 phone]\n")
                == "attempts: [2026-11-01 email,\n           2026-11-05 phone, 2026-11-10 email]\n")
        // One item per line stays so, with or without a trailing comma, comments kept.
        #expect(
            try attempt("attempts: [\n  2026-11-01 email,  # first\n  2026-11-05 phone  # second\n]\n")
                == "attempts: [\n  2026-11-01 email,  # first\n  2026-11-05 phone,  # second\n  2026-11-10 email\n]\n")
        #expect(
            try attempt("attempts: [\n    2026-11-01 email,\n    2026-11-05 phone,\n  ]\n")
                == "attempts: [\n    2026-11-01 email,\n    2026-11-05 phone,\n    2026-11-10 email,\n  ]\n")
        // Maps spread over lines; the list on the line after its key; empty lists.
        #expect(
            try attempt("attempts: [{date: 2026-11-01,\n  via: email}]\n") == "attempts: [{date: 2026-11-01,\n  via: email}, {date: 2026-11-10, via: email}]\n")
        #expect(try attempt("attempts:\n  [2026-11-01 email]\n") == "attempts:\n  [2026-11-01 email, 2026-11-10 email]\n")
        #expect(try attempt("attempts: [\n]\n") == "attempts: [\n  2026-11-10 email\n]\n")
        #expect(try attempt("attempts: [ ]\n") == "attempts: [2026-11-10 email]\n")
        // A "]" or "," inside quotes is text.
        #expect(
            try attempt("attempts: ['2026-11-01 email: a], b',\n  \"2026-11-02 phone: \\\"x]\\\"\"]\n")
                == "attempts: ['2026-11-01 email: a], b',\n  \"2026-11-02 phone: \\\"x]\\\"\", \"2026-11-10 email\"]\n")
    }

    @Test func listsThatCannotTakeAnEntrySayWhy() throws {
        let unclosed = "---\ncontact: Jane\nattempts: [2026-11-01 email,\n  2026-11-05 phone\nstatus: contacted\n---\n"
        // The reader refuses it first, and log says so rather than "not an interview note".
        #expect {
            try NoteLog.apply(.init(event: .attempt), to: unclosed, path: "n.md", config: Config(), today: today)
        } throws: { ($0 as? NoteLog.Failure)?.description.hasPrefix("n.md:5: the front matter is not valid YAML") == true }
        var editor = try FrontMatterEditor(text: unclosed)
        #expect(throws: FrontMatterEditor.Failure.unclosedList(key: "attempts", line: 3)) { try editor.append("attempts") { _ in ["x"] } }
        #expect(
            FrontMatterEditor.Failure.unclosedList(key: "attempts", line: 3).description
                == "line 3: the list of attempts that starts here has no closing ], so nothing can be added to it; close it or fix it by hand")
        let scalar = "---\ncontact: Jane\nfollow_ups:\n  just text\ndate: 2026-09-30\n---\n"
        #expect {
            try NoteLog.apply(.init(event: .followUp), to: scalar, path: "n.md", config: Config(), today: today)
        } throws: { ($0 as? NoteLog.Failure)?.description.contains("line 4: follow_ups is not a list") == true }
    }
}
