/// The obligations each note carries: how the ledger makes them.
extension Ledger {
    struct Making: Sendable {
        let notebook: Notebook
        let practice: Practice
        let standings: [String: Standing]
        let facts: [String: PersonFacts]
        var firstNames = FirstNames()

        var today: Day { practice.today }
        var config: Config { practice.config }

        /// The obligations of the note at `n`, whose contact is the person `personID`.
        func obligations(ofNoteAt n: Int, personID: String?) -> [Obligation] {
            obligations(of: notebook.notes[n], at: n, personID: personID)
        }

        /// The obligations of `note`, the note at `n`. The note and its interview are handed down
        /// as arguments rather than kept in `Scope`: at 100,000 notes, a copy of the context, the
        /// note and its interview for every note was a fifth of the ledger's time.
        func obligations(of note: borrowing Note, at n: Int, personID: String?) -> [Obligation] {
            guard note.interview != nil else { return [] }
            return obligations(of: note, note.interview!, at: n, personID: personID)
        }

        private func obligations(of note: borrowing Note, _ i: borrowing Interview, at n: Int, personID: String?) -> [Obligation] {
            let status = i.status(on: today)
            // Conversations that ended call for nothing, and their tasks are not listed.
            guard !status.isClosed else { return [] }
            let scope = Scope(index: n, path: note.path, who: notebook.contactName(i) ?? "this contact", personID: personID)
            var out: [Obligation] = []
            // Practice interviews call for nothing but your own tasks.
            if !i.isPractice {
                if let meeting = i.meeting, meeting.value.day < today, let explicit = i.explicitStatus, explicit.value.isOpen {
                    // The day passed and the note still says the meeting is ahead: ask, don't guess.
                    let day = meeting.value.day
                    out.append(
                        scope.obligation(
                            .confirmMeeting, due: practice.confirmationDue(meeting: day), at: explicit.location,
                            "Did you meet \(scope.who) on \(day)? Record it, or set the new date",
                            why: "the meeting day has passed and the status still says \(explicit.value.rawValue)",
                            clear: command(scope, .meetingHeld, "done")))
                } else {
                    switch status {
                    case .prospect, .contacted:
                        if let meeting = i.meeting, meeting.value.day >= today {
                            // A meeting is set though the status lags behind: it is a meeting all the same.
                            out += meetingObligations(scope, note, i, meeting)
                        } else if let replied = i.replied {
                            // They answered: the next step is setting a time.
                            out.append(
                                scope.obligation(
                                    .schedule, due: practice.scheduleDue(replied: replied.value), at: replied.location,
                                    "Set a time with \(scope.who) (they replied on \(replied.value))",
                                    why: "they replied and no meeting is set",
                                    clear: "agree on a time, then run " + command(scope, .pipeline, "scheduled --date YYYY-MM-DD")))
                        } else {
                            out += pipelineObligations(scope, i, status)
                        }
                    case .scheduled:
                        if let meeting = i.meeting, meeting.value.day >= today { out += meetingObligations(scope, note, i, meeting) }
                    case .done:
                        out += heldObligations(scope, note, i)
                    case .declined, .dropped:
                        break
                    }
                }
            }
            return withTasks(out, scope, note, i)
        }

        /// One note's obligations in the making: who they concern and how to word them.
        struct Scope {
            let index: Int
            let path: String
            let who: String
            let personID: String?

            func obligation(
                _ kind: Obligation.Kind, due: Day?, at origin: SourceLocation, _ text: String, why: String,
                clear: String, key: String = "", about person: Person? = nil
            ) -> Obligation {
                Obligation(
                    kind: kind, due: due, contact: person?.name ?? who, personID: person?.id ?? personID, path: path,
                    origin: origin, text: text, why: why, clear: clear, key: key)
            }
        }

