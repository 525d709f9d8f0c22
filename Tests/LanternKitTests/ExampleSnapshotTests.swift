import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// The parsed model of `examples/notebook` on a fixed day, compared with a snapshot file.
/// Regenerate after an intended change with `UPDATE_SNAPSHOTS=1 swift test`.
@Suite struct ExampleSnapshotTests {
    static let snapshot = fixtures + "/example-export.json"

    @Test func exportMatchesSnapshot() throws {
        let notebook = try Loader.load(NotebookLocation.find(paths: [exampleNotebook], configFile: nil), today: day("2026-11-20"))
        let json = JSONOutput.encode(ExportJSON(notebook)).replacingOccurrences(of: notebook.root, with: "<root>") + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
            try Data(json.utf8).write(to: URL(fileURLWithPath: Self.snapshot))
        }
        let expected = try String(contentsOfFile: Self.snapshot, encoding: .utf8)
        #expect(json == expected, "examples/notebook parses differently from \(Self.snapshot); run UPDATE_SNAPSHOTS=1 swift test if intended")
    }

    @Test func exampleCoversTheFormat() throws {
        let nb = try Loader.load(NotebookLocation.find(paths: [exampleNotebook], configFile: nil), today: day("2026-11-20"))
        #expect((15...25).contains(nb.notes.count))
        let statuses = Set(nb.interviews.map { $0.interview.status(on: nb.today) })
        #expect(statuses == Set(Status.allCases))
        #expect(nb.interviews.contains { $0.interview.isPractice })
        #expect(nb.notes.contains { $0.kind == .person })
        #expect(nb.notes.contains { $0.lineEndings == "crlf" })
        #expect(nb.notes.allSatisfy { $0.problems.isEmpty }, "\(nb.notes.flatMap(\.problems))")
        // The referral chain: María introduced Priya, who referred Tomás.
        #expect(nb.person(named: "Priya Raman")?.introducedBy == "María González")
        #expect(nb.person(named: "Tomas Alvarez")?.introducedBy == "Priya Raman")
        #expect(nb.person(named: "Maria G")?.interviews.count == 2)
    }
}
