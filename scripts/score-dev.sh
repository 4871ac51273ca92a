#!/bin/sh
# Scores Byline's entities and quotations against the annotated sets of
# Tests/Fixtures/eval: the train split (dev, dev2, seed) and the dev split (check, tune) of
# SPLITS.md, each when it has files. The test split is scored with --test only:
#   scripts/score-dev.sh [--debug] [--quiet]
# Builds in release mode (or debug with --debug), runs `byline analyze --json --out DIR`
# over the annotated articles and prints score.py's figures.
set -eu
cd "$(dirname "$0")/.."
config=release
quiet=
sets="dev dev2 seed check tune extra"
for a in "$@"; do
    case "$a" in
        --debug) config=debug ;;
        --quiet) quiet=--quiet ;;
        --test) sets=test ;;
    esac
done
swift build -c "$config" --product byline >/dev/null
bin=".build/$config/byline"
eval_dir=Tests/Fixtures/eval
out=$(mktemp -d "${TMPDIR:-/tmp}/byline-score.XXXXXX")
trap 'rm -rf "$out"' EXIT

articles_for() {  # gold folder -> article paths
    for f in "$1"/*.json; do
        base=$(basename "$f" .json)
        for dir in Tests/Fixtures/corpus Tests/Fixtures/wikinews-more Tests/Fixtures/globalvoices seeds; do
            [ -f "$dir/$base.txt" ] && echo "$dir/$base.txt" && break
        done
    done
}

for set in $sets; do
    ls "$eval_dir/$set"/*.json >/dev/null 2>&1 || continue
    mkdir -p "$out/$set"
    # shellcheck disable=SC2046
    "$bin" analyze --out "$out/$set" $(articles_for "$eval_dir/$set")
    echo "== $set"
    python3 "$eval_dir/score.py" "$eval_dir/$set" "$out/$set" $quiet
done
