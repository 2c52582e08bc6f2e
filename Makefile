# Cercle — the two everyday commands are `make run` and `make test`.
# Each bootstraps a local virtual environment (.venv) the first time, and again only when
# pyproject.toml changes. `make run` installs only what the app needs; `make test` adds the
# test tools (pytest, ruff, mypy…); `make package` adds PyInstaller.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test test-postgresql test-slow test-package package bench lint translations clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("Cercle needs Python 3.11 or newer; found " + sys.version.split()[0] + " (set PYTHON=python3.12, for example)") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The app and its dependencies only.
$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

# The app and the test tools.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

# The app, the test tools and PyInstaller.
$(PACKAGE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	@touch $@

## Open Cercle on the demo network (its own database file, created when missing).
run: $(APP_STAMP)
	$(BIN)/cercle --demo

# Test workers: one per core (pytest-xdist); TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= auto

# Python keeps its compiled modules (__pycache__, and pytest's rewritten tests) even where
# the environment says PYTHONDONTWRITEBYTECODE: without them each test worker and each
# `python -m app` the tests start compiles Cercle again (about 3 s of CPU per worker).
PYTEST_ENV := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=

## Lint, type-check and run the whole test suite on SQLite (the file every laptop uses),
## headless, spread over the cores. The PostgreSQL variants are `make test-postgresql`.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(PYTEST_ENV) $(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal -m "not slow and not package and not postgresql"

## The same tests' PostgreSQL variants and the server's own tests, on a real server:
## CERCLE_TEST_PG when set, else a throwaway cluster started from Debian's binaries. CI runs it.
test-postgresql: $(STAMP)
	$(PYTEST_ENV) $(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal -m "postgresql and not slow"

## The long runs (1,000 SIGKILLs of a real engine process, 10,000 hostile strings, 300 random
## command sequences through the engine); their figures are printed at the end.
test-slow: $(STAMP)
	$(PYTEST_ENV) $(BIN)/pytest -m slow

## The desktop bundle: dist/cercle/ (run dist/cercle/cercle) and dist/cercle-VERSION-PLATFORM.tar.gz.
## Prints its size, the build time and the frozen start against the venv start.
package: $(PACKAGE_STAMP)
	$(BIN)/python packaging/build.py

## Builds the bundle, unpacks it in a fresh folder and runs it frozen (a few minutes; CI runs it).
test-package: $(PACKAGE_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m package

## The benchmark table on large generated databases (built once in .bench/). Never fails
## because of a figure: figures are for people to read.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

## After changing visible strings in ui/: refresh the .ts, translate, then compile.
translations: $(STAMP)
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py release

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis artifacts .bench build dist
