/// A place in a note: 1-based line and column of the whole file (front matter included), columns
/// counted in Unicode code points.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// Where the thing found there ends, when that is known (a task's text): its last line, and
    /// the column just after its last character. Not part of the encoded place.
    public var endLine: Int?
    public var endColumn: Int?

    public init(line: Int, column: Int = 1, endLine: Int? = nil, endColumn: Int? = nil) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    private enum CodingKeys: String, CodingKey { case line, column }

    public static let top = SourceLocation(line: 1, column: 1)

    public var description: String { "\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A value read from a note, with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public var line: Int { location.line }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

extension Located: Encodable where Value: Encodable {
    private enum CodingKeys: String, CodingKey { case value, line, column }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(location.line, forKey: .line)
        try c.encode(location.column, forKey: .column)
    }
}
