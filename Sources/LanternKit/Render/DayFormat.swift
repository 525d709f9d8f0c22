/// Days as people read them on a page: "Mon 16 Nov", "Monday 16 November 2026".
extension Day {
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// `Mon 16 Nov`
    public var short: String {
        let p = parts
        return "\(Day.weekdayNames[isoWeekday - 1].prefix(3)) \(p.day) \(Day.monthNames[p.month - 1].prefix(3))"
    }

    /// `Monday 16 November 2026`
    public var long: String {
        let p = parts
        return "\(Day.weekdayNames[isoWeekday - 1]) \(p.day) \(Day.monthNames[p.month - 1]) \(p.year)"
    }
}
