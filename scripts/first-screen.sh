#!/usr/bin/env bash
# Time to the first screen of the seed article, for less and byline builds alternated
# run by run (so a busy moment on a shared machine hits them all alike).
# Usage: scripts/first-screen.sh [RUNS] [SIZE] [PROGRAM...]
#   RUNS    alternations (default 15); SIZE default 80x24
#   PROGRAM less, or a byline binary (default: less .build/release/byline); pass a
#           saved copy of an older build to compare it with the new one.
# Prints the median, minimum and maximum milliseconds per program, counted until the
# output goes quiet for 0.2 s (scripts/ttybytes.py). byline reads a library of its own
# holding the article's analysis, so the user's library is neither read nor changed.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-15}
SIZE=${2:-80x24}
shift $(( $# < 2 ? $# : 2 ))
PROGRAMS=("$@")
[ ${#PROGRAMS[@]} -eq 0 ] && PROGRAMS=(less .build/release/byline)
A=seeds/000_7d5d3ea8b2b77ef2.txt
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
export BYLINE_LIBRARY=$LIB/library.sqlite
.build/release/byline add "$A" >/dev/null
declare -A MS
for _ in $(seq "$RUNS"); do
  for p in "${PROGRAMS[@]}"; do
    if [ "$p" = less ]; then opts=(--profile less); else opts=(--down j --pgdn ' ' --quit q); fi
    ms=$(python3 scripts/ttybytes.py --quick --marker Kim --settle 0.2 --size "$SIZE" "${opts[@]}" -- "$p" "$A" 2>/dev/null \
         | python3 -c 'import json,sys; print(json.load(sys.stdin)["first_screen_ms"])')
    MS[$p]="${MS[$p]:-} $ms"
  done
done
for p in "${PROGRAMS[@]}"; do
  echo "$p: $(echo ${MS[$p]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END{print "median", a[int((NR+1)/2)], "min", a[1], "max", a[NR], "of", NR}')"
done
