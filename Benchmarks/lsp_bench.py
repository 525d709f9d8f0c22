#!/usr/bin/env python3
"""Times `lantern lsp` as an editor drives it: didChange -> publishDiagnostics on a big notebook.

    Benchmarks/lsp_bench.py LANTERN NOTEBOOK [--today 2026-11-22] [--edits 1000]

Starts the server, opens one interview note of NOTEBOOK (the first by path with a referrals
section and an introducer, so that an edit touches as much as an edit can), then sends edits one
at a time, each as a real client sends them (incremental, UTF-16 ranges), and times each from
writing `didChange` to reading the `publishDiagnostics` of that version:

- body: a word typed into the note's prose, then taken out again;
- front matter: a value changed (the meeting date moves a day and back);
- rename: the contact's name changed and back (every person is keyed again).

The server's resident memory (VmRSS) is read after opening, and after every 100 edits of a run of
--edits body and front-matter edits. Then `lantern lint NOTEBOOK` is timed cold (median of 5 runs)
and each median is printed as a share of it; the brief's target is <= 2 % for body and front-matter
edits, and memory flat over 1,000 edits.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


class Client:
    def __init__(self, cmd):
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("the server stopped")
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def request(self, method, params):
        id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == id and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri, version=None):
        while True:
            message = self.read()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                if version is None or message["params"].get("version") == version:
                    return message["params"]["diagnostics"]

    def rss_mb(self):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def pick_note(root):
    """The first interview note by path with an introducer and a referrals section."""
    fallback = None
    for folder, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8", newline="") as f:
                text = f.read()
            if "\ncontact:" not in text:
                continue
            fallback = fallback or (path, text)
            if "\nintroduced_by:" in text and "## Referrals" in text and "\ndate:" in text:
                return path, text
    return fallback


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("lantern")
    parser.add_argument("notebook")
    parser.add_argument("--today", default="2026-11-22")
    parser.add_argument("--edits", type=int, default=1000)
    args = parser.parse_args()
    root = os.path.abspath(args.notebook)
    path, text = pick_note(root)
    uri = "file://" + path
    lines = text.split("\n")

    client = Client([args.lantern, "lsp", "--today", args.today])
    client.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + root, "capabilities": {}})
    client.notify("initialized", {})
    start = time.perf_counter()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    client.diagnostics(uri)
    opened = time.perf_counter() - start
    rss = [client.rss_mb()]

    # Where the edits go: a prose line of the body, the meeting date, the contact's name.
    body_line = next(n for n, l in enumerate(lines) if n > 3 and len(l) > 20 and not l.startswith(("-", "#", " ", "*", ">")) and "---" not in l)
    date_line = next(n for n, l in enumerate(lines) if l.startswith("date:"))
    contact_line = next(n for n, l in enumerate(lines) if l.startswith("contact:"))
    date_value = lines[date_line][len("date: "):len("date: ") + 10]
    version = 1
    timings = {"body": [], "front matter": [], "rename": []}

    def edit(kind, line, start_char, end_char, new_text):
        nonlocal version
        version += 1
        change = {"range": {"start": {"line": line, "character": start_char}, "end": {"line": line, "character": end_char}}, "text": new_text}
        t0 = time.perf_counter()
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        client.diagnostics(uri, version)
        timings[kind].append(time.perf_counter() - t0)

    other_day = date_value[:8] + ("%02d" % (int(date_value[8:10]) % 28 + 1))
    for i in range(args.edits):
        if i % 2 == 0:
            # Type "x " at the start of a prose line, then take it out.
            edit("body", body_line, 0, 0, "x ")
            edit("body", body_line, 0, 2, "")
        else:
            edit("front matter", date_line, 6, 16, other_day)
            edit("front matter", date_line, 6, 16, date_value)
        if (i + 1) % 100 == 0:
            rss.append(client.rss_mb())
    name = lines[contact_line][len("contact: "):]
    for _ in range(5):
        edit("rename", contact_line, 9, 9 + utf16_len(name), name + " Jr")
        edit("rename", contact_line, 9, 9 + utf16_len(name) + 3, name)
    client.request("shutdown", None)
    client.notify("exit", None)
    client.proc.wait(timeout=30)

    lint = []
    for _ in range(6):
        t0 = time.perf_counter()
        subprocess.run([args.lantern, "lint", root, "--today", args.today], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        lint.append(time.perf_counter() - t0)
    cold = statistics.median(lint[1:])

    print("note: %s" % os.path.relpath(path, root))
    print("open (loads the notebook): %.3f s" % opened)
    print("cold lantern lint: %.3f s (median of 5, after one warm-up)" % cold)
    print("%-14s %7s %9s %9s %9s %8s" % ("edit", "count", "median ms", "p90 ms", "max ms", "x lint"))
    for kind, values in timings.items():
        values = sorted(values)
        median = statistics.median(values)
        p90 = values[int(len(values) * 0.9) - 1] if len(values) >= 10 else values[-1]
        print("%-14s %7d %9.2f %9.2f %9.2f %7.2f%%" % (kind, len(values), median * 1000, p90 * 1000, values[-1] * 1000, 100 * median / cold))
    print("resident memory (MB), after opening, then every 100 edits: " + " ".join("%.0f" % r for r in rss))
    worst = max(statistics.median(timings["body"]), statistics.median(timings["front matter"])) / cold
    growth = rss[-1] - rss[1] if len(rss) > 2 else 0
    print("target didChange -> publishDiagnostics <= 2%% of cold lint: %s (%.2f%%)" % ("met" if worst <= 0.02 else "NOT met", 100 * worst))
    print("target memory flat over %d edits: growth %.1f MB after the first 100 (%s)" % (args.edits, growth, "met" if growth < 5 else "NOT met"))


if __name__ == "__main__":
    sys.exit(main())
