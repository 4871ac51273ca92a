#!/usr/bin/env python3
"""One table row from a ttybytes.py JSON line (stdin): label, then first-screen times."""
import json
import sys

d = json.load(sys.stdin)
ms = sorted(float(x) for x in sys.argv[2:]) or [d["first_screen_ms"]]
first = str(d["bytes_first"])
if d.get("bytes_setup"):
    first += "+" + str(d["bytes_setup"])  # newsboat: feed list, then opening the article
line = d.get("bytes_down_mean", d["bytes_down"])
print(f"{sys.argv[1]:9} {d['size']:7} first_ms={ms[len(ms) // 2]:6.1f} first={first:>10} "
      f"line={line:6} page={d['bytes_pgdn']:5} resize={d['bytes_resize']:5} peak_kib={d['peak_rss_kib']}")
