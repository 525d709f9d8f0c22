import Yams

/// Writing one YAML scalar: the one function through which every value Lantern writes into front
/// matter or a template passes. Plain when that reads back as the very same string wherever it
/// stands, else in the quotes the old value used (double quotes by default, and always when only
/// escapes can carry the text).
///
/// A property test writes random strings in block, block-list, flow-list and flow-map position,
/// reads the file back with Yams and with Lantern's own reader, and gets every string back.
public enum YAMLScalar {
    /// Where a scalar stands: in block context (`key: value`, `- value`, a block map's line) or
    /// inside `[…]` or `{…}`, where `,`, brackets, braces and `:` end a plain scalar.
    public enum Position: Sendable {
        case block, flow
    }

    /// `value` written for `position` in the style of `example` (a value as written: `'x'`, `"x"`
    /// or plain).
    public static func render(_ value: String, like example: String = "", in position: Position) -> String {
        let fits = !value.unicodeScalars.contains { !isPrintable($0) || isBreak($0) }
        if example.hasPrefix("'"), fits { return single(value) }
        if example.hasPrefix("'") || example.hasPrefix("\"") { return double(value) }
        return isPlainSafe(value, in: position) ? value : double(value)
    }

    /// Whether `value` can stand unquoted at `position` and read back as the same string: no
    /// indicator YAML gives a meaning to, no line break or character libyaml refuses, and not a
    /// number, bool, null or merge key (dates and date-times stay plain: they are what they say).
    public static func isPlainSafe(_ value: String, in position: Position) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, first != " ", last != " " else { return false }
        if scalars.contains(where: { !isPrintable($0) || isBreak($0) || $0 == "\t" }) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            // "-5 days" is plain; "- x", "-" and "-x" (read as a list or an indicator by some tools) are not.
            guard first == "-", scalars.count > 1, ("0"..."9").contains(scalars[1]) else { return false }
        }
        for (i, s) in scalars.enumerated() {
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            if s == ":", next == nil || next == " " || position == .flow { return false }
            if s == "#", i > 0, scalars[i - 1] == " " { return false }
            if position == .flow, ",[]{}".unicodeScalars.contains(s) { return false }
        }
        if ["y", "n", "Y", "N"].contains(value) { return false }  // YAML 1.1 booleans some tools still read
        switch Resolver.default.resolveTag(of: Node.scalar(.init(value))) {
        case .str, .timestamp: return true
        default: return false
        }
    }

    /// What libyaml accepts unescaped in a stream: tab, line feed, CR, and printable characters
    /// (no other C0 or C1 control, no DEL, no BOM, no U+FFFE or U+FFFF).
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85: true
        case 0xA0...0xD7FF: true
        case 0xE000...0xFFFD: s.value != 0xFEFF
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Line breaks as YAML 1.1 (and so libyaml) counts them: LF, CR, NEL, LS and PS.
    static func isBreak(_ s: Unicode.Scalar) -> Bool {
        [0x0A, 0x0D, 0x85, 0x2028, 0x2029].contains(s.value)
    }

    static func single(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
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
                if isPrintable(scalar), !isBreak(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, digits: 2)
                } else {
                    out += "\\u" + hex(scalar.value, digits: 4)
                }
            }
        }
        return out + "\""
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        String(value, radix: 16, uppercase: true).leftPadded(to: digits)
    }

    /// The string a scalar as written stands for (`'it''s'` → `it's`, `"a\x41"` → `aA`), read
    /// by Lantern's YAML reader; text that is not one scalar comes back as written.
    public static func unquote(_ written: String) -> String {
        guard !written.isEmpty, case .scalar(let text, _, _)? = try? YAMLReader.parse("- " + written)?.firstItem else { return written }
        return text
    }
}

extension YAMLNode {
    /// The first item of a sequence.
    fileprivate var firstItem: YAMLNode? {
        if case .sequence(let items, _) = self { return items.first }
        return nil
    }
}
