# Cercle — the two everyday commands are `make run` and `make test`.
# Each bootstraps a local virtual environment (.venv) the first time, and again only when
# pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow bench lint translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Cercle needs Python 3.11 or newer; found " + sys.version.split()[0] + " (set PYTHON=python3.12, for example)") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

## Open Cercle on the demo network (its own database file, created when missing).
run: $(STAMP)
	$(BIN)/cercle --demo

## Lint, type-check and run the whole test suite, headless.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

## The long fault-injection runs (1,000 SIGKILLs of a real engine process, 10,000 hostile
## strings); their figures are printed at the end.
test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m slow

## The benchmark table on large generated databases (built once in .bench/). Never fails
## because of a figure: figures are for people to read.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

## After changing visible strings in ui/: refresh the .ts, translate, then compile.
translations: $(STAMP)
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py release

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis artifacts .bench
