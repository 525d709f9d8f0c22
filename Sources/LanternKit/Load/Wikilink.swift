/// `[[wikilinks]]` in text.
public enum Wikilink {
    /// Every link target in `text`: `[[Target|shown]]` and `[[Target#heading]]` give `Target`.
    public static func targets(in text: String) -> [String] {
        guard text.containsBytes("[[") else { return [] }
        var out: [String] = []
        var rest = Substring(text)
        while let open = rest.byteRange(of: "[[") {
            guard let close = rest[open.upperBound...].byteRange(of: "]]") else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            if let target = target(of: inner) { out.append(target) }
            rest = rest[close.upperBound...]
        }
        return out
    }

    /// The target of a wikilink's inside, or `nil` when empty.
    static func target(of inner: Substring) -> String? {
        var t = inner
        if let bar = t.firstIndex(of: "|") { t = t[..<bar] }
        if let hash = t.firstIndex(of: "#") { t = t[..<hash] }
        if let caret = t.firstIndex(of: "^") { t = t[..<caret] }
        let trimmed = t.trimmingBlanks()
        guard !trimmed.isEmpty, !trimmed.utf8.contains(UInt8(ascii: "[")), !trimmed.utf8.contains(10) else { return nil }
        return trimmed
    }

    /// When `value` is exactly one wikilink (`[[Jane Doe]]`), its target.
    public static func whole(_ value: String) -> String? {
        let v = value.trimmingBlanks()
        guard v.hasPrefix("[["), v.hasSuffix("]]"), v.count > 4 else { return nil }
        let inner = v.dropFirst(2).dropLast(2)
        guard !inner.containsBytes("]]"), !inner.containsBytes("[[") else { return nil }
        return target(of: inner)
    }
}
