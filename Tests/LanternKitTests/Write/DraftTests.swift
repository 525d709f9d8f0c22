import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Drafts that sound like the user: `me:` in lantern.yml, days said as a person says them, titles
/// and companies as written, and a one-line refusal for every kind when the note lacks what it
/// needs.
@Suite struct DraftTests {
    static let me = """
        me:
          name: Alex Rivera
          pitch: I taught middle-school science for eight years and I'm moving into product management
          signature: |
            Alex Rivera
            alex@example.com
        """

    static let notes = [
        "interviews/jane.md": """
        ---
        contact: Jane Doe
        title: SVP Product
        company: eBay
        introduced_by: Sam Lee
        attempts: [2026-11-04 email]
        replied: 2026-11-05
        date: 2026-11-19 15:00
        ---
        """,
        "interviews/sam.md": "---\ncontact: Sam Lee\ndate: 2026-10-01\nthank_you: 2026-10-01\n---\n",
        "interviews/kim.md": "---\ncontact: Kim Park\ntitle: VP of Product\ncompany: Kahoot!\nattempts: [2026-11-17 email]\n---\n",
        "interviews/lou.md": "---\ncontact: Lou Ray\ntitle: Associate Product Manager\ndate: 2026-12-02\nintroduced_by: Sam Lee\n---\n",
        "interviews/ana.md": "---\ncontact: Ana Ruiz\n---\n",
        "interviews/max.md": "---\ncontact: Max Stone\nattempts: [2026-11-10 email]\ndate: 2026-11-30\n---\n",
        "interviews/eve.md": "---\ncontact: Eve Hart\nattempts: [2026-10-10 email]\nstatus: dropped\nintroduced_by: Sam Lee\n---\n",
        "notes/other.md": "# Reading list\n",
    ]

    func draft(_ kind: Draft.Kind, _ path: String, today: String = "2026-11-22", config: String = "") throws -> String {
        let nb = try notebook(Self.notes, today: today, config: config)
        let note = try #require(nb.note(at: path))
        #expect(Draft.refusal(kind, note: note, in: nb) == nil)
        return try Draft.render(kind, note: note, in: nb, templates: Templates(root: nil))
    }

