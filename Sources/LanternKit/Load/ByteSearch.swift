/// Finding ASCII markers in text by its UTF-8 bytes: the loader asks "is there any `[[`, `::` or
/// `<!--` here?" for every line of every note, and Foundation's `range(of:)` (which folds and
/// normalizes) made that the most expensive part of reading a notebook.
extension StringProtocol {
    /// Whether the text's UTF-8 bytes contain `needle`'s.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = utf8
        var i = bytes.startIndex
        while let hit = bytes[i...].firstIndex(of: first) {
            if bytes[hit...].starts(with: pattern) { return true }
            i = bytes.index(after: hit)
        }
        return false
    }

    /// Whether every byte is ASCII (no emoji marker can be in it).
    var isASCIIOnly: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// Whether the lowercased text contains `needle` (lowercase ASCII): byte by byte when the text
    /// is ASCII, through `lowercased()` otherwise.
    func containsIgnoringCase(_ needle: String) -> Bool {
        isASCIIOnly ? byteRange(of: needle, ignoringCase: true) != nil : lowercased().containsBytes(needle)
    }

    /// The first place where `needle`'s bytes occur, ASCII letters matched in either case when
    /// `ignoringCase`: `range(of:)` for the ASCII and emoji markers Lantern looks for, without
    /// Foundation's Unicode folding. A match starts on a character of its own, as every needle
    /// starts with an ASCII byte or a UTF-8 lead byte.
    func byteRange(of needle: String, ignoringCase: Bool = false) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let bytes = utf8
        let fold: (UInt8) -> UInt8 = ignoringCase ? { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } : { $0 }
        let head = fold(first)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if fold(bytes[i]) == head {
                var j = bytes.index(after: i)
                var k = 1
                while k < pattern.count, j < bytes.endIndex, fold(bytes[j]) == fold(pattern[k]) {
                    j = bytes.index(after: j)
                    k += 1
                }
                if k == pattern.count { return i..<j }
            }
            i = bytes.index(after: i)
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing blanks (spaces, tabs and other Unicode spaces, not
    /// line breaks): what `trimmingCharacters(in: .whitespaces)` gives, without the trip through
    /// NSString that made trimming a sixth of the time spent reading a notebook.
    func trimmingBlanks() -> String {
        trimmed { $0.isWhitespace && !$0.isNewline }
    }

    /// The text without leading and trailing whitespace and line breaks
    /// (`trimmingCharacters(in: .whitespacesAndNewlines)`).
    func trimmingWhitespace() -> String {
        trimmed { $0.isWhitespace }
    }

    /// The text without the leading and trailing characters `drop` names.
    func trimmed(_ drop: (Character) -> Bool) -> String {
        let text = Substring(self)
        // The common case: letters or digits at both ends.
        if let first = text.utf8.first, let last = text.utf8.last, first.isASCIIAlphanumeric, last.isASCIIAlphanumeric {
            return String(text)
        }
        guard let start = text.firstIndex(where: { !drop($0) }), let end = text.lastIndex(where: { !drop($0) }) else { return "" }
        return String(text[start...end])
    }
}

extension UInt8 {
    var isASCIIAlphanumeric: Bool { (self >= 48 && self <= 57) || (self | 0x20 >= 97 && self | 0x20 <= 122) }
}
