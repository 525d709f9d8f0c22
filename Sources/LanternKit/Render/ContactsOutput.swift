/// The address-book exports: vCard 4.0, CSV and JSON.
public struct ContactsOutput: Sendable {
    public var contacts: [Contact]
    public var today: Day

    public init(contacts: [Contact], today: Day) {
        self.contacts = contacts
        self.today = today
    }

    // MARK: - vCard (RFC 6350)

    public func vcard(version: String) -> String {
        var out = ""
        for c in contacts {
            var lines = ContentLines()
            lines.raw("BEGIN", "VCARD")
            lines.raw("VERSION", "4.0")
            lines.raw("PRODID", ContentLines.escape("-//Lantern//lantern \(version)//EN"))
            lines.raw("UID", "urn:uuid:" + StableID.uuid5(namespace: StableID.peopleNamespace, name: c.id))
            lines.text("FN", c.name)
            let (given, family, suffix) = c.nameParts
            lines.raw("N", [family, given, "", "", suffix].map(ContentLines.escape).joined(separator: ";"))
            if !c.aliases.isEmpty { lines.raw("NICKNAME", c.aliases.map(ContentLines.escape).joined(separator: ",")) }
            if let company = c.company { lines.text("ORG", company) }
            if let title = c.title { lines.text("TITLE", title) }
            for (n, email) in c.emails.enumerated() {
                lines.text(n == 0 && c.emails.count > 1 ? "EMAIL;PREF=1" : "EMAIL", email)
            }
            for (n, phone) in c.phones.enumerated() {
                lines.text(n == 0 && c.phones.count > 1 ? "TEL;PREF=1" : "TEL", phone)
            }
            for url in Self.openable(c.urls) { lines.raw("URL", Self.uri(url)) }
            lines.text("NOTE", note(c))
            if !c.tags.isEmpty { lines.raw("CATEGORIES", c.tags.map(ContentLines.escape).joined(separator: ",")) }
            lines.raw("END", "VCARD")
            out += lines.rendered
        }
        return out
    }

    /// What the notebook knows beyond the structured fields: status, who introduced them, and
    /// where their notes are.
    func note(_ c: Contact) -> String {
        var parts: [String] = []
        if let status = c.status {
            parts.append("Status: \(status).")
        } else if c.roles.contains("referral") {
            parts.append("Referral, not contacted yet.")
        }
        if let by = c.introducedBy { parts.append("Introduced by \(by).") }
        if !c.notes.isEmpty { parts.append("Notes: " + c.notes.joined(separator: ", ") + ".") }
        return parts.joined(separator: " ")
    }

    /// The web addresses an address book may open: `http`, `https` and `mailto` only, as on the
    /// HTML pages (`javascript:`, `data:`, `vbscript:`, `file:` and relative paths are left out).
    static func openable(_ urls: [String]) -> [String] {
        urls.filter { url in
            guard let link = SafeLink.web(url)?.lowercased() else { return false }
            return link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:")
        }
    }

    /// A URL as a URI value: control characters and spaces cannot appear in one, so they are
    /// dropped and percent-encoded; a bare `linkedin.com/in/x` gets `https://`. A comma is
    /// escaped (`\,`, RFC 6350 §3.4: it would split the value, and vobject keeps only the first
    /// part), and a backslash, which no URI holds, is percent-encoded.
    static func uri(_ url: String) -> String {
        var out = ""
        for scalar in url.trimmingCharacters(in: .whitespaces).unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { continue }
            switch scalar {
            case " ": out += "%20"
            case ",": out += "\\,"
            case "\\": out += "%5C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        if !out.contains(":") { out = "https://" + out }
        return out
    }

    // MARK: - CSV (RFC 4180)

    static let csvHeader = [
        "name", "title", "company", "emails", "phones", "urls", "status", "introduced_by", "roles",
        "tags", "notes",
    ]

    /// One header row, one row per person, CRLF line ends; cells that a spreadsheet would run as
    /// a formula are prefixed with `'`.
    public func csv() -> String {
        var rows = [Self.csvHeader]
        for c in contacts {
            rows.append([
                c.name, c.title ?? "", c.company ?? "", c.emails.joined(separator: "; "),
                c.phones.joined(separator: "; "), Self.openable(c.urls).joined(separator: " "), c.status ?? "",
                c.introducedBy ?? "", c.roles.joined(separator: " "), c.tags.joined(separator: ", "),
                c.notes.joined(separator: " "),
            ])
        }
        return CSV.document(rows)
    }

    // MARK: - JSON

    struct Document: Encodable {
        var version = 1
        var today: Day
        var people: [Contact]
    }

    public func json() -> String {
        JSONOutput.encode(Document(today: today, people: contacts)) + "\n"
    }
}

import Foundation
