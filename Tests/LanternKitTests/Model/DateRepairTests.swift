import Testing
@testable import LanternKit
import LanternTestSupport

/// The quick fix for `date-invalid`: a date with one reading only, written as docs/format.md wants.
@Suite struct DateRepairTests {
    @Test(arguments: [
        ("2026-10-3", "2026-10-03"), ("2026/10/03", "2026-10-03"), ("2026.10.3", "2026-10-03"), ("\"2026-1-9\"", "2026-01-09"),
        ("2026-10-03 9:30", "2026-10-03 09:30"), ("2026-10-3T14:05", "2026-10-03 14:05"),
        ("3 Oct 2026", "2026-10-03"), ("October 3, 2026", "2026-10-03"), ("2026 oct 3", "2026-10-03"),
        ("25/10/2026", "2026-10-25"), ("10/25/2026", "2026-10-25"), ("7/7/2026", "2026-07-07"),
    ])
    func oneReading(_ written: String, _ fixed: String) {
        #expect(DateRepair.normalized(written) == fixed)
    }

    @Test(arguments: ["10/03/2026", "2026-02-30", "2026-13-01", "next week", "3 Oct", "2026-10-03 25:00", "10/03/26", "0/0/2026", ""])
    func noGuess(_ written: String) {
        #expect(DateRepair.normalized(written) == nil)
    }
}
