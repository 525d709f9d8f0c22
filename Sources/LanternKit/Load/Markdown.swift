import CCmark
#if canImport(Glibc)
    import Glibc
#endif

/// Reads a note body with cmark. The only file that imports `CCmark`: it walks the C tree with
/// `cmark_iter`, copies what Lantern needs into Swift values with source positions, and frees the
/// tree before returning. No C pointer leaves this file.
enum Markdown {
    /// Scans `text`, whose first line is line `firstLine` of the file.
    static func scan(_ text: String, firstLine: Int, config: Config) -> (Body, [Problem]) {
        var walker = Walker(lineShift: firstLine - 1, config: config)
        var source = text
        source.withUTF8 { buffer in
            guard
                let document = buffer.withMemoryRebound(
                    to: CChar.self,
                    { chars in
                        cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
                    })
            else { return }
            defer { cmark_node_free(document) }
            walker.source = buffer
            defer { walker.source = nil }
            walker.walk(document)
        }
        return (walker.body, walker.problems)
    }
}

/// One paragraph's (or heading's) inline content, line by line.
private struct InlineText {
    var lines: [TextLine] = []
    /// The same lines with inline code blanked out (spaces in its place, so columns still hold):
    /// the words the user wrote as prose, for the rules that read words (`job-ask`).
    var prose: [TextLine] = []
    var urls: [String] = []
    var disables: [String] = []  // the text of lantern-disable comments met inline

    var joined: String { lines.map(\.text).joined(separator: " ") }
}

private struct Walker {
    let lineShift: Int
    let config: Config
    var body = Body()
    var problems: [Problem] = []
    /// Open sections: index into `body.sections`.
    var open: [Int] = []
    var itemDepth = 0
    /// The body's bytes, while the walk lasts: for end columns in code points.
    var source: UnsafeBufferPointer<UInt8>?
    /// Byte offsets of the body's line starts, worked out the first time an end is asked for.
    var lineStarts: [Int]?

    init(lineShift: Int, config: Config) {
        self.lineShift = lineShift
        self.config = config
    }

    func location(_ node: OpaquePointer) -> SourceLocation {
        SourceLocation(
            line: Int(cmark_node_get_start_line(node)) + lineShift,
            column: max(1, Int(cmark_node_get_start_column(node))))
    }

    /// Where `node` ends: its last line, and the column (in code points, as SARIF's `endColumn`)
    /// just after its last character. cmark gives the byte column of the last byte.
    mutating func end(of node: OpaquePointer) -> (line: Int, column: Int)? {
        guard let source else { return nil }
        let line = Int(cmark_node_get_end_line(node))
        let byteColumn = Int(cmark_node_get_end_column(node))
        if lineStarts == nil {
            var starts = [0]
            for (offset, byte) in source.enumerated() where byte == 10 { starts.append(offset + 1) }
            lineStarts = starts
        }
        guard let starts = lineStarts, line >= 1, line <= starts.count, byteColumn >= 1 else { return nil }
        let start = starts[line - 1]
        let stop = min(start + byteColumn, source.count)
        var codePoints = 0
        for offset in start..<stop where source[offset] & 0xC0 != 0x80 { codePoints += 1 }
        return (line + lineShift, codePoints + 1)
    }

    /// The innermost recognised section we are in.
    var currentKind: SectionKind? {
        for index in open.reversed() { if let kind = body.sections[index].kind { return kind } }
        return nil
    }

    mutating func markContent() {
        for index in open { body.sections[index].hasContent = true }
    }

