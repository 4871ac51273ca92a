#!/usr/bin/env python3
"""The table of docs/performance.md ("Cost per key") from keycost.py records (stdin,
one JSON object a line, as scripts/measure-keys.sh writes them)."""
import json
import sys

recs = [json.loads(line) for line in sys.stdin if line.strip()]
writes = {(r["label"].replace("-writes", ""), r["size"]): r for r in recs if r["label"].endswith("-writes")}
rows = [r for r in recs if not r["label"].endswith("-writes")]


def b(r, k):
    v = r.get(k) or {}
    return v.get("bytes")


def fmt(v, digits=0):
    if v is None:
        return "—"
    return f"{v:,.{digits}f}" if isinstance(v, float) and digits else f"{v:,}" if isinstance(v, int) else f"{v:,.0f}"


print("| size | program | first | line | writes/line | cells outside article | page | hold j ×100 | jump | help open | help close | resize | CPU ms/line (one key) | CPU ms/line (held) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for r in rows:
    w = writes.get((r["label"], r["size"]), {})
    first = fmt(r["first"]["bytes"]) + (f" + {r['setup_bytes']:,}" if r["label"] == "newsboat" and r.get("setup_bytes") else "")
    wl = (w.get("down") or {}).get("writes")
    wl = "/".join(str(x) for x in sorted(set(wl))) if wl else "—"
    out = r["down"].get("cells_outside_region")
    hold = r.get("hold") or {}
    print(f"| {r['size']} | {r['label']} | {first} | {r['down']['bytes_mean']:,.0f} | {wl} | {fmt(out)} | {fmt(b(r, 'page'))} | "
          f"{fmt(hold.get('bytes'))} | {fmt(b(r, 'jump'))} | {fmt(b(r, 'help_open'))} | {fmt(b(r, 'help_close'))} | "
          f"{fmt(r['resize']['bytes'])} | {r.get('cpu_ms_per_line', 0):.3f} | {hold.get('cpu_ms_per_line', 0):.3f} |")
