import Foundation
import LanternKit
#if canImport(Glibc)
    import Glibc
#endif

/// How a server judges dates.
public struct ServerOptions: Sendable {
    /// The day every date is judged against, fixed (`--today`, `LANTERN_TODAY`); `nil` for the
    /// real day in each notebook's time zone, which moves on at midnight.
    public var today: Day?
    /// The clock; tests move it.
    public var now: @Sendable () -> Date

    public init(today: Day? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.today = today
        self.now = now
    }
}

/// `lantern lsp`: the notebook's language server (LSP 3.17 over JSON-RPC, one message at a time).
///
/// Messages are read on a thread of their own and handled in order on the thread that calls
/// `run()`. Every message waiting is handled before diagnostics are published, so a burst of
/// edits is judged once; requests always see every edit before them.
public final class LanguageServer {
    private let connection: Connection
    let options: ServerOptions

    private enum State { case starting, running, shutDown }
    private var state = State.starting
    var client = ClientCapabilities(nil)
    /// The workspace folders (absolute paths), the innermost first.
    private var workspaceFolders: [String] = []
    /// Loaded notebooks, by root.
    private(set) var notebooks: [String: LiveNotebook] = [:]
    /// Open documents, by URI.
    private(set) var documents: [String: OpenDocument] = [:]
    /// What was last published, by URI.
    private(set) var published: [String: [LSPDiagnostic]] = [:]
    /// Notebooks that changed since diagnostics were last published, and documents that must be
    /// published even when their findings did not change (the client sent an edit).
    private var changedNotebooks: Set<String> = []
    private var mustPublish: Set<String> = []
    private var nextRequestID = 1

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, options: ServerOptions = ServerOptions()) {
        connection = Connection(input: input, output: output)
        self.options = options
    }

    /// Serves until `exit` (or the end of the input); returns the exit code: 0 after `shutdown`, else 1.
    public func run() -> Int32 {
        signal(SIGPIPE, SIG_IGN)  // a client that went away ends the input; writing to it must not kill the server
        connection.startReading()
        while true {
            for item in connection.inbox.takeAll(waitingUntil: nextWake()) {
                switch item {
                case .closed:
                    return state == .shutDown ? 0 : 1
                case .frame(.malformed(let why)):
                    reply(nil, error: .parseError(why))
                case .frame(.message(let body)):
                    if let code = handle(IncomingMessage.decode(body)) { return code }
                }
            }
            judgeNewDay()
            publishDiagnostics()
        }
    }

    // MARK: - Messages

    /// Handles one message; returns an exit code when the server must stop.
    private func handle(_ message: IncomingMessage) -> Int32? {
        switch message {
        case .invalid(let id, let error):
            reply(id, error: error)
        case .response:
            break  // answers to client/registerCapability: nothing to do
        case .notification(let method, let body):
            if method == "exit" { return state == .shutDown ? 0 : 1 }
            guard state == .running else { return nil }
            do {
                try notify(method, body)
            } catch {
                log("\(method): \(error.message)")
            }
        case .request(let id, let method, let body):
            switch state {
            case .starting where method != "initialize":
                reply(id, error: .serverNotInitialized)
            case .shutDown:
                reply(id, error: .invalidRequest("the server is shutting down; only exit is accepted"))
            default:
                do {
                    try respond(id, method, body)
                } catch {
                    reply(id, error: error)
                }
            }
        }
        return nil
    }

    private func respond(_ id: RequestID, _ method: String, _ body: [UInt8]) throws(ResponseError) {
        switch method {
        case "initialize":
            guard state == .starting else { throw .invalidRequest("initialize was already sent") }
            reply(id, initialize(try decodeParams(InitializeParams.self, from: body)))
            state = .running
        case "shutdown":
            state = .shutDown
            reply(id, Null())
        case "textDocument/completion":
            let params = try decodeParams(CompletionParams.self, from: body)
            reply(id, document(params.textDocument.uri).map { completions(in: $0, at: params.position) } ?? CompletionList(items: []))
        case "textDocument/hover":
            let params = try decodeParams(TextDocumentPositionParams.self, from: body)
            reply(id, document(params.textDocument.uri).flatMap { hover(in: $0, at: params.position) })
        case "textDocument/documentSymbol":
            let params = try decodeParams(TextDocumentParams.self, from: body)
            guard let doc = document(params.textDocument.uri) else { return reply(id, [DocumentSymbol]()) }
            if client.hierarchicalSymbols { reply(id, documentSymbols(of: doc)) } else { reply(id, flatSymbols(of: doc)) }
        case "textDocument/codeAction":
            let params = try decodeParams(CodeActionParams.self, from: body)
            reply(id, document(params.textDocument.uri).map { codeActions(in: $0, for: params) } ?? [])
        case "textDocument/definition":
            let params = try decodeParams(TextDocumentPositionParams.self, from: body)
            let doc = document(params.textDocument.uri)
            reply(id, doc.flatMap { doc in person(in: doc, at: params.position).flatMap { definition(of: $0, in: doc) } })
        case "textDocument/references":
            let params = try decodeParams(ReferenceParams.self, from: body)
            let doc = document(params.textDocument.uri)
            reply(id, doc.flatMap { doc in person(in: doc, at: params.position).map { references(to: $0, in: doc) } } ?? [])
        case "workspace/symbol":
            let params = try decodeParams(WorkspaceSymbolParams.self, from: body)
            reply(id, workspaceSymbols(matching: params.query))
        case "textDocument/inlayHint":
            let params = try decodeParams(InlayHintParams.self, from: body)
            reply(id, document(params.textDocument.uri).map { inlayHints(in: $0, range: params.range) } ?? [])
        default:
            throw .methodNotFound(method)
        }
    }

    private func notify(_ method: String, _ body: [UInt8]) throws(ResponseError) {
        switch method {
        case "initialized":
            registerFileWatching()
        case "textDocument/didOpen":
            let params = try decodeParams(DidOpenTextDocumentParams.self, from: body)
            open(params.textDocument)
        case "textDocument/didChange":
            let params = try decodeParams(DidChangeTextDocumentParams.self, from: body)
            change(params)
        case "textDocument/didClose":
            let params = try decodeParams(TextDocumentParams.self, from: body)
            close(params.textDocument.uri)
        case "textDocument/didSave":
            let params = try decodeParams(DidSaveTextDocumentParams.self, from: body)
            saved(params.textDocument.uri)
        case "workspace/didChangeWatchedFiles":
            let params = try decodeParams(DidChangeWatchedFilesParams.self, from: body)
            filesChanged(params.changes)
        default:
            break  // other notifications ($/cancelRequest, $/setTrace, …) need nothing
        }
    }

    // MARK: - Lifecycle

    private func initialize(_ params: InitializeParams) -> InitializeResult {
        client = ClientCapabilities(params.capabilities)
        var folders = (params.workspaceFolders ?? []).compactMap { filePath(of: $0.uri) }
        if folders.isEmpty, let root = params.rootUri.flatMap(filePath(of:)) ?? params.rootPath { folders.append(root) }
        workspaceFolders = folders.map(NotebookLocation.standardize).sorted { $0.count > $1.count }
        return InitializeResult(capabilities: ServerCapabilities(), serverInfo: .init(name: "lantern", version: LanguageServer.version))
    }

    /// The version `lantern --version` prints (Sources/LanternKit/Version.swift).
    public static let version = lanternVersion

    /// Asks the client to report changes to notes and settings made outside the editor, when
    /// it can; otherwise a save looks for them.
    private func registerFileWatching() {
        guard client.watchesFilesDynamically else { return }
        let watchers = ["**/*.md", "**/*.markdown", "**/lantern.yml"].map(RegistrationParams.Watcher.init)
        sendRequest(
            "client/registerCapability",
            RegistrationParams(registrations: [
                .init(id: "lantern-watched-files", method: "workspace/didChangeWatchedFiles", registerOptions: .init(watchers: watchers))
            ]))
    }

    // MARK: - Documents

    private func open(_ item: TextDocumentItem) {
        guard let path = filePath(of: item.uri) else {
            documents[item.uri] = OpenDocument(uri: item.uri, path: nil, version: item.version, text: DocumentText(item.text), notebook: nil)
            return
        }
        let live = notebook(for: path)
        let doc = OpenDocument(uri: item.uri, path: path, version: item.version, text: DocumentText(item.text), notebook: live.id)
        documents[item.uri] = doc
        bufferChanged(doc)
    }

    private func change(_ params: DidChangeTextDocumentParams) {
        guard var doc = documents[params.textDocument.uri] else { return }
        for change in params.contentChanges { doc.text.apply(change) }
        doc.version = params.textDocument.version
        documents[doc.uri] = doc
        bufferChanged(doc)
    }

    private func bufferChanged(_ doc: OpenDocument) {
        guard let id = doc.notebook, let live = notebooks[id], let relative = doc.path.flatMap(live.relativePath(of:)) else { return }
        live.setBuffer(withoutBOM(doc.text.text), for: relative)
        changedNotebooks.insert(id)
        mustPublish.insert(doc.uri)
    }

    private func close(_ uri: String) {
        guard let doc = documents.removeValue(forKey: uri) else { return }
        if let id = doc.notebook, let live = notebooks[id], let relative = doc.path.flatMap(live.relativePath(of:)) {
            live.closeBuffer(for: relative)
            changedNotebooks.insert(id)
        }
        // A closed document's findings are the CLI's business again.
        if published.removeValue(forKey: uri) != nil {
            sendNotification("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
        }
    }

    /// A save: the buffer is the file now. Clients that do not report other files' changes get a
    /// look at the disk instead.
    private func saved(_ uri: String) {
        guard !client.watchesFilesDynamically, let id = documents[uri]?.notebook, let live = notebooks[id] else { return }
        if live.rescan(today: today) {
            changedNotebooks.insert(id)
            reportConfig(of: live)
        }
    }

    private func filesChanged(_ events: [FileEvent]) {
        for event in events {
            guard let path = filePath(of: event.uri) else { continue }
            for live in notebooks.values {
                guard let relative = live.relativePath(of: path) else { continue }
                if relative == "lantern.yml" {
                    live.load(today: today)
                    reportConfig(of: live)
                } else {
                    live.reread(relative)
                }
                changedNotebooks.insert(live.id)
            }
        }
    }

    // MARK: - Notebooks

    /// The notebook a file belongs to: the nearest folder above it with `lantern.yml`, else the
    /// innermost workspace folder that holds it. A file in neither is judged alone (its folder
    /// is not read: it may be a home folder). Loaded on first use.
    private func notebook(for path: String) -> LiveNotebook {
        let folder = NotebookLocation.standardize(path + "/..")
        var root: String?
        var probe = folder
        while root == nil {
            if FileManager.default.fileExists(atPath: probe + "/lantern.yml") { root = probe }
            let up = NotebookLocation.standardize(probe + "/..")
            if up == probe { break }
            probe = up
        }
        let workspace = workspaceFolders.first { folder == $0 || folder.hasPrefix($0 + "/") }
        let key = root ?? workspace ?? path
        if let live = notebooks[key] { return live }
        let live = LiveNotebook(id: key, root: root ?? workspace ?? folder, readsFolder: root != nil || workspace != nil, today: today)
        notebooks[key] = live
        reportConfig(of: live)
        return live
    }

    /// The day to judge a notebook in `zone` against.
    func today(_ zone: TimeZone) -> Day {
        options.today ?? Day.day(of: options.now(), in: zone)
    }

    /// When the next day starts in any loaded notebook; `nil` with a fixed day, or none loaded.
    private func nextWake() -> Date? {
        guard options.today == nil else { return nil }
        let now = options.now()
        // The server's own clock may be moved (tests): wait the same time on the real one.
        return notebooks.values.map { LanguageServer.nextMidnight(after: now, in: $0.config.timeZone) }.min()
            .map { Date().addingTimeInterval($0.timeIntervalSince(now)) }
    }

    /// The first instant of the next day in `zone`.
    static func nextMidnight(after date: Date, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = calendar.startOfDay(for: date)
        return calendar.date(byAdding: .day, value: 1, to: start) ?? date.addingTimeInterval(86_400)
    }

    /// At midnight: every note is judged against the new day.
    private func judgeNewDay() {
        for live in notebooks.values where today(live.config.timeZone) != live.notebook.today {
            live.judge(on: today(live.config.timeZone))
            changedNotebooks.insert(live.id)
        }
    }

    /// Tells the user when `lantern.yml` cannot be used, on the file itself and in a message.
    private func reportConfig(of live: LiveNotebook) {
        let uri = URL(fileURLWithPath: live.configPath).absoluteString
        guard let error = live.configError else {
            if published.removeValue(forKey: uri) != nil {
                sendNotification("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
            }
            return
        }
        let line = max(0, error.location.line - 1)
        let at = Position(line: line, character: max(0, error.location.column - 1))
        let diagnostic = LSPDiagnostic(
            range: TextRange(start: at, end: Position(line: line + 1, character: 0)), severity: 1,
            code: "config", source: "lantern", message: error.message)
        published[uri] = [diagnostic]
        sendNotification("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [diagnostic]))
        sendNotification(
            "window/showMessage", MessageParams(type: 1, message: "lantern: \(error.description) (the notebook is judged with the settings before it)"))
    }

    // MARK: - Diagnostics

    /// Publishes the findings of every open note in a notebook that changed: the note that was
    /// edited always, the others when their findings moved.
    private func publishDiagnostics() {
        defer {
            changedNotebooks.removeAll()
            mustPublish.removeAll()
        }
        for id in changedNotebooks {
            guard let live = notebooks[id] else { continue }
            let open = documents.values.filter { $0.notebook == id }
            var paths: [String: OpenDocument] = [:]
            for doc in open {
                if let relative = doc.path.flatMap(live.relativePath(of:)) { paths[relative] = doc }
            }
            let found = live.diagnostics(of: Array(paths.keys))
            for (relative, doc) in paths {
                let diagnostics = lspDiagnostics(found[relative] ?? [], in: doc)
                if diagnostics == published[doc.uri], !mustPublish.contains(doc.uri) { continue }
                published[doc.uri] = diagnostics
                sendNotification("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: doc.uri, version: doc.version, diagnostics: diagnostics))
            }
        }
    }

    // MARK: - Helpers

    func document(_ uri: String) -> OpenDocument? { documents[uri] }

    func reply(_ id: RequestID?, _ result: some Encodable) {
        connection.send(OutgoingMessage.encode(OutgoingMessage.Response(id: id, result: result)))
    }

    func reply(_ id: RequestID?, error: ResponseError) {
        connection.send(OutgoingMessage.encode(OutgoingMessage.Failure(id: id, error: error)))
    }

    func sendNotification(_ method: String, _ params: some Encodable) {
        connection.send(OutgoingMessage.encode(OutgoingMessage.Notification(method: method, params: params)))
    }

    private func sendRequest(_ method: String, _ params: some Encodable) {
        connection.send(OutgoingMessage.encode(OutgoingMessage.Request(id: .number(nextRequestID), method: method, params: params)))
        nextRequestID += 1
    }

    func log(_ message: String) {
        sendNotification("window/logMessage", MessageParams(type: 2, message: "lantern: " + message))
    }
}

/// A document the editor has open.
struct OpenDocument {
    var uri: String
    /// The file's absolute path; `nil` for a URI that is not a file (an unsaved buffer).
    var path: String?
    var version: Int
    var text: DocumentText
    /// The notebook it belongs to (`LiveNotebook.id`).
    var notebook: String?
}

/// The absolute path of a `file:` URI.
func filePath(of uri: String) -> String? {
    guard let url = URL(string: uri), url.isFileURL else { return nil }
    return NotebookLocation.standardize(url.path)
}

/// The text without a byte-order mark (Lantern reads notes without one).
func withoutBOM(_ text: String) -> String {
    text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
}
