#!/usr/bin/env bash
# make bench: times lantern lint, followups, week and index on generated notebooks of 1,000,
# 10,000 and 100,000 notes, next to cmark reading the same Markdown bytes, with hyperfine; prints
# the ratios and peak memory. Notebooks are generated once into $LANTERN_BENCH_CACHE
# (default ~/.cache/lantern-bench). SIZES="1000 10000" limits the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="${LANTERN_BENCH_CACHE:-$HOME/.cache/lantern-bench}"
SIZES="${SIZES:-1000 10000 100000}"
TODAY=2026-11-22
BIN="$PWD/.build/release/lantern"
mkdir -p "$CACHE"
for tool in hyperfine cmark; do
    command -v "$tool" >/dev/null || { echo "bench needs $tool: apt-get install $tool" >&2; exit 2; }
done

peak() {  # peak resident memory of a command, in MB
    /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%.0f", $1 / 1024}'
}

mean() {  # mean wall time in seconds from a hyperfine JSON export
    python3 -c "import json,sys; print('%.3f' % json.load(open(sys.argv[1]))['results'][0]['mean'])" "$1"
}

printf "%-8s %-10s %10s %8s %10s\n" "notes" "command" "time (s)" "ratio" "peak MB"
for n in $SIZES; do
    dir="$CACHE/notebook-$n"
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        python3 Benchmarks/generate.py "$n" "$dir" --seed 42
        find "$dir" -name '*.md' -print0 | sort -z | xargs -0 cat > "$CACHE/all-$n.md"
        touch "$dir/.complete"
    fi
    runs=10; [ "$n" -ge 100000 ] && runs=3
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$CACHE/cmark-$n.json" "cmark $CACHE/all-$n.md" >/dev/null 2>&1
    base=$(mean "$CACHE/cmark-$n.json")
    printf "%-8s %-10s %10s %8s %10s\n" "$n" "cmark" "$base" "1.00" "$(peak cmark "$CACHE/all-$n.md")"
    for cmd in lint followups week index; do
        args=("$cmd" "$dir" --today "$TODAY")
        case "$cmd" in week|index) args+=(--out - --format md) ;; esac
        hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$CACHE/$cmd-$n.json" "$BIN ${args[*]}" >/dev/null 2>&1
        t=$(mean "$CACHE/$cmd-$n.json")
        ratio=$(python3 -c "print('%.2f' % ($t / $base))")
        printf "%-8s %-10s %10s %8s %10s\n" "$n" "$cmd" "$t" "$ratio" "$(peak "$BIN" "${args[@]}")"
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
    printf "%-8s %-10s %10s\n" 10000 "python" "$(mean "$CACHE/python-10000.json")"
fi

# A small notebook end to end.
small="$CACHE/notebook-200"
[ -f "$small/.complete" ] || { python3 Benchmarks/generate.py 200 "$small" --seed 7 && touch "$small/.complete"; }
for cmd in lint followups; do
    hyperfine -N -i --warmup 3 --runs 20 --export-json "$CACHE/small-$cmd.json" "$BIN $cmd $small --today $TODAY" >/dev/null 2>&1
    printf "%-8s %-10s %10s\n" 200 "$cmd" "$(mean "$CACHE/small-$cmd.json")"
done
