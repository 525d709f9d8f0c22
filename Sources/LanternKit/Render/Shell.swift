/// Quoting for the commands Lantern prints as advice.
public enum Shell {
    /// `word` as a shell reads it back: bare when it is plain, else in double quotes, else (when
    /// it holds `"`, `$`, a backquote, `\` or `!`) in single quotes.
    public static func quote(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "_./@%+=:,-".unicodeScalars.contains($0)
        }
        if plain { return word }
        if !word.contains(where: { "\"$`\\!".contains($0) }) { return "\"\(word)\"" }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
