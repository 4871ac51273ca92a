#!/usr/bin/env python3
"""Time `byline themes` on theme and configuration files that grow, and print how the
time grows: the growth exponent between each size and the next (1.0 is linear, 2.0
quadratic).

Usage: scripts/config-scaling.py [BYLINE]   (default .build/release/byline)

Three kinds of file, each at 1,000 to 16,000 entries:
  theme-elements   a theme with N unknown elements, [e1] fg = "red" ... (over 256
                   elements the theme is refused with one problem, after parsing)
  theme-keys       a theme whose [text] table holds N unknown keys (problems are
                   listed up to 50 per file, so the rest is parsing)
  config-keys      a configuration file whose [keys] table names N unknown actions:
                   the first 50 problems listed with their lines, the rest counted
                   (every key's line is still looked up to read them in file order)
"""
import math, os, subprocess, sys, tempfile, time

byline = sys.argv[1] if len(sys.argv) > 1 else ".build/release/byline"
sizes = [1000, 2000, 4000, 8000, 16000]

def theme_elements(n):
    return "".join(f'[e{i}]\nfg = "red"\n' for i in range(n))

def theme_keys(n):
    return "[text]\n" + "".join(f'k{i} = "red"\n' for i in range(n))

def config_keys(n):
    return "[keys]\n" + "".join(f'action{i} = "x"\n' for i in range(n))

kinds = [("theme-elements", theme_elements, "--theme"), ("theme-keys", theme_keys, "--theme"),
         ("config-keys", config_keys, "--config")]

def run(option, path):
    best = math.inf
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([byline, "themes", option, path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "HOME": tempfile.gettempdir()})
        best = min(best, time.perf_counter() - start)
    return best

with tempfile.TemporaryDirectory() as tmp:
    print(f"{'kind':<16}" + "".join(f"{n:>10,}" for n in sizes) + "   exponents")
    for name, make, option in kinds:
        times = []
        for n in sizes:
            path = os.path.join(tmp, f"{name}-{n}.toml")
            with open(path, "w") as f:
                f.write(make(n))
            times.append(run(option, path))
        exponents = [math.log(times[i + 1] / times[i]) / math.log(sizes[i + 1] / sizes[i]) for i in range(len(sizes) - 1)]
        print(f"{name:<16}" + "".join(f"{t * 1000:>8.1f}ms" for t in times) + "   " + " ".join(f"{e:.2f}" for e in exponents))
