import Foundation

/// `path:line:col: severity: message [rule]`, one per line, then the summary line.
public enum LintTextReporter {
    public static func render(_ result: LintResult, style: TextStyle) -> String {
        var out = ""
        out.reserveCapacity(result.diagnostics.count * 200)
        write(result, style: style, to: &out)
        return out
    }

    /// Writes the findings to `out` piece by piece: the command line passes a stream that
    /// writes every 64 KB, so that 200,000 findings are never one string in memory.
    public static func write(_ result: LintResult, style: TextStyle, to out: inout some TextOutputStream) {
        let diagnostics = result.diagnostics
        writeLines(diagnostics.count, to: &out) { k, out in
            let d = diagnostics[k]
            if !style.color {
                // The common case (a pipe, an editor, a file), appended piece by piece.
                out.write(oneLine(d.path))
                out.write(":")
                out.write(String(d.line))
                out.write(":")
                out.write(String(d.column))
                out.write(": ")
                out.write(d.severity.rawValue)
                out.write(": ")
                out.write(oneLine(d.message))
                out.write(" [")
                out.write(d.rule)
                out.write("]\n")
                return
            }
            let severity: String
            switch d.severity {
            case .error: severity = style.red(style.bold("error"))
            case .warning: severity = style.yellow(style.bold("warning"))
            case .note: severity = style.cyan("note")
            }
            out.write("\(style.bold("\(oneLine(d.path)):\(d.line):\(d.column):")) \(severity): \(oneLine(d.message)) \(style.dim("[\(d.rule)]"))\n")
        }
        out.write(summary(result) + "\n")
    }

    /// `text` on one line, as editors' error matchers read one finding per line: line breaks,
    /// tabs and other control characters (a name in a note can hold any of them) written as
    /// escapes, `\n`, `\r`, `\t`, `\x1B`, `\u{2028}`.
    public static func oneLine(_ text: String) -> String {
        func isControl(_ v: UInt32) -> Bool { v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 }
        guard text.unicodeScalars.contains(where: { isControl($0.value) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case let v where v < 0x20 || v == 0x7F: out += "\\x" + String(v, radix: 16, uppercase: true).leftPadded(to: 2)
            case let v where isControl(v): out += "\\u{" + String(v, radix: 16, uppercase: true).leftPadded(to: 4) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `3 errors, 5 warnings, 1 note in 42 files`.
    public static func summary(_ result: LintResult) -> String {
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(n(result.count(.error), "error")), \(n(result.count(.warning), "warning")), \(n(result.count(.note), "note")) in \(n(result.files, "file"))"
    }
}

/// `lantern lint --format json`: the findings, with the day they were judged on (its shape is held
/// by the golden files in Tests/Fixtures/lint).
public enum LintJSONReporter {
    struct Output: Encodable {
        var version = 1
        var today: Day
        var root: String
        var files: Int
        var counts: [String: Int]
        var diagnostics: [Diagnostic]
    }

    public static func render(_ result: LintResult, notebook: Notebook) -> String {
        let counts = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, result.count($0)) })
        // The findings are written by `JSONWriter` (the encoder's cost on tens of thousands of
        // them), the rest by the encoder; the bytes are the encoder's either way.
        let document = JSONOutput.encode(
            Output(
                today: notebook.today, root: notebook.root, files: result.files, counts: counts,
                diagnostics: []))
        return JSONWriter.splice(document, key: "diagnostics") { depth in diagnostics(result.diagnostics, depth: depth) } + "\n"
    }

