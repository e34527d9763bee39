# planparse — two commands do everything on a fresh machine:
#   make audit   set up .venv, audit data/samples/ into reports/
#   make test    set up .venv with test extras, run the test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: audit test bench parse clean setup

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TESTSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,dask]'
	touch $@ $(STAMP)

setup: $(STAMP)

audit: $(STAMP)
	$(BIN)/planparse audit data/samples/ --out reports/

parse: $(STAMP)
	$(BIN)/planparse parse data/samples/ --out reports/plans/

test: $(TESTSTAMP)
	$(BIN)/python -m pytest --nbmake tests notebooks

# make bench [BENCH_ARGS=--quick]: ~20 min on 2 cores; results in bench/results.json
bench: $(TESTSTAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf reports/ .pytest_cache build *.egg-info src/*.egg-info
