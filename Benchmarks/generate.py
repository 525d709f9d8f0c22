#!/usr/bin/env python3
"""Writes a realistic Lantern notebook of N notes, the same for the same N and seed.

Each interview note has 10-20 front-matter keys, 1-5 attempts, 2-6 questions, 0-3 referrals,
1-5 tasks with mixed date markers and about 2 KB of prose; some files use CRLF, some names are
not ASCII, and about one note in twenty is a person card or an "other" note.

    Benchmarks/generate.py N FOLDER [--seed 42] [--people P]

By default the notes are about N/2 names drawn at random (at most 1,440 distinct ones, so about 7
notes a person at 10,000 notes and 70 at 100,000). `--people P` gives the concentrated shape: P
distinct people whatever N (170 gives about 60 notes each at 10,000 and 600 at 100,000), each
referral written with the person's email and phone, so that one person gathers hundreds of notes,
referral mentions, cards and addresses.
"""
import argparse
import datetime
import os
import random

FIRST = ["Jane", "María", "Priya", "Tomás", "Chen", "Fatima", "Noah", "Zoë", "Kenji", "Lena", "Ahmed", "Olivia", "Marcus",
         "Sam", "Aisha", "Dev", "Inès", "José", "Łukasz", "Søren", "Amélie", "Björn", "Chioma", "Mateo", "Yuki", "Aarav",
         "Elif", "Nadia", "Omar", "Ravi", "Sofia", "Wei", "Hana", "Kwame", "Ana", "Lucas", "Mia", "Leo", "Nora", "Ivan"]
LAST = ["Doe", "González", "Raman", "Álvarez", "Wei", "Zahra", "Kim", "Laurent", "Watanabe", "Fischer", "Khan", "Brown",
        "Lee", "O'Connor", "Bello", "Patel", "Duarte", "Núñez", "Nowak", "Jørgensen", "Dubois", "Öberg", "Okafor", "Rossi",
        "Tanaka", "Sharma", "Yılmaz", "Haddad", "Farouk", "Iyer", "Moreau", "Zhang", "Sato", "Mensah", "Silva", "Costa"]
COMPANIES = ["Northwind Health", "Lumen Learning Labs", "Brightline Tutoring", "Kahoot!", "Khan Academy", "Duolingo",
             "Coursera", "Quizlet", "Newsela", "ClassDojo", "OpenStax", "Pearson", "Google for Education", "Acme Analytics"]
TITLES = ["Product Manager", "Senior PM", "Director of Product", "UX Researcher", "Data Product Manager",
          "Associate Product Manager", "Learning Designer", "Head of Product", "Product Designer", "VP Product"]
VIA = ["email", "phone", "linkedin", "message", "in-person"]
MEDIUM = ["phone", "video", "coffee", "office"]
STATUS = ["prospect", "contacted", "scheduled", "done", "done", "done", "declined", "dropped"]
WORDS = ("the team ships learning tools for teachers and students and measures what works in classrooms while "
         "product managers talk with districts about adoption roadmaps pricing research interviews onboarding data "
         "quality experiments retention curriculum alignment accessibility and the path from teaching to product").split()


def prose(rng, size):
    out, n = [], 0
    while n < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 18))).capitalize() + "."
        out.append(sentence)
        n += len(sentence) + 1
    return " ".join(out)


def day(base, offset):
    return (base + datetime.timedelta(days=offset)).isoformat()


def email(name):
    return name.lower().replace(" ", ".").replace("'", "") + "@example.com"


def referral(rng, people, phones):
    other = rng.choice(people)
    if phones:  # the concentrated shape: the person's email and phone, as a referral often gives them
        phone = phones[other]
        return rng.choice([f"- [[{other}]], worth a coffee ({phone})", f"- {other} ({email(other)}, {phone})"])
    return rng.choice([f"- [[{other}]], worth a coffee", f"- {other} ({other.split()[0].lower()}@example.com)"])


