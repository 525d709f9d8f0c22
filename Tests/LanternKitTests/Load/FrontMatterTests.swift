import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

@Suite struct FrontMatterTests {
    @Test func splitsFrontMatterAndShiftsBodyLines() {
        let note = readNote("---\ncontact: Jane Doe\n---\n\n# Jane\n\n## Questions\n\n- One?\n")
        #expect(note.kind == .interview)
        #expect(note.interview?.contact?.value == "Jane Doe")
        #expect(note.interview?.contact?.line == 2)
        #expect(note.body.questions.first?.location.line == 9)
    }

    @Test func byteOrderMarkCRLFAndDotsClose() {
        let text = "\u{FEFF}---\r\ncontact: Jane Doe\r\ndate: 2026-11-19\r\n...\r\n\r\n## Questions\r\n\r\n- One?\r\n"
        let note = readNote(text)
        #expect(note.problems.isEmpty)
        #expect(note.lineEndings == "crlf")
        #expect(note.interview?.meetingDay == day("2026-11-19"))
        #expect(note.interview?.meeting?.line == 3)
        #expect(note.body.questions.map(\.location.line) == [8])
    }

    @Test func mixedLineEndings() {
        let note = readNote("---\r\ncontact: Jane\n---\r\n# Hi\n")
        #expect(note.lineEndings == "mixed")
        #expect(note.interview?.contact?.value == "Jane")
    }

    @Test func noFrontMatterIsAnOtherNote() {
        let note = readNote("# Just a note\n\nSee [[Jane Doe]].\n")
        #expect(note.kind == .other)
        #expect(!note.hasFrontMatter)
        #expect(note.body.mentions.map(\.target) == ["Jane Doe"])
    }

    @Test func unclosedFrontMatterPointsAtLineOne() {
        let note = readNote("---\ncontact: Jane\n\n# Body\n")
        #expect(note.problems.map(\.rule) == ["front-matter-invalid"])
        #expect(note.problems.first?.location.line == 1)
    }

    @Test func invalidYAMLNamesItsLine() {
        let note = readNote("---\ncontact: Jane\ntitle: [unclosed\nstatus: done\n---\n")
        #expect(note.problems.map(\.rule) == ["front-matter-invalid"])
        #expect((note.problems.first?.location.line ?? 0) >= 3)
    }

    @Test(arguments: ["---\n- a\n- b\n---\n", "---\njust text\n---\n"])
    func frontMatterMustBeAMap(_ text: String) {
        let note = readNote(text)
        #expect(note.problems.map(\.rule) == ["front-matter-invalid"])
        #expect(note.problems.first?.location.line == 2)
    }

    @Test func duplicateKeysAreInvalid() {
        let note = readNote("---\ncontact: Jane\ncontact: John\n---\n")
        #expect(note.problems.map(\.rule) == ["front-matter-invalid"])
        #expect(note.problems.first?.message.contains("duplicate") == true)
        #expect(note.problems.first?.location.line == 3)  // the second "contact"
    }

    /// Two keys that are one field once normalised (case, `-`, spaces) or through an alias are a
    /// duplicate key, reported on the second; the first value is the one read.
    @Test(arguments: [
        ("thank_you: 2026-11-20\nThank-You: 2026-11-21", "Thank-You", "thank_you"),
        ("introduced_by: María\nReferred_By: Sam", "Referred_By", "introduced_by"),
        ("title: PM\nrole: Designer", "role", "title"),
    ])
    func keysThatAreOneFieldAreDuplicates(_ keys: String, _ second: String, _ first: String) {
        let note = readNote("---\ncontact: Jane\ndate: 2026-11-19\n\(keys)\n---\n")
        let problem = note.problems.first { $0.rule == "front-matter-invalid" }
        #expect(problem?.location.line == 5)
        #expect(problem?.message.contains("duplicate key \"\(second)\"") == true && problem?.message.contains("\"\(first)\" on line 4") == true)
        #expect(note.interview?.thankYou?.day == (first == "thank_you" ? day("2026-11-20") : nil))
        #expect(note.interview?.details.introducedBy?.value == (first == "introduced_by" ? "María" : nil))
    }

