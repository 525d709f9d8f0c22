/// Renders the weekly page (Markdown and HTML) from its report, through the Mustache templates
/// `week.md.mustache` and `week.html.mustache`. Everything the templates show is prepared here:
/// texts, links relative to where the page is written, and chart geometry.
public struct WeekPage: Sendable {
    public var report: WeekReport
    /// What to put before a root-relative path to reach the note from the page (`../`).
    public var linkBase: String

    public init(report: WeekReport, linkBase: String) {
        self.report = report
        self.linkBase = linkBase
    }

    public func markdown(templates: Templates) throws(Templates.Failure) -> String {
        try templates.page("week.md.mustache", command: "week", today: report.today, view)
    }

    public func html(templates: Templates) throws(Templates.Failure) -> String {
        try templates.page("week.html.mustache", command: "week", today: report.today, view)
    }

    // MARK: - The view the templates see

    struct View: Sendable {
        var week: String
        var previousWeek: String
        var today: String
        var todayLong: String
        var startLong: String
        var endLong: String
        var numbers: [NumberView]
        var meetingsHeld: [MeetingView]
        var comingUp: [UpcomingView]
        var dueNow: [DueView]
        var pipeline: PipelineView
        var newPeople: [NewPersonView]
        var health: HealthView
        var trend: TrendView
    }

    struct NumberView: Sendable {
        var label: String
        var value: Int
        var previous: Int
        var change: String
        /// `up`, `down` or `same`, for colour.
        var direction: String
    }

    struct MeetingView: Sendable {
        var day: String
        var dayShort: String
        var time: String?
        var person: String
        var href: String
        var title: String?
        var company: String?
        var medium: String?
        var duration: String?
        var thankYou: String?
        var owed: Bool
        /// "Director @ Acme · phone · 20 min": what is known, with no stray separator.
        var details: String
    }

    struct UpcomingView: Sendable {
        var day: String
        var dayShort: String
        var time: String?
        var person: String
        var href: String
        var title: String?
        var company: String?
        var medium: String?
        var research: Bool
        var questions: Int
        var minQuestions: Int
        var questionsReady: Bool
    }

    struct DueView: Sendable {
        var due: String?
        var dueShort: String?
        var kind: String
        var text: String
        var contact: String
        var href: String
        var location: String
        var overdue: Bool
    }

    struct PipelineView: Sendable {
        var statuses: [StatusView]
        var inPlay: Int
        var activeTarget: Int
        var onTarget: Bool
        var toAdd: Int
        var addNext: [CandidateView]
        var hasAddNext: Bool
        var funnel: [FunnelStage]
        var funnelHeight: Int
    }

    struct StatusView: Sendable {
        var status: String
        var people: Int
    }

    struct CandidateView: Sendable {
        var name: String
        var href: String
        var referral: Bool
        var by: String?
        var since: String?
        var company: String?
    }

    struct FunnelStage: Sendable {
        var index: Int
        var label: String
        var count: Int
        var x: Int
        var y: Int
        var width: Int
        var textY: Int
        /// Where the count stands: just past the bar's end.
        var countX: Int
    }

    struct NewPersonView: Sendable {
        var name: String
        var by: String
        var day: String
        var href: String
        var link: String?
    }

    struct HealthView: Sendable {
        var errors: Int
        var warnings: Int
        var notes: Int
        var filesChecked: Int
        /// "error" or "errors", as the count wants (likewise for the others).
        var errorsNoun: String
        var warningsNoun: String
        var notesNoun: String
        var filesNoun: String
        var moreFilesNoun: String
        var clean: Bool
        var topRules: [WeekReport.RuleCount]
        var files: [FileView]
        var hasFiles: Bool
        /// Files with findings the page does not name.
        var moreFiles: Int
        var hasMoreFiles: Bool
    }

    struct FileView: Sendable {
        var path: String
        var href: String
        var errors: Int
        var warnings: Int
        var notes: Int
        var errorsNoun: String
        var warningsNoun: String
        var notesNoun: String

