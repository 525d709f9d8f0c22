import Foundation
import Testing
@testable import LanternKit

/// The repository's root folder.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

let fixtures = repositoryRoot + "/Tests/LanternKitTests/Fixtures"
let exampleNotebook = repositoryRoot + "/examples/notebook"

/// Reads a note from text, as the loader would.
func readNote(_ text: String, path: String = "interviews/note.md", config: Config = Config()) -> Note {
    NoteReader.read(bytes: Array(text.utf8), path: path, config: config)
}

/// An interview note's interview (fails the test's expectation when there is none).
func interview(_ text: String, config: Config = Config()) -> Interview {
    readNote(text, config: config).interview ?? Interview()
}

/// A fresh temporary folder.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "lantern-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Writes files (relative path → text) under `root`.
func write(_ files: [String: String], in root: String) {
    for (path, text) in files {
        let url = URL(fileURLWithPath: root + "/" + path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }
}

func day(_ s: String) -> Day { Day(iso: s)! }

/// A notebook made of notes in memory (path → text), judged on `today`.
func notebook(_ files: [String: String], today: String = "2026-11-22", config: String = "") throws -> Notebook {
    let settings = try Config.parse(config, displayPath: "lantern.yml")
    let notes = files.map { NoteReader.read(bytes: Array($1.utf8), path: $0, config: settings) }
    return Notebook(root: "/notebook", config: settings, today: day(today), notes: notes)
}

/// The example notebook's files, by relative path (its notes and `lantern.yml`).
func exampleNotebookFiles() throws -> [String: String] {
    var files: [String: String] = [:]
    let walker = FileManager.default.enumerator(atPath: exampleNotebook)
    while let path = walker?.nextObject() as? String {
        guard path.hasSuffix(".md") || path == "lantern.yml",
              let text = try? String(contentsOfFile: exampleNotebook + "/" + path, encoding: .utf8) else { continue }
        files[path] = text
    }
    return files
}

/// A fresh folder holding the benchmark generator's notebook of `count` notes (seeded).
func generatedNotebook(count: Int, seed: Int) throws -> String {
    let folder = temporaryFolder()
    let generator = Process()
    generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    generator.arguments = ["python3", repositoryRoot + "/Benchmarks/generate.py", String(count), folder, "--seed", String(seed)]
    try generator.run()
    generator.waitUntilExit()
    try #require(generator.terminationStatus == 0)
    return folder
}

/// Compares `output` with the golden file `Fixtures/NAME`, after replacing `root` with `<root>`.
/// `UPDATE_SNAPSHOTS=1 swift test` rewrites the golden files after an intended change.
func expectGolden(_ output: String, _ name: String, root: String? = nil) throws {
    let path = fixtures + "/" + name
    let normalized = root.map { output.replacingOccurrences(of: $0, with: "<root>") } ?? output
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(normalized.utf8).write(to: URL(fileURLWithPath: path))
    }
    let golden = try String(contentsOfFile: path, encoding: .utf8)
    #expect(normalized == golden, "\(name) differs from the golden file; run UPDATE_SNAPSHOTS=1 swift test if intended")
}
