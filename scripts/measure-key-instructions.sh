#!/usr/bin/env bash
# Instructions per key in the reader's event loop (scripts/key-instructions.py, under
# callgrind), for byline's `columns` and `stacked` layouts and its zoom at 80x24, 120x40
# and 200x50, on the seed article four times over with its analysis stored (as
# scripts/measure-keys.sh): a line down (mean of 10), a page down, the help opened and
# closed. Unlike CPU time, the count does not move with the machine's load.
# Usage: scripts/measure-key-instructions.sh [BINARY] [SIZES] [VARIANTS]
#   e.g. scripts/measure-key-instructions.sh .build/debug/byline "120x40" "columns zoom"
# (from the repository root; valgrind needed). Prints one line per run:
#   | size | variant | line | page | help open | help close |
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/debug/byline}
SIZES=${2:-"80x24 120x40 200x50"}
VARIANTS=${3:-"columns stacked zoom"}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
A=$TMP/article.txt
for i in 1 2 3 4; do cat seeds/000_7d5d3ea8b2b77ef2.txt; echo; done > "$A"
export BYLINE_LIBRARY=$TMP/library.sqlite
export XDG_CONFIG_HOME=$TMP/config XDG_DATA_HOME=$TMP/data XDG_STATE_HOME=$TMP/state
for size in $SIZES; do
  for variant in $VARIANTS; do
    layout=$variant; setup=""
    [ "$variant" = zoom ] && { layout=columns; setup=z; }
    rm -f "$TMP"/library.sqlite*; rm -rf "$TMP/state"
    mkdir -p "$TMP/config/byline"
    printf 'layout = "%s"\n' "$layout" > "$TMP/config/byline/config.toml"
    "$BIN" add "$A" >/dev/null
    python3 scripts/key-instructions.py --size "$size" --setup "$setup" --steps "j*10, ,?,q" -- "$BIN" "$A" \
      | python3 -c '
import json, sys
r = json.load(sys.stdin)
n = [s["instructions_per_key"] for s in r["steps"]]
print("| %s | %s | " % (r["size"], sys.argv[1]) + " | ".join(format(v, ",") for v in n) + " |", flush=True)
' "$variant"
  done
done