    @Test func practiceIsAYAMLBooleanNotText() {
        #expect(readNote("---\ncontact: Alex\npractice: yes\n---\n").interview?.isPractice == true)
        #expect(readNote("---\ncontact: Alex\npractice: false\n---\n").problems.isEmpty)
        for quoted in ["\"yes\"", "'true'", "\"false\""] {
            let note = readNote("---\ncontact: Alex\npractice: \(quoted)\n---\n")
            #expect(note.problems.map(\.rule) == ["value-invalid"], "practice: \(quoted)")
            #expect(note.interview?.practice == nil)
        }
    }

    @Test func aliasBombIsRefusedQuickly() {
        var yaml = "---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<12 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "---\n"
        let start = Date()
        let note = readNote(yaml)
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(note.problems.first?.rule == "front-matter-invalid")
    }

    @Test func emptyFileAndFrontMatterOnly() {
        #expect(readNote("").problems.isEmpty)
        let only = readNote("---\ncontact: Jane\n---")
        #expect(only.problems.isEmpty)
        #expect(only.interview?.contact?.value == "Jane")
    }

    @Test func keysAreNormalized() {
        let i = interview("---\nContact: Jane\nThank-you: 2026-11-20\nnext follow up: 2026-12-01\nREFERRED_BY: Sam\n---\n")
        #expect(i.thankYou?.day == day("2026-11-20"))
        #expect(i.nextFollowUp?.value == day("2026-12-01"))
        #expect(i.details.introducedBy?.value == "Sam")
    }

    @Test func kinds() {
        #expect(readNote("---\ntype: interview\n---\n").kind == .interview)
        #expect(readNote("---\ncontact: Jane\n---\n").kind == .interview)
        #expect(readNote("---\ntype: person\nname: Jane\n---\n").kind == .person)
        #expect(readNote("---\ntitle: Reading list\n---\n").kind == .other)
    }

    @Test func notUTF8IsUnreadable() {
        let note = NoteReader.read(bytes: [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x41], path: "bad.md", config: Config())
        #expect(note.problems.map(\.rule) == ["file-unreadable"])
        let binary = NoteReader.read(bytes: [0x41, 0x00, 0x42], path: "bin.md", config: Config())
        #expect(binary.problems.map(\.rule) == ["file-unreadable"])
    }

    @Test func utf16WithByteOrderMarkIsDecoded() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "---\ncontact: Zoë\n---\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let note = NoteReader.read(bytes: bytes, path: "u16.md", config: Config())
        #expect(note.interview?.contact?.value == "Zoë")
    }
}

@Suite struct FieldTests {
    @Test func everyInterviewField() {
        let i = interview(
            """
            ---
            contact: Jane Doe
            role: Director
            company: "[[Brightline]]"
            email: jane@brightline.example
            phone: +1 555 0100
            linkedin: https://linkedin.example/jane
            url: https://jane.example
            introduced_by: "[[Sam Lee]]"
            status: Scheduled
            replied: 2026-11-05
            date: 2026-11-25 15:00
            duration: 30 min
            medium: Video
            location: Zoom
            thank_you: "2026-11-25"
            next_follow_up: 2027-01-10
            follow_up_after: 45
            practice: false
            tags: "edtech, #product"
            ---
            """)
        #expect(i.details.title?.value == "Director")
        #expect(i.details.company?.value == "Brightline")
        #expect(i.details.email?.value == "jane@brightline.example")
        #expect(i.details.phone?.value == "+1 555 0100")
        #expect(i.details.introducedBy?.value == "Sam Lee")
        #expect(i.explicitStatus?.value == .scheduled)
        #expect(i.replied?.value == day("2026-11-05"))
        #expect(i.meeting?.value.description == "2026-11-25 15:00")
        #expect(i.durationMinutes?.value == 30)
        #expect(i.medium?.value == .video)
        #expect(i.location?.value == "Zoom")
        #expect(i.thankYou?.day == day("2026-11-25"))
        #expect(i.nextFollowUp?.value == day("2027-01-10"))
        #expect(i.followUpAfter?.value == 45)
        #expect(i.isPractice == false)
        #expect(i.details.tags == ["edtech", "product"])
    }

    @Test func unquotedWikilinkContactIsReadAsTheLink() {
        let i = interview("---\ncontact: [[Jane Doe]]\nintroduced_by: [[sam-lee|Sam]]\n---\n")
        #expect(i.contact?.value == "Jane Doe")
        #expect(i.contactIsWikilink)
        #expect(i.details.introducedBy?.value == "sam-lee")
    }

