/// `initialize`: who the client is and what it can do.
public struct InitializeParams: Decodable, Sendable {
    public var processId: Int?
    public var rootUri: String?
    public var rootPath: String?
    public var workspaceFolders: [WorkspaceFolder]?
    /// Read leniently, path by path (`ClientCapabilities`): a client's odd capability never
    /// fails `initialize`.
    public var capabilities: JSONValue?
    public var initializationOptions: JSONValue?
}

public struct WorkspaceFolder: Codable, Hashable, Sendable {
    public var uri: String
    public var name: String
}

/// What the server uses of the client's capabilities.
struct ClientCapabilities: Sendable {
    var watchesFilesDynamically = false
    var hierarchicalSymbols = false
    var markdownHover = true
    /// Whether completion items' documentation may be Markdown.
    var markdownDocumentation = true
    var relatedInformation = false

    init(_ json: JSONValue?) {
        guard let json else { return }
        watchesFilesDynamically = json["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool ?? false
        hierarchicalSymbols = json["textDocument"]?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.bool ?? false
        relatedInformation = json["textDocument"]?["publishDiagnostics"]?["relatedInformation"]?.bool ?? false
        if let formats = json["textDocument"]?["hover"]?["contentFormat"]?.array {
            markdownHover = formats.contains(.string("markdown"))
        }
        if let formats = json["textDocument"]?["completion"]?["completionItem"]?["documentationFormat"]?.array {
            markdownDocumentation = formats.contains(.string("markdown"))
        }
    }
}

public struct InitializeResult: Encodable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo

    public struct ServerInfo: Encodable, Sendable {
        public var name: String
        public var version: String
    }
}

public struct ServerCapabilities: Encodable, Sendable {
    public var positionEncoding = "utf-16"
    public var textDocumentSync = TextDocumentSyncOptions()
    public var completionProvider = CompletionOptions()
    public var hoverProvider = true
    public var documentSymbolProvider = true
    public var codeActionProvider = CodeActionOptions()
    public var definitionProvider = true
    public var referencesProvider = true
    public var workspaceSymbolProvider = true
    public var inlayHintProvider = true

    public struct TextDocumentSyncOptions: Encodable, Sendable {
        public var openClose = true
        /// 2: incremental (ranges); full text is taken too.
        public var change = 2
        public var save = SaveOptions()
    }

    public struct SaveOptions: Encodable, Sendable {
        public var includeText = false
    }

    public struct CompletionOptions: Encodable, Sendable {
        public var triggerCharacters = [":", "[", " "]
        public var resolveProvider = false
    }

    public struct CodeActionOptions: Encodable, Sendable {
        public var codeActionKinds = ["quickfix"]
    }
}

/// `client/registerCapability`.
struct RegistrationParams: Encodable {
    var registrations: [Registration]

    struct Registration: Encodable {
        var id: String
        var method: String
        var registerOptions: WatchedFilesOptions
    }

    struct WatchedFilesOptions: Encodable {
        var watchers: [Watcher]
    }

    struct Watcher: Encodable {
        var globPattern: String
    }
}

/// `window/showMessage` and `window/logMessage`.
struct MessageParams: Encodable {
    /// 1 error, 2 warning, 3 info, 4 log.
    var type: Int
    var message: String
}
