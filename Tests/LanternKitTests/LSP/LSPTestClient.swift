import Foundation
import Testing
import LanternKit
@testable import LanternLSP
#if canImport(Glibc)
    import Glibc
#endif

/// A language client for tests: runs a `LanguageServer` on a thread of its own, talking to it
/// over two pipes exactly as an editor does over standard input and output.
final class LSPTestClient: @unchecked Sendable {
    private let toServer = Pipe()
    private let fromServer = Pipe()
    private var parser = FrameParser()
    private var nextID = 1
    /// Notifications and requests from the server not yet looked at, in order.
    private(set) var pending: [JSONValue] = []
    private let finished = DispatchSemaphore(value: 0)
    private let exitLock = NSLock()
    private var exit: Int32?

    init(options: ServerOptions = ServerOptions(today: Day(iso: "2026-11-22"))) {
        // The server gets descriptors of its own: the pipes' are closed when the client goes,
        // while the server's reading thread may still be reading (after `exit`); a number closed
        // under it could be given to another test's pipe. Its input is never closed (a test
        // leaks one descriptor); its output is closed once it stopped writing.
        let (input, output) = (dup(toServer.fileHandleForReading.fileDescriptor), dup(fromServer.fileHandleForWriting.fileDescriptor))
        try? fromServer.fileHandleForWriting.close()
        try? toServer.fileHandleForReading.close()
        let thread = Thread { [self] in
            let code = LanguageServer(input: input, output: output, options: options).run()
            close(output)
            exitLock.lock()
            exit = code
            exitLock.unlock()
            finished.signal()
        }
        thread.start()
    }

    deinit {
        try? toServer.fileHandleForWriting.close()
    }

    // MARK: - Sending

    /// Writes raw bytes, as a misbehaving client might.
    func sendRaw(_ bytes: [UInt8]) {
        toServer.fileHandleForWriting.write(Data(bytes))
    }

    func send(_ message: [String: Any]) {
        let body = try! JSONSerialization.data(withJSONObject: message, options: [.withoutEscapingSlashes])
        sendRaw(FrameParser.frame(Array(body)))
    }

    func notify(_ method: String, _ params: [String: Any] = [:]) {
        send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Sends a request and waits for its answer (the whole response: `result` or `error`).
    @discardableResult
    func request(_ method: String, _ params: Any = [String: Any](), sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONValue {
        let id = nextID
        nextID += 1
        send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        return waitFor(sourceLocation: sourceLocation) { $0["id"]?.int == id && $0["method"] == nil } ?? .null
    }

    /// `initialize` and `initialized`, with a workspace folder and the client's capabilities.
    func start(root: String? = nil, capabilities: [String: Any] = ["textDocument": ["documentSymbol": ["hierarchicalDocumentSymbolSupport": true]]]) {
        var params: [String: Any] = ["processId": NSNull(), "capabilities": capabilities]
        if let root { params["rootUri"] = URL(fileURLWithPath: root).absoluteString }
        let answer = request("initialize", params)
        #expect(answer["result"]?["capabilities"] != nil, "\(answer)")
        notify("initialized")
    }

    func open(_ path: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri(path), "languageId": "markdown", "version": version, "text": text]])
    }

    func change(_ path: String, version: Int, _ changes: [[String: Any]]) {
        notify("textDocument/didChange", ["textDocument": ["uri": uri(path), "version": version], "contentChanges": changes])
    }

    func uri(_ path: String) -> String { URL(fileURLWithPath: path).absoluteString }

    // MARK: - Receiving

    /// The next message from the server that `matches`, waiting up to `seconds`; the ones passed
    /// over stay pending.
    func waitFor(seconds: Double = 20, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ matches: (JSONValue) -> Bool) -> JSONValue? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let i = pending.firstIndex(where: matches) { return pending.remove(at: i) }
            guard let message = readMessage(until: deadline) else {
                Issue.record("no matching message from the server within \(seconds) s; pending: \(pending)", sourceLocation: sourceLocation)
                return nil
            }
            pending.append(message)
        }
    }

    /// The next diagnostics published for `path`.
    func diagnostics(for path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [JSONValue] {
        let message = waitFor(sourceLocation: sourceLocation) {
            $0["method"]?.string == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == uri(path)
        }
        return message?["params"]?["diagnostics"]?.array ?? []
    }

    /// Whether diagnostics for `path` arrive within `seconds`.
    func receivesDiagnostics(for path: String, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        let matches: (JSONValue) -> Bool = {
            $0["method"]?.string == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == self.uri(path)
        }
        while true {
            if let i = pending.firstIndex(where: matches) {
                pending.remove(at: i)
                return true
            }
            guard let message = readMessage(until: deadline) else { return false }
            pending.append(message)
        }
    }

    private func readMessage(until deadline: Date) -> JSONValue? {
        let fd = fromServer.fileHandleForReading.fileDescriptor
        while true {
            if let frame = parser.next() {
                guard case .message(let body) = frame else { continue }
                return try? JSONDecoder().decode(JSONValue.self, from: Data(body))
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return nil }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(min(left, 1) * 1000)) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return nil }
            parser.append(chunk[0..<n])
        }
    }

    // MARK: - The end

    /// Closes the server's input (the editor went away) and returns its exit code.
    func closeInput() -> Int32? {
        try? toServer.fileHandleForWriting.close()
        return exitCode(within: 10)
    }

    /// The server's exit code, once it has stopped.
    func exitCode(within seconds: Double) -> Int32? {
        guard finished.wait(timeout: .now() + seconds) == .success else { return nil }
        finished.signal()
        exitLock.lock()
        defer { exitLock.unlock() }
        return exit
    }
}

extension JSONValue {
    var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    var int: Int? { number.map { Int($0) } }

    var isNull: Bool { self == .null }

    /// The member of an array at `index`.
    subscript(index: Int) -> JSONValue? {
        guard let a = array, a.indices.contains(index) else { return nil }
        return a[index]
    }
}
