#!/usr/bin/env python3
"""How Byline's time and memory grow with hostile input (GitHub issue 14).

Generates 30 kinds of pathological article at several sizes (default 1, 2, 4 and 8 MB),
runs `byline analyze --json`, `byline dump` and `byline add --library TMP` on each, and
prints, per kind and command, the time and peak RSS at the largest size and the growth
exponents: the slope of log(time) and log(peak RSS) against log(size), least squares
over all sizes. Linear work gives 1; every exponent should be at most 1.2.

Usage (from the repository root):

    swift build -c release --product byline
    scripts/bench-scaling.py                       # all kinds, 1 2 4 8 MB
    scripts/bench-scaling.py --sizes 0.25 0.5 1 2 --kinds caps_run all_caps
    scripts/bench-scaling.py --list                # the kinds and what they are

Exit status 1 when an exponent is over --limit (default 1.2), a run fails or times out.
Times are CPU seconds (user + system) of one run each, which the machine's other work
moves far less than wall-clock time. Peak RSS is the command's own (measured by /usr/bin/time
when installed; else the child's ru_maxrss, which includes this script's pages).
"""

import argparse
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

MB = 1024 * 1024

WORDS = ("the of and to in a is that for on with as was at by it from be this have are "
         "said has were not but they which had after been more their one also year who "
         "people police two government first over new would when could while about other "
         "since during three minister last against city told under before officials country").split()
CAPS = "Alpha Beta Gamma Delta Epsilon Zeta".split()
NAMES = ("Mr Kim Jong Un President Joe Biden Prime Minister Theresa May Chancellor Angela "
         "Merkel Secretary General Antonio Guterres Pope Francis Sir Keir Starmer").split()


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def sentence(rng):
    return words(rng, rng.randint(6, 18)).capitalize() + "."


def fill(unit, size):
    """`unit()` called until `size` bytes of UTF-8, cut at a character boundary."""
    parts, total = [], 0
    while total < size:
        u = unit()
        parts.append(u)
        total += len(u.encode("utf-8"))
    data = "".join(parts).encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


def rand_word(rng, lo=3, hi=9):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(lo, hi)))


