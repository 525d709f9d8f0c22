#!/usr/bin/env bash
# make bench: times lantern lint, followups, week and index on generated notebooks of 1,000,
# 10,000 and 100,000 notes, next to cmark reading the same Markdown bytes, with hyperfine; prints
# the ratios, peak memory, the Python reference, a 200-note notebook, and the targets of docs/performance.md.
# Then each phase (LANTERN_TIMINGS=1) of every command at 10,000 and 100,000 notes, in two shapes:
# the generator's own (about N/2 names: 7 notes a person at 10,000, 70 at 100,000) and the
# concentrated one (PEOPLE=170 people whatever the size, referrals with emails and phones), with
# the scaling target judged phase by phase (Benchmarks/phases.py).
# Notebooks are generated once into $LANTERN_BENCH_CACHE (default ~/.cache/lantern-bench).
# SIZES="1000 10000" limits the sizes (SIZES="" leaves the main table out); PHASE_SIZES="1000 10000" changes the phase table's two
# sizes, and PHASE_SIZES="" leaves it out. PHASE_RUNS=3 runs each figure fewer times (5 by default).
# Last, the language server on 10,000 notes (Benchmarks/lsp_bench.py): the time from an edit to
# its diagnostics against a cold lint, and its memory over 1,000 edits; LSP_SIZE="" leaves it out.
#
# "Cold" means nothing cached by Lantern (it keeps no cache); the files themselves
# are in the page cache for every program timed, cmark included (one warm-up run each).
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="${LANTERN_BENCH_CACHE:-$HOME/.cache/lantern-bench}"
SIZES="${SIZES-1000 10000 100000}"
TODAY=2026-11-22
BIN="$PWD/.build/release/lantern"
mkdir -p "$CACHE"
for tool in hyperfine cmark python3; do
    command -v "$tool" >/dev/null || { echo "bench needs $tool: apt-get install $tool" >&2; exit 2; }
done
[ -x "$BIN" ] || { echo "bench needs a release build: make release" >&2; exit 2; }

declare -A TIME MEM

peak() {  # peak resident memory of a command, in MB
    { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null || true; } | tail -n 1 | awk '{printf "%.0f", $1 / 1024}'
}

mean() {  # mean wall time in seconds from a hyperfine JSON export
    python3 -c "import json,sys; print('%.3f' % json.load(open(sys.argv[1]))['results'][0]['mean'])" "$1"
}

ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }

generate() {  # generate N DIR SEED [GENERATOR OPTIONS]: a notebook, once
    if [ ! -f "$2/.complete" ]; then
        rm -rf "$2"
        python3 Benchmarks/generate.py "$1" "$2" --seed "$3" "${@:4}"
        touch "$2/.complete"
    fi
}

args_for() {  # the arguments of a timed command
    case "$1" in
        week|index) echo "$1 $2 --today $TODAY --out - --format md" ;;
        *) echo "$1 $2 --today $TODAY" ;;
    esac
}

printf "%-8s %-10s %9s %9s %9s %8s\n" "notes" "command" "time (s)" "x cmark" "x lint" "peak MB"
for n in $SIZES; do
    dir="$CACHE/notebook-$n"
    generate "$n" "$dir" 42
    [ -f "$CACHE/all-$n.md" ] || find "$dir" -name '*.md' -print0 | sort -z | xargs -0 cat > "$CACHE/all-$n.md"
    runs=10; [ "$n" -ge 100000 ] && runs=3
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$CACHE/cmark-$n.json" "cmark $CACHE/all-$n.md" >/dev/null 2>&1
    TIME[cmark-$n]=$(mean "$CACHE/cmark-$n.json")
    MEM[cmark-$n]=$(peak cmark "$CACHE/all-$n.md")
    printf "%-8s %-10s %9s %9s %9s %8s\n" "$n" "cmark" "${TIME[cmark-$n]}" "1.00" "" "${MEM[cmark-$n]}"
    for cmd in lint followups week index; do
        # shellcheck disable=SC2046
        hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$CACHE/$cmd-$n.json" "$BIN $(args_for "$cmd" "$dir")" >/dev/null 2>&1
        TIME[$cmd-$n]=$(mean "$CACHE/$cmd-$n.json")
        # shellcheck disable=SC2046
        MEM[$cmd-$n]=$(peak "$BIN" $(args_for "$cmd" "$dir"))
        vs_lint=""; [ "$cmd" != lint ] && vs_lint=$(ratio "${TIME[$cmd-$n]}" "${TIME[lint-$n]}")
        printf "%-8s %-10s %9s %9s %9s %8s\n" "$n" "$cmd" "${TIME[$cmd-$n]}" "$(ratio "${TIME[$cmd-$n]}" "${TIME[cmark-$n]}")" \
            "$vs_lint" "${MEM[$cmd-$n]}"
    done
done

# The Python reference (python-frontmatter and markdown-it-py, from PyPI) at 10,000 notes.
if [[ " $SIZES " == *" 10000 "* ]]; then
    venv="$CACHE/venv"
    if [ ! -x "$venv/bin/python" ]; then
        python3 -m venv "$venv" && "$venv/bin/pip" install -q python-frontmatter markdown-it-py
    fi
    hyperfine -N --warmup 1 --runs 3 --export-json "$CACHE/python-10000.json" \
        "$venv/bin/python Benchmarks/reference.py $CACHE/notebook-10000" >/dev/null 2>&1
    TIME[python-10000]=$(mean "$CACHE/python-10000.json")
    printf "%-8s %-10s %9s %9s\n" 10000 "python" "${TIME[python-10000]}" "$(ratio "${TIME[python-10000]}" "${TIME[cmark-10000]}")"
