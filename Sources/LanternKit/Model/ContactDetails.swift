/// Who someone is and how to reach them, as one note writes it: the fields an interview note and
/// a person card share (docs/format.md, "Interview fields" and "Person fields"). Read by one
/// function (`FieldReader.details` in `NoteReader`), written to JSON by one (its `Encodable`
/// conformance: the fields written, and `tags` always, as members of the note's `interview` or
/// `card` object, see `WithDetails`); the registry gathers them across a person's notes
/// (`Person.take(_:latestWins:)`).
public struct ContactDetails: Sendable, Encodable {
    /// `title:`, or `role:`.
    public var title: Located<String>?
    /// The name, also when written as a `[[wikilink]]`.
    public var company: Located<String>?
    /// As written, also when it is not a valid address (that is `value-invalid`, and kept).
    public var email: Located<String>?
    public var phone: Located<String>?
    public var linkedin: Located<String>?
    public var url: Located<String>?
    /// `introduced_by:`, or `referred_by:`: a name, or a `[[wikilink]]`'s target.
    public var introducedBy: Located<String>?
    /// Without a leading `#`, each once, in written order.
    public var tags: [String] = []

    public init() {}
}