def kinds():
    """name → (description, extension, generator(size, rng) → str)."""
    k = {}

    def kind(name, desc, ext="txt"):
        def register(f):
            k[name] = (desc, ext, f)
            return f
        return register

    @kind("caps_run", "`Alpha Beta Gamma Delta Epsilon Zeta ` repeated, no full stop")
    def _(size, rng):
        u = " ".join(CAPS) + " "
        return fill(lambda: u, size)

    @kind("names_no_stop", "real names and titles, no full stop (`Mr Kim Jong Un President Joe Biden …`)")
    def _(size, rng):
        return fill(lambda: " ".join(NAMES) + " ", size)

    @kind("distinct_caps", "distinct random capitalised words, no full stop")
    def _(size, rng):
        return fill(lambda: rand_word(rng).capitalize() + " ", size)

    @kind("distinct_names", "distinct two-word names in sentences (`Xqz Vbn said.`), one paragraph")
    def _(size, rng):
        return fill(lambda: f"{rand_word(rng).capitalize()} {rand_word(rng).capitalize()} said {words(rng, 3)}. ", size)

    @kind("all_caps", "prose in capitals, with full stops, paragraphs")
    def _(size, rng):
        return fill(lambda: " ".join(sentence(rng) for _ in range(4)).upper() + "\n\n", size)

    @kind("all_caps_no_stop", "capitals, no full stop, one paragraph")
    def _(size, rng):
        return fill(lambda: words(rng, 20).upper() + " ", size)

    @kind("no_stops", "lower-case prose without any sentence punctuation, one paragraph")
    def _(size, rng):
        return fill(lambda: words(rng, 20) + " ", size)

    @kind("title_case_lists", "`Denmark, France, Spain, …`: an endless comma list of names")
    def _(size, rng):
        places = "Denmark France Spain Italy Poland Norway Sweden Finland Chile Peru".split()
        return fill(lambda: rng.choice(places) + ", ", size)

    @kind("connector_chain", "`University of Gdansk of Medical Centre for Science and …`")
    def _(size, rng):
        return fill(lambda: "University of Gdansk Medical Centre for Science and Research Foundation of ", size)

    @kind("possessive_chain", "`People's Kim's Workers' Party's …` without end")
    def _(size, rng):
        return fill(lambda: "People's Kim's Workers' Party's Sheriff's Office's ", size)

    @kind("nested_straight", "straight double marks opening and never closing (`\"a \"b \"c …`)")
    def _(size, rng):
        return fill(lambda: f"\"{rand_word(rng)} said Kim ", size)

    @kind("nested_curly", "curly marks nested without end (`“a ‘b “c ‘d …`)")
    def _(size, rng):
        return fill(lambda: f"“{rand_word(rng)} ‘{rand_word(rng)} ", size)

    @kind("unbalanced_closers", "closing marks only (`a” b’ c» d›`), with names")
    def _(size, rng):
        return fill(lambda: f"Kim {rand_word(rng)}” Lee {rand_word(rng)}’ {rand_word(rng)}» {rand_word(rng)}› ", size)

    @kind("every_mark", "every kind of quotation mark, nested and unbalanced: \" ' “ ” ‘ ’ « » ‹ › „ ‚ 「 」 『 』")
    def _(size, rng):
        marks = "\"'“”‘’«»‹›„‚「」『』"
        return fill(lambda: f"{rng.choice(marks)}{rand_word(rng)} {rng.choice(marks)} ", size)

    @kind("quotes_one_paragraph", "balanced quotations with speakers and pronouns, one huge paragraph")
    def _(size, rng):
        return fill(lambda: f"“{sentence(rng)}” Mr Kim said. He said “{words(rng, 5)}”, she told Reuters. ", size)

    @kind("quotes_paragraphs", "quotation paragraphs reopening each other (runs on), many speakers")
    def _(size, rng):
        return fill(lambda: f"“{sentence(rng)} {sentence(rng)}\n\n“{sentence(rng)}” said {rand_word(rng).capitalize()} Lee.\n\n", size)

    @kind("combining_storm", "letters each under 50 combining marks")
    def _(size, rng):
        return fill(lambda: "a" + "\u0301\u0308\u0323" * 16 + "\u0300 Kim" + "\u0301" * 30 + " ", size)

    @kind("bidi_controls", "bidi controls and overrides between words (U+202E, U+2066 …)")
    def _(size, rng):
        ctl = "\u202e\u202d\u2066\u2067\u2068\u2069\u200f\u200e\u061c"
        return fill(lambda: f"{rng.choice(ctl)}Kim {rng.choice(ctl)}{rand_word(rng)}{rng.choice(ctl)} ", size)

    @kind("one_word_lines", "one capitalised word per line, no blank line")
    def _(size, rng):
        return fill(lambda: rng.choice(CAPS + NAMES) + "\n", size)

    @kind("one_word_paragraphs", "one word per paragraph (blank lines between)")
    def _(size, rng):
        return fill(lambda: rng.choice(CAPS + WORDS) + "\n\n", size)

    @kind("one_huge_line", "ordinary prose with names and quotations on one line")
    def _(size, rng):
        return fill(lambda: f"{sentence(rng)} Kim Jong Un said “{words(rng, 8)}.” ", size)

    @kind("wire_credits", "endless wire and photo credits (`– PA/AP/Reuters/AFP …`, `Photograph: …`)")
    def _(size, rng):
        return "Headline\n\nBody text.\n\n" + fill(lambda: "Photograph: Korean Central News Agency/AP/Reuters – PA ", size)

    @kind("credit_paragraphs", "many short caption paragraphs, each with a credit")
    def _(size, rng):
        return fill(lambda: f"{sentence(rng)} Photograph: {rand_word(rng).capitalize()} Lee/AP\n\n", size)

    @kind("repeated_bom", "byte-order marks everywhere (U+FEFF), lines and words")
    def _(size, rng):
        return fill(lambda: "\ufeff\ufeffKim\ufeff said\ufeff.\n\ufeff\n", size)

    @kind("dashes_ellipses", "long runs of dashes and ellipses (— – … ...)")
    def _(size, rng):
        return fill(lambda: "—" * 20 + " Kim " + "…" * 20 + "..." * 10 + " – ", size)

    @kind("markdown_nesting", "deeply nested Markdown quotes and lists (`> > > - - *`)", ext="md")
    def _(size, rng):
        return "# Title\n\n" + fill(lambda: "> " * 30 + "- " * 20 + f"**_[Kim]({rand_word(rng)})_** said\n", size)

    @kind("markdown_emphasis", "unclosed emphasis, links and code ticks", ext="md")
    def _(size, rng):
        return "# Title\n\n" + fill(lambda: f"*_**[`{rand_word(rng)} <b>Kim ", size)

    @kind("controls_escapes", "control characters and escape sequences (ESC[2J, OSC 52, BEL, C1)")
    def _(size, rng):
        return fill(lambda: f"\x1b[2J\x1b]52;c;{rand_word(rng)}\x07Kim\x9b31m said\x08 ", size)

    @kind("wide_and_emoji", "CJK, emoji with ZWJ sequences and flags, no spaces")
    def _(size, rng):
        return fill(lambda: "金正恩說👨‍👩‍👧‍👦🇰🇵「平壤」" + rng.choice("日月火水木金土"), size)

    @kind("long_word", "one word as long as the file (hyphens inside)")
    def _(size, rng):
        return fill(lambda: "Kurdish-led-" + rand_word(rng), size)

    @kind("dates_numbers", "dates and numbers without end (`14 May 2019 Monday 2024-11-18 …`)")
    def _(size, rng):
        return fill(lambda: f"{rng.randint(1, 31)} May {rng.randint(1500, 2099)} Monday 2024-11-{rng.randint(10, 28)} ", size)

    @kind("crlf_lone_cr", "CRLF and lone CR line ends, blank lines of spaces")
    def _(size, rng):
        return fill(lambda: f"{sentence(rng)}\r\n   \r\n{sentence(rng)}\r\r", size)

    return k


