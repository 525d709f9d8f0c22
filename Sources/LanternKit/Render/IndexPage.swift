/// Renders the index page (Markdown, HTML, Graphviz) from its report. Markdown and HTML go through
/// the templates `index.md.mustache` and `index.html.mustache`.
public struct IndexPage: Sendable {
    public var report: IndexReport
    /// What to put before a root-relative path to reach the note from the page.
    public var linkBase: String

    public init(report: IndexReport, linkBase: String) {
        self.report = report
        self.linkBase = linkBase
    }

    public func markdown(templates: Templates) throws(Templates.Failure) -> String {
        try templates.page("index.md.mustache", command: "index", today: report.today, view)
    }

    public func html(templates: Templates) throws(Templates.Failure) -> String {
        try templates.page("index.html.mustache", command: "index", today: report.today, view)
    }

    // MARK: - Graphs

    /// The referral network as a Mermaid `graph LR` block body (without the fence). Labels are
    /// quoted, with Mermaid's entity codes for the characters that would end or break them.
    public var mermaid: String {
        var out = "graph LR"
        let ids = nodeIDs
        for name in ids.order {
            out += "\n  " + ids.id[name]! + "[\"" + Self.mermaidLabel(name) + "\"]"
        }
        for edge in report.network {
            out += "\n  " + ids.id[edge.from]! + (edge.kind == "referred" ? " -. referred .-> " : " --> ") + ids.id[edge.to]!
        }
        return out
    }

    /// The referral network in Graphviz's language.
    public var dot: String {
        var lines = [
            Generated.marker("index", today: report.today).replacingOccurrences(of: "<!--", with: "/*")
                .replacingOccurrences(of: "-->", with: "*/"),
            "digraph referrals {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
        ]
        for name in nodeIDs.order { lines.append("  \(Self.dotString(name));") }
        for edge in report.network {
            let style = edge.kind == "referred" ? " [style=dashed, label=\"referred\"]" : ""
            lines.append("  \(Self.dotString(edge.from)) -> \(Self.dotString(edge.to))\(style);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    var nodeIDs: (order: [String], id: [String: String]) {
        var order: [String] = []
        var id: [String: String] = [:]
        for edge in report.network {
            for name in [edge.from, edge.to] where id[name] == nil {
                id[name] = "p\(order.count)"
                order.append(name)
            }
        }
        return (order, id)
    }

    static func mermaidLabel(_ text: String) -> String {
        let special = text.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "`"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                true
            default: false
            }
        }
        guard special else { return text }
        var out = ""
        for ch in text {
            switch ch {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "#": out += "#35;"
            case "`": out += "#96;"
            case "[": out += "#91;"
            case "]": out += "#93;"
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    static func dotString(_ text: String) -> String {
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    // MARK: - The view the templates see

    struct View: Sendable {
        var today: String
        var todayLong: String
        var peopleCount: Int
        var interviewCount: Int
        var people: [PersonView]
        var letters: [LetterView]
        var companies: [CompanyView]
        var interviews: [InterviewView]
        var mermaid: String
        var network: [IndexReport.Introduction]
        var hasNetwork: Bool
        var tags: [TagView]
    }

    struct LetterView: Sendable {
        var letter: String
        var people: [PersonView]
    }

    struct PersonView: Sendable {
        var name: String
        var href: String
        var role: String?
        var status: String?
        var introducedBy: String?
        var lastInteraction: String?
        var nextFollowUp: String?
        var nextKind: String?
        var notes: [NoteLink]
        var hasNote: Bool
    }

    struct NoteLink: Sendable {
        var last: Bool
        var number: Int
        var path: String
        var href: String
    }

    struct CompanyView: Sendable {
        var name: String
        var people: [MemberView]
    }

    struct MemberView: Sendable {
        var name: String
        var status: String?
        var href: String?
        var last: Bool
    }

    struct InterviewView: Sendable {
        var day: String?
        var time: String?
        var person: String
        var company: String?
        var status: String
        var practice: Bool
        var href: String
    }

    struct TagView: Sendable {
        var tag: String
        var notes: [TaggedView]
    }

    struct TaggedView: Sendable {
        var title: String
        var href: String
        var last: Bool
    }

    func href(_ path: String) -> String { linkBase + MarkdownText.encodePath(path) }

    var view: View {
        let people = report.people.map { p in
            PersonView(
                name: p.name, href: p.notes.first.map(href) ?? "",
                role: [p.title, p.company.map { "@ " + $0 }].compactMap { $0 }.joined(separator: " ").nilIfEmpty,
                status: p.status ?? (p.roles.contains("referral") ? "referral" : p.roles.contains("introducer") ? "introducer" : nil),
                introducedBy: p.introducedBy, lastInteraction: p.lastInteraction?.description,
                nextFollowUp: p.nextFollowUp?.description, nextKind: p.nextKind,
                notes: p.notes.enumerated().map {
                    NoteLink(last: $0.offset == p.notes.count - 1, number: $0.offset + 1, path: $0.element, href: href($0.element))
                },
                hasNote: p.hasNote)
        }
        var letters: [LetterView] = []
        for person in people {
            let letter = Identity.key(person.name).first.map { String($0).uppercased() } ?? "#"
            let shown = letter.first?.isLetter == true ? letter : "#"
            if letters.last?.letter == shown {
                letters[letters.count - 1].people.append(person)
            } else {
                letters.append(LetterView(letter: shown, people: [person]))
            }
        }
        return View(
            today: report.today.description, todayLong: report.today.long, peopleCount: report.people.count,
            interviewCount: report.interviews.count, people: people, letters: letters,
            companies: report.companies.map { c in
                CompanyView(
                    name: c.name,
                    people: c.people.enumerated().map { n, m in
                        MemberView(name: m.name, status: m.status, href: m.path.map(href), last: n == c.people.count - 1)
                    })
            },
            interviews: report.interviews.map { i in
                InterviewView(
                    day: i.day?.description, time: i.time, person: i.person, company: i.company, status: i.status,
                    practice: i.practice, href: href(i.path))
            },
            mermaid: mermaid, network: report.network, hasNetwork: !report.network.isEmpty,
            tags: report.tags.map { t in
                TagView(
                    tag: t.tag,
                    notes: t.notes.enumerated().map {
                        TaggedView(
                            title: $0.element.title, href: href($0.element.path),
                            last: $0.offset == t.notes.count - 1)
                    })
            })
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
