struct FileUnreadable: LoadProblemRule {
    static let id = "file-unreadable"
    static let severity = Severity.error
    static let appliesToEveryNote = true
    static let summary = "The file cannot be read, or is not UTF-8 text (UTF-16 with a byte-order mark is decoded)."
    static let triggering = [Example("---\ncontact: Jane\n---\nA NUL byte: \u{0}\n", line: 1)]
    static let nonTriggering = [Example("---\ncontact: Zoë Laurent\n---\nPlain UTF-8 text, accents and all: café.\n")]
}