TIME = "/usr/bin/time"


def run(cmd, timeout):
    """(CPU seconds, user and system, peak RSS in KB, exit status) of one child. CPU time
    rather than wall-clock time: other work on the machine moves it much less.

    Peak RSS is the command's own: run under /usr/bin/time (when there is one), whose
    small forked child execs the command. The child's ru_maxrss as wait4 gives it would
    include the pages of this Python process it was forked from (the generated text),
    which hid the command's own below a floor of 100 MB or more."""
    rss_file = None
    if os.access(TIME, os.X_OK):
        fd, rss_file = tempfile.mkstemp(prefix="byline-rss-")
        os.close(fd)
        cmd = [TIME, "-f", "%M", "-o", rss_file] + cmd
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = start + timeout
    try:
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                p.kill()
                _, status, usage = os.wait4(p.pid, 0)
                return None, usage.ru_maxrss, "timeout"
            time.sleep(0.005)
        kb = usage.ru_maxrss
        code = os.waitstatus_to_exitcode(status)
        if rss_file:
            # GNU time writes "Command exited with non-zero status N" first when it fails.
            lines = open(rss_file).read().split()
            kb = int(lines[-1]) if lines and lines[-1].isdigit() else kb
        return usage.ru_utime + usage.ru_stime, kb, code
    finally:
        if rss_file:
            os.remove(rss_file)


def slope(xs, ys):
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-9)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((a - mx) ** 2 for a in lx)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / den if den else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=".build/release/byline")
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="sizes in MB")
    ap.add_argument("--kinds", nargs="+", help="only these kinds (see --list)")
    ap.add_argument("--commands", nargs="+", default=["analyze", "dump", "add"], choices=["analyze", "dump", "add"])
    ap.add_argument("--timeout", type=float, default=120, help="seconds per run")
    ap.add_argument("--limit", type=float, default=1.2, help="largest acceptable exponent")
    ap.add_argument("--list", action="store_true", help="list the kinds and exit")
    args = ap.parse_args()

    table = kinds()
    if args.list:
        for name, (desc, _, _) in table.items():
            print(f"{name:22} {desc}")
        return 0
    chosen = args.kinds or list(table)
    unknown = [k for k in chosen if k not in table]
    if unknown:
        sys.exit(f"unknown kinds: {', '.join(unknown)} (see --list)")
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"{args.binary} not found: run `swift build -c release --product byline` first")
    sizes = sorted(args.sizes)

    work = tempfile.mkdtemp(prefix="byline-scaling-")
    failures = 0
    print(f"# {len(chosen)} kinds x {len(sizes)} sizes ({', '.join(f'{s:g}' for s in sizes)} MB); "
          f"time and peak RSS at {sizes[-1]:g} MB, exponents over all sizes")
    print("| kind | command | CPU s | MiB RSS | RSS / size | time exp. | RSS exp. |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    try:
        for name in chosen:
            desc, ext, gen = table[name]
            files = {}
            for s in sizes:
                rng = random.Random(f"{name}-{s}")
                path = os.path.join(work, f"{name}-{s:g}MB.{ext}")
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(gen(int(s * MB), rng))
                files[s] = path
            for command in args.commands:
                times, rss, bad = [], [], None
                for s in sizes:
                    path = files[s]
                    if command == "analyze":
                        cmd = [args.binary, "analyze", "--json", path]
                    elif command == "dump":
                        cmd = [args.binary, "dump", path]
                    else:
                        lib = os.path.join(work, "lib")
                        shutil.rmtree(lib, ignore_errors=True)
                        os.makedirs(lib)
                        cmd = [args.binary, "add", "--quiet", "--library", os.path.join(lib, "library.sqlite"), path]
                    seconds, kb, status = run(cmd, args.timeout)
                    if status != 0:
                        bad = f"{status} at {s:g} MB"
                        break
                    times.append(seconds)
                    rss.append(kb)
                if bad:
                    failures += 1
                    print(f"| {name} | {command} | {bad} | | | | |", flush=True)
                    continue
                te, re_ = slope(sizes, times), slope(sizes, rss)
                flag = " **over**" if te > args.limit or re_ > args.limit else ""
                if flag:
                    failures += 1
                print(f"| {name} | {command} | {times[-1]:.2f} | {rss[-1] / 1024:.0f} | "
                      f"{rss[-1] * 1024 / (sizes[-1] * MB):.1f} | {te:.2f} | {re_:.2f}{flag} |", flush=True)
            for p in files.values():
                os.remove(p)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"# {failures} over the limit of {args.limit} or failed" if failures else f"# every exponent <= {args.limit}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
