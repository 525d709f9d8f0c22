import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Editing a notebook one note at a time (the language server) gives exactly what building it
/// again from the edited notes gives: the people, each one's follow-up note, and every finding.
@Suite struct NotebookEditTests {
    /// Notes about a handful of people, whose names and details vary independently, so that some
    /// edits keep every name (the fast path) and others change who is who.
    struct Notes {
        var random: SeededRandom
        let names = ["Jane Doe", "jane  doe", "José Núñez", "Sam Lee", "Priya Raman", "[[priya-raman]]", "Janie", "Bo Chen"]

        mutating func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }
        mutating func chance(_ percent: Int) -> Bool { Int(random.next() % 100) < percent }

        /// The names a note gives: a seed that `note(names:)` turns into the same names every time.
        mutating func nameSeed() -> UInt64 { random.next() }

        mutating func note(path: String, names seed: UInt64) -> String {
            var n = SeededRandom(state: seed)
            func pickName() -> String { names[Int(n.next() % UInt64(names.count))] }
            if path.hasPrefix("people/") {
                var out = "---\ntype: person\nname: \(pickName())\n"
                if n.next() % 2 == 0 { out += "aliases: [\(pickName())]\n" }
                if n.next() % 3 == 0 { out += "introduced_by: \(pickName())\n" }
                if chance(50) { out += "email: \(pick(["jd@a.example", "jd@b.example"]))\n" }
                if chance(30) { out += "follow_up_after: \(pick([10, 30, 90]))\n" }
                if chance(40) { out += "company: \(pick(["Acme", "Globex"]))\n" }
                return out + "---\n"
            }
            let contact = pickName()
            let introducer: String? = n.next() % 3 == 0 ? pickName() : nil
            let referrals = (0..<Int(n.next() % 3)).map { _ in pickName() }
            var out = "---\ncontact: \"\(contact)\"\n"
            if let introducer { out += "introduced_by: \"\(introducer)\"\n" }
            if chance(50) { out += "email: \(pick(["jd@a.example", "jd@b.example", "sam@c.example"]))\n" }
            if chance(40) { out += "phone: \(pick(["+1 312 555 0100", "312 555 0199"]))\n" }
            if chance(50) { out += "company: \(pick(["Acme", "Globex", "Initech"]))\n" }
            if chance(30) { out += "title: \(pick(["PM", "Engineer"]))\n" }
            if chance(30) { out += "tags: [\(pick(["a", "b", "a, b"]))]\n" }
            if chance(30) { out += "status: \(pick(["prospect", "contacted", "scheduled", "done", "dropped"]))\n" }
            if chance(60) { out += "date: 2026-\(pick(["09", "10", "11"]))-\(pick(["01", "15", "20", "28"]))\n" }
            if chance(40) { out += "attempts: [\(pick(["2026-08-03 email", "2026-08-03 email, 2026-08-05 phone"]))]\n" }
            if chance(40) { out += "thank_you: 2026-\(pick(["09", "10", "11"]))-\(pick(["02", "16"]))\n" }
            if chance(30) { out += "follow_ups: [2026-\(pick(["10", "11"]))-\(pick(["05", "19"]))]\n" }
            if chance(20) { out += "replied: 2026-08-0\(pick([4, 6]))\n" }
            if chance(10) { out += "practice: true\n" }
            out += "---\n"
            out += String(repeating: "Some prose.\n\n", count: Int(random.next() % 3))
            if !referrals.isEmpty || chance(30) {
                out += "## Referrals\n\n" + referrals.map { "- \($0) <\(pick(["x@y.example", "z@y.example"]))>\n" }.joined()
            }
            if chance(30) { out += "\n- [x] Sent thank-you note ✅ 2026-11-0\(pick([2, 3]))\n" }
            if chance(30) { out += "\n- [ ] \(pick(["Follow up", "Tell Sam how it went", "Send the deck"])) 📅 2026-11-\(pick(["10", "25"]))\n" }
            if chance(20) { out += "\n- [x] Told \(pickName()) how it went ✅ 2026-11-05\n" }
            return out
        }
    }

    func fresh(_ notes: [String: Note], today: Day) -> LintContext {
        LintContext(notebook: Notebook(root: "/notebook", config: Config(), today: today, notes: notes.values.sorted { $0.path < $1.path }))
    }

    func expectSame(_ edited: LintContext, _ rebuilt: LintContext, _ step: Int) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let a = String(decoding: try! encoder.encode(edited.notebook.people), as: UTF8.self)
        let b = String(decoding: try! encoder.encode(rebuilt.notebook.people), as: UTF8.self)
        #expect(a == b, "people differ after edit \(step)")
        // What is owed, note by note, and where each person stands.
        #expect(edited.ledger.all == rebuilt.ledger.all, "obligations differ after edit \(step)")
        for person in rebuilt.notebook.people {
            let (a, b) = (edited.ledger.standing(ofPersonWithID: person.id), rebuilt.ledger.standing(ofPersonWithID: person.id))
            #expect(
                a?.currentNote == b?.currentNote && a?.status == b?.status && a?.lastContact == b?.lastContact
                    && a?.followUpNote == b?.followUpNote && a?.notes == b?.notes, "step \(step): \(person.name)")
            for purpose in Ledger.Purpose.allCases {
                #expect(edited.ledger.choice(purpose, forPersonWithID: person.id) == rebuilt.ledger.choice(purpose, forPersonWithID: person.id))
            }
        }
        let mine = Linter().run(edited.notebook, context: edited).diagnostics
        let theirs = Linter().run(rebuilt.notebook, context: rebuilt).diagnostics
        #expect(mine == theirs, "findings differ after edit \(step)")
        #expect(edited.notebook.notes.map(\.path) == rebuilt.notebook.notes.map(\.path))
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func editsMatchARebuild(seed: UInt64) {
        var gen = Notes(random: SeededRandom(state: seed))
        let today = day("2026-11-22")
        var seeds: [String: UInt64] = [:]
        var notes: [String: Note] = [:]
        let paths = (0..<14).map { "interviews/\(String(format: "%02d", $0)).md" } + ["people/jane-doe.md", "people/priya-raman.md", "people/sam.md"]
        for path in paths {
            seeds[path] = gen.nameSeed()
            notes[path] = readNote(gen.note(path: path, names: seeds[path]!), path: path)
        }
        var context = fresh(notes, today: today)
        var fastEdits = 0
        for step in 0..<120 {
            let path = gen.pick(paths)
            if gen.chance(5), notes[path] != nil {
                notes[path] = nil
                context.remove(path: path)
            } else {
                // Mostly the same names with other details; sometimes other names.
                if gen.chance(25) || seeds[path] == nil { seeds[path] = gen.nameSeed() }
                let note = readNote(gen.note(path: path, names: seeds[path]!), path: path)
                notes[path] = note
                if case .people = context.replace(with: note) { fastEdits += 1 }
            }
            expectSame(context, fresh(notes, today: today), step)
        }
        #expect(fastEdits > 50)
        context.judge(on: today.adding(days: 30))
        expectSame(context, fresh(notes, today: today.adding(days: 30)), 120)
    }

    @Test func anEditThatKeepsTheNamesKeepsThePeople() throws {
        var context = LintContext(
            notebook: try notebook([
                "a.md": "---\ncontact: Jane Doe\nemail: jane@old.example\n---\n",
                "b.md": "---\ncontact: Jane Doe\nstatus: declined\nemail: jane@old.example\n---\n",
            ]))
        #expect(
            context.replace(with: readNote("---\ncontact: Jane Doe\nstatus: declined\nemail: jane@new.example\n---\n", path: "b.md"))
                == .people(["jane doe"]))
        #expect(Linter().run(context.notebook, context: context).diagnostics.map(\.rule) == ["contact-conflict"])
        #expect(context.replace(with: readNote("---\ncontact: Jane Dough\n---\n", path: "b.md")) == .everything)
        #expect(Linter().run(context.notebook, context: context).diagnostics.isEmpty)
    }
}
