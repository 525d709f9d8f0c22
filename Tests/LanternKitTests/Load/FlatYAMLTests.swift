import Foundation
import Testing
@_spi(Testing) @testable import LanternKit
import LanternTestSupport

/// The fast front-matter reader against Yams: wherever `FlatYAML` answers, its node must be the
/// one Yams composes, scalar text, quoting and locations included.
@Suite struct FlatYAMLTests {
    /// Compares the two readers on `yaml`; returns whether the fast path answered.
    @discardableResult
    func agree(_ yaml: String, _ comment: Comment? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard case .parsed = FlatYAML.parse(yaml, lineOffset: 1) else { return false }
        let disagreement = YAMLReader.fastPathDisagreement(yaml, lineOffset: 1)
        #expect(disagreement == nil, "\(comment?.rawValue ?? "") for:\n\(yaml)\n\(disagreement ?? "")", sourceLocation: sourceLocation)
        return true
    }

    @Test func theCommonShapesTakeTheFastPath() {
        let handled = [
            "contact: Jane Doe\ncompany: Acme\n",
            "contact: \"[[Jane Doe]]\"\ntitle: 'It''s PM'\nemail: \"a\\\"b\\\\c\\n\"\n",
            "attempts: [2026-06-22 linkedin, 2026-07-01 email]\ntags: []\n",
            "attempts:\n  - 2026-02-07 phone\n  - 2026-02-16 in-person\nstatus: done\n",
            "tags:\n- a\n- b\nnext: x\n",
            "attempts:\n  - date: 2026-01-01\n    via: email\n  - {date: 2026-01-05, via: phone}\n",
            "follow_ups: [{date: 2026-08-08, via: email}, 2026-09-01]\n",
            "replied:\ndate: 2026-07-09 10:30  # the time\nduration: 20m\n",
            "# a comment first\n\ncontact: Zoë González # her\n  # indented comment\nlocation: São Paulo\n",
            "contact: Jane\r\ncompany: Kahoot!\r\nurl: https://example.com/a#b\r\n",
            "lint:\n  disable: [thank-you-missing]\n  other: x\nafter: y\n",
            "contact: -5\nx: a:b\ny: 'q' # c\n",
            "",
            "# only a comment\n",
            "key:    \n",
            "名前: 王伟\nwith: [é, ü, \"ß\"]\n",
            "contact: [[Jane Doe]]\nnested: [[a, b], {c: d}]\n",  // an unquoted wikilink is a list in a list
        ]
        for yaml in handled {
            #expect(agree(yaml), "expected the fast path to read:\n\(yaml)")
        }
    }

    @Test func everythingElseGoesToYams() {
        let refused = [
            "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n",
            "a: one\n  two\n", "\"quoted\": key\n", "a: 1\na: 2\n", "a:\tb\n", "- a\n- b\n", "just text\n",
            "a: [1, 2\n", "a: \"open\n", "a: b: c\n", "? a\n: b\n", "a: [x: y]\n",
            "a: {b: {c: {d: {e: 1}}}}\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n---\nb: 2\n", "a: b\r c\n",
            "<<: {a: 1}\n", "a:\n  - b\n  c: d\n", "a:\n    b: 1\n  c: 2\n", "a: \"\\u00e9\"\n",
            "a: x #\n b\n", "a: [a, , b]\n", "a: [a, b,]\n", "a: {x: }\n", "a: @x\n", "a: `x`\n",
        ]
        for yaml in refused {
            guard case .unsupported = FlatYAML.parse(yaml, lineOffset: 1) else {
                Issue.record("the fast path took what it should leave to Yams:\n\(yaml)")
                continue
            }
        }
    }

    @Test func theExamplesFixturesAndSeedsAgree() throws {
        var files: [String] = []
        for folder in ["examples/notebook", "Tests/Fixtures", "Fuzz/seeds"] {
            let root = repositoryRoot + "/" + folder
            let walker = FileManager.default.enumerator(atPath: root)
            while let path = walker?.nextObject() as? String {
                if path.hasSuffix(".md") || path.hasSuffix(".yml") { files.append(root + "/" + path) }
            }
        }
        #expect(files.count > 40)
        var handled = 0
        for file in files {
            guard let bytes = FileManager.default.contents(atPath: file), let text = try? NoteText.decode(Array(bytes)) else { continue }
            let yaml = file.hasSuffix(".yml") ? text : NoteText(splitting: text).yaml
            if let yaml, agree(yaml, "\(file)") { handled += 1 }
        }
        #expect(handled > 20)
    }

