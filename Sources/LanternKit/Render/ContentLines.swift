/// The line format iCalendar (RFC 5545) and vCard (RFC 6350) share: `NAME;PARAM=x:value`, CRLF
/// line ends, lines folded at 75 octets, and text values escaped.
public struct ContentLines: Sendable {
    private(set) var lines: [String] = []

    public init() {}

    /// Adds `name:value` with `value` already in its final form (escaped where it must be).
    public mutating func raw(_ name: String, _ value: String) {
        lines.append(name + ":" + value)
    }

    /// Adds a TEXT property, escaped.
    public mutating func text(_ name: String, _ value: String) {
        raw(name, Self.escape(value))
    }

    /// The whole text: every line folded, each ended by CRLF.
    public var rendered: String {
        var out = ""
        for line in lines { out += Self.fold(line) }
        return out
    }

    /// Escapes a TEXT value: backslash, comma and semicolon get a backslash, a line break becomes
    /// `\n`, and other control characters (not allowed in either format) are dropped.
    public static func escape(_ value: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in value.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line, folded so that no line is longer than 75 octets (a fold never splits a
    /// UTF-8 sequence), ended by CRLF. Continuation lines start with one space.
    public static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(scalar)
            count += size
        }
        return out + "\r\n"
    }
}
