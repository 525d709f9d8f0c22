/// `lantern log`: records one event in a note's front matter, changing only the lines it must.
public enum NoteLog {
    public enum Event: String, CaseIterable, Sendable {
        case attempt, reply, scheduled, done
        case thankYou = "thank-you"
        case followUp = "follow-up"
        case declined, dropped
        /// You told the person who introduced you how it went: their task in the note is ticked,
        /// or a done one is added under "Action items".
        case updateIntroducer = "update-introducer"
        /// Someone they suggested you talk to: one line under "Referrals".
        case referral
        /// Put the next follow-up off until a day (`next_follow_up`).
        case snooze

        /// Which of a person's notes the event belongs to.
        public var purpose: Ledger.Purpose {
            switch self {
            case .attempt, .reply, .scheduled, .declined, .dropped: .pipeline
            case .done: .meetingHeld
            case .thankYou: .thankYou
            case .followUp, .snooze, .referral: .followUp
            case .updateIntroducer: .updateIntroducer
            }
        }

        /// Events that record something that already happened: never dated after today.
        var happened: Bool {
            switch self {
            case .attempt, .reply, .done, .thankYou, .followUp, .updateIntroducer: true
            case .scheduled, .declined, .dropped, .referral, .snooze: false
            }
        }

        /// Events that are an interaction with the person: recording one ends a snooze.
        var isInteraction: Bool {
            switch self {
            case .attempt, .reply, .done, .thankYou, .followUp: true
            case .scheduled, .declined, .dropped, .updateIntroducer, .referral, .snooze: false
            }
        }
    }

    public struct Request: Sendable {
        public var event: Event
        /// `--date`: a day, or for `scheduled` a date-time as written in notes.
        public var date: String?
        public var via: Channel?
        public var note: String?
        /// `--replace`: record over what is already recorded (a thank-you, a reply, a held meeting).
        public var replace = false
        /// `scheduled`: how and how long.
        public var medium: Medium?
        public var duration: String?
        /// `referral`: who, and their email.
        public var name: String?
        public var email: String?
        /// `snooze`: the day the next follow-up is due instead.
        public var until: String?
        /// The name of whoever introduced the contact, as the notebook knows them (so that a task
        /// naming "María" is found when `introduced_by` is `[[maria-gonzalez]]`).
        public var introducer: String?
        /// What the user typed to name the note (shell-quoted), for the commands messages suggest;
        /// the note's path when not given.
        public var query: String?
        /// The lines a new Referrals section starts with (the template's heading and comment).
        public var referralsSection: [String] = NoteLog.builtinReferralsSection

        public init(event: Event, date: String? = nil, via: Channel? = nil, note: String? = nil) {
            self.event = event
            self.date = date
            self.via = via
            self.note = note
        }
    }

    /// The Referrals section as the built-in template starts it.
    public static let builtinReferralsSection = [
        "## Referrals", "",
        "<!-- At the end, ask who else you should talk to. One person per line; write \"None\" if nobody. -->", "",
    ]

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The edited note, and one line per change for the user.
    public struct Result: Sendable {
        public var editor: FrontMatterEditor
        public var changes: [String]
        /// Things worth knowing that were not changed.
        public var hints: [String]
        /// What the practice says about what was recorded (a fourth attempt, writing to someone who
        /// declined): recorded all the same, and said on standard error unless `--quiet`.
        public var warnings: [String] = []
    }

