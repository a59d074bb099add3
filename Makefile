# jianbao — two commands on a fresh machine:  make site  ·  make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: site test golden serve offline clean bench

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@rm -f $(VENV)/.installed-*; touch $@

## make site: build the sample site from bulletins/ into site/
site: $(STAMP)
	$(BIN)/jianbao build

## make offline: a site that opens from a shared drive (file://)
offline: $(STAMP)
	$(BIN)/jianbao build --offline

## make serve: preview site/ at http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/jianbao serve

## make test: the whole test suite (what .ci/run calls)
test: $(STAMP)
	$(BIN)/python -m pytest

## make golden: regenerate the golden Markdown files, then review them with `git diff tests/golden`
golden: $(STAMP)
	JIANBAO_UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py -q

## make bench SIZES="100 1000": scale benchmark on a synthetic archive, in temporary folders;
## the table goes to build/bench/results.md (never part of `make test`: timings depend on the machine)
SIZES ?= 100 1000
bench: $(STAMP)
	$(BIN)/python tools/bench.py $(SIZES)

clean:
	rm -rf site site.tmp-* site.old-* .jianbao-cache
