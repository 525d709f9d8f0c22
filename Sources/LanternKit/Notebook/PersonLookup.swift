/// Finds people from what a user typed: a name, a first or last name, an alias, the start of
/// each word ("jan do", "reed jr"), or part of a name — without case, accents or the marks inside
/// words (`oconnor` finds O'Connor, `reed jr` finds Thomas Reed, Jr.). Every command that takes a
/// person (`log`, `draft`, `show`, `person`, `followups --person`) finds them here, so that they
/// all find the same people.
public struct PersonLookup: Sendable {
    /// Loose keys of names and aliases → people (indices into `Notebook.people`).
    private let wholeNames: [String: [Int]]
    /// Each word of a name or alias → people.
    private let words: [String: [Int]]
    /// Each person's names and aliases as loose words, for the prefix and part-of-name searches.
    private let keys: [[[Substring]]]

    /// A name as the lookup compares it: its identity key, with each word kept to its letters and
    /// digits (`Sam O'Brien` → `sam obrien`, `Thomas Reed, Jr.` → `thomas reed jr`).
    public static func loose(_ name: String) -> String {
        Identity.key(name).split(separator: " ").map { word in String(word.filter { $0.isLetter || $0.isNumber }) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    init(people: [Person]) {
        var wholeNames: [String: [Int]] = [:]
        var words: [String: [Int]] = [:]
        var keys: [[[Substring]]] = []
        keys.reserveCapacity(people.count)
        for (index, person) in people.enumerated() {
            var mine: [String] = []
            for name in [person.name] + person.aliases {
                let key = PersonLookup.loose(name)
                guard !key.isEmpty, !mine.contains(key) else { continue }
                mine.append(key)
                wholeNames[key, default: []].append(index)
                for word in Set(key.split(separator: " ").map(String.init)) where words[word]?.last != index {
                    words[word, default: []].append(index)
                }
            }
            keys.append(mine.map { $0.split(separator: " ") })
        }
        self.wholeNames = wholeNames
        self.words = words
        self.keys = keys
    }

    /// The people `query` names, from the best kind of match that finds anyone: the whole name or
    /// an alias; then one word of it (a first or last name); then the start of words, in order
    /// ("jan do" → Jane Doe, "reed jr" → Thomas Reed, Jr.); then part of a name.
    public func people(matching query: String) -> [Int] {
        let key = PersonLookup.loose(query)
        guard !key.isEmpty else { return [] }
        if let found = wholeNames[key] { return found }
        if !key.contains(" "), let found = words[key] { return found }
        let queryWords = key.split(separator: " ")
        var prefixed: [Int] = [], partial: [Int] = []
        for (index, names) in keys.enumerated() {
            if names.contains(where: { PersonLookup.startsOfWords(queryWords, in: $0) }) {
                prefixed.append(index)
            } else if names.contains(where: { $0.joined(separator: " ").contains(key) }) {
                partial.append(index)
            }
        }
        return prefixed.isEmpty ? partial : prefixed
    }

    /// Whether each query word starts a word of the name, in the name's order.
    static func startsOfWords(_ query: [Substring], in name: [Substring]) -> Bool {
        var at = name.startIndex
        for word in query {
            guard let found = name[at...].firstIndex(where: { $0.hasPrefix(word) }) else { return false }
            at = name.index(after: found)
        }
        return true
    }

    /// The shortest thing to type that finds this person and nobody else: their first name, else
    /// their last name, else their whole name (as the lookup reads it).
    public func shortestQuery(for index: Int, name: String) -> String {
        let key = PersonLookup.loose(name)
        let parts = key.split(separator: " ").map(String.init)
        for word in [parts.first, parts.last].compactMap({ $0 }) {
            if let whole = wholeNames[word] {
                if whole == [index] { return word }
            } else if words[word] == [index] {
                return word
            }
        }
        return key.isEmpty ? Identity.key(name) : key
    }
}