    /// Applies `request` to the note's `text`, judged on `today`.
    public static func apply(_ request: Request, to text: String, path: String, config: Config, today: Day) throws(Failure) -> Result {
        var editor: FrontMatterEditor
        do { editor = try FrontMatterEditor(text: text) } catch { throw Failure(description: "\(path): \(error.description)") }
        let before = NoteReader.read(bytes: Array(text.utf8), path: path, config: config)
        if let broken = before.problems.first(where: { $0.rule == FrontMatterInvalid.id }) {
            throw Failure(description: "\(path):\(broken.location.line): \(broken.message); fix it first (lantern lint shows it too)")
        }
        guard let interview = before.interview else {
            throw Failure(description: "\(path) is not an interview note (it has no contact); lantern log records events in interview notes")
        }
        let who = interview.contact?.value ?? "this contact"
        let name = request.query ?? Shell.quote(path)
        let practice = Practice(config: config, today: today)
        var changes: [String] = []
        var hints: [String] = []
        var warnings: [String] = []

        // The day of the event: --date, else today. What already happened is never after today.
        var day = today
        if let date = request.date, request.event != .scheduled {
            guard let d = Day(iso: date) else { throw Failure(description: "--date \(date) is not a date; write YYYY-MM-DD") }
            day = d
        }
        if request.event.happened, day > today {
            throw Failure(
                description: "--date \(day) is after today (\(today)): \(request.event.rawValue) records what happened; give the day it happened (a typo?)")
        }
        func list(_ key: String, _ item: (FrontMatterEditor.ListContext) -> [String], _ what: String) throws(Failure) {
            do { try editor.append(key, item: item) } catch { throw Failure(description: "\(path): \(error.description)") }
            changes.append(what)
        }
        func set(_ key: String, _ value: String) {
            let old = editor.value(of: key).flatMap { $0.isEmpty ? nil : $0 }
            editor.set(key, to: value)
            if old != value { changes.append(old.map { "\(key): \($0) → \(value)" } ?? "\(key): \(value)") }
        }
        /// Refuses to record over what is recorded, unless --replace.
        func refuseOver(_ what: String, _ recorded: String, line: Int) throws(Failure) {
            guard !request.replace else { return }
            throw Failure(description: "\(path):\(line): \(what) is already recorded on \(recorded); nothing was changed (--replace records \(day) instead)")
        }
        /// Refuses to write over a value Lantern could not read (a mistyped date is still what
        /// the user wrote), unless --replace; suggests the one reading a date can have.
        func refuseUnreadable(_ key: String) throws(Failure) {
            guard !request.replace, let keyLine = before.keys.first(where: { $0.name == key }),
                let problem = before.problems.first(where: { $0.location.line == keyLine.location.line }),
                let written = editor.value(of: key), !written.isEmpty
            else { return }
            let repair = DateRepair.normalized(written).map { " (did you mean \($0)?)" } ?? ""
            throw Failure(
                description:
                    "\(path):\(keyLine.location.line): \(key) is \"\(written)\", which Lantern cannot read\(repair): \(problem.message.split(separator: ";").first ?? ""); fix it first, or --replace to write over it"
            )
        }
        /// Refuses what follows a meeting on a note that records none held.
        func requireHeld(_ what: String) throws(Failure) {
            guard !interview.isHeld(on: today), !request.replace else { return }
            let status = interview.status(on: today).rawValue
            let meeting = interview.meeting.map { "the meeting is on \($0.value.day)" } ?? "no meeting is recorded"
            throw Failure(
                description:
                    "\(path): you have not met \(who) yet (\(status); \(meeting)): \(what) follows a meeting; record the meeting first with lantern log \(name) done --date YYYY-MM-DD"
            )
        }
        // Changes that name a line of the body name it as it is after the whole edit.
        var bodyLines: [(line: Int, text: String)] = []
        /// Ticks the first open task that stands for `kind` (Obsidian Tasks style).
        func tick(_ kind: Obligation.Kind) {
            let first = TaskMeaning.firstName(request.introducer ?? interview.details.introducedBy?.value ?? "")
            guard let task = before.body.tasks.first(where: { $0.isOpen && TaskMeaning.obligation(of: $0, introducerFirst: first) == kind }),
                let ticked = editor.tickTask(atLine: task.location.line, on: day)
            else { return }
            bodyLines.append((task.location.line, ticked))
        }

        switch request.event {
        case .attempt:
            let via = request.via ?? .email
            try list(
                "attempts",
                { list in entry(day: day, via: via, note: request.note, after: list, scalar: { "\(day) \(via.rawValue)" + ($0.map { ": " + $0 } ?? "") }) },
                "attempts: + \(day) \(via.rawValue)")
            if interview.explicitStatus?.value == .prospect { set("status", Status.contacted.rawValue) }
            warnings += attemptWarnings(interview, day: day, who: who, practice: practice, drop: "lantern log \(name) dropped")
        case .reply:
            try refuseUnreadable("replied")
            if let replied = interview.replied { try refuseOver("a reply from \(who)", replied.value.description, line: replied.line) }
            set("replied", day.description)
            if interview.explicitStatus?.value == .prospect { set("status", Status.contacted.rawValue) }
        case .scheduled:
            guard let when = request.date else {
                throw Failure(description: "scheduled needs the meeting's day: --date YYYY-MM-DD or --date \"YYYY-MM-DD HH:MM\"")
            }
            guard let meeting = DateTime(parsing: when, in: config.timeZone) else {
                throw Failure(description: "--date \(when) is not a date; write \(DateTime.acceptedForms)")
            }
            if let held = interview.meeting, interview.isHeld(on: today) {
                guard request.replace else {
                    throw Failure(
                        description:
                            "\(path):\(held.line): you met \(who) on \(held.value.day) (held); a new meeting is a new conversation: lantern new \(Shell.quote(who)) --date \(Shell.quote(when)) (or --replace to move this one)"
                    )
                }
            }
            if meeting.day < today {
                throw Failure(
                    description:
                        "--date \(when) is before today (\(today)): a meeting that took place is recorded with lantern log \(name) done --date \(meeting.day)")
            }
            set("date", when)
            if let medium = request.medium { set("medium", medium.rawValue) }
            if let duration = request.duration {
                guard MeetingDuration.minutes(duration) != nil else {
                    throw Failure(description: "--duration \(duration) is not a duration; write \(MeetingDuration.acceptedForms)")
                }
                // A bare number is minutes: written as the template writes it, not as a quoted "30".
                set("duration", duration.allSatisfy(\.isNumber) ? "\(duration) min" : duration)
            }
            try settle(.scheduled, &editor, &changes, path: path, config: config, today: today)
        case .done:
            if let when = request.date {
                guard let meeting = DateTime(parsing: when, in: config.timeZone) else {
                    throw Failure(description: "--date \(when) is not a date; write \(DateTime.acceptedForms)")
                }
                if meeting.day > today {
                    throw Failure(description: "--date \(meeting.day) is after today (\(today)): record the meeting once it took place")
                }
                set("date", when)
            } else if let meeting = interview.meeting {
                if meeting.value.day > today {
                    throw Failure(
                        description:
                            "\(path):\(meeting.line): the meeting with \(who) is on \(meeting.value.day), after today (\(today)): record it once it took place; if it took place earlier, lantern log \(name) done --date YYYY-MM-DD"
                    )
                }
            } else {
                try refuseUnreadable("date")
                set("date", today.description)
            }
            try settle(.done, &editor, &changes, path: path, config: config, today: today)
        case .thankYou:
            try requireHeld("a thank-you")
            try refuseUnreadable("thank_you")
            if let recorded = interview.thankYou {
                try refuseOver("a thank-you to \(who)", recorded.day.description, line: recorded.location.line)
            }
            tick(.thankYou)
            set("thank_you", day.description)
        case .followUp:
            try requireHeld("a follow-up")
            tick(.followUp)
            try list(
                "follow_ups",
                { list in
                    entry(
                        day: day, via: request.via, note: request.note, after: list,
                        scalar: { note in
                            note == nil && request.via == nil ? day.description : nil
                        })
                }, "follow_ups: + \(day)")
        case .declined, .dropped:
            // Why it ended, in the user's words (`lantern list` shows it); one already written is
            // kept unless --replace.
            if let reason = request.note, let written = interview.reason, written.value != reason, !request.replace {
                throw Failure(
                    description:
                        "\(path):\(written.line): the reason is already written (\"\(written.value)\"); nothing was changed (--replace writes the new one)")
            }
            try settle(request.event == .declined ? .declined : .dropped, &editor, &changes, path: path, config: config, today: today)
            if let reason = request.note { set("reason", reason) }
        case .updateIntroducer:
            guard let by = interview.details.introducedBy?.value else {
                throw Failure(description: "\(path) names no introducer (introduced_by), so there is nobody to update")
            }
            try requireHeld("news for whoever introduced you")
            let introducer = request.introducer ?? Wikilink.whole(by) ?? by
            let first = TaskMeaning.firstName(introducer)
            if before.body.tasks.contains(where: { $0.isDone && TaskMeaning.names($0, first) }) {
                break  // already recorded
            }
            if let task = before.body.tasks.first(where: { $0.isOpen && TaskMeaning.names($0, first) }),
                let ticked = editor.tickTask(atLine: task.location.line, on: day)
            {
                bodyLines.append((task.location.line, ticked))
            } else {
                let line = "- [x] Told \(introducer) how it went ✅ \(day)"
                editor.add([line], toSection: before.body.section(.actions), of: before.body, title: "Action items")
                changes.append("action items: + \(line)")
            }
        case .referral:
            guard let name = request.name?.trimmingBlanks(), !name.isEmpty else {
                throw Failure(description: "referral needs the person's name: lantern log \(name) referral \"Full Name\" [--email E] [--note TEXT]")
            }
            if before.body.referrals.contains(where: { Identity.key($0.name) == Identity.key(name) }) { break }  // already listed
            let line = referralLine(name: name, email: request.email, note: request.note)
            let section = before.body.section(.referrals)
            editor.add(
                [line], toSection: section, of: before.body, title: "Referrals",
                newSection: request.referralsSection, before: section == nil ? before.body.section(.actions) : nil)
            changes.append("referrals: + \(line)")
        case .snooze:
            guard let until = request.until else { throw Failure(description: "snooze needs the day to wait until: --until YYYY-MM-DD") }
            guard let day = Day(iso: until) else { throw Failure(description: "--until \(until) is not a date; write YYYY-MM-DD") }
            guard day > today else { throw Failure(description: "--until \(day) is not after today (\(today)): snooze until a day to come") }
            set("next_follow_up", day.description)
        }
        // Ticked lines are named where they stand once the front matter has changed.
        changes = bodyLines.map { "line \($0.line + editor.bodyShift): \($0.text)" } + changes
        // Any interaction ends a snooze: the cadence restarts from it.
        if request.event.isInteraction, !changes.isEmpty, let snoozed = interview.nextFollowUp {
            editor.remove("next_follow_up")
            changes.append("next_follow_up: \(snoozed.value) removed (the next follow-up counts from this \(request.event.rawValue))")
        }
        return Result(editor: editor, changes: changes, hints: hints, warnings: warnings)
    }

