# Two commands matter (see README): `make run` and `make test`. Everything else is a step.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install translations i18n-update lint format bench dkfds system-deps clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

translations: $(STAMP)
	$(BIN)/pybabel -q compile -d translations

## Run the portal on http://127.0.0.1:8000 with embedded defaults (SQLite, in-process bot).
run: translations
	$(BIN)/flask --app wsgi db upgrade
	$(BIN)/flask --app wsgi run --host 127.0.0.1 --port 8000

## The whole test suite: lint, SQLite, PostgreSQL, browser (headless Chromium + axe).
test: translations system-deps
	scripts/run-tests

system-deps:
	scripts/ensure-system-deps

i18n-update: $(STAMP)
	$(BIN)/python scripts/i18n.py update

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Benchmarks, load, faults, two instances, accessibility crawl (prints figures; see bench/README.md).
bench: translations
	scripts/ensure-system-deps wrk
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m bench

dkfds:
	scripts/build-dkfds.sh

clean:
	rm -rf $(VENV) instance/*.sqlite3 translations/*/LC_MESSAGES/*.mo
