/// Links taken from notes, filtered before they reach a page: only `http`, `https`, `mailto` and
/// relative paths survive. `javascript:`, `data:`, `file:`, `vbscript:` and every other scheme are
/// dropped (the text is still shown, unlinked).
public enum SafeLink {
    /// The link to put in an `href`, or `nil` when it must not be a link.
    public static func href(_ raw: String) -> String? {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so
        // judge the link with them removed.
        let cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        guard !cleaned.isEmpty else { return nil }
        let lower = cleaned.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return cleaned }
        // Protocol-relative links reach another host; a backslash start is read as one too.
        if lower.hasPrefix("//") || lower.hasPrefix("\\") || lower.hasPrefix("/\\") { return nil }
        // A scheme is letters, digits, "+", "-", "." before the first ":" that comes before any "/", "?" or "#".
        if let colon = lower.firstIndex(of: ":") {
            let head = lower[..<colon]
            if !head.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return nil }
        }
        return cleaned
    }

    /// A person's web address written without a scheme (`linkedin.com/in/x`) is meant as https.
    public static func web(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.split(separator: "/").first, first.contains("."), !trimmed.contains(":") {
            return href("https://" + trimmed)
        }
        return href(trimmed)
    }
}

import Foundation
