/// Finding ASCII markers in text by its UTF-8 bytes: the loader asks "is there any `[[`, `::` or
/// `<!--` here?" for every line of every note, and Foundation's `range(of:)` (which folds and
/// normalizes) made that the most expensive part of reading a notebook.
extension StringProtocol {
    /// Whether the text's UTF-8 bytes contain `needle` (an ASCII string).
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var iterator = utf8.makeIterator()
        var window: [UInt8] = []
        window.reserveCapacity(pattern.count)
        // A small sliding window: the needles are 2–4 bytes long.
        while let byte = iterator.next() {
            if window.isEmpty, byte != first { continue }
            window.append(byte)
            if window.count == pattern.count {
                if window == pattern { return true }
                window.removeFirst()
                while let head = window.first, head != first { window.removeFirst() }
            }
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
