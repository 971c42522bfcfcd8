# Skills Lab Kiosk. `make run` and `make test` are the contract: they work on a fresh machine with
# only Python 3 and make.

# PySide6 6.12.0 on CPython 3.11 aborts with "none_dealloc" (../shared/MEASURED.md). Prefer a
# Python 3.12/3.13 when one works; on 3.11 pyproject.toml pins PySide6 below 6.12.
PYTHON ?= $(shell for p in python3.12 python3.13 python3; do \
	if $$p -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; \
	then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard translations/*.ts)
QM := $(patsubst translations/%.ts,kiosk/i18n/%.qm,$(TS))

.PHONY: run test lint lrs-venv bench screenshot screenshots translations lupdate clean

run: $(STAMP) $(QM)
	$(BIN)/kiosk $(ARGS)

test: $(STAMP) $(QM) lint lrs-venv
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/gui_latency.py
	$(BIN)/python benchmarks/lab_rehearsal.py
	$(BIN)/python benchmarks/records_store.py
	$(BIN)/python benchmarks/instructor_records.py

screenshot: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk --windowed --screenshot docs/dashboard.png --after 6

# Every screen in nl and en at 1920x1080 and 1280x800, into docs/screenshots/ (four runs in parallel).
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "No Python 3.11 or newer with venv and ensurepip found"; exit 1; }
	$(BIN)/python -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# A real Learning Record Store for tests/test_lrs.py: Ralph in a virtualenv of its own, so its FastAPI
# and pydantic pins never meet the kiosk's (tests/lrs_server.py starts it). When it cannot be installed
# (no PyPI) `make test` goes on and those tests skip, saying why.
LRS_VENV := .venv-lrs
LRS_STAMP := $(LRS_VENV)/.installed
LRS_PACKAGES := 'ralph-malph[backend-lrs,lrs,cli]==5.1.0' fastapi==0.114.2 starlette==0.38.6 \
	pydantic==2.14.3 pydantic-settings==2.16.3 uvicorn==0.30.6 bcrypt==4.2.0 requests==2.34.2

lrs-venv: $(LRS_STAMP)

$(LRS_STAMP): Makefile
	@test -n "$(PYTHON)" || { echo "No Python 3.11 or newer with venv and ensurepip found"; exit 1; }
	@{ $(LRS_VENV)/bin/python -m pip --version >/dev/null 2>&1 || { rm -rf $(LRS_VENV) && $(PYTHON) -m venv $(LRS_VENV); }; } \
		&& $(LRS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check $(LRS_PACKAGES) && touch $@ \
		|| echo "lrs-venv: could not install the Ralph LRS into $(LRS_VENV); the LRS tests will be skipped"

# Qt Linguist sources (translations/*.ts) compiled to the .qm files the app loads.
translations: $(QM)
kiosk/i18n/%.qm: translations/%.ts $(STAMP)
	@mkdir -p kiosk/i18n
	$(BIN)/pyside6-lrelease -silent -nounfinished $< -qm $@

# Refresh the .ts sources from the code (keeps existing translations).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find kiosk/ui kiosk/viewmodels -name '*.py') -no-obsolete -ts $(TS)

clean:
	rm -rf $(VENV) $(LRS_VENV) kiosk/i18n/*.qm .pytest_cache .mypy_cache .ruff_cache .import_linter_cache *.egg-info
