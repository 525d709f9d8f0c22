import Foundation

/// `lantern new` and `lantern init`: new files from templates, never over an existing one.
public enum Authoring {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    // MARK: - Slugs

    /// A file-name slug from a person's name: transliterated to Latin, ASCII-folded, lower-case,
    /// words joined by "-" (`José Núñez` → `jose-nunez`, `王伟` → `wang-wei`). Never holds "/", "."
    /// or anything but `a-z`, `0-9` and "-".
    public static func slug(_ name: String) -> String {
        let latin = name.applyingTransform(.toLatin, reverse: false) ?? name
        let folded = latin.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        let special: [Character: String] = ["ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"]
        var out = ""
        for ch in folded {
            let piece = special[ch] ?? String(ch)
            for scalar in piece.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar == "'" || scalar == "’" {
                    continue
                }  // O'Connor → oconnor
                else if !out.hasSuffix("-"), !out.isEmpty {
                    out += "-"
                }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// Checks a name given on the command line before it becomes a file name.
    public static func checkName(_ name: String) throws(Failure) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw Failure(description: "the name is empty; give the person's name, like \"Jane Doe\"") }
        if trimmed.unicodeScalars.contains("\0") { throw Failure(description: "the name contains a NUL character") }
        if trimmed.contains("/") || trimmed.contains("\\") || trimmed == "." || trimmed == ".." {
            throw Failure(
                description:
                    "\"\(name)\" is a path, not a name: a note's file name comes from the person's name and stays inside the notebook's interviews/ folder")
        }
        let s = slug(trimmed)
        if s.isEmpty { throw Failure(description: "\"\(name)\" has no letters or digits to make a file name from") }
        return s
    }

    // MARK: - Creating files

    /// Creates `folder/base.md`, or `base-2.md`, `base-3.md`… when taken, through the atomic
    /// writer (never over an existing file); returns the path and what the user should hear
    /// about leftovers of interrupted runs.
    public static func createUnique(_ bytes: [UInt8], in folder: String, base: String) throws(AtomicWriter.Failure) -> (path: String, notices: [String]) {
        var notices: [String] = []
        for n in 1...999 {
            let path = folder + "/" + base + (n == 1 ? "" : "-\(n)") + ".md"
            let outcome = try AtomicWriter.create(bytes, at: path)
            notices += outcome.notices
            if outcome.written { return (path, notices) }
        }
        throw AtomicWriter.Failure("\(OutputPlace.display(folder)) already has 999 notes named \(base)")
    }

    /// The first lines of a section as the notebook's interview template writes it: its heading
    /// and what stands under it before any list (a comment saying what goes there), for `lantern
    /// log` to start a missing section the way the user's own notes do.
    public static func sectionLines(_ kind: SectionKind, templates: Templates, config: Config) throws(Templates.Failure) -> [String]? {
        guard let source = try templates.source(of: "interview.md") else { return nil }
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        guard
            let start = lines.firstIndex(where: { line in
                line.hasPrefix("#") && config.sectionKind(forHeading: String(line.drop { $0 == "#" })) == kind
            })
        else { return nil }
        var out = [lines[start]]
        for line in lines[(start + 1)...] {
            if line.hasPrefix("#") || line.hasPrefix("- ") || line.hasPrefix("{{") { break }
            out.append(line)
        }
        while out.count > 1, out.last?.trimmingBlanks().isEmpty == true { out.removeLast() }
        return out + [""]
    }

    // MARK: - lantern new

    /// What `templates/interview.md` sees: each value as text, and under `yaml` as a YAML scalar.
    public struct InterviewFields: Sendable {
        public var name: String
        public var title: String?
        public var company: String?
        public var email: String?
        public var introducedBy: String?
        public var date: String?
        public var status: String?

        public init(
            name: String, title: String? = nil, company: String? = nil, email: String? = nil,
            introducedBy: String? = nil, date: String? = nil, status: String? = nil
        ) {
            self.name = name
            self.title = title
            self.company = company
            self.email = email
            self.introducedBy = introducedBy
            self.date = date
            self.status = status
        }
    }

    /// What `templates/interview.md` sees; its names are the template's (`{{introduced_by}}`).
    // swift-format-ignore: AlwaysUseLowerCamelCase
    struct InterviewView {
        var name: String
        var title: String?
        var company: String?
        var email: String?
        var introduced_by: String?
        var date: String?
        var status: String?
        var yaml: YAMLView
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    struct YAMLView {
        var name: String
        var title: String?
        var company: String?
        var email: String?
        var introduced_by: String?
        var date: String?
        var status: String?
    }

    /// The text of a new interview note.
    public static func interviewNote(_ f: InterviewFields, templates: Templates) throws(Templates.Failure) -> String {
        // Flow-safe, so that a value reads back the same wherever a notebook's template puts it.
        let y = { (v: String?) in v.map { YAMLScalar.render($0, in: .flow) } }
        let view = InterviewView(
            name: f.name, title: f.title, company: f.company, email: f.email, introduced_by: f.introducedBy,
            date: f.date, status: f.status,
            yaml: YAMLView(
                name: YAMLScalar.render(f.name, in: .flow), title: y(f.title), company: y(f.company),
                email: y(f.email), introduced_by: y(f.introducedBy), date: f.date, status: f.status))
        return try templates.render("interview.md", view)
    }

    // MARK: - lantern init

    /// `lantern.yml` with every setting commented out at its default.
    public static let settingsFile = """
        # Lantern settings (lantern.yml). Every key is optional: the values shown are the defaults.
        # Uncomment a line to change it. See the README for what each one does.

        # timezone: Europe/Berlin     # default: the system's time zone
        # week_start: monday          # or sunday
        # thank_you_within: 1         # days after the meeting day to send a thank-you note
        # follow_up_after: 60         # days after the last interaction before the next follow-up
        # nudge_after: 7              # business days without a reply before the next attempt
        # max_attempts: 3             # attempts without a reply before you let it go
        # max_duration: 30            # minutes to ask for
        # min_questions: 3            # questions ready before a meeting
        # prep_window: 2              # days before a meeting when research and questions are checked
        # active_target: 5            # people you aim to have in play at once
        # max_note_bytes: 10485760    # the largest note lantern log edits (10 MiB)
        # reports: reports            # the folder lantern week writes in
        # ignore: ["archive/**"]      # notes Lantern does not read
        # extra_fields: [salary_band] # front-matter keys of your own
        # sections:                   # more headings for the sections Lantern recognises
        #   referrals: ["Leads"]
        # rules:                      # off | note | warning | error
        #   referrals-missing: off
        # rule_docs: https://github.com/you/notebook/blob/main/docs/rules.md  # rule pages linked from SARIF and the editor
        # tasks:                      # more task box symbols: [x], [X] are done, [-] cancelled, any other open
        #   done: ["x", "X"]
        #   cancelled: ["-"]
        # me:                         # you, in the emails lantern draft writes (instead of [Your name])
        #   name: Alex Rivera
        #   pitch: I taught middle-school science for eight years and I'm moving into product management.
        #   signature: |
        #     Alex Rivera
        #     alex@example.com · +1 555 0100

        """
}
