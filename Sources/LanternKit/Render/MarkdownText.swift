/// Putting note text into generated Markdown safely: the text reads as written, never as markup.
public enum MarkdownText {
    /// Escapes every character Markdown (CommonMark, GitHub, Obsidian) could read as markup, and
    /// turns line breaks into spaces, so a name like `*Jane* <b>` stays literal text.
    public static func escape(_ text: String) -> String {
        // Most names and titles hold none of those characters: then the text is its own escape.
        if let first = text.utf8.first, !(first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || (first >= 48 && first <= 57)),
           !text.utf8.contains(where: { markupBytes[Int($0)] }) {
            return text
        }
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

    /// The bytes `escape` changes (all ASCII), as a table.
    private static let markupBytes: [Bool] = (0..<256).map { byte in
        byte < 128 && "\\`*_{}[]<>#|~=$%^&\n\r\t".utf8.contains(UInt8(byte))
    }

    /// A link to a file relative to the root: `[label](path)`, with the path's spaces and
    /// parentheses percent-encoded so every viewer reads it as one link.
    public static func link(_ label: String, to path: String) -> String {
        "[\(escape(label))](\(encodePath(path)))"
    }

    /// Percent-encodes what would end or break a Markdown link destination.
    public static func encodePath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
