// The parts of the Language Server Protocol 3.17 that Lantern speaks, as plain Codable values.
// Names follow the specification, so that each can be looked up there, except where one would
// hide a Swift or LanternKit type: `TextRange` is the specification's `Range`, `LSPDiagnostic`
// its `Diagnostic`.

/// A place in a document: zero-based line, and character offset in UTF-16 code units.
public struct Position: Codable, Hashable, Sendable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }
}

/// From `start` up to, not including, `end`.
public struct TextRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// Whether `position` lies within (an empty range contains its own position).
    public func contains(_ position: Position) -> Bool {
        start <= position && (position < end || position == start || position == end)
    }
}

public struct Location: Codable, Hashable, Sendable {
    public var uri: String
    public var range: TextRange
}

public struct TextEdit: Codable, Hashable, Sendable {
    public var range: TextRange
    public var newText: String

    public init(range: TextRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// Edits to documents by URI (the `changes` form every client supports).
public struct WorkspaceEdit: Codable, Hashable, Sendable {
    public var changes: [String: [TextEdit]]

    public init(changes: [String: [TextEdit]]) { self.changes = changes }
}

public struct TextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: String

    public init(uri: String) { self.uri = uri }
}

public struct VersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: String
    public var version: Int
}

public struct TextDocumentItem: Codable, Hashable, Sendable {
    public var uri: String
    public var languageId: String
    public var version: Int
    public var text: String
}

/// Text for a hover or a completion item's documentation.
public struct MarkupContent: Codable, Hashable, Sendable {
    /// `markdown` or `plaintext`.
    public var kind: String
    public var value: String

    public static func markdown(_ value: String) -> MarkupContent { MarkupContent(kind: "markdown", value: value) }

    /// Markdown shown as plain text: without emphasis marks, code spans' backticks and code
    /// fences (the code inside is kept as it is).
    public static func plaintext(_ markdown: String) -> MarkupContent {
        var lines: [Substring] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inFence.toggle()
                continue
            }
            lines.append(inFence ? line : Substring(line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")))
        }
        return MarkupContent(kind: "plaintext", value: lines.joined(separator: "\n"))
    }
}

/// Parameters that name a document and a place in it (completion, hover).
public struct TextDocumentPositionParams: Codable, Hashable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

/// Parameters that name a document only.
public struct TextDocumentParams: Codable, Hashable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

/// A result or a parameter that is "null" in JSON.
public struct Null: Codable, Hashable, Sendable {
    public init() {}
    public init(from decoder: Decoder) throws {}
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encodeNil()
    }
}
