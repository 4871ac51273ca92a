#!/usr/bin/env bash
# Bytes written to the terminal per key, and time to the first screen, for byline and
# for less, w3m and newsboat (when installed) on the seed article, all in one run.
# Usage: scripts/measure-reader.sh [RUNS]   (from the repository root, after
#        `swift build -c release`). Prints one table line per program and size;
#        medians of RUNS runs (default 5) for times; byte counts are deterministic.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
A=seeds/000_7d5d3ea8b2b77ef2.txt
T=scripts/ttybytes.py
BIN=.build/release/byline
# byline gets a library of its own, made afresh before each run with the article's
# analysis stored (as after a first reading) and no saved position, so every run starts
# at the top and the user's library is neither read nor changed.
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
export BYLINE_LIBRARY=$LIB/library.sqlite
fresh_library() {
  rm -f "$LIB"/library.sqlite*
  "$BIN" add --library "$BYLINE_LIBRARY" "$A" >/dev/null
}
run() {  # label size marker ttybytes-options... -- command...
  local label=$1 size=$2 marker=$3; shift 3
  local out ms=()
  for i in $(seq "$RUNS"); do
    [ "$label" = byline ] && fresh_library
    out=$(python3 $T --label "$label" --marker "$marker" --settle 0.4 --size "$size" --downs 5 "$@" 2>/dev/null || true)
    ms+=("$(echo "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["first_screen_ms"])' 2>/dev/null || echo 0)")
  done
  echo "$out" | python3 scripts/ttyrow.py "$label" "${ms[@]}"
}
for size in 80x24 200x50; do
  run byline "$size" Kim --down j --pgdn ' ' --quit q -- "$BIN" "$A"
  run less "$size" Kim --profile less -- less "$A"
  command -v w3m >/dev/null && run w3m "$size" Kim --profile w3m -- w3m "$A"
  if command -v newsboat >/dev/null; then
    # newsboat reads feeds, not files: a one-item local RSS feed of the same article.
    tmp=$(mktemp -d); python3 - "$A" "$tmp" <<'PY'
import html, sys, pathlib
text = pathlib.Path(sys.argv[1]).read_text()
paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>file:///</link><description>d</description><item><title>Kim Jong Un</title><link>file:///a</link><description>{html.escape(paras)}</description></item></channel></rss>'
d = pathlib.Path(sys.argv[2]); (d / "feed.xml").write_text(feed)
(d / "urls").write_text(f"file://{d}/feed.xml\n")
(d / "config").write_text("")
PY
    newsboat -x reload -u "$tmp/urls" -C "$tmp/config" -c "$tmp/cache.db" >/dev/null 2>&1 || true
    run newsboat "$size" "Your feeds" --profile newsboat -- newsboat -u "$tmp/urls" -C "$tmp/config" -c "$tmp/cache.db" || true
    rm -rf "$tmp"
  fi
done
