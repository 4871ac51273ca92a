#!/usr/bin/env python3
"""Trains Byline's learned entity layer and writes Sources/BylineKit/Entities/EntityModelData.swift.

The rules and gazetteers of BylineKit propose the candidate names; `byline-bench
entity-features` prints each candidate with the hashed features the model sees (the Swift
code computes them, so training and analysis can never disagree). This script labels the
candidates from annotated text, trains an averaged perceptron over five classes (no
entity, PERSON, ORG, PLACE, NORP) and writes the averaged weights, quantised to Int8, as a
base64 string literal.

    swift build -c release --product byline-bench
    python3 scripts/entities/train_model.py            # writes EntityModelData.swift
    python3 scripts/entities/train_model.py --eval     # + figures on the dev split (no write)
    python3 scripts/entities/train_model.py --self-check   # trains on a tiny fixed set, checks its hash

Training data (all in the repository, each folder with its SOURCE.md and licence):
  scripts/entities/ner-data/wikigold   WikiGold, CC BY 4.0 (span labels, IO tags)
  scripts/entities/ner-data/gum        GUM Wikinews news+interviews, CC BY 4.0 / 2.5 (converted)
  the project's train split            Tests/Fixtures/eval/{dev,dev2,seed}: entity lists per
                                       article, projected onto the candidates by surface
Never the dev split (check/, tune/) nor test/: those are only scored (--eval).

Pure standard library, integer arithmetic and a fixed seed: the same rows give the same
weights, bit for bit, on any machine.
"""
import argparse
import base64
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, 'scripts', 'entities')
DATA = os.path.join(HERE, 'ner-data')
EVAL = os.path.join(ROOT, 'Tests', 'Fixtures', 'eval')
OUT = os.path.join(ROOT, 'Sources', 'BylineKit', 'Entities', 'EntityModelData.swift')
ARTICLE_DIRS = ['Tests/Fixtures/corpus', 'Tests/Fixtures/wikinews-more', 'Tests/Fixtures/globalvoices', 'seeds']
CLASSES = ['NONE', 'PERSON', 'ORG', 'PLACE', 'NORP']
CLASS_INDEX = {c: i for i, c in enumerate(CLASSES)}
SEED = 20261207
BITS = 16
EPOCHS = 6
# How far the no-entity class must lead (in quantised weight units) for a name to be dropped;
# chosen on the dev split with --eval.
DROP_MARGIN = 100
# The project's own articles follow the annotation guidelines the scorer uses: each of
# their rows counts this many times per epoch.
PROJECT_WEIGHT = 3
TRAIN_SETS = ['dev', 'dev2', 'seed']
DEV_SETS = ['check', 'tune']
HELD_OUT = {'002', '004', '008', '013', '015', '017', '022', '024', '026', '032', '034', '036', '037',
            '045', '048', '051', '053', '057', '059', '061', '065', '066', '067', '069', '071'}

TRANS = str.maketrans({'\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-',
                       '\u2014': '-', '\u00a0': ' '})


def norm_name(s):
    """score.py's normalisation of a surface (lower case, no leading `the`, no possessive)."""
    s = (s or '').translate(TRANS).strip().lower()
    s = re.sub(r'\s+', ' ', s).strip(' "\'.,;:')
    if s.startswith('the '):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    elif s.endswith("s'"):
        s = s[:-1]
    return s.strip()


def name_key(s):
    """Roughly the Swift `normKey`: the mentions the model decides together."""
    return re.sub(r'[\s.\-]+', ' ', norm_name(s)).strip()


# ---------------------------------------------------------------------------------------
# Span-annotated corpora → documents of blocks with gold spans (scalar offsets)

NO_SPACE_BEFORE = {'.', ',', ';', ':', '!', '?', ')', ']', '%', "'s", "n't", "'", '’s'}
NO_SPACE_AFTER = {'(', '[', '$'}


def detokenize(tokens):
    """Joins tokens into text; returns the text and each token's (start, end)."""
    text, spans = '', []
    for i, tok in enumerate(tokens):
        if i > 0 and tok not in NO_SPACE_BEFORE and tokens[i - 1] not in NO_SPACE_AFTER:
            text += ' '
        spans.append((len(text), len(text) + len(tok)))
        text += tok
    return text, spans


