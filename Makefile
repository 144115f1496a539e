# Two commands matter (see README): `make run` and `make test`. Everything else is a step.
PY ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
# Running needs the package only; the tests add Playwright, hypothesis, aiosmtpd, ruff.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test demo install translations i18n-update lint format bench dkfds system-deps clean

$(VENV)/bin/python:
	@$(PY) -c "import venv, ensurepip" 2>/dev/null || { \
	  echo "Python's venv module is missing. On Debian: sudo apt-get install python3-venv" >&2; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml setup.py | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $(RUN_STAMP)

$(TEST_STAMP): pyproject.toml setup.py | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(RUN_STAMP) $(TEST_STAMP)

install: $(TEST_STAMP)

translations: $(RUN_STAMP)
	$(BIN)/pybabel -q compile -d translations

## Run the portal on http://$(HOST):$(PORT) with embedded defaults (SQLite, in-process bot).
run: translations
	$(BIN)/flask --app wsgi db upgrade
	$(BIN)/flask --app wsgi run --host $(HOST) --port $(PORT)

## Demo staff (every role) and cases at every stage in the development database; prints
## the staff's passwords. Never in production. The code: .venv/bin/flask --app wsgi demo code EMAIL
demo: translations
	$(BIN)/flask --app wsgi db upgrade
	$(BIN)/flask --app wsgi demo seed

## The whole test suite: lint, SQLite, PostgreSQL, browser (headless Chromium + axe).
test: $(TEST_STAMP) translations system-deps
	scripts/run-tests

## wrk too: tests/bench/test_later_step.py drives the speed bench's later-step scenario.
system-deps:
	scripts/ensure-system-deps wrk

i18n-update: $(TEST_STAMP)
	$(BIN)/python scripts/i18n.py update

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Benchmarks, load, faults, two instances, accessibility crawl (prints figures; see bench/README.md).
bench: $(TEST_STAMP) translations
	scripts/ensure-system-deps wrk
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m bench

dkfds:
	scripts/build-dkfds.sh

clean:
	rm -rf $(VENV) build instance/*.sqlite3 translations/*/LC_MESSAGES/*.mo
