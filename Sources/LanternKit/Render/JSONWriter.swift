/// Writes JSON exactly as `JSONOutput` (Foundation's `JSONEncoder`, pretty-printed, sorted keys,
/// `/` unescaped) would, straight into bytes, for the one place where the encoder's cost shows:
/// lint's findings (tens of thousands on a large notebook) in `--format json` and `sarif`.
/// The document around them is still encoded by `JSONEncoder`; the findings are written here and
/// put in place of an empty array (`JSONWriter.splice`). A differential test holds the two to the
/// same bytes on random findings.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func indent(_ depth: Int) {
        let count = depth * 2
        if count <= Self.spaces.count {
            bytes.append(contentsOf: Self.spaces[0..<count])
        } else {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// A string in quotes, escaped as Foundation escapes it: `"` and `\`, the control characters
    /// (as `\b \f \n \r \t`, else `\u00XX`); `/` and everything else as it is. The runs between
    /// escapes are copied whole.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count {
                let byte = utf8[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                escape(byte)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }

    /// A whole number, as the encoder writes it.
    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes.append(contentsOf: digits.reversed())
    }

    /// An object at `depth` whose members `body` writes with `member`, in the keys' sorted
    /// order; it must write at least one.
    mutating func object(depth: Int, _ body: (inout JSONWriter) -> Void) {
        raw("{\n")
        body(&self)
        indent(depth)
        raw("}")
    }

    /// One member of an object at `depth` (the member itself one level deeper); `last` for the
    /// object's last member.
    mutating func member(_ key: String, depth: Int, last: Bool = false, _ value: (inout JSONWriter) -> Void) {
        indent(depth + 1)
        string(key)
        raw(" : ")
        value(&self)
        raw(last ? "\n" : ",\n")
    }

    /// The elements of an array at `depth`, each written by `element`.
    mutating func array<T>(depth: Int, _ items: [T], _ element: (inout JSONWriter, T) -> Void) {
        guard !items.isEmpty else {
            raw("[\n\n"); indent(depth); raw("]")
            return
        }
        raw("[\n")
        for (n, item) in items.enumerated() {
            indent(depth + 1)
            element(&self, item)
            raw(n == items.count - 1 ? "\n" : ",\n")
        }
        indent(depth)
        raw("]")
    }

    /// `document` (as `JSONOutput` wrote it) with the empty array under `key` replaced by
    /// `array(depth)` — the array written for the depth the key stands at.
    static func splice(_ document: String, key: String, _ array: (Int) -> [UInt8]) -> String {
        var bytes = Array(document.utf8)
        let needle = Array("\"\(key)\" : [\n\n".utf8)
        guard let at = firstIndex(of: needle, in: bytes) else { return document }
        // The key's own indentation says its depth; the empty array ends at that indentation + "]".
        var lineStart = at
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        let depth = (at - lineStart) / 2
        let end = at + needle.count + depth * 2 + 1  // past the "]"
        bytes.replaceSubrange((at + needle.count - 3)..<end, with: array(depth))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
