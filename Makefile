# Two commands: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
RAW    ?= raw
OUT    ?= output

.PHONY: setup run test ui eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(PY) -m pipeline run --raw-dir $(RAW) --output-dir $(OUT)

test: setup
	$(PY) -m pytest -q

eval: setup
	$(PY) -m pipeline eval --output-dir $(OUT)

ui: setup
	mkdir -p .dagster_home
	DAGSTER_HOME=$(CURDIR)/.dagster_home PIPELINE_RAW_DIR=$(CURDIR)/$(RAW) PIPELINE_OUTPUT_DIR=$(CURDIR)/$(OUT) \
		$(VENV)/bin/dg dev --host 127.0.0.1 --port 3000

clean:
	rm -rf $(OUT)/*/ .dagster_home
