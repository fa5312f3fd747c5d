# storyline — the same commands CI and humans run. Every target works on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= storyline.duckdb
PORT   ?= 8000
FRONTEND := src/storyline/serve/frontend

.PHONY: demo test lint typecheck eval bench bench-spark clean install java assets chromium serve bench-api bench-heldout

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

install: $(STAMP) assets chromium

# Browser libraries for the web UI, vendored from npm (pinned by package-lock.json) into
# serve/static/vendor/. The vendored files are committed, so without npm the step is skipped.
assets: $(STAMP)
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix $(FRONTEND) --ignore-scripts --no-audit --no-fund --silent && \
	  $(BIN)/python -m storyline.serve.vendor; \
	else echo "npm not found: using the committed files in serve/static/vendor"; fi

# Debian's chromium for the browser tests (never a browser downloaded by playwright).
chromium:
	@if [ -x /usr/bin/chromium ]; then echo "chromium found"; else \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update && $$SUDO apt-get install -y chromium; fi

# Java 17+ for PySpark (the spark extra): installed with apt only when `java` is missing or older.
java:
	@major=$$(java -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\)[."].*/\1/p' | head -n 1); \
	if [ "$$major" = "1" ]; then major=8; fi; \
	if [ -n "$$major" ] && [ "$$major" -ge 17 ]; then \
	  echo "java $$major found"; \
	else \
	  echo "installing Java 17 (found: $${major:-none})"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update && $$SUDO apt-get install -y openjdk-17-jre-headless; \
	fi

demo: $(STAMP)
	$(BIN)/storyline ingest corpus/articles --db $(DB)
	@echo "Events of the post-election detentions story (Venezuela):"
	$(BIN)/storyline events --db $(DB) --country VEN
	@echo "Stories: the reports of each happening grouped across sources:"
	$(BIN)/storyline stories --db $(DB)
	@echo "Web UI and JSON API: http://127.0.0.1:$(PORT)/  (press Ctrl-C to stop the server)"
	$(BIN)/storyline serve --db $(DB) --port $(PORT)

# The web UI and JSON API over an existing database (make demo builds one), until Ctrl-C.
serve: $(STAMP)
	@echo "Web UI and JSON API: http://127.0.0.1:$(PORT)/  (press Ctrl-C to stop the server)"
	$(BIN)/storyline serve --db $(DB) --port $(PORT)

test: $(STAMP) java assets chromium lint typecheck
	$(BIN)/python -m pytest -n 2 --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/storyline eval corpus --corpus corpus
	for d in plover-gsr conflibert-quad ngec-actors petrarch-gsr seed snippets snippets-b snippets-c snippets-d snippets-e snippets-f snippets-g snippets-h snippets-i snippets-j snippets-k snippets-l snippets-m snippets-n snippets-o snippets-p snippets-q snippets-r snippets-t snippets-u snippets-v snippets-w snippets-x snippets-y snippets-z snippets-a snippets-aa snippets-ab snippets-ac snippets-ad snippets-ae snippets-af snippets-ag snippets-ah snippets-ai snippets-aj snippets-ak snippets-al snippets-am snippets-an snippets-ao snippets-ap snippets-aq snippets-ar snippets-as snippets-at snippets-au snippets-av snippets-aw snippets-ax snippets-ay snippets-az snippets-ba snippets-bb snippets-bc snippets-bd snippets-be snippets-bf snippets-bg snippets-bh snippets-bi snippets-bj snippets-bk snippets-bl snippets-bm snippets-bn snippets-bo snippets-bp snippets-bq snippets-br snippets-bs snippets-bt snippets-bu snippets-bv snippets-bw snippets-bx snippets-by snippets-bz snippets-ca snippets-cb snippets-cc snippets-cd snippets-ce snippets-cf snippets-cg snippets-ch snippets-ci snippets-cj snippets-ck snippets-cl snippets-cm snippets-cn snippets-co snippets-cp snippets-cq snippets-cr snippets-cs snippets-ct snippets-cu snippets-cv snippets-cw snippets-cx snippets-cy snippets-cz snippets-da snippets-db snippets-dc snippets-dd; do \
		$(BIN)/storyline eval events --dataset $$d || exit 1; done
	$(BIN)/storyline eval stories --dataset corpus
	$(BIN)/storyline eval stories --dataset ecbplus
	$(BIN)/storyline eval stories --dataset giveme5w1h

bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/stories.py
	$(BIN)/python bench/storylines.py

bench-heldout: $(STAMP)
	$(BIN)/python bench/heldout_smoke.py

bench-api: $(STAMP)
	$(BIN)/python bench/api_load.py

bench-spark: $(STAMP) java
	$(BIN)/python bench/spark.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
