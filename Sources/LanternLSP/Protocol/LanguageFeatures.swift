// MARK: - Completion

public struct CompletionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete = false
    public var items: [CompletionItem]
}

public struct CompletionItem: Codable, Hashable, Sendable {
    public var label: String
    /// 10 property (a key), 12 value, 13 enum, 14 keyword, 21 constant…
    public var kind: Int?
    public var detail: String?
    public var documentation: MarkupContent?
    public var sortText: String?
    public var filterText: String?
    public var textEdit: TextEdit?

    public init(
        label: String, kind: Int?, detail: String? = nil, documentation: MarkupContent? = nil,
        sortText: String? = nil, filterText: String? = nil, textEdit: TextEdit? = nil
    ) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.sortText = sortText
        self.filterText = filterText
        self.textEdit = textEdit
    }

    enum Kind {
        static let value = 12
        static let enumMember = 20
        static let property = 10
        static let constant = 21
        static let keyword = 14
    }
}

// MARK: - Hover

public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: TextRange?
}

// MARK: - Document symbols

public struct DocumentSymbol: Codable, Hashable, Sendable {
    public var name: String
    public var detail: String?
    /// 15 string (a section), 7 property (the front matter)…
    public var kind: Int
    public var range: TextRange
    public var selectionRange: TextRange
    public var children: [DocumentSymbol]?
}

/// The flat form, for clients without hierarchical symbols.
public struct SymbolInformation: Codable, Hashable, Sendable {
    public var name: String
    public var kind: Int
    public var location: Location
    public var containerName: String?
}

// MARK: - Code actions

public struct CodeActionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: TextRange
    public var context: CodeActionContext
}

public struct CodeActionContext: Codable, Sendable {
    /// The client's copies of the findings in the range. Some clients send them incomplete
    /// (Neovim 0.7: the code alone), so the server works from its own findings instead.
    public var diagnostics: [JSONValue]?
    public var only: [String]?
}

public struct CodeAction: Codable, Hashable, Sendable {
    public var title: String
    public var kind: String
    public var diagnostics: [LSPDiagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit
}

// MARK: - Navigation

public struct ReferenceParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

public struct WorkspaceSymbolParams: Codable, Sendable {
    public var query: String
}

// MARK: - Inlay hints

public struct InlayHintParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: TextRange
}

public struct InlayHint: Codable, Hashable, Sendable {
    public var position: Position
    public var label: String
    public var paddingLeft: Bool?
}
