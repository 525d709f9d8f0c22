import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// `PageTemplate` renders the built-in pages instead of swift-mustache; it must give the same bytes.
/// These tests render both ways and compare (`PageTemplate.disagreement`, which the fuzz target
/// uses too): the four built-in pages over several notebooks, then thousands of random templates.
@Suite struct PageTemplateTests {
    func compareBuiltinPages(_ nb: Notebook, weeks: [Week], _ label: String) throws {
        let templates = Templates(root: nil)
        var views: [(String, any PageView)] = [("index", IndexPage(report: IndexReport(notebook: nb), linkBase: "../").view)]
        for week in weeks {
            let report = WeekReport(week: week, notebook: nb, lint: Linter().run(nb))
            views.append(("week", WeekPage(report: report, linkBase: "../").view))
        }
        for (page, view) in views {
            for format in ["md", "html"] {
                let name = "\(page).\(format).mustache"
                let fast = try #require(templates.builtinPage(name), "the built-in \(name) must be taken by PageTemplate")
                let partials = ["page.css.mustache": BuiltinTemplates.files["page.css.mustache"]!]
                let disagreement = PageTemplate.disagreement(BuiltinTemplates.files[name]!, view: view, partials: partials)
                #expect(disagreement == nil, "\(label): \(name): \(disagreement ?? "")")
                let got = fast.render(view)
                #expect(got.count > 300)
            }
        }
    }

    @Test func builtinPagesMatchSwiftMustacheOnTheExampleNotebook() throws {
        let nb = try notebook(try exampleNotebookFiles(), today: "2026-11-20")
        let week = Week(containing: nb.today)
        try compareBuiltinPages(nb, weeks: [week, week.previous, week.previous.previous, Week(iso: "2020-W01")!], "example notebook")
    }

    @Test func builtinPagesMatchSwiftMustacheOnAGeneratedNotebook() throws {
        let folder = try generatedNotebook(count: 400, seed: 11)
        let nb = try Loader.load(NotebookLocation.find(paths: [folder], configFile: nil), today: day("2026-11-22"))
        #expect(nb.notes.count >= 400)
        let week = Week(containing: nb.today)
        try compareBuiltinPages(nb, weeks: [week, week.previous], "generated notebook")
    }

    /// Names and texts full of what the escapes handle: HTML's five characters, Markdown's markup,
    /// a "<" carrying a combining mark (one character, which swift-mustache leaves as it is),
    /// leading digits and dashes, tabs, and non-Latin text.
    @Test func builtinPagesMatchSwiftMustacheOnHostileText() throws {
        let names = ["A&B <Co> \"Q\" 'S'", "*Jane* _D_ [x](y) `c`", "<\u{301}b> &\u{301}", "12. Twelve", "- Dash", "Zoë 名前 🙂",
                     "Tab\there", "#Hash |pipe| ~t~ =e= $d$ %p% ^c^", "-5"]
        var files: [String: String] = [:]
        for (n, name) in names.enumerated() {
            files["interviews/2026-11-1\(n % 9 + 1)-p\(n).md"] = """
                ---
                contact: "\(name.replacingOccurrences(of: "\"", with: "\\\""))"
                company: "\(names[(n + 1) % names.count].replacingOccurrences(of: "\"", with: "\\\""))"
                title: "\(names[(n + 2) % names.count].replacingOccurrences(of: "\"", with: "\\\""))"
                introduced_by: "\(names[(n + 3) % names.count].replacingOccurrences(of: "\"", with: "\\\""))"
                tags: [a&b, "<t>"]
                attempts: [2026-11-0\(n % 9 + 1)]
                date: 2026-11-2\(n % 6)
                ---
                # Notes

                - [ ] Send \(name) the <deck> & notes 📅 2026-11-2\(n % 6)

                ## Referrals

                - \(names[(n + 4) % names.count]): ask about *roles*
                """
        }
        let nb = try notebook(files, today: "2026-11-22")
        try compareBuiltinPages(nb, weeks: [Week(containing: nb.today), Week(containing: nb.today).previous], "hostile text")
    }

    @Test func emptyNotebookPagesMatch() throws {
        let nb = try notebook([:], today: "2026-11-22")
        try compareBuiltinPages(nb, weeks: [Week(containing: nb.today)], "empty notebook")
    }

