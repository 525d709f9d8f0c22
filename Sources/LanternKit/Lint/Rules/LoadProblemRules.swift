/// Problems met while reading a note become diagnostics of the rule they name.
protocol LoadProblemRule: Rule {}

extension LoadProblemRule {
    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        note.problems.filter { $0.rule == id }.map { Finding(at: $0.location, $0.message, contact: note.interview?.contact?.value) }
    }
}
