import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// The byte searches the loader uses instead of Foundation, against plain definitions, on
/// strings and substrings with ASCII, accents, emoji markers and CRLF.
@Suite struct ByteSearchTests {
    let pieces = [
        "a", "A", "[", "[[", "]]", "::", "due", "DUE", "Due::", " ", "\t", "é", "e\u{301}", "📅", "🗓️", "✅", "<!--", "-->",
        "\r\n", "\n", "thank", "THANKS", "@", "x", "ß", "İ",
    ]
    let needles = ["[[", "]]", "::", "due::", "[due::", "📅", "🗓️", "🗓", "✅", "<!--", "-->", "thank", "@due(", " at ", "x"]

    /// The first match by walking the bytes one offset at a time.
    func naive(_ text: Substring, _ needle: String, ignoringCase: Bool) -> Range<String.Index>? {
        let bytes = Array(text.utf8), pattern = Array(needle.utf8)
        func fold(_ b: UInt8) -> UInt8 { ignoringCase && b >= 65 && b <= 90 ? b + 32 : b }
        guard bytes.count >= pattern.count else { return nil }
        for i in 0...(bytes.count - pattern.count) where (0..<pattern.count).allSatisfy({ fold(bytes[i + $0]) == fold(pattern[$0]) }) {
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: i)
            return start..<text.utf8.index(start, offsetBy: pattern.count)
        }
        return nil
    }

    @Test func searchesAgreeWithTheDefinition() {
        var random = SeededRandom(state: 11)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            // A substring that starts and ends inside the string, as the loader's slices do.
            let skip = Int.random(in: 0...2, using: &random)
            let sub = text.dropFirst(min(skip, text.count)).dropLast(Int.random(in: 0...1, using: &random))
            for needle in needles {
                for ignoringCase in [false, true] {
                    let expected = naive(sub, needle, ignoringCase: ignoringCase)
                    #expect(sub.byteRange(of: needle, ignoringCase: ignoringCase) == expected, "\(needle) in \(sub.debugDescription)")
                    #expect(
                        String(sub).byteRange(of: needle, ignoringCase: ignoringCase).map { String(String(sub)[$0]) }
                            == expected.map { String(sub[$0]) })
                }
                #expect(sub.containsBytes(needle) == (naive(sub, needle, ignoringCase: false) != nil))
            }
            #expect(sub.isASCIIOnly == sub.utf8.allSatisfy { $0 < 0x80 })
            #expect(text.containsIgnoringCase("thank") == text.lowercased().contains("thank"))
        }
    }

    /// The ASCII fast paths of task display text and referral words, against the character ones.
    @Test func splittingMatchesTheCharacterWay() {
        var random = SeededRandom(state: 12)
        let parts = ["a", "Jane", " ", "  ", "\t", "\r\n", "\n", "<", ">", "(", ")", ",", ";", "\"", "'", "@", "x.y", "é", "\u{00A0}", "\u{301}", "[", "]"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &random)).map { _ in parts[Int.random(in: 0..<parts.count, using: &random)] }.joined()
            #expect(
                TaskText.collapsingBlanks(text) == text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " "),
                "\(text.debugDescription)")
            for separators in ["<>()[],;\"'", "<>\""] {
                #expect(
                    ReferralText.words(of: text, splitAt: separators).map(String.init)
                        == text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }).map(String.init), "\(text.debugDescription)")
            }
        }
    }

    @Test func trimmingMatchesFoundation() {
        for text in ["  Jane  ", "\u{00A0}José\u{2003}", "\tx\t", "", "   ", "*Bold*", "a b", "\n x \n"] {
            #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces))
        }
    }
}
