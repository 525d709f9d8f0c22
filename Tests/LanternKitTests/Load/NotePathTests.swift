import Testing
@testable import LanternKit
import LanternTestSupport

/// Whether a path is a note, asked of one path (the language server, for a file the editor opened),
/// agrees with the notes a walk of the notebook finds.
@Suite struct NotePathTests {
    @Test func oneNoteAtATimeAgreesWithTheWalk() throws {
        let root = temporaryFolder()
        let paths = [
            "a.md", "b.markdown", "notes/c.MD", "templates/t.md", "sub/templates/t.md", ".hidden/h.md", "x/.h.md", "reports/w.md",
            "out/reports/w.md", "archive/old.md", "archive/deep/old.md", "keep/archive.md", "notes/skip-me.md", "readme.txt",
        ]
        write(Dictionary(uniqueKeysWithValues: paths.map { ($0, "x\n") }), in: root)
        let config = try Config.parse("ignore: [\"archive/**\", \"**/skip-*.md\"]\n", displayPath: "lantern.yml")
        let found = Set(Discovery.notePaths(root: root, config: config))
        for path in paths {
            #expect(Discovery.isNotePath(path, config: config) == found.contains(path), "\(path)")
        }
        #expect(found.contains("sub/templates/t.md") && !found.contains("templates/t.md"))
    }

    /// The walk's paths come out in `sorted()`'s order: sorted by their bytes when all are ASCII,
    /// by `sorted()` itself otherwise. Random paths of characters where byte order and a
    /// careless comparison differ: `/` and `-`, digits, capitals, one path a prefix of another,
    /// the empty path; and sets with accents, composed and not, where `sorted()` is used.
    @Test func pathsSortedAsSortedSortsThem() {
        var random = ASCIIFastPathTests.Generator(state: 11)
        let ascii = Array("ab/-._AZ09~ ").map(String.init)
        let accented = ascii + ["é", "e\u{301}", "ü", "日"]
        for round in 0..<400 {
            let letters = round % 4 == 3 ? accented : ascii
            let paths = (0..<Int.random(in: 0...60, using: &random)).map { _ in
                (0..<Int.random(in: 0...8, using: &random)).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] }.joined()
            }
            #expect(Discovery.sortedPaths(paths) == paths.sorted(), "\(paths)")
        }
    }
}
