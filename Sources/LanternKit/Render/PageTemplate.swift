import Mustache

/// The renderer of the built-in page templates (week and index, Markdown and HTML).
///
/// swift-mustache renders the pages a user overrides; the built-in ones go through this renderer
/// instead, because swift-mustache spends two or three microseconds on every `{{value}}` (dynamic
/// casts, copies of its context stack, `String(describing:)`) and a 10,000-note index has
/// 100,000 of them. This renderer reads the same templates and gives byte-identical pages: it
/// follows swift-mustache's parser line by line (which whitespace a standalone tag removes), its
/// lookups (a field that is missing or `nil` is looked up further out), its truthiness (only
/// missing, `false` and empty lists are false; `0` and `""` are true) and its escaping.
/// `PageTemplateTests` renders every built-in template both ways and compares the bytes.
///
/// It takes the subset of Mustache the built-in templates use: values, `{{{raw}}}` and `{{&raw}}`,
/// sections, inverted sections, comments, partials on a line of their own without indentation,
/// `{{% CONTENT_TYPE: … }}` (HTML, TEXT or MARKDOWN), dotted names and the `empty(…)` transform.
/// Anything else is `Unsupported`, and the caller renders with swift-mustache.
struct PageTemplate {
    /// What `{{value}}` does to text.
    enum Escaping { case html, markdown, text }

    /// A name as written in a tag.
    struct Lookup {
        /// The dotted parts (`trend.rows` → `trend`, `rows`); empty for `.`.
        var names: [String]
        /// `.name`: looked up in the innermost value only.
        var local: Bool
        /// `empty(name)`.
        var isEmptyTest: Bool
    }

    indirect enum Node {
        case text(String)
        case value(Lookup, escaped: Bool)
        case section(Lookup, [Node])
        case inverted(Lookup, [Node])
        case partial(String)
        case escaping(Escaping)
    }

    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    let nodes: [Node]
    /// The partials the template includes, compiled.
    let partials: [String: [Node]]
    /// A list with at least this many items (outside any other list) has them rendered in slices
    /// on every core, each slice with its own copy of the stack, and the slices joined in order.
    let parallelItems: Int

    /// Compiles `text`, with the partials it names found by `partial`.
    init(_ text: String, parallelItems: Int = 1_000, partial: (String) -> String?) throws(Unsupported) {
        self.parallelItems = parallelItems
        nodes = try PageTemplate.compile(text)
        var partials: [String: [Node]] = [:]
        var wanted = PageTemplate.partialNames(in: nodes)
        while let name = wanted.popLast() {
            guard partials[name] == nil else { continue }
            guard let source = partial(name) else { throw Unsupported(description: "no partial named \(name)") }
            let compiled = try PageTemplate.compile(source)
            partials[name] = compiled
            wanted += PageTemplate.partialNames(in: compiled)
        }
        self.partials = partials
    }

