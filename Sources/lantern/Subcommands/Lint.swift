import ArgumentParser
import LanternKit

extension Lantern {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every note against the format and the practice.",
            discussion: """
                Prints one line per finding (path:line:col: severity: message [rule]), which vim, Emacs \
                and VS Code read as a list of errors. Exit 1 when there are errors (with --strict, warnings too).
                Example: lantern lint ~/notebook --rule referrals-missing=off --format github
                """
        )

        @Argument(help: "The notebook, or files inside it to report on (judged against the whole notebook).")
        var paths: [String] = []

        @Option(help: "Output format: text, json, sarif or github.")
        var format: LintFormat = .text

        @Flag(help: "Fail (exit 1) on warnings too.")
        var strict = false

        @Option(
            name: .customLong("rule"), help: ArgumentHelp("Set a rule's severity: ID=off|note|warning|error (repeatable).", valueName: "ID=SEVERITY"),
            completion: NotebookCompletion.ruleSettings)
        var rules: [String] = []

        @Option(
            name: .customLong("path-base"),
            help: ArgumentHelp(
                "The folder that --format github and sarif name files from (default: the git work tree holding the notebook, else the notebook).",
                valueName: "DIR"))
        var pathBase: String?

        @OptionGroup var global: GlobalOptions

        enum LintFormat: String, ExpressibleByArgument, CaseIterable { case text, json, sarif, github }

        func validate() throws {
            _ = try overrides()
        }

        func overrides() throws -> [String: RuleLevel] {
            var out: [String: RuleLevel] = [:]
            for setting in rules {
                let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let level = RuleLevel(word: parts[1]) else {
                    throw ValidationError("--rule \(setting): write ID=SEVERITY, with off, note, warning or error")
                }
                guard rule(withID: parts[0]) != nil else {
                    throw ValidationError("--rule \(setting): unknown rule \(parts[0])\(closestRuleHint(parts[0]))")
                }
                out[parts[0]] = level
            }
            return out
        }

        /// Where GitHub's paths start: the git work tree, or --path-base.
        func paths(_ notebook: Notebook) throws -> LintPathBase {
            do {
                return try LintPathBase.find(notebookRoot: notebook.root, override: pathBase)
            } catch {
                throw fail(error.message)
            }
        }

        func run() throws {
            let (notebook, location) = try global.load(paths: paths)
            ProgressLine.shared.phase("checking notes")
            let result = Linter(overrides: try overrides()).run(notebook, only: location.files)
            switch format {
            case .text: emit { LintTextReporter.write(result, style: TextStyle(color: global.colorOutput), to: &$0) }
            case .json: emit(LintJSONReporter.render(result, notebook: notebook))
            case .sarif: emit(LintSARIFReporter.render(result, notebook: notebook, paths: try paths(notebook)))
            case .github: emit(LintGitHubReporter.render(result, paths: try paths(notebook)))
            }
            if result.count(.error) > 0 || (strict && result.count(.warning) > 0) { throw ExitCode(1) }
        }
    }

    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the lint rules, or show one with its examples.",
            discussion: "Example: lantern rules thank-you-missing"
        )

        @Argument(help: "A rule id.", completion: NotebookCompletion.ruleIDs)
        var id: String?

        @Option(help: "Output format: text or md (the list as a Markdown page of every rule with its examples, or one rule).")
        var format: RulesFormat = .text

        @OptionGroup var global: GlobalOptions

        enum RulesFormat: String, ExpressibleByArgument, CaseIterable { case text, md }

        func run() throws {
            let style = TextStyle(color: global.colorOutput)
            guard let id else {
                emit(format == .md ? RulesReporter.markdownDocument() : RulesReporter.table(style: style))
                return
            }
            guard let rule = rule(withID: id) else {
                throw fail("no rule \(id)\(closestRuleHint(id)); \"lantern rules\" lists them")
            }
            emit(format == .md ? RulesReporter.detailMarkdown(rule) : RulesReporter.detail(rule, style: style))
        }
    }
}