    mutating func walk(_ document: OpaquePointer) {
        guard let iter = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_ITEM { itemDepth -= 1 }
                continue
            }
            switch type {
            case CMARK_NODE_HEADING:
                heading(node)
                cmark_iter_reset(iter, node, CMARK_EVENT_EXIT)
            case CMARK_NODE_PARAGRAPH:
                markContent()
                paragraph(node)
                cmark_iter_reset(iter, node, CMARK_EVENT_EXIT)
            case CMARK_NODE_ITEM:
                itemDepth += 1
                markContent()
                item(node)
            case CMARK_NODE_HTML_BLOCK:
                let html = literal(node)
                let comments = htmlComments(html)
                for comment in comments { disable(comment, at: location(node)) }
                if !isOnlyComments(html) { markContent() }
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_LIST:
                if type != CMARK_NODE_THEMATIC_BREAK { markContent() }
            default:
                break
            }
        }
    }

    // MARK: - Blocks

    mutating func heading(_ node: OpaquePointer) {
        let level = Int(cmark_node_get_heading_level(node))
        let inline = inlineText(node)
        let title = inline.joined.trimmingBlanks()
        if body.firstHeading == nil, !title.isEmpty { body.firstHeading = title }
        while let last = open.last, body.sections[last].level >= level { open.removeLast() }
        // A subheading alone is not content; what stands under it is, for every open section.
        let section = Section(
            title: title, level: level, kind: config.sectionKind(forHeading: title),
            location: location(node), hasContent: false, lines: [])
        body.sections.append(section)
        open.append(body.sections.count - 1)
        collectMentions(inline)
    }

    mutating func paragraph(_ node: OpaquePointer) {
        // Prose is most of a note: unless it is outreach text, a paragraph matters only for its
        // wikilinks and lantern-disable comments, so one without a `[` or inline HTML is skipped
        // without making Swift strings of it.
        if currentKind != .outreach, !mayHoldLinksOrComments(node) { return }
        let inline = inlineText(node)
        collectMentions(inline)
        for comment in inline.disables { disable(comment, at: inline.lines.first?.location ?? location(node)) }
        if currentKind == .outreach, let index = open.last(where: { body.sections[$0].kind == .outreach }) {
            body.sections[index].lines += inline.prose
        }
    }

    mutating func item(_ node: OpaquePointer) {
        guard let first = cmark_node_first_child(node), cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH else {
            return
        }
        let inline = inlineText(first)
        let text = inline.joined.trimmingBlanks()
        let kind = currentKind
        var place = location(node)
        // A box that stands in inline code (`` `[ ] …` ``) is an example, not a task.
        let startsWithText = cmark_node_first_child(first).map { cmark_node_get_type($0) == CMARK_NODE_TEXT } ?? false
        let parsed = startsWithText ? TaskText.parse(text, config: config) : nil
        if var task = parsed?.task {
            // A task's region is its first paragraph, the text Obsidian shows as the task.
            if let end = end(of: first) {
                place.endLine = end.line
                place.endColumn = end.column
            }
            for bad in parsed?.invalid ?? [] {
                problems.append(
                    Problem(
                        TaskDateInvalid.id, at: place,
                        "task date \"\(bad)\" is not a date; write YYYY-MM-DD (task: \(task.text))"))
            }
            task.location = place
            task.section = kind
            body.tasks.append(task)
        }
        guard itemDepth == 1 else { return }
        switch kind {
        case .questions:
            if !text.isEmpty { body.questions.append(Question(text: text, location: place)) }
        case .referrals where parsed == nil:  // a task under Referrals is a task, not a person
            var whole = InlineText()
            collectText(of: node, into: &whole)
            if let referral = ReferralText.parse(
                firstParagraph: text, wholeItem: whole.joined, links: whole.urls,
                at: place)
            {
                body.referrals.append(referral)
            }
        default:
            break
        }
    }

    // MARK: - Inline content

    /// Whether any text or code under `node` has a `[`, or there is inline HTML.
    func mayHoldLinksOrComments(_ node: OpaquePointer) -> Bool {
        guard let iter = cmark_iter_new(node) else { return true }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { return false }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let c = cmark_node_get_literal(child), strchr(c, 91) != nil { return true }
            case CMARK_NODE_HTML_INLINE:
                return true
            default:
                break
            }
        }
    }

    func literal(_ node: OpaquePointer) -> String {
        guard let c = cmark_node_get_literal(node) else { return "" }
        return String(cString: c)
    }

    /// The inline content of a paragraph or heading, one entry per source line.
    func inlineText(_ node: OpaquePointer) -> InlineText {
        var out = InlineText()
        out.lines.append(TextLine(text: "", location: location(node)))
        out.prose.append(TextLine(text: "", location: location(node)))
        collectText(of: node, into: &out)
        let kept = out.lines.indices.filter { !out.lines[$0].text.isEmpty }
        out.prose = kept.map { out.prose[$0] }
        out.lines = kept.map { out.lines[$0] }
        return out
    }

    /// Appends the text under `node` to `out`, starting a new line at every line break.
    func collectText(of node: OpaquePointer, into out: inout InlineText) {
        if out.lines.isEmpty {
            out.lines.append(TextLine(text: "", location: location(node)))
            out.prose.append(TextLine(text: "", location: location(node)))
        }
        guard let iter = cmark_iter_new(node) else { return }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT:
                let text = literal(child)
                out.lines[out.lines.count - 1].text += text
                out.prose[out.prose.count - 1].text += text
            case CMARK_NODE_CODE:
                let code = literal(child)
                out.lines[out.lines.count - 1].text += code
                out.prose[out.prose.count - 1].text += String(repeating: " ", count: code.count)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                let previous = out.lines[out.lines.count - 1].location
                let next = TextLine(text: "", location: SourceLocation(line: previous.line + 1, column: previous.column))
                out.lines.append(next)
                out.prose.append(next)
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if child != node, !(out.lines.last?.text.isEmpty ?? true) {
                    out.lines.append(TextLine(text: "", location: location(child)))
                    out.prose.append(TextLine(text: "", location: location(child)))
                }
            case CMARK_NODE_LINK:
                if let url = cmark_node_get_url(child) { out.urls.append(String(cString: url)) }
            case CMARK_NODE_HTML_INLINE:
                out.disables += htmlComments(literal(child))
            default:
                break
            }
        }
    }

    mutating func collectMentions(_ inline: InlineText) {
        for line in inline.lines {
            for target in Wikilink.targets(in: line.text) {
                body.mentions.append(Mention(target: target, location: line.location))
            }
        }
    }

    // MARK: - lantern-disable comments

    /// The inside of every `<!-- … -->` in an HTML fragment.
    func htmlComments(_ html: String) -> [String] {
        var out: [String] = []
        guard html.containsBytes("<!--") else { return out }
        var rest = Substring(html)
        while let open = rest.byteRange(of: "<!--") {
            guard let close = rest[open.upperBound...].byteRange(of: "-->") else { break }
            out.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return out
    }

    func isOnlyComments(_ html: String) -> Bool {
        guard html.containsBytes("<!--") else { return html.allSatisfy(\.isWhitespace) }
        var rest = Substring(html)
        while let open = rest.byteRange(of: "<!--"), let close = rest[open.upperBound...].byteRange(of: "-->") {
            guard rest[..<open.lowerBound].allSatisfy(\.isWhitespace) else { return false }
            rest = rest[close.upperBound...]
        }
        return rest.allSatisfy(\.isWhitespace)
    }

    mutating func disable(_ comment: String, at place: SourceLocation) {
        let words = comment.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard let first = words.first, first == "lantern-disable" else { return }
        body.disables.append(InlineDisable(rules: Array(words.dropFirst()), location: place))
    }
}
