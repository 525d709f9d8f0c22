import LanternKit

/// The text of an open document, with where each line starts, so that LSP positions (line, and
/// UTF-16 code units within it) and Lantern's places (1-based line, and a column counted in
/// Unicode code points) can be told apart and converted.
///
/// Lines end at `\n` (a `\r` before it belongs to the line ending), as Lantern counts them.
public struct DocumentText: Sendable {
    public private(set) var text: String
    /// The UTF-8 offset of each line's first byte.
    private(set) var lineStarts: [Int] = [0]

    public init(_ text: String) {
        self.text = text
        indexLines()
    }

    private mutating func indexLines() {
        lineStarts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == 10 { lineStarts.append(offset) }
        }
    }

    public var lineCount: Int { lineStarts.count }

    /// The bytes of line `n` (0-based), without its line ending; empty past the end.
    func lineBytes(_ n: Int) -> Substring.UTF8View {
        guard n >= 0, n < lineStarts.count else { return Substring("").utf8 }
        let u = text.utf8
        let start = u.index(u.startIndex, offsetBy: lineStarts[n])
        var end = n + 1 < lineStarts.count ? u.index(u.startIndex, offsetBy: lineStarts[n + 1] - 1) : u.endIndex
        if end > start, u[u.index(before: end)] == 13 { end = u.index(before: end) }
        return text[start..<end].utf8
    }

    /// Line `n` (0-based) as text, without its line ending.
    public func line(_ n: Int) -> Substring {
        Substring(lineBytes(n))
    }

    // MARK: - Positions

    /// The UTF-8 offset in the whole text of an LSP position (clamped to the line and the text).
    public func offset(of position: Position) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return text.utf8.count }
        let line = lineBytes(position.line)
        var units = 0
        var bytes = 0
        for scalar in Substring(line).unicodeScalars {
            if units >= position.character { break }
            units += UTF16.width(scalar)
            bytes += UTF8.width(scalar)
        }
        return lineStarts[position.line] + bytes
    }

    /// The LSP position of a UTF-8 offset in the whole text.
    public func position(ofOffset offset: Int) -> Position {
        let line = max(0, lineStarts.partitioningIndex { $0 > offset } - 1)
        return Position(line: line, character: utf16Units(inLine: line, bytes: offset - lineStarts[line]))
    }

    /// UTF-16 units in the first `bytes` bytes of line `n` (clamped to the line).
    func utf16Units(inLine n: Int, bytes: Int) -> Int {
        var units = 0
        var seen = 0
        for scalar in Substring(lineBytes(n)).unicodeScalars {
            seen += UTF8.width(scalar)
            if seen > bytes { break }
            units += UTF16.width(scalar)
        }
        return units
    }

    /// UTF-16 units in the first `characters` Unicode scalars of line `n` (clamped to the line).
    func utf16Units(inLine n: Int, scalars: Int) -> Int {
        var units = 0
        for (i, scalar) in Substring(lineBytes(n)).unicodeScalars.enumerated() {
            if i >= scalars { break }
            units += UTF16.width(scalar)
        }
        return units
    }

    /// The position of a Lantern place (1-based line, and column in code points) in this text.
    public func position(line: Int, column: Int) -> Position {
        let n = max(0, min(line - 1, lineCount - 1))
        return Position(line: n, character: utf16Units(inLine: n, scalars: column - 1))
    }

    /// The UTF-16 length of line `n`.
    func utf16Length(ofLine n: Int) -> Int {
        Substring(lineBytes(n)).utf16.count
    }

    // MARK: - Edits

    /// Applies one change: a range's replacement, or the whole new text.
    public mutating func apply(_ change: TextDocumentContentChangeEvent) {
        guard let range = change.range else {
            text = change.text
            indexLines()
            return
        }
        let from = offset(of: range.start)
        let to = max(from, offset(of: range.end))
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(from..<to, with: Array(change.text.utf8))
        text = String(decoding: bytes, as: UTF8.self)
        indexLines()
    }
}
