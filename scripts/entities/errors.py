#!/usr/bin/env python3
"""Lists entity errors against a gold folder: false positives, misses and wrong types.

    python3 scripts/entities/errors.py GOLD_DIR SYSTEM_DIR [ARTICLE_PREFIX]
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'Tests', 'Fixtures', 'eval'))
from score import norm_name, SCORED_TYPES  # noqa: E402

gold_dir, sys_dir = sys.argv[1], sys.argv[2]
prefix = sys.argv[3] if len(sys.argv) > 3 else ''
for fn in sorted(os.listdir(gold_dir)):
    if not fn.endswith('.json') or not fn.startswith(prefix):
        continue
    g = json.load(open(os.path.join(gold_dir, fn)))
    p = os.path.join(sys_dir, fn)
    s = json.load(open(p)) if os.path.exists(p) else {'entities': []}
    gt = {(norm_name(e['text']), e['type']) for e in g['entities'] if e['type'] in SCORED_TYPES}
    st = {(norm_name(e['text']), e['type']) for e in s['entities'] if e['type'] in SCORED_TYPES}
    gu = {t: ty for t, ty in gt}
    su = {t: ty for t, ty in st}
    wrong = sorted('%s %s->%s' % (t, gu[t], su[t]) for t in gu if t in su and gu[t] != su[t])
    fp = sorted('%s/%s' % (t, ty) for t, ty in st if t not in gu)
    fn_ = sorted('%s/%s' % (t, ty) for t, ty in gt if t not in su)
    print('##', fn[:40])
    if wrong: print('  TYPE:', '; '.join(wrong))
    if fp: print('  FP:  ', '; '.join(fp))
    if fn_: print('  MISS:', '; '.join(fn_))
