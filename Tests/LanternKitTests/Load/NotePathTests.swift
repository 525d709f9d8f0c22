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
}
