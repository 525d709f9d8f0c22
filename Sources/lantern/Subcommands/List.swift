import ArgumentParser
import Foundation
import LanternKit

extension ListQuery.Sort: ExpressibleByArgument {}

extension Lantern {
    struct ListCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Ask the notebook: one row per person (or note) with status, last contact, next action and when, filtered and sorted.",
            discussion: """
                Filters combine (all must hold); names, companies and tags match without case or accents. \
                Days are YYYY-MM-DD or a span back from today: 60d, 8w. On a terminal the text format is an \
                aligned table; piped, it is one row per line with tab-separated columns and no header.
                --format csv gives every tracker column for a spreadsheet.
                Examples:
                  lantern list --company globex
                  lantern list --status contacted --sort last-contact
                  lantern list --last-contact-before 60d --no-practice
                  lantern list --owes thank-you
                  lantern list --format csv > tracker.csv
                """
        )

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @Option(
            name: .customLong("status"),
            help: ArgumentHelp(
                "Only people whose status is this (repeatable): \(Status.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "STATUS"),
            completion: words(Status.self), transform: choice())
        var statuses: [Status] = []

        @Option(
            help: ArgumentHelp("Only people at this company (the start of any word of its name).", valueName: "COMPANY"),
            completion: NotebookCompletion.companies)
        var company: String?

        @Option(
            help: ArgumentHelp("Only people with this tag (or a tag nested under it, like TAG/…).", valueName: "TAG"),
            completion: NotebookCompletion.tags)
        var tag: String?

        @Option(
            help: ArgumentHelp("Only people introduced by this person (a name, first name or alias).", valueName: "NAME"),
            completion: NotebookCompletion.introducers)
        var introducedBy: String?

        @Option(help: ArgumentHelp("Only people met (a meeting that took place) on or after this day.", valueName: "DAY"))
        var metSince: String?

        @Option(help: ArgumentHelp("Only people last in touch before this day: who has gone quiet (60d: two months ago).", valueName: "DAY"))
        var lastContactBefore: String?

        @Option(
            help: ArgumentHelp(
                "Only people you owe this (repeatable): \(Obligation.Kind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "KIND"),
            completion: words(Obligation.Kind.self), transform: choice())
        var owes: [Obligation.Kind] = []

        @Flag(inversion: .prefixedNo, help: "Only practice interviews (--practice), or none of them (--no-practice); both kinds by default.")
        var practice: Bool?

        @Option(help: "Order: next-due (the default: soonest first, then by name), name, company, status or last-contact (longest out of touch first).")
        var sort: ListQuery.Sort = .nextDue

        @Option(help: ArgumentHelp("At most N rows.", valueName: "N"))
        var limit: Int?

        @Flag(help: "One row per interview note instead of per person.")
        var notes = false

        @Option(help: "Output format: text, md (a table to paste into a note), csv (every tracker column, for a spreadsheet) or json.")
        var format: Format = .text

        @Option(help: ArgumentHelp("Write the md table to FILE (atomically, marked as generated) instead of printing it.", valueName: "FILE"))
        var out: String?

        @OptionGroup var global: GlobalOptions

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, csv, json }

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit \(limit): give a number of rows, 1 or more") }
            if out != nil, format != .md {
                throw ValidationError("--out writes the Markdown table (--format md); for \(format.rawValue), redirect the output: > FILE")
            }
        }

        func run() throws {
            let (notebook, _) = try global.load(paths: path.map { [$0] } ?? [])
            let query = try self.query(notebook)
            ProgressLine.shared.phase("listing")
            let output = PeopleListOutput(list: PeopleList(notebook: notebook, query: query))
            switch format {
            case .text:
                let layout: PeopleListOutput.Layout = isatty(STDOUT_FILENO) == 1 ? .table(width: Terminal.width()) : .plain
                emit(output.text(style: TextStyle(color: global.colorOutput), layout: layout))
            case .csv: emit(output.csv())
            case .json: emit(output.json())
            case .md:
                guard let out else {
                    emit(output.markdown())
                    return
                }
                let file = OutputPlace.absolute(out)
                let place = OutputPlace(folder: (file as NSString).deletingLastPathComponent, root: notebook.root)
                do {
                    try place.create()
                    tell(try Generated.write(output.markdown(linkBase: place.linkBase), to: file))
                } catch {
                    throw fail(error.description)
                }
                emit(OutputPlace.display(file) + "\n")
            }
        }

        /// The filters, with days read against the notebook's today and names found as every
        /// command finds people.
        func query(_ notebook: Notebook) throws -> ListQuery {
            var query = ListQuery()
            query.statuses = Set(statuses)
            query.company = company
            query.tag = tag
            query.owes = Set(owes)
            query.practice = practice.map { $0 ? .only : .exclude } ?? .include
            query.sort = sort
            query.limit = limit
            query.perNote = notes
            func day(_ option: String, _ value: String?) throws -> Day? {
                guard let value else { return nil }
                guard let day = ListQuery.day(value, today: notebook.today) else {
                    throw fail("--\(option) \(value) is not a day; write \(ListQuery.dayForms)")
                }
                return day
            }
            query.metSince = try day("met-since", metSince)
            query.lastContactBefore = try day("last-contact-before", lastContactBefore)
            if let introducedBy {
                let found = notebook.lookup.people(matching: introducedBy)
                if found.isEmpty { throw fail("--introduced-by: no person in the notebook matches \"\(introducedBy)\"") }
                query.introducedBy = Set(found.map { notebook.people[$0].id })
            }
            return query
        }
    }
}

/// The terminal standard output writes to.
enum Terminal {
    /// Its width in columns: the window's, else `COLUMNS`, else nothing known.
    static func width() -> Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }
}
