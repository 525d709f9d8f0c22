import Testing
@testable import LanternKit
import LanternTestSupport

/// Task lines as Obsidian Tasks and Dataview read them, and what Lantern makes of each.
///
/// The example lines are data taken from those projects' tests and docs (no code), each with the
/// file it comes from:
/// - obsidian-tasks (github.com/obsidian-tasks-group/obsidian-tasks, MIT License, Copyright (c)
///   2021 Clare Macrae, Ilyas Landikov and Martin Schenck), read at commit cc0fce3c;
/// - obsidian-dataview (github.com/blacksmithgu/obsidian-dataview, MIT License, Copyright (c)
///   2021 Michael Brenan), read at commit 5ad0994f.
///
/// `reads` is what the plugin makes of the line, written as `[symbol] status "text" field=value…`
/// (fields in a fixed order: due, time, scheduled, start, created, done, cancelled, priority,
/// repeat, id, dependsOn, onCompletion, block, invalid — the last one a date value Lantern reports
/// as `task-date-invalid`). `lantern` is given only where Lantern reads the line differently, and
/// `why` says why (docs/format.md lists these choices).
struct TaskLine: CustomTestStringConvertible, Sendable {
    var markdown: String
    var source: String
    var reads: String
    var lantern: String?
    var why: String?

    var testDescription: String { markdown }
}

private let tasksTest = "obsidian-tasks tests/Task/Task.test.ts"
private let serializerTest = "obsidian-tasks tests/TaskSerializer/DefaultTaskSerializer.test.ts"
private let tasksDocs = "obsidian-tasks docs/"
private let dataviewDocs = "obsidian-dataview docs/docs/annotation/"

