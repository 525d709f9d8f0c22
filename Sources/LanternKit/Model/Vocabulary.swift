/// Where a person stands in the pipeline (docs/format.md, "Pipeline status").
public enum Status: String, CaseIterable, Sendable, Codable, Comparable {
    case prospect, contacted, scheduled, done, declined, dropped

    /// `declined` and `dropped` end the pipeline: nothing more is due.
    public var isClosed: Bool { self == .declined || self == .dropped }

    /// Still in play: prospects, contacted people and scheduled meetings.
    public var isOpen: Bool { self == .prospect || self == .contacted || self == .scheduled }

    public static func < (a: Status, b: Status) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How a meeting happens.
public enum Medium: String, CaseIterable, Sendable, Codable {
    case phone, video, coffee, office, other
}

/// How an attempt or a follow-up was sent.
public enum Channel: String, CaseIterable, Sendable, Codable {
    case email, phone, linkedin, message
    case inPerson = "in-person"
    case other

    /// Reads `email`, `Email`, `in person`, `in_person`, `in-person`.
    public init?(word: String) {
        if let exact = Channel(rawValue: word) {
            self = exact
            return
        }
        let w = word.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        self.init(rawValue: w)
    }
}

/// The three kinds of note (docs/format.md, "The notebook").
public enum NoteKind: String, Sendable, Codable {
    case interview, person, other
}

/// How much a finding matters.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case note, warning, error

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A rule's configured level: a severity, or off.
public enum RuleLevel: Hashable, Sendable {
    case off
    case on(Severity)

    /// Reads `off`, `note`, `warning`, `error`.
    public init?(word: String) {
        switch word.lowercased() {
        case "off", "false", "none": self = .off
        default:
            guard let s = Severity(rawValue: word.lowercased()) else { return nil }
            self = .on(s)
        }
    }
}
