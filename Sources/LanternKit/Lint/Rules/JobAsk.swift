struct JobAsk: Rule {
    static let id = "job-ask"
    static let severity = Severity.note
    static let summary = "The outreach asks for a job (job, position, opening, vacancy, hiring, \"hire me\", resume, CV)."
    static let triggering = [
        Example("---\ncontact: Sam\n---\n## Outreach\n\nHi Sam, I loved your talk.\nAre there any openings on your team?\n", line: 7),
        Example("---\ncontact: Sam\n---\n## Draft\nI attached my CV.\n", line: 5),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Sam\n---\n## Outreach\nWould you be open to 20 minutes about how your team decides what to build?\n"),
        Example("---\ncontact: Sam\n---\n## Notes\nShe is hiring a PM next year.\n"),  // notes, not outreach
        Example("---\ncontact: Sam\n---\n## Outreach\nI enjoyed your post on jobbing builders and positioning.\n"),
        // Code is not a request: a queue's name, a command.
        Example("---\ncontact: Sam\n---\n## Outreach\nI read your write-up of the `job` queue and `hire me` bot.\n"),
    ]

    /// Whole words, case-insensitive; "hire me" is two words.
    static let words: Set<String> = [
        "job", "jobs", "position", "positions", "opening", "openings", "vacancy", "vacancies",
        "hiring", "resume", "resumes", "résumé", "cv",
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview else { return [] }
        var out: [Finding] = []
        for section in note.body.sections where section.kind == .outreach {
            for line in section.lines {
                let tokens = tokenize(line.text)
                for (index, token) in tokens.enumerated() {
                    let lower = token.word.lowercased()
                    let hireMe = lower == "hire" && index + 1 < tokens.count && tokens[index + 1].word.lowercased() == "me"
                    guard words.contains(lower) || hireMe else { continue }
                    let column = line.location.column + token.offset
                    out.append(
                        Finding(
                            at: SourceLocation(line: line.location.line, column: column),
                            Message.jobAsk(hireMe ? "hire me" : token.word), contact: context.name(i)))
                    break  // one finding per line
                }
            }
        }
        return out
    }

    /// Words (letters, with inner accents) and their offsets in code points, the unit of every
    /// column Lantern reports.
    static func tokenize(_ text: String) -> [(word: String, offset: Int)] {
        var out: [(String, Int)] = []
        var current = ""
        var start = 0
        var offset = 0
        for ch in text {
            if ch.isLetter {
                if current.isEmpty { start = offset }
                current.append(ch)
            } else if !current.isEmpty {
                out.append((current, start))
                current = ""
            }
            offset += ch.unicodeScalars.count
        }
        if !current.isEmpty { out.append((current, start)) }
        return out
    }
}
