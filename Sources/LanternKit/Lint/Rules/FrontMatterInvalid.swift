struct FrontMatterInvalid: LoadProblemRule {
    static let id = "front-matter-invalid"
    static let severity = Severity.error
    static let appliesToEveryNote = true
    static let summary = "The front matter is not valid YAML, not a map, or never closed."
    static let triggering = [
        Example("---\ncontact: Jane\ntitle: [Director\n---\n", line: 4),
        Example("---\ncontact: Jane\n\n# Never closed\n", line: 1),
        Example("---\n- a list\n---\n", line: 2),
    ]
    static let nonTriggering = [Example("---\ncontact: Jane\ntitle: \"Director: Product\"\n---\n")]
}
