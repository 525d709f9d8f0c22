/// `lantern show NOTE`: one note as Lantern understands it, for a person reading a terminal.
public enum ShowText {
    public static func render(_ note: Note, in notebook: Notebook, style: TextStyle) -> String {
        var out: [String] = []
        let today = notebook.today
        out.append(style.bold(note.path) + "  (\(note.kind.rawValue) note, \(note.lineEndings.uppercased()) line endings, judged on \(today))")
        func row(_ label: String, _ value: String?, _ line: Int? = nil) {
            guard let value, !value.isEmpty else { return }
            let place = line.map { style.dim("  line \($0)") } ?? ""
            out.append("  " + label.padding(toLength: 16, withPad: " ", startingAt: 0) + value + place)
        }
        /// Title, company, ways to reach them (web links too) and introducer, on a card as in an
        /// interview note.
        func rows(of d: ContactDetails) {
            row("title", d.title?.value, d.title?.line)
            row("company", d.company?.value, d.company?.line)
            row("email", d.email?.value, d.email?.line)
            row("phone", d.phone?.value, d.phone?.line)
            row("linkedin", d.linkedin?.value, d.linkedin?.line)
            row("url", d.url?.value, d.url?.line)
            row("introduced by", d.introducedBy?.value, d.introducedBy?.line)
        }
        if let i = note.interview {
            let person = notebook.person(of: i)
            var contact = i.contact?.value ?? style.red("missing")
            if let written = i.contact?.value, let person, person.name != written { contact += " (= \(person.name))" }
            row("contact", contact, i.contact?.line)
            let status = i.status(on: today)
            let why: String
            if i.explicitStatus != nil {
                why = ""
            } else if let d = i.meetingDay {
                why = d < today ? " (inferred: the meeting day \(d) is before today)" : " (inferred: the meeting day \(d) is today or later)"
            } else if !i.attempts.isEmpty {
                why = " (inferred: attempts, no meeting date)"
            } else {
                why = " (inferred: no attempt yet)"
            }
            row("status", status.rawValue + why + (i.isPractice ? ", practice interview" : ""), i.explicitStatus?.line)
            row("reason", i.reason?.value, i.reason?.line)
            rows(of: i.details)
            for (n, a) in i.attempts.enumerated() {
                let text = "\(a.day)" + (a.via.map { " \($0.rawValue)" } ?? "") + (a.note.map { ": \($0)" } ?? "")
                row(n == 0 ? "attempts" : "", "\(n + 1). " + text, a.location.line)
            }
            row("replied", i.replied.map { "\($0.value)" }, i.replied?.line)
            row("meeting", i.meeting.map { $0.value.description }, i.meeting?.line)
            row("duration", i.durationMinutes.map { "\($0.value) min" }, i.durationMinutes?.line)
            row("medium", i.medium?.value.rawValue, i.medium?.line)
            row("location", i.location?.value, i.location?.line)
            for t in i.thankYous {
                row("thank-you", "\(t.day)" + (t.source == .task ? " (from a done task)" : ""), t.location.line)
            }
            for (n, f) in i.followUps.enumerated() {
                let note = f.source == .task ? " (from a done task)" : f.note.map { ": \($0)" } ?? ""
                row(n == 0 ? "follow-ups" : "", "\(f.day)" + (f.via.map { " \($0.rawValue)" } ?? "") + note, f.location.line)
            }
            row("next follow-up", i.nextFollowUp.map { "\($0.value)" }, i.nextFollowUp?.line)
            row("follow up after", i.followUpAfter.map { "\($0.value) days" }, i.followUpAfter?.line)
            row("tags", i.details.tags.joined(separator: ", "))
        }
        if let c = note.person {
            row("name", c.name?.value ?? note.baseName, c.name?.line)
            row("aliases", c.aliases.joined(separator: ", "))
            rows(of: c.details)
            row("tags", c.details.tags.joined(separator: ", "))
        }
        if !note.lintDisable.isEmpty || !note.body.disables.isEmpty {
            let ids = note.disabledRules.sorted().map { $0 == "*" ? "all domain rules" : $0 }
            row("rules off", ids.joined(separator: ", "))
        }
        let body = note.body
        if !body.sections.isEmpty {
            out.append(style.bold("Sections"))
            for s in body.sections {
                let kind = s.kind.map { " → \($0.rawValue)" } ?? ""
                let content = s.hasContent ? "" : style.dim(" (empty)")
                out.append("  " + String(repeating: "#", count: s.level) + " " + s.title + kind + content + style.dim("  line \(s.location.line)"))
            }
        }
        if !body.questions.isEmpty {
            out.append(style.bold("Questions (\(body.questions.count))"))
            for q in body.questions { out.append("  - \(q.text)" + style.dim("  line \(q.location.line)")) }
        }
        if !body.tasks.isEmpty {
            out.append(style.bold("Tasks (\(body.tasks.count))"))
            for t in body.tasks {
                out.append("  [\(t.symbol)] \(t.text)" + ShowText.taskFields(t) + style.dim("  line \(t.location.line)"))
            }
        }
        if !body.referrals.isEmpty {
            out.append(style.bold("Referrals (\(body.referrals.count))"))
            for r in body.referrals {
                let contact = (r.emails + r.phones + r.urls).joined(separator: ", ")
                out.append("  - \(r.name)" + (contact.isEmpty ? "" : " <\(contact)>") + style.dim("  line \(r.location.line)"))
            }
        }
        if !body.mentions.isEmpty {
            out.append(style.bold("Mentions"))
            for m in body.mentions {
                let who = notebook.person(named: m.target).map { " → \($0.name)" } ?? ""
                out.append("  [[\(m.target)]]\(who)" + style.dim("  line \(m.location.line)"))
            }
        }
        if !note.problems.isEmpty {
            out.append(style.bold("Problems"))
            for p in note.problems {
                out.append("  \(p.location.line):\(p.location.column): " + style.red(p.rule) + ": \(p.message)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// What Lantern read from a task besides its words: status, dates and Tasks' own fields.
    static func taskFields(_ t: Task) -> String {
        var parts: [String] = []
        if t.status != (t.symbol == " " ? .open : .done) { parts.append(t.status.rawValue) }
        if let d = t.due { parts.append("due \(d)" + (t.dueTime.map { " \($0)" } ?? "")) }
        if let d = t.scheduled { parts.append("scheduled \(d)") }
        if let d = t.start { parts.append("starts \(d)") }
        if let d = t.created { parts.append("created \(d)") }
        if let d = t.done { parts.append("done \(d)") }
        if let d = t.cancelled { parts.append("cancelled \(d)") }
        if let p = t.priority { parts.append("priority \(p.rawValue)") }
        if let r = t.recurrence { parts.append("repeats \(r)") }
        if let id = t.id { parts.append("id \(id)") }
        if !t.dependsOn.isEmpty { parts.append("depends on " + t.dependsOn.joined(separator: ", ")) }
        if let c = t.onCompletion { parts.append("on completion \(c)") }
        if let b = t.blockID { parts.append("block ^\(b)") }
        if t.isThankYou { parts.append("records the thank-you") } else if t.isFollowUp && t.done != nil { parts.append("records a follow-up") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}

/// ANSI styling, or none.
public struct TextStyle: Sendable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    func wrap(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func red(_ s: String) -> String { wrap(s, "31") }
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    public func cyan(_ s: String) -> String { wrap(s, "36") }
    public func green(_ s: String) -> String { wrap(s, "32") }
}