        /// `lantern log NAME EVENT` for the note of `scope`.
        func command(_ scope: Scope, _ purpose: Purpose, _ event: String) -> String {
            "lantern log \(query(purpose, forNoteAt: scope.path, personID: scope.personID)) \(event)"
        }

        /// Attempts without a reply: the next nudge, or dropping them; a prospect: a first message.
        func pipelineObligations(_ scope: Scope, _ i: Interview, _ status: Status) -> [Obligation] {
            let who = scope.who
            let attempts = i.attemptsInReplyWindow.sorted { $0.day < $1.day }
            if let last = attempts.last {
                let many = Message.count(attempts.count, "attempt")
                if practice.attemptsExhausted(attempts.count) {
                    // Due from the attempt that reached the limit: one more does not put it off.
                    let due = practice.nudgeDue(lastAttempt: attempts[practice.config.maxAttempts - 1].day)
                    return [
                        scope.obligation(
                            .drop, due: due, at: last.location, "Take \(who) off your list (\(many), no reply)",
                            why: "\(many) and no reply: more would be pressure", clear: command(scope, .pipeline, "dropped"))
                    ]
                }
                return [
                    scope.obligation(
                        .nudge, due: practice.nudgeDue(lastAttempt: last.day), at: last.location,
                        "Nudge \(who) (attempt \(attempts.count + 1) of \(config.maxAttempts))",
                        why: "\(many), no reply since \(last.day)", clear: command(scope, .pipeline, "attempt"))
                ]
            }
            guard status == .prospect else { return [] }
            return [
                scope.obligation(
                    .reachOut, due: nil, at: i.contact?.location ?? .top,
                    "Reach out to \(who)" + (i.details.company.map { " at \($0.value)" } ?? ""),
                    why: "a prospect you have not written to yet", clear: command(scope, .pipeline, "attempt"))
            ]
        }

        /// A meeting ahead: preparing for it (within the prep window) and the meeting itself.
        func meetingObligations(_ scope: Scope, _ note: Note, _ i: Interview, _ meeting: Located<DateTime>) -> [Obligation] {
            let who = scope.who
            let day = meeting.value.day
            var out: [Obligation] = []
            if practice.inPrepWindow(day) {
                var missing: [String] = []
                if !note.body.hasResearch { missing.append("research") }
                let have = note.body.questions.count
                if have < config.minQuestions { missing.append("questions (\(have) of \(config.minQuestions))") }
                if !missing.isEmpty {
                    out.append(
                        scope.obligation(
                            .prep, due: day, at: meeting.location, "Prepare for \(who) on \(day): write down " + missing.joined(separator: " and "),
                            why: "the meeting is within \(config.prepWindow) days",
                            clear: "write them under \"## Research\" and \"## Questions\" in \(note.path)"))
                }
            }
            var text = "Meet \(who) on \(day)" + (meeting.value.time.map { " at \($0)" } ?? "")
            if let medium = i.medium?.value { text += " (\(medium.rawValue))" }
            var item = scope.obligation(
                .meeting, due: day, at: meeting.location, text, why: "a meeting is set; record it once held",
                clear: command(scope, .meetingHeld, "done"))
            item.time = meeting.value.time
            item.meeting = meeting.value
            item.durationMinutes = i.durationMinutes?.value
            out.append(item)
            return out
        }

