# 创城文库 — run `make` to list targets.
PY      ?= python3
VENV    := .venv
VPY     := $(VENV)/bin/python
CORPUS  ?= corpus
SITE    ?= site
BENCH_N ?= 200
BENCH_SITE_N ?= 0

.DEFAULT_GOAL := help
.PHONY: help site serve test lint check export add bench golden eval lint-workflows clean

help: ## 列出全部目标
	@echo "创城文库的 make 目标："
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-15s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PY) -m venv $(VENV)
	$(VPY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

site: $(VENV)/.installed ## 安装依赖到 .venv，并用 corpus/ 生成网站到 site/
	$(VPY) -m build_tools build --corpus $(CORPUS) --site-dir $(SITE)

serve: $(VENV)/.installed ## 本地实时预览 http://127.0.0.1:8000（修改语料后自动更新）
	$(VPY) -m build_tools serve --corpus $(CORPUS)

test: $(VENV)/.installed ## 运行全部测试（先做 ruff 和 mypy 代码检查）
	$(VPY) -m ruff check build_tools benchmarks tests
	$(VPY) -m mypy
	$(VPY) -m pytest -q

lint: $(VENV)/.installed ## 代码检查：ruff（pyflakes、bugbear、RUF027）和 mypy
	$(VPY) -m ruff check build_tools benchmarks tests
	$(VPY) -m mypy

check: $(VENV)/.installed ## 校验语料中的每个条目
	$(VPY) -m build_tools check --corpus $(CORPUS)

export: $(VENV)/.installed ## 导出数据集到 dist/（JSONL 和 CSV）
	$(VPY) -m build_tools export --corpus $(CORPUS) --format jsonl -o dist/speeches.jsonl
	$(VPY) -m build_tools export --corpus $(CORPUS) --format csv -o dist/speeches.csv

add: $(VENV)/.installed ## 收录保存的网页或文件夹：make add FILE=网页.html（或 FILE=文件夹/）
	@test -n "$(FILE)" || { echo "用法：make add FILE=保存的网页.html（也可以是一个文件夹）"; exit 2; }
	$(VPY) -m build_tools ingest "$(FILE)" --corpus $(CORPUS)
	$(VPY) -m build_tools check --corpus $(CORPUS)

bench: $(VENV)/.installed ## 性能基准（完整运行：BENCH_N=10000 BENCH_SITE_N=20000 make bench）
	$(VPY) -m benchmarks.run --n $(BENCH_N) --site-n $(BENCH_SITE_N)

eval: $(VENV)/.installed ## 收录规则在标注评测集（tests/eval）上的逐字段准确率
	$(VPY) tests/eval/evaluate.py

golden: $(VENV)/.installed ## 有意修改页面后，刷新 tests/golden 下的黄金文件
	UPDATE_GOLDEN=1 $(VPY) -m pytest -q tests -k golden

lint-workflows: $(VENV)/.installed ## 用 actionlint 和 zizmor 检查 .github/workflows
	$(VPY) -m build_tools.lint_workflows

clean: ## 删除生成的文件（保留 .venv）
	rm -rf $(SITE) build dist .pytest_cache
