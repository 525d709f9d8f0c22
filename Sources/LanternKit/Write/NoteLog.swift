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

        /// Which of a person's notes the event belongs to.
        public var purpose: Ledger.Purpose {
            switch self {
            case .attempt, .reply, .scheduled, .declined, .dropped: .pipeline
            case .done: .meetingHeld
            case .thankYou: .thankYou
            case .followUp: .followUp
            case .updateIntroducer: .updateIntroducer
            }
        }
    }

    public struct Request: Sendable {
        public var event: Event
        /// `--date`: a day, or for `scheduled` a date-time as written in notes.
        public var date: String?
        public var via: Channel?
        public var note: String?

        public init(event: Event, date: String? = nil, via: Channel? = nil, note: String? = nil) {
            self.event = event
            self.date = date
            self.via = via
            self.note = note
        }
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The edited note, and one line per change for the user.
    public struct Result: Sendable {
        public var editor: FrontMatterEditor
        public var changes: [String]
        /// Things worth knowing that were not changed.
        public var hints: [String]
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
        var changes: [String] = []
        var hints: [String] = []

        // The day of the event: --date, else today.
        var day = today
        if let date = request.date, request.event != .scheduled {
            guard let d = Day(iso: date) else { throw Failure(description: "--date \(date) is not a date; write YYYY-MM-DD") }
            day = d
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

        switch request.event {
        case .attempt:
            let via = request.via ?? .email
            try list("attempts", { list in entry(day: day, via: via, note: request.note, after: list, scalar: { "\(day) \(via.rawValue)" + ($0.map { ": " + $0 } ?? "") }) },
                     "attempts: + \(day) \(via.rawValue)")
            if interview.explicitStatus?.value == .prospect { set("status", Status.contacted.rawValue) }
        case .reply:
            set("replied", day.description)
            if interview.explicitStatus?.value == .prospect { set("status", Status.contacted.rawValue) }
        case .scheduled:
            guard let when = request.date else {
                throw Failure(description: "scheduled needs the meeting's day: --date YYYY-MM-DD or --date \"YYYY-MM-DD HH:MM\"")
            }
            guard DateTime(parsing: when, in: config.timeZone) != nil else {
                throw Failure(description: "--date \(when) is not a date; write \(DateTime.acceptedForms)")
            }
            set("date", when)
            try settle(.scheduled, &editor, &changes, path: path, config: config, today: today)
        case .done:
            if let when = request.date { set("date", when) } else if interview.meeting == nil { set("date", today.description) }
            try settle(.done, &editor, &changes, path: path, config: config, today: today)
        case .thankYou:
            set("thank_you", day.description)
        case .followUp:
            try list("follow_ups", { list in
                entry(day: day, via: request.via, note: request.note, after: list, scalar: { note in
                    note == nil && request.via == nil ? day.description : nil
                })
            }, "follow_ups: + \(day)")
            if let next = interview.nextFollowUp?.value, next <= day {
                hints.append("next_follow_up is \(next), on or before this follow-up: change or remove it, or it keeps you reminded")
            }
        case .declined, .dropped:
            try settle(request.event == .declined ? .declined : .dropped, &editor, &changes, path: path, config: config, today: today)
        case .updateIntroducer:
            guard let by = interview.introducedBy?.value else {
                throw Failure(description: "\(path) names no introducer (introduced_by), so there is nobody to update")
            }
            let introducer = Wikilink.whole(by) ?? by
            let first = Identity.key(introducer).split(separator: " ").first.map(String.init) ?? ""
            let mentions = { (task: Task) in Identity.key(task.text).split(whereSeparator: { !$0.isLetter }).contains { $0 == first } }
            if before.body.tasks.contains(where: { $0.isDone && mentions($0) }) {
                break  // already recorded
            }
            if let task = before.body.tasks.first(where: { !$0.isDone && mentions($0) }), let ticked = editor.tickTask(atLine: task.location.line, on: day) {
                changes.append("line \(task.location.line): \(ticked)")
            } else {
                let line = "- [x] Told \(introducer) how it went ✅ \(day)"
                editor.add([line], toSection: before.body.section(.actions), of: before.body, title: "Action items")
                changes.append("action items: + \(line)")
            }
        }
        return Result(editor: editor, changes: changes, hints: hints)
    }

    /// Makes the note's status `target`: the `status` key is set when it exists, and added only
    /// when the status Lantern infers from the note would not already be `target`.
    static func settle(_ target: Status, _ editor: inout FrontMatterEditor, _ changes: inout [String], path: String,
                       config: Config, today: Day) throws(Failure) {
        if let old = editor.value(of: "status") {
            guard old != target.rawValue else { return }
            editor.set("status", to: target.rawValue)
            changes.append("status: \(old) → \(target.rawValue)")
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
    static func entry(day: Day, via: Channel?, note: String?, after list: FrontMatterEditor.ListContext,
                      scalar: (String?) -> String?) -> [String] {
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
