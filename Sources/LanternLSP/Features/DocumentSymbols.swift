import LanternKit

extension LanguageServer {
    /// The note's outline: the front matter with its keys, then the sections, nested by level.
    func documentSymbols(of doc: OpenDocument) -> [DocumentSymbol] {
        Outline(doc.text).symbols
    }

    /// The same outline, flat, for clients without nested symbols.
    func flatSymbols(of doc: OpenDocument) -> [SymbolInformation] {
        var out: [SymbolInformation] = []
        func add(_ symbols: [DocumentSymbol], in container: String?) {
            for s in symbols {
                out.append(SymbolInformation(name: s.name, kind: s.kind, location: Location(uri: doc.uri, range: s.range), containerName: container))
                add(s.children ?? [], in: s.name)
            }
        }
        add(documentSymbols(of: doc), in: nil)
        return out
    }
}

/// A note's outline, from the buffer as it stands.
struct Outline {
    /// LSP symbol kinds: headings are strings (as editors' own Markdown outlines have them), the
    /// front matter an object of properties.
    static let sectionKind = 15, frontMatterKind = 19, keyKind = 7

    let symbols: [DocumentSymbol]

    init(_ text: DocumentText) {
        let layout = BufferLayout(text)
        var out: [DocumentSymbol] = []
        let lastLine = max(0, text.lineCount - 1)
        func lineRange(_ from: Int, _ to: Int) -> TextRange {
            TextRange(start: Position(line: from, character: 0), end: Position(line: to, character: text.utf16Length(ofLine: to)))
        }
        if layout.opens {
            let end = layout.frontMatterEnd ?? lastLine
            let keys = layout.keys
            let children = keys.enumerated().map { i, key -> DocumentSymbol in
                let next = i + 1 < keys.count ? keys[i + 1].line - 1 : max(key.line, end - (layout.frontMatterEnd == nil ? 0 : 1))
                let value = text.line(key.line).utf16.dropFirst(key.afterColon)
                let detail = String(Substring(value)).trimmingCharacters(in: .whitespaces)
                return DocumentSymbol(
                    name: key.raw, detail: detail.isEmpty ? nil : String(detail.prefix(80)), kind: Outline.keyKind,
                    range: lineRange(key.line, max(key.line, next)),
                    selectionRange: TextRange(start: Position(line: key.line, character: key.start), end: Position(line: key.line, character: key.end)),
                    children: nil)
            }
            out.append(
                DocumentSymbol(
                    name: "front matter", detail: nil, kind: Outline.frontMatterKind, range: lineRange(0, end),
                    selectionRange: lineRange(0, 0), children: children))
        }
        // Sections as the note reader finds them (cmark), nested by heading level.
        let note = NoteReader.read(text: withoutBOM(text.text), path: "outline.md", config: Config())
        let sections = note.body.sections
        var stack: [(level: Int, symbol: DocumentSymbol)] = []
        func close(downTo level: Int, before line: Int) {
            while let top = stack.last, top.level >= level {
                stack.removeLast()
                var symbol = top.symbol
                symbol.range = lineRange(symbol.range.start.line, max(symbol.range.start.line, line))
                if stack.isEmpty {
                    out.append(symbol)
                } else {
                    stack[stack.count - 1].symbol.children = (stack[stack.count - 1].symbol.children ?? []) + [symbol]
                }
            }
        }
        for section in sections {
            let line = section.location.line - 1
            close(downTo: section.level, before: line - 1)
            let heading = text.line(line)
            let symbol = DocumentSymbol(
                name: section.title.isEmpty ? "(untitled)" : section.title,
                detail: section.kind.map { "\($0.rawValue) section" }, kind: Outline.sectionKind,
                range: lineRange(line, line),
                selectionRange: TextRange(start: Position(line: line, character: 0), end: Position(line: line, character: heading.utf16.count)),
                children: nil)
            stack.append((section.level, symbol))
        }
        close(downTo: 0, before: lastLine)
        symbols = out
    }
}

import Foundation
