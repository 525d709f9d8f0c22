// Page views answer the templates' lookups by name: the built-in templates' renderer
// (`PageTemplate`) through `field`, and swift-mustache (a user's templates) through `child`, which
// would otherwise reflect the whole struct at every lookup. Written by scripts/page-views from
// the view structs; `PageViewTests` checks that every field of every view reachable from a page
// answers.

extension WeekPage.View: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "week": self.week.pageValue
        case "previousWeek": self.previousWeek.pageValue
        case "today": self.today.pageValue
        case "todayLong": self.todayLong.pageValue
        case "startLong": self.startLong.pageValue
        case "endLong": self.endLong.pageValue
        case "numbers": self.numbers.pageValue
        case "meetingsHeld": self.meetingsHeld.pageValue
        case "comingUp": self.comingUp.pageValue
        case "dueNow": self.dueNow.pageValue
        case "pipeline": self.pipeline.pageValue
        case "newPeople": self.newPeople.pageValue
        case "health": self.health.pageValue
        case "trend": self.trend.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.NumberView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "label": self.label.pageValue
        case "value": self.value.pageValue
        case "previous": self.previous.pageValue
        case "change": self.change.pageValue
        case "direction": self.direction.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.MeetingView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "day": self.day.pageValue
        case "dayShort": self.dayShort.pageValue
        case "time": self.time.pageValue
        case "person": self.person.pageValue
        case "href": self.href.pageValue
        case "title": self.title.pageValue
        case "company": self.company.pageValue
        case "medium": self.medium.pageValue
        case "duration": self.duration.pageValue
        case "thankYou": self.thankYou.pageValue
        case "owed": self.owed.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.UpcomingView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "day": self.day.pageValue
        case "dayShort": self.dayShort.pageValue
        case "time": self.time.pageValue
        case "person": self.person.pageValue
        case "href": self.href.pageValue
        case "title": self.title.pageValue
        case "company": self.company.pageValue
        case "medium": self.medium.pageValue
        case "research": self.research.pageValue
        case "questions": self.questions.pageValue
        case "minQuestions": self.minQuestions.pageValue
        case "questionsReady": self.questionsReady.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.DueView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "due": self.due.pageValue
        case "dueShort": self.dueShort.pageValue
        case "kind": self.kind.pageValue
        case "text": self.text.pageValue
        case "contact": self.contact.pageValue
        case "href": self.href.pageValue
        case "location": self.location.pageValue
        case "overdue": self.overdue.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.PipelineView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "statuses": self.statuses.pageValue
        case "inPlay": self.inPlay.pageValue
        case "activeTarget": self.activeTarget.pageValue
        case "onTarget": self.onTarget.pageValue
        case "toAdd": self.toAdd.pageValue
        case "addNext": self.addNext.pageValue
        case "hasAddNext": self.hasAddNext.pageValue
        case "funnel": self.funnel.pageValue
        case "funnelHeight": self.funnelHeight.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.StatusView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "status": self.status.pageValue
        case "people": self.people.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.CandidateView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "name": self.name.pageValue
        case "href": self.href.pageValue
        case "referral": self.referral.pageValue
        case "by": self.by.pageValue
        case "since": self.since.pageValue
        case "company": self.company.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.FunnelStage: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "index": self.index.pageValue
        case "label": self.label.pageValue
        case "count": self.count.pageValue
        case "x": self.x.pageValue
        case "y": self.y.pageValue
        case "width": self.width.pageValue
        case "textY": self.textY.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.NewPersonView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "name": self.name.pageValue
        case "by": self.by.pageValue
        case "day": self.day.pageValue
        case "href": self.href.pageValue
        case "link": self.link.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.HealthView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "errors": self.errors.pageValue
        case "warnings": self.warnings.pageValue
        case "notes": self.notes.pageValue
        case "filesChecked": self.filesChecked.pageValue
        case "clean": self.clean.pageValue
        case "topRules": self.topRules.pageValue
        case "files": self.files.pageValue
        case "hasFiles": self.hasFiles.pageValue
        case "moreFiles": self.moreFiles.pageValue
        case "hasMoreFiles": self.hasMoreFiles.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.FileView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "path": self.path.pageValue
        case "href": self.href.pageValue
        case "errors": self.errors.pageValue
        case "warnings": self.warnings.pageValue
        case "notes": self.notes.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.TrendView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "rows": self.rows.pageValue
        case "bars": self.bars.pageValue
        case "labels": self.labels.pageValue
        case "width": self.width.pageValue
        case "height": self.height.pageValue
        case "baseline": self.baseline.pageValue
        case "maxValue": self.maxValue.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.TrendRow: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "week": self.week.pageValue
        case "start": self.start.pageValue
        case "outreach": self.outreach.pageValue
        case "meetings": self.meetings.pageValue
        case "current": self.current.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.Bar: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "x": self.x.pageValue
        case "y": self.y.pageValue
        case "width": self.width.pageValue
        case "height": self.height.pageValue
        case "series": self.series.pageValue
        case "value": self.value.pageValue
        case "shown": self.shown.pageValue
        case "labelX": self.labelX.pageValue
        case "labelY": self.labelY.pageValue
        case "title": self.title.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekPage.AxisLabel: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "x": self.x.pageValue
        case "y": self.y.pageValue
        case "text": self.text.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexPage.View: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "today": self.today.pageValue
        case "todayLong": self.todayLong.pageValue
        case "peopleCount": self.peopleCount.pageValue
        case "interviewCount": self.interviewCount.pageValue
        case "people": self.people.pageValue
        case "letters": self.letters.pageValue
        case "companies": self.companies.pageValue
        case "interviews": self.interviews.pageValue
        case "mermaid": self.mermaid.pageValue
        case "network": self.network.pageValue
        case "hasNetwork": self.hasNetwork.pageValue
        case "tags": self.tags.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexPage.LetterView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "letter": self.letter.pageValue
        case "people": self.people.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexPage.PersonView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "name": self.name.pageValue
        case "href": self.href.pageValue
        case "role": self.role.pageValue
        case "status": self.status.pageValue
        case "introducedBy": self.introducedBy.pageValue
        case "lastInteraction": self.lastInteraction.pageValue
        case "nextFollowUp": self.nextFollowUp.pageValue
        case "nextKind": self.nextKind.pageValue
        case "notes": self.notes.pageValue
        case "hasNote": self.hasNote.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexPage.NoteLink: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "last": self.last.pageValue
        case "number": self.number.pageValue
        case "path": self.path.pageValue
        case "href": self.href.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexPage.CompanyView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "name": self.name.pageValue
        case "people": self.people.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexPage.MemberView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "name": self.name.pageValue
        case "status": self.status.pageValue
        case "href": self.href.pageValue
        case "last": self.last.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexPage.InterviewView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "day": self.day.pageValue
        case "time": self.time.pageValue
        case "person": self.person.pageValue
        case "company": self.company.pageValue
        case "status": self.status.pageValue
        case "practice": self.practice.pageValue
        case "href": self.href.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexPage.TagView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "tag": self.tag.pageValue
        case "notes": self.notes.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexPage.TaggedView: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "title": self.title.pageValue
        case "href": self.href.pageValue
        case "last": self.last.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension WeekReport.RuleCount: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "rule": self.rule.pageValue
        case "severity": self.severity.pageValue
        case "count": self.count.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}

extension IndexReport.Introduction: PageView {
    func field(_ name: String) -> PageValue {
        switch name {
        case "from": self.from.pageValue
        case "to": self.to.pageValue
        case "kind": self.kind.pageValue
        default: .missing
        }
    }

    public func child(named name: String) -> Any? { field(name).mustacheValue }
}
