import Foundation

/// Turns one file's bytes into a `Note`. Never throws: whatever is wrong becomes a `Problem`, and
/// everything that could be read is kept.
public enum NoteReader {
    /// Front-matter keys of interview notes (normalized), aliases included.
    public static var interviewKeys: Set<String> { FieldCatalog.interviewKeys }
    /// Front-matter keys of person cards.
    public static var personKeys: Set<String> { FieldCatalog.personKeys }

    public static func read(bytes: [UInt8], path: String, config: Config) -> Note {
        let text: String
        do {
            text = try NoteText.decode(bytes)
        } catch {
            return unreadable(path: path, error.reason)
        }
        return read(text: text, path: path, config: config)
    }

    /// A note that could not be read at all, and why.
    public static func unreadable(path: String, _ why: String) -> Note {
        var note = Note(path: path)
        note.problems.append(.fileUnreadable(why))
        return note
    }

    /// Reads decoded text (no BOM).
    public static func read(text: String, path: String, config: Config) -> Note {
        var note = Note(path: path)
        let split = NoteText(splitting: text)
        note.lineEndings = split.lineEndings
        var fields = FieldReader(config: config)
        if split.unclosed {
            fields.problems.append(
                Problem(
                    FrontMatterInvalid.id, at: .top,
                    "the front matter opened on line 1 is never closed: add a line with --- after it"))
        } else if let yaml = split.yaml {
            note.hasFrontMatter = true
            do {
                if let root = try YAMLReader.parse(yaml, lineOffset: split.yamlLineOffset) {
                    if case .mapping(let pairs, _) = root {
                        fields.read(pairs, into: &note)
                    } else if !root.isNull {
                        fields.problems.append(
                            Problem(
                                FrontMatterInvalid.id, at: root.location,
                                "the front matter must be a map of fields (key: value), not \(root.shownValue == "a list" ? "a list" : "a single value")"))
                    }
                }
            } catch {
                fields.problems.append(
                    Problem(
                        FrontMatterInvalid.id, at: error.location,
                        "the front matter is not valid YAML: \(error.message)"))
            }
        }
        let (body, bodyProblems) = Markdown.scan(split.body, firstLine: split.unclosed ? 1 : split.bodyFirstLine, config: config)
        note.body = body
        note.problems = fields.problems + bodyProblems
        if var interview = note.interview {
            recordTasks(of: body, in: &interview)
            note.interview = interview
        }
        if note.kind == .person, note.person?.name == nil, let heading = body.firstHeading {
            note.person?.name = Located(heading, at: body.sections.first?.location ?? .top)
        }
        return note
    }

    /// Done thank-you and follow-up tasks count as if written in the front matter.
    static func recordTasks(of body: Body, in interview: inout Interview) {
        for task in body.tasks where task.isDone {
            if task.isThankYou, let day = task.done ?? interview.meetingDay {
                interview.thankYous.append(ThankYou(day: day, location: task.location, source: .task))
            } else if task.isFollowUp, let day = task.done {
                interview.followUps.append(FollowUp(day: day, via: nil, note: task.text, location: task.location, source: .task))
            }
        }
        interview.followUps.sort { ($0.day, $0.location) < ($1.day, $1.location) }
    }
}

/// Reads front-matter fields into the model, collecting problems.
private struct FieldReader {
    /// Keys that name the same field as another (docs/format.md, "Front matter"): `role` is `title`, `referred_by`
    /// is `introduced_by`.
    static let aliases = ["role": "title", "referred_by": "introduced_by"]

    let config: Config
    var problems: [Problem] = []

    init(config: Config) { self.config = config }

    mutating func read(_ pairs: [(key: YAMLNode, value: YAMLNode)], into note: inout Note) {
        var values: [String: YAMLNode] = [:]
        var firstKey: [String: FieldKey] = [:]
        for (keyNode, value) in pairs {
            guard let raw = keyNode.text else {
                problems.append(Problem(FrontMatterInvalid.id, at: keyNode.location, "a field name must be text, not \(keyNode.shownValue)"))
                continue
            }
            let name = normalizeKey(raw)
            note.keys.append(FieldKey(raw: raw, name: name, location: keyNode.location))
            // `Thank-You` after `thank_you`, or `referred_by` after `introduced_by`, is the same
            // field twice: a duplicate key, as an exact repeat is.
            let field = FieldReader.aliases[name] ?? name
            if let first = firstKey[field] {
                problems.append(
                    Problem(
                        FrontMatterInvalid.id, at: keyNode.location,
                        "duplicate key \"\(raw)\": it is the same field as \"\(first.raw)\" on line \(first.location.line); each field may appear once"))
                continue
            }
            firstKey[field] = note.keys[note.keys.count - 1]
            values[name] = value
        }
        let type = values["type"].flatMap(\.text).map { $0.lowercased() }
        if type == "person" {
            note.kind = .person
            note.person = person(values)
        } else if type == "interview" || values["contact"] != nil {
            note.kind = .interview
            note.interview = interview(values)
        }
        if let lint = values["lint"], !lint.isNull { note.lintDisable = disables(lint) }
    }

