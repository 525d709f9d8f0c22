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

    private func trimmed(_ drop: (Character) -> Bool) -> String {
        let text = Substring(self)
        // The common case: nothing to trim at either end.
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return String(text)
        }
        guard let start = text.firstIndex(where: { !drop($0) }), let end = text.lastIndex(where: { !drop($0) }) else { return "" }
        return String(text[start...end])
    }
}
