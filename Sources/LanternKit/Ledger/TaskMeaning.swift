/// Which obligation a task of the user's stands for, read from its words: one place, so that the
/// ledger (which merges the task into the obligation) and `lantern log` (which ticks it) agree.
enum TaskMeaning {
    /// The first word of a person's name as tasks name them ("Tell María how it went" → `maria`).
    static func firstName(_ name: String) -> String {
        Identity.key(Wikilink.whole(name) ?? name).split(separator: " ").first.map(String.init) ?? ""
    }

    /// Whether a task's words name someone by their first name (an identity key).
    static func names(_ task: Task, _ first: String) -> Bool {
        !first.isEmpty && Identity.key(task.text).split(whereSeparator: { !$0.isLetter }).contains { $0 == first }
    }

    /// What the task stands for: news for the introducer (it names them), a thank-you, a
    /// follow-up, or nothing but itself.
    static func obligation(of task: Task, introducerFirst: String) -> Obligation.Kind? {
        if names(task, introducerFirst) { return .updateIntroducer }
        let words = Identity.key(task.text)
        if words.containsBytes("thank") { return .thankYou }
        if Task.followUpWords.contains(where: { words.containsBytes($0) }) { return .followUp }
        return nil
    }
}
