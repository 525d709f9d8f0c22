#!/usr/bin/env python3
"""Times each phase of Lantern's commands (LANTERN_TIMINGS=1) on notebooks of two sizes and
shows how every phase, the total and the peak memory grow from the smaller to the larger.

    Benchmarks/phases.py BIN SHAPE:SMALL_DIR:LARGE_DIR ... [--runs N] [--today YYYY-MM-DD]

Each command runs once on each notebook to warm up, then N times (3 by default), the two sizes
taking turns so that a slow spell of the machine falls on both alike. A phase's figure is the
median of its runs, the peak memory the largest resident size of any run, the CPU time (user and
system, both cores) the median of the runs' (/usr/bin/time). The output
is a table per shape, then one line per shape and command against the brief's scaling target
(100,000 vs 10,000 notes <= 11 x): every phase, the total and the memory. Phases that take less
than MIN_MS at the smaller size are shown but not judged: there, a millisecond timer and the
machine's noise are most of the figure.
"""
import argparse
import os
import re
import statistics
import subprocess
import tempfile

COMMANDS = {
    "lint": ["lint"],
    "followups": ["followups"],
    "week": ["week", "--out", "-", "--format", "md"],
    "index": ["index", "--out", "-", "--format", "md"],
}
TARGET = 11.0
MIN_MS = 20
TIMING = re.compile(r"^lantern: timing: (.+): (\d+) ms$")


def notes_in(folder):
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".md"))


def run_once(binary, words, folder, today):
    """One run: {phase: ms} (with "total" and "cpu time"), and the peak resident memory in MB."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as peak:
        argv = ["/usr/bin/time", "-o", peak.name, "-f", "%M %U %S", binary, words[0], folder, "--today", today, *words[1:]]
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "LANTERN_TIMINGS": "1", "LANTERN_PROGRESS": "0"}, check=False)
        phases = {}
        for line in done.stderr.splitlines():
            m = TIMING.match(line)
            if m:
                phases[m.group(1)] = phases.get(m.group(1), 0) + int(m.group(2))
        if "total" not in phases:
            raise SystemExit(f"phases.py: no timings from {' '.join(argv)}:\n{done.stderr}")
        memory, user, system = peak.read().splitlines()[-1].split()
        phases["cpu time"] = (float(user) + float(system)) * 1000
        return phases, int(memory) / 1024


def measure(binary, folders, today, runs):
    """Per folder: {command: ({phase: median ms}, peak MB)}; the folders take turns."""
    out = [{} for _ in folders]
    for name, words in COMMANDS.items():
        for folder in folders:
            run_once(binary, words, folder, today)  # warm-up, not counted
        samples = [[] for _ in folders]
        for _ in range(runs):
            for k, folder in enumerate(folders):
                samples[k].append(run_once(binary, words, folder, today))
        for k in range(len(folders)):
            phases = {p: statistics.median(s[0].get(p, 0) for s in samples[k]) for p in samples[k][0][0]}
            out[k][name] = (phases, max(s[1] for s in samples[k]))
    return out


def ratio(large, small):
    return large / small if small else float("inf")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("shapes", nargs="+", help="NAME:SMALL_FOLDER:LARGE_FOLDER")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--today", default="2026-11-22")
    args = parser.parse_args()
    verdicts = []
    for spec in args.shapes:
        shape, small, large = spec.split(":")
        n_small, n_large = notes_in(small), notes_in(large)
        a, b = measure(args.bin, [small, large], args.today, args.runs)
        print(f"\n{shape}: {n_small:,} and {n_large:,} notes (LANTERN_TIMINGS=1, median of {args.runs} runs)")
        print(f"{'command':<10} {'phase':<26} {n_small:>10,} {n_large:>10,} {'ratio':>7}")
        for cmd in COMMANDS:
            (pa, ma), (pb, mb) = a[cmd], b[cmd]
            worst = (0.0, "")
            for phase in pa:
                r = ratio(pb.get(phase, 0), pa[phase])
                shown = f"{r:.1f}" if pa[phase] else "-"
                judged = (pa[phase] >= MIN_MS or phase == "total") and phase != "cpu time"
                note = "" if judged or phase == "cpu time" else " *"
                print(f"{cmd:<10} {phase:<26} {pa[phase]:>8.0f}ms {pb.get(phase, 0):>8.0f}ms {shown:>6}{note}")
                if judged and phase != "total" and r > worst[0]:
                    worst = (r, phase)
            print(f"{cmd:<10} {'peak memory':<26} {ma:>8.0f}MB {mb:>8.0f}MB {ratio(mb, ma):>6.1f}")
            t, m = ratio(pb["total"], pa["total"]), ratio(mb, ma)
            ok = t <= TARGET and m <= TARGET and worst[0] <= TARGET
            verdicts.append((ok, f"{cmd} ({shape}), {n_large:,} vs {n_small:,} notes <= {TARGET:g} x",
                             f"total {t:.1f} x, worst phase {worst[0]:.1f} x ({worst[1]}), memory {m:.1f} x, "
                             f"cpu {ratio(pb['cpu time'], pa['cpu time']):.1f} x"))
        print(f"(* under {MIN_MS} ms at {n_small:,} notes: shown, not judged)")
    print("\nscaling targets, phase by phase:")
    for ok, label, detail in verdicts:
        print(f"{'met' if ok else 'MISSED':<6} {label:<52} {detail}")


if __name__ == "__main__":
    main()
