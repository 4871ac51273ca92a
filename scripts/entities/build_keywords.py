#!/usr/bin/env python3
"""Builds the keyword lists of the analysis (the words its rules test by identity) as
generated Swift source.

    python3 scripts/entities/build_keywords.py

Reads scripts/entities/keywords/*.txt, one list a file, one entry a line (`#` lines say
what the list holds, its source and licence, and are left out), and writes
Sources/BylineKit/Text/KeywordData.swift: one string literal a list, named after its file
(`speech-cues.txt` -> `KeywordData.speechCues`), its lines in the file's order. Standard
library only; the output is the same bit for bit from the same files, and a test
(RepositoryTests) fails when the files and the generated Swift disagree.

The lists are read by the entity scanner (`Keys`, Sources/BylineKit/Entities/Keys.swift)
and by quotation analysis (`SpeechLexicon`, Sources/BylineKit/Quotations/); the speech
cues are one list for both (`speech-cues.txt`, the entity scanner's cues marked `person`).
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LISTS = os.path.join(ROOT, 'scripts', 'entities', 'keywords')
OUT = os.path.join(ROOT, 'Sources', 'BylineKit', 'Text', 'KeywordData.swift')
sys.path.insert(0, os.path.join(ROOT, 'scripts'))
import notice  # noqa: E402  (scripts/notice.py: NOTICE's sections as the file's header)

GENERATOR = 'scripts/entities/build_keywords.py'
NOTICE_SECTIONS = ['Byline lists']


def swift_name(file_name):
    """`speech-cues.txt` -> `speechCues`."""
    parts = os.path.basename(file_name)[:-len('.txt')].split('-')
    return parts[0] + ''.join(p[:1].upper() + p[1:] for p in parts[1:])


def entries(path):
    """The entries of a list file: its lines that are neither blank nor `#` comments."""
    with open(path, encoding='utf-8') as fh:
        return [l.rstrip('\n') for l in fh if l.strip() and not l.startswith('#')]


def main():
    out = notice.header(GENERATOR, NOTICE_SECTIONS) + [
        '',
        '/// The keyword lists of `scripts/entities/keywords/`, one string literal a list, one',
        '/// entry a line; read through ``KeywordData/words(_:)``.',
        'enum KeywordData {',
    ]
    for path in sorted(glob.glob(os.path.join(LISTS, '*.txt'))):
        body = entries(path)
        for e in body:
            assert re.fullmatch(r"[^\s\\\"]+( [a-z]+)?", e), '%s: %r' % (path, e)
        out += ['    /// `scripts/entities/keywords/%s`' % os.path.basename(path),
                '    static let %s = """' % swift_name(path)] + body + ['"""', '']
    out[-1:] = ['}', '']
    with open(OUT, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))
    print('wrote %s' % os.path.relpath(OUT, ROOT))


if __name__ == '__main__':
    main()
