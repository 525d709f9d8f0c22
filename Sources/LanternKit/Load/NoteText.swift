import Foundation

/// A note file's bytes turned into text and split into front matter and body.
struct NoteText {
    /// The YAML between the fences (without them), or `nil` when the note has none.
    var yaml: String?
    /// Lines of the file before the YAML's first line (1 with front matter: the opening fence).
    var yamlLineOffset = 1
    /// The Markdown after the front matter (the whole text without it).
    var body: String
    /// The file line on which the body's first line stands.
    var bodyFirstLine = 1
    /// `lf`, `crlf` or `mixed`.
    var lineEndings = "lf"
    /// Set when the front matter opens but never closes (points at line 1).
    var unclosed = false

    /// Decodes a file's bytes: UTF-8 (with or without a BOM) or UTF-16 with a BOM.
    /// Throws a human reason when the file is not text.
    static func decode(_ bytes: [UInt8]) throws(DecodeFailure) -> String {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            guard bytes.count % 2 == 0 else { throw DecodeFailure("it looks like UTF-16 but has an odd number of bytes") }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2 - 1)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            guard let s = String(validating: units, as: UTF16.self) else { throw DecodeFailure("it is not valid UTF-16") }
            if s.utf8.contains(0) { throw DecodeFailure("it contains NUL bytes (a binary file?)") }
            return s
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let slice = bytes[start...]
        if let nul = slice.firstIndex(of: 0) {
            throw DecodeFailure("it contains a NUL byte at offset \(nul) (a binary file?)")
        }
        guard let s = String(validating: slice, as: UTF8.self) else {
            let offset = firstInvalidUTF8(slice) ?? start
            throw DecodeFailure("it is not UTF-8 text (invalid byte at offset \(offset), line \(lineNumber(of: offset, in: bytes)))")
        }
        return s
    }

    struct DecodeFailure: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// Splits decoded text (a BOM already removed).
    init(splitting text: String) {
        let u = text.utf8
        lineEndings = NoteText.lineEndings(of: u)
        // Front matter opens with a first line of `---` (trailing blanks allowed).
        guard let firstEnd = u.firstIndex(of: UInt8(ascii: "\n")) ?? (u.isEmpty ? nil : u.endIndex),
            NoteText.isFence(u[u.startIndex..<firstEnd], dashesOnly: true)
        else {
            body = text
            return
        }
        var lineStart = firstEnd == u.endIndex ? u.endIndex : u.index(after: firstEnd)
        var line = 2
        let yamlStart = lineStart
        while lineStart < u.endIndex {
            let lineEnd = u[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? u.endIndex
            if NoteText.isFence(u[lineStart..<lineEnd], dashesOnly: false) {
                yaml = String(text[yamlStart..<lineStart])
                let after = lineEnd == u.endIndex ? u.endIndex : u.index(after: lineEnd)
                body = String(text[after...])
                bodyFirstLine = line + 1
                return
            }
            lineStart = lineEnd == u.endIndex ? u.endIndex : u.index(after: lineEnd)
            line += 1
        }
        // Never closed: no front matter can be read; the body is the whole text.
        unclosed = true
        body = text
    }

    /// `---` (or `...` when closing), then only blanks and an optional CR.
    private static func isFence(_ line: Substring.UTF8View, dashesOnly: Bool) -> Bool {
        guard line.count <= 16 else { return false }
        var bytes = Array(line)
        while let last = bytes.last, last == 13 || last == 32 || last == 9 { bytes.removeLast() }
        if bytes == [45, 45, 45] { return true }
        return !dashesOnly && bytes == [46, 46, 46]
    }

    private static func lineEndings(of u: String.UTF8View) -> String {
        var crlf = false, lf = false
        u.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return }
            var i = 0
            while i < bytes.count, let hit = memchr(base + i, 10, bytes.count - i) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if at > 0, bytes[at - 1] == 13 { crlf = true } else { lf = true }
                if crlf && lf { return }
                i = at + 1
            }
        }
            ?? {
                var previous: UInt8 = 0
                for b in u {
                    if b == 10 { if previous == 13 { crlf = true } else { lf = true } }
                    previous = b
                }
            }()
        return crlf && lf ? "mixed" : crlf ? "crlf" : "lf"
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let n: Int
            if b < 0x80 { n = 1 } else if b & 0xE0 == 0xC0 { n = 2 } else if b & 0xF0 == 0xE0 { n = 3 } else if b & 0xF8 == 0xF0 { n = 4 } else { return i }
            if i + n > bytes.endIndex || String(validating: bytes[i..<(i + n)], as: UTF8.self) == nil { return i }
            i += n
        }
        return nil
    }

    private static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
    }
}
