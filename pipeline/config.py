"""Every threshold of the pipeline in one settings object, with today's values as documented defaults.

Stages read the settings in force with `settings()` (`settings().dedup.threshold`); a run puts its own in
force with `use(...)`. They are set from the Dagster launchpad (the `settings` resource's `overrides`) or the
command line (`.venv/bin/python -m pipeline run --set dedup.threshold=0.85`), by dotted name. A setting is part of the
version of every table whose stages read it (see pipeline.versioning): changing one rebuilds exactly those.

`.venv/bin/python -m pipeline settings` prints every setting with its default and description.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any


def _doc(default: Any, description: str) -> Any:
    return field(default=default, metadata={"doc": description})


@dataclass(frozen=True)
class IngestSettings:
    """Reading raw files (pipeline.stages.ingest)."""

    min_words: int = _doc(8, "A body with fewer words after cleaning is boilerplate only and rejected.")
    html_max_depth: int = _doc(
        500,
        "HTML elements nested deeper than this lose their tags, never their text, before the page is parsed "
        "(the HTML parser gives up past 2,048 levels and would drop the rest of the page).",
    )
    max_chars: int = _doc(
        5_000_000,
        "A document longer than this many characters after cleaning is rejected (`too_long`), never cut (the parse "
        "takes about a minute and a half per million characters on one core here, the rules a tenth of that).",
    )


@dataclass(frozen=True)
class DedupSettings:
    """Exact and near duplicates (pipeline.stages.dedup)."""

    shingle: int = _doc(5, "Words per shingle for MinHash.")
    num_perm: int = _doc(128, "MinHash permutations.")
    threshold: float = _doc(0.8, "Estimated word-shingle Jaccard above which two texts are near duplicates.")
    number_agreement: float = _doc(0.5, "Share of figures two near duplicates must have in common.")
    max_days_apart: int = _doc(3, "Dated copies (exact or near) are published within this many days of each other.")
    containment: float = _doc(
        0.8,
        "Share of the shorter text's word shingles the longer must contain for the shorter to be a copy of it "
        "(a syndicated copy: re-headlined, trimmed, furniture added); 0 turns containment off.",
    )
    containment_min_shingles: int = _doc(50, "... when the shorter text has at least this many distinct shingles.")
    containment_candidates: float = _doc(
        0.3, "Jaccard threshold of the LSH banding that proposes pairs for the exact containment check."
    )


@dataclass(frozen=True)
class StoriesSettings:
    """Grouping articles into stories and counting events and quotes once (pipeline.stages.stories)."""

    threshold: float = _doc(0.22, "Average cosine similarity needed to merge when dates cannot confirm.")
    dated_threshold: float = _doc(0.22, "... when both sides are dated within max_span_days of each other.")
    name_threshold: float = _doc(0.2, "... and the average similarity of their capitalised names.")
    name_start_rarity: float = _doc(3.5, "A capitalised sentence-initial word is a name when rarer (Zipf) than this.")
    numbers_min: int = _doc(5, "Figures each article needs before disjoint figures veto a pair.")
    pair_chunk: int = _doc(20_000, "Pairs whose names similarity is computed at once (memory, not output).")
    neighbours: int = _doc(50, "Most similar documents kept per new document (sparse similarity graph).")
    prior_docs: int = _doc(1000, "Weight of the background document frequencies (pseudo-documents).")
    background_doc_words: int = _doc(400, "Words per background document, to turn word into document frequency.")
    title_weight: float = _doc(2, "Weight of the headline's terms.")
    pair_weight: float = _doc(0.5, "Weight of word pairs beside single words.")
    window_days: int = _doc(3, "An event dated by its article happened up to this many days before it.")
    max_span_days: int = _doc(4, "A story's dated articles lie within this many days.")
    block_cells: int = _doc(4_000_000, "Similarities computed per dense block (rows x corpus): bounded memory.")
    min_link: float = _doc(0.05, "Weaker similarities are not kept (they cannot lift an average to a threshold).")
    quote_containment: float = _doc(0.7, "Share of a quote's words another quote must contain to be the same quote.")
    quote_min_words: int = _doc(4, "Quotes shorter than this are not grouped.")
    time_weight: float = _doc(
        0.1,
        "When two articles, one of them at least undated, both name weekdays, or both days of a month "
        "(stories.time_marks), their text "
        "similarity moves by this much times (cosine of those marks - time_center), the higher cosine of the two "
        "kinds: same day named, closer; other days, further (different events on one topic). 0 turns it off. "
        "0.1: what cross-validation over BASIL's development triplets and the eight development sets of two "
        "events per topic (G-N) chose in five folds of five (python -m evaluation.stories_cv FILE...); BASIL alone "
        "had chosen 0 (its triplets are rarely on one topic).",
    )
    time_center: float = _doc(0.5, "... the cosine of the time marks at which the similarity is unchanged.")
    lead_weight: float = _doc(
        0.25,
        "Share of a pair's text similarity taken from their leads (headline and first lead_words words, "
        "stories.lead) instead of their whole texts: the lead tells the event, the rest the topic's background. "
        "0 turns it off. Chosen by cross-validation on BASIL (evaluation.stories_cv).",
    )
    lead_words: int = _doc(60, "The lead: the first sentences of an article up to at least this many words.")
    lead_days_weight: float = _doc(
        0.5,
        "When two articles, one of them at least undated, have leads that name other days (both name weekdays and "
        "share none, or both days of a month and share none: stories.lead_days_disagree), their text similarity is "
        "multiplied by 1 - this: the lead tells when the event happened, the other event of a topic is recapped "
        "further down. 1 vetoes the pair, 0 turns it off. 0.5 with lead_time_words 40: what cross-validation over "
        "BASIL's development triplets and set A together chose in four folds of five (python -m "
        "evaluation.stories_cv FILE...; 0.75 in the other, and in a fit on all groups, costs BASIL's hard-negative "
        "recall 0.889).",
    )
    lead_time_words: int = _doc(
        40, "The lead whose time marks stories.lead_days_weight compares: first sentences up to this many words."
    )
    lead_veto_days: int = _doc(
        2,
        "When two undated articles have leads that name days of a month at least this many "
        "days apart, or weekdays at least this many days apart either way round the week (stories.lead_days_gap), "
        "no story holds both (a cannot-link: clusters holding them never merge). Tellings of one event name its day "
        "or the next; the next event of a topic comes days or weeks later. 0 turns it off. Chosen by "
        "cross-validation over BASIL's development triplets and sets A-E (evaluation.stories_cv).",
    )


@dataclass(frozen=True)
class ParseSettings:
    """The spaCy parse (pipeline.stages.parse, pipeline.tables.annotations)."""

    max_chunk_chars: int = _doc(100_000, "Longer texts are parsed in paragraph-aligned parts of at most this size.")
    max_run_chars: int = _doc(
        300,
        "A run of characters with no space longer than this (a line of symbols or emoji, a pasted blob) is parsed "
        "in pieces of this size: spaCy's tokenizer takes time quadratic in such a run.",
    )


@dataclass(frozen=True)
class QuotesSettings:
    """Quotes and speakers (pipeline.stages.quotes)."""

    min_words: int = _doc(4, "A quote of fewer words is a fragment (a scare quote or a title).")
    subject_max_steps: int = _doc(
        4, "Clause heads climbed from a cue to the subject it inherits ('X added ... and asked')."
    )
    name_after_cue_chars: int = _doc(
        40,
        "A cue whose subject the parse missed takes a name starting up to this many "
        "characters after it ('... said Professor Mark Katz').",
    )
    name_before_cue_chars: int = _doc(
        60, "... else a name starting up to this many characters before it ('Rep. Elijah E. Cummings (D-Md.) said')."
    )
    next_sentence_cue_words: int = _doc(
        6, "Words at the start of the sentence after a closing mark searched for the cue ('“… ?” Trump said.')."
    )
    byline_max_chars: int = _doc(120, "Characters after a closing mark searched for a dash and a name (“…” ― Name).")
    continuation_max_sentences: int = _doc(
        3,
        "A quote with no cue continues the previous quote's speaker when it "
        "starts at most this many sentences after that quote's end ...",
    )
    continuation_max_paragraphs: int = _doc(1, "... and at most this many paragraphs after it.")
    pronoun_max_sentences: int = _doc(
        4,
        "A speaker 'he' or 'she' resolves to a person named at most this many sentences before the quote's "
        "sentence (the subject of a sentence first); further back it stays unresolved.",
    )
    label_max_words: int = _doc(
        12, "Words at most in a line's label before a colon and a quote ('Name, Outlet: “…”'): a round-up's speaker."
    )


@dataclass(frozen=True)
class DatesSettings:
    """Temporal expressions (pipeline.stages.dates)."""

    tense_max_steps: int = _doc(12, "Words walked up the parse from an expression to the verb whose tense places it.")
    weekday_year_max_days: int = _doc(
        14,
        "A weekday given with a date ('on Monday, Oct. 26') moves the date to a neighbouring year whose date has "
        "that weekday when that date lies at most this many days from the anchor (else a wrong weekday is a slip).",
    )
    attachment_max_steps: int = _doc(6, "Words walked up the parse to what an expression modifies (verb or noun).")
    forward_cue_chars: int = _doc(
        60,
        "Characters before a date searched for a deadline or start point "
        "('until', 'effective', 'extended to'), which may make it look ahead.",
    )
    forward_cue_words: int = _doc(
        5, "Words allowed between a postponing verb and its 'to' or 'until' ('delayed the vote by a week to')."
    )
    since_chars: int = _doc(
        24, "Characters before a date searched for 'since' or 'dates back to', which make it look back."
    )
    present_weekday_max_back: int = _doc(
        3,
        "In a present-tense clause a weekday up to this many days back is the past one, a farther one the coming one.",
    )
    coming_nearer_factor: int = _doc(
        2,
        "A weekday or month that may lie ahead of a past clause (on a noun, a "
        "deadline, a past plan) is the coming one when this many times nearer.",
    )
    other_year_min_months: int = _doc(
        9,
        "A month named without a year stays in the anchor's year unless it lies "
        "this many months or more away from the anchor ...",
    )
    other_year_max_months: int = _doc(
        3, "... and the neighbouring year's is within this many months ('paid in January' in late October)."
    )
    future_quarter_lag: int = _doc(
        1,
        "In a future clause, a quarter up to this many before the anchor's is this "
        "year's (its results are still to come).",
    )
    year_context_chars: int = _doc(
        12, "Characters before a bare year searched for a quantity word ('about', 'number of', '$')."
    )
    decade_context_chars: int = _doc(
        12, "Characters before a decade like '70s searched for an age or a temperature ('in their 70s', 'the low 80s')."
    )
    fraction_context_chars: int = _doc(
        10, "Characters after 'quarter' searched for a fraction ('a quarter of the vote', 'a quarter point')."
    )
    two_digit_year_pivot: int = _doc(50, "A two-digit year (7/8/21) below this is 20xx, from it 19xx.")
    frame_year_min_mentions: int = _doc(
        2,
        "In an undated text, a bare year anchors relative expressions ('next year', 'in June') only when the text "
        "names it this many times and no year more often (its time frame); a date with a month always anchors.",
    )
    title_max_chars: int = _doc(
        60, "A date inside a quotation of up to this many characters after a work noun ('the song \"July\"') is a title"
    )


@dataclass(frozen=True)
class ActorsSettings:
    """Actors and the known-people table (pipeline.stages.actors, pipeline.stages.known_people)."""

    known_min_documents: int = _doc(2, "known-people: a person is kept when this many background articles name them.")
    known_min_agreement: float = _doc(0.9, "known-people: ... and this share of their mentions give one country.")
    known_surname_documents: int = _doc(3, "known-people: a surname alone is looked up for this prominent a person.")
    max_name_chars: int = _doc(80, "A longer entity is no actor's name (a mis-segmented span).")
    acronym_max_chars: int = _doc(
        8,
        "An all-capitals name of 2 up to this many characters is an organisation's "
        "acronym ('CNPC' tagged PERSON) and joins the organisation it abbreviates.",
    )
    given_name_min_persons: int = _doc(
        2,
        "A first word that starts the names of this many different persons a title or descriptor shows is a given "
        "name: an organisation with no evidence of being one, named by it and one or two capitalised words, is a "
        "person ('Vincent Cable' tagged ORG).",
    )
    team_sheet_min_brackets: int = _doc(
        3,
        "A document with this many names in brackets right after persons' names is a team sheet: a name there that "
        "the parse calls a person's is the player's club ('Ross Kerr (Leeds Tykes)'); elsewhere it may be an "
        "actor's role in a review.",
    )
    name_list_min_entities: int = _doc(
        3,
        "Lines made only of names between commas are a team sheet when the parse labels at least this many names on "
        "them and most of them persons: every name on them is a player's.",
    )
    surname_line_min_items: int = _doc(
        5,
        "A line of at least this many one- or two-word names between commas is a team sheet whatever the parse labels "
        "them, when none of them is a place the lexicon knows (one more place allowed per this many names beyond).",
    )
    comma_apposition_max_tokens: int = _doc(
        8,
        "Tokens read after a name's comma for a noun phrase in apposition that the parse missed ('X, by far the most "
        "popular online game, ...').",
    )
    place_alias_min_population: int = _doc(
        100_000,
        "A city of this many people is known by its other Latin-script names too ('Frankfurt', 'Seville') when a "
        "place's country is looked up in the gazetteer (every subdivision and town of 15,000 people by its name).",
    )
    context_min_mentions: int = _doc(
        2,
        "A document is about the country its states, places and peoples name most when they name it this many "
        "times ... (a place the gazetteer knows in several countries takes that one: 'Suffolk' in a British story).",
    )
    context_dominance: float = _doc(
        2.0,
        "... and this many times as often as any other country. A document is about two states ('both governments' "
        "stands for them: actors.document_pair) when each is named `context_min_mentions` times, the second more "
        "than 1 / this as often as the first, and both this many times as often as any third.",
    )
    dateline_dominance: float = _doc(
        3.0,
        "A wire story filed from a country's place (its dateline) is about that country when it names it "
        "`context_min_mentions` times and no other country this many times as often: the police, courts and "
        "ministries a story tells of act where it was filed (2 to 3 gained 4 key events on the development wires, "
        "lost none).",
    )
    common_word_min_zipf: float = _doc(
        2.5,
        "A capitalised word opening a sentence that the tagger reads as a common noun, verb or adjective is no name "
        "('Calm down', 'Cyberspace is ...') when its lower-case form is at least this frequent in English "
        "(wordfreq's Zipf scale; an unknown name, 'Dunmore 3-2 ...', is rarer).",
    )
    place_outvoted: int = _doc(
        2,
        "Bare mentions (no evidence of any kind) of a name the tagger calls an organisation that outnumber its "
        "mentions read as a place this many times keep it an organisation ('a senior X field commander' among many "
        "plain 'X' is a slip of one context); with any evidence of a state or a town it stays a place.",
    )
    antecedent_window_tokens: int = _doc(
        80,
        "Tokens read back from a definite descriptor an organisation stands in apposition to ('The airline, X') for "
        "the indefinite phrase it repeats ('a new Indian budget airline'), whose state is the organisation's.",
    )
    org_country_min_document_share: float = _doc(
        0.6,
        "An organisation the corpus's documents place in different countries keeps the most common one only when at "
        "least this share of the documents that place it agree ('Airbus' lent the US, India and France by three "
        "stories about them: no country).",
    )


@dataclass(frozen=True)
class EventsSettings:
    """PLOVER events (pipeline.stages.events)."""

    max_phrase_words: int = _doc(
        12, "An argument phrase of more words is written as its head word alone (`source_text`, `target_text`)."
    )
    source_max_steps: int = _doc(
        5,
        "Clause heads climbed from a predicate to the subject it inherits ('vowed to', "
        "coordination, 'issued a declaration demanding').",
    )
    purpose_max_steps: int = _doc(
        3, "Heads climbed from a demand to the protest whose purpose it is ('staged a hunger strike to demand')."
    )
    claim_max_steps: int = _doc(6, "Heads climbed from a predicate to a reporting verb that makes it a claim.")
    date_max_steps: int = _doc(
        4, "Heads climbed from a date expression to the predicate it is attached to (within the predicate's clause)."
    )
    date_governor_max_steps: int = _doc(
        6,
        "Heads climbed from an event without a date of its own (an infinitive, an event noun) to the predicate "
        "whose date it takes ('won the right to step down', 'ahead of a meeting next week').",
    )
    narrative_date_max_days: int = _doc(
        7,
        "An event in the simple past with no date of its own in a dated text takes the latest full date the text "
        "named before it when that date is at most this many days before the publication date (the story's "
        "narrative time: 'clashed on Tuesday ... Bishkek summoned the envoy'), else the publication date; 0 turns it "
        "off. On the development key events the publication date was right for 1 of 10 such events, the narrative "
        "date for 5.",
    )
    background_date_max_days: int = _doc(
        366,
        "... but right after a sentence of its paragraph naming one full day or month, it takes that date when it "
        "began at most this many days before publication (a background paragraph's own time: 'sent a video on March "
        "3. In it, the group demanded ...', 'In June, police detained X. Minsk called the arrest ...'); an older "
        "date is another story's ('The treaty was signed in June 1999.').",
    )
    paragraph_day_max_sentences: int = _doc(
        2,
        "... and, with no date in the sentence right before it, the latest full day named at most this many sentences "
        "earlier in its paragraph, when no word moves time on and no sentence in the present comes between ('talks "
        "broke down on Jan. 25. Egypt had demanded ... Sudan rejected the demand').",
    )
    topic_min_words: int = _doc(
        3,
        "A document is off topic (sport, entertainment, technology, business) with this many words of that topic ... "
        "(chosen on 800 BBC articles of the five categories: 3 puts 119/130 entertainment, 186/193 sport and 138/143 "
        "technology articles off topic and 3/148 politics ones; 4 put 113, 184, 136 and 2; 2 costs single news "
        "sentences their events)",
    )
    topic_ratio: float = _doc(
        1.5, "... and this many times its politics words; its events then need a state or political side."
    )
    political_min_words: int = _doc(
        6, "A document is about politics with this many words of politics (pipeline/data/relevance_topics.tsv) ..."
    )
    political_ratio: float = _doc(2.0, "... and this many times the words of any other topic.")
    pronoun_max_sentences: int = _doc(
        1, "A pronoun argument resolves to an actor named in its sentence or at most this many sentences before."
    )
    pronoun_sole_sentences: int = _doc(
        3,
        "... or, for 'he' and 'she', when every person named this many sentences back is one actor and no person "
        "is named only by a noun between, to that actor ('X was arrested. Officers searched his office. "
        "Prosecutors charged him').",
    )
    description_max_sentences: int = _doc(
        2,
        "A definite description argument ('the chancellor', 'the party', 'the company') resolves to an actor "
        "named in its sentence or at most this many sentences before (pipeline/stages/descriptions.py).",
    )
    phrase_max_preps: int = _doc(
        2,
        "A name more prepositions deep than this in an argument's phrase names no side ('rejected calls for the "
        "publication of advice on the legality of the Iraq war': no Iraq; 'backed the people of Iraq' keeps it). "
        "Chosen on PLV_train, relation-label accuracy: 1 0.775, 2 0.782, 3 (as no limit) 0.779.",
    )
    implied_target_types: str = _doc(
        "ACCUSE AGREE PROTEST REJECT REQUEST SANCTION SUPPORT THREATEN",
        "Event types (space-separated; empty turns it off) whose events with a source and no target actor take the "
        "actor the document's events of the same leaning pair that source with most often (`events.target_basis` "
        "`counterpart`; pipeline/stages/counterparts.py). On four development sets (356 key events) these types' "
        "implied targets were right 24 times and wrong 4 times where a key event told, before the leaning was "
        "required (then fewer wrong on hand-made cases: an agreement no longer takes an opponent); for COERCE, "
        "ASSAULT and MOBILIZE 1 right, 6 wrong and 2 given to events that have none; an implied target only where "
        "at least 2 events pair them was right 11 times instead of 23; with the leaning required, 25 right and 2 "
        "wrong.",
    )
    organiser_target_types: str = _doc(
        "ASSAULT COERCE RETREAT",
        "Event types (space-separated; empty turns it off) whose events aimed at a crowd without a name ('fired tear "
        "gas at hundreds of workers', '63 people were detained at the march') by a state's force, in a sentence "
        "that tells a protest or crowd control, take as first target the organisation that leads most of the "
        "document's protests, of the same state (`events.target_basis` `organiser`; pipeline/stages/counterparts.py "
        "crowd_organisers). On ten "
        "development sets (901 key events) the organiser was the gold target of an event of that type 5 times and "
        "not 2 times; without the protest or crowd-control word in the act's sentence 10 and 4, and wrong 20 times "
        "in 26 on a reviewer's articles of wars, crimes, storms and round-ups.",
    )
    location_of_steps: int = _doc(
        2,
        "'of' phrases followed from an argument to the place it names ('the deputy "
        "chief of Israel's militia ally in southern Lebanon').",
    )


@dataclass(frozen=True)
class CoderSettings:
    """The trained event coder's say over the rule candidates (pipeline.stages.coder); chosen by
    cross-validation (`.venv/bin/python -m pipeline eval --tune-coder FILE` on PLV-format sentences,
    `train-coder` for NONE)."""

    none_min: float = _doc(
        0.5,
        "A candidate is no event when the coder gives NONE at least this probability ... (chosen by "
        "`.venv/bin/python -m pipeline train-coder`, stored in pipeline/data/coder/calibration.json)",
    )
    none_margin: float = _doc(3.0, "... and this many times the probability of its best PLOVER type.")
    none_min_political: float = _doc(
        0.9,
        "In a document about politics (events.political_min_words words of politics, events.political_ratio times "
        "those of any other topic) NONE must reach this probability instead of none_min: the coder learned NONE "
        "mostly from business and arts text, and there dropped real events (bail granted, a licence suspended, a "
        "loan approved).",
    )
    keep_ratio: float = _doc(
        0.0,
        "The rule type stands while the coder gives it at least this share of its best type's probability "
        "(0: always; cross-validation found no higher value that helps).",
    )
    switch_min: float = _doc(0.5, "Otherwise the coder's best type replaces it when at least this probable.")
    propose_min: float = _doc(
        1.01,
        "A verb the rules do not read, with a named source and target, is an event of the coder's best type when "
        "at least this probable. Off (above 1) by default: on PLV sentences 0.2 gains relation-label accuracy "
        "(`eval --tune-coder`), but read by hand on BBC articles 1 in 10 such events was right.",
    )


@dataclass(frozen=True)
class RunSettings:
    """How a run is carried out (memory, processes); none of these changes a table, so none is in a version."""

    apart_from_rows: int = _doc(1000, "From this many articles, deduplication and stories run in a child process.")
    parse_chunk_documents: int = _doc(256, "Documents parsed per spaCy memory zone.")
    parse_worker_from_texts: int = _doc(
        64,
        "From this many texts to parse, the model runs in a worker process "
        "(below it, starting a second interpreter costs more than it saves).",
    )
    rule_budget_seconds: float = _doc(
        120.0,
        "CPU seconds the rule stages may spend on one document (checked between stages; 0: no budget). Past it the "
        "remaining stages are skipped for that document, which is logged and kept in its annotation (`incomplete`), "
        "and the run goes on. Normal documents take well under a second, so it changes no table.",
    )
    quarantine_max_share: float = _doc(
        0.05,
        "Largest share of a per-document table's documents (and never fewer than one) whose rows may break the "
        "table's schema and be withheld from it (quarantined: logged, listed in the run summary and the asset's "
        "metadata) while the rest is written. More is a bug in a rule or a schema, not in some documents: the table "
        "fails with its failing values and nothing is written. A clean run withholds nothing, so it changes no table.",
    )


@dataclass(frozen=True)
class Settings:
    """All settings, by section."""

    ingest: IngestSettings = field(default_factory=IngestSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    stories: StoriesSettings = field(default_factory=StoriesSettings)
    parse: ParseSettings = field(default_factory=ParseSettings)
    quotes: QuotesSettings = field(default_factory=QuotesSettings)
    dates: DatesSettings = field(default_factory=DatesSettings)
    actors: ActorsSettings = field(default_factory=ActorsSettings)
    events: EventsSettings = field(default_factory=EventsSettings)
    coder: CoderSettings = field(default_factory=CoderSettings)
    run: RunSettings = field(default_factory=RunSettings)

    def with_overrides(self, overrides: Mapping[str, Any]) -> Settings:
        """A copy with `section.name` values replaced; strings are converted to the setting's type."""
        sections = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        for key, value in overrides.items():
            section, _, name = key.partition(".")
            if section not in sections or name not in {f.name for f in dataclasses.fields(sections[section])}:
                raise KeyError(f"unknown setting {key!r} (see `.venv/bin/python -m pipeline settings`)")
            current = getattr(sections[section], name)
            sections[section] = dataclasses.replace(sections[section], **{name: _convert(value, type(current))})
        return Settings(**sections)

    def section(self, name: str) -> Any:
        return getattr(self, name)


