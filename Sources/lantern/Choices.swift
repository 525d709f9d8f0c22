import ArgumentParser
import Foundation
import LanternKit

/// Reads one word of a fixed list from the command line (`--status`, `--via`, `--owes`…). An
/// unknown word is refused (exit 2) with the closest one suggested and the list, so that
/// `--status schedled` answers "did you mean scheduled?".
func choice<Value: CaseIterable & RawRepresentable & Sendable>(
    _ read: @escaping @Sendable (String) -> Value? = { Value(rawValue: $0) }
) -> @Sendable (String) throws -> Value where Value.RawValue == String {
    { word in
        if let value = read(word) { return value }
        throw UnknownWord(word: word, allowed: Value.allCases.map(\.rawValue))
    }
}

/// The words of a fixed list, for shell completion of an option read with `choice`.
func words<Value: CaseIterable & RawRepresentable>(_: Value.Type) -> CompletionKind where Value.RawValue == String {
    .list(Value.allCases.map(\.rawValue))
}

/// A word that is not in its list; ArgumentParser prints it after "The value … is invalid for …:".
struct UnknownWord: Error, CustomStringConvertible {
    var word: String
    var allowed: [String]

    var description: String {
        let list = allowed.count <= 1 ? allowed.joined() : allowed.dropLast().joined(separator: ", ") + " or " + allowed.last!
        guard let near = closest(word.trimmingCharacters(in: .whitespaces), in: allowed) else { return "use \(list)" }
        return "did you mean \(near)? Use \(list)"
    }
}
