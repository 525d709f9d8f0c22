#!/usr/bin/env python3
"""Times Lantern's commands side by side: round after round, each command once per round, so
that a slow spell of the machine falls on all of them alike. Prints each command's median wall
time and its ratio to lint's median.

    Benchmarks/side_by_side.py BIN NOTEBOOK [--rounds N] [--today YYYY-MM-DD]

make bench uses it for the "x lint" targets; hyperfine, which runs one command's runs one after
the other, can see a drift of the machine between two commands as a difference between them.
"""
import argparse
import statistics
import subprocess
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("notebook")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--today", default="2026-11-22")
    args = parser.parse_args()
    page = ["--out", "-", "--format", "md"]
    commands = {
        "lint": ["lint"],
        "followups": ["followups"],
        "week": ["week", *page],
        "index": ["index", *page],
    }
    times = {name: [] for name in commands}
    for _ in range(args.rounds + 1):  # the first round warms up and is not counted
        for name, words in commands.items():
            argv = [args.bin, words[0], args.notebook, "--today", args.today, *words[1:]]
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[name].append(time.perf_counter() - start)
    lint = statistics.median(times["lint"][1:])
    for name in commands:
        median = statistics.median(times[name][1:])
        print(f"{name} {median:.3f} {median / lint:.2f}")


if __name__ == "__main__":
    main()
