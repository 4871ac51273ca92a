#!/usr/bin/env python3
"""Converts GUM's Wikinews CoNLL-U files (news and interviews) into gum-ner.txt: named
entities as BIO tags, blocks kept.

    python3 convert_gum.py GUM_CONLLU_DIR > gum-ner.txt

GUM marks every mention (named or not) in column 10 as `Entity=(ID-TYPE-...` ... `ID)`.
A named entity is the stretch of a mention from its first to its last proper noun
(PROPN): `Biologist Nick Bos` → `Nick Bos`; `the University of Helsinki` → `University
of Helsinki`. Longer mentions are tagged first, and a nested mention inside a tagged
stretch is not tagged again. The tag is the mention's type (person, place, organization,
event, object, ...; train_model.py keeps person/place/organization and takes the others
for no entity). Blocks: `head` → headline, `figure`/`caption` → caption, others → paragraph.
Output: `# doc NAME`, `# block KIND`, then `TOKEN TAG` lines, a blank line after each sentence.
"""
import os
import re
import sys

OPEN = re.compile(r'\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\d+\)|$)')


def parse_entities(field):
    """(opened (id, type, closes_here) list, closed ids) of an Entity= value."""
    opened, closed = [], []
    i = 0
    while i < len(field):
        if field[i] == '(':
            m = re.match(r'\((\d+)-([a-z]+)[^()]*', field[i:])
            j = i + m.end()
            single = j < len(field) and field[j] == ')'
            opened.append((m.group(1), m.group(2), single))
            i = j + (1 if single else 0)
        else:
            m = re.match(r'(\d+)\)', field[i:])
            if m:
                closed.append(m.group(1))
                i += m.end()
            else:
                i += 1
    return opened, closed


def block_kind(value):
    if value.startswith('head'):
        return 'headline'
    if value.startswith('figure') or 'caption' in value:
        return 'caption'
    return 'paragraph'


def convert(path, out):
    name = os.path.basename(path)[:-len('.conllu')]
    out.write('# doc %s\n' % name)
    tokens = []  # (form, upos, sentence index, block index)
    mentions = []  # (start, end, type)
    stack = {}
    blocks = []
    sent = -1
    kind = 'paragraph'
    new_block = True
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# newpar_block'):
                kind = block_kind(line.split('=', 1)[1].strip())
                new_block = True
            elif line.startswith('# newpar'):
                new_block = True
            elif line.startswith('# sent_id'):
                sent += 1
                if new_block:
                    blocks.append(kind)
                    kind = 'paragraph'
                    new_block = False
            elif line and not line.startswith('#'):
                cols = line.split('\t')
                if '-' in cols[0] or '.' in cols[0]:
                    continue
                idx = len(tokens)
                tokens.append((cols[1], cols[3], sent, len(blocks) - 1))
                for part in cols[9].split('|'):
                    if not part.startswith('Entity='):
                        continue
                    opened, closed = parse_entities(part[len('Entity='):])
                    for eid, typ, single in opened:
                        if single:
                            mentions.append((idx, idx + 1, typ))
                        else:
                            stack.setdefault(eid, []).append((idx, typ))
                    for eid in closed:
                        if stack.get(eid):
                            s, typ = stack[eid].pop()
                            mentions.append((s, idx + 1, typ))
    tags = ['O'] * len(tokens)
    for s, e, typ in sorted(mentions, key=lambda m: (-(m[1] - m[0]), m[0])):
        props = [i for i in range(s, e) if tokens[i][1] == 'PROPN']
        if not props:
            continue
        a, b = props[0], props[-1] + 1
        if any(tags[i] != 'O' for i in range(a, b)):
            continue
        if len({tokens[i][2] for i in range(a, b)}) > 1:
            continue
        for i in range(a, b):
            tags[i] = ('B-' if i == a else 'I-') + typ
    last_sent, last_block = None, None
    for i, (form, _, s, bl) in enumerate(tokens):
        if bl != last_block:
            if last_sent is not None:
                out.write('\n')
            out.write('# block %s\n' % blocks[bl])
            last_block, last_sent = bl, s
        elif s != last_sent:
            out.write('\n')
            last_sent = s
        out.write('%s %s\n' % (form.replace(' ', '_'), tags[i]))
    out.write('\n')


def main():
    folder = sys.argv[1]
    for name in sorted(os.listdir(folder)):
        if name.endswith('.conllu'):
            convert(os.path.join(folder, name), sys.stdout)


if __name__ == '__main__':
    main()
