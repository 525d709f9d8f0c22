#if canImport(Glibc)
    import Glibc
#endif

// Finding ASCII markers in text by its UTF-8 bytes: the loader asks "is there any `[[`, `::` or
// `<!--` here?" for every line of every note, and Foundation's `range(of:)` (which folds and
// normalizes) made that the most expensive part of reading a notebook.

extension StringProtocol {
    /// Runs `body` on the text's UTF-8 bytes, in place when the string is stored contiguously.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the text's UTF-8 bytes contain `needle`'s.
    func containsBytes(_ needle: String) -> Bool {
        firstByteOffset(of: needle, ignoringCase: false) != nil
    }

    /// Whether every byte is ASCII (no emoji marker can be in it).
    var isASCIIOnly: Bool {
        withBytes { bytes in
            var any: UInt8 = 0
            for b in bytes { any |= b }
            return any < 0x80
        }
    }

    /// Whether the lowercased text contains `needle` (lowercase ASCII): byte by byte when the text
    /// is ASCII, through `lowercased()` otherwise.
    func containsIgnoringCase(_ needle: String) -> Bool {
        isASCIIOnly ? firstByteOffset(of: needle, ignoringCase: true) != nil : lowercased().containsBytes(needle)
    }

    /// The first place where `needle`'s bytes occur, ASCII letters matched in either case when
    /// `ignoringCase`: `range(of:)` for the ASCII and emoji markers Lantern looks for, without
    /// Foundation's Unicode folding. A match starts on a character of its own, as every needle
    /// starts with an ASCII byte or a UTF-8 lead byte.
    func byteRange(of needle: String, ignoringCase: Bool = false) -> Range<String.Index>? {
        guard let offset = firstByteOffset(of: needle, ignoringCase: ignoringCase) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The byte offset of the first occurrence of `needle`: `memchr` for each candidate first
    /// byte and `memcmp` for the rest, or a folding scan when ignoring case.
    private func firstByteOffset(of needle: String, ignoringCase: Bool) -> Int? {
        var pattern = needle
        return pattern.withUTF8 { p -> Int? in
            guard let first = p.first else { return nil }
            return withBytes { bytes -> Int? in
                guard bytes.count >= p.count, let base = bytes.baseAddress else { return nil }
                let last = bytes.count - p.count  // the last offset a match can start at
                if !ignoringCase {
                    var i = 0
                    while i <= last, let hit = memchr(base + i, Int32(first), last - i + 1) {
                        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                        if memcmp(base + at, p.baseAddress!, p.count) == 0 { return at }
                        i = at + 1
                    }
                    return nil
                }
                @inline(__always) func fold(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
                let head = fold(first)
                var i = 0
                while i <= last {
                    if fold(bytes[i]) == head {
                        var k = 1
                        while k < p.count, fold(bytes[i + k]) == fold(p[k]) { k += 1 }
                        if k == p.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing blanks (spaces, tabs and other Unicode spaces, not
    /// line breaks): what `trimmingCharacters(in: .whitespaces)` gives, without the trip through
    /// NSString that made trimming a sixth of the time spent reading a notebook.
    func trimmingBlanks() -> String {
        trimmed { $0.isWhitespace && !$0.isNewline }
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