    // MARK: - Kinds

    mutating func interview(_ v: [String: YAMLNode]) -> Interview {
        var i = Interview()
        if let node = v["contact"], let (name, isLink) = personName("contact", node) {
            i.contact = Located(name, at: node.location)
            i.contactIsWikilink = isLink
        }
        i.details = details(v)
        if let node = v["status"], !node.isNull {
            if let t = node.text, let s = Status(rawValue: t.lowercased().trimmingBlanks()) {
                i.explicitStatus = Located(s, at: node.location)
            } else {
                problems.append(.valueNotListed("status", node.shownValue, allowed: Status.allCases.map(\.rawValue), at: node.location))
            }
        }
        i.attempts = attempts(v["attempts"])
        i.replied = day("replied", v["replied"])
        if let node = v["date"], !node.isNull { i.meeting = dateTime("date", node) }
        if let node = v["duration"], !node.isNull {
            if let t = node.text, let m = MeetingDuration.minutes(t) {
                i.durationMinutes = Located(m, at: node.location)
            } else {
                problems.append(.valueInvalid("duration", node.shownValue, expected: MeetingDuration.acceptedForms, at: node.location))
            }
        }
        if let node = v["medium"], !node.isNull {
            if let t = node.text, let m = Medium(rawValue: t.lowercased().trimmingBlanks()) {
                i.medium = Located(m, at: node.location)
            } else {
                problems.append(.valueNotListed("medium", node.shownValue, allowed: Medium.allCases.map(\.rawValue), at: node.location))
            }
        }
        i.location = text("location", v["location"])
        if let d = day("thank_you", v["thank_you"]) {
            i.thankYous.append(ThankYou(day: d.value, location: d.location, source: .frontMatter))
        }
        i.followUps = dated("follow_ups", v["follow_ups"]).map {
            FollowUp(day: $0.day, via: $0.via, note: $0.note, location: $0.location, source: .frontMatter)
        }
        i.nextFollowUp = day("next_follow_up", v["next_follow_up"])
        i.followUpAfter = days("follow_up_after", v["follow_up_after"])
        if let node = v["practice"], !node.isNull {
            // A YAML boolean: plain `true`/`false` (or `yes`/`no`); a quoted "true" is text.
            var plain: String?
            if case .scalar(let text, plain: true, _) = node { plain = text.lowercased() }
            switch plain {
            case "true", "yes": i.practice = Located(true, at: node.location)
            case "false", "no": i.practice = Located(false, at: node.location)
            default: problems.append(.valueInvalid("practice", node.shownValue, expected: "true or false (unquoted)", at: node.location))
            }
        }
        i.reason = text("reason", v["reason"])
        return i
    }

    mutating func person(_ v: [String: YAMLNode]) -> PersonCard {
        var p = PersonCard()
        if let node = v["name"], let (name, _) = personName("name", node) { p.name = Located(name, at: node.location) }
        if let node = v["aliases"], !node.isNull {
            switch node {
            case .sequence(let items, _): p.aliases = items.compactMap(\.text).filter { !$0.isEmpty }
            case .scalar(let t, _, _): p.aliases = t.split(separator: ",").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
            case .mapping: problems.append(.valueInvalid("aliases", "a map", expected: "a list of names", at: node.location))
            }
        }
        p.details = details(v)
        p.followUpAfter = days("follow_up_after", v["follow_up_after"])
        return p
    }

    /// The fields an interview note and a person card share.
    mutating func details(_ v: [String: YAMLNode]) -> ContactDetails {
        var d = ContactDetails()
        d.title = text("title", v["title"] ?? v["role"])
        d.company = text("company", v["company"]).map { Located(Wikilink.whole($0.value) ?? $0.value, at: $0.location) }
        d.email = email(v["email"])
        d.phone = text("phone", v["phone"])
        d.linkedin = text("linkedin", v["linkedin"])
        d.url = text("url", v["url"])
        if let node = v["introduced_by"] ?? v["referred_by"], let (name, _) = personName("introduced_by", node) {
            d.introducedBy = Located(name, at: node.location)
        }
        d.tags = tags(v["tags"])
        return d
    }

    // MARK: - Values

