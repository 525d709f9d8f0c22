/// A fast reader for the flat YAML that front matter is made of, with Yams as the authority.
///
/// Why it exists: front matter is nearly always a handful of `key: value` lines, and composing
/// them through libyaml and Yams cost more than parsing the whole Markdown body with cmark (on
/// 10,000 notes, 3.0 s → 2.1 s for `lint` when this reader came in; docs/performance.md). So this
/// reader takes exactly the subset below and answers `.unsupported` for anything else, which the
/// caller (`YAMLReader`) then gives to Yams. What it does return is the node Yams would give,
/// locations included: `FlatYAMLTests` holds it to Yams over generated notebooks, the examples,
/// the hostile fixtures and random front matters, and the fuzz target does on every input.
/// Package.swift pins Yams to an exact version for that reason.
///
/// The subset, all of it on lines indented with spaces:
/// - a block map at the root (`key: value`), its keys plain, unique, not `<<`, no blank before
///   the colon;
/// - values on the key's line: a plain scalar (no `: ` inside), a single- or double-quoted
///   scalar that closes on its line (double-quoted escapes `\" \\ \/ \n \t \r \0` and `\ `
///   only), a flow list `[a, "b", [c]]` or a flow map `{a: b}` that closes on its line (three
///   levels deep at most, no `?`, no `:` inside a plain item, no single-pair `[a: b]`);
/// - a key with nothing after its colon: a block list (`- a`, indented or not) or a block map
///   below it, or null;
/// - block list items: a value on the dash's line, or a block map that starts on it
///   (`- name: Ana`);
/// - comments after a blank, and blank or comment-only lines anywhere.
///
/// Outside it (Yams decides): anchors, aliases, tags, block scalars (`|`, `>`), scalars over
/// several lines, quoted or complex keys, tabs, directives and document markers, duplicate keys,
/// bytes libyaml treats specially (control characters, a lone CR, NEL, U+2028/U+2029, a BOM,
/// non-characters), and every error.
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

    /// The bytes the reader looks for.
    private enum Byte {
        static let lineFeed = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        static let space = UInt8(ascii: " ")
        /// The first byte that is not a control character, and the one control character above it.
        static let firstPrintable = UInt8(ascii: " "), delete: UInt8 = 0x7F
        static let hash = UInt8(ascii: "#")
        static let colon = UInt8(ascii: ":")
        static let comma = UInt8(ascii: ",")
        static let dash = UInt8(ascii: "-")
        static let dot = UInt8(ascii: ".")
        static let percent = UInt8(ascii: "%")
        static let questionMark = UInt8(ascii: "?")
        static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
        static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        static let singleQuote = UInt8(ascii: "'"), doubleQuote = UInt8(ascii: "\"")
        static let backslash = UInt8(ascii: "\\")
        /// A byte that continues a UTF-8 sequence is `10xxxxxx`.
        static let continuationMask: UInt8 = 0b1100_0000, continuationBits: UInt8 = 0b1000_0000
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let lineOffset: Int
        var lines: [Line] = []
        /// The index in `lines` of the line being read.
        var current = 0
        /// Nodes made so far, held to Yams' budget so that the fallback reports the same error.
        var nodes = 0

        init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) {
            self.bytes = bytes
            self.lineOffset = lineOffset
        }

        // MARK: - Lines

        /// Splits the text into lines, refusing bytes libyaml treats specially (tabs, other
        /// control characters, lone CRs, NEL, line and paragraph separators, BOMs, non-characters).
        mutating func splitLines() throws(Unsupported) {
            var index = 0, start = 0
            let count = bytes.count
            lines.reserveCapacity(32)
            while index < count {
                let byte = bytes[index]
                if byte == Byte.lineFeed {
                    var end = index
                    if end > start, bytes[end - 1] == Byte.carriageReturn { end -= 1 }
                    lines.append(line(from: start, to: end))
                    start = index + 1
                } else if byte < Byte.firstPrintable {
                    // Only the CR of a CRLF.
                    if byte != Byte.carriageReturn || index + 1 >= count || bytes[index + 1] != Byte.lineFeed { throw Unsupported() }
                } else if byte >= Byte.delete {
                    if byte == Byte.delete { throw Unsupported() }
                    // U+0080–U+00A0: the C1 controls (NEL among them) and the no-break space.
                    if byte == 0xC2, index + 1 < count, bytes[index + 1] <= 0x9F || bytes[index + 1] == 0xA0 { throw Unsupported() }
                    // U+2028 and U+2029, the line and paragraph separators.
                    if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                        throw Unsupported()
                    }
                    // U+FEFF (a byte-order mark) and the non-characters U+FFFE and U+FFFF.
                    if byte == 0xEF, index + 2 < count,
                        (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)
                    {
                        throw Unsupported()
                    }
                }
                index += 1
            }
            if start < count { lines.append(line(from: start, to: count)) }
        }

        private func line(from start: Int, to end: Int) -> Line {
            var position = start
            while position < end, bytes[position] == Byte.space { position += 1 }
            let indent: Int? = position == end || bytes[position] == Byte.hash ? nil : position - start
            return Line(start: start, end: end, indent: indent)
        }

        /// Moves to the next line with content; `nil` at the end.
        mutating func nextContentIndent() -> Int? {
            while current < lines.count {
                if let indent = lines[current].indent { return indent }
                current += 1
            }
            return nil
        }

        // MARK: - Places and nodes

        /// Yams' place for byte `position` of line `line`: lines and columns 1-based, columns in
        /// characters.
        func location(_ line: Int, _ position: Int) -> SourceLocation {
            var column = 1
            var index = lines[line].start
            while index < position {
                if bytes[index] & Byte.continuationMask != Byte.continuationBits { column += 1 }
                index += 1
            }
            return SourceLocation(line: line + 1 + lineOffset, column: column)
        }

        mutating func counted(_ node: YAMLNode) throws(Unsupported) -> YAMLNode {
            nodes += 1
            if nodes > YAMLReader.nodeBudget { throw Unsupported() }
            return node
        }

        func string(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }

        /// Whether the three bytes from `position` are all `byte` (`---`, `...`).
        func isTriple(_ byte: UInt8, at position: Int) -> Bool {
            bytes[position] == byte && bytes[position + 1] == byte && bytes[position + 2] == byte
        }

        // MARK: - Block structure

        mutating func document() throws(Unsupported) -> YAMLNode? {
            try splitLines()
            for line in lines where line.end - line.start >= 3 {
                // Directives and document markers.
                if bytes[line.start] == Byte.percent { throw Unsupported() }
                if isTriple(Byte.dash, at: line.start) || isTriple(Byte.dot, at: line.start) { throw Unsupported() }
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
            let mapLine = current
            let mapStart = firstInline ?? lines[current].start + indent
            var inline = firstInline
            while true {
                let keyStart: Int
                if let start = inline {
                    keyStart = start
                    inline = nil
                } else {
                    guard let found = nextContentIndent(), found >= indent else { break }
                    guard found == indent else { throw Unsupported() }
                    keyStart = lines[current].start + indent
                }
                let line = lines[current]
                guard let colon = keyEnd(from: keyStart, to: line.end) else { throw Unsupported() }
                let key = string(keyStart, colon)
                guard key != "<<", seen.insert(key).inserted else { throw Unsupported() }
                let keyNode = try counted(.scalar(key, plain: true, location(current, keyStart)))
                var position = colon + 1
                while position < line.end, bytes[position] == Byte.space { position += 1 }
                let value: YAMLNode
                if position == line.end || bytes[position] == Byte.hash {
                    value = try blockValue(parentIndent: indent, colonLine: current, colon: colon)
                } else {
                    value = try inlineValue(from: position, line: current)
                    current += 1
                    if let next = nextContentIndent(), next > indent { throw Unsupported() }
                }
                pairs.append((keyNode, value))
            }
            return try counted(.mapping(pairs, location(mapLine, mapStart)))
        }

        /// The value of a key with nothing after its colon: a list or map on the lines below, or null.
        mutating func blockValue(parentIndent: Int, colonLine: Int, colon: Int) throws(Unsupported) -> YAMLNode {
            current += 1
            if let next = nextContentIndent() {
                let start = lines[current].start + next
                let dash = isDash(start, lines[current].end)
                if next > parentIndent {
                    return dash ? try sequence(indent: next, indentless: false) : try mapping(indent: next, firstInline: nil)
                }
                if next == parentIndent, dash {
                    return try sequence(indent: next, indentless: true)
                }
            }
            return try counted(.scalar("", plain: true, location(colonLine, colon + 1)))
        }

        /// Whether a list item's dash stands at `position`: `-` then a space or the line's end.
        func isDash(_ position: Int, _ end: Int) -> Bool {
            bytes[position] == Byte.dash && (position + 1 == end || bytes[position + 1] == Byte.space)
        }

        /// A block list whose dashes stand at `indent`.
        mutating func sequence(indent: Int, indentless: Bool) throws(Unsupported) -> YAMLNode {
            var items: [YAMLNode] = []
            let listLine = current
            while let found = nextContentIndent(), found >= indent {
                guard found == indent else { throw Unsupported() }
                let line = lines[current]
                let dash = line.start + indent
                guard isDash(dash, line.end) else {
                    if indentless { break }
                    throw Unsupported()
                }
                var position = dash + 1
                while position < line.end, bytes[position] == Byte.space { position += 1 }
                guard position < line.end, bytes[position] != Byte.hash, !isDash(position, line.end) else { throw Unsupported() }
                if keyEnd(from: position, to: line.end) != nil {
                    items.append(try mapping(indent: position - line.start, firstInline: position))
                } else {
                    items.append(try inlineValue(from: position, line: current))
                    current += 1
                    if let next = nextContentIndent(), next > indent { throw Unsupported() }
                }
            }
            return try counted(.sequence(items, location(listLine, lines[listLine].start + indent)))
        }

        /// Where a plain block key that starts at `start` ends (its colon), if the line is `key: …`.
        func keyEnd(from start: Int, to end: Int) -> Int? {
            guard start < end, startsPlain(start, end, flow: false) else { return nil }
            var index = start
            while index < end {
                let byte = bytes[index]
                if byte == Byte.colon, index + 1 == end || bytes[index + 1] == Byte.space {
                    // No blank before the colon, and a key well within libyaml's limit for a
                    // simple key (1,024 characters): a longer one goes to Yams.
                    return bytes[index - 1] == Byte.space || index - start > 1000 ? nil : index
                }
                if byte == Byte.hash, bytes[index - 1] == Byte.space { return nil }
                if isFlowIndicator(byte) { return nil }
                index += 1
            }
            return nil
        }

        /// Whether a plain scalar may start at `position`: not on a YAML indicator, and not on a
        /// `-` followed by a blank (a list item) or, inside a flow, by a flow indicator.
        func startsPlain(_ position: Int, _ end: Int, flow: Bool) -> Bool {
            switch bytes[position] {
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","),
                UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
                UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
                UInt8(ascii: "`"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                return false
            case Byte.dash:
                return position + 1 < end && bytes[position + 1] != Byte.space && !(flow && isFlowIndicator(bytes[position + 1]))
            default:
                return true
            }
        }

        /// `,`, `[`, `]`, `{` or `}`.
        func isFlowIndicator(_ byte: UInt8) -> Bool {
            byte == Byte.comma || byte == Byte.openBracket || byte == Byte.closeBracket || byte == Byte.openBrace
                || byte == Byte.closeBrace
        }

        // MARK: - Values on one line

        /// A scalar, flow list or flow map from `start` to the end of line `line` (a comment may
        /// follow).
        mutating func inlineValue(from start: Int, line: Int) throws(Unsupported) -> YAMLNode {
            let end = lines[line].end
            var index = start
            let node: YAMLNode
            switch bytes[start] {
            case Byte.doubleQuote, Byte.singleQuote:
                node = try quoted(&index, end, line: line)
            case Byte.openBracket, Byte.openBrace:
                node = try flow(&index, end, line: line, depth: 0)
            default:
                guard startsPlain(start, end, flow: false) else { throw Unsupported() }
                var last = start
                while index < end {
                    let byte = bytes[index]
                    if byte == Byte.hash, bytes[index - 1] == Byte.space { break }
                    if byte == Byte.colon, index + 1 == end || bytes[index + 1] == Byte.space { throw Unsupported() }
                    if byte != Byte.space { last = index }
                    index += 1
                }
                return try counted(.scalar(string(start, last + 1), plain: true, location(line, start)))
            }
            try expectLineEnd(index, end)
            return node
        }

        /// Only blanks, or blanks and a comment, from `start` on.
        func expectLineEnd(_ start: Int, _ end: Int) throws(Unsupported) {
            var index = start
            while index < end, bytes[index] == Byte.space { index += 1 }
            guard index == end || (bytes[index] == Byte.hash && index > start) else { throw Unsupported() }
        }

        /// A single- or double-quoted scalar that closes on its line.
        mutating func quoted(_ index: inout Int, _ end: Int, line: Int) throws(Unsupported) -> YAMLNode {
            let open = index
            let quote = bytes[index]
            index += 1
            var out: [UInt8] = []
            var runStart = index
            while true {
                guard index < end else { throw Unsupported() }
                let byte = bytes[index]
                if byte == quote {
                    // `''` inside single quotes is one quote.
                    if quote == Byte.singleQuote, index + 1 < end, bytes[index + 1] == Byte.singleQuote {
                        out.append(contentsOf: bytes[runStart...index])
                        index += 2
                        runStart = index
                        continue
                    }
                    out.append(contentsOf: bytes[runStart..<index])
                    index += 1
                    break
                }
                if quote == Byte.doubleQuote, byte == Byte.backslash {
                    guard index + 1 < end else { throw Unsupported() }
                    out.append(contentsOf: bytes[runStart..<index])
                    switch bytes[index + 1] {
                    case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                    case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                    case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
                    case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                    case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
                    case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                    case UInt8(ascii: "0"): out.append(0)
                    case UInt8(ascii: " "): out.append(UInt8(ascii: " "))
                    default: throw Unsupported()
                    }
                    index += 2
                    runStart = index
                    continue
                }
                index += 1
            }
            // A quoted key (`"a": b`) is outside the subset.
            var probe = index
            while probe < end, bytes[probe] == Byte.space { probe += 1 }
            if probe < end, bytes[probe] == Byte.colon { throw Unsupported() }
            return try counted(.scalar(String(decoding: out, as: UTF8.self), plain: false, location(line, open)))
        }

        /// A flow list or map that closes on its line.
        mutating func flow(_ index: inout Int, _ end: Int, line: Int, depth: Int) throws(Unsupported) -> YAMLNode {
            guard depth < 3 else { throw Unsupported() }
            let open = index
            let isMap = bytes[index] == Byte.openBrace
            let close = isMap ? Byte.closeBrace : Byte.closeBracket
            index += 1
            var items: [YAMLNode] = []
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var seen: Set<String> = []
            skipBlanks(&index, end)
            guard index < end else { throw Unsupported() }
            if bytes[index] == close {
                index += 1
            } else {
                while true {
                    if isMap {
                        let key = try flowPlain(&index, end, line: line, stopAtColon: true)
                        guard index + 1 < end, bytes[index] == Byte.colon, bytes[index + 1] == Byte.space, let text = key.text,
                            seen.insert(text).inserted
                        else { throw Unsupported() }
                        index += 1
                        skipBlanks(&index, end)
                        let value = try flowItem(&index, end, line: line, depth: depth)
                        pairs.append((key, value))
                    } else {
                        items.append(try flowItem(&index, end, line: line, depth: depth))
                    }
                    skipBlanks(&index, end)
                    guard index < end else { throw Unsupported() }
                    if bytes[index] == Byte.comma {
                        index += 1
                        skipBlanks(&index, end)
                        guard index < end, bytes[index] != close, bytes[index] != Byte.comma else { throw Unsupported() }
                        continue
                    }
                    guard bytes[index] == close else { throw Unsupported() }
                    index += 1
                    break
                }
            }
            let place = location(line, open)
            return try counted(isMap ? .mapping(pairs, place) : .sequence(items, place))
        }

        func skipBlanks(_ index: inout Int, _ end: Int) {
            while index < end, bytes[index] == Byte.space { index += 1 }
        }

        mutating func flowItem(_ index: inout Int, _ end: Int, line: Int, depth: Int) throws(Unsupported) -> YAMLNode {
            guard index < end else { throw Unsupported() }
            let node: YAMLNode
            switch bytes[index] {
            case Byte.doubleQuote, Byte.singleQuote: node = try quoted(&index, end, line: line)
            case Byte.openBracket, Byte.openBrace: node = try flow(&index, end, line: line, depth: depth + 1)
            default: return try flowPlain(&index, end, line: line, stopAtColon: false)
            }
            // `[a: b]` and `["a": b]` are single-pair maps: outside the subset.
            var probe = index
            while probe < end, bytes[probe] == Byte.space { probe += 1 }
            if probe < end, bytes[probe] == Byte.colon { throw Unsupported() }
            return node
        }

        /// A plain scalar inside `[…]` or `{…}`; colons are refused except the one after a map key.
        mutating func flowPlain(_ index: inout Int, _ end: Int, line: Int, stopAtColon: Bool) throws(Unsupported) -> YAMLNode {
            let start = index
            guard index < end, startsPlain(index, end, flow: true) else { throw Unsupported() }
            var last = index
            while index < end {
                let byte = bytes[index]
                if isFlowIndicator(byte) { break }
                if byte == Byte.colon {
                    if stopAtColon { break }
                    throw Unsupported()
                }
                if byte == Byte.hash, bytes[index - 1] == Byte.space { throw Unsupported() }
                if byte == Byte.questionMark { throw Unsupported() }
                if byte != Byte.space { last = index }
                index += 1
            }
            return try counted(.scalar(string(start, last + 1), plain: true, location(line, start)))
        }
    }
}
