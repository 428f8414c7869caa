"""Sectors that titles and organisation names show (PLOVER/CAMEO sector codes: GOV, MIL, IGO, BUS, ...).

Two tables in pipeline/data/: the titles before a name and the sector each shows (sectors_titles.tsv:
"Foreign Minister" -> GOV, "General" -> MIL), and patterns of sector words in organisation names
(sectors_organisations.tsv, the first match winning: "Ministry of ..." -> GOV, "... Bank" -> BUS).
Kept apart from the country lexicon, which the parse's entity ruler is made from: editing a sector never
re-parses.
"""

from __future__ import annotations

import functools
import re

from pipeline.stages.lexicon import _pairs, data_rows

# sectors of a state's own organs: government, courts, legislature, police, armed forces
STATE_ORGAN_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP", "MIL"})


@functools.cache
def title_sectors() -> dict[str, str | None]:
    """Titles before a name, with the sector they show (PLOVER/CAMEO sector codes; None: no sector)."""
    return _pairs("sectors_titles.tsv", "title", "sector")


@functools.cache
def org_sector_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, sector) for sector words anywhere in an organisation's name, the first match winning."""
    return tuple((re.compile(r["pattern"]), r["sector"]) for r in data_rows("sectors_organisations.tsv"))


def title_sector(title: str) -> tuple[bool, str | None]:
    """(is a known title, sector) for a lower-cased title phrase."""
    t = re.sub(r"\s*-\s*", "-", title.casefold().strip())  # "Secretary - General" as spaCy splits it
    sectors = title_sectors()
    if t in sectors:
        return True, sectors[t]
    words = t.split()
    for n in (2, 1):  # the last words: "UN secretary-general", "Foreign Minister"
        tail = " ".join(words[-n:])
        if len(words) >= n and tail in sectors:
            return True, sectors[tail]
    return False, None


def org_sector(name: str) -> str | None:
    """The sector an organisation's name shows (the first matching pattern), else None."""
    from pipeline.stages.actors import party_country

    if party_country(name):
        return "PTY"  # "the Tories", "Labour" (actors_parties.tsv)
    low = name.casefold().replace(".", "")  # "U.N." is "un"
    for pattern, sector in org_sector_patterns():
        if pattern.search(low):
            return sector
    return None