    /// A name or a wikilink. Unquoted `[[Jane Doe]]` is YAML for a nested list; it is read as the
    /// wikilink the user meant.
    mutating func personName(_ key: String, _ node: YAMLNode) -> (String, Bool)? {
        if node.isNull { return nil }
        switch node {
        case .scalar(let t, _, _):
            let trimmed = t.trimmingBlanks()
            if let target = Wikilink.whole(trimmed) { return (target, true) }
            return trimmed.isEmpty ? nil : (trimmed, false)
        case .sequence(let outer, _):
            if outer.count == 1, case .sequence(let inner, _) = outer[0], inner.count == 1, let t = inner[0].text,
                let target = Wikilink.target(of: Substring(t))
            {
                return (target, true)
            }
            fallthrough
        default:
            problems.append(.valueInvalid(key, node.shownValue, expected: "a name or a [[wikilink]]", at: node.location))
            return nil
        }
    }

    mutating func text(_ key: String, _ node: YAMLNode?) -> Located<String>? {
        guard let node, !node.isNull else { return nil }
        if case .sequence(let outer, _) = node, outer.count == 1, case .sequence(let inner, _) = outer[0],
            inner.count == 1, let t = inner[0].text
        {
            return Located(t, at: node.location)  // an unquoted [[wikilink]]
        }
        guard let t = node.text else {
            problems.append(.valueInvalid(key, node.shownValue, expected: "text", at: node.location))
            return nil
        }
        let trimmed = t.trimmingBlanks()
        return trimmed.isEmpty ? nil : Located(trimmed, at: node.location)
    }

