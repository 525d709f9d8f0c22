import Testing
@testable import LanternKit

/// The byte-by-byte readings of ASCII text (a task's words, a word to quote for a shell) against
/// the Character-by-Character readings they stand in for, over random text from an alphabet that
/// has what tells them apart: ASCII letters and digits, punctuation, spaces and line breaks, and
/// letters, marks and digits outside ASCII.
@Suite struct ASCIIFastPathTests {
    static let alphabet: [String] = [
        "a", "b", "e", "m", "z", "A", "M", "Z", "0", "7", " ", "  ", "\t", "\r\n", "\n", "-", "'", "_", ".", "/", "@", "%",
        "+", "=", ":", ",", "!", "(", "\"", "é", "e\u{301}", "ß", "Ø", "中", "٣", "\u{00A0}", "\u{212A}",
    ]

    /// Seeded, so a failure names text that can be made again.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func text(_ random: inout Generator, asciiOnly: Bool) -> String {
        let letters = asciiOnly ? alphabet.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : alphabet
        return (0..<Int.random(in: 0...12, using: &random)).map { _ in letters.randomElement(using: &random)! }.joined()
    }

    @Test func taskWordsAgreeWithSplittingOnLetters() {
        var random = Generator(state: 17)
        for round in 0..<20_000 {
            let key = Identity.key(Self.text(&random, asciiOnly: round % 2 == 0))
            // Half the time a word of the key itself, so that matches are tried, not only misses.
            let words = key.split(whereSeparator: { !$0.isLetter }).map(String.init)
            let first = round % 4 < 2 && !words.isEmpty ? words.randomElement(using: &random)! : Identity.key(Self.text(&random, asciiOnly: true))
            let expected = words.contains(first)
            #expect(TaskMeaning.words(of: key, include: first) == expected, "key \(key.debugDescription), word \(first.debugDescription)")
        }
    }

    @Test func taskWordsAtTheEdges() {
        #expect(TaskMeaning.words(of: "tell maria how it went", include: "maria"))
        #expect(TaskMeaning.words(of: "maria", include: "maria"))
        #expect(!TaskMeaning.words(of: "tell marias how it went", include: "maria"))
        #expect(TaskMeaning.words(of: "email maria2 and maria", include: "maria"))
        #expect(TaskMeaning.words(of: "thank josé", include: "josé"))
        #expect(!TaskMeaning.words(of: "thank o'brien", include: "o'brien"))
        #expect(!TaskMeaning.words(of: "anything", include: ""))
    }

    /// Quoting reads plain ASCII words byte by byte; every word quotes as the Character rule says.
    @Test func shellQuotingAgreesWithTheCharacterRule() {
        func plain(_ c: Character) -> Bool { c.isLetter || c.isNumber || "_./@%+=:,-".contains(c) }
        var random = Generator(state: 29)
        for round in 0..<20_000 {
            let word = Self.text(&random, asciiOnly: round % 2 == 0)
            let quoted = Shell.quote(word)
            if !word.isEmpty, word.allSatisfy(plain) {
                #expect(quoted == word, "\(word.debugDescription)")
            } else {
                #expect(quoted != word, "\(word.debugDescription)")
            }
        }
    }
}
