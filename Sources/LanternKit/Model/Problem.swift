/// Something wrong found while loading a note, before any lint rule runs: the note is still
/// loaded as far as it could be, and the problem becomes a diagnostic of the rule it names.
public struct Problem: Hashable, Sendable, Codable {
    /// The id of the rule that reports it: one of the `LoadProblemRule`s (`FileUnreadable.id`,
    /// `FrontMatterInvalid.id`, `DateInvalid.id`, `ValueInvalid.id`, `TaskDateInvalid.id`).
    public var rule: String
    public var location: SourceLocation
    public var message: String

    public init(_ rule: String, at location: SourceLocation, _ message: String) {
        self.rule = rule
        self.location = location
        self.message = message
    }
}

extension Problem {
    static func fileUnreadable(_ why: String) -> Problem {
        Problem(FileUnreadable.id, at: .top, "cannot read this note: \(why)")
    }

    static func dateInvalid(_ key: String, _ value: String, at location: SourceLocation) -> Problem {
        Problem(
            DateInvalid.id, at: location,
            "\(key): \"\(value)\" is not a date; write \(DateTime.acceptedForms)")
    }

    static func valueInvalid(_ key: String, _ value: String, expected: String, at location: SourceLocation) -> Problem {
        Problem(ValueInvalid.id, at: location, "\(key): \"\(value)\" is not valid; expected \(expected)")
    }

    /// A value outside a fixed list (`status`, `medium`, `via`): the closest suggested, then the list.
    static func valueNotListed(_ key: String, _ value: String, allowed: [String], at location: SourceLocation) -> Problem {
        Problem(
            ValueInvalid.id, at: location,
            "\(key): \"\(value)\" is not valid\(didYouMean(value, among: allowed)); expected \(allowed.joined(separator: ", "))")
    }
}