    static func compile(_ text: String) throws(Unsupported) -> [Node] {
        // Line ends other than "\n" are read differently by swift-mustache's Character parser
        // (it takes \r, \u{0B}, \u{0C}, U+0085, U+2028 and U+2029 for one at a tag's line end).
        if text.utf8.contains(where: { $0 == 0x0D || $0 == 0x0B || $0 == 0x0C })
            || text.unicodeScalars.contains(where: { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            throw Unsupported(description: "a line end other than \\n")
        }
        // swift-mustache reads characters: an ASCII "{", "}", blank or line end joined to another
        // scalar in one character (a combining mark after it, a prepended mark before it) is not
        // the ASCII character to it, while bytes would see one.
        if text.contains(where: { $0.unicodeScalars.count > 1 && $0.unicodeScalars.contains(where: \.isASCII) }) {
            throw Unsupported(description: "a character joining ASCII with another scalar")
        }
        var scanner = Scanner(bytes: Array(text.utf8))
        return try scanner.nodes(section: nil, newLine: true)
    }

    static func partialNames(in nodes: [Node]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .partial(let name): [name]
            case .section(_, let inner), .inverted(_, let inner): partialNames(in: inner)
            default: []
            }
        }
    }

    // MARK: - Rendering

    /// The page for `view`.
    func render(_ view: any PageView) -> String {
        var out = ""
        out.reserveCapacity(1 << 16)
        var stack: [PageValue] = [.view(view)]
        render(nodes, &stack, .html, into: &out, parallel: true)
        return out
    }

    private func render(_ nodes: [Node], _ stack: inout [PageValue], _ escaping: Escaping, into out: inout String, parallel: Bool = false) {
        var escaping = escaping
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .value(let lookup, let escaped):
                append(resolve(lookup, in: stack), escaped ? escaping : .text, to: &out)
            case .section(let lookup, let inner):
                let value = resolve(lookup, in: stack)
                switch value {
                case .missing:
                    break
                case .flag(let on):
                    if on { render(inner, &stack, escaping, into: &out, parallel: parallel) }
                case .list(let list) where parallel && list.count >= parallelItems:
                    let slices = 16, outer = stack, escaping = escaping
                    for text in concurrentMap(slices, { slice -> String in
                        var stack = outer, out = ""
                        render(inner, over: list, slice * list.count / slices..<(slice + 1) * list.count / slices, &stack, escaping, into: &out)
                        return out
                    }) {
                        out += text
                    }
                case .list(let list):
                    render(inner, over: list, 0..<list.count, &stack, escaping, into: &out)
                default:
                    stack.append(value)
                    render(inner, &stack, escaping, into: &out, parallel: parallel)
                    stack.removeLast()
                }
            case .inverted(let lookup, let inner):
                let value = resolve(lookup, in: stack)
                switch value {
                case .missing:
                    render(inner, &stack, escaping, into: &out, parallel: parallel)
                case .flag(let on):
                    if !on { render(inner, &stack, escaping, into: &out, parallel: parallel) }
                case .list(let list):
                    if list.count == 0 {
                        stack.append(value)
                        render(inner, &stack, escaping, into: &out, parallel: parallel)
                        stack.removeLast()
                    }
                default:
                    break
                }
            case .partial(let name):
                if let inner = partials[name] { render(inner, &stack, escaping, into: &out, parallel: parallel) }
            case .escaping(let new):
                escaping = new
            }
        }
    }

    /// A list section's items `range`, each on top of the stack in turn (never sliced again).
    private func render(_ nodes: [Node], over list: any PageList, _ range: Range<Int>, _ stack: inout [PageValue], _ escaping: Escaping,
                        into out: inout String) {
        for i in range {
            stack.append(list.item(i))
            render(nodes, &stack, escaping, into: &out)
            stack.removeLast()
        }
    }

    /// Finds a name as swift-mustache does: the first part in the innermost value that has it
    /// (a missing or `nil` field is looked for further out), the other parts inside that.
    private func resolve(_ lookup: Lookup, in stack: [PageValue]) -> PageValue {
        var value = PageValue.missing
        if lookup.names.isEmpty {
            value = stack[stack.count - 1]
        } else if lookup.local {
            value = descend(lookup.names[...], from: stack[stack.count - 1])
        } else {
            for entry in stack.reversed() {
                let found = entry.field(lookup.names[0])
                if case .missing = found { continue }
                value = descend(lookup.names.dropFirst(), from: found)
                break
            }
        }
        guard lookup.isEmptyTest else { return value }
        switch value {
        case .list(let list): return .flag(list.count == 0)
        case .text(let text): return .flag(text.isEmpty)
        default: return .missing
        }
    }

    private func descend(_ names: ArraySlice<String>, from value: PageValue) -> PageValue {
        var value = value
        for name in names {
            value = value.field(name)
            if case .missing = value { return .missing }
        }
        return value
    }

    private func append(_ value: PageValue, _ escaping: Escaping, to out: inout String) {
        switch value {
        case .missing: break
        case .text(let text): PageTemplate.append(text, escaping, to: &out)
        case .number(let n): PageTemplate.append(String(n), escaping, to: &out)
        case .flag(let on): out += on ? "true" : "false"
        case .list, .view: PageTemplate.append(String(describing: value.mustacheValue!), escaping, to: &out)
        }
    }

    static func append(_ text: String, _ escaping: Escaping, to out: inout String) {
        switch escaping {
        case .text: out += text
        case .markdown: out += MarkdownText.escape(text)
        case .html: appendHTML(text, to: &out)
        }
    }

    /// swift-mustache's HTML escape: `& < > " '`, matched as whole characters (a `<` carrying a
    /// combining mark is a different character and stays as it is).
    static func appendHTML(_ text: String, to out: inout String) {
        let special = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard special else { out += text; return }
        for ch in text {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
    }
}

// MARK: - Agreement with swift-mustache

