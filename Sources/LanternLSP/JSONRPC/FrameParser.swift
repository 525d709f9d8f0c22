/// Splits a byte stream into messages framed the way the Language Server Protocol frames them:
/// header lines (`Content-Length: N`, optionally `Content-Type: …`), a blank line, then N bytes.
///
/// It never traps on what it is given: bytes that are not a frame come back as `.malformed` with
/// a reason, and the parser finds the next frame after them. A length over `maximumLength` is
/// refused without allocating it; its bytes are skipped as they arrive.
public struct FrameParser: Sendable {
    public enum Frame: Equatable, Sendable {
        /// A message's body (JSON, not yet checked).
        case message([UInt8])
        /// Bytes that were not a frame, and why.
        case malformed(String)
    }

    /// The largest message accepted (64 MiB: a 50 MB note sent whole still fits).
    public static let maximumLength = 64 << 20
    /// A header block longer than this is not a header.
    static let maximumHeader = 8_192

    private var buffer: [UInt8] = []
    /// Bytes of `buffer` already consumed.
    private var start = 0
    /// Bytes of an oversized body still to drop.
    private var skipping = 0

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or `nil` until more bytes arrive.
    public mutating func next() -> Frame? {
        if skipping > 0 {
            let dropped = min(skipping, buffer.count - start)
            start += dropped
            skipping -= dropped
            if skipping > 0 { return nil }
        }
        // Blank lines between messages are not frames.
        while start < buffer.count, buffer[start] == 10 || buffer[start] == 13 { start += 1 }
        guard start < buffer.count else { return nil }
        guard let (headerEnd, bodyStart) = headerEnd() else {
            if buffer.count - start > FrameParser.maximumHeader {
                return junk(upTo: resync(from: start + 1) ?? buffer.count - 3, "a header longer than \(FrameParser.maximumHeader) bytes")
            }
            return nil
        }
        // Header lines: `Name: value`; a line without a colon is junk before a header.
        var length: Int?
        var lineStart = start
        var problem: String?
        while lineStart < headerEnd {
            var lineEnd = lineStart
            while lineEnd < headerEnd, buffer[lineEnd] != 10 { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart, buffer[contentEnd - 1] == 13 { contentEnd -= 1 }
            let line = buffer[lineStart..<contentEnd]
            if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                let name = String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
                let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if name == "content-length" {
                    if let n = Int(value), n >= 0 { length = n } else { problem = "Content-Length \"\(value.prefix(40))\" is not a number of bytes" }
                }
            } else if !line.isEmpty {
                // Junk: drop it and read on from the next line that can start a header.
                return junk(upTo: min(lineEnd + 1, headerEnd), "\"\(String(decoding: line.prefix(40), as: UTF8.self))\" is not a header line")
            }
            lineStart = lineEnd + 1
        }
        guard let length else {
            // The tail of a body longer than its Content-Length said runs into the next header.
            let next = resync(from: start + 1).flatMap { $0 < headerEnd ? $0 : nil }
            return junk(upTo: next ?? bodyStart, problem ?? "a message without a Content-Length header")
        }
        if length > FrameParser.maximumLength {
            start = bodyStart
            skipping = length
            return .malformed("a message of \(length) bytes is over the limit of \(FrameParser.maximumLength)")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        start = bodyStart + length
        return .message(body)
    }

    /// Where the header block ends (the blank line) and the body starts: `\r\n\r\n`, or `\n\n`
    /// from a client that writes bare line feeds.
    private func headerEnd() -> (Int, Int)? {
        var i = start
        let limit = min(buffer.count, start + FrameParser.maximumHeader + 4)
        while i < limit {
            if buffer[i] == 10 {
                if i + 1 < buffer.count, buffer[i + 1] == 10 { return (i + 1, i + 2) }
                if i + 2 < buffer.count, buffer[i + 1] == 13, buffer[i + 2] == 10 { return (i + 1, i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// The next place at or after `from` where a `Content-Length` header starts.
    private func resync(from: Int) -> Int? {
        let needle = Array("content-length".utf8)
        var i = from
        while i + needle.count <= buffer.count {
            var matched = true
            for k in needle.indices where buffer[i + k] | 0x20 != needle[k] {
                matched = false
                break
            }
            if matched { return i }
            i += 1
        }
        return nil
    }

    private mutating func junk(upTo end: Int, _ why: String) -> Frame {
        start = max(start + 1, min(end, buffer.count))
        return .malformed(why)
    }

    /// A message framed for writing.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

import Foundation
