/// One outreach attempt: `"2026-11-01 email: left voicemail"` or `{date, via, note}`.
public struct Attempt: Hashable, Sendable, Codable {
    public var day: Day
    public var via: Channel?
    public var note: String?
    public var location: SourceLocation
}

/// A keep-in-touch note sent after the thank-you, from `follow_ups:` or a done follow-up task.
public struct FollowUp: Hashable, Sendable, Codable {
    public enum Source: String, Sendable, Codable { case frontMatter = "front-matter", task }
    public var day: Day
    public var via: Channel?
    public var note: String?
    public var location: SourceLocation
    public var source: Source
}

/// A recorded thank-you note, from `thank_you:` or a done thank-you task.
public struct ThankYou: Hashable, Sendable, Codable {
    public var day: Day
    public var location: SourceLocation
    public var source: FollowUp.Source
}

/// One conversation with one person, from the first outreach to the last follow-up.
public struct Interview: Sendable {
    /// The person's name; a `[[wikilink]]`'s target when written as one.
    public var contact: Located<String>?
    public var contactIsWikilink = false
    /// Their title, company, ways to reach them, who introduced you, tags.
    public var details = ContactDetails()
    /// The status as written; see `status(on:)` for the inferred one.
    public var explicitStatus: Located<Status>?
    public var attempts: [Attempt] = []
    public var replied: Located<Day>?
    /// The meeting, planned or held.
    public var meeting: Located<DateTime>?
    public var durationMinutes: Located<Int>?
    public var medium: Located<Medium>?
    public var location: Located<String>?
    /// Every thank-you recorded, front matter first, then done tasks.
    public var thankYous: [ThankYou] = []
    /// Every follow-up, front matter and done tasks, in day order.
    public var followUps: [FollowUp] = []
    public var nextFollowUp: Located<Day>?
    public var followUpAfter: Located<Int>?
    public var practice: Located<Bool>?
    /// Why the conversation ended (`declined`, `dropped`), in the user's words.
    public var reason: Located<String>?

    public init() {}

    /// The meeting day.
    public var meetingDay: Day? { meeting?.value.day }

    public var isPractice: Bool { practice?.value == true }

    /// The status: as written, or inferred (docs/format.md, "Pipeline status"): a meeting before today is done, one today
    /// or later is scheduled; otherwise any attempt means contacted; otherwise a prospect.
    public func status(on today: Day) -> Status {
        if let s = explicitStatus?.value { return s }
        if let day = meetingDay { return day < today ? .done : .scheduled }
        return attempts.isEmpty ? .prospect : .contacted
    }

    /// Held: done (written or inferred) and not a practice interview.
    public func isHeld(on today: Day) -> Bool { status(on: today) == .done && !isPractice }

    /// The thank-you that counts: the earliest recorded.
    public var thankYou: ThankYou? { thankYous.min { $0.day < $1.day } }

    /// Attempts made before the reply (all of them when there is none).
    public var attemptsInReplyWindow: [Attempt] {
        guard let replied = replied?.value else { return attempts }
        return attempts.filter { $0.day < replied }
    }

    /// The last day you were in touch in this note: its last interaction, or its last attempt when
    /// that is later.
    public func lastContact(on today: Day) -> Day? {
        let lastAttempt = attempts.lazy.map(\.day).max()
        switch (lastInteraction(on: today), lastAttempt) {
        case (let a?, let b?): return max(a, b)
        case (let a, let b): return a ?? b
        }
    }

    /// The first day you were in touch in this note: the first attempt, the reply, the held
    /// meeting, a thank-you or a follow-up, whichever came first.
    public func firstContact(on today: Day) -> Day? {
        var first = attempts.lazy.map(\.day).min()
        func earlier(_ day: Day?) {
            if let day, first.map({ day < $0 }) ?? true { first = day }
        }
        earlier(replied?.value)
        if isHeld(on: today) { earlier(meetingDay) }
        earlier(thankYous.lazy.map(\.day).min())
        earlier(followUps.first?.day)
        return first
    }

    /// The latest of the meeting day (if held), the thank-you, every follow-up and the reply.
    public func lastInteraction(on today: Day) -> Day? {
        // Without gathering the days in an array: this runs for every note while people are connected.
        var last = isHeld(on: today) ? meetingDay : nil
        for t in thankYous where last.map({ t.day > $0 }) ?? true { last = t.day }
        for f in followUps where last.map({ f.day > $0 }) ?? true { last = f.day }
        if let r = replied?.value, last.map({ r > $0 }) ?? true { last = r }
        return last
    }
}

/// A person card: details about someone, held once.
public struct PersonCard: Sendable {
    public var name: Located<String>?
    public var aliases: [String] = []
    /// Their title, company, ways to reach them, who introduced you, tags.
    public var details = ContactDetails()
    public var followUpAfter: Located<Int>?

    public init() {}
}

/// A front-matter key as written, with its normalized name and place.
public struct FieldKey: Hashable, Sendable, Codable {
    /// As written: `Thank-you`.
    public var raw: String
    /// Normalized: `thank_you`.
    public var name: String
    public var location: SourceLocation
}

/// One note file, as Lantern understands it.
public struct Note: Sendable {
    /// Relative to the notebook root, with `/`.
    public var path: String
    public var kind: NoteKind = .other
    /// Whether the file opens with front matter.
    public var hasFrontMatter = false
    /// The front matter's keys in order (duplicates kept), for `field-unknown`.
    public var keys: [FieldKey] = []
    /// `lint: {disable: [...]}`.
    public var lintDisable: [Located<String>] = []
    public var interview: Interview?
    public var person: PersonCard?
    public var body = Body()
    public var problems: [Problem] = []
    /// The file's line endings: `lf`, `crlf` or `mixed`.
    public var lineEndings = "lf"

    public init(path: String) { self.path = path }

    /// The contact details it writes: an interview note's, or a person card's.
    public var details: ContactDetails? { interview?.details ?? person?.details }

    /// The file name without folders or extension: what `[[wikilinks]]` name.
    public var baseName: String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = file.lastIndex(of: "."), dot != file.startIndex { return String(file[..<dot]) }
        return file
    }

    /// Rules turned off for this file, by front matter and by inline comments.
    /// `"*"` stands for every domain rule (a bare `<!-- lantern-disable -->`).
    public var disabledRules: Set<String> {
        var ids = Set(lintDisable.map(\.value))
        for d in body.disables { ids.formUnion(d.rules.isEmpty ? ["*"] : d.rules) }
        return ids
    }
}