    /// Random front matter from pieces that sit on the subset's edges, then randomly damaged:
    /// whatever the fast path accepts must be exactly what Yams reads.
    @Test func randomAndDamagedFrontMatterAgrees() {
        var rng = SeededRandom(state: 2026)
        let keys = ["contact", "company", "title", "tags", "attempts", "date", "x-y", "a b", "名前", "-k", "url"]
        let scalars = [
            "Jane Doe", "Zoë", "\"[[Jane]]\"", "'it''s'", "\"a\\\"b\"", "2026-11-20 10:30", "a:b", "a #b", "a#b",
            "Kahoot!", "-1", "\"\"", "''", "x  ", "[]", "{}", "[a, 'b', \"c d\"]", "{date: 2026-01-01, via: email}",
            "[{date: 1, via: b}, x]", "é ü", "https://x.com/a?b=c", "~", "null", "a, b", "a]b", "\"\\n\\t\\/\"",
        ]
        let tails = ["", " # note", "  ", " #", "#x"]
        let damage: [String] = [":", " ", "#", "-", "[", "]", "{", "}", ",", "'", "\"", "\n", "\n  ", "\r\n", "\\", "é", "?", "&", "*", "!", "|", ">", "\t"]
        var handled = 0
        for _ in 0..<4000 {
            var yaml = ""
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let key = keys[Int.random(in: 0...(keys.count - 1), using: &rng)]
                switch Int.random(in: 0...5, using: &rng) {
                case 0:
                    yaml += "\(key):\n"
                    let indent = String(repeating: " ", count: Int.random(in: 0...3, using: &rng))
                    for _ in 0..<Int.random(in: 0...3, using: &rng) {
                        yaml +=
                            "\(indent)- \(scalars[Int.random(in: 0...(scalars.count - 1), using: &rng)])\(tails[Int.random(in: 0...(tails.count - 1), using: &rng)])\n"
                    }
                case 1:
                    yaml += "\(key):\n"
                    for _ in 0..<Int.random(in: 1...3, using: &rng) {
                        yaml += "  - date: \(scalars[Int.random(in: 0...(scalars.count - 1), using: &rng)])\n    via: email\n"
                    }
                case 2:
                    yaml += "\(key):\n  sub: \(scalars[Int.random(in: 0...(scalars.count - 1), using: &rng)])\n  other: x\n"
                case 3:
                    yaml += "# comment\n\n"
                default:
                    yaml +=
                        "\(key): \(scalars[Int.random(in: 0...(scalars.count - 1), using: &rng)])\(tails[Int.random(in: 0...(tails.count - 1), using: &rng)])\n"
                }
            }
            if agree(yaml) { handled += 1 }
            var damaged = Array(yaml)
            for _ in 0..<Int.random(in: 1...3, using: &rng) where !damaged.isEmpty {
                let at = Int.random(in: 0...damaged.count, using: &rng)
                if Int.random(in: 0...2, using: &rng) == 0, at < damaged.count {
                    damaged.remove(at: at)
                } else {
                    damaged.insert(contentsOf: damage[Int.random(in: 0...(damage.count - 1), using: &rng)], at: at)
                }
            }
            agree(String(damaged))
        }
        #expect(handled > 1000)
    }

    /// The `log` property test's notes: every quoting and list style, comments, CRLF, mixed endings.
    @Test func propertyTestNotesAgree() {
        var generator = NoteGenerator(random: SeededRandom(state: 99))
        var handled = 0
        for _ in 0..<500 {
            let text = generator.note()
            let decoded = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            if let yaml = NoteText(splitting: decoded).yaml, agree(yaml) { handled += 1 }
        }
        #expect(handled > 250)
    }
}
