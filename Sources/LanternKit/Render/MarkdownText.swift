/// Putting note text into generated Markdown safely: the text reads as written, never as markup.
public enum MarkdownText {
    /// Escapes every character Markdown (CommonMark, GitHub, Obsidian) could read as markup, and
    /// turns line breaks into spaces, so a name like `*Jane* <b>` stays literal text.
    public static func escape(_ text: String) -> String {
        // Most names, titles and dates hold none of those characters: then the text is its own
        // escape.
        if isPlain(text) { return text }
        var out = ""
        for ch in text {
            switch ch {
            // Parentheses and "!" only act next to "[" or "]", which are escaped.
            case "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "|", "~", "=", "$", "%", "^", "&":
                out.append("\\")
                out.append(ch)
            case "\n", "\r", "\r\n", "\t":
                out.append(" ")
            default:
                out.append(ch)
            }
        }
        // A leading "-" or "+" would start a list item, and "12." an ordered one.
        if out.hasPrefix("-") || out.hasPrefix("+") { out = "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, out.dropFirst(digits.count).first == "." {
            out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
        }
        return out
    }

    /// Whether `escape` leaves `text` as it is: no markup character or line break, no leading
    /// "-" or "+", and leading digits not followed by ".".
    static func isPlain(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first else { return true }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { return false }
        var leadingDigits = true, index = 0
        for byte in utf8 {
            if isMarkup(byte) { return false }
            if leadingDigits, !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                if byte == UInt8(ascii: ".") && index > 0 { return false }
                leadingDigits = false
            }
            index += 1
        }
        return true
    }

    /// The bytes `escape` changes: \\ ` * _ { } [ ] < > # | ~ = $ % ^ & and tab, CR, LF, as bit
    /// masks of the bytes below 64 and from 64 to 127.
    private static let markupBelow64: UInt64 = 0x7000_0478_0000_2600
    private static let markupFrom64: UInt64 = 0x7800_0001_F800_0000

    @inline(__always)
    static func isMarkup(_ byte: UInt8) -> Bool {
        byte < 64 ? (markupBelow64 >> UInt64(byte)) & 1 == 1 : byte < 128 && (markupFrom64 >> UInt64(byte - 64)) & 1 == 1
    }

    /// A link to a file relative to the root: `[label](path)`, with the path's spaces and
    /// parentheses percent-encoded so every viewer reads it as one link.
    public static func link(_ label: String, to path: String) -> String {
        "[\(escape(label))](\(encodePath(path)))"
    }

    /// Percent-encodes what would end or break a Markdown link destination.
    public static func encodePath(_ path: String) -> String {
        if path.utf8.allSatisfy(isPathSafe) { return path }
        var out = ""
        for byte in path.utf8 {
            if isPathSafe(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// The bytes a link destination keeps as they are.
    static func isPathSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
