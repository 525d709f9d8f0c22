/// Quoting for the commands Lantern prints as advice.
public enum Shell {
    /// `word` as a POSIX shell reads it back: bare when it is plain (letters in any script,
    /// digits and `_./@%+=:,-`), else in single quotes, else (when it holds a `'`) with a
    /// backslash before each other character. Never in double quotes, so a command fits inside
    /// the double quotes of a message: run "lantern log 'sam lee' thank-you".
    public static func quote(_ word: String) -> String {
        func plain(_ c: Character) -> Bool { c.isLetter || c.isNumber || "_./@%+=:,-".contains(c) }
        if !word.isEmpty, word.allSatisfy(plain) { return word }
        if !word.contains("'") { return "'\(word)'" }
        return word.map { plain($0) ? String($0) : "\\" + String($0) }.joined()
    }
}