        /// A held meeting: the thank-you, news for the introducer, and the next follow-up.
        func heldObligations(_ scope: Scope, _ note: Note, _ i: Interview) -> [Obligation] {
            let who = scope.who
            guard let meeting = i.meeting else { return [] }
            let met = meeting.value.day
            var out: [Obligation] = []
            if i.thankYou == nil {
                out.append(
                    scope.obligation(
                        .thankYou, due: practice.thankYouDue(met: met), at: meeting.location,
                        "Send a thank-you note to \(who) (met \(met))",
                        why: "you met on \(met) and no thank-you is recorded", clear: command(scope, .thankYou, "thank-you")))
            }
            if let (introducer, at) = pendingIntroducer(note, i, met: met) {
                out.append(
                    scope.obligation(
                        .updateIntroducer, due: practice.introducerDue(met: met), at: at,
                        "Tell \(introducer.name) how it went with \(who) (met \(met))",
                        why: "\(introducer.name) introduced you and nothing since is recorded with them",
                        clear: command(scope, .updateIntroducer, "update-introducer"), key: Identity.key(introducer.name),
                        about: introducer))
            }
            if i.thankYou != nil, let id = scope.personID, let facts = facts[id], facts.carrier == scope.index, !facts.inPipeline,
                let (due, at, why) = followUpDue(i, lastTouch: facts.lastTouch)
            {
                out.append(
                    scope.obligation(
                        .followUp, due: due, at: at, "Follow up with \(who) (\(why))",
                        why: "keep in touch every \(cadence(i)) days", clear: command(scope, .followUp, "follow-up")))
            }
            return out
        }

        /// The introducer still owed news of this held meeting: a person with a card or a note of
        /// their own, with nothing recorded with them since the meeting day, and no done task in
        /// this note that names them.
        func pendingIntroducer(_ note: Note, _ i: Interview, met: Day) -> (Person, SourceLocation)? {
            guard let by = i.details.introducedBy, let introducer = notebook.person(named: by.value),
                introducer.card != nil || introducer.interviews.contains(where: { $0 != note.path }),
                introducer.id != i.contact.flatMap({ notebook.personID(named: $0.value) })
            else { return nil }
            if let last = facts[introducer.id]?.lastRecorded, last >= met { return nil }
            let first = TaskMeaning.firstName(introducer.name)
            if note.body.tasks.contains(where: { $0.isDone && TaskMeaning.names($0, first) }) { return nil }
            return (introducer, by.location)
        }

        /// The next follow-up: `next_follow_up` when set, else the last day in touch (in any of the
        /// person's notes) plus the cadence; with the value that set it and why.
        func followUpDue(_ i: Interview, lastTouch: Day?) -> (Day, SourceLocation, String)? {
            if let next = i.nextFollowUp { return (next.value, next.location, "as set in next_follow_up") }
            guard let own = i.lastInteraction(on: today) else { return nil }
            let last = max(own, lastTouch ?? own)
            // The value of this note that set its last interaction: the latest-written on that day.
            var places: [SourceLocation] = []
            if i.isHeld(on: today), let m = i.meeting, m.value.day == own { places.append(m.location) }
            places += i.thankYous.filter { $0.day == own }.map(\.location)
            places += i.followUps.filter { $0.day == own }.map(\.location)
            if let r = i.replied, r.value == own { places.append(r.location) }
            return (practice.followUpDue(lastInteraction: last, cadence: cadence(i)), places.max() ?? .top, "last in touch \(last)")
        }

        /// Follow-up cadence in days: the note's own, else the person card's, else the notebook's.
        func cadence(_ i: Interview) -> Int {
            if let own = i.followUpAfter?.value { return own }
            if let person = notebook.person(of: i), let card = person.card, let days = notebook.note(at: card)?.person?.followUpAfter?.value {
                return days
            }
            return config.followUpAfter
        }

