import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// `lantern person`: one person across their notes and card, against golden files.
@Suite struct PersonReportTests {
    func output(_ query: String, today: String = "2026-11-22") throws -> PersonOutput {
        let nb = try loadExample(today: today)
        let found = nb.lookup.people(matching: query)
        try #require(found.count == 1, "\(query) finds \(found.count) people")
        return PersonOutput(report: PersonReport(person: nb.people[found[0]], in: nb))
    }

    @Test(arguments: ["maria", "jane", "priya", "dev patel"])
    func goldenFiles(_ query: String) throws {
        let out = try output(query)
        let name = query.replacingOccurrences(of: " ", with: "-")
        try expectGolden(out.text(style: TextStyle(color: false)), "person/\(name).txt")
        try expectGolden(out.markdown(), "person/\(name).md")
        try expectGolden(out.json(), "person/\(name).json")
    }

    @Test func theTimelineIsInDayOrderAndTheOwedInListOrder() throws {
        let report = try output("maria").report
        #expect(report.timeline.map(\.day) == report.timeline.map(\.day).sorted())
        #expect(report.status == "done" && report.currentNote == "interviews/2026-11-18-maria-gonzalez-coffee.md")
        #expect(report.card == "people/maria-gonzalez.md")
        // A referral she gave concerns the person referred, not her.
        #expect(!report.owed.contains { $0.kind == "referral" })
        #expect(report.owed.contains { $0.kind == "follow-up" && $0.clear == "lantern log maria follow-up" })
        // Dev Patel has no note: the referral is owed to him, with a command that starts one.
        let dev = try output("dev").report
        #expect(dev.status == nil && dev.owed.map(\.clear) == ["lantern new 'Dev Patel' --introduced-by 'María González' --email dev.patel@northwind.example"])
        #expect(dev.timeline.map(\.kind) == ["referred-by"])
    }
}
