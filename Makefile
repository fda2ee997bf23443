# coach — two commands matter: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
COACH  := $(BIN)/coach
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: install dev index run vectors train test test-fast eval bench lint format screenshots chromium postgresql clean

install: $(VENV)/.installed          ## runtime + local-model extra in .venv
$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "coach needs Python 3.11+")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[local]"
	touch $@

dev: $(VENV)/.dev-installed          ## + test and lint tools
$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[local,dev]"
	touch $@

index: install                       ## build or update the knowledge index (incremental)
	$(COACH) index

run: index                           ## install, index, start the web app on http://127.0.0.1:7860
	$(COACH) ui

vectors: install                     ## re-embed knowledge/ into the shipped vector file (after editing knowledge/)
	$(BIN)/python -c 'from coach.retrieval.cache import write_seed, SEED_FILE; print(write_seed(), "vectors ->", SEED_FILE)'

train: install                       ## fit the qualification sentence model from evals/datasets/qualify/tune -> coach/resources/models/
	$(BIN)/python -m coach.qualify.learned.train --folds 5   # model selection with authors held out in 5 groups (leave-one-author-out: drop --folds, 30-60 min)
	$(BIN)/python -m coach.minutes.learned && $(BIN)/python -m coach.minutes.outcome_train   # minutes: sentence classifier, then the document outcome model (evals/datasets/minutes/tune)
	$(BIN)/python -m coach.roleplay.decider_train   # role-play buyer: fact / layer / deflect from evals/datasets/roleplay_probes/tune*.yaml

chromium:                            ## Debian's Chromium for the browser tests (Playwright's download does not work offline)
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

postgresql:                          ## Debian's PostgreSQL binaries for the team-database tests (initdb/pg_ctl in a temp dir)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "Installing Debian's postgresql for the database tests..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

test: dev chromium postgresql        ## the whole suite, offline: unit, integration, browser, and the eval gate
	$(BIN)/python -m pytest -q -p no:cacheprovider
	$(COACH) eval --quiet

test-fast: dev                       ## unit tests only
	$(BIN)/python -m pytest -q -m "not integration and not browser"

eval: dev                            ## every eval suite offline, with an HTML report
	$(COACH) eval --report evals/report.html

bench: dev                           ## every benchmark; writes bench/results.md
	$(BIN)/python bench/run_all.py

screenshots: dev chromium            ## regenerate docs/screenshots/ from the running app
	COACH_SCREENSHOTS=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_web_browser.py

lint: dev
	$(BIN)/ruff check coach tests bench
	$(BIN)/ruff format --check coach tests bench

format: dev
	$(BIN)/ruff format coach tests bench
	$(BIN)/ruff check --fix coach tests bench

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
