/// ` (did you mean WORD?)` when `word` is within two edits of one of `candidates` (the closest),
/// else nothing: for every "unknown value" message, from a note or from the command line.
public func didYouMean(_ word: String, among candidates: [String]) -> String {
    closest(word.trimmingBlanks(), in: candidates).map { " (did you mean \($0)?)" } ?? ""
}