def interview(rng, i, people, phones=None):
    base = datetime.date(2026, 1, 5)
    name = people[i % len(people)]
    start = rng.randint(0, 300)
    status = rng.choice(STATUS)
    keys = [("contact", name), ("company", rng.choice(COMPANIES)), ("title", rng.choice(TITLES))]
    keys.append(("email", email(name)))
    n_attempts = rng.randint(1, 5)
    attempts = [f"{day(base, start + 9 * k)} {rng.choice(VIA)}" for k in range(n_attempts)]
    if rng.random() < 0.3:
        attempts[-1] += ": left a short note"
        attempts[-1] = '"' + attempts[-1] + '"'
    keys.append(("attempts", attempts))
    if status in ("scheduled", "done", "declined") or rng.random() < 0.3:
        keys.append(("replied", day(base, start + 9 * n_attempts + 1)))
    meeting = start + 9 * n_attempts + rng.randint(3, 20)
    if status in ("scheduled", "done"):
        keys.append(("date", day(base, meeting) + rng.choice(["", " 10:30", " 15:00"])))
        keys.append(("duration", rng.choice(["30", "30 min", "20m", "45"])))
        keys.append(("medium", rng.choice(MEDIUM)))
    if status == "done" and rng.random() < 0.8:
        keys.append(("thank_you", day(base, meeting + rng.randint(0, 2))))
        if rng.random() < 0.5:
            keys.append(("follow_ups", [day(base, meeting + 30)]))
    keys.append(("status", status))
    if rng.random() < 0.4:
        keys.append(("introduced_by", rng.choice(people)))
    keys.append(("tags", rng.sample(["edtech", "pm", "research", "data", "design", "growth", "k12"], rng.randint(1, 3))))
    if rng.random() < 0.3:
        keys.append(("location", "Chicago"))
    if rng.random() < 0.3:
        keys.append(("linkedin", "https://www.linkedin.com/in/" + str(i)))
    while len(keys) < 10:
        keys.append((rng.choice(["phone", "url", "location", "follow_up_after"]), None))
    lines = ["---"]
    seen = set()
    for key, value in keys[:20]:
        if key in seen:
            continue
        seen.add(key)
        if value is None:
            value = {"phone": "+1 312 555 0100", "url": "https://example.com/" + str(i), "location": "Remote",
                     "follow_up_after": "45"}[key]
        if isinstance(value, list):
            if rng.random() < 0.5:
                lines.append(f"{key}: [{', '.join(value)}]")
            else:
                lines.append(f"{key}:")
                lines += [f"  - {v}" for v in value]
        else:
            lines.append(f"{key}: {value}")
        if rng.random() < 0.05:
            lines.append("# a note to self")
    lines.append("---")
    body = [f"# {name}", "", "## Research", "", prose(rng, 300), "", "## Questions", ""]
    body += [f"{k + 1}. {prose(rng, 60).rstrip('.')}?" for k in range(rng.randint(2, 6))]
    body += ["", "## Notes", "", prose(rng, 700), "", prose(rng, 250), "", "## Referrals", ""]
    for _ in range(rng.randint(0, 3)):
        body.append(referral(rng, people, phones))
    body += ["", "## Action items", ""]
    for k in range(rng.randint(1, 5)):
        marker = rng.choice(["", f" 📅 {day(base, meeting + k)}", f" ⏳ {day(base, meeting + k + 3)}",
                             f" ✅ {day(base, meeting + k)}"])
        done = "x" if "✅" in marker else " "
        body.append(f"- [{done}] {prose(rng, 40).rstrip('.')}{marker}")
    return "\n".join(lines + body) + "\n", name


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--people", type=int, help="the concentrated shape: this many distinct people, whatever N")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.people:
        names = [f"{first} {last}" for first in FIRST for last in LAST]
        if not 1 <= args.people <= len(names):
            parser.error(f"--people takes 1 to {len(names)}")
        people = rng.sample(names, args.people)
        phones = {name: f"+1 312 555 {k:04d}" for k, name in enumerate(people)}
    else:
        people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(max(10, args.count // 2))]
        phones = None
    os.makedirs(os.path.join(args.folder, "interviews"), exist_ok=True)
    os.makedirs(os.path.join(args.folder, "people"), exist_ok=True)
    os.makedirs(os.path.join(args.folder, "notes"), exist_ok=True)
    with open(os.path.join(args.folder, "lantern.yml"), "w") as f:
        f.write("timezone: America/Chicago\nextra_fields: []\n")
    for i in range(args.count):
        if i % 20 == 19:
            name = people[i % len(people)]
            text = (f"---\ntype: person\nname: {name}\ncompany: {rng.choice(COMPANIES)}\nemail: p{i}@example.com\n---\n"
                    f"# {name}\n\n{prose(rng, 1500)}\n")
            path = os.path.join(args.folder, "people", f"p{i:06d}.md")
        elif i % 20 == 9:
            text = f"# Reading {i}\n\n{prose(rng, 2000)}\n\n- [ ] Read chapter {i} 📅 2026-12-01\n"
            path = os.path.join(args.folder, "notes", f"n{i:06d}.md")
        else:
            text, _ = interview(rng, i, people, phones)
            path = os.path.join(args.folder, "interviews", f"i{i:06d}.md")
        data = text.replace("\n", "\r\n") if i % 10 == 3 else text
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(data)


if __name__ == "__main__":
    main()
