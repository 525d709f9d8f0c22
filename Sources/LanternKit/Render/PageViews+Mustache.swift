import Mustache

// Page views answer Mustache's lookups by name. Left to itself, Mustache finds a field by
// reflecting the whole struct at every lookup, and rendering a page of thousands of rows took
// longer than reading the notebook. Written by scripts/page-views from the view structs;
// `PageViewTests` checks that every field of every view reachable from a page answers.

extension WeekPage.View: MustacheParent {
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

extension WeekPage.NumberView: MustacheParent {
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

extension WeekPage.MeetingView: MustacheParent {
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
        default: nil
        }
    }
}

extension WeekPage.UpcomingView: MustacheParent {
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

extension WeekPage.DueView: MustacheParent {
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

extension WeekPage.PipelineView: MustacheParent {
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

extension WeekPage.StatusView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "status": self.status
        case "people": self.people
        default: nil
        }
    }
}

extension WeekPage.CandidateView: MustacheParent {
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

extension WeekPage.FunnelStage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "index": self.index
        case "label": self.label
        case "count": self.count
        case "x": self.x
        case "y": self.y
        case "width": self.width
        case "textY": self.textY
        default: nil
        }
    }
}

extension WeekPage.NewPersonView: MustacheParent {
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

extension WeekPage.HealthView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "errors": self.errors
        case "warnings": self.warnings
        case "notes": self.notes
        case "filesChecked": self.filesChecked
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

extension WeekPage.FileView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "path": self.path
        case "href": self.href
        case "errors": self.errors
        case "warnings": self.warnings
        case "notes": self.notes
        default: nil
        }
    }
}

extension WeekPage.TrendView: MustacheParent {
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

extension WeekPage.TrendRow: MustacheParent {
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

extension WeekPage.Bar: MustacheParent {
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

extension WeekPage.AxisLabel: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "x": self.x
        case "y": self.y
        case "text": self.text
        default: nil
        }
    }
}

extension IndexPage.View: MustacheParent {
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

extension IndexPage.LetterView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "letter": self.letter
        case "people": self.people
        default: nil
        }
    }
}

extension IndexPage.PersonView: MustacheParent {
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

extension IndexPage.NoteLink: MustacheParent {
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

extension IndexPage.CompanyView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "people": self.people
        default: nil
        }
    }
}

extension IndexPage.MemberView: MustacheParent {
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

extension IndexPage.InterviewView: MustacheParent {
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

extension IndexPage.TagView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "tag": self.tag
        case "notes": self.notes
        default: nil
        }
    }
}

extension IndexPage.TaggedView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "last": self.last
        default: nil
        }
    }
}

extension WeekReport.RuleCount: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "rule": self.rule
        case "severity": self.severity
        case "count": self.count
        default: nil
        }
    }
}

extension IndexReport.Introduction: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "from": self.from
        case "to": self.to
        case "kind": self.kind
        default: nil
        }
    }
}
