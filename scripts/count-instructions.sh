#!/usr/bin/env bash
# Instructions executed by `byline analyze --json` or `byline add` on bench-scaling.py's
# hostile kinds, by size, and their growth exponent: a count of work that, unlike CPU
# time, other work on the machine cannot move (valgrind --tool=cachegrind, no cache
# simulation; about 50 times slower than a plain run, hence the small sizes).
#
# Usage (from the repository root, after `swift build -c release --product byline`):
#     scripts/count-instructions.sh "distinct_caps all_caps" "analyze add"
# prints one line per kind and command: the instruction counts at 0.25, 0.5, 1, 2 MB and
# the exponent (least-squares slope of log count against log size; linear work gives 1).
set -euo pipefail
cd "$(dirname "$0")/.."
KINDS=${1:-"distinct_caps all_caps"}
COMMANDS=${2:-"analyze add"}
SIZES="0.25 0.5 1 2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the release binary's DWARF 5 debug information: a copy without it.
strip --strip-debug .build/release/byline -o "$work/byline"
for kind in $KINDS; do
  python3 - "$kind" "$work" $SIZES <<'PY'
import importlib.util, random, sys
spec = importlib.util.spec_from_file_location("bench", "scripts/bench-scaling.py")
bench = importlib.util.module_from_spec(spec); spec.loader.exec_module(bench)
kind, work, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]
desc, ext, gen = bench.kinds()[kind]
for s in sizes:
    with open(f"{work}/{kind}-{s}.{ext}", "w", encoding="utf-8", newline="") as f:
        f.write(gen(int(float(s) * bench.MB), random.Random(f"{kind}-{s}")))
PY
  for command in $COMMANDS; do
    counts=()
    for s in $SIZES; do
      file=$(ls "$work/$kind-$s".*)
      rm -rf "$work/lib" && mkdir "$work/lib"
      if [ "$command" = add ]; then args=(add --quiet --library "$work/lib/library.sqlite" "$file"); else args=(analyze --json "$file"); fi
      counts+=("$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$work/byline" "${args[@]}" 2>&1 >/dev/null \
        | awk '/I *refs/ {gsub(",", "", $NF); print $NF}')")
    done
    python3 - "$kind" "$command" "${counts[@]}" <<PY
import math, sys
kind, command, counts = sys.argv[1], sys.argv[2], [int(c) for c in sys.argv[3:]]
xs = [math.log(float(s)) for s in "$SIZES".split()]; ys = [math.log(c) for c in counts]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
slope = sum((a - mx) * (b - my) for a, b in zip(xs, ys)) / sum((a - mx) ** 2 for a in xs)
print(f"| {kind} | {command} | " + " | ".join(f"{c / 1e9:.2f}" for c in counts) + f" | {slope:.2f} |", flush=True)
PY
  done
done
