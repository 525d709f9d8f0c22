import Foundation
import Testing
import LanternKit
@testable import LanternLSP
import LanternTestSupport

/// The `Content-Length` reader: whole messages however the bytes arrive, and a way on after
/// anything that is not a frame.
@Suite struct FrameParserTests {
    func frames(_ chunks: [[UInt8]]) -> [FrameParser.Frame] {
        var parser = FrameParser()
        var out: [FrameParser.Frame] = []
        for chunk in chunks {
            parser.append(chunk)
            while let frame = parser.next() { out.append(frame) }
        }
        return out
    }

    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func messagesSplitAnywhereComeOutWhole() {
        let stream =
            FrameParser.frame(bytes(#"{"a":"é"}"#)) + bytes("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n") + FrameParser.frame(bytes("{}"))
        for split in 0...stream.count {
            #expect(
                frames([Array(stream[..<split]), Array(stream[split...])]) == [.message(bytes(#"{"a":"é"}"#)), .message(bytes("{}"))], "split at \(split)")
        }
        #expect(frames(stream.map { [$0] }).count == 2, "byte by byte")
    }

    @Test func junkIsReportedAndTheNextFrameFound() {
        let stream = bytes("hello\r\n") + FrameParser.frame(bytes("{}"))
        #expect(frames([stream]) == [.malformed("\"hello\" is not a header line"), .message(bytes("{}"))])
        // A body longer than its Content-Length said runs into the next header.
        let long = bytes("Content-Length: 2\r\n\r\n{}}}") + FrameParser.frame(bytes("[]"))
        let out = frames([long])
        #expect(out.first == .message(bytes("{}")))
        #expect(out.last == .message(bytes("[]")))
        #expect(out.count == 3)
        // A header block without a length, and a length that is not a number.
        #expect(
            frames([bytes("X-Thing: 1\r\n\r\n") + FrameParser.frame(bytes("1"))]) == [
                .malformed("a message without a Content-Length header"), .message(bytes("1")),
            ])
        #expect(frames([bytes("Content-Length: -4\r\n\r\n")]).first == .malformed("Content-Length \"-4\" is not a number of bytes"))
        // Blank lines between messages are nothing.
        #expect(frames([bytes("\r\n\r\n\n") + FrameParser.frame(bytes("2"))]) == [.message(bytes("2"))])
    }

    @Test func anOversizedMessageIsRefusedWithoutAllocatingIt() {
        let huge = FrameParser.maximumLength + 1
        var parser = FrameParser()
        parser.append(bytes("Content-Length: \(huge)\r\n\r\n"))
        #expect(parser.next() == .malformed("a message of \(huge) bytes is over the limit of \(FrameParser.maximumLength)"))
        // Its bytes are dropped as they come; the frame after it is read.
        var left = huge
        let block = [UInt8](repeating: 120, count: 1 << 20)
        while left > 0 {
            parser.append(block.prefix(min(left, block.count)))
            left -= min(left, block.count)
            #expect(parser.next() == nil)
        }
        parser.append(FrameParser.frame(bytes("{}")))
        #expect(parser.next() == .message(bytes("{}")))
    }

    @Test func aHeaderThatNeverEndsIsDropped() {
        var parser = FrameParser()
        parser.append([UInt8](repeating: 65, count: 20_000))
        #expect(parser.next() != nil)
        parser.append(bytes("\r\n\r\n") + FrameParser.frame(bytes("{}")))
        var last: FrameParser.Frame?
        while let frame = parser.next() { last = frame }
        #expect(last == .message(bytes("{}")))
    }

    /// Random bytes, split at random places: the parser never traps and always moves on.
    @Test func randomBytes() {
        var random = SeededRandom(state: 9)
        let pieces = ["Content-Length: ", "12", "\r\n", "\n", "\r\n\r\n", "{}", "x", ":", "Content-Length: 99999999999999999999", "\u{0}", "é"]
        for _ in 0..<2_000 {
            var stream: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) { stream += Array(pieces[Int.random(in: 0..<pieces.count, using: &random)].utf8) }
            var parser = FrameParser()
            var offset = 0
            while offset < stream.count {
                let n = Int.random(in: 1...8, using: &random)
                parser.append(stream[offset..<min(stream.count, offset + n)])
                offset += n
                var guardCount = 0
                while parser.next() != nil { guardCount += 1; #expect(guardCount < 10_000) }
            }
            for frame in frames([stream]) {
                if case .message(let body) = frame { _ = IncomingMessage.decode(body) }
            }
        }
    }

    @Test func messagesAreSortedAsJSONRPCSaysAndParamsDecoded() throws {
        guard
            case .request(.number(3), "textDocument/hover", let body) = IncomingMessage.decode(
                bytes(
                    #"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.md"},"position":{"line":1,"character":2}}}"#
                ))
        else {
            Issue.record("not a request")
            return
        }
        #expect(try decodeParams(TextDocumentPositionParams.self, from: body).position == Position(line: 1, character: 2))
        guard case .notification("exit", _) = IncomingMessage.decode(bytes(#"{"jsonrpc":"2.0","method":"exit"}"#)) else {
            Issue.record("not a notification"); return
        }
        guard case .response(.string("x"), _) = IncomingMessage.decode(bytes(#"{"jsonrpc":"2.0","id":"x","result":null}"#)) else {
            Issue.record("not a response"); return
        }
        guard case .invalid(nil, let error) = IncomingMessage.decode(bytes(#"{"jsonrpc":"2.0","id":[1],"method":"x"}"#)) else { Issue.record("valid?"); return }
        #expect(error.code == -32600)
        #expect(throws: ResponseError.self) { try decodeParams(TextDocumentPositionParams.self, from: bytes(#"{"params":{"textDocument":{}}}"#)) }
    }
}

/// Incremental edits, in UTF-16 units, on text with characters of every width.
@Suite struct DocumentTextTests {
    @Test func editsCountUTF16Units() {
        var text = DocumentText("a😀b\r\nzoë\n")
        text.apply(TextDocumentContentChangeEvent(range: TextRange(start: Position(line: 0, character: 3), end: Position(line: 0, character: 4)), text: "B"))
        #expect(text.text == "a😀B\r\nzoë\n")
        text.apply(
            TextDocumentContentChangeEvent(range: TextRange(start: Position(line: 1, character: 3), end: Position(line: 2, character: 0)), text: "!\n\n"))
        #expect(text.text == "a😀B\r\nzoë!\n\n")
        #expect(text.line(0) == "a😀B")
        #expect(text.position(ofOffset: Array("a😀B\r\nzo".utf8).count) == Position(line: 1, character: 2))
        // Lantern's places: columns in code points.
        #expect(text.position(line: 1, column: 2) == Position(line: 0, character: 1))
        #expect(text.position(line: 1, column: 3) == Position(line: 0, character: 3))
        #expect(text.position(line: 2, column: 9) == Position(line: 1, character: 4), "clamped to the line")
    }

    @Test func randomEditsMatchEditingTheUTF16Text() {
        var random = SeededRandom(state: 4)
        let pieces = ["a", "é", "😀", "\n", "\r\n", "🇫🇷", " ", "z"]
        var text = DocumentText("")
        var model: [UInt16] = []
        for _ in 0..<500 {
            // The model's lines, in UTF-16 units (a Character would hold `\r\n` as one).
            let lines = model.split(separator: 10, omittingEmptySubsequences: false).map { Array($0) }
            func randomPosition() -> Position {
                let line = Int.random(in: 0..<lines.count, using: &random)
                let scalars = Array(String(decoding: lines[line], as: UTF16.self).unicodeScalars.filter { $0 != "\r" })
                let k = Int.random(in: 0...scalars.count, using: &random)
                return Position(line: line, character: scalars.prefix(k).reduce(0) { $0 + UTF16.width($1) })
            }
            var a = randomPosition(), b = randomPosition()
            if b < a { swap(&a, &b) }
            let insert = (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            func offset(_ p: Position) -> Int {
                var units = 0
                for (n, line) in lines.enumerated() where n < p.line { units += line.count + 1 }
                return units + p.character
            }
            model.replaceSubrange(offset(a)..<offset(b), with: Array(insert.utf16))
            text.apply(TextDocumentContentChangeEvent(range: TextRange(start: a, end: b), text: insert))
            #expect(text.text == String(decoding: model, as: UTF16.self))
        }
    }
}
