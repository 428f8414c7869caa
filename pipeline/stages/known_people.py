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

from pipeline.stages import lexicon

DATA = Path(__file__).resolve().parents[1] / "data" / "known_people.tsv"
MIN_DOCUMENTS = 2        # a person kept when at least this many background articles mention them
MIN_AGREEMENT = 0.9      # ... and this share of those articles' mentions give the same country
SURNAME_DOCUMENTS = 3    # a surname alone ("Putin") is looked up only for this prominent and unique a person


def name_key(name: str) -> str:
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    name = re.sub(r"[.’'`]", "", name.casefold())
    return re.sub(r"[\s-]+", " ", name).strip()


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str]]:
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
    surnames = {s: next(iter(cs)) for s, cs in countries.items() if len(cs) == 1 and support[s] >= SURNAME_DOCUMENTS}
    return full, surnames


def lookup(name: str) -> str | None:
    """The country of a known person by full name, or by a surname alone when only one prominent known
    person (or family: "Bush") carries it; None otherwise. (Only the country: a title in the background
    articles says little about the sector in this one.)"""
    full, surnames = _index()
    key = name_key(name)
    if key in full:
        return full[key]
    if len(key.split()) == 1 and key in surnames:
        return surnames[key]
    return None


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
            if len(key.split()) < 2 or not name.split()[-1][:1].isupper() or lexicon.org_sector(name):
                continue  # a surname alone names no one; "Miguel de la" is cut short; "... Rubber Factory" is a firm
            votes[key][country] += int(docs)
            shown[key][name] += int(docs)
    out = []
    for key, counts in votes.items():
        country, n = counts.most_common(1)[0]
        total = sum(counts.values())
        if total >= MIN_DOCUMENTS and n / total >= MIN_AGREEMENT:
            out.append({"name": shown[key].most_common(1)[0][0], "country": country, "documents": total})
    return pd.DataFrame(out, columns=["name", "country", "documents"]).sort_values("name", ignore_index=True)


def build(output_dirs: list[str], path: Path = DATA) -> int:
    tables = [pd.read_parquet(Path(d) / "actors") for d in output_dirs]
    table = mine(tables)
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, sep="\t", index=False)
    _index.cache_clear()
    return len(table)