    /// What the practice says about an attempt on `day` (added to those the note records).
    static func attemptWarnings(_ i: Interview, day: Day, who: String, practice: Practice, drop: String) -> [String] {
        var out: [String] = []
        let status = i.explicitStatus?.value
        if status == .declined {
            out.append("\(who) declined: another message after a no reads as pressure (recorded all the same)")
        }
        let unanswered = i.replied.map { r in i.attempts.filter { $0.day < r.value } } ?? i.attempts
        if i.replied == nil || day < i.replied!.value {
            let count = unanswered.count + 1
            let max = practice.config.maxAttempts
            if count > max {
                out.append(
                    "this is attempt \(count) to \(who) without a reply: \(Message.spelled(max)) unanswered attempts is the limit, and one more reads as pressure (recorded all the same; \"\(drop)\" takes them off your list)"
                )
            } else if let last = unanswered.map(\.day).filter({ $0 <= day }).max(), let gap = practice.attemptTooSoon(day, after: last) {
                out.append(
                    "only \(Message.count(gap, "business day")) since the last attempt to \(who) (\(last)): wait \(Message.count(practice.config.nudgeAfter, "business day")) between attempts"
                )
            }
        }
        return out
    }

    /// A referral line that Lantern reads back as that person: the name (as a `[[wikilink]]`
    /// when it holds a character that would end it), their email as an autolink, and the note.
    static func referralLine(name: String, email: String?, note: String?) -> String {
        let ends = [" — ", " – ", " - ", ",", "(", ":", " at ", "[", "]", "<"]
        let plain = !ends.contains { name.lowercased().contains($0) } && !name.hasPrefix("[")
        var line = "- " + (plain ? name : "[[\(name)]]")
        if let email, !email.isEmpty { line += " — <\(email)>" }
        if let note, !note.isEmpty { line += " — " + note }
        return line
    }