extension PageTemplate {
    /// How `PageTemplate` and swift-mustache differ on `text` rendered over `view` (with the
    /// `partials` it may include), sliced lists included; `nil` when they agree or when
    /// `PageTemplate` refuses the text. The differential tests and the fuzz target use it.
    static func disagreement(_ text: String, view: any PageView, partials: [String: String] = [:]) -> String? {
        guard let fast = try? PageTemplate(text, partial: { partials[$0] }) else { return nil }
        _ = Templates.registerContentTypes
        var library = MustacheLibrary()
        do {
            library.register(try MustacheTemplate(string: text), named: "main")
            for (name, partial) in partials { library.register(try MustacheTemplate(string: partial), named: name) }
        } catch {
            return "PageTemplate takes a template swift-mustache refuses (\(error)): \(text.debugDescription)"
        }
        let expected = library.render(view, withTemplate: "main") ?? ""
        let sliced = try? PageTemplate(text, parallelItems: 1, partial: { partials[$0] })
        for (how, got) in [("", fast.render(view)), (" with every list in slices", sliced?.render(view) ?? "")] where got != expected {
            let x = Array(got.utf8), y = Array(expected.utf8)
            let at = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
            let from = max(0, at - 40)
            return """
                PageTemplate renders \(text.debugDescription)\(how) differently from swift-mustache, at byte \(at):
                  PageTemplate:   \(String(decoding: x[from..<min(x.count, at + 40)], as: UTF8.self).debugDescription)
                  swift-mustache: \(String(decoding: y[from..<min(y.count, at + 40)], as: UTF8.self).debugDescription)
                """
        }
        return nil
    }

    /// A small weekly page's view, with a row of every kind, for checking templates against.
    static let sampleView: any PageView = {
        let notes = [
            ("interviews/2026-11-18-ana.md", "---\ncontact: Ana <Ruiz>\ncompany: \"R&D * Co\"\ntitle: Lead\nintroduced_by: Ben\nattempts: [2026-11-10 email]\nreplied: 2026-11-11\ndate: 2026-11-18 10:00\nmedium: video\n---\n## Questions\n- Why?\n## Referrals\n- Cy Lo: ask about *roles*\n- [ ] Send the deck 📅 2026-11-20\n"),
            ("interviews/2026-11-10-ben.md", "---\ncontact: Ben\nattempts: [2026-11-01, 2026-11-05]\n---\n"),
            ("interviews/2026-11-25-cy.md", "---\ncontact: Cy Lo\ndate: 2026-11-25 09:30\n---\n"),
        ]
        let config = Config()
        let read = notes.map { NoteReader.read(bytes: Array($0.1.utf8), path: $0.0, config: config) }
        let notebook = Notebook(root: "/sample", config: config, today: Day(iso: "2026-11-22")!, notes: read)
        let report = WeekReport(week: Week(containing: notebook.today), notebook: notebook, lint: Linter().run(notebook))
        return WeekPage(report: report, linkBase: "../").view
    }()
}

extension Templates {
    /// How the built-in pages' renderer and swift-mustache differ on a template `text` over a
    /// small sample week (`nil` when they agree, or when the renderer leaves `text` to
    /// swift-mustache). For the fuzz target.
    public static func rendererDisagreement(_ text: String) -> String? {
        PageTemplate.disagreement(text, view: PageTemplate.sampleView, partials: ["part": "p{{week}}\n{{#numbers}}[{{label}}]{{/numbers}}\n"])
    }
}

// MARK: - Parsing

