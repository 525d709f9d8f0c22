import Foundation

/// The settings of `lantern.yml` (docs/format.md, "`lantern.yml`"); every default is the practice
/// Lantern is built on.
public struct Config: Sendable {
    public var timeZone: TimeZone = .current
    /// 1 = Monday, 7 = Sunday.
    public var weekStart = 1
    public var thankYouWithin = 1
    public var followUpAfter = 60
    public var nudgeAfter = 7
    public var maxAttempts = 3
    public var maxDuration = 30
    public var minQuestions = 3
    public var prepWindow = 2
    public var activeTarget = 5
    /// The largest note `lantern log` edits, in bytes (10 MiB).
    public var maxNoteBytes = 10 << 20
    /// The output folder of `lantern week`, relative to the root.
    public var reports = "reports"
    public var ignore: [String] = []
    /// Normalized extra front-matter keys allowed.
    public var extraFields: Set<String> = []
    /// Heading names per section kind, lower-cased (the defaults plus the notebook's own).
    public var sectionNames: [SectionKind: [String]]
    /// Severities set per rule id.
    public var rules: [String: RuleLevel] = [:]
    /// The box symbols of done and of cancelled tasks (`tasks:`); any other symbol is open.
    public var doneSymbols: Set<String> = ["x", "X"]
    public var cancelledSymbols: Set<String> = ["-"]
    /// The page documenting the rules (`rule_docs:`), for SARIF's `helpUri` (`URL#rule-id`).
    public var ruleDocs: String?
    /// You, as drafts introduce and sign you (`me:`).
    public var me = Me()
    /// The file the settings came from, if any.
    public var source: String?

    /// The address of one rule's section on the rules page (`rule_docs` + `#rule-id`), if the
    /// notebook names a page.
    public func ruleDocs(for id: String) -> String? { ruleDocs.map { $0 + "#" + id } }

    public init() {
        var names: [SectionKind: [String]] = [:]
        for kind in SectionKind.allCases { names[kind] = kind.defaultNames }
        sectionNames = names
    }

    /// The section kind a heading's text names, if any.
    public func sectionKind(forHeading text: String) -> SectionKind? {
        var t = text.trimmingBlanks().lowercased()
        while let last = t.last, last == ":" || last == " " { t.removeLast() }
        for kind in SectionKind.allCases where sectionNames[kind]!.contains(t) { return kind }
        return nil
    }

    /// What a task's box symbol says: done, cancelled, or (any other symbol) open.
    public func taskStatus(symbol: String) -> TaskStatus {
        if doneSymbols.contains(symbol) { return .done }
        if cancelledSymbols.contains(symbol) { return .cancelled }
        return .open
    }

    /// Every key of `lantern.yml`, for validation and `lantern init`.
    public static let keys = [
        "timezone", "week_start", "thank_you_within", "follow_up_after", "nudge_after",
        "max_attempts", "max_duration", "min_questions", "prep_window", "active_target",
        "max_note_bytes", "reports", "ignore", "extra_fields", "sections", "rules", "tasks", "rule_docs", "me",
    ]

    /// You, as `lantern draft` introduces and signs you: `me: {name, pitch, signature}`.
    public struct Me: Sendable, Equatable {
        public var name: String?
        /// One or two sentences on who you are and what you are exploring, for outreach drafts.
        public var pitch: String?
        /// How drafts end, on one line or several; your name when not set.
        public var signature: String?

        public init(name: String? = nil, pitch: String? = nil, signature: String? = nil) {
            self.name = name
            self.pitch = pitch
            self.signature = signature
        }

        /// The keys of `me:`.
        public static let keys = ["name", "pitch", "signature"]
    }
}

/// A `lantern.yml` that cannot be used; the command stops with exit 2.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var location: SourceLocation
    public var message: String

    public var description: String { "\(path):\(location.line):\(location.column): error: \(message)" }
}

extension Config {
    /// Reads and validates a `lantern.yml`. `displayPath` is how errors name the file.
    public static func load(contentsOf url: URL, displayPath: String) throws(ConfigError) -> Config {
        let bytes: [UInt8]
        switch Discovery.readFile(url.path) {
        case .success(let read): bytes = read
        case .failure(let failure):
            throw ConfigError(path: displayPath, location: .top, message: "cannot read the settings file: \(failure.message)")
        }
        let text: String
        do {
            text = try NoteText.decode(bytes)
        } catch {
            throw ConfigError(path: displayPath, location: .top, message: "cannot read the settings file: \(error.reason)")
        }
        var config = try parse(text, displayPath: displayPath)
        config.source = displayPath
        return config
    }

