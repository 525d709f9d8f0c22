import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Interview notes written every way people write them: keys in any order, comments, quoting
/// styles, flow and block lists with various indents, blank lines, CRLF or mixed endings, a BOM.
struct NoteGenerator {
    var random: SeededRandom

    mutating func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }
    mutating func chance(_ percent: Int) -> Bool { Int(random.next() % 100) < percent }

    mutating func quoted(_ value: String) -> String {
        switch random.next() % 3 {
        case 0: return value
        case 1: return "'" + value + "'"
        default: return "\"" + value + "\""
        }
    }

    mutating func list(_ items: [String]) -> String {
        if items.isEmpty { return pick([" []", "", " [ ]"]) }
        if chance(40) { return " [" + items.joined(separator: pick([", ", ","])) + "]" }
        let indent = pick(["", "  ", "    "]), dash = pick(["- ", "-   "])
        return items.map { "\n" + indent + dash + $0 }.joined()
    }

    mutating func note() -> String {
        var keys: [String] = []
        keys.append("contact: " + quoted(pick(["Jane Doe", "José Núñez", "Sam O'Connor", "Zoë Laurent"]).replacingOccurrences(of: "'", with: "’")))
        if chance(50) { keys.append("company: " + quoted("Acme")) }
        if chance(50) { keys.append("status: " + pick(["prospect", "contacted", "scheduled", "done"])) }
        if chance(70) {
            let n = Int(random.next() % 3)
            let items = (0..<n).map { i in
                pick(["2026-10-0\(i + 1) email", "\"2026-10-0\(i + 1) phone: left a voicemail\"", "{date: 2026-10-0\(i + 1), via: email}"])
            }
            keys.append("attempts:" + list(items))
        }
        if chance(30) { keys.append("replied: 2026-10-10") }
        if chance(50) { keys.append("date: " + pick(["2026-10-20", "2026-10-20 10:30", "'2026-10-20'"])) }
        if chance(30) { keys.append("follow_ups:" + list(chance(50) ? ["2026-10-25"] : [])) }
        if chance(60) { keys.append("tags:" + list(["edtech", "pm"])) }
        keys.shuffle(using: &random)
        var lines = ["---"]
        for key in keys {
            if chance(20) { lines.append(pick(["# a comment", "", "   # indented comment"])) }
            var k = key
            if chance(20), !k.contains("\n"), !k.hasSuffix("]") || chance(50) { k += "  # why" }
            lines.append(k)
        }
        lines.append(pick(["---", "..."]))
        lines += ["", "# Notes", "", "Body text with --- and key: value that must not move.", "- [ ] a task"]
        let ending = pick(["\n", "\r\n", "mixed"])
        var text = ""
        for (i, line) in lines.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            text += line + (ending == "mixed" ? (i % 2 == 0 ? "\r\n" : "\n") : ending)
        }
        if chance(20) { text.removeLast(ending == "\r\n" ? 2 : 1) }  // no final line break
        return (chance(20) ? "\u{FEFF}" : "") + text
    }
}

@Suite struct NoteLogPropertyTests {
    let today = day("2026-11-22")

    /// "crlf" or "lf" when every line break of the text is of that kind; `nil` for mixed or none.
    func endings(_ text: String) -> String? {
        let u = Array(text.utf8)
        let breaks = u.indices.filter { u[$0] == 10 }
        guard !breaks.isEmpty else { return nil }
        let crlf = breaks.filter { $0 > 0 && u[$0 - 1] == 13 }.count
        return crlf == breaks.count ? "crlf" : crlf == 0 ? "lf" : nil
    }

    /// Lines of a text with their endings, for comparing what changed.
    func lines(_ text: String) -> [String] {
        FrontMatterEditor.split(Substring(text.drop { $0 == "\u{FEFF}" })).map { $0.text + $0.ending }
    }

    /// The events that record in the front matter (those that edit the body have their own test).
    static let frontMatterEvents = NoteLog.Event.allCases.filter { ![.updateIntroducer, .referral].contains($0) }

