import Foundation
import Testing
import Yams
@testable import LanternKit
import LanternTestSupport

/// Every scalar Lantern writes reads back, with Yams and with Lantern's own reader, as exactly the
/// string it was given, wherever it stands (issue 14, case 1).
@Suite struct YAMLScalarTests {
    /// Pieces that YAML gives a meaning to, mixed at random into strings.
    static let pieces: [String] = [
        "a", "Jane", " ", "  ", ",", ", ", "[", "]", "{", "}", "#", " #", "# ", ":", ": ", "- ", "-", "? ", "?", "'", "\"", "''",
        "\\", "\\n", "&", "*", "!", "|", ">", "%", "@", "`", "~", "null", "yes", "No", "on", "true", "y", "0x1F", "1_000", "0o17",
        "1:30", ".inf", ".NaN", "1e3", "12", "-5", "+3", "2026-11-22", "2026-11-22 10:30", "2026-11-22T10:30:00Z", "=", "<<",
        "\n", "\r\n", "\r", "\t", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{0}", "\u{7}", "\u{1B}[31m", "\u{7F}", "\u{9F}",
        "\u{FFFE}", "\u{A0}", "é", "王伟", "🙂", "---", "...", "v2", "sent deck [v2], asked about pricing",
    ]

    /// A string made of a few random pieces.
    static func randomString(_ random: inout SeededRandom) -> String {
        let count = Int(random.next() % 5) + (random.next() % 10 == 0 ? 0 : 1)
        return (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    /// The documents a value is written into, and how to find it again in the composed node.
    static func documents(_ value: String, like example: String) -> [(String, (Node) -> Node?)] {
        let block = YAMLScalar.render(value, like: example, in: .block)
        let flow = YAMLScalar.render(value, like: example, in: .flow)
        return [
            ("key: \(block)\nnext: 1\n", { $0["key"] }),
            ("key:\n  - x\n  - \(block)\n  - y\nnext: 1\n", { $0["key"]?.sequence?[1] }),
            ("key:\n  - date: 2026-11-22\n    note: \(block)\n    via: email\n", { $0["key"]?.sequence?[0]["note"] }),
            ("key: [x, \(flow), y]\nnext: 1\n", { $0["key"]?.sequence?[1] }),
            ("key: [\(flow)]\n", { $0["key"]?.sequence?[0] }),
            ("key: {date: 2026-11-22, note: \(flow), via: email}\n", { $0["key"]?["note"] }),
            ("key: [{date: 2026-11-22, note: \(flow)}, x]\n", { $0["key"]?.sequence?[0]["note"] }),
        ]
    }

    @Test func everyScalarReadsBackAsWrittenInEveryPosition() throws {
        var random = SeededRandom(state: 0x14_0001)
        var checked = 0
        for _ in 0..<400 {
            var value = YAMLScalarTests.randomString(&random)
            // Yams drops a leading U+FEFF from every scalar it reads (it decodes with String(bytes:encoding:));
            // PyYAML keeps it. Lantern writes it escaped, which is all a writer can do.
            while value.unicodeScalars.first == "\u{FEFF}" { value.unicodeScalars.removeFirst() }
            for example in ["", "plain", "'single'", "\"double\""] {
                for (document, find) in YAMLScalarTests.documents(value, like: example) {
                    let root = try #require(try Yams.compose(yaml: document), "\(document.debugDescription)")
                    let node = try #require(find(root), "\(value.debugDescription) lost in \(document.debugDescription)")
                    #expect(
                        node.scalar?.string == value,
                        "\(value.debugDescription) read back by Yams as \(String(describing: node.scalar?.string).debugDescription) from \(document.debugDescription)"
                    )
                    // Plain text must not turn into a number, a bool or a null for tools that resolve tags.
                    if let scalar = node.scalar, scalar.style == .plain {
                        let tag = Resolver.default.resolveTag(of: node)
                        #expect(tag == .str || tag == .timestamp, "\(value.debugDescription) written plain reads as \(tag)")
                    }
                    // Lantern's own reader (the fast path or Yams) reads the same text.
                    let ours = try YAMLReader.parse(document)
                    #expect(
                        ours.map(YAMLScalarTests.texts) == YAMLScalarTests.texts(try YAMLReader.parseWithYams(document, lineOffset: 0)!),
                        "Lantern's reader disagrees on \(document.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked == 400 * 4 * 7)
    }

    /// Every scalar's text in a node, in order.
    static func texts(_ node: YAMLNode) -> [String] {
        switch node {
        case .scalar(let s, _, _): [s]
        case .sequence(let items, _): items.flatMap(texts)
        case .mapping(let pairs, _): pairs.flatMap { texts($0.key) + texts($0.value) }
        }
    }

    @Test func plainWhereItIsSafeQuotedElsewhere() {
        #expect(YAMLScalar.render("Acme, Inc.", in: .block) == "Acme, Inc.")
        #expect(YAMLScalar.render("Acme, Inc.", in: .flow) == "\"Acme, Inc.\"")
        #expect(YAMLScalar.render("sent deck [v2], asked about pricing", in: .flow) == "\"sent deck [v2], asked about pricing\"")
        #expect(YAMLScalar.render("- bullet", in: .block) == "\"- bullet\"")
        #expect(YAMLScalar.render("? what", in: .block) == "\"? what\"")
        #expect(YAMLScalar.render("line\u{2028}break", in: .block) == "\"line\\u2028break\"")
        #expect(YAMLScalar.render("next\u{85}line", like: "'x'", in: .block) == "\"next\\x85line\"")
        #expect(YAMLScalar.render("it's", like: "'x'", in: .flow) == "'it''s'")
        #expect(YAMLScalar.render("2026-11-22", in: .flow) == "2026-11-22")
        #expect(YAMLScalar.render("yes", in: .block) == "\"yes\"" && YAMLScalar.render("0x1F", in: .block) == "\"0x1F\"")
        #expect(YAMLScalar.unquote("\"a\\x41\\u2028\"") == "aA\u{2028}" && YAMLScalar.unquote("'it''s'") == "it's" && YAMLScalar.unquote("plain") == "plain")
    }
}
