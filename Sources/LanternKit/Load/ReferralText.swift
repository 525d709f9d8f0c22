import Foundation

/// One item of a referrals section: who, and how to reach them.
enum ReferralText {
    /// Separators that end a referral's name when there is no wikilink.
    static let separators = [" — ", " – ", " - ", ",", "(", ":", " at "]
    /// Items that say nobody was suggested.
    static let nobody = ["none", "nobody", "no one", "noone", "n/a", "nothing", "no referrals", "no names"]

    /// Whether an item says that nobody was suggested ("None — come back later", "Nobody new").
    static func saysNobody(_ text: String) -> Bool {
        let trim = { (c: Character) in (c.isWhitespace && !c.isNewline) || "*_-—–.".contains(c) }
        // Every word for "nobody" starts with an n: most names are over at their first letter.
        if let first = text.first(where: { !trim($0) }), first != "n", first != "N" { return false }
        let t = text.lowercased().trimmed(trim)
        if t.isEmpty { return true }
        return nobody.contains { word in
            t == word || (t.hasPrefix(word) && !(t.dropFirst(word.count).first?.isLetter ?? false))
        }
    }

    static func parse(firstParagraph: String, wholeItem: String, links: [String], at location: SourceLocation) -> Referral? {
        let text = firstParagraph
        if saysNobody(text) { return nil }
        var name: String
        var isWikilink = false
        if let target = Wikilink.targets(in: text).first {
            name = target
            isWikilink = true
        } else {
            var end = text.endIndex
            for sep in separators {
                if let r = text.byteRange(of: sep, ignoringCase: sep == " at "), r.lowerBound < end {
                    end = r.lowerBound
                }
            }
            name = String(text[..<end])
        }
        name = name.trimmed { ($0.isWhitespace && !$0.isNewline) || "*_`\"'".contains($0) }
        guard !name.isEmpty, !saysNobody(name), !name.utf8.contains(UInt8(ascii: "@")) || isWikilink else { return nil }
        var emails: [String] = []
        var urls: [String] = []
        for link in links {
            if link.lowercased().hasPrefix("mailto:") {
                let address = String(link.dropFirst(7)).components(separatedBy: "?")[0]
                if !emails.contains(address) { emails.append(address) }
            } else if !urls.contains(link) {
                urls.append(link)
            }
        }
        for email in bareEmails(in: wholeItem) where !emails.contains(email) { emails.append(email) }
        for url in bareURLs(in: wholeItem) where !urls.contains(url) { urls.append(url) }
        return Referral(
            name: name, isWikilink: isWikilink, text: text, emails: emails,
            phones: phones(in: wholeItem), urls: urls, location: location)
    }

    /// `text` split at whitespace and at the ASCII `separators`, empty pieces left out; byte by
    /// byte when the text is ASCII (where bytes are characters and whitespace is the six ASCII
    /// blanks), by characters otherwise.
    static func words(of text: String, splitAt separators: String) -> [Substring] {
        guard text.isASCIIOnly else {
            return text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) })
        }
        var isSeparator = [Bool](repeating: false, count: 128)
        for b in separators.utf8 { isSeparator[Int(b)] = true }
        for b in [9, 10, 11, 12, 13, 32] { isSeparator[b] = true }
        var out: [Substring] = []
        let u = text.utf8
        var start = u.startIndex
        var i = u.startIndex
        while i < u.endIndex {
            if isSeparator[Int(u[i])] {
                if start < i { out.append(text[start..<i]) }
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        if start < u.endIndex { out.append(text[start...]) }
        return out
    }

    static func bareEmails(in text: String) -> [String] {
        var out: [String] = []
        guard text.utf8.contains(UInt8(ascii: "@")) else { return out }
        for word in words(of: text, splitAt: "<>()[],;\"'") where word.utf8.contains(UInt8(ascii: "@")) {
            var w = word
            if let m = w.utf8.first, m == UInt8(ascii: "m") || m == UInt8(ascii: "M"), w.lowercased().hasPrefix("mailto:") { w = w.dropFirst(7) }
            while let last = w.last, ".:!?".contains(last) { w = w.dropLast() }
            let parts = w.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].utf8.contains(UInt8(ascii: ".")), !parts[1].hasPrefix("."),
                !parts[1].hasSuffix(".")
            else { continue }
            out.append(String(w))
        }
        return out
    }

    static func bareURLs(in text: String) -> [String] {
        var out: [String] = []
        guard text.containsBytes("http") else { return out }
        for word in words(of: text, splitAt: "<>\"") {
            guard let r = word.byteRange(of: "http://") ?? word.byteRange(of: "https://") else { continue }
            var w = word[r.lowerBound...]
            while let last = w.last, ".,:;!?)]".contains(last) { w = w.dropLast() }
            if w.count > 8 { out.append(String(w)) }
        }
        return out
    }

    /// Runs of digits, blanks, `-`, `.`, `(`, `)` with an optional leading `+` holding 7 to 15 digits.
    static func phones(in text: String) -> [String] {
        var out: [String] = []
        guard text.utf8.lazy.filter({ $0 >= 48 && $0 <= 57 }).count >= 7 else { return out }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let startsNumber = c.isASCIIDigit || (c == "+" || c == "(") && i + 1 < chars.count && chars[i + 1].isASCIIDigit
            // Not inside a word, a URL or a date.
            if startsNumber, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isASCIIDigit || "/:@._-=".contains(chars[i - 1])) {
                var j = i
                var digits = 0
                while j < chars.count, chars[j].isASCIIDigit || " -.()+".contains(chars[j]) {
                    if chars[j] == "+", j != i { break }
                    if chars[j].isASCIIDigit { digits += 1 }
                    j += 1
                }
                var candidate = String(chars[i..<j])
                candidate = balancingParentheses(candidate)
                let isDate = candidate.count == 10 && Day(iso: candidate) != nil
                let nextIsWord = j < chars.count && (chars[j].isLetter || chars[j] == "@" || chars[j] == "/")
                if (7...15).contains(digits), !isDate, !nextIsWord {
                    out.append(candidate)
                }
                i = max(j, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// A phone run without what stands around it: trailing blanks and separators, and a `)` that
    /// closes a parenthesis opened before the number (`(+1 312 555 0147)`) or around all of it
    /// (`(312 555 0147)`); `(312) 555-0199` keeps its own.
    static func balancingParentheses(_ run: String) -> String {
        var candidate = Substring(run)
        while true {
            while let last = candidate.last, !last.isASCIIDigit, last != ")" { candidate.removeLast() }
            let opens = candidate.filter { $0 == "(" }.count
            let closes = candidate.filter { $0 == ")" }.count
            if candidate.last == ")", closes > opens {
                candidate.removeLast()
            } else if candidate.first == "(", opens > closes {
                candidate.removeFirst()
            } else if candidate.first == "(", candidate.last == ")", opens == 1, closes == 1 {
                candidate = candidate.dropFirst().dropLast()
            } else {
                return String(candidate)
            }
        }
    }
}
