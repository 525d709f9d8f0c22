// Do not edit; made by scripts/embed-templates from the files in templates/: edit those, then
// run it (`builtInTemplatesMatchTheTemplatesFolder` fails until then).
// swift-format-ignore-file

/// The built-in templates, by file name under `templates/`.
enum BuiltinTemplates {
    static let files: [String: String] = [
        "drafts/follow-up.md": #"""
{{% CONTENT_TYPE: TEXT }}
Subject: A quick update{{#met}} since we spoke in {{met_month}}{{/met}}

Hi {{first_name}},

I hope things are going well{{#company}} at {{company}}{{/company}}. I wanted to share a quick update since our conversation{{#met_when}} {{met_when}}{{/met_when}}: [what you have done since, ideally something they suggested].
{{#has_met_referrals}}

I also spoke with {{met_referrals}}, as you suggested — thank you again for the introduction.
{{/has_met_referrals}}

[A link or a piece of news they might enjoy.]

Best,
{{#signature}}{{signature}}{{/signature}}{{^signature}}[Your name]{{/signature}}

"""#,
        "drafts/nudge.md": #"""
{{% CONTENT_TYPE: TEXT }}
Subject: Re: {{#introducer}}{{introducer_first}} suggested I reach out{{/introducer}}{{^introducer}}A question about your work{{#company}} at {{company}}{{/company}}{{/introducer}}

Hi {{first_name}},

I know inboxes fill up quickly, so I'm bringing my note{{#last_attempt_when}} {{last_attempt_when}}{{/last_attempt_when}} back to the top. I'd still value 20 minutes of your time to hear how you got into your work{{#role}} as {{role}}{{/role}}.

Would a short call sometime in the next few weeks work for you?

Thank you,
{{#signature}}{{signature}}{{/signature}}{{^signature}}[Your name]{{/signature}}

"""#,
        "drafts/outreach.md": #"""
{{% CONTENT_TYPE: TEXT }}
Subject: {{#introducer}}{{introducer_first}} suggested I reach out{{/introducer}}{{^introducer}}A question about your work{{#company}} at {{company}}{{/company}}{{/introducer}}

Hi {{first_name}},

{{#introducer}}{{introducer}} suggested I get in touch with you.{{/introducer}}{{^introducer}}I came across your work{{#company}} at {{company}}{{/company}} and wanted to reach out.{{/introducer}} {{#pitch}}{{pitch}} I would love to hear how you found your way into your work{{#role}} as {{role}}{{/role}}.{{/pitch}}{{^pitch}}I'm exploring a path toward work like yours{{#role}} as {{role}}{{/role}}, and I would love to hear how you found your way into it.{{/pitch}}

Would you be open to a 20-minute call in the next couple of weeks? I'd be glad to work around your schedule.

Thank you,
{{#signature}}{{signature}}{{/signature}}{{^signature}}[Your name]{{/signature}}

"""#,
        "drafts/thank-you.md": #"""
{{% CONTENT_TYPE: TEXT }}
Subject: Thank you for {{#met_day}}{{met_day}}{{/met_day}}{{^met_day}}our conversation{{/met_day}}

Hi {{first_name}},

Thank you for taking the time to talk with me{{#met_when}} {{met_when}}{{/met_when}}. [One thing they said that stayed with you, and what you will do with it.]
{{#has_referrals}}

Thank you as well for suggesting I speak with {{referrals}}. I'll reach out this week and let you know how it goes.
{{/has_referrals}}

I really appreciate your help, and I'll keep you posted on how my search goes.

Best,
{{#signature}}{{signature}}{{/signature}}{{^signature}}[Your name]{{/signature}}

"""#,
        "drafts/update-introducer.md": #"""
{{% CONTENT_TYPE: TEXT }}
Subject: Thank you for introducing me to {{first_name}}

Hi {{introducer_first}},

I wanted to let you know that I spoke with {{name}}{{#met_when}} {{met_when}}{{/met_when}}. Thank you so much for the introduction — it was a really helpful conversation. [One thing you learned.]

I'll keep you posted on where it leads. Thank you again for thinking of me.

Best,
{{#signature}}{{signature}}{{/signature}}{{^signature}}[Your name]{{/signature}}

"""#,
        "index.html.mustache": #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>Notebook index · Lantern</title>
<style>
{{> page.css.mustache}}
.letter { font-size: 13px; color: var(--accent); font-weight: 700; letter-spacing: .06em; padding-top: 14px; }
.network li { padding: 6px 0; }
.arrow { color: var(--muted); margin: 0 6px; }
</style>
</head>
<body>
<main>
<header>
  <p class="eyebrow">Lantern · notebook index</p>
  <h1>Everyone you have talked to</h1>
  <p class="muted">As of {{todayLong}} · {{peopleCount}} people · {{interviewCount}} interview notes</p>
</header>

<section id="people" class="card" aria-labelledby="people-title">
  <h2 id="people-title">People <span class="count">A–Z</span></h2>
  <table>
    <thead><tr><th>name</th><th>title @ company</th><th>status</th><th>last contact</th><th>next follow-up</th></tr></thead>
    <tbody>
{{#letters}}
      <tr><td class="letter" colspan="5">{{letter}}</td></tr>
{{#people}}
      <tr><td>{{#hasNote}}<a href="{{href}}">{{name}}</a>{{/hasNote}}{{^hasNote}}{{name}}{{/hasNote}}{{#introducedBy}}<div class="meta">via {{introducedBy}}</div>{{/introducedBy}}</td><td>{{role}}</td><td>{{#status}}<span class="pill">{{status}}</span>{{/status}}</td><td class="nowrap">{{lastInteraction}}</td><td class="nowrap">{{#nextFollowUp}}{{nextFollowUp}} <span class="meta">{{nextKind}}</span>{{/nextFollowUp}}</td></tr>
{{/people}}
{{/letters}}
    </tbody>
  </table>
</section>

<div class="grid two">
<section id="companies" class="card" aria-labelledby="companies-title">
  <h2 id="companies-title">Companies</h2>
{{^empty(companies)}}
  <ul class="list">
{{/empty(companies)}}
{{#companies}}
    <li><strong>{{name}}</strong><div class="meta">{{#people}}{{#href}}<a href="{{href}}">{{name}}</a>{{/href}}{{^href}}{{name}}{{/href}}{{#status}} ({{status}}){{/status}}{{^last}} · {{/last}}{{/people}}</div></li>
{{/companies}}
{{^empty(companies)}}
  </ul>
{{/empty(companies)}}
{{^companies}}
  <p class="empty">No companies recorded yet.</p>
{{/companies}}
</section>

<section id="network" class="card network" aria-labelledby="network-title">
  <h2 id="network-title">Referral network</h2>
{{#hasNetwork}}
  <ul class="list">
{{#network}}
    <li>{{from}}<span class="arrow">→</span>{{to}} <span class="meta">{{kind}}</span></li>
{{/network}}
  </ul>
{{/hasNetwork}}
{{^hasNetwork}}
  <p class="empty">No introductions or referrals recorded yet.</p>
{{/hasNetwork}}
</section>
</div>

<section id="interviews" class="card" aria-labelledby="interviews-title">
  <h2 id="interviews-title">Interviews <span class="count">newest first</span></h2>
  <table>
    <thead><tr><th>meeting</th><th>person</th><th>company</th><th>status</th></tr></thead>
    <tbody>
{{#interviews}}
      <tr><td class="nowrap">{{#day}}{{day}}{{#time}} {{time}}{{/time}}{{/day}}{{^day}}<span class="muted">not set</span>{{/day}}</td><td><a href="{{href}}">{{person}}</a></td><td>{{company}}</td><td><span class="pill">{{status}}</span>{{#practice}} <span class="meta">practice</span>{{/practice}}</td></tr>
{{/interviews}}
    </tbody>
  </table>
</section>

<section id="tags" class="card" aria-labelledby="tags-title">
  <h2 id="tags-title">Tags</h2>
{{^empty(tags)}}
  <ul class="list">
{{/empty(tags)}}
{{#tags}}
    <li><span class="pill kind">{{tag}}</span> {{#notes}}<a href="{{href}}">{{title}}</a>{{^last}}, {{/last}}{{/notes}}</li>
{{/tags}}
{{^empty(tags)}}
  </ul>
{{/empty(tags)}}
{{^tags}}
  <p class="empty">No tags yet.</p>
{{/tags}}
</section>

<footer>Made by <code>lantern index</code> from your notebook, {{today}}. Nothing on this page was loaded from the network.</footer>
</main>
</body>
</html>

"""#,
        "index.md.mustache": #"""
{{% CONTENT_TYPE: MARKDOWN }}
# Notebook index

As of {{todayLong}} · {{peopleCount}} people · {{interviewCount}} interview notes

## People

| name | title @ company | status | last contact | next follow-up | notes |
| --- | --- | --- | --- | --- | --- |
{{#people}}
| {{#hasNote}}[{{name}}]({{{href}}}){{/hasNote}}{{^hasNote}}{{name}}{{/hasNote}} | {{role}} | {{status}}{{#introducedBy}} (via {{introducedBy}}){{/introducedBy}} | {{lastInteraction}} | {{#nextFollowUp}}{{nextFollowUp}} {{nextKind}}{{/nextFollowUp}} | {{#hasNote}}{{#notes}}[{{number}}]({{{href}}}){{^last}} {{/last}}{{/notes}}{{/hasNote}}{{^hasNote}}named in {{#notes}}[a note]({{{href}}}){{/notes}}{{/hasNote}} |
{{/people}}

## Companies

{{#companies}}
- **{{name}}**: {{#people}}{{#href}}[{{name}}]({{{href}}}){{/href}}{{^href}}{{name}}{{/href}}{{#status}} ({{status}}){{/status}}{{^last}}; {{/last}}{{/people}}
{{/companies}}
{{^companies}}
No companies recorded yet.
{{/companies}}

## Interviews

| meeting | person | company | status |
| --- | --- | --- | --- |
{{#interviews}}
| {{#day}}{{day}}{{#time}} {{time}}{{/time}}{{/day}}{{^day}}not set{{/day}} | [{{person}}]({{{href}}}) | {{company}} | {{status}}{{#practice}} (practice){{/practice}} |
{{/interviews}}

## Referral network

{{#hasNetwork}}
```mermaid
{{{mermaid}}}
```
{{/hasNetwork}}
{{^hasNetwork}}
No introductions or referrals recorded yet.
{{/hasNetwork}}

## Tags

{{#tags}}
- **{{tag}}**: {{#notes}}[{{title}}]({{{href}}}){{^last}}, {{/last}}{{/notes}}
{{/tags}}
{{^tags}}
No tags yet.
{{/tags}}

"""#,
        "interview.md": #"""
{{% CONTENT_TYPE: TEXT }}
---
contact: {{yaml.name}}
title: {{yaml.title}}
company: {{yaml.company}}
email: {{yaml.email}}
introduced_by: {{yaml.introduced_by}}
status: {{status}}
attempts: []
date: {{date}}
duration: 30 min
medium: video
tags: []
---

# {{name}}{{#company}}, {{company}}{{/company}}

## Research

<!-- What does the company do? What has this person worked on? Two or three lines are enough. -->

## Questions

<!-- At least three. Open questions about their path and their work; never "are you hiring?". -->

1. 
2. 
3. 

## Notes

## Referrals

<!-- At the end, ask who else you should talk to. One person per line; write "None" if nobody. -->

## Action items

- [ ] Send a thank-you note the same day

"""#,
        "page.css.mustache": #"""
:root {
  --bg: #f7f5f0; --card: #ffffff; --fg: #1f2430; --muted: #626b7c; --line: #e4dfd3;
  --accent: #c2570c; --accent-soft: #fbe7d6; --teal: #0f766e; --teal-soft: #d5efec;
  --good: #167a3c; --bad: #b42318; --bad-soft: #fde4e1; --warn: #8a5a00;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121419; --card: #1b1e26; --fg: #e9e7e2; --muted: #9ba3b4; --line: #2b303b;
    --accent: #f2913d; --accent-soft: #3a2614; --teal: #3cc7b7; --teal-soft: #11302d;
    --good: #5fd38d; --bad: #ff8a7a; --bad-soft: #3b1a17; --warn: #f0c15a;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 1000px; margin: 0 auto; padding: 28px 18px 56px; }
a { color: inherit; text-decoration-color: var(--accent); text-underline-offset: 3px; }
a:hover { color: var(--accent); }
header { margin-bottom: 8px; }
.eyebrow { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .08em; text-transform: uppercase; font-size: 12px; }
h1 { margin: 4px 0 2px; font-size: 34px; line-height: 1.15; letter-spacing: -.01em; }
h2 { font-size: 19px; margin: 0 0 12px; display: flex; align-items: baseline; gap: 10px; }
h2 .count { color: var(--muted); font-weight: 500; font-size: 14px; }
.muted { color: var(--muted); }
section { margin-top: 26px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 18px 20px; }
.grid { display: grid; gap: 14px; }
.numbers { grid-template-columns: repeat(auto-fit, minmax(112px, 1fr)); }
.stat .value { font-size: 30px; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.stat .label { color: var(--muted); font-size: 13px; margin-top: 2px; }
.stat .change { font-size: 13px; margin-top: 8px; font-variant-numeric: tabular-nums; }
.up { color: var(--good); } .down { color: var(--bad); } .same { color: var(--muted); }
.two { grid-template-columns: 1fr 1fr; align-items: start; }
@media (max-width: 760px) { .two { grid-template-columns: 1fr; } h1 { font-size: 28px; } }
ul.list { list-style: none; margin: 0; padding: 0; }
ul.list li { padding: 10px 0; border-top: 1px solid var(--line); }
ul.list li:first-child { border-top: 0; padding-top: 0; }
ul.list li:last-child { padding-bottom: 0; }
.when { font-weight: 600; font-variant-numeric: tabular-nums; margin-right: 6px; }
.meta { color: var(--muted); font-size: 14px; }
.pill { display: inline-block; font-size: 12px; line-height: 18px; padding: 0 8px; border-radius: 999px; background: var(--teal-soft); color: var(--teal); margin-left: 4px; white-space: nowrap; }
.pill.owed, .pill.overdue, .pill.missing { background: var(--bad-soft); color: var(--bad); }
.pill.kind { background: var(--accent-soft); color: var(--accent); }
.empty { color: var(--muted); margin: 0; }
table { width: 100%; border-collapse: collapse; font-size: 15px; }
th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 13px; }
.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.current td { font-weight: 700; }
.target { font-size: 15px; margin: 12px 0 0; }
.target strong { font-size: 22px; }
svg { display: block; width: 100%; height: auto; }
svg text { fill: var(--muted); font: 11px system-ui, sans-serif; }
svg .value { fill: var(--fg); font-weight: 600; }
.bar-outreach { fill: var(--teal); }
.bar-meetings { fill: var(--accent); }
.funnel rect { fill: var(--accent); }
.funnel rect.s1 { opacity: .55; } .funnel rect.s2 { opacity: .7; } .funnel rect.s3 { opacity: .85; }
.funnel text.label { fill: var(--fg); font-size: 13px; }
.funnel text.count { fill: var(--fg); font-size: 13px; font-weight: 600; }
.legend { display: flex; gap: 16px; font-size: 13px; color: var(--muted); margin-bottom: 6px; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
.legend .o::before { background: var(--teal); } .legend .m::before { background: var(--accent); }
.health .counts { display: flex; gap: 18px; flex-wrap: wrap; font-size: 15px; margin-bottom: 8px; }
.health .e { color: var(--bad); font-weight: 700; } .health .w { color: var(--warn); font-weight: 700; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--bg); padding: 1px 5px; border-radius: 5px; }
footer { margin-top: 36px; color: var(--muted); font-size: 13px; }
@media print {
  :root { --bg: #fff; --card: #fff; --fg: #000; --muted: #444; --line: #ccc; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .card, section { break-inside: avoid; }
  a { text-decoration: none; }
}

"""#,
        "week.html.mustache": #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>Week {{week}} · Lantern</title>
<style>
{{> page.css.mustache}}
</style>
</head>
<body>
<main>
<header>
  <p class="eyebrow">Lantern · weekly summary</p>
  <h1>Week {{week}}</h1>
  <p class="muted">{{startLong}} – {{endLong}} · as of {{todayLong}}</p>
</header>

<section id="numbers" aria-labelledby="numbers-title">
  <h2 id="numbers-title">The week in numbers</h2>
  <div class="grid numbers">
{{#numbers}}
    <div class="card stat"><div class="value">{{value}}</div><div class="label">{{label}}</div><div class="change {{direction}}">{{change}} <span class="muted">vs last week ({{previous}})</span></div></div>
{{/numbers}}
  </div>
</section>

<div class="grid two">
<section id="meetings-held" class="card" aria-labelledby="held-title">
  <h2 id="held-title">Meetings held</h2>
{{^empty(meetingsHeld)}}
  <ul class="list">
{{/empty(meetingsHeld)}}
{{#meetingsHeld}}
    <li><span class="when">{{dayShort}}{{#time}} {{time}}{{/time}}</span> <a href="{{href}}">{{person}}</a>{{#owed}}<span class="pill owed">thank-you owed</span>{{/owed}}{{#thankYou}}<span class="pill">thanked {{thankYou}}</span>{{/thankYou}}
      <div class="meta">{{details}}</div></li>
{{/meetingsHeld}}
{{^empty(meetingsHeld)}}
  </ul>
{{/empty(meetingsHeld)}}
{{^meetingsHeld}}
  <p class="empty">No meetings this week.</p>
{{/meetingsHeld}}
</section>

<section id="coming-up" class="card" aria-labelledby="coming-title">
  <h2 id="coming-title">Coming up <span class="count">next 7 days</span></h2>
{{^empty(comingUp)}}
  <ul class="list">
{{/empty(comingUp)}}
{{#comingUp}}
    <li><span class="when">{{dayShort}}{{#time}} {{time}}{{/time}}</span> <a href="{{href}}">{{person}}</a>
      <div class="meta">{{#company}}{{company}} · {{/company}}{{#medium}}{{medium}} · {{/medium}}research {{#research}}<span class="pill">✓</span>{{/research}}{{^research}}<span class="pill missing">✗</span>{{/research}} · questions {{#questionsReady}}<span class="pill">{{questions}}/{{minQuestions}}</span>{{/questionsReady}}{{^questionsReady}}<span class="pill missing">{{questions}}/{{minQuestions}}</span>{{/questionsReady}}</div></li>
{{/comingUp}}
{{^empty(comingUp)}}
  </ul>
{{/empty(comingUp)}}
{{^comingUp}}
  <p class="empty">No meetings in the next 7 days.</p>
{{/comingUp}}
</section>
</div>

<section id="due-now" class="card" aria-labelledby="due-title">
  <h2 id="due-title">Due now <span class="count">overdue and the next 7 days</span></h2>
{{^empty(dueNow)}}
  <ul class="list">
{{/empty(dueNow)}}
{{#dueNow}}
    <li><span class="when">{{#dueShort}}{{dueShort}}{{/dueShort}}</span>{{#overdue}}<span class="pill overdue">overdue</span>{{/overdue}}<span class="pill kind">{{kind}}</span> {{text}}
      <div class="meta"><a href="{{href}}">{{location}}</a></div></li>
{{/dueNow}}
{{^empty(dueNow)}}
  </ul>
{{/empty(dueNow)}}
{{^dueNow}}
  <p class="empty">Nothing due in the next 7 days.</p>
{{/dueNow}}
</section>

{{#pipeline}}
<section id="pipeline" class="card" aria-labelledby="pipeline-title">
  <h2 id="pipeline-title">Pipeline</h2>
  <div class="grid two">
    <div>
      <svg class="funnel" viewBox="0 0 400 {{funnelHeight}}" role="img" aria-label="Pipeline funnel">
{{#funnel}}
        <text class="label" x="140" y="{{textY}}" text-anchor="end">{{label}}</text>
        <rect class="s{{index}}" x="{{x}}" y="{{y}}" width="{{width}}" height="30" rx="4"></rect>
        <text class="count" x="{{countX}}" y="{{textY}}">{{count}}</text>
{{/funnel}}
      </svg>
      <p class="target"><strong>{{inPlay}}</strong> in play of the <strong>{{activeTarget}}</strong> you aim for{{^onTarget}}: add {{toAdd}} more{{/onTarget}}{{#onTarget}}: on target{{/onTarget}}.</p>
    </div>
    <div>
      <table>
        <thead><tr><th>status</th><th class="num">people</th></tr></thead>
        <tbody>
{{#statuses}}
          <tr><td>{{status}}</td><td class="num">{{people}}</td></tr>
{{/statuses}}
        </tbody>
      </table>
    </div>
  </div>
{{#hasAddNext}}
  <h2 style="margin-top:18px">Who to add next</h2>
  <ul class="list">
{{#addNext}}
    <li><a href="{{href}}">{{name}}</a>{{#company}} <span class="meta">@ {{company}}</span>{{/company}}{{#referral}}<span class="pill">referred by {{by}}{{#since}}, {{since}}{{/since}}</span>{{/referral}}{{^referral}}<span class="pill kind">prospect</span>{{/referral}}</li>
{{/addNext}}
  </ul>
{{/hasAddNext}}
</section>
{{/pipeline}}

<div class="grid two">
<section id="new-people" class="card" aria-labelledby="new-title">
  <h2 id="new-title">New people</h2>
{{^empty(newPeople)}}
  <ul class="list">
{{/empty(newPeople)}}
{{#newPeople}}
    <li>{{#link}}<a href="{{link}}" rel="noopener noreferrer">{{name}}</a>{{/link}}{{^link}}{{name}}{{/link}}
      <div class="meta">referred by {{by}} on {{day}} · <a href="{{href}}">note</a></div></li>
{{/newPeople}}
{{^empty(newPeople)}}
  </ul>
{{/empty(newPeople)}}
{{^newPeople}}
  <p class="empty">No new referrals this week.</p>
{{/newPeople}}
</section>

{{#health}}
<section id="health" class="card health" aria-labelledby="health-title">
  <h2 id="health-title">Notebook health</h2>
  <div class="counts"><span><span class="e">{{errors}}</span> {{errorsNoun}}</span><span><span class="w">{{warnings}}</span> {{warningsNoun}}</span><span><strong>{{notes}}</strong> {{notesNoun}}</span><span class="muted">in {{filesChecked}} {{filesNoun}}</span></div>
{{#clean}}
  <p class="empty">All clear.</p>
{{/clean}}
{{^empty(topRules)}}
  <table><thead><tr><th>most frequent</th><th class="num">count</th></tr></thead><tbody>
{{/empty(topRules)}}
{{#topRules}}
    <tr><td><code>{{rule}}</code> <span class="meta">{{severity}}</span></td><td class="num">{{count}}</td></tr>
{{/topRules}}
{{^empty(topRules)}}
  </tbody></table>
{{/empty(topRules)}}
{{#hasFiles}}
  <ul class="list" style="margin-top:10px">
{{#files}}
    <li><a href="{{href}}">{{path}}</a><div class="meta">{{errors}} {{errorsNoun}} · {{warnings}} {{warningsNoun}} · {{notes}} {{notesNoun}}</div></li>
{{/files}}
  </ul>
{{#hasMoreFiles}}
  <p class="meta">…and {{moreFiles}} more {{moreFilesNoun}} with findings: <code>lantern lint</code> lists them all.</p>
{{/hasMoreFiles}}
{{/hasFiles}}
</section>
{{/health}}
</div>

{{#trend}}
<section id="trend" class="card" aria-labelledby="trend-title">
  <h2 id="trend-title">Trend <span class="count">last 12 weeks</span></h2>
  <div class="legend"><span class="o">outreach</span><span class="m">meetings</span></div>
  <svg viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Outreach and meetings per week over the last 12 weeks">
    <line x1="0" y1="{{baseline}}" x2="{{width}}" y2="{{baseline}}" stroke="currentColor" stroke-opacity=".2"></line>
{{#bars}}
    <rect class="bar-{{series}}" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" rx="2"><title>{{title}}</title></rect>
{{#shown}}
    <text class="value" x="{{labelX}}" y="{{labelY}}" text-anchor="middle">{{value}}</text>
{{/shown}}
{{/bars}}
{{#labels}}
    <text x="{{x}}" y="{{y}}" text-anchor="middle">{{text}}</text>
{{/labels}}
  </svg>
</section>
{{/trend}}

<footer>Made by <code>lantern week</code> from your notebook, {{today}}. Nothing on this page was loaded from the network.</footer>
</main>
</body>
</html>

"""#,
        "week.md.mustache": #"""
{{% CONTENT_TYPE: MARKDOWN }}
# Week {{week}}

{{startLong}} – {{endLong}} · as of {{todayLong}}

## The week in numbers

| | this week | change from {{previousWeek}} |
| --- | ---: | ---: |
{{#numbers}}
| {{label}} | {{value}} | {{{change}}} |
{{/numbers}}

## Meetings held

{{#meetingsHeld}}
- **{{dayShort}}**{{#time}} {{time}}{{/time}} · [{{person}}]({{{href}}}){{#title}}, {{title}}{{/title}}{{#company}} @ {{company}}{{/company}}{{#medium}} · {{medium}}{{/medium}}{{#duration}} · {{duration}}{{/duration}} · {{#thankYou}}thank-you sent {{thankYou}}{{/thankYou}}{{#owed}}**thank-you owed**{{/owed}}
{{/meetingsHeld}}
{{^meetingsHeld}}
No meetings this week.
{{/meetingsHeld}}

## Coming up

{{#comingUp}}
- **{{dayShort}}**{{#time}} {{time}}{{/time}} · [{{person}}]({{{href}}}){{#company}} @ {{company}}{{/company}}{{#medium}} · {{medium}}{{/medium}} · research {{#research}}✓{{/research}}{{^research}}✗{{/research}} · questions {{questions}}/{{minQuestions}} {{#questionsReady}}✓{{/questionsReady}}{{^questionsReady}}✗{{/questionsReady}}
{{/comingUp}}
{{^comingUp}}
No meetings in the next 7 days.
{{/comingUp}}

## Due now

{{#dueNow}}
- [ ] {{#overdue}}**overdue** {{/overdue}}{{#dueShort}}{{dueShort}} · {{/dueShort}}{{kind}} · {{text}} · [{{location}}]({{{href}}})
{{/dueNow}}
{{^dueNow}}
Nothing due in the next 7 days.
{{/dueNow}}

## Pipeline

{{#pipeline}}
| status | people |
| --- | ---: |
{{#statuses}}
| {{status}} | {{people}} |
{{/statuses}}

**In play:** {{inPlay}} of the {{activeTarget}} you aim for (contacted + scheduled).{{^onTarget}} Add {{toAdd}} more.{{/onTarget}}

{{#hasAddNext}}
Who to add next:

{{/hasAddNext}}
{{#addNext}}
- [{{name}}]({{{href}}}){{#company}} @ {{company}}{{/company}}{{#referral}} · referred by {{by}}{{#since}} on {{since}}{{/since}}{{/referral}}{{^referral}} · prospect{{/referral}}
{{/addNext}}
{{/pipeline}}

## New people

{{#newPeople}}
- {{#link}}[{{name}}]({{{link}}}){{/link}}{{^link}}{{name}}{{/link}}, referred by {{by}} on {{day}} · [note]({{{href}}})
{{/newPeople}}
{{^newPeople}}
No new referrals this week.
{{/newPeople}}

## Notebook health

{{#health}}
{{errors}} {{errorsNoun}}, {{warnings}} {{warningsNoun}}, {{notes}} {{notesNoun}} in {{filesChecked}} {{filesNoun}}.{{#clean}} All clear.{{/clean}}

{{#topRules}}
- `{{rule}}` ({{severity}}): {{count}}
{{/topRules}}

{{#hasFiles}}
Files to look at:

{{/hasFiles}}
{{#files}}
- [{{path}}]({{{href}}}): {{errors}} {{errorsNoun}}, {{warnings}} {{warningsNoun}}, {{notes}} {{notesNoun}}
{{/files}}
{{#hasMoreFiles}}
- …and {{moreFiles}} more {{moreFilesNoun}} with findings: `lantern lint` lists them all.
{{/hasMoreFiles}}
{{/health}}

## Trend

| week | starts | outreach | meetings |
| --- | --- | ---: | ---: |
{{#trend.rows}}
| {{#current}}**{{week}}**{{/current}}{{^current}}{{week}}{{/current}} | {{start}} | {{outreach}} | {{meetings}} |
{{/trend.rows}}

"""#,
    ]
}
