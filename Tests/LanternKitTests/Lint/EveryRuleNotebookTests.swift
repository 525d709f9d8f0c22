import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// A notebook in which every rule fires exactly once, judged on 2026-11-22.
@Suite struct EveryRuleNotebookTests {
    static let notes: [String: String] = [
        "b-front-matter.md": "---\ncontact: [\n---\n",
        "c-contact-missing.md": "---\ntype: interview\n---\n",
        "d-date-invalid.md": "---\ncontact: D Person\nreplied: soon\n---\n",
        "e-value-invalid.md": "---\ncontact: E Person\nmedium: pigeon\n---\n",
        "f-field-unknown.md": "---\ncontact: F Person\ncompnay: Acme\n---\n",
        "g-meeting-date.md": "---\ncontact: G Person\nstatus: done\n---\n",
        "h-future.md": "---\ncontact: H Person\nattempts: [2026-11-30 email]\n---\n",
        "i-out-of-order.md": "---\ncontact: I Person\nattempts: [2026-11-10 email]\nreplied: 2026-11-09\n---\n",
        "j-thank-you-missing.md": "---\ncontact: J Person\ndate: 2026-11-19\n---\n## Referrals\nNone\n",
        "k-thank-you-late.md": "---\ncontact: K Person\ndate: 2026-11-10\nthank_you: 2026-11-14\n---\n## Referrals\nNone\n",
        "l-follow-up-overdue.md": "---\ncontact: L Person\ndate: 2026-08-01\nthank_you: 2026-08-01\n---\n## Referrals\nNone\n",
        "m-introducer.md": "---\ncontact: M Person\nintroduced_by: L Person\ndate: 2026-11-02\nthank_you: 2026-11-02\n---\n## Referrals\nNone\n",
        "n-exhausted.md": "---\ncontact: N Person\nattempts:\n  - 2026-10-20 email\n  - 2026-10-30 email\n  - 2026-11-10 email\n---\n",
        "o-after-limit.md":
            "---\ncontact: O Person\nlint: {disable: [attempts-exhausted]}\nattempts: [2026-09-01 email, 2026-09-14 email, 2026-09-24 email, 2026-10-05 phone]\n---\n",
        "p-too-soon.md": "---\ncontact: P Person\nattempts: [2026-11-16 email, 2026-11-17 email]\n---\n",
        "q-prep-research.md": "---\ncontact: Q Person\ndate: 2026-11-23\n---\n## Questions\n- a?\n- b?\n- c?\n",
        "r-prep-questions.md": "---\ncontact: R Person\ndate: 2026-11-23\n---\n## Research\nThey make anvils.\n",
        "s-duration.md": "---\ncontact: S Person\nduration: 2h\n---\n",
        "t-referrals-missing.md": "---\ncontact: T Person\ndate: 2026-11-20\nthank_you: 2026-11-20\n---\n",
        "u-stale.md": "---\ncontact: U Person\nstatus: scheduled\ndate: 2026-11-21\n---\n",
        "v-action.md": "---\ncontact: V Person\n---\n- [ ] Send the deck 📅 2026-11-01\n",
        "w-task-date.md": "---\ncontact: W Person\n---\n- [ ] Send the deck 📅 2026-11-31\n",
        "x-job-ask.md": "---\ncontact: X Person\n---\n## Outreach\nAre there any openings on your team?\n",
        "y1-conflict.md": "---\ncontact: Y Person\nemail: y@one.example\nstatus: declined\n---\n",
        "y2-conflict.md": "---\ncontact: Y Person\nemail: y@two.example\nstatus: declined\n---\n",
        "z1-duplicate.md": "---\ncontact: Z Person\n---\n",
        "z2-duplicate.md": "---\ncontact: Z Person\n---\n",
        "zz-other.md": "# An other note\n\nSee [[L Person]]. Any openings? - [ ] old 📅 2020-01-01\n",
    ]

    @Test func everyRuleFiresExactlyOnce() throws {
        let root = temporaryFolder()
        write(Self.notes, in: root)
        try Data("# binary \u{0} file".utf8).write(to: URL(fileURLWithPath: root + "/a-unreadable.md"))
        let nb = try Loader.load(NotebookLocation.find(paths: [root], configFile: nil), today: day("2026-11-22"))
        let result = Linter().run(nb)
        var counts: [String: Int] = [:]
        for d in result.diagnostics { counts[d.rule, default: 0] += 1 }
        for rule in allRules {
            #expect(counts[rule.id] == 1, "\(rule.id) fired \(counts[rule.id] ?? 0) times: \(result.diagnostics.filter { $0.rule == rule.id })")
        }
        #expect(result.diagnostics.count == 26)
        #expect(result.files == 29)
    }
}
