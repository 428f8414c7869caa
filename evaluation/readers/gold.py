"""The project's gold file, in the format of shared/gold/seeds.gold.json (its README describes it).

`actors`: name, type, country and aliases of each gold actor; `speaker_aliases`: further names by which a
quote's speaker may be given; `documents`: per raw file, its publication date, quotes (prefix, speaker,
required), dates (`timexes`: surface, occurrence, value, required), key events (type, source, target, date,
required) and boilerplate phrases that must not be left in the clean text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass
class GoldFile:
    actors: list[dict]
    speaker_aliases: dict[str, list[str]]
    documents: list[dict]


def read_gold(path: str | Path) -> GoldFile:
    """The gold file as it is written (records stay dicts, keyed as in the file)."""
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    speakers = gold.get("speaker_aliases") or {}
    if isinstance(speakers, list):  # written as a list of {"name", "aliases"} (or empty)
        speakers = {x["name"]: x.get("aliases", []) for x in speakers}
    return GoldFile(gold["actors"], speakers, gold["documents"])
