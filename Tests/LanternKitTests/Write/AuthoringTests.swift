import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

@Suite struct AuthoringTests {
    @Test func slugsAreASCIIAndStayInTheFolder() throws {
        #expect(Authoring.slug("José Núñez") == "jose-nunez")
        #expect(Authoring.slug("Sam O'Connor") == "sam-oconnor")
        #expect(Authoring.slug("Zoë  Laurent ") == "zoe-laurent")
        #expect(Authoring.slug("王伟") == "wang-wei")
        #expect(Authoring.slug("Jürgen Weiß") == "jurgen-weiss")
        #expect(Authoring.slug("Łukasz Ørsted") == "lukasz-orsted")
        for bad in ["../etc/passwd", "/etc/passwd", "a/b", "a\\b", "..", ".", "", "   ", "a\u{0}b", "!!!", "---"] {
            #expect(throws: Authoring.Failure.self, "\(bad.debugDescription) must be refused") { try Authoring.checkName(bad) }
        }
        #expect(try Authoring.checkName(" Ana  Ruiz ") == "ana-ruiz")
    }

    @Test func createNeverOverwrites() throws {
        let folder = temporaryFolder()
        #expect(try Authoring.createUnique(Array("one".utf8), in: folder, base: "a").path == folder + "/a.md")
        #expect(try String(contentsOfFile: folder + "/a.md", encoding: .utf8) == "one")
        #expect(try Authoring.createUnique(Array("x".utf8), in: folder, base: "a").path == folder + "/a-2.md")
        #expect(try Authoring.createUnique(Array("y".utf8), in: folder, base: "a").path == folder + "/a-3.md")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a-2.md", "a-3.md", "a.md"])  // no temporary file left
    }

    @Test func newNotesReadBackAsWritten() throws {
        let text = try Authoring.interviewNote(
            .init(
                name: "Ana \"AJ\" Ruiz", title: "PM: Growth", company: "Acme #1", email: "ana@acme.example",
                introducedBy: "Bo Chen", date: nil, status: "prospect"),
            templates: Templates(root: nil))
        let note = readNote(text)
        #expect(note.problems.isEmpty, "\(note.problems)")
        let i = try #require(note.interview)
        #expect(i.contact?.value == "Ana \"AJ\" Ruiz" && i.details.title?.value == "PM: Growth" && i.details.company?.value == "Acme #1")
        #expect(i.details.email?.value == "ana@acme.example" && i.details.introducedBy?.value == "Bo Chen" && i.explicitStatus?.value == .prospect)
        #expect(text.contains("# Ana \"AJ\" Ruiz, Acme #1\n"))
    }

    @Test func theSettingsFileIsTheDefaults() throws {
        let config = try Config.parse(Authoring.settingsFile, displayPath: "lantern.yml")
        let defaults = Config()
        #expect(config.followUpAfter == defaults.followUpAfter && config.maxAttempts == defaults.maxAttempts && config.rules.isEmpty)
        // Every setting is named in it.
        for key in Config.keys { #expect(Authoring.settingsFile.contains("# \(key):"), "\(key) missing from lantern init's lantern.yml") }
    }

    @Test func outreachDraftsFollowTheSixPointEmail() throws {
        let nb = try loadExample(today: "2026-11-22")
        let jobWords = JobAsk.words.union(["hire", "hiring", "resume", "cv", "job", "position", "opening", "vacancy"])
        for (note, _) in nb.interviews {
            let draft = try Draft.render(.outreach, note: note, in: nb, templates: Templates(root: nil))
            let body = draft.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")  // after the subject
            let words = body.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }
            #expect(words.count < 100, "\(note.path): \(words.count) words")
            let lower = draft.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            #expect(!lower.contains(where: jobWords.contains), "\(note.path) asks for a job")
            #expect(body.contains("?"), "\(note.path): no question")
            // The connection comes first: the first sentence after the greeting names the introducer.
            if let by = note.interview?.details.introducedBy?.value, let person = nb.person(named: by) {
                let paragraphs = body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                let first = try #require(paragraphs.first { !$0.hasPrefix("Hi ") && !$0.isEmpty })
                #expect(first.hasPrefix(person.name), "\(note.path): \(first)")
            }
        }
    }

    @Test func everyDraftKindRenders() throws {
        let nb = try loadExample(today: "2026-11-22")
        let note = try #require(nb.notes.first { $0.path.hasSuffix("tomas-alvarez.md") })
        for kind in Draft.Kind.allCases {
            let draft = try Draft.render(kind, note: note, in: nb, templates: Templates(root: nil))
            #expect(draft.hasPrefix("Subject: ") && draft.contains("Hi ") && !draft.contains("{{"), "\(kind.rawValue)")
        }
        #expect(try Draft.render(.thankYou, note: note, in: nb, templates: Templates(root: nil)).contains("Aisha Bello"))
        #expect(try Draft.render(.updateIntroducer, note: note, in: nb, templates: Templates(root: nil)).contains("Hi Priya,"))
    }
}
