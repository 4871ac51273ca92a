#!/bin/sh
# The corpus-driven fuzzer, in a release build: inputs made from the fixtures
# (Tests/Fixtures/corpus without the held-out articles, seeds/, a few built-in articles)
# by byte flips, splices, inserted controls, quotation marks and capitals, truncation and
# repetition, each run through parse, analysis, JSON, dump and layout with their
# invariants checked (Sources/BylineFuzz/FuzzCheck.swift).
#
#   scripts/fuzz.sh [COUNT] [SEED] [byline-fuzz options]
#   scripts/fuzz.sh                          # 1,000,000 inputs of seed 1
#   nice -n 19 scripts/fuzz.sh 1000000 7 --jobs 2
#   scripts/fuzz.sh 1 7 --from 123456        # input 123456 of seed 7 again, alone
#
# Failing inputs are saved in fuzz-failures/ (SEED-N-input.txt); a crash prints the
# numbers of the inputs it was checking. Exit status 1 when an invariant failed.
# `swift test` runs a fixed-seed sample of 400 inputs (Tests/BylineFuzzTests).
set -eu
cd "$(dirname "$0")/.."
count=${1:-1000000}
seed=${2:-1}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
swift build -c release --product byline-fuzz >&2
exec .build/release/byline-fuzz --repository . --count "$count" --seed "$seed" "$@"
