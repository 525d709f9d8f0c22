struct ReferralsMissing: Rule {
    static let id = "referrals-missing"
    static let severity = Severity.note
    static let summary = "A held interview has no referrals section (an empty one, or one saying \"none\", counts as asked)."
    static let triggering = [Example("---\ncontact: Jane\ndate: 2026-11-19\nthank_you: 2026-11-19\n---\n## Notes\nGreat chat.\n", line: 3)]
    static let nonTriggering = [
        Example("---\ncontact: Jane\ndate: 2026-11-19\nthank_you: 2026-11-19\n---\n## Who else\nNone for now.\n"),
        Example("---\ncontact: Jane\ndate: 2026-11-19\nthank_you: 2026-11-19\n---\n## Leads\n- Sam\n", config: "sections:\n  referrals: [Leads]\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, i.isHeld(on: context.today), note.body.section(.referrals) == nil,
            let meeting = i.meeting
        else { return [] }
        return [Finding(at: meeting.location, Message.referralsMissing(context.name(i)), contact: context.name(i))]
    }
}
