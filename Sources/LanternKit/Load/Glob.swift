import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// `ignore:` patterns, gitignore-style: `*`, `?`, `[…]` within one path segment, `**` across
/// segments; a pattern without `/` matches a file or folder name at any depth; a trailing `/`
/// matches a folder and everything below it.
public struct Glob: Sendable {
    public let pattern: String
    private let segments: [String]
    private let anyDepth: Bool

    public init(_ pattern: String) {
        var p = pattern.trimmingCharacters(in: .whitespaces)
        if p.hasPrefix("./") { p.removeFirst(2) }
        if p.hasPrefix("/") { p.removeFirst() }
        if p.hasSuffix("/") { p += "**" }
        self.pattern = p
        anyDepth = !p.contains("/")
        segments = p.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Whether a relative path (with `/`) matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        if anyDepth {
            return parts.contains { Glob.segment(segments.first ?? "", $0) }
        }
        return Glob.match(segments[...], parts[...])
    }

    /// Whether everything below folder `path` is matched (so the walk can skip it).
    public func coversFolder(_ path: String) -> Bool {
        if matches(path) { return true }
        if segments.last == "**" { return Glob.match(segments.dropLast(), path.split(separator: "/").map(String.init)[...]) }
        return false
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                guard !p.isEmpty else { return false }
                p = p.dropFirst()
            }
        }
        guard let name = path.first, segment(first, name) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func segment(_ pattern: String, _ name: String) -> Bool {
        fnmatch(pattern, name, 0) == 0
    }
}
