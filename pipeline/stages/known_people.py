"""People whose country other articles state: background knowledge for actors the text leaves unplaced.

"Putin offered to negotiate" does not say that Putin is Russian; thousands of other articles do
("Russian President Vladimir Putin"). `pipeline/data/known_people.tsv` holds such facts, mined by this
pipeline's own actor extraction from public news corpora: a person's country as those articles state it (title,
demonym, possessive, apposition), kept when the person appears in several articles and the articles agree.
Event coders ship the same kind of knowledge as hand-made actor dictionaries (CAMEO, Phoenix); this one is
rebuilt from data with one command:

    python -m pipeline known-people OUTPUT_DIR [OUTPUT_DIR ...]   # pipeline outputs of background corpora

An actor whose country comes from here has `country_source = "known"` in the actors table; a country the
corpus itself states always wins.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from pipeline.config import settings
from pipeline.stages import sectors

DATA = Path(__file__).resolve().parents[1] / "data" / "known_people.tsv"
# thresholds (pipeline.config.ActorsSettings): a person is kept when at least `known_min_documents` background
# articles mention them and `known_min_agreement` of those articles' mentions give the same country; a surname
# alone ("Putin") is looked up only for a person that prominent (`known_surname_documents`) and unique


def name_key(name: str) -> str:
    """A person's name folded for lookup: accents, case, full stops, apostrophes, dashes."""
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    name = re.sub(r"[.’'`]", "", name.casefold())
    return re.sub(r"[\s-]+", " ", name).strip()


@functools.lru_cache(maxsize=4)
def _index(surname_documents: int) -> tuple[dict[str, str], dict[str, str]]:
    """Full names and unique prominent surnames -> country, from known_people.tsv."""
    if not DATA.exists():
        return {}, {}
    table = pd.read_csv(DATA, sep="\t", dtype=str, keep_default_na=False)
    full: dict[str, str] = {}
    countries: dict[str, set[str]] = defaultdict(set)
    support: dict[str, int] = defaultdict(int)
    for name, country, docs in zip(table["name"], table["country"], table["documents"]):
        key = name_key(name)
        full[key] = country
        surname = key.split()[-1]
        countries[surname].add(country)
        support[surname] = max(support[surname], int(docs))
    surnames = {s: next(iter(cs)) for s, cs in countries.items() if len(cs) == 1 and support[s] >= surname_documents}
    return full, surnames


def lookup(name: str) -> str | None:
    """The country of a known person by full name, or by a surname alone when only one prominent known
    person (or family: "Bush") carries it; None otherwise. (Only the country: a title in the background
    articles says little about the sector in this one.)"""
    full, surnames = _index(settings().actors.known_surname_documents)
    key = name_key(name)
    if key in full:
        return full[key]
    if len(key.split()) == 1 and key in surnames and not _place_word(name):
        return surnames[key]
    return None


def _place_word(name: str) -> bool:
    """A one-word name that is also a state's name or demonym ("Jordan", "Chad"): a surname alone that looks like
    a place gives no country (it may be anyone's)."""
    from pipeline.stages import lexicon

    return bool(lexicon.country_of_name(name) or lexicon.country_of_demonym(name))


def mine(actor_tables: list[pd.DataFrame]) -> pd.DataFrame:
    """name, country, documents: persons whose country the background articles state and agree on."""
    votes: dict[str, Counter] = defaultdict(Counter)
    shown: dict[str, Counter] = defaultdict(Counter)
    for actors in actor_tables:
        # office holders only: a state's officials are placed by their title ("Russian President"), while the
        # countries the articles give sportspeople or celebrities are too often a match's or a venue's
        rows = actors[(actors["type"] == "PERSON") & actors["country"].notna() & (actors["sector"] == "GOV")]
        if "country_source" in rows:
            rows = rows[rows["country_source"] == "text"]  # never learn from this table itself
        for name, country, docs in zip(rows["name"], rows["country"], rows["n_documents"]):
            key = name_key(name)
            if len(key.split()) < 2 or not name.split()[-1][:1].isupper() or sectors.org_sector(name):
                continue  # a surname alone names no one; "Miguel de la" is cut short; "... Rubber Factory" is a firm
            votes[key][country] += int(docs)
            shown[key][name] += int(docs)
    cfg = settings().actors
    out = []
    for key, counts in votes.items():
        country, n = counts.most_common(1)[0]
        total = sum(counts.values())
        if total >= cfg.known_min_documents and n / total >= cfg.known_min_agreement:
            out.append({"name": shown[key].most_common(1)[0][0], "country": country, "documents": total})
    return pd.DataFrame(out, columns=["name", "country", "documents"]).sort_values("name", ignore_index=True)


def build(output_dirs: list[str], path: Path = DATA) -> int:
    """Mine the actors tables of pipeline outputs into known_people.tsv; the number of people."""
    tables = [pd.read_parquet(Path(d) / "actors") for d in output_dirs]
    table = mine(tables)
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, sep="\t", index=False)
    _index.cache_clear()
    return len(table)
