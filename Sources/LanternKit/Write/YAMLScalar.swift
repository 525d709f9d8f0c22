/// Writing one YAML scalar the way the user already writes them: plain when that reads back as
/// the same text, else in the quotes the old value used (double quotes by default).
public enum YAMLScalar {
    /// `value` written in the style of `example` (a value as written: `'x'`, `"x"` or plain).
    public static func render(_ value: String, like example: String) -> String {
        if example.hasPrefix("'") { return single(value) }
        if example.hasPrefix("\"") { return double(value) }
        return isPlainSafe(value) ? value : double(value)
    }

    /// Whether `value` can stand unquoted and read back as the same string (not a number, bool,
    /// null, or something YAML gives a meaning to).
    public static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last, first != " ", last != " " else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) && !(first == "-" && value.count > 1 && value.dropFirst().first?.isNumber == true) {
            return false
        }
        if value.contains(": ") || value.contains(" #") || value.hasSuffix(":") { return false }
        if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        let lower = value.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lower) { return false }
        // Numbers would read back as numbers; dates and date-times are what Lantern wants.
        if Double(value) != nil || Int(value) != nil { return false }
        return true
    }

    static func single(_ value: String) -> String {
        guard !value.contains(where: { $0 == "\n" || $0 == "\r" }) else { return double(value) }
        return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func double(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A written scalar without its quotes (escapes of double quotes read back).
    public static func unquote(_ written: String) -> String {
        if written.count >= 2, written.hasPrefix("'"), written.hasSuffix("'") {
            return String(written.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        if written.count >= 2, written.hasPrefix("\""), written.hasSuffix("\"") {
            var out = ""
            var escape = false
            for ch in written.dropFirst().dropLast() {
                if escape {
                    switch ch {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    default: out.append(ch)
                    }
                    escape = false
                } else if ch == "\\" { escape = true } else { out.append(ch) }
            }
            return out
        }
        return written
    }
}

import Foundation