extension PageTemplate {
    /// Reads a template the way swift-mustache's parser does: line by line, with a tag alone on
    /// its line (after spaces or tabs) taking the line with it when it is a section, an end, a
    /// comment, a partial or a setting.
    fileprivate struct Scanner {
        let bytes: [UInt8]
        var at = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { at >= bytes.count }
        var current: UInt8 { bytes[at] }

        static let newline = UInt8(ascii: "\n"), brace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

        mutating func readBlanks() -> [UInt8] {
            let start = at
            while !atEnd, current == UInt8(ascii: " ") || current == UInt8(ascii: "\t") { at += 1 }
            return Array(bytes[start..<at])
        }

        /// Character.isWhitespace, for the ASCII a template's tags hold.
        mutating func skipWhitespace() {
            while !atEnd, current == 0x20 || current == 0x09 || current == 0x0A { at += 1 }
        }

        enum Stop { case newline, tag, end }

        /// Text up to a newline (not taken) or `{{` (taken).
        mutating func readText() throws(Unsupported) -> ([UInt8], Stop) {
            let start = at
            while !atEnd {
                if current == Scanner.newline { return (Array(bytes[start..<at]), .newline) }
                // swift-mustache reads two characters after every "{", and fails on the last one.
                if current == Scanner.brace, at + 1 == bytes.count { throw Unsupported(description: "a { at the very end") }
                if current == Scanner.brace, at + 1 < bytes.count, bytes[at + 1] == Scanner.brace {
                    let text = Array(bytes[start..<at])
                    at += 2
                    return (text, .tag)
                }
                at += 1
            }
            return (Array(bytes[start..<at]), .end)
        }

        /// The rest of the line is blank: takes it with its newline.
        mutating func lineFinished() -> Bool {
            if atEnd { return true }
            var probe = at
            while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") { probe += 1 }
            if probe < bytes.count, bytes[probe] == Scanner.newline {
                at = probe + 1
                return true
            }
            return false
        }

        mutating func expectClose() throws(Unsupported) {
            guard at + 1 < bytes.count, current == Scanner.closeBrace, bytes[at + 1] == Scanner.closeBrace else {
                throw Unsupported(description: "a tag that does not end in }}")
            }
            at += 2
        }

        static let nameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*".utf8)

        /// A tag's name up to its `}}`, as written, and what it looks up.
        mutating func name() throws(Unsupported) -> (String, Lookup) {
            skipWhitespace()
            let start = at
            while !atEnd, Scanner.nameBytes.contains(current) { at += 1 }
            let raw = String(decoding: bytes[start..<at], as: UTF8.self)
            skipWhitespace()
            try expectClose()
            var name = Substring(raw)
            var isEmptyTest = false
            if name.contains(where: { $0 == "(" || $0 == ")" }) {
                // `empty(name)` only; swift-mustache refuses a ")" without its "(" (found by fuzzing).
                guard let open = name.firstIndex(of: "("), name[..<open] == "empty", name.hasSuffix(")"),
                      name.filter({ $0 == "(" || $0 == ")" }).count == 2 else {
                    throw Unsupported(description: "the transform in {{\(raw)}}")
                }
                isEmptyTest = true
                name = name[name.index(after: open)..<name.index(before: name.endIndex)]
            }
            guard !name.isEmpty, !name.contains("*") else { throw Unsupported(description: "the name {{\(raw)}}") }
            if name == "." { return (raw, Lookup(names: [], local: false, isEmptyTest: isEmptyTest)) }
            let parts = name.split(separator: ".").map(String.init)
            guard !parts.isEmpty else { throw Unsupported(description: "the name {{\(raw)}}") }
            return (raw, Lookup(names: parts, local: name.first == ".", isEmptyTest: isEmptyTest))
        }

        /// The nodes up to the end of `section` (or of the text), as swift-mustache's
        /// `MustacheTemplate.parse` reads them; `newLine` is whether the first byte starts a line.
        mutating func nodes(section: String?, newLine startsLine: Bool) throws(Unsupported) -> [Node] {
            var nodes: [Node] = []
            var newLine = startsLine
            var blanks: [UInt8] = []
            func text(_ bytes: [UInt8]) -> Node { .text(String(decoding: bytes, as: UTF8.self)) }
            while !atEnd {
                if newLine { blanks = readBlanks() }
                let (written, stop) = try readText()
                if stop == .newline {
                    nodes.append(text(blanks + written + [Scanner.newline]))
                    newLine = true
                    at += 1
                    continue
                }
                if !written.isEmpty {
                    nodes.append(text(blanks + written))
                    blanks = []
                    newLine = false
                }
                if stop == .end { break }
                guard !atEnd, current != Scanner.newline else { throw Unsupported(description: "a {{ at the end of a line") }
                var standalone = false
                switch current {
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    let inverted = current == UInt8(ascii: "^")
                    at += 1
                    let (raw, lookup) = try name()
                    if newLine && lineFinished() {
                        standalone = true
                    } else if !blanks.isEmpty {
                        nodes.append(text(blanks))
                        blanks = []
                    }
                    let inner = try self.nodes(section: raw, newLine: standalone)
                    nodes.append(inverted ? .inverted(lookup, inner) : .section(lookup, inner))
                case UInt8(ascii: "/"):
                    at += 1
                    let (raw, _) = try name()
                    guard raw == section else { throw Unsupported(description: "{{/\(raw)}} closes nothing open") }
                    if !(newLine && lineFinished()), !blanks.isEmpty { nodes.append(text(blanks)) }
                    return nodes
                case UInt8(ascii: "!"):
                    at += 1
                    while !atEnd, !(current == Scanner.closeBrace && at + 1 < bytes.count && bytes[at + 1] == Scanner.closeBrace) { at += 1 }
                    try expectClose()
                    standalone = newLine && lineFinished()
                case UInt8(ascii: "{"), UInt8(ascii: "&"):
                    let triple = current == UInt8(ascii: "{")
                    if !blanks.isEmpty {
                        nodes.append(text(blanks))
                        blanks = []
                    }
                    at += 1
                    let (_, lookup) = try name()
                    if triple {
                        guard !atEnd, current == Scanner.closeBrace else { throw Unsupported(description: "a {{{ without }}}") }
                        at += 1
                    }
                    nodes.append(.value(lookup, escaped: false))
                case UInt8(ascii: ">"):
                    at += 1
                    skipWhitespace()
                    let start = at
                    while !atEnd, Scanner.nameBytes.contains(current) || current == UInt8(ascii: "/") { at += 1 }
                    let partial = String(decoding: bytes[start..<at], as: UTF8.self)
                    skipWhitespace()
                    try expectClose()
                    guard !partial.isEmpty, !partial.hasPrefix("*") else { throw Unsupported(description: "the partial {{> \(partial)}}") }
                    // swift-mustache indents every line of an indented partial; the built-in
                    // templates have none.
                    guard blanks.isEmpty else { throw Unsupported(description: "an indented partial") }
                    standalone = newLine && lineFinished()
                    nodes.append(.partial(partial))
                case UInt8(ascii: "%"):
                    // `NAME: VALUE`, each a run of name characters, blanks around each part.
                    at += 1
                    func word() -> String {
                        let start = at
                        while !atEnd, Scanner.nameBytes.contains(current), current != UInt8(ascii: "("), current != UInt8(ascii: ")") { at += 1 }
                        return String(decoding: bytes[start..<at], as: UTF8.self)
                    }
                    skipWhitespace()
                    let setting = word()
                    skipWhitespace()
                    guard !atEnd, current == UInt8(ascii: ":") else { throw Unsupported(description: "the setting {{% \(setting)}}") }
                    at += 1
                    skipWhitespace()
                    let value = word()
                    skipWhitespace()
                    try expectClose()
                    switch (setting, value) {
                    case ("CONTENT_TYPE", "HTML"): nodes.append(.escaping(.html))
                    case ("CONTENT_TYPE", "TEXT"): nodes.append(.escaping(.text))
                    case ("CONTENT_TYPE", "MARKDOWN"): nodes.append(.escaping(.markdown))
                    default: throw Unsupported(description: "the setting {{% \(setting): \(value)}}")
                    }
                    standalone = newLine && lineFinished()
                case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "="):
                    throw Unsupported(description: "inheritance or new delimiters")
                default:
                    if !blanks.isEmpty {
                        nodes.append(text(blanks))
                        blanks = []
                    }
                    let (_, lookup) = try name()
                    nodes.append(.value(lookup, escaped: true))
                }
                newLine = standalone
            }
            if let section { throw Unsupported(description: "{{#\(section)}} is never closed") }
            return nodes
        }
    }
}

