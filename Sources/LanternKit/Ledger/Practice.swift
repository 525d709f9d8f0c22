/// The practice's arithmetic: every deadline and window Lantern judges by, in one place.
///
/// The ledger builds obligations from these; lint rules, the follow-up list, the weekly page, the
/// index and the calendar read the ledger. Nothing else adds days to a date to decide what is owed.
public struct Practice: Sendable {
    public let config: Config
    public let today: Day

    public init(config: Config, today: Day) {
        self.config = config
        self.today = today
    }

    /// A thank-you is due `thank_you_within` days after the meeting day.
    public func thankYouDue(met: Day) -> Day { met.adding(days: config.thankYouWithin) }

    /// Whether a thank-you sent on `sent` was late for a meeting on `met`.
    public func thankYouWasLate(sent: Day, met: Day) -> Bool { sent > thankYouDue(met: met) }

    /// The next attempt (or dropping them) is due `nudge_after` business days after the last.
    public func nudgeDue(lastAttempt: Day) -> Day { lastAttempt.adding(businessDays: config.nudgeAfter) }

    /// Whether an attempt on `day` came too soon after the one on `previous`: the business days
    /// between them, when fewer than `nudge_after`.
    public func attemptTooSoon(_ day: Day, after previous: Day) -> Int? {
        let gap = day.businessDays(since: previous)
        return gap < config.nudgeAfter ? gap : nil
    }

    /// Whether `count` unanswered attempts reach the limit.
    public func attemptsExhausted(_ count: Int) -> Bool { count >= config.maxAttempts }

    /// The next keep-in-touch note is due `cadence` days after the last interaction.
    public func followUpDue(lastInteraction: Day, cadence: Int) -> Day { lastInteraction.adding(days: cadence) }

    /// The introducer should hear how it went within a week of the meeting.
    public func introducerDue(met: Day) -> Day { met.adding(days: 7) }

    /// After a reply, a time should be set within two business days, while the conversation is warm.
    public func scheduleDue(replied: Day) -> Day { replied.adding(businessDays: 2) }

    /// A referral should be reached within a week of the meeting they were given in.
    public func referralDue(given: Day) -> Day { given.adding(days: 7) }

    /// A meeting whose day passed while the note still says it is ahead: asked about the next day.
    public func confirmationDue(meeting: Day) -> Day { meeting.adding(days: 1) }

    /// Whether a meeting on `day` is close enough that research and questions should be ready.
    public func inPrepWindow(_ day: Day) -> Bool { day >= today && day <= today.adding(days: config.prepWindow) }

    /// How far ahead the follow-up list and the weekly page show meetings (the calendar shows all).
    public static let meetingHorizon = 7

    /// Whether a meeting on `day` is within the list's horizon (today … today + 7).
    public func isComingUp(_ day: Day) -> Bool { day >= today && day <= today.adding(days: Practice.meetingHorizon) }
}