        init(path: String, href: String, errors: Int, warnings: Int, notes: Int) {
            self.path = path
            self.href = href
            self.errors = errors
            self.warnings = warnings
            self.notes = notes
            errorsNoun = WeekPage.noun(errors, "error")
            warningsNoun = WeekPage.noun(warnings, "warning")
            notesNoun = WeekPage.noun(notes, "note")
        }
    }

    /// "error" for one, "errors" for any other count.
    static func noun(_ count: Int, _ singular: String) -> String { count == 1 ? singular : singular + "s" }

    struct TrendView: Sendable {
        var rows: [TrendRow]
        var bars: [Bar]
        var labels: [AxisLabel]
        var width: Int
        var height: Int
        var baseline: Int
        var maxValue: Int
    }

    struct TrendRow: Sendable {
        var week: String
        var start: String
        var outreach: Int
        var meetings: Int
        var current: Bool
    }

    struct Bar: Sendable {
        var x: Int
        var y: Int
        var width: Int
        var height: Int
        /// `outreach` or `meetings`.
        var series: String
        var value: Int
        /// Whether to print the value above the bar (not for zero).
        var shown: Bool
        var labelX: Int
        var labelY: Int
        var title: String
    }

    struct AxisLabel: Sendable {
        var x: Int
        var y: Int
        var text: String
    }

    func href(_ path: String) -> String { linkBase + MarkdownText.encodePath(path) }