    @Test func attemptsAsStringsAndMaps() {
        let note = readNote(
            """
            ---
            contact: Jane
            attempts:
              - 2026-11-01
              - 2026-11-03 email
              - "2026-11-05 phone: left voicemail"
              - 2026-11-07 in person
              - {date: 2026-11-10, via: LinkedIn, note: short nudge}
              - date: 2026-11-12 09:30
                via: message
              - 2026-11-14 phone: left a voicemail
            ---
            """)
        let a = note.interview!.attempts
        #expect(note.problems.isEmpty)
        #expect(a.map(\.day.description) == ["2026-11-01", "2026-11-03", "2026-11-05", "2026-11-07", "2026-11-10", "2026-11-12", "2026-11-14"])
        #expect(a.map(\.via) == [nil, .email, .phone, .inPerson, .linkedin, .message, .phone])
        #expect(a[6].note == "left a voicemail")
        #expect(a[2].note == "left voicemail")
        #expect(a[4].note == "short nudge")
        #expect(a.map(\.location.line) == [4, 5, 6, 7, 8, 9, 11])
    }

    @Test func followUpsAsDatesAndMaps() {
        let i = interview("---\ncontact: Jane\nfollow_ups:\n  - 2027-01-10\n  - {date: 2027-03-01, via: email, note: article}\n---\n")
        #expect(i.followUps.map(\.day.description) == ["2027-01-10", "2027-03-01"])
        #expect(i.followUps[1].via == .email)
    }

    @Test func badValuesBecomeProblemsOnTheirLines() {
        let note = readNote(
            """
            ---
            contact: Jane
            status: maybe
            medium: carrier pigeon
            duration: half an hour
            email: jane.example.com
            practice: sometimes
            attempts:
              - 2026-11-01 fax
              - 2026-02-30 email
            replied: next week
            date: 2026-11-19 25:00
            follow_ups: 2026-12-01
            tags: {a: b}
            follow_up_after: soon
            ---
            """)
        let found = note.problems.map { "\($0.rule)@\($0.location.line)" }
        #expect(
            Set(found) == [
                "value-invalid@3", "value-invalid@4", "value-invalid@5", "value-invalid@6", "value-invalid@7",
                "value-invalid@9", "date-invalid@10", "date-invalid@11", "date-invalid@12", "value-invalid@13",
                "value-invalid@14", "value-invalid@15",
            ])
        #expect(found.count == 12)
        #expect(note.problems.first { $0.rule == "date-invalid" }?.message.contains("YYYY-MM-DD") == true)
    }

    @Test func statusInference() {
        let today = day("2026-11-22")
        #expect(interview("---\ncontact: J\ndate: 2026-11-21\n---\n").status(on: today) == .done)
        #expect(interview("---\ncontact: J\ndate: 2026-11-22\n---\n").status(on: today) == .scheduled)
        #expect(interview("---\ncontact: J\nattempts: [2026-11-01 email]\n---\n").status(on: today) == .contacted)
        #expect(interview("---\ncontact: J\n---\n").status(on: today) == .prospect)
        #expect(interview("---\ncontact: J\nstatus: declined\ndate: 2026-11-21\n---\n").status(on: today) == .declined)
    }

    @Test func lintDisableAndPersonCards() {
        let note = readNote("---\ncontact: J\nlint: {disable: [referrals-missing, job-ask]}\n---\n")
        #expect(note.lintDisable.map(\.value) == ["referrals-missing", "job-ask"])
        let card = readNote("---\ntype: person\naliases: [Janie, J. Doe]\ncompany: Acme\n---\n# Jane Doe\n", path: "people/jane-doe.md")
        #expect(card.person?.name?.value == "Jane Doe")
        #expect(card.person?.aliases == ["Janie", "J. Doe"])
        #expect(card.person?.details.company?.value == "Acme")
    }

    @Test func keysAreKeptForFieldChecks() {
        let note = readNote("---\ncontact: J\nsalary_band: 3\nTitel: PM\n---\n")
        #expect(note.keys.map(\.name) == ["contact", "salary_band", "titel"])
        #expect(note.keys.last?.location.line == 4)
    }
}
