import Foundation

/// Which obligation a task of the user's stands for, read from its words: one place, so that the
/// ledger (which merges the task into the obligation) and `lantern log` (which ticks it) agree.
enum TaskMeaning {
    /// The first word of a person's name as tasks name them ("Tell María how it went" → `maria`).
    static func firstName(_ name: String) -> String {
        Identity.key(Wikilink.whole(name) ?? name).split(separator: " ").first.map(String.init) ?? ""
    }

    /// Whether a task's words name someone by their first name (an identity key).
    static func names(_ task: Task, _ first: String) -> Bool {
        !first.isEmpty && words(of: Identity.key(task.text), include: first)
    }

    /// Whether `first` is one of the words of `key` (an identity key), words being runs of
    /// letters. An all-ASCII key (most tasks) is read byte by byte, where a letter is A to Z in
    /// either case, as `Character.isLetter` says there; any other key Character by Character.
    static func words(of key: String, include first: String) -> Bool {
        var key = key
        var first = first
        let ascii = key.withUTF8 { text in
            first.withUTF8 { word -> Bool? in
                func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
                var found = false
                var start = 0
                while start < text.count {
                    guard text[start] < 0x80 else { return nil }
                    guard isLetter(text[start]) else {
                        start += 1
                        continue
                    }
                    var end = start
                    while end < text.count, text[end] < 0x80, isLetter(text[end]) { end += 1 }
                    if !found, end - start == word.count, memcmp(text.baseAddress! + start, word.baseAddress!, word.count) == 0 { found = true }
                    start = end
                }
                return found
            }
        }
        if let ascii { return ascii }
        return key.split(whereSeparator: { !$0.isLetter }).contains { $0 == first }
    }

    /// What the task stands for: news for the introducer (it names them), a thank-you, a
    /// follow-up, or nothing but itself.
    static func obligation(of task: Task, introducerFirst: String) -> Obligation.Kind? {
        obligation(ofWords: Identity.key(task.text), introducerFirst: introducerFirst)
    }

    /// `obligation(of:introducerFirst:)` for a task whose words (`Identity.key` of its text) are
    /// worked out already.
    static func obligation(ofWords words: String, introducerFirst: String) -> Obligation.Kind? {
        if !introducerFirst.isEmpty, self.words(of: words, include: introducerFirst) { return .updateIntroducer }
        if words.containsBytes("thank") { return .thankYou }
        if Task.followUpWords.contains(where: { words.containsBytes($0) }) { return .followUp }
        return nil
    }
}

/// The first names of a notebook's people (`TaskMeaning.firstName` of each display name), worked
/// out once per person for a whole ledger: what a task names an introducer by. Keying a name with
/// accents goes through Foundation's folding, and every note with an introducer asked for one.
struct FirstNames: Sendable {
    /// By position in `Notebook.people`; empty when not worked out (then each is worked out when asked).
    private let byPerson: [String]

    /// Every person's, worked out on every core.
    init(of notebook: Notebook) {
        let people = notebook.people
        byPerson = concurrentMap(people.count) { TaskMeaning.firstName(people[$0].name) }
    }

    /// None worked out ahead (an edit's ledger asks for a few).
    init() { byPerson = [] }

    /// `TaskMeaning.firstName` of the display name of the person `name` refers to, else of `name`.
    func of(_ name: String, in notebook: Notebook) -> String {
        guard let index = notebook.personIndex(named: name) else { return TaskMeaning.firstName(name) }
        return index < byPerson.count ? byPerson[index] : TaskMeaning.firstName(notebook.people[index].name)
    }
}