    var view: View {
        let r = report
        func change(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "±0" }
        let numbers = r.numbers.map {
            NumberView(
                label: $0.label, value: $0.value, previous: $0.previous, change: change($0.change),
                direction: $0.change > 0 ? "up" : $0.change < 0 ? "down" : "same")
        }
        let held = r.meetingsHeld.map { m in
            MeetingView(
                day: m.day.description, dayShort: m.day.short, time: m.time, person: m.person, href: href(m.path),
                title: m.title, company: m.company, medium: m.medium, duration: m.durationMinutes.map { "\($0) min" },
                thankYou: m.thankYou?.description, owed: m.thankYou == nil,
                details: [
                    [m.title, m.company.map { "@ \($0)" }].compactMap { $0 }.joined(separator: " "), m.medium,
                    m.durationMinutes.map { "\($0) min" },
                ].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "))
        }
        let upcoming = r.comingUp.map { u in
            UpcomingView(
                day: u.day.description, dayShort: u.day.short, time: u.time, person: u.person, href: href(u.path),
                title: u.title, company: u.company, medium: u.medium, research: u.research, questions: u.questions,
                minQuestions: u.minQuestions, questionsReady: u.questions >= u.minQuestions)
        }
        let due = concurrentMap(r.dueNow.count) { n in  // thousands of rows on a neglected notebook
            let d = r.dueNow[n]
            return DueView(
                due: d.due?.description, dueShort: d.due?.short, kind: d.kind, text: d.text, contact: d.contact,
                href: href(d.path), location: "\(d.path):\(d.line)", overdue: d.overdue)
        }
        let people = r.newPeople.map { p in
            NewPersonView(name: p.name, by: p.by, day: p.day.description, href: href(p.path), link: p.url.flatMap(SafeLink.web))
        }
        let health = HealthView(
            errors: r.health.errors, warnings: r.health.warnings, notes: r.health.notes, filesChecked: r.health.filesChecked,
            errorsNoun: WeekPage.noun(r.health.errors, "error"), warningsNoun: WeekPage.noun(r.health.warnings, "warning"),
            notesNoun: WeekPage.noun(r.health.notes, "note"), filesNoun: WeekPage.noun(r.health.filesChecked, "file"),
            moreFilesNoun: WeekPage.noun(r.health.filesWithFindings - r.health.files.count, "file"),
            clean: r.health.errors + r.health.warnings + r.health.notes == 0, topRules: r.health.topRules,
            files: r.health.files.map { FileView(path: $0.path, href: href($0.path), errors: $0.errors, warnings: $0.warnings, notes: $0.notes) },
            hasFiles: !r.health.files.isEmpty,
            moreFiles: r.health.filesWithFindings - r.health.files.count,
            hasMoreFiles: r.health.filesWithFindings > r.health.files.count)
        return View(
            week: r.week, previousWeek: r.previousWeek, today: r.today.description, todayLong: r.today.long,
            startLong: r.start.long, endLong: r.end.long, numbers: numbers, meetingsHeld: held, comingUp: upcoming,
            dueNow: due, pipeline: pipelineView, newPeople: people, health: health, trend: trendView)
    }

    var pipelineView: PipelineView {
        let p = report.pipeline
        let count = { (s: Status) in p.statuses.first { $0.status == s.rawValue }?.people ?? 0 }
        let total = p.statuses.reduce(0) { $0 + $1.people }
        // Everyone who reached a stage, so the bars narrow as a funnel does.
        let stages: [(String, Int)] = [
            ("In your notebook", total),
            ("Written to", total - count(.prospect)),
            ("Meeting set", count(.scheduled) + count(.done)),
            ("Met", count(.done)),
        ]
        // The stage's name in a column of its own and the count past the bar's end, so both
        // stay readable however narrow a bar gets (a small "Met" among hundreds written to).
        let full = 200, left = 150, rowHeight = 38
        let funnel = stages.enumerated().map { index, stage in
            let width = total == 0 ? 0 : max(stage.1 == 0 ? 0 : 4, full * stage.1 / total)
            return FunnelStage(
                index: index, label: stage.0, count: stage.1, x: left, y: index * rowHeight,
                width: width, textY: index * rowHeight + 21, countX: left + width + 8)
        }
        let candidates = p.addNext.map { c in
            CandidateView(
                name: c.name, href: href(c.path), referral: c.source == "referral", by: c.by,
                since: c.since?.description, company: c.company)
        }
        return PipelineView(
            statuses: p.statuses.map { StatusView(status: $0.status, people: $0.people) }, inPlay: p.inPlay,
            activeTarget: p.activeTarget, onTarget: p.inPlay >= p.activeTarget,
            toAdd: max(0, p.activeTarget - p.inPlay), addNext: candidates, hasAddNext: !candidates.isEmpty, funnel: funnel,
            funnelHeight: stages.count * rowHeight)
    }

    var trendView: TrendView {
        let weeks = report.trend
        let width = 640, height = 200, top = 18, baseline = 170
        let maxValue = max(1, weeks.map { max($0.outreach, $0.meetings) }.max() ?? 1)
        let group = width / max(1, weeks.count)
        let barWidth = max(4, (group - 10) / 2)
        var bars: [Bar] = []
        var labels: [AxisLabel] = []
        for (index, w) in weeks.enumerated() {
            let x0 = index * group + (group - 2 * barWidth - 2) / 2
            for (series, value, offset) in [("outreach", w.outreach, 0), ("meetings", w.meetings, barWidth + 2)] {
                let h = (baseline - top) * value / maxValue
                bars.append(
                    Bar(
                        x: x0 + offset, y: baseline - h, width: barWidth, height: h, series: series, value: value, shown: value > 0,
                        labelX: x0 + offset + barWidth / 2, labelY: baseline - h - 4,
                        title: "\(w.week): \(value) \(series == "outreach" ? "outreach" : "meetings")"))
            }
            labels.append(AxisLabel(x: index * group + group / 2, y: baseline + 18, text: "W" + w.week.suffix(2)))
        }
        let rows = weeks.map { w in
            TrendRow(week: w.week, start: w.start.description, outreach: w.outreach, meetings: w.meetings, current: w.week == report.week)
        }
        return TrendView(rows: rows, bars: bars, labels: labels, width: width, height: height, baseline: baseline, maxValue: maxValue)
    }
}