    /// Makes the note's status `target`: the `status` key is set when it exists, and added only
    /// when the status Lantern infers from the note would not already be `target`.
    static func settle(
        _ target: Status, _ editor: inout FrontMatterEditor, _ changes: inout [String], path: String,
        config: Config, today: Day
    ) throws(Failure) {
        if let old = editor.value(of: "status"), !old.isEmpty {
            guard old != target.rawValue else { return }
            editor.set("status", to: target.rawValue)
            changes.append("status: \(old) → \(target.rawValue)")
            return
        }
        if editor.value(of: "status") != nil {  // written but empty: it says nothing yet
            editor.set("status", to: target.rawValue)
            changes.append("status: \(target.rawValue)")
            return
        }
        let inferred = NoteReader.read(bytes: Array(editor.text.utf8), path: path, config: config).interview?.status(on: today)
        if inferred != target {
            editor.set("status", to: target.rawValue)
            changes.append("status: \(target.rawValue)")
        }
    }

    /// One list entry in the style of the list's last item: a flow map `{date: …}`, a block map
    /// (`date: …` lines, in a block list only), or a scalar (`scalar(note)`, quoted as the last
    /// item was). A `nil` scalar means the entry needs the map form.
    static func entry(
        day: Day, via: Channel?, note: String?, after list: FrontMatterEditor.ListContext,
        scalar: (String?) -> String?
    ) -> [String] {
        let last = list.last
        let blockMap = list.position == .block && (last.hasPrefix("date:") || last.contains("\ndate:"))
        var fields = ["date: \(day)"]
        if let via { fields.append("via: \(via.rawValue)") }
        if let note { fields.append("note: " + YAMLScalar.render(note, in: blockMap ? .block : .flow)) }
        if blockMap { return fields }
        if !last.hasPrefix("{"), let text = scalar(note) { return [YAMLScalar.render(text, like: last, in: list.position)] }
        return ["{" + fields.joined(separator: ", ") + "}"]
    }
}

extension NoteLog.Request {
    /// What a request about `note` takes from its notebook, the same for `lantern log` and the
    /// editor's quick fixes (so that both write the same bytes): the introducer as the notebook
    /// knows them, and the Referrals section as the notebook's own template starts it.
    public mutating func complete(for note: Note, in notebook: Notebook) {
        introducer = note.interview?.details.introducedBy.map { notebook.displayName(of: $0.value) ?? $0.value }
        if event == .referral, let section = try? Authoring.sectionLines(.referrals, templates: Templates(root: notebook.root), config: notebook.config) {
            referralsSection = section
        }
    }
}
