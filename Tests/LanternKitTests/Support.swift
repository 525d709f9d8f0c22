import Foundation
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
