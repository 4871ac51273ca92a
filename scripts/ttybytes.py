#!/usr/bin/env python3
# Copied from the Byline project's shared measurement tools (tools/ttybytes.py), unchanged
# but for this line; used by scripts/measure-reader.sh.
"""ttybytes.py - drive a terminal program in a pseudo-terminal and measure it.

Measures, for one run of COMMAND at one terminal size:
  * ms from spawn to the first byte, and to the end of the first screen
    (end of the first output burst; with --marker, the burst that contains
    the marker text),
  * bytes written to the terminal for: the first screen, optional set-up keys
    (e.g. "open the article"), one line-down, one page-down, a terminal resize,
    and the quit key,
  * ms from sending the quit key to the process being reaped,
  * the program's own peak RSS (VmHWM from /proc, read just before quitting;
    wait4's ru_maxrss would include the forked Python's pages) and its
    user+system CPU (wait4 rusage).

Only the Python 3 standard library is needed.  If the `pyte` package is
importable and --screens DIR is given, the screen after each step is rendered
to DIR/<step>.txt so you can check the keys did what you think.

Setup steps are separated by "|"; "KEYS@@TEXT" waits (up to --first-timeout)
for TEXT to appear after KEYS, for steps that take long (opening a big article).

Keys are written with Python escapes ("\\x1b[B") and/or names in braces:
{down} {up} {pgdn} {pgup} {home} {end} {enter} {esc} {space} {tab}
{ctrl-X} ... e.g. --down '{down}' --pgdn '{space}' --quit 'q'.
Built-in --profile NAME fills in keys for programs we compared
(less, most, w3m, lynx, elinks, links, newsboat, frogmouth); explicit
--down/--pgdn/--quit/--setup override the profile.

Output: one JSON object per run on stdout (or a text table with --table).

Examples
  ttybytes.py --profile less --size 80x24 --resize-to 200x50 -- less article.txt
  ttybytes.py --down j --pgdn ' ' --quit q --marker Kim -- .build/release/byline article.txt
"""
import argparse
import codecs
import errno
import fcntl
import json
import os
import re
import select
import signal
import struct
import sys
import termios
import time

KEYNAMES = {
    "down": "\x1b[B", "up": "\x1b[A", "right": "\x1b[C", "left": "\x1b[D",
    "pgdn": "\x1b[6~", "pgup": "\x1b[5~", "home": "\x1b[H", "end": "\x1b[F",
    "enter": "\r", "esc": "\x1b", "space": " ", "tab": "\t", "del": "\x1b[3~",
    "ins": "\x1b[2~",
}

# keys verified against each program's man page / built-in help (see README.md)
PROFILES = {
    "less":      dict(down="j", pgdn=" ", quit="q"),
    "most":      dict(down="{down}", pgdn=" ", quit="Q"),
    "w3m":       dict(down="J", pgdn=" ", quit="Q"),           # J = scroll one line; Q = quit w/o confirm
    "lynx":      dict(down="{ctrl-n}", pgdn=" ", quit="Q"),    # ^N = DOWN_TWO (no 1-line scroll bound by default)
    "elinks":    dict(down="{ctrl-n}", pgdn=" ", quit="Q"),    # ^N = scroll-down (elinkskeys(5))
    "links":     dict(down="{ctrl-n}", pgdn=" ", quit="Q"),    # ^N/Del = scroll down one line ('Q' quits without asking)
    "newsboat":  dict(setup="{enter}@@Articles in feed|{enter}@@Kim", down="{down}", pgdn=" ", quit="Q",
                      marker="Your feeds"),  # open feed, open article (wait for text); Q = hard-quit
    "frogmouth": dict(down="{down}", pgdn="{pgdn}", quit="{ctrl-q}"),
}


def parse_keys(s):
    if s is None:
        return None
    def name(m):
        n = m.group(1).lower()
        if n.startswith("ctrl-") and len(n) == 6:
            return chr(ord(n[5]) & 0x1f)
        if n in KEYNAMES:
            return KEYNAMES[n]
        raise SystemExit("unknown key name {%s}" % n)
    s = re.sub(r"\{([a-zA-Z-]+)\}", name, s)
    return codecs.decode(s.encode("latin-1", "backslashreplace"), "unicode_escape").encode("utf-8")