    @Test(arguments: frontMatterEvents)
    func eachEventChangesOnlyWhatItMustAndUndoesExactly(_ event: NoteLog.Event) throws {
        var generator = NoteGenerator(random: SeededRandom(state: 0x5EED + UInt64(NoteLog.Event.allCases.firstIndex(of: event)!)))
        for case_ in 0..<150 {
            let original = generator.note()
            let before = readNote(original)
            #expect(before.problems.isEmpty, "generated note \(case_) does not parse: \(before.problems) \(original.debugDescription)")
            var request = NoteLog.Request(
                event: event, date: event == .scheduled ? "2026-11-30 09:00" : event == .snooze ? nil : "2026-11-21",
                via: event == .attempt ? .phone : nil, note: event == .followUp && case_ % 2 == 0 ? "sent: the link" : nil)
            request.replace = true  // record over a reply or a held meeting the note may already hold
            request.until = event == .snooze ? "2026-12-24" : nil
            let result = try NoteLog.apply(request, to: original, path: "interviews/note.md", config: Config(), today: today)
            let edited = result.editor.text

            // The reverse edit gives back every byte.
            #expect(result.editor.undone == original, "case \(case_): undo differs")
            // The BOM and everything after the front matter are untouched.
            #expect(edited.hasPrefix("\u{FEFF}") == original.hasPrefix("\u{FEFF}"))
            let bodyStart = { (t: String) in t.range(of: "\n# Notes")!.lowerBound }
            #expect(edited[bodyStart(edited)...] == original[bodyStart(original)...], "case \(case_): the body moved")
            // Only a few lines change, and every line that stays is byte for byte the same.
            let old = lines(original), new = lines(edited)
            let kept = old.filter { new.contains($0) }.count
            #expect(old.count - kept <= 2 && new.count - kept <= 4, "case \(case_): too much changed\n\(result.editor.diff(path: "x"))")
            // The note still parses, records the event, and keeps its other values.
            let after = readNote(edited)
            #expect(after.problems.isEmpty, "case \(case_): \(after.problems)\n\(edited.debugDescription)")
            let a = try #require(after.interview), b = try #require(before.interview)
            #expect(a.contact?.value == b.contact?.value && a.details.company?.value == b.details.company?.value && a.details.tags == b.details.tags)
            switch event {
            case .attempt:
                #expect(a.attempts.count == b.attempts.count + 1 && a.attempts.last?.day == day("2026-11-21") && a.attempts.last?.via == .phone)
                if b.explicitStatus?.value == .prospect { #expect(a.explicitStatus?.value == .contacted) }
            case .reply: #expect(a.replied?.value == day("2026-11-21"))
            case .scheduled:
                #expect(a.meeting?.value.day == day("2026-11-30") && a.status(on: today) == .scheduled)
            case .done: #expect(a.status(on: today) == .done && a.meetingDay != nil)
            case .thankYou: #expect(a.thankYous.contains { $0.day == day("2026-11-21") })
            case .followUp:
                #expect(a.followUps.filter { $0.source == .frontMatter }.count == b.followUps.filter { $0.source == .frontMatter }.count + 1)
                #expect(a.followUps.contains { $0.day == day("2026-11-21") })
            case .declined: #expect(a.status(on: today) == .declined)
            case .dropped: #expect(a.status(on: today) == .dropped)
            case .snooze: #expect(a.nextFollowUp?.value == day("2026-12-24"))
            case .updateIntroducer, .referral: break
            }
            // Line endings: in a file of CRLF lines, the new lines end in CRLF too; in LF, in LF.
            if let style = endings(original) { #expect(endings(edited) == style, "case \(case_): line endings mixed by the edit") }
        }
    }

    @Test func editsKeepQuotingCommentsAndListStyle() throws {
        let note = "---\ncontact: 'Jane'\nstatus: prospect   # first contact\nattempts: [2026-11-01 email]  # sent\nthank_you: \"2026-11-01\"\n---\n"
        let r = try NoteLog.apply(.init(event: .attempt, date: "2026-11-10", via: .linkedin), to: note, path: "n.md", config: Config(), today: today)
        #expect(
            r.editor.text
                == "---\ncontact: 'Jane'\nstatus: contacted   # first contact\nattempts: [2026-11-01 email, 2026-11-10 linkedin]  # sent\nthank_you: \"2026-11-01\"\n---\n"
        )
        var replace = NoteLog.Request(event: .thankYou, date: "2026-11-12")
        replace.replace = true
        let t = try NoteLog.apply(replace, to: note, path: "n.md", config: Config(), today: today)
        #expect(t.editor.text.contains("thank_you: \"2026-11-12\"\n"))
        let block = "---\r\ncontact: Jane\r\nattempts:\r\n    -   2026-11-01 email\r\n# trailing comment\r\n---\r\nbody\r\n"
        let b = try NoteLog.apply(.init(event: .attempt, date: "2026-11-10", note: nil), to: block, path: "n.md", config: Config(), today: today)
        #expect(
            b.editor.text
                == "---\r\ncontact: Jane\r\nattempts:\r\n    -   2026-11-01 email\r\n    -   2026-11-10 email\r\n# trailing comment\r\n---\r\nbody\r\n")
        let maps = "---\ncontact: Jane\ndate: 2026-09-30\nfollow_ups:\n  - date: 2026-10-01\n    via: email\n---\n"
        let m = try NoteLog.apply(.init(event: .followUp, date: "2026-11-10", via: .phone), to: maps, path: "n.md", config: Config(), today: today)
        #expect(
            m.editor.text
                == "---\ncontact: Jane\ndate: 2026-09-30\nfollow_ups:\n  - date: 2026-10-01\n    via: email\n  - date: 2026-11-10\n    via: phone\n---\n")
    }

    @Test func refusals() throws {
        #expect(throws: NoteLog.Failure.self) {
            try NoteLog.apply(.init(event: .thankYou), to: "# no front matter\n", path: "n.md", config: Config(), today: today)
        }
        #expect(throws: NoteLog.Failure.self) {
            try NoteLog.apply(.init(event: .scheduled), to: "---\ncontact: Jane\n---\n", path: "n.md", config: Config(), today: today)
        }
        #expect(throws: NoteLog.Failure.self) {
            try NoteLog.apply(.init(event: .attempt), to: "---\ncontact: Jane\nattempts: 2026-11-01 email\n---\n", path: "n.md", config: Config(), today: today)
        }
        #expect(throws: NoteLog.Failure.self) {
            try NoteLog.apply(.init(event: .reply, date: "2026-02-30"), to: "---\ncontact: Jane\n---\n", path: "n.md", config: Config(), today: today)
        }
    }
}

