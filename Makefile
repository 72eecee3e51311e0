# 创城文库 — run `make` to list targets.
PY      ?= python3
VENV    := .venv
VPY     := $(VENV)/bin/python
CORPUS  ?= corpus
SITE    ?= site
BENCH_N ?= 200
BENCH_SITE_N ?= 0

.DEFAULT_GOAL := help
.PHONY: help site serve test check export add bench golden lint-workflows clean

help: ## list the targets
	@echo "创城文库 make targets:"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-15s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PY) -m venv $(VENV)
	$(VPY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

site: $(VENV)/.installed ## install into .venv and build the site from corpus/ into site/
	$(VPY) -m build_tools build --corpus $(CORPUS) --site-dir $(SITE)

serve: $(VENV)/.installed ## live preview at http://127.0.0.1:8000 (rebuilds on corpus edits)
	$(VPY) -m build_tools serve --corpus $(CORPUS)

test: $(VENV)/.installed ## run the whole test suite
	$(VPY) -m pytest -q

check: $(VENV)/.installed ## validate every corpus entry
	$(VPY) -m build_tools check --corpus $(CORPUS)

export: $(VENV)/.installed ## write the dataset to dist/ (JSONL and CSV)
	$(VPY) -m build_tools export --corpus $(CORPUS) --format jsonl -o dist/speeches.jsonl
	$(VPY) -m build_tools export --corpus $(CORPUS) --format csv -o dist/speeches.csv

add: $(VENV)/.installed ## ingest a saved page: make add FILE=page.html
	@test -n "$(FILE)" || { echo "usage: make add FILE=path/to/page.txt"; exit 2; }
	$(VPY) -m build_tools ingest "$(FILE)" --corpus $(CORPUS)
	$(VPY) -m build_tools check --corpus $(CORPUS)

bench: $(VENV)/.installed ## benchmark (BENCH_N=10000 BENCH_SITE_N=20000 make bench for the full run)
	$(VPY) -m benchmarks.run --n $(BENCH_N) --site-n $(BENCH_SITE_N)

golden: $(VENV)/.installed ## refresh golden files under tests/golden after a deliberate change
	UPDATE_GOLDEN=1 $(VPY) -m pytest -q tests -k golden

lint-workflows: $(VENV)/.installed ## actionlint + zizmor on .github/workflows
	$(VPY) -m build_tools.lint_workflows

clean: ## remove build output (keeps .venv)
	rm -rf $(SITE) build dist .pytest_cache
