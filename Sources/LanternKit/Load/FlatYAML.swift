/// A fast reader for the flat YAML that front matter is made of, with Yams as the authority.
///
/// Front matter is nearly always a block map of plain or quoted scalars, flow lists (`[a, b]`),
/// block lists (`- a`), one-line flow maps and block maps as list items. Composing that through
/// libyaml and Yams cost more than parsing the whole Markdown body with cmark, so this reader
/// handles exactly that subset and answers `.unsupported` for anything else (anchors, tags, block
/// scalars, multi-line scalars, quoted keys, tabs, duplicate keys, errors…), which then goes to
/// Yams. What it does return is the node Yams would give, locations included: a differential
/// test holds it to that over generated notebooks, the examples and the hostile fixtures.
enum FlatYAML {
    enum Outcome {
        /// The document's root (`nil` for a document with no content).
        case parsed(YAMLNode?)
        /// Outside the subset: ask Yams.
        case unsupported
    }

    static func parse(_ text: String, lineOffset: Int) -> Outcome {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes, lineOffset: lineOffset)
            do throws(Unsupported) {
                return .parsed(try reader.document())
            } catch {
                return .unsupported
            }
        }
    }

    private struct Unsupported: Error {}

    private struct Line {
        var start: Int
        /// End of the content, before `\r\n` or `\n`.
        var end: Int
        /// Spaces before the first character, or `nil` for a blank or comment-only line.
        var indent: Int?
    }

    private struct Reader {
        let b: UnsafeBufferPointer<UInt8>
        let lineOffset: Int
        var lines: [Line] = []
        /// The line being read.
        var li = 0
        /// Nodes made so far, held to Yams' budget so that the fallback reports the same error.
        var nodes = 0

        init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) {
            b = bytes
            self.lineOffset = lineOffset
        }

        // MARK: - Lines

        /// Splits the text into lines, refusing bytes libyaml treats specially (tabs, other
        /// control characters, lone CRs, NEL, line and paragraph separators, BOMs, non-characters).
        mutating func splitLines() throws(Unsupported) {
            var i = 0, start = 0
            let n = b.count
            lines.reserveCapacity(32)
            while i < n {
                let c = b[i]
                if c == 10 {
                    var end = i
                    if end > start, b[end - 1] == 13 { end -= 1 }
                    lines.append(line(start, end))
                    start = i + 1
                } else if c < 0x20 {
                    if c != 13 || i + 1 >= n || b[i + 1] != 10 { throw Unsupported() }
                } else if c >= 0x7F {
                    if c == 0x7F { throw Unsupported() }
                    if c == 0xC2, i + 1 < n, b[i + 1] <= 0x9F || b[i + 1] == 0xA0 { throw Unsupported() }
                    if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { throw Unsupported() }
                    if c == 0xEF, i + 2 < n, (b[i + 1] == 0xBB && b[i + 2] == 0xBF) || (b[i + 1] == 0xBF && b[i + 2] >= 0xBE) { throw Unsupported() }
                }
                i += 1
            }
            if start < n { lines.append(line(start, n)) }
        }

        private func line(_ start: Int, _ end: Int) -> Line {
            var p = start
            while p < end, b[p] == 32 { p += 1 }
            let indent: Int? = p == end || b[p] == 35 ? nil : p - start
            return Line(start: start, end: end, indent: indent)
        }

        /// Moves to the next line with content; `nil` at the end.
        mutating func nextContentIndent() -> Int? {
            while li < lines.count {
                if let indent = lines[li].indent { return indent }
                li += 1
            }
            return nil
        }

        // MARK: - Places and nodes

        /// Yams' place for byte `p` of line `l`: lines and columns 1-based, columns in characters.
        func location(_ l: Int, _ p: Int) -> SourceLocation {
            var column = 1
            var i = lines[l].start
            while i < p {
                if b[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            return SourceLocation(line: l + 1 + lineOffset, column: column)
        }

        mutating func counted(_ node: YAMLNode) throws(Unsupported) -> YAMLNode {
            nodes += 1
            if nodes > YAMLReader.nodeBudget { throw Unsupported() }
            return node
        }

        func string(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
        }

        // MARK: - Block structure

        mutating func document() throws(Unsupported) -> YAMLNode? {
            try splitLines()
            for line in lines where line.end - line.start >= 3 {
                // Directives and document markers.
                if b[line.start] == 37 { throw Unsupported() }
                if (b[line.start] == 45 && b[line.start + 1] == 45 && b[line.start + 2] == 45)
                    || (b[line.start] == 46 && b[line.start + 1] == 46 && b[line.start + 2] == 46) {
                    throw Unsupported()
                }
            }
            guard let indent = nextContentIndent() else { return nil }
            guard indent == 0 else { throw Unsupported() }
            let root = try mapping(indent: 0, firstInline: nil)
            if nextContentIndent() != nil { throw Unsupported() }
            return root
        }

        /// A block map whose keys stand at `indent`. `firstInline` is where the first key starts
        /// when it follows a list dash on the current line.
        mutating func mapping(indent: Int, firstInline: Int?) throws(Unsupported) -> YAMLNode {
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var seen: Set<String> = []
            let mapLine = li
            let mapStart = firstInline ?? lines[li].start + indent
            var inline = firstInline
            while true {
                let keyStart: Int
                if let start = inline {
                    keyStart = start
                    inline = nil
                } else {
                    guard let found = nextContentIndent(), found >= indent else { break }
                    guard found == indent else { throw Unsupported() }
                    keyStart = lines[li].start + indent
                }
                let line = lines[li]
                guard let colon = keyEnd(from: keyStart, to: line.end) else { throw Unsupported() }
                let key = string(keyStart, colon)
                guard key != "<<", seen.insert(key).inserted else { throw Unsupported() }
                let keyNode = try counted(.scalar(key, plain: true, location(li, keyStart)))
                var p = colon + 1
                while p < line.end, b[p] == 32 { p += 1 }
                let value: YAMLNode
                if p == line.end || b[p] == 35 {
                    value = try blockValue(parentIndent: indent, colonLine: li, colon: colon)
                } else {
                    value = try inlineValue(from: p, line: li)
                    li += 1
                    if let next = nextContentIndent(), next > indent { throw Unsupported() }
                }
                pairs.append((keyNode, value))
            }
            return try counted(.mapping(pairs, location(mapLine, mapStart)))
        }

        /// The value of a key with nothing after its colon: a list or map on the lines below, or null.
        mutating func blockValue(parentIndent: Int, colonLine: Int, colon: Int) throws(Unsupported) -> YAMLNode {
            li += 1
            if let next = nextContentIndent() {
                let start = lines[li].start + next
                let dash = isDash(start, lines[li].end)
                if next > parentIndent {
                    return dash ? try sequence(indent: next, indentless: false) : try mapping(indent: next, firstInline: nil)
                }
                if next == parentIndent, dash {
                    return try sequence(indent: next, indentless: true)
                }
            }
            return try counted(.scalar("", plain: true, location(colonLine, colon + 1)))
        }

        func isDash(_ p: Int, _ end: Int) -> Bool {
            b[p] == 45 && (p + 1 == end || b[p + 1] == 32)
        }

        /// A block list whose dashes stand at `indent`.
        mutating func sequence(indent: Int, indentless: Bool) throws(Unsupported) -> YAMLNode {
            var items: [YAMLNode] = []
            let seqLine = li
            while let found = nextContentIndent(), found >= indent {
                guard found == indent else { throw Unsupported() }
                let line = lines[li]
                let dash = line.start + indent
                guard isDash(dash, line.end) else {
                    if indentless { break }
                    throw Unsupported()
                }
                var p = dash + 1
                while p < line.end, b[p] == 32 { p += 1 }
                guard p < line.end, b[p] != 35, !isDash(p, line.end) else { throw Unsupported() }
                if keyEnd(from: p, to: line.end) != nil {
                    items.append(try mapping(indent: p - line.start, firstInline: p))
                } else {
                    items.append(try inlineValue(from: p, line: li))
                    li += 1
                    if let next = nextContentIndent(), next > indent { throw Unsupported() }
                }
            }
            return try counted(.sequence(items, location(seqLine, lines[seqLine].start + indent)))
        }

        /// Where a plain block key that starts at `p` ends (its colon), if the line is `key: …`.
        func keyEnd(from p: Int, to end: Int) -> Int? {
            guard p < end, startsPlain(p, end, flow: false) else { return nil }
            var i = p
            while i < end {
                let c = b[i]
                if c == 58, i + 1 == end || b[i + 1] == 32 {
                    // No blank before the colon, and a key libyaml accepts as a simple key.
                    return b[i - 1] == 32 || i - p > 1000 ? nil : i
                }
                if c == 35, b[i - 1] == 32 { return nil }
                if c == 91 || c == 93 || c == 123 || c == 125 || c == 44 { return nil }
                i += 1
            }
            return nil
        }

        /// Whether a plain scalar may start at `p`.
        func startsPlain(_ p: Int, _ end: Int, flow: Bool) -> Bool {
            switch b[p] {
            case 91, 93, 123, 125, 44, 35, 38, 42, 33, 124, 62, 39, 34, 37, 64, 96, 63, 58: return false
            case 45: return p + 1 < end && b[p + 1] != 32 && !(flow && isFlowIndicator(b[p + 1]))
            default: return true
            }
        }

        func isFlowIndicator(_ c: UInt8) -> Bool { c == 44 || c == 91 || c == 93 || c == 123 || c == 125 }

        // MARK: - Values on one line

        /// A scalar, flow list or flow map from `p` to the end of line `l` (a comment may follow).
        mutating func inlineValue(from p: Int, line l: Int) throws(Unsupported) -> YAMLNode {
            let end = lines[l].end
            var i = p
            let node: YAMLNode
            switch b[p] {
            case 34, 39:
                node = try quoted(&i, end, line: l)
            case 91, 123:
                node = try flow(&i, end, line: l, depth: 0)
            default:
                guard startsPlain(p, end, flow: false) else { throw Unsupported() }
                var last = p
                while i < end {
                    let c = b[i]
                    if c == 35, b[i - 1] == 32 { break }
                    if c == 58, i + 1 == end || b[i + 1] == 32 { throw Unsupported() }
                    if c != 32 { last = i }
                    i += 1
                }
                return try counted(.scalar(string(p, last + 1), plain: true, location(l, p)))
            }
            try expectLineEnd(i, end)
            return node
        }

        /// Only blanks, or blanks and a comment, from `i` on.
        func expectLineEnd(_ i: Int, _ end: Int) throws(Unsupported) {
            var i = i
            let start = i
            while i < end, b[i] == 32 { i += 1 }
            guard i == end || (b[i] == 35 && i > start) else { throw Unsupported() }
        }

        /// A single- or double-quoted scalar that closes on its line.
        mutating func quoted(_ i: inout Int, _ end: Int, line l: Int) throws(Unsupported) -> YAMLNode {
            let open = i
            let quote = b[i]
            i += 1
            var out: [UInt8] = []
            var runStart = i
            while true {
                guard i < end else { throw Unsupported() }
                let c = b[i]
                if c == quote {
                    if quote == 39, i + 1 < end, b[i + 1] == 39 {
                        out.append(contentsOf: b[runStart...i])
                        i += 2
                        runStart = i
                        continue
                    }
                    out.append(contentsOf: b[runStart..<i])
                    i += 1
                    break
                }
                if quote == 34, c == 92 {
                    guard i + 1 < end else { throw Unsupported() }
                    out.append(contentsOf: b[runStart..<i])
                    switch b[i + 1] {
                    case 34: out.append(34)
                    case 92: out.append(92)
                    case 47: out.append(47)
                    case 110: out.append(10)
                    case 116: out.append(9)
                    case 114: out.append(13)
                    case 48: out.append(0)
                    case 32: out.append(32)
                    default: throw Unsupported()
                    }
                    i += 2
                    runStart = i
                    continue
                }
                i += 1
            }
            // A quoted key (`"a": b`) is outside the subset.
            var j = i
            while j < end, b[j] == 32 { j += 1 }
            if j < end, b[j] == 58 { throw Unsupported() }
            return try counted(.scalar(String(decoding: out, as: UTF8.self), plain: false, location(l, open)))
        }

        /// A flow list or map that closes on its line.
        mutating func flow(_ i: inout Int, _ end: Int, line l: Int, depth: Int) throws(Unsupported) -> YAMLNode {
            guard depth < 3 else { throw Unsupported() }
            let open = i
            let isMap = b[i] == 123
            let close: UInt8 = isMap ? 125 : 93
            i += 1
            var items: [YAMLNode] = []
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var seen: Set<String> = []
            skipBlanks(&i, end)
            guard i < end else { throw Unsupported() }
            if b[i] == close {
                i += 1
            } else {
                while true {
                    if isMap {
                        let key = try flowPlain(&i, end, line: l, stopAtColon: true)
                        guard i + 1 < end, b[i] == 58, b[i + 1] == 32, let text = key.text, seen.insert(text).inserted else { throw Unsupported() }
                        i += 1
                        skipBlanks(&i, end)
                        let value = try flowItem(&i, end, line: l, depth: depth)
                        pairs.append((key, value))
                    } else {
                        items.append(try flowItem(&i, end, line: l, depth: depth))
                    }
                    skipBlanks(&i, end)
                    guard i < end else { throw Unsupported() }
                    if b[i] == 44 {
                        i += 1
                        skipBlanks(&i, end)
                        guard i < end, b[i] != close, b[i] != 44 else { throw Unsupported() }
                        continue
                    }
                    guard b[i] == close else { throw Unsupported() }
                    i += 1
                    break
                }
            }
            let place = location(l, open)
            return try counted(isMap ? .mapping(pairs, place) : .sequence(items, place))
        }

        func skipBlanks(_ i: inout Int, _ end: Int) {
            while i < end, b[i] == 32 { i += 1 }
        }

        mutating func flowItem(_ i: inout Int, _ end: Int, line l: Int, depth: Int) throws(Unsupported) -> YAMLNode {
            guard i < end else { throw Unsupported() }
            let node: YAMLNode
            switch b[i] {
            case 34, 39: node = try quoted(&i, end, line: l)
            case 91, 123: node = try flow(&i, end, line: l, depth: depth + 1)
            default: return try flowPlain(&i, end, line: l, stopAtColon: false)
            }
            // `[a: b]` and `["a": b]` are single-pair maps: outside the subset.
            var j = i
            while j < end, b[j] == 32 { j += 1 }
            if j < end, b[j] == 58 { throw Unsupported() }
            return node
        }

        /// A plain scalar inside `[…]` or `{…}`; colons are refused except the one after a map key.
        mutating func flowPlain(_ i: inout Int, _ end: Int, line l: Int, stopAtColon: Bool) throws(Unsupported) -> YAMLNode {
            let start = i
            guard i < end, startsPlain(i, end, flow: true) else { throw Unsupported() }
            var last = i
            while i < end {
                let c = b[i]
                if isFlowIndicator(c) { break }
                if c == 58 {
                    if stopAtColon { break }
                    throw Unsupported()
                }
                if c == 35, b[i - 1] == 32 { throw Unsupported() }
                if c == 63 { throw Unsupported() }
                if c != 32 { last = i }
                i += 1
            }
            return try counted(.scalar(string(start, last + 1), plain: true, location(l, start)))
        }
    }
}
