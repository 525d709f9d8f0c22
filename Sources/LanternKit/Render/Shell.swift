/// Quoting for the commands Lantern prints as advice.
public enum Shell {
    /// `word` as a POSIX shell reads it back: bare when it is plain (letters in any script,
    /// digits and `_./@%+=:,-`), else in single quotes, else (when it holds a `'`) with a
    /// backslash before each other character. Never in double quotes, so a command fits inside
    /// the double quotes of a message: run "lantern log 'sam lee' thank-you".
    public static func quote(_ word: String) -> String {
        func plain(_ c: Character) -> Bool { c.isLetter || c.isNumber || "_./@%+=:,-".contains(c) }
        // Most words are ASCII: read byte by byte, where letters and digits are the ASCII ones.
        if !word.isEmpty, word.utf8.allSatisfy(Shell.plainASCII) { return word }
        if !word.isEmpty, word.allSatisfy(plain) { return word }
        if !word.contains("'") { return "'\(word)'" }
        return word.map { plain($0) ? String($0) : "\\" + String($0) }.joined()
    }

    /// Whether a byte is an ASCII letter, digit or one of `_./@%+=:,-`.
    private static func plainASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "@"), UInt8(ascii: "%"), UInt8(ascii: "+"),
            UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "-"):
            return true
        default: return false
        }
    }
}
