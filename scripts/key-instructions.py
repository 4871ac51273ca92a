#!/usr/bin/env python3
"""key-instructions.py - instructions the reader's main thread executes per key.

CPU time per key (scripts/keycost.py) moves with the load of a shared machine; the
count of instructions does not. This runs byline under valgrind's callgrind in a
pseudo-terminal (scripts/ttybytes.py's Child), counting only the event loop
(`ReaderLoop.run`, the main thread: read, handle, effects, render, draw, curses'
update), dumped after every frame drawn (`CursesScreen.draw`). Each step's count is the
sum of the frames the step produced, so the first screen and the background threads
(analysis, indexing) are left out.

Steps (keys separated by ","; "KEY*N" sends KEY N times, each waited for):

  key-instructions.py --size 120x40 --steps "j*10, ,?,q" -- .build/debug/byline a.txt

prints one JSON object: per step, the key, the frames and the instructions (mean per
key for KEY*N). A debug build runs unoptimised: use its counts for relative changes,
the release build's for the figure.
"""
import argparse
import glob
import shutil
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ttybytes import Child, parse_keys, parse_size  # noqa: E402

LOOP = "$s12BylineReader0B4LoopC3runAC7OutcomeVyF"                   # ReaderLoop.run()
DRAW = "$s13CursesBackend0A6ScreenC4drawyy8BylineUI0C6BufferVF"     # CursesScreen.draw(_:)


def dumps(out):
    return sorted(glob.glob(out + ".*"), key=lambda p: int(p.rsplit(".", 1)[1]))


def instructions(path):
    with open(path) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--label")
    ap.add_argument("--size", default="80x24")
    ap.add_argument("--marker", default="Kim")
    ap.add_argument("--setup", default="", help="keys before measuring, separated by ,")
    ap.add_argument("--steps", default="j*10", help='keys measured, separated by ",", KEY*N for N single keys')
    ap.add_argument("--settle", type=float, default=1.0, help="seconds of quiet that end a key (valgrind is slow)")
    ap.add_argument("--warmup", type=float, default=5.0, help="seconds of quiet after the first screen")
    ap.add_argument("--first-timeout", type=float, default=300.0)
    ap.add_argument("--quit", default="q")
    ap.add_argument("--keep", action="store_true", help="keep callgrind's files (callgrind_annotate reads them)")
    ap.add_argument("--term", default="xterm-256color")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.command[1:] if a.command and a.command[0] == "--" else a.command
    label = a.label or os.path.basename(cmd[0])
    work = tempfile.mkdtemp(prefix="keyinstr.")
    out = os.path.join(work, "callgrind.out")
    # valgrind cannot read Swift's DWARF 5 debug information: a copy without it (the
    # symbols stay).
    stripped = os.path.join(work, "byline")
    subprocess.run(["strip", "--strip-debug", cmd[0], "-o", stripped], check=True)
    cmd = [stripped] + cmd[1:]
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, "--collect-atstart=no",
           "--toggle-collect=" + LOOP, "--dump-after=" + DRAW] + cmd
    cols, rows = parse_size(a.size)
    env = dict(os.environ, TERM=a.term)
    env.setdefault("LANG", "C.UTF-8")
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    rec = {"label": label, "size": "%dx%d" % (cols, rows), "steps": []}
    ch = Child(cmd, cols, rows, env)

    def settle():
        ch.read_until_quiet(a.settle, a.settle + 5.0)

    try:
        ch.read_until_quiet(a.settle, a.first_timeout, a.marker.encode())
        # The background work started after the first paint (the analyser's tables,
        # indexing) posts its results as frames of their own: let it finish first.
        ch.read_until_quiet(a.warmup, a.warmup + 30.0)
        for k in filter(None, a.setup.split(",")):
            ch.send(parse_keys(k))
            settle()
        for step in a.steps.split(","):
            m = re.fullmatch(r"(.+)\*(\d+)", step)
            key, n = (m.group(1), int(m.group(2))) if m else (step, 1)
            before = len(dumps(out))
            for _ in range(n):
                ch.send(parse_keys(key))
                settle()
            files = dumps(out)[before:]
            total = sum(instructions(p) for p in files)
            rec["steps"].append({"key": key, "keys": n, "frames": len(files), "instructions_per_key": round(total / n)})
        ch.send(parse_keys(a.quit))
        ch.read_until_quiet(0.2, 30.0, None, want_exit=True)
    finally:
        ch.kill()
        if a.keep:
            print("callgrind's files (one per frame): " + work, file=sys.stderr)
        else:
            shutil.rmtree(work)
    print(json.dumps(rec))


if __name__ == "__main__":
    main()
