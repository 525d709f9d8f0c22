import Foundation

/// Any JSON value: what a field the server does not model holds (client capabilities,
/// `initializationOptions`, an unknown request's parameters).
public enum JSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// The member `key` of an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
}

/// A request's id: a number or a string (JSON-RPC 2.0).
public enum RequestID: Codable, Hashable, Sendable, CustomStringConvertible {
    case number(Int)
    case string(String)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .string(try c.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        }
    }

    public var description: String {
        switch self {
        case .number(let n): String(n)
        case .string(let s): "\"\(s)\""
        }
    }
}

/// A JSON-RPC error: its code and message.
public struct ResponseError: Error, Codable, Hashable, Sendable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ why: String) -> ResponseError { ResponseError(code: -32700, message: "Parse error: \(why)") }
    public static func invalidRequest(_ why: String) -> ResponseError { ResponseError(code: -32600, message: "Invalid request: \(why)") }
    public static func methodNotFound(_ method: String) -> ResponseError { ResponseError(code: -32601, message: "Method not found: \(method)") }
    public static func invalidParams(_ why: String) -> ResponseError { ResponseError(code: -32602, message: "Invalid params: \(why)") }
    public static func internalError(_ why: String) -> ResponseError { ResponseError(code: -32603, message: "Internal error: \(why)") }
    /// LSP: a request other than `initialize` before `initialize`.
    public static let serverNotInitialized = ResponseError(code: -32002, message: "Server not initialized: send initialize first")
    /// LSP: a request the server gave up (a newer edit made it stale).
    public static let contentModified = ResponseError(code: -32801, message: "Content modified")
}

/// One message read from the client, sorted into what JSON-RPC makes of it.
public enum IncomingMessage: Sendable {
    /// A request: answer it with `id`.
    case request(id: RequestID, method: String, body: [UInt8])
    /// A notification: no answer.
    case notification(method: String, body: [UInt8])
    /// An answer to a request the server sent.
    case response(id: RequestID?, body: [UInt8])
    /// Not a JSON-RPC message: answer with this error (and `id`, when one could be read).
    case invalid(id: RequestID?, ResponseError)

    /// Sorts a frame's body. Parameters stay in `body`, decoded when the method is handled.
    public static func decode(_ body: [UInt8]) -> IncomingMessage {
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: Data(body))
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                return .invalid(id: nil, .parseError("the message is not JSON"))
            }
            return .invalid(id: nil, .invalidRequest("not a JSON-RPC message object"))
        } catch {
            return .invalid(id: nil, .parseError("the message is not JSON"))
        }
        if envelope.badID { return .invalid(id: nil, .invalidRequest("the id must be a number or a string")) }
        guard envelope.jsonrpc == "2.0" else { return .invalid(id: envelope.id, .invalidRequest("jsonrpc must be \"2.0\"")) }
        if let method = envelope.method {
            return envelope.hasID
                ? (envelope.id.map { .request(id: $0, method: method, body: body) }
                    ?? .invalid(id: nil, .invalidRequest("a request's id must not be null")))
                : .notification(method: method, body: body)
        }
        if envelope.isResponse { return .response(id: envelope.id, body: body) }
        return .invalid(id: envelope.id, .invalidRequest("a message needs a method, or a result or an error"))
    }

    /// What every message has; everything else is left in the body.
    private struct Envelope: Decodable {
        var jsonrpc: String?
        var id: RequestID?
        var hasID = false
        var badID = false
        var method: String?
        var isResponse = false

        enum Keys: String, CodingKey { case jsonrpc, id, method, result, error }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            jsonrpc = try? c.decodeIfPresent(String.self, forKey: .jsonrpc)
            if c.contains(.id) {
                hasID = true
                if try c.decodeNil(forKey: .id) { id = nil } else if let i = try? c.decode(RequestID.self, forKey: .id) { id = i } else { badID = true }
            }
            method = try? c.decodeIfPresent(String.self, forKey: .method)
            isResponse = c.contains(.result) || c.contains(.error)
        }
    }
}

/// Decodes a message's `params` as `P`.
func decodeParams<P: Decodable>(_ type: P.Type, from body: [UInt8]) throws(ResponseError) -> P {
    do {
        return try JSONDecoder().decode(ParamsHolder<P>.self, from: Data(body)).params
    } catch {
        throw .invalidParams(describe(error))
    }
}

private struct ParamsHolder<P: Decodable>: Decodable {
    var params: P
}

/// A decoding error in a few words: which field, and what was wrong with it.
func describe(_ error: Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        return keys.hasPrefix(".") ? String(keys.dropFirst()) : keys
    }
    switch error {
    case .keyNotFound(let key, let context):
        let at = path(context)
        return "missing \(at.isEmpty ? "" : at + ".")\(key.stringValue)"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
        return "\(path(context)): \(context.debugDescription)"
    @unknown default:
        return "\(error)"
    }
}

/// What the server writes: a response (result or error), a notification, or a request of its own.
enum OutgoingMessage {
    struct Response<Result: Encodable>: Encodable {
        var id: RequestID?
        var result: Result
        enum Keys: String, CodingKey { case jsonrpc, id, result }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode("2.0", forKey: .jsonrpc)
            try c.encode(id, forKey: .id)
            try c.encode(result, forKey: .result)  // `null` when there is nothing
        }
    }

    struct Failure: Encodable {
        var id: RequestID?
        var error: ResponseError
        enum Keys: String, CodingKey { case jsonrpc, id, error }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode("2.0", forKey: .jsonrpc)
            try c.encode(id, forKey: .id)  // `null` when the request's id could not be read
            try c.encode(error, forKey: .error)
        }
    }

    struct Notification<Params: Encodable>: Encodable {
        var method: String
        var params: Params
        enum Keys: String, CodingKey { case jsonrpc, method, params }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode("2.0", forKey: .jsonrpc)
            try c.encode(method, forKey: .method)
            try c.encode(params, forKey: .params)
        }
    }

    struct Request<Params: Encodable>: Encodable {
        var id: RequestID
        var method: String
        var params: Params
        enum Keys: String, CodingKey { case jsonrpc, id, method, params }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode("2.0", forKey: .jsonrpc)
            try c.encode(id, forKey: .id)
            try c.encode(method, forKey: .method)
            try c.encode(params, forKey: .params)
        }
    }

    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return Array(
            (try? encoder.encode(value))
                ?? Data(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"Internal error: could not encode the answer"}}"#.utf8))
    }
}
