// Do not edit; made by scripts/page-views from the view structs of the week and index pages.
// Run it after adding a field or a view (`PageViewTests` fails until then).
//
// Each view answers swift-mustache's lookups by name (`MustacheParent`), which would otherwise
// reflect the whole struct with `Mirror` at every lookup.
// swift-format-ignore-file

extension IndexPage.View: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "today": self.today
        case "todayLong": self.todayLong
        case "peopleCount": self.peopleCount
        case "interviewCount": self.interviewCount
        case "people": self.people
        case "letters": self.letters
        case "companies": self.companies
        case "interviews": self.interviews
        case "mermaid": self.mermaid
        case "network": self.network
        case "hasNetwork": self.hasNetwork
        case "tags": self.tags
        default: nil
        }
    }
}

extension IndexPage.LetterView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "letter": self.letter
        case "people": self.people
        default: nil
        }
    }
}

extension IndexPage.PersonView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": self.href
        case "role": self.role
        case "status": self.status
        case "introducedBy": self.introducedBy
        case "lastInteraction": self.lastInteraction
        case "nextFollowUp": self.nextFollowUp
        case "nextKind": self.nextKind
        case "notes": self.notes
        case "hasNote": self.hasNote
        default: nil
        }
    }
}

extension IndexPage.NoteLink: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "last": self.last
        case "number": self.number
        case "path": self.path
        case "href": self.href
        default: nil
        }
    }
}

extension IndexPage.CompanyView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "people": self.people
        default: nil
        }
    }
}

extension IndexPage.MemberView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "status": self.status
        case "href": self.href
        case "last": self.last
        default: nil
        }
    }
}

extension IndexPage.InterviewView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "day": self.day
        case "time": self.time
        case "person": self.person
        case "company": self.company
        case "status": self.status
        case "practice": self.practice
        case "href": self.href
        default: nil
        }
    }
}

extension IndexPage.TagView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "tag": self.tag
        case "notes": self.notes
        default: nil
        }
    }
}

extension IndexPage.TaggedView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "last": self.last
        default: nil
        }
    }
}

extension WeekPage.View: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "week": self.week
        case "previousWeek": self.previousWeek
        case "today": self.today
        case "todayLong": self.todayLong
        case "startLong": self.startLong
        case "endLong": self.endLong
        case "numbers": self.numbers
        case "meetingsHeld": self.meetingsHeld
        case "comingUp": self.comingUp
        case "dueNow": self.dueNow
        case "pipeline": self.pipeline
        case "newPeople": self.newPeople
        case "health": self.health
        case "trend": self.trend
        default: nil
        }
    }
}

extension WeekPage.NumberView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        case "previous": self.previous
        case "change": self.change
        case "direction": self.direction
        default: nil
        }
    }
}

extension WeekPage.MeetingView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "day": self.day
        case "dayShort": self.dayShort
        case "time": self.time
        case "person": self.person
        case "href": self.href
        case "title": self.title
        case "company": self.company
        case "medium": self.medium
        case "duration": self.duration
        case "thankYou": self.thankYou
        case "owed": self.owed
        case "details": self.details
        default: nil
        }
    }
}

extension WeekPage.UpcomingView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "day": self.day
        case "dayShort": self.dayShort
        case "time": self.time
        case "person": self.person
        case "href": self.href
        case "title": self.title
        case "company": self.company
        case "medium": self.medium
        case "research": self.research
        case "questions": self.questions
        case "minQuestions": self.minQuestions
        case "questionsReady": self.questionsReady
        default: nil
        }
    }
}

extension WeekPage.DueView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "due": self.due
        case "dueShort": self.dueShort
        case "kind": self.kind
        case "text": self.text
        case "contact": self.contact
        case "href": self.href
        case "location": self.location
        case "overdue": self.overdue
        default: nil
        }
    }
}

extension WeekPage.PipelineView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "statuses": self.statuses
        case "inPlay": self.inPlay
        case "activeTarget": self.activeTarget
        case "onTarget": self.onTarget
        case "toAdd": self.toAdd
        case "addNext": self.addNext
        case "hasAddNext": self.hasAddNext
        case "funnel": self.funnel
        case "funnelHeight": self.funnelHeight
        default: nil
        }
    }
}

extension WeekPage.StatusView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "status": self.status
        case "people": self.people
        default: nil
        }
    }
}

extension WeekPage.CandidateView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": self.href
        case "referral": self.referral
        case "by": self.by
        case "since": self.since
        case "company": self.company
        default: nil
        }
    }
}

extension WeekPage.FunnelStage: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "index": self.index
        case "label": self.label
        case "count": self.count
        case "x": self.x
        case "y": self.y
        case "width": self.width
        case "textY": self.textY
        case "countX": self.countX
        default: nil
        }
    }
}

extension WeekPage.NewPersonView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "by": self.by
        case "day": self.day
        case "href": self.href
        case "link": self.link
        default: nil
        }
    }
}

extension WeekPage.HealthView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "errors": self.errors
        case "warnings": self.warnings
        case "notes": self.notes
        case "filesChecked": self.filesChecked
        case "errorsNoun": self.errorsNoun
        case "warningsNoun": self.warningsNoun
        case "notesNoun": self.notesNoun
        case "filesNoun": self.filesNoun
        case "moreFilesNoun": self.moreFilesNoun
        case "clean": self.clean
        case "topRules": self.topRules
        case "files": self.files
        case "hasFiles": self.hasFiles
        case "moreFiles": self.moreFiles
        case "hasMoreFiles": self.hasMoreFiles
        default: nil
        }
    }
}

extension WeekPage.FileView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "path": self.path
        case "href": self.href
        case "errors": self.errors
        case "warnings": self.warnings
        case "notes": self.notes
        case "errorsNoun": self.errorsNoun
        case "warningsNoun": self.warningsNoun
        case "notesNoun": self.notesNoun
        default: nil
        }
    }
}

extension WeekPage.TrendView: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "rows": self.rows
        case "bars": self.bars
        case "labels": self.labels
        case "width": self.width
        case "height": self.height
        case "baseline": self.baseline
        case "maxValue": self.maxValue
        default: nil
        }
    }
}

extension WeekPage.TrendRow: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "week": self.week
        case "start": self.start
        case "outreach": self.outreach
        case "meetings": self.meetings
        case "current": self.current
        default: nil
        }
    }
}

extension WeekPage.Bar: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "x": self.x
        case "y": self.y
        case "width": self.width
        case "height": self.height
        case "series": self.series
        case "value": self.value
        case "shown": self.shown
        case "labelX": self.labelX
        case "labelY": self.labelY
        case "title": self.title
        default: nil
        }
    }
}

extension WeekPage.AxisLabel: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "x": self.x
        case "y": self.y
        case "text": self.text
        default: nil
        }
    }
}

extension IndexReport.Introduction: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "from": self.from
        case "to": self.to
        case "kind": self.kind
        default: nil
        }
    }
}

extension WeekReport.RuleCount: PageView {
    public func child(named name: String) -> Any? {
        switch name {
        case "rule": self.rule
        case "severity": self.severity
        case "count": self.count
        default: nil
        }
    }
}