    /// Validates settings text; an unknown key or a value of the wrong type names its line.
    public static func parse(_ text: String, displayPath: String) throws(ConfigError) -> Config {
        var config = Config()
        let root: YAMLNode?
        do {
            root = try YAMLReader.parse(text)
        } catch {
            throw ConfigError(path: displayPath, location: error.location, message: "invalid YAML: \(error.message)")
        }
        guard let root, !root.isNull else { return config }
        guard case .mapping(let pairs, _) = root else {
            throw ConfigError(path: displayPath, location: root.location, message: "lantern.yml must be a map of settings (key: value)")
        }
        func fail(_ node: YAMLNode, _ message: String) -> ConfigError {
            ConfigError(path: displayPath, location: node.location, message: message)
        }
        func count(_ key: String, _ node: YAMLNode, min: Int = 0) throws(ConfigError) -> Int {
            guard let t = node.text, let n = Int(t), n >= min else {
                throw fail(node, "\(key) must be a whole number\(min > 0 ? " of at least \(min)" : ""), not \(node.shownValue)")
            }
            return n
        }
        func strings(_ key: String, _ node: YAMLNode) throws(ConfigError) -> [String] {
            switch node {
            case .sequence(let items, _):
                var out: [String] = []
                for item in items {
                    guard let t = item.text else { throw fail(item, "\(key) must be a list of text values") }
                    out.append(t)
                }
                return out
            case .scalar(let t, _, _) where !node.isNull: return [t]
            default: throw fail(node, "\(key) must be a list, like [\"archive/**\"]")
            }
        }
        /// `me:`: a map of name, pitch and signature, each text.
        func me(_ node: YAMLNode) throws(ConfigError) -> Config.Me {
            guard case .mapping(let fields, _) = node else {
                throw fail(node, "me must be a map like {name: Alex Rivera, pitch: \"I taught for eight years…\", signature: Alex}, not \(node.shownValue)")
            }
            var me = Config.Me()
            var seen: [String: SourceLocation] = [:]
            for (keyNode, value) in fields {
                guard let raw = keyNode.text else { throw fail(keyNode, "me: a key must be text") }
                let key = normalizeKey(raw)
                guard Config.Me.keys.contains(key) else {
                    let hint = closest(key, in: Config.Me.keys).map { " (did you mean \($0)?)" } ?? ""
                    throw fail(keyNode, "me: unknown key \(raw)\(hint); known: \(Config.Me.keys.joined(separator: ", "))")
                }
                if let first = seen[key] { throw fail(keyNode, "me: \(raw) is set twice (first on line \(first.line))") }
                seen[key] = keyNode.location
                if value.isNull { continue }
                guard case .scalar(let text, _, _) = value else { throw fail(value, "me.\(key) must be text, not \(value.shownValue)") }
                // A block scalar's last line break is not part of the text.
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { continue }
                switch key {
                case "name": me.name = trimmed
                case "pitch": me.pitch = trimmed
                default: me.signature = trimmed
                }
            }
            return me
        }
        var seen: [String: SourceLocation] = [:]
        for (keyNode, value) in pairs {
            guard let rawKey = keyNode.text else { throw fail(keyNode, "a setting's name must be text") }
            let key = normalizeKey(rawKey)
            if let first = seen[key] {
                throw fail(keyNode, "\(rawKey) is set twice (first on line \(first.line))")
            }
            seen[key] = keyNode.location
            if value.isNull { continue }
            switch key {
            case "timezone":
                guard let t = value.text, let zone = TimeZone(identifier: t) else {
                    throw fail(value, "timezone must be a time zone name like Europe/Berlin, not \(value.shownValue)")
                }
                config.timeZone = zone
            case "week_start":
                switch value.text?.lowercased() {
                case "monday": config.weekStart = 1
                case "sunday": config.weekStart = 7
                default: throw fail(value, "week_start must be monday or sunday, not \(value.shownValue)")
                }
            case "thank_you_within": config.thankYouWithin = try count(key, value)
            case "follow_up_after": config.followUpAfter = try count(key, value, min: 1)
            case "nudge_after": config.nudgeAfter = try count(key, value, min: 1)
            case "max_attempts": config.maxAttempts = try count(key, value, min: 1)
            case "max_duration": config.maxDuration = try count(key, value, min: 1)
            case "min_questions": config.minQuestions = try count(key, value)
            case "prep_window": config.prepWindow = try count(key, value)
            case "active_target": config.activeTarget = try count(key, value, min: 1)
            case "max_note_bytes": config.maxNoteBytes = try count(key, value, min: 1)
            case "reports":
                guard let t = value.text, !t.isEmpty, !t.hasPrefix("/"), !t.split(separator: "/").contains("..") else {
                    throw fail(value, "reports must be a folder inside the notebook, like reports")
                }
                config.reports = t.hasSuffix("/") ? String(t.dropLast()) : t
            case "ignore": config.ignore = try strings(key, value)
            case "extra_fields": config.extraFields = Set(try strings(key, value).map(normalizeKey))
            case "sections":
                guard case .mapping(let sections, _) = value else {
                    throw fail(value, "sections must be a map like {referrals: [\"Leads\"]}")
                }
                for (nameNode, namesNode) in sections {
                    guard let name = nameNode.text, let kind = SectionKind(rawValue: normalizeKey(name)) else {
                        throw fail(
                            nameNode, "sections: unknown section \(nameNode.shownValue); known: \(SectionKind.allCases.map(\.rawValue).joined(separator: ", "))"
                        )
                    }
                    config.sectionNames[kind, default: []] += try strings("sections.\(name)", namesNode).map { $0.lowercased() }
                }
            case "me":
                config.me = try me(value)
            case "rule_docs":
                guard let t = value.text, let url = URL(string: t), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                    url.host != nil, url.fragment == nil
                else {
                    throw fail(
                        value, "rule_docs must be the web address of the rules page, like https://example.com/lantern/docs/rules.md, not \(value.shownValue)")
                }
                config.ruleDocs = t
            case "tasks":
                guard case .mapping(let kinds, _) = value else {
                    throw fail(value, "tasks must be a map like {done: [\"x\", \"X\"], cancelled: [\"-\"]}")
                }
                var listed: [String: String] = [:]  // symbol → the list that named it
                for (kindNode, symbolsNode) in kinds {
                    guard let kind = kindNode.text.map(normalizeKey), kind == "done" || kind == "cancelled" else {
                        throw fail(kindNode, "tasks: unknown key \(kindNode.shownValue); known: done, cancelled")
                    }
                    let items: [YAMLNode]
                    if case .sequence(let list, _) = symbolsNode { items = list } else { items = [symbolsNode] }
                    for item in items {
                        guard let symbol = item.text, symbol.count == 1, symbol != " " else {
                            throw fail(item, "tasks.\(kind): each symbol is the one character between [ and ] of a task, like \"x\", not \(item.shownValue)")
                        }
                        if let other = listed[symbol], other != kind {
                            throw fail(item, "tasks: \"\(symbol)\" is listed under both done and cancelled")
                        }
                        listed[symbol] = kind
                    }
                }
                // The symbols named join their list and leave the other one.
                for (symbol, kind) in listed {
                    if kind == "done" {
                        config.doneSymbols.insert(symbol)
                        config.cancelledSymbols.remove(symbol)
                    } else {
                        config.cancelledSymbols.insert(symbol)
                        config.doneSymbols.remove(symbol)
                    }
                }
            case "rules":
                guard case .mapping(let rules, _) = value else {
                    throw fail(value, "rules must be a map like {referrals-missing: off}")
                }
                for (idNode, levelNode) in rules {
                    guard let id = idNode.text, rule(withID: id) != nil else {
                        let hint = idNode.text.map(closestRuleHint) ?? ""
                        throw fail(idNode, "rules: unknown rule \(idNode.shownValue)\(hint); \"lantern rules\" lists them")
                    }
                    guard let t = levelNode.text, let level = RuleLevel(word: t) else {
                        throw fail(levelNode, "rules: \(id) must be off, note, warning or error, not \(levelNode.shownValue)")
                    }
                    config.rules[id] = level
                }
            default:
                let hint = closest(key, in: Config.keys).map { " (did you mean \($0)?)" } ?? ""
                throw fail(keyNode, "unknown setting \(rawKey)\(hint)")
            }
        }
        return config
    }
}

/// The closest word within edit distance 2, for did-you-mean hints.
public func closest(_ word: String, in candidates: [String]) -> String? {
    var best: (String, Int)?
    for c in candidates {
        let d = editDistance(word.lowercased(), c)
        if d <= 2, d < (best?.1 ?? 3) { best = (c, d) }
    }
    return best?.0
}

/// Levenshtein distance.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