        /// The user's open tasks joined to the obligations they stand for. A task that stands for
        /// a thank-you, a follow-up or news for the introducer becomes part of that obligation
        /// (the earlier due day wins, and your words and line when you dated it); a thank-you task
        /// without a date of its own is listed only while a thank-you is owed (the template's
        /// "Send a thank-you note" waits for the meeting); every other open task is an action.
        func withTasks(_ given: [Obligation], _ scope: Scope, _ note: Note, _ i: Interview) -> [Obligation] {
            var out = given
            var seen: [String: Int] = [:]
            let introducerFirst = i.details.introducedBy.map { firstNames.of($0.value, in: notebook) } ?? ""
            // Each task read where it lies (a `for task in` loop would copy every one).
            func take(_ task: borrowing Task) {
                let words = Identity.key(task.text)
                var key = words
                seen[words, default: 0] += 1
                if let count = seen[words], count > 1 { key += " #\(count)" }
                let reference = Obligation.TaskReference(location: task.location, text: task.text, due: task.due)
                let stands = TaskMeaning.obligation(ofWords: words, introducerFirst: introducerFirst)
                if let kind = stands, let at = out.firstIndex(where: { $0.kind == kind && $0.task == nil }) {
                    out[at].task = reference
                    if let due = reference.due {
                        out[at].due = out[at].due.map { min($0, due) } ?? due
                        out[at].text = task.text
                        out[at].line = task.location.line
                    }
                    return
                }
                if stands == .thankYou, reference.due == nil { return }
                var action = scope.obligation(
                    .action, due: task.due ?? task.scheduled, at: task.location, task.text, why: "an open task in the note",
                    clear: "tick it in \(note.path):\(task.location.line)", key: key)
                action.task = reference
                action.time = task.due == nil ? nil : task.dueTime
                out.append(action)
            }
            note.body.tasks.withUnsafeBufferPointer { tasks in
                for t in tasks.indices where tasks[t].isOpen { take(tasks[t]) }
            }
            return out
        }

        /// One `referral` obligation per person given as a referral who has no interview note yet,
        /// at the first place they were given, due a week after that meeting.
        func referralObligations() -> [Obligation] {
            notebook.people.compactMap { person in
                guard person.interviews.isEmpty else { return nil }
                let sources = person.referredIn.filter { source in
                    guard let i = notebook.interview(at: source.path) else { return false }
                    return !i.isPractice && !i.status(on: today).isClosed
                }
                guard let first = sources.min(by: { ($0.day?.ordinal ?? Int.max, $0.path, $0.line) < ($1.day?.ordinal ?? Int.max, $1.path, $1.line) })
                else { return nil }
                let quotedName = Shell.quote(person.name), quotedBy = Shell.quote(first.by)
                return Obligation(
                    kind: .referral, due: first.day.map { practice.referralDue(given: $0) }, contact: person.name,
                    personID: person.id, path: first.path, origin: SourceLocation(line: first.line),
                    text: "Reach out to \(person.name), referred by \(first.by)" + (first.day.map { " on \($0)" } ?? ""),
                    why: "\(first.by) suggested you talk to them",
                    clear: "lantern new \(quotedName) --introduced-by \(quotedBy)"
                        + (person.emails.first.map { " --email " + Shell.quote($0) } ?? ""), key: person.id)
            }
        }

        /// What to type after `lantern log` for the note at `path`: the shortest name that finds
        /// the person, when their notes' choice for `purpose` is this note; else the note's path.
        func query(_ purpose: Purpose, forNoteAt path: String, personID: String?) -> String {
            Ledger.query(purpose, forNoteAt: path, personID: personID, standings: standings, notebook: notebook)
        }
    }

    /// What to type after `lantern log` (or `draft`) for the note at `path`, ready for a shell.
    static func query(
        _ purpose: Purpose, forNoteAt path: String, personID: String?, standings: [String: Standing],
        notebook: Notebook
    ) -> String {
        guard let id = personID, standings[id]?.choices[purpose] == .note(path), let index = notebook.personPosition(id: id)
        else { return Shell.quote(path) }
        return Shell.quote(notebook.lookup.shortestQuery(for: index, name: notebook.people[index].name))
    }

    /// What to type after `lantern log` (or `draft`) for the note at `path` and this purpose.
    public func query(_ purpose: Purpose, forNoteAt path: String, in notebook: Notebook) -> String {
        let id = notebook.interview(at: path)?.contact.flatMap { notebook.personID(named: $0.value) }
        return Ledger.query(purpose, forNoteAt: path, personID: id, standings: standings, notebook: notebook)
    }
}