let taskLines: [TaskLine] = [
    // MARK: obsidian-tasks: tests/Task/Task.test.ts
    TaskLine(markdown: "- [ ] A Task", source: tasksTest + " 'should be a task'", reads: ##"[ ] open "A Task""##),
    TaskLine(
        markdown: "- [x] this is a done task 🗓 2021-09-12 ✅ 2021-06-20 ➕ 2023-03-07",
        source: tasksTest + " 'parses a task from a line starting with hyphen'",
        reads: ##"[x] done "this is a done task" due=2021-09-12 created=2023-03-07 done=2021-06-20"##),
    TaskLine(
        markdown: "* [ ] this is a task in asterisk list", source: tasksTest + " 'parses a task from a line starting with asterisk'",
        reads: ##"[ ] open "this is a task in asterisk list""##),
    TaskLine(
        markdown: "+ [ ] this is a task in asterisk list", source: tasksTest + " 'parses a task from a line starting with plus sign'",
        reads: ##"[ ] open "this is a task in asterisk list""##),
    TaskLine(
        markdown: "1. [x] this is a done task", source: tasksTest + " 'parses a task from a line (numbered)'",
        reads: ##"[x] done "this is a done task""##),
    TaskLine(
        markdown: "909999. [ ] this is a todo task", source: tasksTest + " 'parses a task from a line (big number)'",
        reads: ##"[ ] open "this is a todo task""##),
    TaskLine(
        markdown: "- [D] this is a deferred task", source: tasksTest + " 'supports capitalised status characters'",
        reads: ##"[D] open "this is a deferred task""##),
    TaskLine(
        markdown: "- [x] this is a ✅ done task 🗓 2021-09-12 ✅ 2021-06-20",
        source: tasksTest + " 'allows signifier emojis as part of the description'",
        reads: ##"[x] done "this is a ✅ done task" due=2021-09-12 done=2021-06-20"##),
    TaskLine(
        markdown: "- [x] this is a ✅ done task 🗓 2021-09-12 ✅ 2021-06-20 ^my-precious  ",
        source: tasksTest + " 'also works with block links and trailing spaces'",
        reads: ##"[x] done "this is a ✅ done task" due=2021-09-12 done=2021-06-20 block=my-precious"##),
    TaskLine(
        markdown: "- [ ] this is a task due 📅 2021-09-12 #inside_tag ⏫ #some/tags_with_underscore",
        source: tasksTest + " 'supports tag anywhere in the description…'",
        reads: ##"[ ] open "this is a task due #inside_tag #some/tags_with_underscore" due=2021-09-12 priority=high"##),
    TaskLine(
        markdown:
            "- [ ] Wobble ⏫  #tag1 ✅ 2022-07-02 #tag2  📅 2022-07-02 #tag3 ⏳ 2022-07-02 #tag4 🛫 2022-07-02 #tag5  🔁 every day  #tag6 #tag7 #tag8 #tag9 #tag10",
        source: tasksTest + " 'supports parsing large number of values'",
        reads:
            ##"[ ] open "Wobble #tag1 #tag2 #tag3 #tag4 #tag5 #tag6 #tag7 #tag8 #tag9 #tag10" due=2022-07-02 scheduled=2022-07-02 start=2022-07-02 done=2022-07-02 priority=high repeat=every day"##
    ),
    TaskLine(
        markdown: "- [ ] Wobble ✅2022-07-01 📅2022-07-02 ⏳2022-07-03 🛫2022-07-04 ➕2022-07-05 🔁every day",
        source: tasksTest + " 'supports parsing of emojis with multiple spaces'",
        reads: ##"[ ] open "Wobble" due=2022-07-02 scheduled=2022-07-03 start=2022-07-04 created=2022-07-05 done=2022-07-01 repeat=every day"##),
    TaskLine(
        markdown: "- [ ] Wobble ✅ 2022-07-01 📅 2022-07-02 ⏳ 2022-07-03 🛫 2022-07-04 ➕ 2022-07-05 🔁 every day",
        source: tasksTest + " 'supports parsing of emojis with multiple spaces'",
        reads: ##"[ ] open "Wobble" due=2022-07-02 scheduled=2022-07-03 start=2022-07-04 created=2022-07-05 done=2022-07-01 repeat=every day"##),
    TaskLine(
        markdown: "- [ ] Wobble ✅  2022-07-01 📅  2022-07-02 ⏳  2022-07-03 🛫  2022-07-04 ➕   2022-07-05 🔁  every day",
        source: tasksTest + " 'supports parsing of emojis with multiple spaces'",
        reads: ##"[ ] open "Wobble" due=2022-07-02 scheduled=2022-07-03 start=2022-07-04 created=2022-07-05 done=2022-07-01 repeat=every day"##),
    TaskLine(
        markdown: "- [x] this is a done task #tagone 🗓 2021-09-12 #another-tag ✅ 2021-06-20 #and_another",
        source: tasksTest + " 'task with tags' table",
        reads: ##"[x] done "this is a done task #tagone #another-tag #and_another" due=2021-09-12 done=2021-06-20"##),
    TaskLine(
        markdown: "- [ ] count the # of tomatoes #gardening", source: tasksTest + " 'task with tags' table",
        reads: ##"[ ] open "count the # of tomatoes #gardening""##),
    TaskLine(
        markdown:
            "- [ ] Export [Cloud Feedly feeds](https://cloud.feedly.com/#opml) #context/pc_clare ⏳ 2022-05-15 🔁 every 4 weeks on Sunday #context/more_context",
        source: tasksTest + " 'task with tags' table",
        reads:
            ##"[ ] open "Export [Cloud Feedly feeds](https://cloud.feedly.com/#opml) #context/pc_clare #context/more_context" scheduled=2022-05-15 repeat=every 4 weeks on Sunday"##,
        lantern: ##"[ ] open "Export Cloud Feedly feeds #context/pc_clare #context/more_context" scheduled=2022-05-15 repeat=every 4 weeks on Sunday"##,
        why: "Lantern reads the Markdown with cmark: a link shows as its text"),
    TaskLine(
        markdown: "- [#task] this is a task 🗓 2021-09-12", source: tasksTest + " 'should not parse task with global filter outside of the description'",
        reads: "not a task"),
    TaskLine(
        markdown: "- [ ] recurring 🔁 every day 📅 2022-06-17", source: tasksTest + " recurrence tests",
        reads: ##"[ ] open "recurring" due=2022-06-17 repeat=every day"##),
    TaskLine(
        markdown: "- [ ] this is a task 📅 2021-09-12 ^my-precious", source: tasksTest + " 'retains the block link'",
        reads: ##"[ ] open "this is a task" due=2021-09-12 block=my-precious"##),
    TaskLine(
        markdown: "- [!] An important task", source: tasksTest + " custom status tests",
        reads: ##"[!] open "An important task""##),
    TaskLine(
        markdown: "- [X] Stuff 📅 2023-12-15 ✅ 2019-01-17", source: tasksTest + " 'handleNewStatus' tests",
        reads: ##"[X] done "Stuff" due=2023-12-15 done=2019-01-17"##),
    TaskLine(
        markdown: "- [-] Stuff 📅 2023-12-15 ❌ 2023-06-26", source: tasksTest + " 'handleNewStatus' tests",
        reads: ##"[-] cancelled "Stuff" due=2023-12-15 cancelled=2023-06-26"##),
    TaskLine(
        markdown: "- [4] Stuff 📅 2023-12-15 ❌ 2019-01-17", source: tasksTest + " 'handleNewStatus' tests (an unknown status is TODO)",
        reads: ##"[4] open "Stuff" due=2023-12-15 cancelled=2019-01-17"##),
    TaskLine(
        markdown: "- [ ] Annual task 🔁 every year when done 📅 1989-12-23", source: tasksTest + " recurrence tests",
        reads: ##"[ ] open "Annual task" due=1989-12-23 repeat=every year when done"##),
    TaskLine(
        markdown: "- [ ] this is a task 🔁 every day ➕ 2021-09-11 📅 2021-09-12", source: tasksTest + " created-date tests",
        reads: ##"[ ] open "this is a task" due=2021-09-12 created=2021-09-11 repeat=every day"##),
    TaskLine(
        markdown: "- [ ] should retain *id* and *dependsOn* 🆔 id2 ⛔ id1", source: tasksTest + " dependency tests",
        reads: ##"[ ] open "should retain *id* and *dependsOn*" id=id2 dependsOn=id1"##,
        lantern: ##"[ ] open "should retain id and dependsOn" id=id2 dependsOn=id1"##,
        why: "Lantern reads the Markdown with cmark: emphasis shows as its text"),

    // MARK: obsidian-tasks: tests/TaskSerializer/DefaultTaskSerializer.test.ts
    TaskLine(
        markdown: "- [ ] Read ⌛ 2021-06-20", source: serializerTest + " 'should parse a scheduledDate - with non-standard emoji'",
        reads: ##"[ ] open "Read" scheduled=2021-06-20"##),
    TaskLine(
        markdown: "- [ ] Read ⏳\u{FE0F} 2024-11-18", source: serializerTest + " 'should parse a scheduledDate - with Variation Selector'",
        reads: ##"[ ] open "Read" scheduled=2024-11-18"##),
    TaskLine(
        markdown: "- [ ] Read 📆 2021-06-20", source: serializerTest + " 'should parse a dueDate - with non-standard emoji 1'",
        reads: ##"[ ] open "Read" due=2021-06-20"##),
    TaskLine(
        markdown: "- [ ] Read 🗓 2021-06-20", source: serializerTest + " 'should parse a dueDate - with non-standard emoji 2'",
        reads: ##"[ ] open "Read" due=2021-06-20"##),
    TaskLine(
        markdown: "- [ ] Read 🗓\u{FE0F} 2021-06-20", source: serializerTest + " dueDateRegex (📅|📆|🗓)\\ufe0f?",
        reads: ##"[ ] open "Read" due=2021-06-20"##),
    TaskLine(
        markdown: "- [ ] Read ⏫\u{FE0F}", source: serializerTest + " 'should parse a high priority with Variant Selector 16'",
        reads: ##"[ ] open "Read" priority=high"##),
    TaskLine(markdown: "- [ ] Read 🔺", source: serializerTest + " 'should parse a priority'", reads: ##"[ ] open "Read" priority=highest"##),
    TaskLine(markdown: "- [ ] Read ⏬", source: serializerTest + " 'should parse a priority'", reads: ##"[ ] open "Read" priority=lowest"##),
    TaskLine(
        markdown: "- [ ] Read 🏁  Keep", source: serializerTest + " onCompletion 'should allow multiple spaces'",
        reads: ##"[ ] open "Read" onCompletion=keep"##),
    TaskLine(
        markdown: "- [ ] Read ⛔\u{FE0F} F12345", source: serializerTest + " 'should parse depends on one task - with Variant Selector 16'",
        reads: ##"[ ] open "Read" dependsOn=F12345"##),
    TaskLine(
        markdown: "- [ ] Read ⛔ ab , CD ,  EF  ,    GK", source: serializerTest + " 'should parse depends on multiple tasks with varying spaces tasks'",
        reads: ##"[ ] open "Read" dependsOn=ab,CD,EF,GK"##),
    TaskLine(
        markdown: "- [ ] Read 🆔 Abcd0f-", source: serializerTest + " 'should parse id with hyphen'",
        reads: ##"[ ] open "Read" id=Abcd0f-"##),
    TaskLine(
        markdown: "- [ ] Read 🆔 A*bcd0f", source: serializerTest + " 'should not parse id with asterisk, so id is left in description'",
        reads: ##"[ ] open "Read 🆔 A*bcd0f""##),

    // MARK: obsidian-tasks: docs
    TaskLine(
        markdown: "- [ ] take out the trash 🛫 2021-04-09", source: tasksDocs + "Getting Started/Dates.md",
        reads: ##"[ ] open "take out the trash" start=2021-04-09"##),
    TaskLine(
        markdown: "- [-] take out the trash ❌ 2021-04-09", source: tasksDocs + "Getting Started/Dates.md",
        reads: ##"[-] cancelled "take out the trash" cancelled=2021-04-09"##),
    TaskLine(
        markdown: "- [ ] take out the trash 🔼", source: tasksDocs + "Getting Started/Priority.md",
        reads: ##"[ ] open "take out the trash" priority=medium"##),
    TaskLine(
        markdown: "- [ ] Build a first draft 🆔 4ijuhy", source: tasksDocs + "Getting Started/Task Dependencies.md",
        reads: ##"[ ] open "Build a first draft" id=4ijuhy"##),
    TaskLine(
        markdown: "- [/] In progress 📅 2026-11-20", source: tasksDocs + "Getting Started/Statuses/Core Statuses.md (`/` In Progress, IN_PROGRESS)",
        reads: ##"[/] open "In progress" due=2026-11-20"##),
    TaskLine(
        markdown: "- [x] #task Do stuff 🛫 2024-02-27 ⏳ 2024-02-28 📅 Invalid date ✅ 2023-10-21",
        source: tasksDocs + "Getting Started/Recurring Tasks.md (Tasks writes 'Invalid date')",
        reads: ##"[x] done "#task Do stuff" scheduled=2024-02-28 start=2024-02-27 done=2023-10-21 invalid=Invalid date"##),
    TaskLine(
        markdown: "- [ ] Do stuff 🔁 every year 🛫 2024-02-27 ⏳ 2024-02-28 📅 2024-02-30",
        source: tasksDocs + "Getting Started/Recurring Tasks.md (an invalid due date)",
        reads: ##"[ ] open "Do stuff" scheduled=2024-02-28 start=2024-02-27 repeat=every year invalid=2024-02-30"##),
    TaskLine(
        markdown: "- [ ] #task Invalid due date 📅 2022-02-29", source: "obsidian-tasks resources/sample_vaults/Tasks-Demo/Manual Testing/Invalid Dates.md",
        reads: ##"[ ] open "#task Invalid due date" invalid=2022-02-29"##),
    TaskLine(
        markdown: "- [ ] #task Has a created date  [created:: 2023-04-13]", source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[ ] open "#task Has a created date" created=2023-04-13"##),
    TaskLine(
        markdown: "- [ ] #task Has a scheduled date  [scheduled:: 2023-04-14]", source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[ ] open "#task Has a scheduled date" scheduled=2023-04-14"##),
    TaskLine(
        markdown: "- [ ] #task Has a start date  [start:: 2023-04-15]", source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[ ] open "#task Has a start date" start=2023-04-15"##),
    TaskLine(
        markdown: "- [ ] #task Has a due date  [due:: 2023-04-16]", source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[ ] open "#task Has a due date" due=2023-04-16"##),
    TaskLine(
        markdown: "- [x] #task Has a done date  [completion:: 2023-04-17]", source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[x] done "#task Has a done date" done=2023-04-17"##),
    TaskLine(
        markdown: "- [-] #task Has a cancelled date  [cancelled:: 2023-04-18]", source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[-] cancelled "#task Has a cancelled date" cancelled=2023-04-18"##),
    TaskLine(
        markdown: "- [ ] #task High priority  [priority:: high]", source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[ ] open "#task High priority" priority=high"##),
    TaskLine(
        markdown: "- [ ] #task Is a recurring task [repeat:: every day when done]", source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[ ] open "#task Is a recurring task" repeat=every day when done"##),
    TaskLine(
        markdown: "- [ ] #task Remove this task when done  [onCompletion:: delete]", source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[ ] open "#task Remove this task when done" onCompletion=delete"##),
    TaskLine(
        markdown: "- [ ] #task do this after first and some other task  [dependsOn:: dcf64c,0h17ye]",
        source: tasksDocs + "Reference/Task Formats/Dataview Format.md",
        reads: ##"[ ] open "#task do this after first and some other task" dependsOn=dcf64c,0h17ye"##),
    TaskLine(
        markdown: "- [ ] #task do this first  (id:: dcf64c)",
        source: tasksDocs + "Reference/Task Formats/Dataview Format.md ('Tasks also reads dataview fields in parentheses')",
        reads: ##"[ ] open "#task do this first" id=dcf64c"##),

    // MARK: obsidian-dataview: docs and src/data-import/inline-field.ts
    TaskLine(
        markdown: "- [ ] Due this Saturday 🗓️2021-08-29", source: dataviewDocs + "metadata-tasks.md (Field Shorthands)",
        reads: ##"[ ] open "Due this Saturday" due=2021-08-29"##),
    TaskLine(
        markdown: "- [x] Completed last Saturday ✅2021-08-22", source: dataviewDocs + "metadata-tasks.md (Field Shorthands)",
        reads: ##"[x] done "Completed last Saturday" done=2021-08-22"##),
    TaskLine(
        markdown: "- [ ] I made this on ➕1990-06-14", source: dataviewDocs + "metadata-tasks.md (Field Shorthands)",
        reads: ##"[ ] open "I made this on" created=1990-06-14"##),
    TaskLine(
        markdown: "- [x] Task I finished ahead of schedule ⏳2021-08-29 ✅2021-08-22", source: dataviewDocs + "metadata-tasks.md (Field Shorthands)",
        reads: ##"[x] done "Task I finished ahead of schedule" scheduled=2021-08-29 done=2021-08-22"##),
    TaskLine(
        markdown: "- [X] I finished this on [completion:: 2021-08-15].", source: dataviewDocs + "metadata-tasks.md",
        reads: ##"[X] done "I finished this on ." done=2021-08-15"##),
    TaskLine(
        markdown: "- [ ] Hello, this is some [metadata:: value]!", source: dataviewDocs + "metadata-tasks.md (a field of the user's own stays in the text)",
        reads: ##"[ ] open "Hello, this is some [metadata:: value]!""##),
    TaskLine(
        markdown: "- [ ] Send an mail to David about the deadline [due:: 2022-04-05].", source: dataviewDocs + "add-metadata.md",
        reads: ##"[ ] open "Send an mail to David about the deadline ." due=2022-04-05"##),
    TaskLine(
        markdown: "- [ ] Call David [due:: 2022-04-05T10:30]", source: dataviewDocs + "types-of-metadata.md (Date: ISO8601 with a time)",
        reads: ##"[ ] open "Call David" due=2022-04-05 time=10:30"##),
    TaskLine(
        markdown: "- [ ] Call David [due:: 2021-04-18T04:19:35.000+06:30]",
        source: dataviewDocs + "types-of-metadata.md (Date: ISO8601 with a zone; shown in UTC)",
        reads: ##"[ ] open "Call David" due=2021-04-17 time=21:49"##),
    TaskLine(
        markdown: "- [ ] Call David [Due:: 2022-04-05]", source: dataviewDocs + "add-metadata.md (Field names: the sanitized key is lower case)",
        reads: ##"[ ] open "Call David" due=2022-04-05"##),
    TaskLine(
        markdown: "- [ ] Call David [due :: 2022-04-05]", source: "obsidian-dataview src/data-import/inline-field.ts (findSeparator trims the key)",
        reads: ##"[ ] open "Call David" due=2022-04-05"##),
    TaskLine(
        markdown: "- [ ] Call David [**due**:: 2022-04-05]", source: dataviewDocs + "add-metadata.md (formatting is left out of keys)",
        reads: ##"[ ] open "Call David" due=2022-04-05"##),
    TaskLine(
        markdown: "- [ ] This will not show the (due:: 2022-04-05)", source: dataviewDocs + "add-metadata.md (parenthesis syntax)",
        reads: ##"[ ] open "This will not show the" due=2022-04-05"##),

    // MARK: where Lantern is more lenient than Tasks (docs/format.md says so)
    TaskLine(
        markdown: "- [ ] Call Jane 📅 2026-11-20 before lunch", source: "Lantern: a date followed by other text",
        reads: ##"[ ] open "Call Jane 📅 2026-11-20 before lunch""##,
        lantern: ##"[ ] open "Call Jane before lunch" due=2026-11-20"##,
        why: "Tasks reads fields only at the end of the line; Lantern reads them anywhere"),
    TaskLine(
        markdown: "- [ ] Call Jane\n  📅 2026-11-20", source: "Lantern: a date on a continuation line",
        reads: ##"[ ] open "Call Jane""##,
        lantern: ##"[ ] open "Call Jane" due=2026-11-20"##,
        why: "Tasks reads the first line only; Lantern reads the item's first paragraph"),
    TaskLine(
        markdown: "- [ ] Call Jane 📅\u{A0}2026-11-20", source: "Lantern: a non-breaking space after the marker",
        reads: ##"[ ] open "Call Jane 📅\##u{A0}2026-11-20""##,
        lantern: ##"[ ] open "Call Jane" due=2026-11-20"##,
        why: "Tasks allows spaces only (Dataview's \\s* allows a non-breaking one)"),

    // MARK: what is not a task
    TaskLine(markdown: "- `[ ] Send the deck 📅 2026-11-01`", source: "GFM/Obsidian: a box inside inline code is code", reads: "not a task"),
    TaskLine(markdown: "- [] not a task either", source: "obsidian-tasks src/Task/TaskRegularExpressions.ts checkboxRegex \\[(.)\\]", reads: "not a task"),
]

/// `[symbol] status "text" field=value…`, the table's notation.
func describe(_ note: Note) -> String {
    guard let t = note.body.tasks.first else { return "not a task" }
    var out = "[\(t.symbol)] \(t.status.rawValue) \"\(t.text)\""
    func add(_ name: String, _ value: CustomStringConvertible?) { if let value { out += " \(name)=\(value)" } }
    add("due", t.due)
    add("time", t.dueTime)
    add("scheduled", t.scheduled)
    add("start", t.start)
    add("created", t.created)
    add("done", t.done)
    add("cancelled", t.cancelled)
    add("priority", t.priority?.rawValue)
    add("repeat", t.recurrence)
    add("id", t.id)
    add("dependsOn", t.dependsOn.isEmpty ? nil : t.dependsOn.joined(separator: ","))
    add("onCompletion", t.onCompletion)
    add("block", t.blockID)
    for p in note.problems where p.rule == "task-date-invalid" {
        add("invalid", p.message.split(separator: "\"", maxSplits: 2).dropFirst().first.map(String.init))
    }
    return out
}

@Suite struct TaskDialectTests {
    static let utc = try! Config.parse("timezone: UTC\n", displayPath: "lantern.yml")

    @Test func theTableHasFortyLinesWithTheirSources() {
        #expect(taskLines.count >= 40)
        #expect(taskLines.allSatisfy { !$0.source.isEmpty })
        #expect(taskLines.allSatisfy { ($0.lantern == nil) || $0.lantern == $0.reads || $0.why != nil })
    }

    @Test(arguments: taskLines)
    func lanternReadsTheLineAsTheTableSays(_ line: TaskLine) {
        let note = readNote(line.markdown + "\n", config: Self.utc)
        #expect(describe(note) == line.lantern ?? line.reads, "\(line.source)")
    }

    @Test func onlyTheDateShapedValueOfAMarkerIsReported() {
        let note = readNote("- [ ] Call 📅 2023-12-32\n- [ ] Write ⏳ 2024-02-30\n- [ ] Sent ✅\n- [ ] Mark 📅 friday\n")
        #expect(note.problems.map(\.message).map { $0.split(separator: "\"")[1] } == ["2023-12-32", "2024-02-30"])
        #expect(note.body.tasks.map(\.text) == ["Call", "Write", "Sent ✅", "Mark 📅 friday"])
    }

    @Test func invalidDateIsReportedWhole() {
        let note = readNote("- [ ] Send the deck 📅 Invalid date\n")
        #expect(note.problems.count == 1)
        #expect(note.problems.first?.message == "task date \"Invalid date\" is not a date; write YYYY-MM-DD (task: Send the deck)")
    }

    @Test func statusesFromTheBoxAndFromSettings() throws {
        let note = readNote("- [ ] a\n- [x] b\n- [X] c\n- [-] d\n- [/] e\n- [D] f\n- [?] g\n")
        #expect(note.body.tasks.map(\.status) == [.open, .done, .done, .cancelled, .open, .open, .open])
        let config = try Config.parse("tasks: {done: [\"D\"], cancelled: [\"?\", x]}\n", displayPath: "lantern.yml")
        let custom = readNote("- [ ] a\n- [x] b\n- [X] c\n- [-] d\n- [/] e\n- [D] f\n- [?] g\n", config: config)
        #expect(custom.body.tasks.map(\.status) == [.open, .cancelled, .done, .cancelled, .open, .done, .cancelled])
    }

    @Test func taskSettingsThatCannotBeUsedNameTheirLine() {
        for (text, message) in [
            ("tasks: [x]\n", "tasks must be a map"),
            ("tasks:\n  finished: [x]\n", "unknown key finished"),
            ("tasks:\n  done: [xx]\n", "each symbol is the one character"),
            ("tasks:\n  done: [\" \"]\n", "each symbol is the one character"),
            ("tasks:\n  done: [D]\n  cancelled: [D]\n", "listed under both done and cancelled"),
        ] {
            #expect(throws: ConfigError.self) { try Config.parse(text, displayPath: "lantern.yml") }
            do {
                _ = try Config.parse(text, displayPath: "lantern.yml")
            } catch {
                #expect(error.message.contains(message), "\(text): \(error.message)")
                #expect(error.location.line >= 1)
            }
        }
    }

    @Test func aCancelledTaskRecordsNothingAndAnOpenCustomStatusIsAnAction() throws {
        let note = """
            ---
            contact: Jane
            date: 2026-11-19
            ---
            - [-] Send thank-you note ✅ 2026-11-20
            - [-] Follow up with the article ✅ 2026-11-21
            - [/] Send the case study 📅 2026-11-21
            - [-] Send the deck 📅 2026-11-01
            """
        let i = interview(note)
        #expect(i.thankYous.isEmpty && i.followUps.isEmpty)
        let nb = try notebook(["interviews/jane.md": note])
        let actions = FollowUps.items(in: nb, filter: FollowUpFilter(kinds: [.action]))
        #expect(actions.map(\.text) == ["Send the case study"])
        #expect(actions.first?.due == day("2026-11-21"))
        let overdue = Linter().run(nb).diagnostics.filter { $0.rule == "action-overdue" }
        #expect(overdue.map(\.line) == [7])
    }

    @Test func aTaskUnderReferralsIsATaskNotAPerson() {
        let note = readNote("## Referrals\n- [ ] Ask Sam Lee for an intro 📅 2026-11-25\n- Bo Chen, data lead\n")
        #expect(note.body.referrals.map(\.name) == ["Bo Chen"])
        #expect(note.body.tasks.map(\.text) == ["Ask Sam Lee for an intro"])
        #expect(note.body.tasks.first?.section == .referrals)
    }

    @Test func tasksInCodeAreIgnored() {
        let note = readNote(
            """
            - `[ ] Send the deck 📅 2026-11-01`

            ```markdown
            - [ ] Fenced example 📅 2026-11-01
            ```

                - [ ] Indented example 📅 2026-11-01

            - [ ] Real task 📅 2026-11-30
            """)
        #expect(note.body.tasks.map(\.text) == ["Real task"])
        #expect(note.problems.isEmpty)
    }

    @Test func theDisplayTextLeavesOutTasksFieldsAndShowKeepsThem() throws {
        let line = "- [ ] Send the deck ⏫ 🔁 every week 🛫 2026-11-20 ➕ 2026-11-18 📅 2026-11-27 ❌ 2026-11-30 ^e5bebf\n"
        let nb = try notebook(["interviews/jane.md": "---\ncontact: Jane\n---\n" + line])
        let note = try #require(nb.notes.first)
        let task = try #require(note.body.tasks.first)
        #expect(task.text == "Send the deck")
        let shown = ShowText.render(note, in: nb, style: TextStyle(color: false))
        #expect(
            shown.contains(
                "[ ] Send the deck (due 2026-11-27, starts 2026-11-20, created 2026-11-18, cancelled 2026-11-30, priority high, repeats every week, block ^e5bebf)"
            ))
    }
}