    /// Random templates over the week page's view: values, raw values, sections and inverted
    /// sections (over lists, objects, flags, optionals, numbers, missing names, dotted names and
    /// `empty(…)`), comments, content types and partials, placed alone on lines with indentation or
    /// inline, so that swift-mustache's whitespace rules are all met. Every template PageTemplate
    /// takes must render exactly as swift-mustache renders it.
    @Test func randomTemplatesMatchSwiftMustache() throws {
        let nb = try notebook(try exampleNotebookFiles(), today: "2026-11-20")
        let view = WeekPage(report: WeekReport(week: Week(containing: nb.today), notebook: nb, lint: Linter().run(nb)), linkBase: "").view
        var rng = SeededRandom(state: 47)
        let names = ["week", "today", "numbers", "label", "value", "change", "meetingsHeld", "person", "title", "time", "duration",
                     "owed", "thankYou", "comingUp", "research", "questions", "dueNow", "due", "overdue", "text", "pipeline",
                     "pipeline.inPlay", "pipeline.statuses", "statuses", "status", "people", "addNext", "by", "health", "clean",
                     "health.topRules", "topRules", "rule", "count", "trend", "trend.rows", "rows", "current", "bars", "shown",
                     "newPeople", "nothing", "also.nothing", ".", ".week", ".label", "href", "errors", "funnel", "index"]
        let texts = ["a", " ", "  ", "\t", "x y", "<&>\"'", "*_[", "é", "-", "12.", "}", "{", "}}"]
        func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
        func name() -> String { Int.random(in: 0..<6, using: &rng) == 0 ? "empty(\(pick(names)))" : pick(names) }
        func indent() -> String { pick(["", "", " ", "  ", "\t", " \t"]) }
        func block(_ depth: Int) -> String {
            var out = ""
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                switch Int.random(in: 0..<12, using: &rng) {
                case 0, 1: out += pick(texts)
                case 2: out += "\n"
                case 3: out += "{{" + pick(["", " "]) + name() + pick(["", " "]) + "}}"
                case 4: out += pick(["{{{\(pick(names))}}}", "{{& \(pick(names))}}"])
                case 5: out += indent() + "{{! a comment }}" + pick(["\n", " x\n", ""])
                case 6: out += indent() + "{{% CONTENT_TYPE: \(pick(["MARKDOWN", "HTML", "TEXT"])) }}" + pick(["\n", ""])
                case 7: out += "{{> part}}" + pick(["\n", "", " \n"])
                default:
                    guard depth < 3 else { out += pick(texts); continue }
                    let tag = name(), mark = pick(["#", "^"])
                    let standalone = Bool.random(using: &rng)
                    let open = standalone ? (out.isEmpty || out.hasSuffix("\n") ? "" : "\n") + indent() + "{{\(mark)\(tag)}}" + pick(["\n", " \n"])
                                          : "{{\(mark)\(tag)}}"
                    let close = Bool.random(using: &rng) ? "\n" + indent() + "{{/\(tag)}}" + pick(["\n", "", "  \n"]) : "{{/\(tag)}}"
                    out += open + block(depth + 1) + close
                }
            }
            return out
        }
        let partial = "p{{week}}\n{{#numbers}}[{{label}}]{{/numbers}}\n"
        var taken = 0
        for round in 0..<3000 {
            let text = block(0)
            guard (try? PageTemplate(text, partial: { $0 == "part" ? partial : nil })) != nil else { continue }
            taken += 1
            if let disagreement = PageTemplate.disagreement(text, view: view, partials: ["part": partial]) {
                Issue.record("round \(round): \(disagreement)")
                break
            }
        }
        #expect(taken > 2500, "only \(taken) of 3000 random templates were taken")
    }

    /// What PageTemplate leaves to swift-mustache.
    @Test func refusesWhatItDoesNotRender() {
        for text in ["{{=<% %>=}}", "{{<parent}}{{/parent}}", "{{$block}}x{{/block}}", "  {{> part}}\n", "{{uppercased(week)}}",
                     "a\r\nb", "{{#a}}\u{2028}x{{/a}}", "a\u{85}", "{{#a}}", "{{/a}}", "{{% CONTENT_TYPE: JSON }}", "{{% CONTENT _TYPE: HTML }}", "{{a b}}", "{{tield)}}", "{{>*dynamic}}", "x{{"] {
            #expect(throws: PageTemplate.Unsupported.self, "\(text.debugDescription)") {
                try PageTemplate(text, partial: { _ in "" })
            }
        }
    }

    /// A notebook's own page template goes to swift-mustache (which may use anything Mustache
    /// allows), and so does a built-in page when the notebook overrides the partial it includes.
    @Test func overriddenTemplatesAreNotTaken() throws {
        let root = temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/templates", withIntermediateDirectories: true)
        #expect(Templates(root: root).builtinPage("week.md.mustache") != nil)
        try "{{#numbers}}{{uppercased(label)}}{{/numbers}}".write(toFile: root + "/templates/week.md.mustache", atomically: true, encoding: .utf8)
        #expect(Templates(root: root).builtinPage("week.md.mustache") == nil)
        #expect(Templates(root: root).builtinPage("week.html.mustache") != nil)
        try "body{}".write(toFile: root + "/templates/page.css.mustache", atomically: true, encoding: .utf8)
        #expect(Templates(root: root).builtinPage("week.html.mustache") == nil)
        let nb = try notebook(try exampleNotebookFiles(), today: "2026-11-20")
        let page = WeekPage(report: WeekReport(week: Week(containing: nb.today), notebook: nb, lint: Linter().run(nb)), linkBase: "")
        #expect(try page.markdown(templates: Templates(root: root)).contains("OUTREACH SENT"))
    }


}

/// The bit masks of Markdown's markup bytes hold exactly the characters `escape` handles, and the
/// texts `isPlain` lets through are the ones `escape` leaves as they are.
@Test func markdownPlainTextIsWhatEscapeLeaves() {
    let escaped = Set("\\`*_{}[]<>#|~=$%^&\n\r\t".utf8)
    for byte in 0...255 { #expect(MarkdownText.isMarkup(UInt8(byte)) == escaped.contains(UInt8(byte)), "byte \(byte)") }
    for text in ["", "12", ".5", "5-", "a+", "Jane", "2026-11-20", "é-1.", "Zoë"] {
        #expect(MarkdownText.isPlain(text) && MarkdownText.escape(text) == text, "\(text)")
    }
    for text in ["12.", "1.5", "-5", "+a", "a*b", "x\ty", "[x]", "a\nb"] {
        #expect(!MarkdownText.isPlain(text) && MarkdownText.escape(text) != text, "\(text)")
    }
}
