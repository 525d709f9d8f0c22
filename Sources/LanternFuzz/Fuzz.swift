import Foundation
@_spi(Testing) import LanternKit
import LanternLSP

/// The fuzz target for the note reader (front matter and body) and the language server's
/// message reader: libFuzzer feeds it bytes, and every input must come back as a `Note` (with
/// problems, if any) and as frames and messages, without crashing or hanging.
/// Built by `make fuzz` with `-sanitize=fuzzer` and `-D LANTERN_FUZZ`.
///
/// Built without them (as `swift build` does), it is a replay tool: `lantern-fuzz FILE…` reads
/// each file as a note and prints what it found, which is how a crash the fuzzer saved is
/// reproduced.
enum FuzzTarget {
    static let config: Config = {
        var c = Config()
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    static func run(_ bytes: [UInt8]) -> Note {
        // Differential: wherever the fast front-matter reader answers, Yams must read the same,
        // whether the input is taken as a whole YAML document or as a note.
        if let text = String(validating: bytes, as: UTF8.self) {
            if let disagreement = YAMLReader.fastPathDisagreement(text) ?? YAMLReader.frontMatterDisagreement(inNote: text) {
                preconditionFailure("the fast YAML path disagrees with Yams:\n\(disagreement)")
            }
        }
        readMessages(bytes)
        let note = NoteReader.read(bytes: bytes, path: "interviews/fuzz.md", config: config)
        // Exercise what consumers do with a note, so their code is fuzzed too.
        let notebook = Notebook(root: "/fuzz", config: config, today: Day(iso: "2026-11-22")!, notes: [note])
        _ = Linter().run(notebook)
        _ = FollowUps.items(in: notebook)
        if let text = String(validating: bytes, as: UTF8.self),
            let result = try? NoteLog.apply(
                .init(event: .attempt, date: "2026-11-21", via: .email, note: "a, b: c"),
                to: text, path: "interviews/fuzz.md", config: config, today: notebook.today)
        {
            precondition(result.editor.undone == text, "log's undo does not give the original back")
        }
        return note
    }
}

extension FuzzTarget {
    /// `lantern lsp`'s reader: the bytes as a stream of `Content-Length` frames, cut where the
    /// first byte says, each message sorted as JSON-RPC; and, as text, edited where the last bytes say.
    static func readMessages(_ bytes: [UInt8]) {
        var parser = FrameParser()
        let cut = bytes.first.map { Int($0) % (bytes.count + 1) } ?? 0
        for part in [bytes[..<cut], bytes[cut...]] {
            parser.append(part)
            var frames = 0
            while let frame = parser.next() {
                frames += 1
                precondition(frames <= bytes.count + 1, "the frame parser does not move on")
                if case .message(let body) = frame { _ = IncomingMessage.decode(body) }
            }
        }
        _ = IncomingMessage.decode(bytes)
        if let text = String(validating: bytes, as: UTF8.self), bytes.count >= 4 {
            var document = DocumentText(text)
            let n = bytes.count
            let a = Position(line: Int(bytes[n - 4]) % 8, character: Int(bytes[n - 3]) % 64)
            let b = Position(line: Int(bytes[n - 2]) % 8, character: Int(bytes[n - 1]) % 64)
            document.apply(TextDocumentContentChangeEvent(range: TextRange(start: min(a, b), end: max(a, b)), text: "é😀\n"))
            _ = NoteReader.read(text: document.text, path: "interviews/fuzz.md", config: config)
        }
    }
}

#if LANTERN_FUZZ
    /// libFuzzer's driver, for a program that has its own `main` (SwiftPM gives every executable one).
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @main
    struct Fuzz {
        static func main() {
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            let status = runFuzzerDriver(&argc, &argv) { data, size in
                _ = FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                return 0
            }
            exit(status)
        }
    }
#else
    @main
    struct Replay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("\(path): cannot read")
                    continue
                }
                let note = FuzzTarget.run(Array(data))
                print("\(path): \(note.kind) with \(note.problems.count) problems, \(note.body.tasks.count) tasks")
            }
        }
    }
#endif
