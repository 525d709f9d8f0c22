import Testing
@testable import LanternKit
import LanternTestSupport

/// Shell completion's candidates: each starts with what was typed, whatever its case or accents.
@Suite struct CompletionCandidatesTests {
    @Test func eachCandidateStartsWithWhatWasTyped() {
        let names = ["José Núñez", "Jane Doe", "jane doe", "Zoë Laurent", "Sam O'Connor"]
        #expect(CompletionCandidates.completing("", from: names) == ["Jane Doe", "José Núñez", "Sam O'Connor", "Zoë Laurent"])
        #expect(CompletionCandidates.completing("J", from: names) == ["Jane Doe", "José Núñez"])
        #expect(CompletionCandidates.completing("jo", from: names) == ["jose nunez"])
        #expect(CompletionCandidates.completing("JOSE N", from: names) == ["JOSE Nunez"])
        #expect(CompletionCandidates.completing("zoe", from: names) == ["zoe laurent"])
        #expect(CompletionCandidates.completing("Doe", from: names).isEmpty, "only from the start of the name")
        for typed in ["", "j", "Ja", "jos", "sam o'"] {
            #expect(CompletionCandidates.completing(typed, from: names).allSatisfy { $0.hasPrefix(typed) }, "\(typed)")
        }
    }

    @Test func whatEachArgumentIsOffered() throws {
        let nb = try notebook([
            "interviews/a.md": "---\ncontact: Ann Lee\ncompany: Globex\ntags: [fintech/payments]\nintroduced_by: Bo Chan\n---\n## Referrals\n- Cy Dee\n",
            "people/bo.md": "---\ntype: person\nname: Bo Chan\naliases: [Bobby]\ncompany: Initech\n---\n",
        ])
        #expect(CompletionCandidates.people(in: nb, typed: "") == ["Ann Lee"])
        #expect(CompletionCandidates.people(in: nb, typed: "", cards: true) == ["Ann Lee", "Bo Chan"])
        #expect(CompletionCandidates.people(in: nb, typed: "", everyone: true) == ["Ann Lee", "Bo Chan", "Cy Dee"])
        #expect(CompletionCandidates.people(in: nb, typed: "Bobb", everyone: true) == ["Bobby"], "an alias when the name does not fit")
        #expect(CompletionCandidates.introducers(in: nb, typed: "") == ["Bo Chan"])
        #expect(CompletionCandidates.companies(in: nb, typed: "") == ["Globex", "Initech"])
        #expect(CompletionCandidates.tags(in: nb, typed: "fin") == ["fintech/payments"])
        #expect(CompletionCandidates.notePaths(in: nb, typed: "interviews/", from: "/notebook") == ["interviews/a.md"])
        #expect(CompletionCandidates.notePaths(in: nb, typed: "./", from: "/notebook/interviews") == ["./a.md"])
        #expect(CompletionCandidates.notePaths(in: nb, typed: "ann", from: "/notebook").isEmpty, "a name is no path")
        #expect(CompletionCandidates.notePaths(in: nb, typed: "people/", from: "/notebook", cards: true) == ["people/bo.md"])
    }
}
