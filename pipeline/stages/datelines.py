"""Newswire datelines ("LIMA, June 17 (Reuters) - "): where a story opening with one ends and the place it names.
Plain regular expressions, so that the stages reading them (dates, events, actors' country of a story) import no
date library; the state a dateline writes after its place ("NAIROBI, Kenya - ") is checked against the lexicon's
country names."""

from __future__ import annotations

import re

DATELINE_MAX_START = 200  # a dateline opens the text: only a sentence starting this early can hold one
# capitalised words, with short lower-case particles between them: "LIMA", "NEW YORK", "Tbilisi", "Rio de Janeiro"
_PARTICLE = r"(?:de|da|do|dos|das|del|di|du|des|el|es|al|la|le|les|of|on|upon|y)\s"
_PLACE = r"[A-Z][A-Za-z.'’-]*(?:\s(?:" + _PARTICLE + r")?[A-Z][A-Za-z.'’-]*)*"
_DATELINE = re.compile(
    r"\s*(?P<place>" + _PLACE + r"),?\s+"  # the place, in capitals or not: "LIMA,", "Tbilisi,"
    r"(?:" + _PLACE + r"(?:,\s+|\s+(?=\()))?"  # its country or state: "MANILA, Philippines,", "MASERU, Lesotho (AP)"
    r"(?:(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"  # "June 17", "17 June 2026"
    r"\s*(?:\([^)]{1,40}\))?"  # "(Reuters)"
    # or an agency alone: "BANGUI, Central African Republic (AP) —"
    r"|\((?P<agency>[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*){0,2}|dpa)\))"
    r"\s*[-–—]{1,2}\s"  # then the dash
)


# news agencies a dateline credits ("Apia (AFP) - "): a place not in capitals with one of them in brackets is a dateline
NEWS_AGENCIES = frozenset(
    {"AFP", "AP", "Reuters", "dpa", "DPA", "Xinhua", "Bernama", "ANI", "PTI", "IANS", "EFE", "ANSA", "Kyodo"}
    | {"Yonhap", "TASS", "Tass", "RIA", "Interfax", "IRNA", "UPI", "Anadolu", "AA", "KUNA", "WAM", "SPA", "APA"}
    | {"BNA", "Lusa", "Prensa Latina", "AAP", "NZPA", "CNA", "PNA", "Antara", "Bloomberg", "MENA", "QNA", "SANA"}
    | {"Sputnik", "Ukrinform", "BTA", "CTK", "PAP", "MTI", "Agerpres", "HINA", "Tanjug", "NTB", "TT", "STT"}
    | {"Belga", "ANP", "APS", "MAP", "TAP", "Petra", "KNA", "NAN", "Efe", "Notimex", "Telam", "IPS"}
)

# a place in capitals and a dash alone: "BOGOTA - ", "NEW YORK — ", "N'DJAMENA - ", "ST. PETERSBURG - " (five
# letters at least, or several words: "ANC - ", "BBC - ", "NHS - " are acronyms), or with its country or state:
# "NAIROBI, Kenya - ", "SAN SALVADOR, El Salvador — "; never a heading's word
_BARE_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’]*[A-Z.](?:[ -][A-Z][A-Z.'’]*[A-Z])*)"
    r"(?:,\s+(?P<country>[A-Z][^\n,()–—]{1,45}?))?"  # a state's name, checked by `dateline_state`
    r"\s+[-–—]{1,2}\s"
)
_HEADINGS = frozenset(
    {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY", "MARCH"}
    | {"APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "BREAKING", "UPDATE"}
    | {"UPDATED", "EXCLUSIVE", "ANALYSIS", "COMMENT", "OPINION", "FACTBOX", "TIMELINE", "EDITORIAL", "REVIEW"}
    | {"INTERVIEW", "FEATURE", "CORRECTION", "URGENT", "FLASH", "ALERT", "PHOTOS", "VIDEO", "WATCH", "LIVE"}
)


def _match(text: str) -> re.Match | None:
    """The dateline opening the text; one with no date only where its place is in capitals ("NAIROBI (Reuters) -",
    "BOGOTA - ") or a news agency is credited ("Apia (AFP) - "; never "Tony Blair (Labour) - ")."""
    m = _DATELINE.match(text)
    if m is None:
        bare = _BARE_DATELINE.match(text)
        if bare is None:
            return None
        place, country = bare.group("place"), bare.group("country")
        if country is not None:  # "KYIV, Ukraine - ": a state's name after the place; never "LIVE UPDATES, X - "
            return bare if dateline_state(country) and place not in _HEADINGS else None
        if place in _HEADINGS or (" " not in place and len(place.replace(".", "")) < 5):
            return None
        return bare
    if m.group("date") or m.group("place").isupper() or _credited_place(m):
        return m
    return None


def _credited_place(m: re.Match) -> bool:
    """A dateline with no date whose place is not in capitals counts where it credits a news agency and its place
    is a short name on one line: never a byline ("By Ahmad Shah\n\nKabul (AFP) -"), a headline above it, or the
    agency's own name ("Anadolu Agency (AA) -")."""
    place = m.group("place")
    words = place.split()
    return (
        m.group("agency") in NEWS_AGENCIES
        and "\n" not in m.group(0).lstrip()
        and len(words) <= 3
        and words[0] not in ("By", "From", "Reporting")
        and not {"Agency", "News", "Press", "Service"} & set(words)
    )


def dateline_state(name: str) -> str | None:
    """The state a dateline's country part names ("Kenya", "Democratic Republic of the Congo"), else None."""
    from pipeline.stages import lexicon

    return lexicon.country_of_name(name)


def dateline_written_country(text: str) -> str | None:
    """The state a newswire dateline names after its place ("TRIPOLI, Lebanon - ": Lebanon's code), else None."""
    m = _match(text)
    country = m.groupdict().get("country") if m else None
    return dateline_state(country) if country else None


def dateline_end(text: str) -> int:
    """The offset just after a newswire dateline that opens the text with a date ("LIMA, June 17 (Reuters) - ",
    "TBILISI, 12 March 2026 -- ", "MANILA, Philippines, Nov. 20 (AP) - "; with no date, "MASERU, Lesotho (AP) — "),
    else 0: that date says when the story
    was filed, no event's date, and its place where it was filed, no event's side."""
    m = _match(text)
    return m.end() if m else 0


def dateline_place(text: str) -> str | None:
    """The place a newswire dateline that opens the text names ("LIMA" in "LIMA, June 17 (Reuters) - "), as
    written; None when the text opens with no dateline."""
    m = _match(text)
    return m.group("place") if m else None


__all__ = ["DATELINE_MAX_START", "dateline_end", "dateline_place", "dateline_state", "dateline_written_country"]
