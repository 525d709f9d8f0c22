import Testing
@testable import LanternKit
import LanternTestSupport

/// Lints an example's note (with its other notes and settings) and returns what `rule` reports there.
func findings(of rule: any Rule.Type, on example: Example) throws -> [Diagnostic] {
    let config = try Config.parse(example.config, displayPath: "lantern.yml")
    var notes = [NoteReader.read(bytes: Array(example.note.utf8), path: example.path, config: config)]
    for (path, text) in example.others { notes.append(NoteReader.read(bytes: Array(text.utf8), path: path, config: config)) }
    let notebook = Notebook(root: "/notebook", config: config, today: Day(iso: example.today)!, notes: notes)
    return Linter().run(notebook).diagnostics.filter { $0.rule == rule.id && $0.path == example.path }
}

struct RuleCase: CustomTestStringConvertible, Sendable {
    let rule: any Rule.Type
    var testDescription: String { rule.id }
}

@Suite struct RuleExampleTests {
    static let cases = allRules.map { RuleCase(rule: $0) }

    @Test(arguments: cases)
    func triggeringExamplesFireOnTheirLine(_ c: RuleCase) throws {
        for example in c.rule.triggering {
            let found = try findings(of: c.rule, on: example)
            #expect(found.count == 1, "\(c.rule.id) should fire once on:\n\(example.note)\ngot \(found)")
            #expect(found.first?.line == example.line, "\(c.rule.id) on:\n\(example.note)")
            #expect(found.first?.severity == c.rule.severity)
        }
    }

    @Test(arguments: cases)
    func nonTriggeringExamplesStayQuiet(_ c: RuleCase) throws {
        for example in c.rule.nonTriggering {
            let found = try findings(of: c.rule, on: example)
            #expect(found.isEmpty, "\(c.rule.id) should not fire on:\n\(example.note)\ngot \(found)")
        }
    }

    @Test func idsAreUniqueAndEveryRuleHasBothKindsOfExample() {
        let ids = allRules.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == 26)
        for rule in allRules {
            #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
            #expect(rule.triggering.allSatisfy { $0.line != nil }, "\(rule.id): say which line each example reports")
            #expect(!rule.summary.isEmpty)
        }
    }
}

@Suite struct LintSettingsTests {
    let note = "---\ncontact: Jane\nduration: 1h\n---\n"

    func lint(_ text: String, config: String = "", overrides: [String: RuleLevel] = [:]) throws -> [Diagnostic] {
        let c = try Config.parse(config, displayPath: "lantern.yml")
        let nb = Notebook(root: "/n", config: c, today: day("2026-11-22"), notes: [NoteReader.read(text: text, path: "a.md", config: c)])
        return Linter(overrides: overrides).run(nb).diagnostics
    }

    @Test func severityFromSettingsAndCommandLine() throws {
        #expect(try lint(note).map(\.severity) == [.warning])
        #expect(try lint(note, config: "rules:\n  duration-too-long: error\n").map(\.severity) == [.error])
        #expect(try lint(note, config: "rules:\n  duration-too-long: error\n", overrides: ["duration-too-long": .on(.note)]).map(\.severity) == [.note])
        #expect(try lint(note, overrides: ["duration-too-long": .off]).isEmpty)
    }

    @Test func perFileDisables() throws {
        #expect(try lint("---\ncontact: Jane\nduration: 1h\nlint: {disable: [duration-too-long]}\n---\n").isEmpty)
        #expect(try lint(note + "<!-- lantern-disable duration-too-long -->\n").isEmpty)
        #expect(try lint(note + "<!-- lantern-disable -->\n").isEmpty)
        // Syntax errors are not domain rules: a bare disable leaves them on.
        #expect(try lint("---\ncontact: [\n---\n<!-- lantern-disable -->\n").map(\.rule) == ["front-matter-invalid"])
    }

    @Test func otherNotesGetOnlySyntaxRules() throws {
        #expect(try lint("---\ntitle: Reading\ncompnay: x\n---\n- [ ] read 📅 2020-01-01\n").isEmpty)
        #expect(try lint("---\ntitle: [\n---\n").map(\.rule) == ["front-matter-invalid"])
    }

    @Test func thresholdsFromSettings() throws {
        let held = "---\ncontact: Jane\ndate: 2026-11-19\n---\n## Referrals\nNone\n"
        #expect(try lint(held).map(\.rule) == ["thank-you-missing"])
        #expect(try lint(held, config: "thank_you_within: 3\n").isEmpty)  // due 2026-11-22: the deadline day itself
        let attempts = "---\ncontact: Lena\nattempts: [2026-11-02 email, 2026-11-04 email]\n---\n"
        #expect(try lint(attempts).map(\.rule) == ["attempt-too-soon"])
        #expect(try lint(attempts, config: "nudge_after: 2\n").isEmpty)
        #expect(try lint(attempts, config: "max_attempts: 1\nnudge_after: 2\n").map(\.rule) == ["attempt-after-limit", "attempts-exhausted"])
    }

    @Test func nextFollowUpMovesWithEveryInteraction() throws {
        let base = "---\ncontact: Noah\ndate: 2026-08-01\nthank_you: 2026-08-01\n"
        #expect(try lint(base + "---\n## Referrals\nNone\n").map(\.rule) == ["follow-up-overdue"])
        #expect(try lint(base + "follow_ups: [2026-11-01]\n---\n## Referrals\nNone\n").isEmpty)
        #expect(try lint(base + "---\n## Referrals\nNone\n- [x] Follow up with the article ✅ 2026-11-01\n").isEmpty)
        #expect(try lint(base + "next_follow_up: 2026-12-01\n---\n## Referrals\nNone\n").isEmpty)
    }

    @Test func personsOwnCadenceFromTheCard() throws {
        let c = Config()
        let notes = [
            NoteReader.read(text: "---\ncontact: \"[[noah]]\"\ndate: 2026-10-01\nthank_you: 2026-10-01\n---\n## Referrals\nNone\n", path: "a.md", config: c),
            NoteReader.read(text: "---\ntype: person\nname: Noah Kim\nfollow_up_after: 30\n---\n", path: "noah.md", config: c),
        ]
        let nb = Notebook(root: "/n", config: c, today: day("2026-11-22"), notes: notes)
        #expect(Linter().run(nb).diagnostics.map(\.rule) == ["follow-up-overdue"])
    }

    @Test func timeZoneDecidesTheMeetingDay() throws {
        // 03:00 UTC on the 21st is still the 20th in Chicago: the thank-you deadline (the 21st) has passed on the 22nd.
        let text = "---\ncontact: Jane\ndate: 2026-11-21T03:00Z\n---\n## Referrals\nNone\n"
        #expect(try lint(text, config: "timezone: America/Chicago\n").map(\.rule) == ["thank-you-missing"])
        #expect(try lint(text, config: "timezone: Europe/Berlin\n").isEmpty)
    }
}