    mutating func email(_ node: YAMLNode?) -> Located<String>? {
        guard let value = text("email", node) else { return nil }
        let parts =
            value.value.isASCIIOnly
            ? value.value.utf8.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false).map { Substring($0) }
            : value.value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].utf8.contains(UInt8(ascii: ".")), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), !value.value.utf8.contains(32)
        else {
            problems.append(.valueInvalid("email", value.value, expected: "an address like jane@example.com", at: value.location))
            return value
        }
        return value
    }

    mutating func dateTime(_ key: String, _ node: YAMLNode) -> Located<DateTime>? {
        guard let t = node.text, let dt = DateTime(parsing: t, in: config.timeZone) else {
            problems.append(.dateInvalid(key, node.shownValue, at: node.location))
            return nil
        }
        return Located(dt, at: node.location)
    }

    mutating func day(_ key: String, _ node: YAMLNode?) -> Located<Day>? {
        guard let node, !node.isNull else { return nil }
        return dateTime(key, node).map { Located($0.value.day, at: $0.location) }
    }

    mutating func days(_ key: String, _ node: YAMLNode?) -> Located<Int>? {
        guard let node, !node.isNull else { return nil }
        guard let t = node.text, let n = Int(t.trimmingBlanks()), n > 0 else {
            problems.append(.valueInvalid(key, node.shownValue, expected: "a number of days, like 60", at: node.location))
            return nil
        }
        return Located(n, at: node.location)
    }

    mutating func tags(_ node: YAMLNode?) -> [String] {
        guard let node, !node.isNull else { return [] }
        var raw: [String] = []
        switch node {
        case .scalar(let t, _, _): raw = t.split(separator: ",").map(String.init)
        case .sequence(let items, _):
            for item in items {
                guard let t = item.text else {
                    problems.append(.valueInvalid("tags", item.shownValue, expected: "a list of words or comma-separated text", at: item.location))
                    continue
                }
                raw.append(t)
            }
        case .mapping:
            problems.append(.valueInvalid("tags", "a map", expected: "a list of words or comma-separated text", at: node.location))
        }
        var out: [String] = []
        for tag in raw {
            var t = tag.trimmingBlanks()
            if t.hasPrefix("#") { t.removeFirst() }
            if !t.isEmpty, !out.contains(t) { out.append(t) }
        }
        return out
    }

    mutating func disables(_ node: YAMLNode) -> [Located<String>] {
        guard case .mapping(let pairs, _) = node else {
            problems.append(.valueInvalid("lint", node.shownValue, expected: "a map like {disable: [rule-id]}", at: node.location))
            return []
        }
        var out: [Located<String>] = []
        for (k, v) in pairs {
            guard k.text.map(normalizeKey) == "disable" else {
                problems.append(.valueInvalid("lint", k.shownValue, expected: "only the key disable", at: k.location))
                continue
            }
            switch v {
            case .scalar(let t, _, let l):
                out += t.split(separator: ",").map { Located($0.trimmingBlanks(), at: l) }
            case .sequence(let items, _):
                for item in items {
                    if let t = item.text { out.append(Located(t.trimmingBlanks(), at: item.location)) }
                }
            case .mapping:
                problems.append(.valueInvalid("lint.disable", "a map", expected: "a list of rule ids", at: v.location))
            }
        }
        return out.filter { !$0.value.isEmpty }
    }

    /// An entry of `attempts:` or `follow_ups:`.
    struct DatedEntry {
        var day: Day
        var via: Channel?
        var note: String?
        var location: SourceLocation
    }

    mutating func attempts(_ node: YAMLNode?) -> [Attempt] {
        dated("attempts", node).map { Attempt(day: $0.day, via: $0.via, note: $0.note, location: $0.location) }
    }

    /// A list of `"DATE [via][: note]"` strings or `{date, via, note}` maps.
    mutating func dated(_ key: String, _ node: YAMLNode?) -> [DatedEntry] {
        guard let node, !node.isNull else { return [] }
        guard case .sequence(let items, _) = node else {
            problems.append(.valueInvalid(key, node.shownValue, expected: "a list, one entry per line: - \"2026-11-01 email\"", at: node.location))
            return []
        }
        var out: [DatedEntry] = []
        for item in items {
            switch item {
            case .scalar(let t, _, let location):
                if let entry = entry(key, from: t, at: location) { out.append(entry) }
            case .mapping(let pairs, let location)
            where pairs.count == 1 && !["date", "via", "note"].contains(pairs[0].key.text.map(normalizeKey) ?? ""):
                // Unquoted `- 2026-11-01 phone: left a voicemail` is YAML for a one-pair map;
                // read it as the "DATE via: note" text the user wrote.
                let key = pairs[0].key.text ?? ""
                let text = pairs[0].value.isNull ? key : "\(key): \(pairs[0].value.text ?? "")"
                if let entry = entry(key, from: text, at: location) { out.append(entry) }
            case .mapping(let pairs, let location):
                var date: YAMLNode?, via: YAMLNode?, note: String?
                for (k, v) in pairs {
                    switch k.text.map(normalizeKey) {
                    case "date": date = v
                    case "via": via = v
                    case "note": note = v.text
                    default:
                        problems.append(.valueInvalid(key, k.shownValue, expected: "an entry with date, via and note", at: k.location))
                    }
                }
                guard let date else {
                    problems.append(.valueInvalid(key, "an entry without date", expected: "{date: 2026-11-01, via: email}", at: location))
                    continue
                }
                guard let d = self.day(key, date) else { continue }
                var channel: Channel?
                if let via, !via.isNull {
                    channel = self.channel(key, via.text ?? via.shownValue, at: via.location)
                }
                out.append(DatedEntry(day: d.value, via: channel, note: note, location: d.location))
            case .sequence(_, let location):
                problems.append(.valueInvalid(key, "a list", expected: "\"2026-11-01 email\" or {date, via, note}", at: location))
            }
        }
        return out
    }

    /// `2026-11-01`, `2026-11-01 email`, `2026-11-01 email: left voicemail`, `2026-11-01 14:00 phone`.
    mutating func entry(_ key: String, from text: String, at location: SourceLocation) -> DatedEntry? {
        var t = text.trimmingBlanks()
        var note: String?
        // The note follows the first ": " (or a trailing ":") after the date-time.
        let searchFrom = t.index(t.startIndex, offsetBy: min(t.count, 10))
        if let colon = t[searchFrom...].byteRange(of: ": ") ?? (t.hasSuffix(":") ? t.range(of: ":", options: .backwards) : nil) {
            // A time (14:00) uses a colon too; skip it when the colon sits between digits.
            let before = t[..<colon.lowerBound]
            if !(before.last?.isASCIIDigit ?? false) || t[colon.upperBound...].first?.isASCIIDigit == false {
                note = String(t[colon.upperBound...]).trimmingBlanks()
                t = String(before).trimmingBlanks()
            }
        }
        let words =
            t.isASCIIOnly
            ? t.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            : t.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else {
            problems.append(.dateInvalid(key, text, at: location))
            return nil
        }
        var dateText = first
        var rest = Array(words.dropFirst())
        if let next = rest.first, next.utf8.contains(UInt8(ascii: ":")), next.first?.isASCIIDigit == true {  // "2026-11-01 14:00 email"
            dateText += " " + next
            rest.removeFirst()
        }
        guard let dt = DateTime(parsing: dateText, in: config.timeZone) else {
            problems.append(.dateInvalid(key, first, at: location))
            return nil
        }
        var via: Channel?
        if !rest.isEmpty {
            via = channel(key, rest.joined(separator: " "), at: location)
        }
        return DatedEntry(day: dt.day, via: via, note: note?.isEmpty == true ? nil : note, location: location)
    }

    mutating func channel(_ key: String, _ word: String, at location: SourceLocation) -> Channel? {
        guard let c = Channel(word: word.trimmingBlanks()) else {
            problems.append(.valueNotListed("\(key) via", word, allowed: Channel.allCases.map(\.rawValue), at: location))
            return nil
        }
        return c
    }
}
