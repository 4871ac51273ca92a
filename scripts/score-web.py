#!/usr/bin/env python3
"""Scores Byline's web-page extraction on a set of test pages and prints the figures.

    scripts/score-web.py SET_DIR [--split FILE] [--byline PATH] [--per-page]

SET_DIR holds one folder per page with source.html and expected.html (Mozilla
Readability layout) or expected.txt (Article Extraction Benchmark layout), and
optionally expected-metadata.json ({"title", "byline", "publishedTime", ...}).
--split names a file of page names, one a line (Tests/Fixtures/web/splits/).

For each page it runs `byline dump --width 10000 PAGE` (the text, scored by
scripts/score_extraction.py: bag-of-words token F1, macro-averaged) and
`byline analyze --json PAGE` (title, author, date), and prints:
  - token precision / recall / F1 (mean of per-page F1);
  - titles exact: analyze's title equal to the expected title (whitespace collapsed);
  - authors: equal after case, a leading "By", punctuation and spacing are ignored,
    over the pages whose expectation names one;
  - dates: the YYYY-MM-DD of the expected publishedTime, over pages that have one;
  - extraction speed: MB of HTML per CPU second of the byline processes (parse,
    extraction and process start included).
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score_extraction  # noqa: E402


def norm_author(s):
    s = (s or "").lower()
    s = re.sub(r"^\s*by\s+", "", s)
    return " ".join(re.findall(r"\w+", s))


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=Path)
    ap.add_argument("--split", type=Path)
    ap.add_argument("--byline", default=str(HERE.parent / ".build/release/byline"))
    ap.add_argument("--per-page", action="store_true")
    a = ap.parse_args()

    if a.split:
        names = [l.strip() for l in a.split.read_text().splitlines() if l.strip() and not l.startswith("#")]
    else:
        names = sorted(p.name for p in a.set_dir.iterdir() if p.is_dir())
    tmp = Path(tempfile.mkdtemp(prefix="byline-score-"))
    pred = tmp / "pred"
    pred.mkdir()
    rows = []
    titles = authors = dates = 0
    n_title = n_author = n_date = 0
    html_bytes = 0
    cpu0 = child_cpu()
    for name in names:
        page = a.set_dir / name / "source.html"
        if not page.exists():
            continue
        html_bytes += page.stat().st_size
        dump = subprocess.run([a.byline, "dump", "--width", "10000", str(page)], capture_output=True)
        (pred / f"{name}.txt").write_bytes(dump.stdout)
        meta_file = a.set_dir / name / "expected-metadata.json"
        if not meta_file.exists():
            continue
        meta = json.loads(meta_file.read_text())
        if not any(meta.get(k) for k in ("title", "byline", "publishedTime")):
            continue
        out = subprocess.run([a.byline, "analyze", "--json", str(page)], capture_output=True, text=True)
        got = json.loads(out.stdout.splitlines()[0]) if out.stdout.strip() else {}
        row = {"page": name}
        if meta.get("title"):
            n_title += 1
            ok = " ".join(meta["title"].split()) == " ".join((got.get("title") or "").split())
            titles += ok
            row["title"] = ok
        if meta.get("byline"):
            n_author += 1
            ok = norm_author(meta["byline"]) == norm_author(got.get("author"))
            authors += ok
            row["author"] = ok
        if meta.get("publishedTime"):
            n_date += 1
            ok = meta["publishedTime"][:10] == (got.get("date") or "")
            dates += ok
            row["date"] = ok
        rows.append(row)
        if a.per_page and not all(v for k, v in row.items() if k != "page"):
            print(f"{name}: title {got.get('title')!r} want {meta.get('title')!r}; "
                  f"author {got.get('author')!r} want {meta.get('byline')!r}; "
                  f"date {got.get('date')!r} want {meta.get('publishedTime')!r}")
    cpu = child_cpu() - cpu0
    args = [str(a.set_dir), str(pred)]
    if a.split:
        args += ["--pages", str(a.split)]
    if a.per_page:
        args.append("--per-page")
    score_extraction.main(args)
    if n_title:
        print(f"titles exact {titles}/{n_title} = {titles / n_title:.1%}")
    if n_author:
        print(f"authors {authors}/{n_author} = {authors / n_author:.1%}")
    if n_date:
        print(f"dates {dates}/{n_date} = {dates / n_date:.1%}")
    print(f"speed: {html_bytes / 1e6:.1f} MB of HTML in {cpu:.2f} s of CPU (dump and analyze, process starts "
          f"included) = {html_bytes / 1e6 / cpu * (2 if rows else 1):.1f} MB/s per pass")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
