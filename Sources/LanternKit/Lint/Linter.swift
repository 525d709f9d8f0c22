/// Every rule, in the order `lantern rules` lists them.
public let allRules: [any Rule.Type] = [
    FileUnreadable.self, FrontMatterInvalid.self, ContactMissing.self, DateInvalid.self, ValueInvalid.self,
    FieldUnknown.self, MeetingDateMissing.self, DateInFuture.self, DatesOutOfOrder.self, ThankYouMissing.self,
    ThankYouLate.self, FollowUpOverdue.self, IntroducerNotUpdated.self, AttemptsExhausted.self,
    AttemptAfterLimit.self, AttemptTooSoon.self, PrepResearchMissing.self, PrepQuestionsMissing.self,
    DurationTooLong.self, ReferralsMissing.self, StatusStale.self, ActionOverdue.self, TaskDateInvalid.self,
    JobAsk.self, ContactConflict.self, DuplicatePipeline.self,
]

/// The rule whose id is `id` (settings and `--rule` are checked against it before any rule runs).
public func rule(withID id: String) -> (any Rule.Type)? {
    allRules.first { $0.id == id }
}

/// ` (did you mean ID?)` when `id` is close to a rule's id, else nothing: for "unknown rule" messages.
public func closestRuleHint(_ id: String) -> String {
    closest(id, in: allRules.map { $0.id }).map { " (did you mean \($0)?)" } ?? ""
}

/// The result of linting a notebook.
public struct LintResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Files reported on.
    public var files: Int

    public func count(_ severity: Severity) -> Int {
        var count = 0
        for i in diagnostics.indices where diagnostics[i].severity == severity { count += 1 }
        return count
    }
}

/// Runs the rules over a notebook.
public struct Linter: Sendable {
    /// `--rule ID=SEVERITY` overrides, which win over `lantern.yml`.
    public var overrides: [String: RuleLevel]

    public init(overrides: [String: RuleLevel] = [:]) { self.overrides = overrides }

    /// The level a rule runs at.
    public func level(of rule: any Rule.Type, config: Config) -> RuleLevel {
        overrides[rule.id] ?? config.rules[rule.id] ?? .on(rule.severity)
    }

    /// Lints `notebook`; with `only`, reports on those paths, still judged against every note.
    /// A command that also builds a report passes the `context` it shares with it.
    public func run(_ notebook: Notebook, only: [String] = [], context: LintContext? = nil) -> LintResult {
        let context = context ?? LintContext(notebook: notebook)
        let notes = only.isEmpty ? notebook.notes : only.compactMap(notebook.note(at:))
        let rules: [(any Rule.Type, Severity)] = allRules.compactMap { rule in
            if case .on(let s) = level(of: rule, config: notebook.config) { return (rule, s) }
            return nil
        }
        let perNote = concurrentMap(notes.count) { index -> [Diagnostic]? in
            let note = notes[index]
            let disabled = note.disabledRules
            // A finding in a note about one person concerns that person (the card's name, or the
            // interview's contact), unless the rule names someone else.
            let person: String? = note.person.map { $0.name?.value ?? note.baseName } ?? note.interview.flatMap(notebook.contactName)
            var found: [Diagnostic] = []
            for (rule, severity) in rules {
                if !rule.appliesToEveryNote {
                    if note.kind == .other || disabled.contains("*") { continue }
                }
                if disabled.contains(rule.id) { continue }
                for f in rule.check(note, in: context) {
                    found.append(
                        Diagnostic(
                            path: note.path, line: f.location.line, column: f.location.column,
                            severity: severity, rule: rule.id, message: f.message, contact: f.contact ?? person,
                            endLine: f.location.endLine, endColumn: f.location.endColumn))
                }
            }
            // Sorted here, on every core: notes come in path order, so the whole list is too.
            found.sort { ($0.line, $0.rule, $0.column, $0.message) < ($1.line, $1.rule, $1.column, $1.message) }
            return found
        }
        var diagnostics = perNote.flatMap { $0 }
        if !only.isEmpty {
            diagnostics.sort {
                ($0.path, $0.line, $0.rule, $0.column, $0.message) < ($1.path, $1.line, $1.rule, $1.column, $1.message)
            }
        }
        return LintResult(diagnostics: diagnostics, files: notes.count)
    }
}

import Dispatch