def parse_size(s):
    c, r = s.lower().split("x")
    return int(c), int(r)


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


class Child:
    def __init__(self, argv, cols, rows, env):
        self.t0 = time.monotonic()
        pid, fd = os.forkpty()
        if pid == 0:
            try:
                set_size(0, cols, rows)
                os.execvpe(argv[0], argv, env)
            except Exception as e:  # pragma: no cover
                os.write(2, ("exec failed: %s\n" % e).encode())
            os._exit(127)
        self.pid, self.fd = pid, fd
        set_size(fd, cols, rows)
        self.log = bytearray()      # everything the program wrote
        self.status = None
        self.rusage = None
        self.exit_t = None

    def poll_exit(self):
        if self.status is not None:
            return True
        p, st, ru = os.wait4(self.pid, os.WNOHANG)
        if p == self.pid:
            self.status, self.rusage, self.exit_t = st, ru, time.monotonic()
            return True
        return False

    def read_until_quiet(self, settle, first_timeout, marker=None, want_exit=False):
        """Read until `settle` s of silence after the first byte (and marker
        seen, if any).  If nothing at all arrives within first_timeout, stop.
        Returns (bytes, t_first_byte, t_last_byte)."""
        buf = bytearray()
        t_start = time.monotonic()
        t_first = t_last = None
        seen_marker = marker is None
        while True:
            now = time.monotonic()
            if t_last is None:
                wait = first_timeout - (now - t_start)
            else:
                wait = settle - (now - t_last)
                if wait <= 0 and not seen_marker:
                    wait = min(settle, first_timeout - (now - t_start))
            if wait <= 0:
                break
            try:
                r, _, _ = select.select([self.fd], [], [], min(wait, 0.05))
            except InterruptedError:
                continue
            if r:
                try:
                    data = os.read(self.fd, 65536)
                except OSError as e:
                    if e.errno == errno.EIO:   # slave closed: program exited
                        data = b""
                    else:
                        raise
                if not data:
                    self.poll_exit() or self._reap_blocking(1.0)
                    break
                t = time.monotonic()
                if t_first is None:
                    t_first = t
                t_last = t
                buf += data
                self.log += data
                if not seen_marker and marker in buf:
                    seen_marker = True
            else:
                if want_exit and self.poll_exit():
                    break
                if self.status is None and self.poll_exit() and not want_exit:
                    pass
        return bytes(buf), t_first, t_last

    def _reap_blocking(self, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.poll_exit():
                return True
            time.sleep(0.005)
        return False

    def hwm_kib(self):
        """VmHWM of the program itself (post-exec mm), read from /proc."""
        try:
            with open("/proc/%d/status" % self.pid) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def send(self, data):
        # like a real xterm: arrow/home/end keys are sent as ESC O x once the
        # program has switched on application cursor keys (DECCKM, CSI ? 1 h)
        on, off = self.log.rfind(b"\x1b[?1h"), self.log.rfind(b"\x1b[?1l")
        if on > off:
            data = re.sub(rb"\x1b\[([ABCDHF])", lambda m: b"\x1bO" + m.group(1), data)
        os.write(self.fd, data)

    def kill(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._reap_blocking(2.0)


SCROLL_RE = re.compile(rb"\x1b\[\d*;?\d*r|\x1bM|\x1bD|\x1b\[\d*[STLM]")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--profile", choices=sorted(PROFILES))
    ap.add_argument("--size", default="80x24", help="COLSxROWS at start (default 80x24)")
    ap.add_argument("--resize-to", default=None, help="COLSxROWS for the resize step (default: 200x50, or 80x24 if already 200x50)")
    ap.add_argument("--setup", help="keys sent before measuring (steps separated by |), e.g. to open an article")
    ap.add_argument("--down", help="key(s) for one line down")
    ap.add_argument("--pgdn", help="key(s) for one page down")
    ap.add_argument("--quit", help="key(s) that quit")
    ap.add_argument("--marker", help="text that must have appeared before the first screen counts as complete"
                    " (it must be in the output byte stream as is, so pick one word)")
    ap.add_argument("--settle", type=float, default=0.3, help="seconds of silence that end a step (default 0.3)")
    ap.add_argument("--first-timeout", type=float, default=20.0, help="max seconds to wait for the first screen")
    ap.add_argument("--exit-timeout", type=float, default=10.0)
    ap.add_argument("--term", default=os.environ.get("TTYBYTES_TERM", "xterm-256color"))
    ap.add_argument("--env", action="append", default=[], help="K=V added to the environment (repeatable)")
    ap.add_argument("--screens", help="directory for rendered screens (needs pyte)")
    ap.add_argument("--log", help="file to save the raw byte stream to")
    ap.add_argument("--label", help="label for the JSON record")
    ap.add_argument("--table", action="store_true", help="print a one-line text summary instead of JSON")
    ap.add_argument("--downs", type=int, default=1,
                    help="send the line-down key this many times (one step each); bytes_down is the first,"
                         " bytes_down_mean the mean over all (the first line revealed may be blank)")
    ap.add_argument("--quick", action="store_true",
                    help="only first screen, then quit (for timing start-up+exit from outside, e.g. with `time`)")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.command[1:] if a.command and a.command[0] == "--" else a.command
    if not cmd:
        ap.error("give the command to test after --")
    prof = dict(PROFILES.get(a.profile, {}))
    for k in ("setup", "down", "pgdn", "quit"):
        if getattr(a, k) is not None:
            prof[k] = getattr(a, k)
    prof.setdefault("down", "{down}")
    prof.setdefault("pgdn", "{pgdn}")
    prof.setdefault("quit", "q")
    cols, rows = parse_size(a.size)
    rcols, rrows = parse_size(a.resize_to) if a.resize_to else ((80, 24) if (cols, rows) == (200, 50) else (200, 50))

    env = dict(os.environ)
    env["TERM"] = a.term
    env.setdefault("LANG", "C.UTF-8")
    env["COLUMNS"], env["LINES"] = str(cols), str(rows)
    env.pop("COLUMNS"); env.pop("LINES")       # programs must ask the tty
    for kv in a.env:
        k, v = kv.split("=", 1)
        env[k] = v

    screen = stream = None
    steps_screens = {}
    if a.screens:
        try:
            import pyte

            class _Screen(pyte.Screen):
                _last = " "

                def set_margins(self, *args, **kw):   # pyte rejects CSI ? r (w3m sends it)
                    kw.pop("private", None)
                    return super().set_margins(*args, **kw)

                def draw(self, data):
                    if data:
                        self._last = data[-1]
                    return super().draw(data)

                def repeat_char(self, count=1, *args, **kw):   # REP (CSI n b), used by ncurses 6
                    return self.draw(self._last * max(1, count or 1))

                def _scroll(self, n, up):                    # SU / SD (CSI n S / CSI n T)
                    top, bottom = self.margins or (0, self.lines - 1)
                    x, y = self.cursor.x, self.cursor.y
                    for _ in range(max(1, n or 1)):
                        self.cursor.y = bottom if up else top
                        self.index() if up else self.reverse_index()
                    self.cursor.x, self.cursor.y = x, y

                def scroll_up(self, n=1, *args, **kw):
                    self._scroll(n, True)

                def scroll_down(self, n=1, *args, **kw):
                    self._scroll(n, False)

            class _Stream(pyte.ByteStream):
                csi = dict(pyte.ByteStream.csi, b="repeat_char", S="scroll_up", T="scroll_down")
            screen = _Screen(cols, rows)
            stream = _Stream(screen)
            os.makedirs(a.screens, exist_ok=True)
        except ImportError:
            print("pyte not importable: no screens", file=sys.stderr)

    def snap(name, data):
        if stream is not None:
            try:
                stream.feed(data)
            except Exception as e:  # a pyte limitation must not spoil the run
                print("pyte: %s: %r" % (name, e), file=sys.stderr)
            with open(os.path.join(a.screens, name + ".txt"), "w") as f:
                f.write("\n".join(line.rstrip() for line in screen.display) + "\n")

    marker = a.marker or prof.get("marker")
    marker = marker.encode() if marker else None
    rec = {"label": a.label or os.path.basename(cmd[0]), "cmd": cmd, "size": "%dx%d" % (cols, rows),
           "resize_to": "%dx%d" % (rcols, rrows), "term": a.term}
    ch = Child(cmd, cols, rows, env)
    try:
        data, tf, tl = ch.read_until_quiet(a.settle, a.first_timeout, marker)
        rec["first_byte_ms"] = round((tf - ch.t0) * 1000, 1) if tf else None
        rec["first_screen_ms"] = round((tl - ch.t0) * 1000, 1) if tl else None
        rec["bytes_first"] = len(data)
        snap("1-first", data)
        if prof.get("setup") and not a.quick:
            total = 0
            for i, step in enumerate(prof["setup"].split("|")):
                keys, _, smark = step.partition("@@")      # "keys@@marker": wait for marker
                ts = time.monotonic()
                ch.send(parse_keys(keys))
                d, _, tl = ch.read_until_quiet(a.settle, a.first_timeout if smark else max(a.settle, 2.0),
                                              smark.encode() if smark else None)
                total += len(d)
                rec["setup_last_ms"] = round((tl - ts) * 1000, 1) if tl else None   # e.g. time to open the article
                snap("2-setup%d" % i, d)
            rec["bytes_setup"] = total
        for name in ("down", "pgdn"):
            if ch.status is not None or a.quick:
                break
            ch.send(parse_keys(prof[name]))
            d, _, _ = ch.read_until_quiet(a.settle, max(a.settle, 1.0), None)
            rec["bytes_" + name] = len(d)
            if name == "down" and a.downs > 1:
                sizes = [len(d)]
                for _ in range(a.downs - 1):
                    ch.send(parse_keys(prof[name]))
                    d2, _, _ = ch.read_until_quiet(a.settle, max(a.settle, 1.0), None)
                    sizes.append(len(d2))
                    snap("3-down-more", d2)
                rec["bytes_down_mean"] = round(sum(sizes) / len(sizes), 1)
            rec["scrollops_" + name] = len(SCROLL_RE.findall(d))
            snap("3-" + name, d)
        if ch.status is None and not a.quick:
            set_size(ch.fd, rcols, rrows)
            if screen is not None:
                screen.resize(rrows, rcols)
            d, _, _ = ch.read_until_quiet(a.settle, max(a.settle, 1.0), None)
            rec["bytes_resize"] = len(d)
            snap("4-resize", d)
        if ch.status is None:
            rec["peak_rss_kib"] = ch.hwm_kib()
            tq = time.monotonic()
            ch.send(parse_keys(prof["quit"]))
            end = tq + a.exit_timeout
            qbytes = 0
            while ch.status is None and time.monotonic() < end:
                d, _, _ = ch.read_until_quiet(0.02, 0.05, None, want_exit=True)
                qbytes += len(d)
                ch.poll_exit()
            rec["bytes_quit"] = qbytes
            rec["exit_ms"] = round((ch.exit_t - tq) * 1000, 1) if ch.exit_t else None
            if ch.status is None:
                rec["note"] = "did not exit on quit key; killed"
    finally:
        ch.kill()
        try:
            os.close(ch.fd)
        except OSError:
            pass
    if ch.rusage is not None:
        # ru_maxrss includes the pre-exec (forked Python) pages: only a floor
        rec["rusage_maxrss_kib"] = ch.rusage.ru_maxrss
        rec["cpu_ms"] = round((ch.rusage.ru_utime + ch.rusage.ru_stime) * 1000, 1)
        rec["exit_status"] = os.waitstatus_to_exitcode(ch.status) if ch.status is not None else None
    rec["bytes_total"] = len(ch.log)
    if a.log:
        with open(a.log, "wb") as f:
            f.write(ch.log)
    if a.table:
        keys = ["label", "size", "first_screen_ms", "bytes_first", "bytes_setup", "bytes_down", "bytes_pgdn",
                "bytes_resize", "exit_ms", "peak_rss_kib", "cpu_ms", "note"]
        print(" ".join("%s=%s" % (k, rec.get(k)) for k in keys if k in rec))
    else:
        print(json.dumps(rec))


if __name__ == "__main__":
    main()