def io_spans(tags):
    """(start, end, type) token spans of IO or IOB2 tags."""
    out, start, cur = [], None, None
    for i, tag in enumerate(tags + ['O']):
        typ = tag[2:] if tag != 'O' else None
        begins = tag.startswith('B-') or typ != cur
        if cur is not None and (begins or typ is None):
            out.append((start, i, cur))
            cur = None
        if typ is not None and (cur is None):
            start, cur = i, typ
    return out


def read_conll(path, sep=None):
    """Sentences of (tokens, tags); documents split at -DOCSTART-."""
    docs, doc, toks, tags = [], [], [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('-DOCSTART-'):
                if toks:
                    doc.append((toks, tags)); toks, tags = [], []
                if doc:
                    docs.append(doc); doc = []
                continue
            if not line.strip():
                if toks:
                    doc.append((toks, tags)); toks, tags = [], []
                continue
            parts = line.split(sep) if sep else line.split()
            toks.append(parts[0]); tags.append(parts[-1])
    if toks:
        doc.append((toks, tags))
    if doc:
        docs.append(doc)
    return docs


def sentences_to_blocks(sentences, mapping, per_block=3):
    """Paragraph blocks of a few sentences each, with the gold spans mapped to types."""
    blocks = []
    for k in range(0, len(sentences), per_block):
        text, gold = '', []
        for toks, tags in sentences[k:k + per_block]:
            if text:
                text += ' '
            base = len(text)
            t, spans = detokenize(toks)
            text += t
            for s, e, typ in io_spans(tags):
                gold.append((base + spans[s][0], base + spans[e - 1][1], mapping(typ, ' '.join(toks[s:e]))))
        blocks.append({'kind': 'paragraph', 'text': text, 'gold': gold})
    return blocks


def wikigold_docs():
    docs = read_conll(os.path.join(DATA, 'wikigold', 'wikigold.conll.txt'))
    m = {'PER': 'PERSON', 'ORG': 'ORG', 'LOC': 'PLACE', 'MISC': 'MISC'}
    return [{'id': 'wikigold-%d' % i, 'norp': True, 'blocks': sentences_to_blocks(d, lambda t, s: m[t])}
            for i, d in enumerate(docs)]


def merge_at_mentions(sentence):
    """BTC splits `@name` into `@` and `name`, each with a B- tag: one token again."""
    toks, tags = sentence
    out_t, out_g = [], []
    i = 0
    while i < len(toks):
        if toks[i] == '@' and i + 1 < len(toks):
            out_t.append('@' + toks[i + 1]); out_g.append(tags[i + 1] if tags[i + 1] != 'O' else tags[i])
            i += 2
            continue
        out_t.append(toks[i]); out_g.append(tags[i])
        i += 1
    return out_t, out_g


def tweet_docs(name, files, mapping, sep='\t'):
    """Posts of BTC or WNUT-17, ten to a document (one paragraph each)."""
    sents = []
    for fn in files:
        for d in read_conll(os.path.join(DATA, name, fn), sep=sep):
            sents += [merge_at_mentions(s) for s in d]
    docs = []
    for k in range(0, len(sents), 10):
        blocks = []
        for toks, tags in sents[k:k + 10]:
            blocks += sentences_to_blocks([(toks, tags)], lambda t, s: mapping.get(t, 'NONE'))
        docs.append({'id': '%s-%d' % (name, k // 10), 'norp': False, 'blocks': blocks})
    return docs


def btc_docs():
    return tweet_docs('btc', ['a.conll', 'b.conll', 'e.conll', 'f.conll', 'g.conll', 'h.conll'],
                      {'PER': 'PERSON', 'ORG': 'ORG', 'LOC': 'PLACE'})


def wnut_docs():
    return tweet_docs('wnut17', ['wnut17train.conll', 'emerging.dev.conll', 'emerging.test.annotated'],
                      {'person': 'PERSON', 'location': 'PLACE', 'corporation': 'ORG', 'group': 'ORG'})


def gum_docs():
    """GUM's converted file: `# doc`, `# block KIND`, then `TOKEN TAG` lines, sentences
    separated by blank lines (scripts/entities/ner-data/gum/convert_gum.py)."""
    m = {'person': 'PERSON', 'organization': 'ORG', 'place': 'PLACE'}
    docs, doc, block, sent = [], None, None, None
    path = os.path.join(DATA, 'gum', 'gum-ner.txt')

    def flush_sentence():
        nonlocal sent
        if sent and sent[0]:
            block['sents'].append(sent)
        sent = None

    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# doc '):
                flush_sentence()
                doc = {'id': 'gum-' + line[6:], 'norp': False, 'raw': []}
                docs.append(doc)
            elif line.startswith('# block '):
                flush_sentence()
                block = {'kind': line[8:], 'sents': []}
                doc['raw'].append(block)
            elif not line.strip():
                flush_sentence()
            else:
                tok, tag = line.rsplit(' ', 1)
                if sent is None:
                    sent = ([], [])
                sent[0].append(tok); sent[1].append(tag)
        flush_sentence()
    for d in docs:
        d['blocks'] = []
        for b in d.pop('raw'):
            bl = sentences_to_blocks(b['sents'], lambda t, s: m.get(t, 'NONE'), per_block=1000)
            if bl:
                bl[0]['kind'] = b['kind']
                d['blocks'].append(bl[0])
    return docs


# ---------------------------------------------------------------------------------------
# Candidates and their labels

def bench_binary():
    """The most recently built byline-bench (release or debug: the features are the same)."""
    found = [p for p in (os.path.join(ROOT, '.build', c, 'byline-bench') for c in ('release', 'debug')) if os.path.exists(p)]
    if not found:
        sys.exit('no byline-bench: run `swift build -c release --product byline-bench` first')
    return max(found, key=os.path.getmtime)


def run_features(docs=None, files=None):
    """Rows of `byline-bench entity-features` for JSON documents or article files."""
    args = [bench_binary(), 'entity-features']
    tmp = None
    if docs:
        tmp = tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8')
        for d in docs:
            tmp.write(json.dumps({'id': d['id'], 'blocks': [{'kind': b['kind'], 'text': b['text']} for b in d['blocks']]}) + '\n')
        tmp.close()
        args += ['--jsonl', tmp.name]
    args += files or []
    try:
        out = subprocess.run(args, check=True, stdout=subprocess.PIPE).stdout.decode('utf-8')
    finally:
        if tmp:
            os.unlink(tmp.name)
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def label_span_rows(docs, rows):
    """Labels rows by the gold spans: an exact span (up to `the` and a possessive) → its
    type; a candidate overlapping a gold span without matching it → no entity; MISC →
    NORP when the rules call it NORP, else no entity. Corpora without NORP skip the
    candidates the rules call NORP."""
    gold = {}
    for d in docs:
        for bi, b in enumerate(d['blocks']):
            gold[(d['id'], bi)] = b['gold']
    norp = {d['id']: d['norp'] for d in docs}
    by_id = {d['id']: d for d in docs}
    out = []
    for r in rows:
        spans = gold.get((r['id'], r['block']), [])
        label = 'NONE'
        for s, e, typ in spans:
            if s < r['end'] and r['start'] < e:
                text = by_id[r['id']]['blocks'][r['block']]['text'][s:e]
                if norm_name(text) == norm_name(r['text']):
                    label = typ
                    break
                label = 'OVERLAP'
        if label == 'MISC':
            label = 'NORP' if r['rule'] == 'NORP' else 'NONE'
        if label == 'OVERLAP':
            label = 'NONE' if norp[r['id']] else None
        if not norp[r['id']] and r['rule'] == 'NORP' and label in ('NONE', None):
            label = None
        if label is not None:
            out.append((r, label))
    return out


def article_path(base):
    for d in ARTICLE_DIRS:
        p = os.path.join(ROOT, d, base + '.txt')
        if os.path.exists(p):
            return p
    return None


def project_articles(sets):
    """(article path, gold surface → type) of the annotated articles of `sets`."""
    out = []
    for s in sets:
        folder = s if os.path.isabs(s) else os.path.join(EVAL, s)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith('.json'):
                continue
            base = name[:-5]
            path = article_path(base)
            if path is None or ('/Tests/Fixtures/corpus/' in path and base[:3] in HELD_OUT):
                continue
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                g = json.load(f)
            types = {}
            for e in g.get('entities', []):
                types.setdefault(norm_name(e['text']), e['type'])
            out.append((path, types, s))
    return out


def label_surface_rows(articles, rows):
    by_file = {os.path.basename(p): t for p, t, _ in articles}
    out = []
    for r in rows:
        types = by_file.get(r['id'])
        if types is None:
            continue
        out.append((r, types.get(norm_name(r['text']), 'NONE')))
    return out


# ---------------------------------------------------------------------------------------
# The averaged perceptron (integers only)

def buckets(row, bits):
    return [h >> (32 - bits) for h in row['f']]


def train(examples, bits, epochs, seed):
    """examples: (bucket list, class index). Returns the averaged weights as integers
    scaled by the number of steps (w*t - u), and t."""
    n = (1 << bits) * 5
    w = [0] * n
    u = [0] * n
    t = 1
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, y = examples[k]
            sc = [0, 0, 0, 0, 0]
            for f in feats:
                b = f * 5
                sc[0] += w[b]; sc[1] += w[b + 1]; sc[2] += w[b + 2]; sc[3] += w[b + 3]; sc[4] += w[b + 4]
            best = 0
            for c in range(1, 5):
                if sc[c] > sc[best]:
                    best = c
            if best != y:
                for f in feats:
                    b = f * 5
                    w[b + y] += 1; u[b + y] += t
                    w[b + best] -= 1; u[b + best] -= t
            t += 1
    return [w[i] * t - u[i] for i in range(n)], t


def quantise(avg, clip_quantile=1.0):
    """Int8 weights: scaled so that the `clip_quantile` largest magnitude maps to 127,
    larger ones clipped; exact integer rounding (half away from zero)."""
    mags = sorted(abs(v) for v in avg if v)
    if not mags:
        return [0] * len(avg)
    top = mags[min(len(mags) - 1, int(len(mags) * clip_quantile))]
    out = []
    for v in avg:
        q = (2 * abs(v) * 127 + top) // (2 * top)
        q = min(127, q)
        out.append(q if v >= 0 else -q)
    return out


def write_swift(weights, bits, drop_margin, path=OUT, stats=''):
    raw = bytes((v + 256) % 256 for v in weights)
    b64 = base64.b64encode(raw).decode('ascii')
    lines = [b64[i:i + 120] for i in range(0, len(b64), 120)]
    sys.path.insert(0, os.path.join(ROOT, 'scripts'))
    import notice
    header = notice.header('scripts/entities/train_model.py', ['Entity model'])
    body = header + [
        '',
        '/// The learned entity layer\'s weights (``EntityModel``): %d buckets x 5 classes,' % (1 << bits),
        '/// Int8, bucket-major, base64. %s' % stats,
        'enum EntityModelData {',
        '    static let bucketBits = %d' % bits,
        '    /// How far the no-entity class must lead for a name to be dropped.',
        '    static let dropMargin: Int32 = %d' % drop_margin,
        '    static let weights = """',
    ] + lines + ['"""', '}', '']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(body))
    return hashlib.sha256(raw).hexdigest()


# ---------------------------------------------------------------------------------------
# Evaluation on annotated articles (an approximation of score.py: the Swift linker also
# joins names, which this does not redo)

def decide(rows, weights, bits, drop_margin):
    """(id, norm surface, type) decided per article and name, as EntityLinker does."""
    sums = {}
    for r in rows:
        key = (r['id'], name_key(r['text']))
        s = sums.setdefault(key, [0, 0, 0, 0, 0])
        for f in buckets(r, bits):
            b = f * 5
            for c in range(5):
                s[c] += weights[b + c]
    out = set()
    for r in rows:
        s = sums[(r['id'], name_key(r['text']))]
        best = max(range(5), key=lambda c: (s[c], -c))
        second = max(s[c] for c in range(5) if c != best)
        if best == 0:
            if s[0] - second > drop_margin:
                continue
            best = max(range(1, 5), key=lambda c: (s[c], -c))
        out.add((r['id'], norm_name(r['text']), CLASSES[best]))
    return out


def f1(system, gold):
    tp = len(system & gold)
    p = tp / len(system) if system else 0
    r = tp / len(gold) if gold else 0
    return 2 * p * r / (p + r) if p + r else 0


def evaluate(articles, rows, weights, bits, drop_margin):
    gold = set()
    for p, types, _ in articles:
        for s, t in types.items():
            gold.add((os.path.basename(p), s, t))
    rules = {(r['id'], norm_name(r['text']), r['rule']) for r in rows}
    model = decide(rows, weights, bits, drop_margin)
    untyped = lambda s: {(a, b) for a, b, _ in s}
    return {'rules typed': f1(rules, gold), 'rules untyped': f1(untyped(rules), untyped(gold)),
            'model typed': f1(model, gold), 'model untyped': f1(untyped(model), untyped(gold))}


# ---------------------------------------------------------------------------------------

def build_examples(labelled, bits, weight_of):
    ex = []
    for r, label in labelled:
        item = (buckets(r, bits), CLASS_INDEX[label])
        for _ in range(weight_of(r)):
            ex.append(item)
    return ex


def self_check():
    """Trains on the tiny fixed rows of testdata/tiny-rows.jsonl and compares the hash of
    the quantised weights with the recorded one: the training is reproducible."""
    path = os.path.join(HERE, 'testdata', 'tiny-rows.jsonl')
    with open(path, encoding='utf-8') as f:
        items = [json.loads(l) for l in f if l.strip()]
    ex = [([h >> (32 - 8) for h in it['f']], CLASS_INDEX[it['label']]) for it in items]
    avg, _ = train(ex, 8, 5, SEED)
    q = quantise(avg)
    digest = hashlib.sha256(bytes((v + 256) % 256 for v in q)).hexdigest()
    with open(os.path.join(HERE, 'testdata', 'tiny-weights.sha256'), encoding='utf-8') as f:
        expected = f.read().split()[0]
    # The trained model must also separate its own training rows.
    right = 0
    for feats, y in ex:
        sc = [sum(q[f * 5 + c] for f in feats) for c in range(5)]
        right += max(range(5), key=lambda c: (sc[c], -c)) == y
    print('tiny set: %d rows, %d/%d right, weights sha256 %s' % (len(ex), right, len(ex), digest))
    if digest != expected:
        print('MISMATCH: expected %s' % expected)
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--eval', action='store_true', help='print figures on the dev split, write nothing')
    ap.add_argument('--self-check', action='store_true')
    ap.add_argument('--bits', type=int, default=BITS)
    ap.add_argument('--epochs', type=int, default=EPOCHS)
    ap.add_argument('--drop-margin', type=int, default=None)
    ap.add_argument('--tweets', action='store_true', help='add BTC and WNUT-17')
    ap.add_argument('--no-external', action='store_true', help='train on the project articles only')
    ap.add_argument('--dev-dir', action='append', default=[],
                    help='another folder of dev-split annotations to score (e.g. before they are copied in)')
    ap.add_argument('--dump-rows', help='write the labelled training rows to this file')
    args = ap.parse_args()
    if args.self_check:
        return self_check()

    docs = [] if args.no_external else wikigold_docs() + gum_docs()
    if args.tweets:
        docs += btc_docs() + wnut_docs()
    train_articles = project_articles(TRAIN_SETS)
    labelled = label_span_rows(docs, run_features(docs=docs)) if docs else []
    n_ext = len(labelled)
    proj_rows = run_features(files=[p for p, _, _ in train_articles])
    labelled += label_surface_rows(train_articles, proj_rows)
    counts = {}
    for _, l in labelled:
        counts[l] = counts.get(l, 0) + 1
    print('rows: %d external, %d project; labels %s' % (n_ext, len(labelled) - n_ext, counts), file=sys.stderr)
    if args.dump_rows:
        with open(args.dump_rows, 'w', encoding='utf-8') as f:
            for r, l in labelled:
                f.write(json.dumps({'f': r['f'], 'label': l}) + '\n')
    project_ids = {os.path.basename(p) for p, _, _ in train_articles}
    ex = build_examples(labelled, args.bits, lambda r: PROJECT_WEIGHT if r['id'] in project_ids else 1)
    avg, steps = train(ex, args.bits, args.epochs, SEED)
    q = quantise(avg)
    used = sum(1 for b in range(1 << args.bits) if any(q[b * 5 + c] for c in range(5)))
    print('trained: %d examples, %d epochs, %d of %d buckets used' % (len(ex), args.epochs, used, 1 << args.bits),
          file=sys.stderr)

    dev = project_articles(DEV_SETS + args.dev_dir)
    dev_rows = run_features(files=[p for p, _, _ in dev]) if dev else []
    margin = DROP_MARGIN if args.drop_margin is None else args.drop_margin
    margins = sorted({margin, 0, 50, 100, 200, 400, 1 << 30}) if args.eval else [margin]
    for m in margins:
        if not dev:
            break
        figs = evaluate(dev, dev_rows, q, args.bits, m)
        print('dev (%d articles) drop margin %d: %s' % (len(dev), m, ', '.join('%s %.3f' % kv for kv in figs.items())),
              file=sys.stderr)
    if args.eval:
        return 0
    digest = write_swift(q, args.bits, margin,
                         stats='Trained on %d rows (%d epochs, seed %d).' % (len(ex), args.epochs, SEED))
    print('wrote %s (drop margin %d), weights sha256 %s' % (os.path.relpath(OUT, ROOT), margin, digest))
    return 0


if __name__ == '__main__':
    sys.exit(main())