/// The events that edit the body (ticking a task, adding a referral or a task) on random notes:
/// undoing gives back every byte, only the expected lines change, and the note reads back with
/// the event recorded.
@Suite struct NoteLogBodyPropertyTests {
    let today = day("2026-11-22")

    /// A held meeting's note with a body in one of many shapes: sections present or not, tasks
    /// that stand for the event or not, CRLF or LF, with or without a final line break.
    func note(_ random: inout SeededRandom) -> String {
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        func pick(_ items: [String]) -> String { items[Int(random.next() % UInt64(items.count))] }
        var lines = ["---", "contact: Jane Doe", "introduced_by: " + pick(["María González", "\"[[María González]]\""]), "date: 2026-11-19", "---", ""]
        if chance(60) { lines += ["# Jane Doe", ""] }
        if chance(50) { lines += ["## Notes", "", "She said: key: value --- and [x] are just text.", ""] }
        if chance(60) {
            lines += ["## Referrals", ""]
            if chance(50) { lines += ["<!-- one per line -->", ""] }
            if chance(50) { lines += ["- Ana Ruiz — ana@example.com"] } else if chance(50) { lines += ["None yet."] }
            lines.append("")
        }
        if chance(70) {
            lines += [pick(["## Action items", "## Next steps", "### To do"]), ""]
            if chance(60) { lines.append(pick(["- [ ] Send a thank-you note the same day", "- [ ] Thank Jane 📅 2026-11-23"])) }
            if chance(50) { lines.append("- [ ] Follow up with the deck") }
            if chance(40) { lines.append("- [ ] Tell María how it went") }
            if chance(50) { lines.append("- [ ] Read her blog") }
            if chance(30) { lines.append("  - [ ] a nested task") }
        }
        if chance(30) { lines += ["", "Trailing text."] }
        let ending = pick(["\n", "\r\n"])
        var text = lines.joined(separator: ending) + ending
        if chance(25) { text.removeLast(ending.count) }
        return text
    }

    @Test(arguments: [NoteLog.Event.thankYou, .followUp, .updateIntroducer, .referral])
    func bodyEditsUndoExactly(_ event: NoteLog.Event) throws {
        var random = SeededRandom(state: 0xB0D1 + UInt64(NoteLog.Event.allCases.firstIndex(of: event)!))
        for n in 0..<200 {
            let original = note(&random)
            var request = NoteLog.Request(event: event, date: "2026-11-21")
            request.name = event == .referral ? "Sam Lee" : nil
            request.introducer = "María González"
            let result = try NoteLog.apply(request, to: original, path: "interviews/jane.md", config: Config(), today: today)
            let edited = result.editor.text
            #expect(result.editor.undone == original, "case \(n): undo differs")
            // What changed: at most one front-matter line, one task line ticked, and the lines added.
            let old = FrontMatterEditor.split(Substring(original)), new = FrontMatterEditor.split(Substring(edited))
            // (A last line without a line break may have gained one.)
            let removed = old.filter { line in !new.contains { $0.text == line.text } }
            #expect(removed.count <= 2, "case \(n): \(removed)")
            for line in removed where line.text.hasPrefix("- [ ]") || line.text.hasPrefix("  - [ ]") {
                #expect(
                    new.contains { $0.text == line.text.replacingOccurrences(of: "[ ]", with: "[x]").trimmingBlanks() + " ✅ 2026-11-21" }
                        || new.contains { $0.text.hasPrefix(line.text.replacingOccurrences(of: "[ ]", with: "[x]")) },
                    "case \(n): \(line.text) ticked wrong\n\(original)\n---\n\(edited)")
            }
            #expect(new.count - old.count <= 6, "case \(n): \(new.count - old.count) lines added")
            let endings = Set(new.dropLast().map(\.ending))
            #expect(endings.count == 1, "case \(n): line endings mixed by the edit")
            let after = readNote(edited)
            #expect(after.problems.isEmpty, "case \(n): \(after.problems)")
            let i = try #require(after.interview)
            switch event {
            case .thankYou: #expect(i.thankYou != nil)
            case .followUp: #expect(i.followUps.contains { $0.day == day("2026-11-21") })
            case .updateIntroducer: #expect(after.body.tasks.contains { $0.isDone && $0.text.contains("María") })
            case .referral: #expect(after.body.referrals.contains { $0.name == "Sam Lee" }, "case \(n):\n\(original)\n---\n\(edited)")
            default: break
            }
        }
    }
}
