import Foundation
import Yams

/// A YAML node with its place in the file, detached from Yams.
///
/// Composed with no tag resolver (every scalar stays text, which is both faster and what Lantern
/// wants: it reads dates, numbers and booleans itself), and converted under a node budget so that
/// an alias bomb ("billion laughs") is refused instead of expanded.
public indirect enum YAMLNode: Sendable {
    case scalar(String, plain: Bool, SourceLocation)
    case sequence([YAMLNode], SourceLocation)
    case mapping([(key: YAMLNode, value: YAMLNode)], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .scalar(_, _, let l), .sequence(_, let l), .mapping(_, let l): l
        }
    }

    /// The text of a scalar.
    public var text: String? {
        if case .scalar(let s, _, _) = self { return s }
        return nil
    }

    /// A plain (unquoted) empty or `~`/`null` scalar: YAML's null.
    public var isNull: Bool {
        if case .scalar(let s, let plain, _) = self {
            return plain && (s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL")
        }
        return false
    }

    /// How the node is written, for messages: the text of a scalar, else "a list" / "a map".
    public var shownValue: String {
        switch self {
        case .scalar(let s, _, _): s
        case .sequence: "a list"
        case .mapping: "a map"
        }
    }
}

/// A YAML text that could not be read, with where.
public struct YAMLFailure: Error, Sendable {
    public var message: String
    public var location: SourceLocation
}

public enum YAMLReader {
    /// Most nodes a document may expand to (aliases count every time they are used).
    static let nodeBudget = 50_000
    /// Deepest nesting accepted.
    static let depthLimit = 200

    /// Parses `text` as one YAML document; lines are shifted by `lineOffset` (the lines of the file
    /// before the YAML). Returns `nil` for an empty document.
    public static func parse(_ text: String, lineOffset: Int = 0) throws(YAMLFailure) -> YAMLNode? {
        if case .parsed(let root) = FlatYAML.parse(text, lineOffset: lineOffset) { return root }
        return try parseWithYams(text, lineOffset: lineOffset)
    }

    /// Where the fast reader answers, whether Yams reads the same: `nil` when it does (or when the
    /// fast path leaves the text to Yams), else both readings. For the differential test and the
    /// fuzz target (`@_spi(Testing) import LanternKit`).
    @_spi(Testing) public static func fastPathDisagreement(_ text: String, lineOffset: Int = 1) -> String? {
        guard case .parsed(let fast) = FlatYAML.parse(text, lineOffset: lineOffset) else { return nil }
        do {
            let full = try parseWithYams(text, lineOffset: lineOffset)
            let (a, b) = (describe(fast), describe(full))
            return a == b ? nil : "fast path: \(a)\nYams:      \(b)"
        } catch {
            return "the fast path read YAML that Yams refuses (\(error.message))"
        }
    }

    /// The same check on a note's front matter.
    @_spi(Testing) public static func frontMatterDisagreement(inNote text: String) -> String? {
        NoteText(splitting: text).yaml.flatMap { fastPathDisagreement($0) }
    }

    /// Every detail of a node, as text: kind, scalar text, quoting and place.
    static func describe(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        switch node {
        case .scalar(let s, let plain, let l): return "\(plain ? "plain" : "quoted")(\(s.debugDescription))@\(l)"
        case .sequence(let items, let l): return "[\(items.map { describe($0) }.joined(separator: ", "))]@\(l)"
        case .mapping(let pairs, let l): return "{\(pairs.map { "\(describe($0.key)): \(describe($0.value))" }.joined(separator: ", "))}@\(l)"
        }
    }

    /// The full path: libyaml through Yams. The encoding is given so that Yams does not read the
    /// process environment for every document.
    static func parseWithYams(_ text: String, lineOffset: Int = 0) throws(YAMLFailure) -> YAMLNode? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, Resolver.basic, .default, .utf8)
        } catch let error as YamlError {
            throw failure(from: error, in: text, lineOffset: lineOffset)
        } catch {
            throw YAMLFailure(message: "\(error)", location: SourceLocation(line: lineOffset + 1))
        }
        guard let node else { return nil }
        var budget = nodeBudget
        return try convert(node, lineOffset: lineOffset, budget: &budget, depth: 0)
    }

    private static func convert(_ node: Node, lineOffset: Int, budget: inout Int, depth: Int) throws(YAMLFailure) -> YAMLNode {
        let location = place(node.mark, lineOffset)
        budget -= 1
        guard budget >= 0 else {
            throw YAMLFailure(message: "the YAML expands to more than \(nodeBudget) values (an alias bomb?)", location: location)
        }
        guard depth < depthLimit else {
            throw YAMLFailure(message: "the YAML is nested more than \(depthLimit) levels deep", location: location)
        }
        switch node {
        case .scalar(let s):
            return .scalar(s.string, plain: s.style == .plain || s.style == .any, location)
        case .alias:
            throw YAMLFailure(message: "unresolved alias", location: location)
        case .sequence(let seq):
            var items: [YAMLNode] = []
            items.reserveCapacity(seq.count)
            for child in seq { items.append(try convert(child, lineOffset: lineOffset, budget: &budget, depth: depth + 1)) }
            return .sequence(items, location)
        case .mapping(let map):
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            pairs.reserveCapacity(map.count)
            for (k, v) in map {
                let key = try convert(k, lineOffset: lineOffset, budget: &budget, depth: depth + 1)
                let value = try convert(v, lineOffset: lineOffset, budget: &budget, depth: depth + 1)
                pairs.append((key, value))
            }
            return .mapping(pairs, location)
        }
    }

    /// The line (1-based, within `text`) where `key:` is written a second time, if it can be found.
    private static func secondKeyLine(_ key: String, in text: String) -> Int? {
        var seen = 0
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var t = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "-" })
            if t.hasPrefix("\"") || t.hasPrefix("'") { t = t.dropFirst() }
            guard t.hasPrefix(key) else { continue }
            let after = t.dropFirst(key.count).drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
            if after.hasPrefix(":") {
                seen += 1
                if seen == 2 { return n + 1 }
            }
        }
        return nil
    }

    private static func place(_ mark: Mark?, _ lineOffset: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(line: lineOffset + 1) }
        return SourceLocation(line: mark.line + lineOffset, column: mark.column)
    }

    private static func failure(from error: YamlError, in text: String, lineOffset: Int) -> YAMLFailure {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let what = [problem, context?.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return YAMLFailure(message: what, location: place(mark, lineOffset))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let location =
                secondKeyLine(duplicates.first ?? "", in: text).map { SourceLocation(line: $0 + lineOffset) }
                ?? place(context.mark, lineOffset)
            return YAMLFailure(
                message: "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")): each field may appear once",
                location: location)
        case .reader(let problem, _, _, _):
            return YAMLFailure(message: problem, location: SourceLocation(line: lineOffset + 1))
        default:
            return YAMLFailure(message: "\(error)", location: SourceLocation(line: lineOffset + 1))
        }
    }
}

/// Key normalization (docs/format.md, "Front matter"): case-insensitive, `-` and space read as `_`.
public func normalizeKey(_ key: String) -> String {
    // Most keys are written already normalized (`thank_you`): then the key is its own.
    if key.utf8.allSatisfy({
        ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
            || $0 == UInt8(ascii: "_")
    }) {
        return key
    }
    var out = ""
    out.reserveCapacity(key.utf8.count)
    for ch in key.trimmingBlanks().lowercased() {
        out.append(ch == "-" || ch == " " ? "_" : ch)
    }
    return out
}
