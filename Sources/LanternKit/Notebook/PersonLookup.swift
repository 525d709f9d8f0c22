/// Finds people from what a user typed: a name, a first or last name, an alias, the start of
/// each word ("jan do"), or part of a name — without case or accents. Every command that takes a
/// person (`log`, `draft`, `show`, `person`, `followups --person`) finds them here, so that they
/// all find the same people.
public struct PersonLookup: Sendable {
    /// Identity keys of names and aliases → people (indices into `Notebook.people`).
    private let wholeNames: [String: [Int]]
    /// Each word of a name or alias → people.
    private let words: [String: [Int]]
    /// Each person's name and alias keys, for the prefix and part-of-name searches.
    private let keys: [[String]]

    init(people: [Person]) {
        var wholeNames: [String: [Int]] = [:]
        var words: [String: [Int]] = [:]
        var keys: [[String]] = []
        keys.reserveCapacity(people.count)
        for (index, person) in people.enumerated() {
            var mine: [String] = []
            for name in [person.name] + person.aliases {
                let key = Identity.key(name)
                guard !key.isEmpty, !mine.contains(key) else { continue }
                mine.append(key)
                wholeNames[key, default: []].append(index)
                for word in Set(key.split(separator: " ").map(String.init)) where words[word]?.last != index {
                    words[word, default: []].append(index)
                }
            }
            keys.append(mine)
        }
        self.wholeNames = wholeNames
        self.words = words
        self.keys = keys
    }

    /// The people `query` names, from the best kind of match that finds anyone: the whole name or
    /// an alias; then one word of it (a first or last name); then the start of each word in
    /// order ("jan do" → Jane Doe); then part of a name.
    public func people(matching query: String) -> [Int] {
        let key = Identity.key(query)
        guard !key.isEmpty else { return [] }
        if let found = wholeNames[key] { return found }
        if !key.contains(" "), let found = words[key] { return found }
        let queryWords = key.split(separator: " ")
        var prefixed: [Int] = [], partial: [Int] = []
        for (index, names) in keys.enumerated() {
            if names.contains(where: { name in
                let parts = name.split(separator: " ")
                return parts.count >= queryWords.count && zip(parts, queryWords).allSatisfy { $0.hasPrefix($1) }
            }) {
                prefixed.append(index)
            } else if names.contains(where: { $0.contains(key) }) {
                partial.append(index)
            }
        }
        return prefixed.isEmpty ? partial : prefixed
    }

    /// The shortest thing to type that finds this person and nobody else: their first name, else
    /// their last name, else their whole name (as an identity key).
    public func shortestQuery(for index: Int, name: String) -> String {
        let key = Identity.key(name)
        let parts = key.split(separator: " ").map(String.init)
        for word in [parts.first, parts.last].compactMap({ $0 }) {
            if let whole = wholeNames[word] {
                if whole == [index] { return word }
            } else if words[word] == [index] {
                return word
            }
        }
        return key
    }
}
