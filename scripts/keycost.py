#!/usr/bin/env python3
"""keycost.py - what each key of a terminal reader costs: bytes, writes, cells, CPU.

Runs COMMAND in a pseudo-terminal (through scripts/ttybytes.py's Child) and, in one
session, measures: the first screen, one line down (mean of 5), a page down, a held
key (--hold N keys sent at once, as autorepeat does over a slow link), a jump (a quote
jump in byline, a search repeat in less), opening and closing the help, and a resize.
For each step: the bytes written, the cells the output touches (a small VT parser:
printed characters, erasures, scrolls), and the CPU the program used (sum of its
threads' /proc schedstat, in ns). `--region auto` finds the widest pane between
vertical rules on the first screen (the article column in a side-by-side layout) and
counts, for a line down, the cells touched outside it and outside the status line.
With --strace FILE the command runs under `strace -f -y -e trace=write` and the
writes to the terminal are counted per step (CPU figures are then meaningless).

Prints one JSON object. Used by scripts/measure-keys.sh.

  keycost.py --label byline --size 120x40 --marker Kim --down j --pgdn ' ' \\
      --jump "'" --help-open '?' --help-close q --quit q -- .build/release/byline a.txt
"""
import argparse
import json
import os
import re
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ttybytes import Child, parse_keys, parse_size, set_size  # noqa: E402