    /// The findings as the encoder would write them at `depth`.
    static func diagnostics(_ list: [Diagnostic], depth: Int) -> [UInt8] {
        var out = JSONWriter(capacity: list.count * 300)
        out.array(depth: depth, list) { out, d in
            let depth = depth + 1
            out.object(depth: depth) { out in
                out.member("column", depth: depth) { $0.number(d.column) }
                if let contact = d.contact { out.member("contact", depth: depth) { $0.string(contact) } }
                out.member("line", depth: depth) { $0.number(d.line) }
                out.member("message", depth: depth) { $0.string(d.message) }
                out.member("path", depth: depth) { $0.string(d.path) }
                out.member("rule", depth: depth) { $0.string(d.rule) }
                out.member("severity", depth: depth, last: true) { $0.string(d.severity.rawValue) }
            }
        }
        return out.bytes
    }
}

/// SARIF 2.1.0, one `rule` per rule id, for code-scanning tools (GitHub code scanning reads it).
/// Columns are counted in code points (`run.columnKind`); artifact URIs are percent-encoded and
/// relative to `%SRCROOT%`, the folder `LintPathBase` chose.
public enum LintSARIFReporter {
    struct Text: Encodable { var text: String }
    struct Multiformat: Encodable { var text: String; var markdown: String }
    struct Level: Encodable { var level: String }
    struct RuleEntry: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Multiformat
        var helpUri: String?
        var defaultConfiguration: Level
    }
    struct Artifact: Encodable { var uri: String; var uriBaseId = LintSARIFReporter.baseID }
    struct Region: Encodable { var startLine: Int; var startColumn: Int; var endLine: Int?; var endColumn: Int? }
    struct Physical: Encodable { var artifactLocation: Artifact; var region: Region }
    struct Location: Encodable { var physicalLocation: Physical }
    struct ResultEntry: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
    }
    struct Driver: Encodable { var name = "lantern"; var version = lanternVersion; var rules: [RuleEntry] }
    struct Tool: Encodable { var driver: Driver }
    struct BaseURI: Encodable { var uri: String }
    struct Run: Encodable {
        var tool: Tool
        var columnKind = "unicodeCodePoints"
        var originalUriBaseIds: [String: BaseURI]
        var results: [ResultEntry]
    }
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    /// The `uriBaseId` of every artifact.
    static let baseID = "%SRCROOT%"
    /// The key of Lantern's own fingerprint in `partialFingerprints`.
    static let fingerprintKey = "lanternFinding/v1"

    public static func render(_ result: LintResult, notebook: Notebook, paths: LintPathBase? = nil) -> String {
        var log = log(result, notebook: notebook, paths: paths)
        // The results are written by `JSONWriter`, the rest (rules and their help) by the encoder.
        let results = log.runs[0].results
        log.runs[0].results = []
        return JSONWriter.splice(encode(log), key: "results") { depth in write(results, depth: depth) } + "\n"
    }

    /// The whole SARIF log, results included.
    static func log(_ result: LintResult, notebook: Notebook, paths: LintPathBase? = nil) -> Log {
        let paths = paths ?? LintPathBase(folder: notebook.root, prefix: "")
        let ids = allRules.map { $0.id }
        let rules = allRules.map { rule in
            RuleEntry(
                id: rule.id, name: rule.id, shortDescription: Text(text: RulesReporter.plain(rule.summary)),
                fullDescription: Text(text: fullDescription(rule)),
                help: Multiformat(
                    text: RulesReporter.detail(rule, style: TextStyle(color: false)),
                    markdown: RulesReporter.detailMarkdown(rule)),
                helpUri: notebook.config.ruleDocs(for: rule.id),
                defaultConfiguration: Level(level: rule.severity.rawValue))
        }
        var seen: [String: Int] = [:]
        var uris: [String: String] = [:]  // a file's findings share its URI
        let results = result.diagnostics.map { d in
            let region = Region(startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn)
            let fileURI = uris[d.path] ?? uri(paths.path(d.path))
            uris[d.path] = fileURI
            let artifact = Artifact(uri: fileURI)
            // Stable across runs and days: the rule, the file, the person and the message without
            // its numbers ("3 days ago" changes daily), then the count of earlier equal ones.
            let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
            let words = d.message.utf8.contains(where: isDigit) ? String(decoding: d.message.utf8.filter { !isDigit($0) }, as: UTF8.self) : d.message
            var fingerprint = StableID.hex([d.rule, d.path, d.contact ?? "", words])
            let earlier = seen[fingerprint, default: 0]
            seen[fingerprint] = earlier + 1
            if earlier > 0 { fingerprint += ":\(earlier)" }
            return ResultEntry(
                ruleId: d.rule, ruleIndex: ids.firstIndex(of: d.rule) ?? 0, level: d.severity.rawValue,
                message: Text(text: d.message),
                locations: [Location(physicalLocation: Physical(artifactLocation: artifact, region: region))],
                partialFingerprints: [fingerprintKey: fingerprint])
        }
        let base = URL(fileURLWithPath: paths.folder, isDirectory: true).absoluteString
        return Log(runs: [
            Run(
                tool: Tool(driver: Driver(rules: rules)), originalUriBaseIds: [baseID: BaseURI(uri: base)],
                results: results)
        ])
    }

    /// SARIF as the encoder writes it (camelCase keys, sorted, pretty-printed).
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }

    /// The results as the encoder would write them at `depth`.
    static func write(_ results: [ResultEntry], depth: Int) -> [UInt8] {
        var out = JSONWriter(capacity: results.count * 700)
        out.array(depth: depth, results) { out, r in
            let depth = depth + 1
            out.object(depth: depth) { out in
                out.member("level", depth: depth) { $0.string(r.level) }
                out.member("locations", depth: depth) { out in
                    out.array(depth: depth + 1, r.locations) { out, location in
                        let p = location.physicalLocation
                        let depth = depth + 2
                        out.object(depth: depth) { out in
                            out.member("physicalLocation", depth: depth, last: true) { out in
                                let depth = depth + 1
                                out.object(depth: depth) { out in
                                    out.member("artifactLocation", depth: depth) { out in
                                        out.object(depth: depth + 1) { out in
                                            out.member("uri", depth: depth + 1) { $0.string(p.artifactLocation.uri) }
                                            out.member("uriBaseId", depth: depth + 1, last: true) { $0.string(p.artifactLocation.uriBaseId) }
                                        }
                                    }
                                    out.member("region", depth: depth, last: true) { out in
                                        let r = p.region, depth = depth + 1
                                        out.object(depth: depth) { out in
                                            if let c = r.endColumn { out.member("endColumn", depth: depth) { $0.number(c) } }
                                            if let l = r.endLine { out.member("endLine", depth: depth) { $0.number(l) } }
                                            out.member("startColumn", depth: depth) { $0.number(r.startColumn) }
                                            out.member("startLine", depth: depth, last: true) { $0.number(r.startLine) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                out.member("message", depth: depth) { out in
                    out.object(depth: depth + 1) { $0.member("text", depth: depth + 1, last: true) { $0.string(r.message.text) } }
                }
                out.member("partialFingerprints", depth: depth) { out in
                    let fingerprints = r.partialFingerprints.sorted { $0.key < $1.key }
                    out.object(depth: depth + 1) { out in
                        for (n, (key, value)) in fingerprints.enumerated() {
                            out.member(key, depth: depth + 1, last: n == fingerprints.count - 1) { $0.string(value) }
                        }
                    }
                }
                out.member("ruleId", depth: depth) { $0.string(r.ruleId) }
                out.member("ruleIndex", depth: depth, last: true) { $0.number(r.ruleIndex) }
            }
        }
        return out.bytes
    }

    /// The rule's summary, its default severity and how to change it.
    static func fullDescription(_ rule: any Rule.Type) -> String {
        RulesReporter.plain(rule.summary) + " Default severity: \(rule.severity.rawValue); change it with "
            + "\"rules: {\(rule.id): off}\" (or note, warning, error) in lantern.yml, or --rule \(rule.id)=off."
    }

    /// A relative path as a URI reference: every byte but the unreserved characters and `/`
    /// percent-encoded (RFC 3986), so spaces, accents, `%`, `#`, `?` and a `:` that would read
    /// as a scheme all survive; the same encoding as the pages' links.
    static func uri(_ path: String) -> String { MarkdownText.encodePath(path) }
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule::message`.
public enum LintGitHubReporter {
    public static func render(_ result: LintResult, paths: LintPathBase? = nil) -> String {
        var out = ""
        for d in result.diagnostics {
            let command = d.severity == .note ? "notice" : d.severity.rawValue
            out += "::\(command) file=\(property(paths?.path(d.path) ?? d.path)),line=\(d.line),col=\(d.column),title=\(property(d.rule))::\(data(d.message))\n"
        }
        out += LintTextReporter.summary(result) + "\n"
        return out
    }

    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// `lantern rules`: the table, or one rule with its examples.
public enum RulesReporter {
    /// `lantern rules --format md`: a page of every rule (the repository's `docs/rules.md`, which a
    /// test holds to it). The table, then a section per rule whose heading gives the anchor
    /// `#rule-id` that SARIF's `helpUri` points at (`rule_docs:`).
    public static func markdownDocument() -> String {
        var out = """
            # Lint rules

            Every rule of `lantern lint`, with its default severity and examples of notes that
            trigger it and that do not. Made by `lantern rules --format md` (do not edit it by
            hand); `lantern rules ID` shows one rule in a terminal.

            Change a rule's severity in `lantern.yml` (`rules: {referrals-missing: off}`), for one
            run (`--rule referrals-missing=off`), or for one note (`lint: {disable: [job-ask]}` in
            its front matter, or `<!-- lantern-disable job-ask -->` in its body). The severities
            are `off`, `note`, `warning` and `error`; errors make `lantern lint` exit 1. A control
            character in an example, which a page cannot show, is written as an escape (`\\u{0}`).


            """
        out += markdownTable()
        for rule in allRules {
            out +=
                "\n## `\(rule.id)`\n\nDefault severity: \(rule.severity.rawValue).\n\n"
                + visibleControls(markdownDescription(rule))
        }
        return out
    }

    /// `text` with control characters other than line feeds and tabs written as `\u{HEX}`.
    static func visibleControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isHidden($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) { out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F
    }

    /// The Markdown table of every rule (the README carries it; a test checks it matches).
    public static func markdownTable() -> String {
        var out = "| rule | default | what it checks |\n| --- | --- | --- |\n"
        for rule in allRules { out += "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.summary) |\n" }
        return out
    }

    public static func table(style: TextStyle) -> String {
        let width = allRules.map { $0.id.count }.max() ?? 20
        var out = ""
        for rule in allRules {
            out +=
                style.bold(rule.id.padding(toLength: width, withPad: " ", startingAt: 0)) + "  "
                + rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                + RulesReporter.plain(rule.summary) + "\n"
        }
        return out
    }

    public static func detail(_ rule: any Rule.Type, style: TextStyle) -> String {
        var out = style.bold(rule.id) + " (default: \(rule.severity.rawValue))\n\(plain(rule.summary))\n"
        func show(_ title: String, _ examples: [Example]) {
            out += "\n" + style.bold(title) + "\n"
            for e in examples {
                var header = "today \(e.today)"
                if let line = e.line { header += ", reported on line \(line)" }
                if !e.config.isEmpty { header += ", lantern.yml: " + e.config.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "; ") }
                out += style.dim("  — \(header)") + "\n"
                var lines = e.note.split(separator: "\n", omittingEmptySubsequences: false)
                if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
                for (n, line) in lines.enumerated() {
                    let mark = e.line == n + 1 ? style.red(">") : " "
                    out += "  \(mark) \(String(n + 1).leftPad(2)) | \(line)\n"
                }
                for (path, text) in e.others.sorted(by: { $0.key < $1.key }) {
                    out += style.dim("    and \(path):") + "\n"
                    for line in text.split(separator: "\n") { out += "         | \(line)\n" }
                }
            }
        }
        show("Triggers:", rule.triggering)
        show("Does not trigger:", rule.nonTriggering)
        return out
    }

    /// `lantern rules ID --format md`: the rule with its examples as Markdown (SARIF's help).
    public static func detailMarkdown(_ rule: any Rule.Type) -> String {
        "**\(rule.id)** (default: \(rule.severity.rawValue))\n\n" + markdownDescription(rule)
    }

    /// The rule's summary, then its examples under `### Triggers` and `### Does not trigger`.
    static func markdownDescription(_ rule: any Rule.Type) -> String {
        var out = "\(rule.summary)\n"
        func show(_ title: String, _ examples: [Example]) {
            out += "\n### \(title)\n"
            for e in examples {
                var header = "Today \(e.today)"
                if let line = e.line { header += ", reported on line \(line)" }
                if !e.config.isEmpty {
                    header += ", with `lantern.yml`: `" + e.config.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "; ") + "`"
                }
                out += "\n\(header):\n\n" + fenced(e.note)
                for (path, text) in e.others.sorted(by: { $0.key < $1.key }) {
                    out += "\nand `\(path)`:\n\n" + fenced(text)
                }
            }
        }
        show("Triggers", rule.triggering)
        show("Does not trigger", rule.nonTriggering)
        return out
    }

    /// A Markdown code block holding `text`, its fence longer than any backtick run inside.
    static func fenced(_ text: String) -> String {
        var longest = 0
        var run = 0
        for c in text { if c == "`" { run += 1; longest = max(longest, run) } else { run = 0 } }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "markdown\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence + "\n"
    }

    static func plain(_ s: String) -> String { s.replacingOccurrences(of: "`", with: "") }
}

/// Where the paths of `--format github` and `--format sarif` start. GitHub resolves annotation
/// and code-scanning paths from the repository's root, so when the notebook is inside a git work
/// tree they are written from that tree's root; `--path-base DIR` names another folder.
public struct LintPathBase: Sendable, Equatable {
    /// The folder paths are relative to (absolute).
    public var folder: String
    /// The notebook root relative to `folder`, with `/`; empty when they are the same.
    public var prefix: String

    public init(folder: String, prefix: String) {
        self.folder = folder
        self.prefix = prefix
    }

    /// A notebook path (relative to the root) relative to `folder`.
    public func path(_ notebookPath: String) -> String { prefix.isEmpty ? notebookPath : prefix + "/" + notebookPath }

    /// The git work tree around `root` (the nearest folder up from it holding `.git`, a folder or
    /// a worktree's file), else `root` itself; or `override`, which must hold the notebook.
    public static func find(notebookRoot root: String, override: String?) throws(PathBaseError) -> LintPathBase {
        let resolvedRoot = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        if let override {
            let folder = URL(fileURLWithPath: override).standardizedFileURL.resolvingSymlinksInPath().path
            guard let prefix = relative(resolvedRoot, to: folder) else {
                throw PathBaseError(message: "--path-base \(override): the notebook (\(resolvedRoot)) is not inside that folder")
            }
            return LintPathBase(folder: folder, prefix: prefix)
        }
        var folder = URL(fileURLWithPath: resolvedRoot)
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                return LintPathBase(folder: folder.path, prefix: relative(resolvedRoot, to: folder.path) ?? "")
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return LintPathBase(folder: resolvedRoot, prefix: "")
    }

    /// `path` relative to `folder`, when it is inside it.
    static func relative(_ path: String, to folder: String) -> String? {
        if path == folder { return "" }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : nil
    }
}

/// A `--path-base` that cannot be used.
public struct PathBaseError: Error, Sendable {
    public var message: String
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
