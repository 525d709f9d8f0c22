import Foundation

/// When two names are one person (docs/format.md, "People and identity").
public enum Identity {
    /// The key two names share when they are the same person: Unicode-normalized, case- and
    /// diacritic-folded, whitespace collapsed (`José  Núñez` and `jose nunez` give `jose nunez`).
    public static func key(_ name: String) -> String {
        var s = name
        if let target = Wikilink.whole(s) { s = target }
        if let key = asciiKey(s) { return key }
        let folded = s.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// The key of an all-ASCII name, byte by byte: there, folding is lowercasing and Unicode
    /// normalization changes nothing. `nil` for any other name.
    static func asciiKey(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 32 || (byte >= 9 && byte <= 13) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(32)
                pendingSpace = false
            }
            out.append(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An ASCII slug of a name: `José Núñez` → `jose-nunez`. Empty when nothing is left.
    public static func slug(_ name: String) -> String {
        let folded =
            key(name).applyingTransform(.toLatin, reverse: false)?
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) ?? key(name)
        var out = ""
        var dash = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
                dash = false
            } else if !dash, !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
