#!/usr/bin/env python3
"""Peak memory of the reader showing one article (GitHub issue 14, item 5).

Runs `byline ARTICLE` in a pseudo-terminal (80x24) with a fresh library and fresh
XDG folders, waits until the reader has shown the article and gone idle (its CPU time
has not moved for --idle seconds: the background analysis, storing it and the indexing
are done), reads its peak RSS (VmHWM in /proc/PID/status: the reader's own, not the
forked Python's), presses q and reports:

    big.txt  6.5 MB  peak RSS 58 MB  (8.9x the file; target 6x + 40 MB = 79 MB)  exit 0

With --ulimit-v KB the reader runs under `ulimit -v KB`; the script then also says
whether the terminal was given back: the last switch to the alternate screen is
followed by the switch back (ESC [ ? 1049 l) and the cursor shown again (ESC [ ? 25 h).

Usage (from the repository root, after `swift build -c release --product byline`):

    scripts/reader-memory.py /tmp/big.txt
    scripts/reader-memory.py --ulimit-v 500000 /tmp/big33.txt

Exit status 1 when the reader did not exit 0 or did not give the terminal back.
"""

import argparse
import fcntl
import os
import pty
import select
import shutil
import struct
import sys
import tempfile
import termios
import time


def field(pid, name):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(name):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            parts = f.read().rsplit(")", 1)[1].split()
        return int(parts[11]) + int(parts[12])
    except (OSError, IndexError):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("article")
    ap.add_argument("--binary", default=".build/release/byline")
    ap.add_argument("--ulimit-v", type=int, help="address-space limit in KB (ulimit -v)")
    ap.add_argument("--idle", type=float, default=3.0, help="seconds without CPU time that count as idle")
    ap.add_argument("--timeout", type=float, default=300.0)
    args = ap.parse_args()

    home = tempfile.mkdtemp(prefix="byline-reader-memory-")
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=home + "/data", XDG_STATE_HOME=home + "/state",
               XDG_CONFIG_HOME=home + "/config", BYLINE_LIBRARY=home + "/library.sqlite", TERM="xterm-256color")
    argv = [args.binary, args.article]
    if args.ulimit_v:
        argv = ["/bin/sh", "-c", f'ulimit -v {args.ulimit_v}; exec "$0" "$@"'] + argv
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execvpe(argv[0], argv, env)
    out = bytearray()
    start = time.monotonic()
    last_ticks, last_change = None, time.monotonic()
    peak = 0
    status = None
    try:
        while time.monotonic() - start < args.timeout:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                try:
                    out += os.read(fd, 65536)
                except OSError:
                    pass
            done, st = os.waitpid(pid, os.WNOHANG)
            if done:
                status = st
                break
            peak = max(peak, field(pid, "VmHWM:") or 0)
            ticks = cpu_ticks(pid)
            if ticks != last_ticks:
                last_ticks, last_change = ticks, time.monotonic()
            elif out and time.monotonic() - last_change > args.idle:
                break
        if status is None:
            peak = max(peak, field(pid, "VmHWM:") or 0)
            os.write(fd, b"q")
            end = time.monotonic() + 20
            while status is None and time.monotonic() < end:
                r, _, _ = select.select([fd], [], [], 0.1)
                if r:
                    try:
                        out += os.read(fd, 65536)
                    except OSError:
                        pass
                done, st = os.waitpid(pid, os.WNOHANG)
                if done:
                    status = st
            if status is None:
                os.kill(pid, 9)
                _, status = os.waitpid(pid, 0)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    code = os.waitstatus_to_exitcode(status)
    size = os.path.getsize(args.article)
    mb = 1024 * 1024
    target = 6 * size + 40 * mb
    entered = out.rfind(b"\x1b[?1049h")
    restored = entered < 0 or (out.find(b"\x1b[?1049l", entered) > 0 and out.find(b"\x1b[?25h", entered) > 0)
    limit = f"  ulimit -v {args.ulimit_v}" if args.ulimit_v else ""
    print(f"{os.path.basename(args.article)}  {size / 1e6:.1f} MB  peak RSS {peak / 1024:.0f} MB  "
          f"({peak * 1024 / size:.1f}x the file; target 6x + 40 MB = {target / mb:.0f} MB)  "
          f"exit {code}  terminal {'restored' if restored else 'NOT restored'}{limit}")
    tail = out[-400:].decode("utf-8", "replace")
    if code != 0:
        print("last output:", repr(tail[-200:]))
        if os.environ.get("READER_MEMORY_DUMP"): open(os.environ["READER_MEMORY_DUMP"], "wb").write(out)
    return 0 if code == 0 and restored else 1


if __name__ == "__main__":
    sys.exit(main())
