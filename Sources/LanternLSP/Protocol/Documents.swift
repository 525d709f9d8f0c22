public struct DidOpenTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentItem
}

public struct DidChangeTextDocumentParams: Codable, Sendable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]
}

/// One change: a range and its new text, or (without a range) the whole new text.
public struct TextDocumentContentChangeEvent: Codable, Hashable, Sendable {
    public var range: TextRange?
    public var text: String

    public init(range: TextRange? = nil, text: String) {
        self.range = range
        self.text = text
    }
}

public struct DidSaveTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var text: String?
}

public struct DidChangeWatchedFilesParams: Codable, Sendable {
    public var changes: [FileEvent]
}

public struct FileEvent: Codable, Hashable, Sendable {
    public var uri: String
    /// 1 created, 2 changed, 3 deleted.
    public var type: Int
}

/// `textDocument/publishDiagnostics`.
public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
}

/// The specification's `Diagnostic`.
public struct LSPDiagnostic: Codable, Hashable, Sendable {
    public var range: TextRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int?
    /// The rule id.
    public var code: String?
    public var source: String?
    /// Where the rule is documented (`rule_docs:` in `lantern.yml`).
    public var codeDescription: CodeDescription?
    public var message: String
    public var relatedInformation: [RelatedInformation]?

    public struct CodeDescription: Codable, Hashable, Sendable {
        public var href: String
    }

    public struct RelatedInformation: Codable, Hashable, Sendable {
        public var location: Location
        public var message: String
    }

    public init(
        range: TextRange, severity: Int?, code: String?, codeDescription: CodeDescription? = nil, source: String?, message: String,
        relatedInformation: [RelatedInformation]? = nil
    ) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
        self.relatedInformation = relatedInformation
    }

    enum CodingKeys: String, CodingKey { case range, severity, code, codeDescription, source, message, relatedInformation }

    /// A client sends diagnostics back with code actions; any `code` that is not text (a number)
    /// is not one of Lantern's, and is read as none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        range = try c.decode(TextRange.self, forKey: .range)
        severity = try? c.decodeIfPresent(Int.self, forKey: .severity)
        code = try? c.decodeIfPresent(String.self, forKey: .code)
        codeDescription = try? c.decodeIfPresent(CodeDescription.self, forKey: .codeDescription)
        source = try? c.decodeIfPresent(String.self, forKey: .source)
        message = (try? c.decodeIfPresent(String.self, forKey: .message)) ?? ""
        relatedInformation = try? c.decodeIfPresent([RelatedInformation].self, forKey: .relatedInformation)
    }
}