class Grid:
    """Just enough of a VT100/xterm to know which cells a stream touches."""

    def __init__(self, cols, rows):
        self.resize(cols, rows)

    def resize(self, cols, rows):
        self.cols, self.rows = cols, rows
        self.cells = [[" "] * cols for _ in range(rows)]
        self.x = self.y = 0
        self.top, self.bottom = 0, rows - 1
        self.last = " "

    def feed(self, data):
        """Feeds bytes; returns the set of (y, x) cells touched."""
        touched = set()
        text = data.decode("utf-8", "replace")
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c == "\x1b":
                m = re.compile(r"\x1b\[([?>=!]?)([0-9;:]*)([ -/]*)([@-~])").match(text, i)
                if m:
                    self.csi(m.group(1), m.group(2), m.group(4), touched)
                    i = m.end()
                    continue
                m = re.compile(r"\x1b\](.*?)(\x07|\x1b\\)", re.S).match(text, i)
                if m:
                    i = m.end()
                    continue
                if i + 1 < n:
                    k = text[i + 1]
                    if k in "()*+#%":
                        i += 3
                        continue
                    if k == "D":
                        self.index(touched)
                    elif k == "M":
                        self.reverse_index(touched)
                    elif k == "E":
                        self.x = 0
                        self.index(touched)
                    i += 2
                    continue
                i += 1
                continue
            if c == "\r":
                self.x = 0
            elif c == "\n":
                self.index(touched)
            elif c == "\b":
                self.x = max(0, self.x - 1)
            elif c == "\t":
                self.x = min(self.cols - 1, (self.x // 8 + 1) * 8)
            elif ord(c) >= 0x20:
                self.put(c, touched)
            i += 1
        return touched

    def put(self, c, touched):
        if unicodedata.combining(c):
            return
        w = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if self.x + w > self.cols:
            self.x = 0
            self.index(touched)
        if 0 <= self.y < self.rows:
            for k in range(w):
                if self.x + k < self.cols:
                    self.cells[self.y][self.x + k] = c if k == 0 else ""
                    touched.add((self.y, self.x + k))
        self.last = c
        self.x = min(self.x + w, self.cols)  # (pending wrap kept simple)

    def index(self, touched):
        if self.y == self.bottom:
            self.scroll(1, touched)
        else:
            self.y = min(self.rows - 1, self.y + 1)

    def reverse_index(self, touched):
        if self.y == self.top:
            self.scroll(-1, touched)
        else:
            self.y = max(0, self.y - 1)

    def scroll(self, n, touched, top=None):
        top = self.top if top is None else top
        region = self.cells[top:self.bottom + 1]
        blank = [[" "] * self.cols for _ in range(abs(n))]
        region = (region[n:] + blank) if n > 0 else (blank + region[:n])
        self.cells[top:self.bottom + 1] = region[:self.bottom + 1 - top]
        for y in range(top, self.bottom + 1):
            for x in range(self.cols):
                touched.add((y, x))

    def csi(self, private, params, final, touched):
        if private and final not in "Jm":
            return  # modes, queries
        ps = [int(p) if p.isdigit() else 0 for p in params.replace(":", ";").split(";")] if params else []
        p1 = ps[0] if ps else 0
        one = max(1, p1)
        if final in "Hf":
            self.y = min(self.rows - 1, max(1, p1) - 1)
            self.x = min(self.cols - 1, max(1, ps[1] if len(ps) > 1 else 1) - 1)
        elif final == "A":
            self.y = max(0, self.y - one)
        elif final == "B":
            self.y = min(self.rows - 1, self.y + one)
        elif final == "C":
            self.x = min(self.cols - 1, self.x + one)
        elif final == "D":
            self.x = max(0, self.x - one)
        elif final == "G":
            self.x = min(self.cols - 1, one - 1)
        elif final == "d":
            self.y = min(self.rows - 1, one - 1)
        elif final == "b":
            for _ in range(one):
                self.put(self.last, touched)
        elif final == "K":
            lo, hi = {0: (self.x, self.cols), 1: (0, self.x + 1), 2: (0, self.cols)}.get(p1, (self.x, self.cols))
            for x in range(lo, hi):
                self.cells[self.y][x] = " "
                touched.add((self.y, x))
        elif final == "X":
            for x in range(self.x, min(self.cols, self.x + one)):
                self.cells[self.y][x] = " "
                touched.add((self.y, x))
        elif final == "J" and not private:
            rows = {0: range(self.y, self.rows), 1: range(0, self.y + 1), 2: range(self.rows)}.get(p1, range(self.rows))
            for y in rows:
                for x in range(self.cols):
                    self.cells[y][x] = " "
                    touched.add((y, x))
        elif final == "r":
            self.top = max(1, p1) - 1
            self.bottom = (ps[1] if len(ps) > 1 and ps[1] else self.rows) - 1
            self.x = self.y = 0
        elif final in "ST":
            self.scroll(one if final == "S" else -one, touched)
        elif final in "LM":
            if self.top <= self.y <= self.bottom:
                saved = self.top
                self.top = self.y
                self.scroll(-one if final == "L" else one, touched)
                self.top = saved

    def text(self):
        return ["".join(r) for r in self.cells]


def article_region(lines):
    """Columns [x0, x1) of the widest pane between vertical rules (│) in most rows."""
    rows = lines[1:-1] or lines
    cols = len(lines[0])
    rules = [x for x in range(cols) if sum(1 for r in rows if x < len(r) and r[x] == "│") >= 0.8 * len(rows)]
    edges = [-1] + rules + [cols]
    x0, x1 = max(((a + 1, b) for a, b in zip(edges, edges[1:])), key=lambda p: p[1] - p[0])
    return x0, x1


def cpu_ns(pid):
    total = 0
    try:
        for t in os.listdir("/proc/%d/task" % pid):
            try:
                with open("/proc/%d/task/%s/schedstat" % (pid, t)) as f:
                    total += int(f.read().split()[0])
            except OSError:
                pass
    except OSError:
        return None
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--label")
    ap.add_argument("--size", default="80x24")
    ap.add_argument("--resize-to")
    ap.add_argument("--marker")
    ap.add_argument("--setup", help="keys before measuring; steps separated by |, KEYS@@TEXT waits for TEXT")
    ap.add_argument("--down", default="j")
    ap.add_argument("--pgdn", default=" ")
    ap.add_argument("--jump", help="a jump key (quote jump, search repeat)")
    ap.add_argument("--help-open")
    ap.add_argument("--help-close")
    ap.add_argument("--quit", default="q")
    ap.add_argument("--hold", type=int, default=100)
    ap.add_argument("--downs", type=int, default=5)
    ap.add_argument("--cpu-lines", type=int, default=30, help="single line-downs timed for CPU per line")
    ap.add_argument("--settle", type=float, default=0.3)
    ap.add_argument("--first-timeout", type=float, default=20.0)
    ap.add_argument("--region", help="auto, or X0:X1: count cells a line down touches outside it and the status line")
    ap.add_argument("--strace", help="run under strace; count writes to the terminal per step (file for its log)")
    ap.add_argument("--term", default="xterm-256color")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.command[1:] if a.command and a.command[0] == "--" else a.command
    if a.strace:
        cmd = ["strace", "-f", "-y", "-e", "trace=write", "-o", a.strace] + cmd
    cols, rows = parse_size(a.size)
    rcols, rrows = parse_size(a.resize_to) if a.resize_to else {(80, 24): (120, 40), (120, 40): (200, 50)}.get((cols, rows), (80, 24))
    env = dict(os.environ, TERM=a.term)
    env.setdefault("LANG", "C.UTF-8")
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    grid = Grid(cols, rows)
    rec = {"label": a.label or os.path.basename(cmd[0]), "size": "%dx%d" % (cols, rows)}
    ch = Child(cmd, cols, rows, env)
    pid = ch.pid
    writes_seen = [0]

    def writes():
        if not a.strace:
            return None
        try:
            with open(a.strace, errors="replace") as f:
                n = sum(1 for line in f if re.search(r"write\(\d+</dev/pts", line))
        except OSError:
            return None
        d = n - writes_seen[0]
        writes_seen[0] = n
        return d

    def step(name, keys, wait_for=None, timeout=None):
        c0 = cpu_ns(pid)
        ch.send(parse_keys(keys))
        d, _, _ = ch.read_until_quiet(a.settle, timeout or max(a.settle, 2.0), wait_for.encode() if wait_for else None)
        c1 = cpu_ns(pid)
        touched = grid.feed(d)
        out = {"bytes": len(d), "cells": len(touched)}
        if c0 is not None and c1 is not None:
            out["cpu_ms"] = round((c1 - c0) / 1e6, 3)
        w = writes()
        if w is not None:
            out["writes"] = w
        rec[name] = out
        return out, touched

    try:
        data, _, tl = ch.read_until_quiet(a.settle, a.first_timeout, a.marker.encode() if a.marker else None)
        grid.feed(data)
        rec["first"] = {"bytes": len(data), "ms": round((tl - ch.t0) * 1000, 1) if tl else None}
        w = writes()
        if w is not None:
            rec["first"]["writes"] = w
        if a.setup:
            total = 0
            for s in a.setup.split("|"):
                keys, _, mark = s.partition("@@")
                ch.send(parse_keys(keys))
                d, _, _ = ch.read_until_quiet(a.settle, a.first_timeout if mark else 2.0, mark.encode() if mark else None)
                grid.feed(d)
                total += len(d)
            rec["setup_bytes"] = total
            writes()
        region = None
        if a.region == "auto":
            region = article_region(grid.text())
        elif a.region:
            region = tuple(int(v) for v in a.region.split(":"))
        if region:
            rec["region"] = list(region)
        downs, outside, wcount = [], 0, []
        for _ in range(a.downs):
            o, touched = step("down", a.down)
            downs.append(o["bytes"])
            if "writes" in o:
                wcount.append(o["writes"])
            if region:
                outside += sum(1 for (y, x) in touched if y != rows - 1 and not (region[0] <= x < region[1]))
        rec["down"] = {"bytes_mean": round(sum(downs) / len(downs), 1), "bytes": downs}
        if wcount:
            rec["down"]["writes"] = wcount
        if region:
            rec["down"]["cells_outside_region"] = outside
        step("page", a.pgdn)
        # CPU per line: single keys, each waited for.
        c0 = cpu_ns(pid)
        for _ in range(a.cpu_lines):
            ch.send(parse_keys(a.down))
            grid.feed(ch.read_until_quiet(0.05, 1.0, None)[0])
        c1 = cpu_ns(pid)
        if c0 is not None and c1 is not None and a.cpu_lines:
            rec["cpu_ms_per_line"] = round((c1 - c0) / 1e6 / a.cpu_lines, 4)
        writes()
        o, _ = step("hold", parse_keys(a.down).decode() * a.hold)
        if "cpu_ms" in o:
            o["cpu_ms_per_line"] = round(o["cpu_ms"] / a.hold, 4)
        if a.jump:
            step("jump", a.jump)
        if a.help_open:
            step("help_open", a.help_open)
            step("help_close", a.help_close or "q")
        c0 = cpu_ns(pid)
        set_size(ch.fd, rcols, rrows)
        grid.resize(rcols, rrows)
        d, _, _ = ch.read_until_quiet(a.settle, 2.0, None)
        rec["resize"] = {"to": "%dx%d" % (rcols, rrows), "bytes": len(d)}
        w = writes()
        if w is not None:
            rec["resize"]["writes"] = w
        ch.send(parse_keys(a.quit))
        ch.read_until_quiet(0.05, 2.0, None, want_exit=True)
    finally:
        ch.kill()
    print(json.dumps(rec))


if __name__ == "__main__":
    main()
