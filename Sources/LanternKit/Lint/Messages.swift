/// Every lint message's wording, in one place. Messages name the person and the dates and say
/// what to do.
enum Message {
    /// "three" for 3 (one to ten), else the digits: for limits said in words.
    static func spelled(_ n: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return words.indices.contains(n) ? words[n] : "\(n)"
    }

    /// "1 day", "2 days", "0 business days".
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    static func ago(_ day: Day, _ today: Day) -> String {
        let n = today.days(since: day)
        switch n {
        case 0: return "today"
        case 1: return "yesterday"
        case let n where n > 1: return "\(n) days ago"
        case -1: return "tomorrow"
        default: return "in \(-n) days"
        }
    }

    static func contactMissing() -> String {
        "this interview note names no contact: add \"contact: Their Name\" to the front matter"
    }

    static func fieldUnknown(_ key: String, suggestion: String?) -> String {
        if let suggestion { return "unknown field \"\(key)\": did you mean \"\(suggestion)\"? (or list it under extra_fields in lantern.yml)" }
        return "unknown field \"\(key)\": list it under extra_fields in lantern.yml if you mean to keep it"
    }

    static func meetingDateMissing(_ who: String, _ status: Status) -> String {
        "\(who) is \(status.rawValue) but the note has no meeting date: add \"date: YYYY-MM-DD HH:MM\""
    }

    static func dateInFuture(_ what: String, _ day: Day, _ today: Day) -> String {
        "\(what) is dated \(day), after today (\(today)): it records what happened, so use the day it happened"
    }

    static func datesOutOfOrder(_ later: String, _ laterDay: Day, _ earlier: String, _ earlierDay: Day) -> String {
        "\(later) (\(laterDay)) comes before \(earlier) (\(earlierDay)): check both dates"
    }

    static func thankYouMissing(_ who: String, met: Day, today: Day, command: String) -> String {
        "no thank-you note recorded for \(who), met \(met) (\(ago(met, today))): send one, then run \"\(command)\""
    }

    static func thankYouLate(_ who: String, met: Day, sent: Day, within: Int) -> String {
        "the thank-you to \(who) went out \(sent), \(count(sent.days(since: met), "day")) after meeting on \(met) (aim for \(count(within, "day"))): next time, send it the same day"
    }

    static func followUpOverdue(_ who: String, due: Day, today: Day, command: String) -> String {
        "a follow-up with \(who) was due \(due) (\(ago(due, today))): send a short note (an article, news, thanks again), then run \"\(command)\""
    }

    static func introducerNotUpdated(_ introducer: String, _ who: String, met: Day, command: String) -> String {
        "\(introducer) introduced you to \(who) (met \(met)) and nothing since is recorded with \(introducer): tell them how it went, then run \"\(command)\""
    }

    static func attemptsExhausted(_ who: String, attempts: Int, last: Day, command: String) -> String {
        "\(count(attempts, "attempt")) and no reply from \(who) (last on \(last)): take them off your list with \"\(command)\""
    }

    static func attemptAfterLimit(_ who: String, number: Int, max: Int, command: String) -> String {
        "attempt \(number) to reach \(who), past the limit of \(max) without a reply: more is harassment; stop here and take them off your list with \"\(command)\""
    }

    static func attemptTooSoon(_ who: String, day: Day, previous: Day, businessDays: Int, wait: Int) -> String {
        "the attempt on \(day) came \(count(businessDays, "business day")) after the one on \(previous): wait \(count(wait, "business day")) between attempts to \(who)"
    }

    static func prepResearchMissing(_ who: String, meeting: Day, today: Day) -> String {
        "you meet \(who) \(ago(meeting, today)) (\(meeting)) and the note has no research: add a few lines under \"## Research\""
    }

    static func prepQuestionsMissing(_ who: String, meeting: Day, today: Day, have: Int, want: Int) -> String {
        "you meet \(who) \(ago(meeting, today)) (\(meeting)) with \(count(have, "question")) ready: list at least \(want) under \"## Questions\""
    }

    static func durationTooLong(_ minutes: Int, max: Int) -> String {
        "\(minutes) minutes is more than the \(max) to ask for: keep informational interviews short"
    }

    static func referralsMissing(_ who: String) -> String {
        "no referrals recorded from \(who): ask who else you should talk to, and note the answer under \"## Referrals\" (\"None\" is an answer)"
    }

    static func statusStale(_ who: String, meeting: Day, status: Status, command: String) -> String {
        "the meeting with \(who) was on \(meeting) but the status still says \(status.rawValue): if you met, run \"\(command)\"; if not, set the new date"
    }

    static func actionOverdue(_ task: String, due: Day, today: Day) -> String {
        "\"\(task)\" was due \(due) (\(ago(due, today))): do it and tick it, or move its date"
    }

    static func jobAsk(_ word: String) -> String {
        "the outreach mentions \"\(word)\": an informational interview is not a job request; ask about their work instead"
    }

    static func contactConflict(_ who: String, what: String, value: String, other: String, otherPath: String) -> String {
        "\(who) has \(what) \(value) here but \(other) in \(otherPath): keep one, or put both on a person card"
    }

    static func duplicatePipeline(_ who: String, otherPath: String, status: Status) -> String {
        "\(who) is already in your pipeline in \(otherPath) (\(status.rawValue)): keep one open note per person"
    }
}
