import Foundation

/// `path:line:col: severity: message [rule]`, one per line, then the summary line.
public enum LintTextReporter {
    public static func render(_ result: LintResult, style: TextStyle) -> String {
        var out = ""
        out.reserveCapacity(result.diagnostics.count * 160)
        for d in result.diagnostics {
            if !style.color {
                // The common case (a pipe, an editor, a file), appended piece by piece.
                out += d.path
                out += ":"
                out += String(d.line)
                out += ":"
                out += String(d.column)
                out += ": "
                out += d.severity.rawValue
                out += ": "
                out += d.message
                out += " ["
                out += d.rule
                out += "]\n"
                continue
            }
            let severity: String
            switch d.severity {
            case .error: severity = style.red(style.bold("error"))
            case .warning: severity = style.yellow(style.bold("warning"))
            case .note: severity = style.cyan("note")
            }
            out += "\(style.bold("\(d.path):\(d.line):\(d.column):")) \(severity): \(d.message) \(style.dim("[\(d.rule)]"))\n"
        }
        out += summary(result) + "\n"
        return out
    }

    /// `3 errors, 5 warnings, 1 note in 42 files`.
    public static func summary(_ result: LintResult) -> String {
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(n(result.count(.error), "error")), \(n(result.count(.warning), "warning")), \(n(result.count(.note), "note")) in \(n(result.files, "file"))"
    }
}

/// cli.md's JSON shape.
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
        return JSONOutput.encode(Output(today: notebook.today, root: notebook.root, files: result.files, counts: counts,
                                        diagnostics: result.diagnostics)) + "\n"
    }
}

/// SARIF 2.1.0, one `rule` per rule id, for code-scanning tools.
public enum LintSARIFReporter {
    struct Text: Encodable { var text: String }
    struct Level: Encodable { var level: String }
    struct RuleEntry: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var defaultConfiguration: Level
    }
    struct Artifact: Encodable { var uri: String; var uriBaseId = "NOTEBOOK" }
    struct Region: Encodable { var startLine: Int; var startColumn: Int }
    struct Physical: Encodable { var artifactLocation: Artifact; var region: Region }
    struct Location: Encodable { var physicalLocation: Physical }
    struct ResultEntry: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
    }
    struct Driver: Encodable { var name = "lantern"; var version = "0.1.0"; var rules: [RuleEntry] }
    struct Tool: Encodable { var driver: Driver }
    struct BaseURI: Encodable { var uri: String }
    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: BaseURI]
        var results: [ResultEntry]
    }
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    public static func render(_ result: LintResult, notebook: Notebook) -> String {
        let ids = allRules.map { $0.id }
        let rules = allRules.map { rule in
            RuleEntry(id: rule.id, name: rule.id, shortDescription: Text(text: RulesReporter.plain(rule.summary)),
                      defaultConfiguration: Level(level: rule.severity.rawValue))
        }
        let results = result.diagnostics.map { d in
            ResultEntry(ruleId: d.rule, ruleIndex: ids.firstIndex(of: d.rule) ?? 0, level: d.severity.rawValue,
                        message: Text(text: d.message),
                        locations: [Location(physicalLocation: Physical(artifactLocation: Artifact(uri: d.path),
                                                                         region: Region(startLine: d.line, startColumn: d.column)))])
        }
        let base = URL(fileURLWithPath: notebook.root, isDirectory: true).absoluteString
        let log = Log(runs: [Run(tool: Tool(driver: Driver(rules: rules)), originalUriBaseIds: ["NOTEBOOK": BaseURI(uri: base)], results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(log)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule::message`.
public enum LintGitHubReporter {
    public static func render(_ result: LintResult) -> String {
        var out = ""
        for d in result.diagnostics {
            let command = d.severity == .note ? "notice" : d.severity.rawValue
            out += "::\(command) file=\(property(d.path)),line=\(d.line),col=\(d.column),title=\(property(d.rule))::\(data(d.message))\n"
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
    /// The Markdown table the README carries (a test checks it matches).
    public static func markdownTable() -> String {
        var out = "| rule | default | what it checks |\n| --- | --- | --- |\n"
        for rule in allRules { out += "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.summary) |\n" }
        return out
    }

    public static func table(style: TextStyle) -> String {
        let width = allRules.map { $0.id.count }.max() ?? 20
        var out = ""
        for rule in allRules {
            out += style.bold(rule.id.padding(toLength: width, withPad: " ", startingAt: 0)) + "  "
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

    static func plain(_ s: String) -> String { s.replacingOccurrences(of: "`", with: "") }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
