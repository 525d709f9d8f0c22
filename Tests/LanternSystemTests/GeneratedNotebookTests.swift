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
                  let text = try? NoteText.decode(Array(bytes)), let yaml = NoteText(splitting: text).yaml else { continue }
            total += 1
            if agree(yaml, "\(path)") { handled += 1 }
        }
        #expect(total > 500)
        #expect(handled * 100 >= total * 99, "only \(handled) of \(total) generated notes took the fast path")
    }

}