def _convert(value: Any, kind: type) -> Any:
    if not isinstance(value, str) or kind is str:
        return kind(value)
    if kind is bool:
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return kind(float(value)) if kind is int and "." in value else kind(value)


def describe(settings: Settings | None = None) -> list[tuple[str, Any, Any, str]]:
    """(dotted name, value, default, description) for every setting."""
    settings = settings or Settings()
    defaults = Settings()
    rows = []
    for sec in dataclasses.fields(Settings):
        for f in dataclasses.fields(getattr(settings, sec.name)):
            rows.append(
                (
                    f"{sec.name}.{f.name}",
                    getattr(getattr(settings, sec.name), f.name),
                    getattr(getattr(defaults, sec.name), f.name),
                    f.metadata.get("doc", ""),
                )
            )
    return rows


def section_fingerprint(settings: Settings, name: str) -> str:
    """A stable text of one section's values, for versioning."""
    return repr(sorted(dataclasses.asdict(settings.section(name)).items()))


DEFAULTS = Settings()
_CURRENT: contextvars.ContextVar[Settings] = contextvars.ContextVar("pipeline_settings", default=DEFAULTS)


def settings() -> Settings:
    """The settings in force (the defaults unless a run put others in force with `use`)."""
    return _CURRENT.get()


@contextlib.contextmanager
def use(value: Settings | None) -> Iterator[Settings]:
    """Put `value` in force for the block (None: leave what is in force)."""
    if value is None:
        yield settings()
        return
    token = _CURRENT.set(value)
    try:
        yield value
    finally:
        _CURRENT.reset(token)