    @Test func meFillsEveryDraft() throws {
        for kind in Draft.Kind.allCases {
            let path = kind == .outreach || kind == .nudge ? "interviews/kim.md" : "interviews/jane.md"
            let plain = try draft(kind, path)
            #expect(plain.hasSuffix("\n[Your name]\n"), "\(kind.rawValue) without me:")
            let mine = try draft(kind, path, config: Self.me)
            #expect(!mine.contains("[Your name]") && mine.hasSuffix("\nAlex Rivera\nalex@example.com\n"), "\(kind.rawValue): \(mine)")
        }
        // The pitch opens the outreach, as a sentence; the name signs when there is no signature.
        let outreach = try draft(.outreach, "interviews/kim.md", config: "me:\n  name: Alex Rivera\n  pitch: I taught science for eight years!\n")
        #expect(
            outreach.contains(
                "I came across your work at Kahoot! and wanted to reach out. I taught science for eight years! I would love to hear how you found your way into your work as a VP of Product."
            ))
        #expect(outreach.hasSuffix("Thank you,\nAlex Rivera\n"))
        let pitched = try draft(.outreach, "interviews/kim.md", config: Self.me)
        #expect(pitched.contains("I'm moving into product management. I would love"))
    }

    @Test func daysAsAPersonSaysThem() throws {
        // The meeting was on Thursday 19 November 2026.
        let sameDay = try draft(.thankYou, "interviews/jane.md", today: "2026-11-19")
        #expect(sameDay.hasPrefix("Subject: Thank you for today\n") && sameDay.contains("talk with me today."))
        let recent = try draft(.thankYou, "interviews/jane.md", today: "2026-11-22")
        #expect(recent.hasPrefix("Subject: Thank you for Thursday\n") && recent.contains("talk with me on Thursday."))
        let sixDays = try draft(.updateIntroducer, "interviews/jane.md", today: "2026-11-25")
        #expect(sixDays.contains("I spoke with Jane Doe on Thursday."))
        let weekLater = try draft(.thankYou, "interviews/jane.md", today: "2026-11-26")
        #expect(weekLater.hasPrefix("Subject: Thank you for our conversation\n") && weekLater.contains("talk with me on Thursday 19 November 2026."))
        let followUp = try draft(.followUp, "interviews/jane.md", today: "2027-01-20")
        #expect(followUp.contains("since our conversation on Thursday 19 November 2026:"))
        // A nudge names when the last message went out the same way.
        #expect(try draft(.nudge, "interviews/kim.md", today: "2026-11-20").contains("my note from Tuesday back to the top"))
        #expect(try draft(.nudge, "interviews/kim.md", today: "2026-12-01").contains("my note from Tuesday 17 November 2026 back"))
    }

    @Test func titlesAndCompaniesAsWritten() throws {
        #expect(try draft(.nudge, "interviews/kim.md").contains("as a VP of Product"))
        let nb = try notebook(Self.notes)
        let withSVP = try Draft.render(.outreach, note: try #require(nb.note(at: "interviews/jane.md")), in: nb, templates: Templates(root: nil))
        #expect(withSVP.contains("as an SVP Product"))
        #expect(Draft.article("Associate Product Manager") == "an Associate Product Manager")
        #expect(Draft.article("UX Researcher") == "a UX Researcher")
        #expect(Draft.article("MBA Intern") == "an MBA Intern")
        #expect(Draft.article("Director of Product") == "a Director of Product")
        #expect(try draft(.outreach, "interviews/kim.md").contains("your work at Kahoot! and"))
    }

    @Test func everyKindRefusesInOneLineWhenTheNoteLacksWhatItNeeds() throws {
        let nb = try notebook(Self.notes)
        func refusal(_ kind: Draft.Kind, _ path: String) throws -> String? {
            Draft.refusal(kind, note: try #require(nb.note(at: path)), in: nb)
        }
        let cases: [(Draft.Kind, String, String)] = [
            (.outreach, "notes/other.md", "notes/other.md is not an interview note (it has no contact), so there is nobody to write to"),
            (
                .nudge, "interviews/ana.md",
                "no attempt to Ana Ruiz is recorded in interviews/ana.md (attempts:), so there is nothing to nudge about: start with lantern draft outreach ana"
            ),
            (.nudge, "interviews/jane.md", "Jane Doe replied on 2026-11-05 (interviews/jane.md:7), so there is no need to nudge"),
            (
                .thankYou, "interviews/ana.md",
                "interviews/ana.md records no meeting with Ana Ruiz (date:), so there is nothing to thank them for yet: once you have met, record it with lantern log ana done (add --date YYYY-MM-DD for a day before today)"
            ),
            (
                .thankYou, "interviews/lou.md",
                "you meet Lou Ray on 2026-12-02 (interviews/lou.md), so it is too early for a thank-you: draft it after the meeting"
            ),
            (
                .followUp, "interviews/ana.md",
                "interviews/ana.md records no meeting with Ana Ruiz (date:), so there is nothing to follow up on yet: once you have met, record it with lantern log ana done (add --date YYYY-MM-DD for a day before today)"
            ),
            (
                .nudge, "interviews/lou.md",
                "no attempt to Lou Ray is recorded in interviews/lou.md (attempts:), so there is nothing to nudge about: start with lantern draft outreach lou"
            ),
            (.nudge, "interviews/max.md", "a meeting with Max Stone is recorded for 2026-11-30 (interviews/max.md:4), so there is no need to nudge"),
            (.nudge, "interviews/eve.md", "Eve Hart is dropped (interviews/eve.md:4), so there is nobody to nudge"),
            (
                .followUp, "interviews/lou.md",
                "you meet Lou Ray on 2026-12-02 (interviews/lou.md), so it is too early for a follow-up: draft it after the meeting"
            ),
            (
                .updateIntroducer, "interviews/kim.md",
                "interviews/kim.md names nobody who introduced you to Kim Park, so there is nobody to update: if someone did, add introduced_by: Their Name to its front matter"
            ),
            (
                .updateIntroducer, "interviews/eve.md",
                "interviews/eve.md records no meeting with Eve Hart (date:), so there is no news for your introducer yet: once you have met, record it with lantern log eve done (add --date YYYY-MM-DD for a day before today)"
            ),
            (
                .updateIntroducer, "interviews/lou.md",
                "you meet Lou Ray on 2026-12-02 (interviews/lou.md), so it is too early for news for your introducer: draft it after the meeting"
            ),
        ]
        for (kind, path, message) in cases {
            #expect(try refusal(kind, path) == message, "\(kind.rawValue) \(path)")
            #expect(!message.contains("\n"))
        }
        // Every kind has a refusal of its own.
        #expect(Set(cases.map(\.0)) == Set(Draft.Kind.allCases))
    }
}

/// `me:` in lantern.yml, checked like every other key.
@Suite struct MeSettingTests {
    func failure(_ text: String) -> ConfigError? {
        do {
            _ = try Config.parse(text, displayPath: "lantern.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test func readWithItsLines() throws {
        let config = try Config.parse(DraftTests.me, displayPath: "lantern.yml")
        #expect(
            config.me
                == Config.Me(
                    name: "Alex Rivera", pitch: "I taught middle-school science for eight years and I'm moving into product management",
                    signature: "Alex Rivera\nalex@example.com"))
        #expect(try Config.parse("me:\n  name:\n", displayPath: "lantern.yml").me == Config.Me())
        #expect(try Config.parse("Me: {Name: Alex}\n", displayPath: "lantern.yml").me.name == "Alex")
    }

    @Test func badKeysAndValuesNameTheLine() {
        #expect(
            failure("me:\n  name: Alex\n  pitchh: hello\n")?.description
                == "lantern.yml:3:3: error: me: unknown key pitchh (did you mean pitch?); known: name, pitch, signature")
        #expect(
            failure("me:\n  signature: [Alex, Rivera]\n")?.description
                == "lantern.yml:2:14: error: me.signature must be text, not a list")
        #expect(failure("me: Alex Rivera\n")?.description.hasPrefix("lantern.yml:1:5: error: me must be a map like {name: Alex Rivera") == true)
        #expect(failure("me:\n  name: A\n  Name: B\n")?.description == "lantern.yml:3:3: error: me: Name is set twice (first on line 2)")
    }

    @Test func lanternInitShowsItCommented() throws {
        let file = Authoring.settingsFile
        #expect(file.contains("# me:"))
        // Uncommented, the example is a valid setting.
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("# me:") })
        let block = lines[start...].prefix { $0.hasPrefix("#") }.map { String($0.dropFirst(2)) }.joined(separator: "\n")
        let me = try Config.parse(block + "\n", displayPath: "lantern.yml").me
        #expect(me.name == "Alex Rivera" && me.pitch?.hasPrefix("I taught") == true && me.signature?.contains("\n") == true)
    }
}
