#!/usr/bin/env bash
# What each key costs in the reader, beside less and newsboat, in one run: bytes, writes
# to the terminal, cells touched and CPU, at 80x24, 120x40 and 200x50, for byline's
# `columns` and `stacked` layouts and its zoom (z), on the seed article four times over
# (so that 130 lines down at 200x50 still move).
# Usage: scripts/measure-keys.sh [OUT.jsonl]   (from the repository root, after
#        `swift build -c release`; newsboat and strace optional). Prints a table
#        (docs/performance.md, "Cost per key"); the raw records go to OUT.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-$(mktemp)}
: > "$OUT"
K=scripts/keycost.py
BIN=.build/release/byline
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
A=$TMP/article.txt
for i in 1 2 3 4; do cat seeds/000_7d5d3ea8b2b77ef2.txt; echo; done > "$A"
# byline gets a library of its own with the article's analysis stored (as after a first
# reading) and no saved position, and a configuration that sets the layout.
export BYLINE_LIBRARY=$TMP/library.sqlite
export XDG_CONFIG_HOME=$TMP/config XDG_DATA_HOME=$TMP/data XDG_STATE_HOME=$TMP/state
fresh() {  # layout
  rm -f "$TMP"/library.sqlite* ; rm -rf "$TMP/state"
  mkdir -p "$TMP/config/byline"
  printf 'layout = "%s"\n' "$1" > "$TMP/config/byline/config.toml"
  "$BIN" add "$A" >/dev/null
}
# newsboat reads feeds, not files: a one-item local RSS feed of the same article.
python3 - "$A" "$TMP" <<'PY'
import html, sys, pathlib
text = pathlib.Path(sys.argv[1]).read_text()
paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>file:///</link><description>d</description><item><title>Kim Jong Un</title><link>file:///a</link><description>{html.escape(paras)}</description></item></channel></rss>'
d = pathlib.Path(sys.argv[2]); (d / "feed.xml").write_text(feed)
(d / "urls").write_text(f"file://{d}/feed.xml\n")
(d / "nbconfig").write_text("")
PY
for size in 80x24 120x40 200x50; do
  python3 $K --label less --size $size --marker Kim --setup '/said\r' --jump n --help-open h --help-close q -- less "$A" >> "$OUT"
  if command -v newsboat >/dev/null; then
    newsboat -x reload -u "$TMP/urls" -C "$TMP/nbconfig" -c "$TMP/cache.db" >/dev/null 2>&1 || true
    python3 $K --label newsboat --size $size --marker "Your feeds" --setup '\r@@Articles in feed|\r@@Kim' \
      --down '{down}' --help-open '?' --help-close q --quit Q \
      -- newsboat -u "$TMP/urls" -C "$TMP/nbconfig" -c "$TMP/cache.db" >> "$OUT" || true
  fi
  for variant in columns stacked zoom; do
    layout=$variant; setup=()
    [ $variant = zoom ] && { layout=columns; setup=(--setup z); }
    fresh $layout
    python3 $K --label "byline-$variant" --size $size --marker Kim "${setup[@]}" --region auto \
      --jump "'" --help-open '?' --help-close q -- "$BIN" "$A" >> "$OUT"
    if command -v strace >/dev/null; then
      fresh $layout
      python3 $K --label "byline-$variant-writes" --size $size --marker Kim "${setup[@]}" --strace "$TMP/strace.log" \
        --cpu-lines 0 --jump "'" --help-open '?' --help-close q -- "$BIN" "$A" >> "$OUT"
    fi
  done
done
python3 scripts/keycost-table.py < "$OUT"
