import Foundation
import Testing
@_spi(Testing) @testable import LanternKit
import LanternTestSupport

/// A fresh folder holding the benchmark generator's notebook of `count` notes (seeded).
public func generatedNotebook(count: Int, seed: Int) throws -> String {
    let folder = temporaryFolder()
    let generator = Process()
    generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    generator.arguments = ["python3", repositoryRoot + "/Benchmarks/generate.py", String(count), folder, "--seed", String(seed)]
    try generator.run()
    generator.waitUntilExit()
    try #require(generator.terminationStatus == 0)
    return folder
}

/// The fast front-matter reader against Yams on the benchmark generator's notebooks (Python).
@Suite struct GeneratedNotebookTests {
    /// Whether the fast path answered on `yaml`; where it did, it must agree with Yams.
    func agree(_ yaml: String, _ comment: Comment) -> Bool {
        guard case .parsed = FlatYAML.parse(yaml, lineOffset: 1) else { return false }
        let disagreement = YAMLReader.fastPathDisagreement(yaml, lineOffset: 1)
        #expect(disagreement == nil, "\(comment.rawValue) for:\n\(yaml)\n\(disagreement ?? "")")
        return true
    }

    /// The benchmark's own notebooks: nearly every note must take the fast path, and agree.
    @Test func generatedNotebooksAgree() throws {
        let folder = try generatedNotebook(count: 600, seed: 7)
        var total = 0, handled = 0
        let walker = FileManager.default.enumerator(atPath: folder)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".md"), let bytes = FileManager.default.contents(atPath: folder + "/" + path),
                let text = try? NoteText.decode(Array(bytes)), let yaml = NoteText(splitting: text).yaml
            else { continue }
            total += 1
            if agree(yaml, "\(path)") { handled += 1 }
        }
        #expect(total > 500)
        #expect(handled * 100 >= total * 99, "only \(handled) of \(total) generated notes took the fast path")
    }

}

/// The benchmark generator's concentrated shape (`--people P`, docs/performance.md): P people
/// whatever the size, each with many notes, referrals written with emails and phones.
@Suite struct ConcentratedShapeTests {
    @Test func fewPeopleWithManyNotesEach() throws {
        let folder = temporaryFolder()
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", repositoryRoot + "/Benchmarks/generate.py", "800", folder, "--seed", "3", "--people", "17"]
        try generator.run()
        generator.waitUntilExit()
        try #require(generator.terminationStatus == 0)
        let nb = try Loader.load(NotebookLocation.find(paths: [folder], configFile: nil), today: day("2026-11-22"))
        #expect(nb.notes.count == 800)
        // Seventeen people, each the contact of about 42 notes and given as a referral in many more.
        let contacts = nb.people.filter { !$0.interviews.isEmpty }
        #expect(contacts.count == 17)
        #expect(nb.people.count == 17)
        #expect(contacts.allSatisfy { $0.interviews.count >= 30 && $0.referredIn.count >= 30 })
        // Referrals carry each person's email and phone (+1 312 555 00NN): each gathered once.
        let referralPhones = contacts.map { $0.phones.filter { $0.hasPrefix("+1 312 555 00") } }
        #expect(referralPhones.allSatisfy { $0.count == 1 })
        #expect(Set(referralPhones.flatMap { $0 }).count == 17)
        #expect(contacts.allSatisfy { $0.emails.contains(where: { $0.hasSuffix("@example.com") }) })
    }
}