// MARK: - Values

/// A value a page view gives the templates.
enum PageValue: Sendable {
    case missing
    case text(String)
    case number(Int)
    case flag(Bool)
    case list(any PageList)
    case view(any PageView)

    /// The field `name` of a view; nothing for other values (as swift-mustache finds no field in
    /// a string, a number or a list).
    func field(_ name: String) -> PageValue {
        if case .view(let view) = self { return view.field(name) }
        return .missing
    }

    /// The value as swift-mustache sees it (`nil` when missing).
    var mustacheValue: Any? {
        switch self {
        case .missing: nil
        case .text(let text): text
        case .number(let n): n
        case .flag(let on): on
        case .list(let list): list.mustacheValue
        case .view(let view): view
        }
    }
}

/// What a page view's field can be.
protocol PageField: Sendable {
    var pageValue: PageValue { get }
}

/// A struct the page templates read, field by field (`PageViews.swift` is generated by
/// `scripts/page-views`). It answers swift-mustache through the same fields.
protocol PageView: PageField, MustacheParent {
    func field(_ name: String) -> PageValue
}

extension PageView {
    var pageValue: PageValue { .view(self) }
}

/// A list a section repeats over.
protocol PageList: Sendable {
    var count: Int { get }
    func item(_ index: Int) -> PageValue
    /// The list itself, for swift-mustache.
    var mustacheValue: Any { get }
}

extension String: PageField { var pageValue: PageValue { .text(self) } }
extension Int: PageField { var pageValue: PageValue { .number(self) } }
extension Bool: PageField { var pageValue: PageValue { .flag(self) } }

extension Optional: PageField where Wrapped: PageField {
    var pageValue: PageValue { self?.pageValue ?? .missing }
}

extension Array: PageField where Element: PageField {
    var pageValue: PageValue { .list(self) }
}

extension Array: PageList where Element: PageField {
    func item(_ index: Int) -> PageValue { self[index].pageValue }
    var mustacheValue: Any { self }
}
