import Foundation
import Testing
import LanternKit

/// The repository's root folder.
public let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/LanternTestSupport/Support.swift
    return url.path
}()

public let fixtures = repositoryRoot + "/Tests/Fixtures"
public let exampleNotebook = repositoryRoot + "/examples/notebook"

/// Reads a note from text, as the loader would.
public func readNote(_ text: String, path: String = "interviews/note.md", config: Config = Config()) -> Note {
    NoteReader.read(bytes: Array(text.utf8), path: path, config: config)
}

/// An interview note's interview (fails the test's expectation when there is none).
public func interview(_ text: String, config: Config = Config()) -> Interview {
    readNote(text, config: config).interview ?? Interview()
}

/// A fresh temporary folder.
public func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "lantern-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A fresh copy of `examples/notebook`, for commands that write.
public func copyOfExampleNotebook() throws -> String {
    let root = temporaryFolder() + "/notebook"
    try FileManager.default.copyItem(atPath: exampleNotebook, toPath: root)
    return root
}

/// Writes files (relative path → text) under `root`.
public func write(_ files: [String: String], in root: String) {
    for (path, text) in files {
        let url = URL(fileURLWithPath: root + "/" + path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }
}

public func day(_ s: String) -> Day { Day(iso: s)! }

/// A notebook made of notes in memory (path → text), judged on `today`.
public func notebook(_ files: [String: String], today: String = "2026-11-22", config: String = "") throws -> Notebook {
    let settings = try Config.parse(config, displayPath: "lantern.yml")
    let notes = files.map { NoteReader.read(bytes: Array($1.utf8), path: $0, config: settings) }
    return Notebook(root: "/notebook", config: settings, today: day(today), notes: notes)
}

/// The example notebook's files, by relative path (its notes and `lantern.yml`).
public func exampleNotebookFiles() throws -> [String: String] {
    var files: [String: String] = [:]
    let walker = FileManager.default.enumerator(atPath: exampleNotebook)
    while let path = walker?.nextObject() as? String {
        guard path.hasSuffix(".md") || path == "lantern.yml",
            let text = try? String(contentsOfFile: exampleNotebook + "/" + path, encoding: .utf8)
        else { continue }
        files[path] = text
    }
    return files
}

/// Compares `output` with the golden file `Fixtures/NAME`, after replacing `root` with `<root>`.
/// `UPDATE_SNAPSHOTS=1 swift test` rewrites the golden files after an intended change.
public func expectGolden(_ output: String, _ name: String, root: String? = nil) throws {
    let path = fixtures + "/" + name
    let normalized = root.map { output.replacingOccurrences(of: $0, with: "<root>") } ?? output
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(normalized.utf8).write(to: URL(fileURLWithPath: path))
    }
    let golden = try String(contentsOfFile: path, encoding: .utf8)
    #expect(normalized == golden, "\(name) differs from the golden file; run UPDATE_SNAPSHOTS=1 swift test if intended")
}

/// The example notebook, loaded as the command line loads it.
public func loadExample(today: String) throws -> Notebook {
    try Loader.load(try NotebookLocation.find(paths: [exampleNotebook], configFile: nil), today: day(today))
}

/// A small seeded generator (SplitMix64), so every run tests the same notes.
public struct SeededRandom: RandomNumberGenerator {
    public init(state: UInt64) { self.state = state }
    public var state: UInt64
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
