struct ValueInvalid: LoadProblemRule {
    static let id = "value-invalid"
    static let severity = Severity.error
    static let summary = "`status`, `medium`, `via`, `duration`, `email` or `practice` outside its values; a list field of the wrong shape."
    static let triggering = [
        Example("---\ncontact: Jane\nstatus: pending\n---\n", line: 3),
        Example("---\ncontact: Jane\nemail: jane.example.com\n---\n", line: 3),
        Example("---\ncontact: Jane\nattempts: 2026-11-01\n---\n", line: 3),
        Example("---\ncontact: Jane\nduration: a while\n---\n", line: 3),
    ]
    static let nonTriggering = [Example("---\ncontact: Jane\nstatus: Contacted\nmedium: coffee\nduration: 1h\npractice: false\n---\n")]
}