fi

# The reports against lint, side by side: round after round, so that a slow spell of the machine
# falls on every command alike (hyperfine runs one command's runs one after the other).
declare -A SIDE
if [[ " $SIZES " == *" 10000 "* ]]; then
    echo
    echo "side by side, 10,000 notes (median of 10 rounds, Benchmarks/side_by_side.py):"
    while read -r name t r; do
        SIDE[$name]=$r
        printf "%-8s %-10s %9s %9s %9s\n" 10000 "$name" "$t" "" "$r"
    done < <(python3 Benchmarks/side_by_side.py "$BIN" "$CACHE/notebook-10000" --rounds 10 --today "$TODAY")
    echo
fi

# A small notebook end to end, every command.
small="$CACHE/notebook-200"
generate 200 "$small" 7
for cmd in lint followups week index; do
    # shellcheck disable=SC2046
    hyperfine -N -i --warmup 3 --runs 20 --export-json "$CACHE/small-$cmd.json" "$BIN $(args_for "$cmd" "$small")" >/dev/null 2>&1
    TIME[$cmd-200]=$(mean "$CACHE/small-$cmd.json")
    printf "%-8s %-10s %9s\n" 200 "$cmd" "${TIME[$cmd-200]}"
done

# The targets (docs/performance.md).
check() {  # check LABEL OK(0/1) DETAIL
    printf "%-6s %-52s %s\n" "$([ "$2" = 1 ] && echo met || echo MISSED)" "$1" "$3"
}
le() { python3 -c "import sys; print(1 if float(sys.argv[1]) <= float(sys.argv[2]) else 0)" "$1" "$2"; }
echo
echo "targets:"
if [ -n "${TIME[lint-10000]:-}" ]; then
    r=$(ratio "${TIME[lint-10000]}" "${TIME[cmark-10000]}")
    check "lint, 10,000 notes <= 1.5 x cmark" "$(le "$r" 1.5)" "$r x"
    for cmd in followups week index; do
        r=$(ratio "${TIME[$cmd-10000]}" "${TIME[lint-10000]}")
        side=${SIDE[$cmd]:-$r}
        check "$cmd, 10,000 notes <= 1.5 x lint" "$(le "$side" 1.5)" "$side x side by side ($r x from the hyperfine runs above)"
    done
    worst=0
    for cmd in lint followups week index; do
        worst=$(python3 -c "print(max($worst, ${MEM[$cmd-10000]}))")
    done
    check "peak memory, 10,000 notes <= 150 MB" "$(le "$worst" 150)" "$worst MB at most"
fi
if [ -n "${TIME[lint-100000]:-}" ] && [ -n "${TIME[lint-10000]:-}" ]; then
    for cmd in lint followups week index; do
        t=$(ratio "${TIME[$cmd-100000]}" "${TIME[$cmd-10000]}")
        m=$(ratio "${MEM[$cmd-100000]}" "${MEM[$cmd-10000]}")
        ok=$(( $(le "$t" 11) && $(le "$m" 11) ))
        check "$cmd, 100,000 vs 10,000 notes <= 11 x" "$ok" "time $t x, memory $m x"
    done
fi
worst=0
for cmd in lint followups week index; do worst=$(python3 -c "print(max($worst, ${TIME[$cmd-200]}))"); done
check "any command, 200 notes <= 60 ms" "$(le "$worst" 0.060)" "$worst s at most"

# Phase by phase, in both shapes: every phase, the total and the peak memory of each command from
# the smaller size to the larger (the brief's scaling target, 11 x, for each).
PHASE_SIZES="${PHASE_SIZES-10000 100000}"
PEOPLE="${PEOPLE:-170}"
# Five runs per figure: a phase of 30 ms at 10,000 notes varies by a third from run to run on a
# shared machine (the same code measured 7.1 x and 13.9 x in one run of three), and the median of
# five holds it better.
PHASE_RUNS="${PHASE_RUNS:-5}"
if [ -n "$PHASE_SIZES" ]; then
    read -r small large <<<"$PHASE_SIZES"
    for n in $small $large; do
        generate "$n" "$CACHE/notebook-$n" 42
        generate "$n" "$CACHE/notebook-$n-p$PEOPLE" 42 --people "$PEOPLE"
    done
    python3 Benchmarks/phases.py "$BIN" --today "$TODAY" --runs "$PHASE_RUNS" \
        "spread:$CACHE/notebook-$small:$CACHE/notebook-$large" \
        "concentrated:$CACHE/notebook-$small-p$PEOPLE:$CACHE/notebook-$large-p$PEOPLE"
fi

# The language server (`lantern lsp`) on 10,000 notes: didChange -> publishDiagnostics for edits
# to one note's body and front matter, and for a rename (every person keyed again), each against
# a cold `lantern lint` of the same notebook; and its memory over 1,000 edits.
LSP_SIZE="${LSP_SIZE-10000}"
if [ -n "$LSP_SIZE" ]; then
    generate "$LSP_SIZE" "$CACHE/notebook-$LSP_SIZE" 42
    echo
    echo "lantern lsp, $LSP_SIZE notes:"
    python3 Benchmarks/lsp_bench.py "$BIN" "$CACHE/notebook-$LSP_SIZE" --today "$TODAY" --edits "${LSP_EDITS:-1000}"
fi
