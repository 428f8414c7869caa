# Two commands: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
RAW    ?= raw
OUT    ?= output
UI_HOST ?= 127.0.0.1
UI_PORT ?= 3000
DAGSTER_HOME ?= $(CURDIR)/.dagster_home
EVAL_ARGS ?=
BENCH_ARGS ?=
BROWSER_STAMP := $(VENV)/.browser

.PHONY: setup browser run test lint format ui eval bench train-coder screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Headless Chromium for the UI test: Debian's package (the test drives it with Playwright, no browser download).
$(BROWSER_STAMP): $(STAMP)
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "chromium is missing: sudo apt-get install chromium (the UI test is skipped without it)"; fi; }
	touch $(BROWSER_STAMP)

browser: $(BROWSER_STAMP)

run: setup
	$(PY) -m pipeline run --raw-dir $(RAW) --output-dir $(OUT)

# house style: ruff lint and format (configured in pyproject.toml); `make format` applies it
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: setup browser lint
	$(PY) -m pytest -q

# scores $(OUT) against the gold sample annotations and the PLOVER records in ../shared (after `make run`);
# more scorers with EVAL_ARGS, e.g. EVAL_ARGS='--misses' (`.venv/bin/python -m pipeline eval --help`)
eval: setup
	$(PY) -m pipeline eval --output-dir $(OUT) $(EVAL_ARGS)

# speed and memory figures (ratios within one run) on the public corpora in ../shared/external: about 40 min
# with all of Reuters; BENCH_ARGS='--no-reuters' for the BBC part only, about 10 min (`... bench --help`)
bench: setup
	$(PY) -m pipeline bench $(BENCH_ARGS)

# Dagster UI and daemon (dg dev) on the project's dagster.yaml (automation on), written into DAGSTER_HOME;
# Ctrl-C or SIGTERM stops every process it started (pipeline/ui.py)
ui: setup
	$(PY) -m pipeline.ui --host $(UI_HOST) --port $(UI_PORT) --dagster-home $(DAGSTER_HOME) \
		--raw-dir $(abspath $(RAW)) --output-dir $(abspath $(OUT))

clean:
	rm -rf $(OUT)/*/ .dagster_home

# retrain the event coder and its calibration into pipeline/data/coder/ (needs ../shared/external; training/README.md)
train-coder: setup
	$(PY) -m pipeline train-coder

# the README's screenshots (docs/*.png) after a real run on raw/: asset graph, report asset, report page
screenshots: setup browser
	$(PY) docs/screenshots.py
