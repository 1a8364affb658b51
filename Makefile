# Two entry points: `make demo` and `make test`. Both create .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test setup clean-venv

$(BIN)/newsdesk: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[all]'
	touch $(BIN)/newsdesk

setup: $(BIN)/newsdesk

demo: setup
	$(BIN)/newsdesk demo

test: setup
	$(BIN)/python -m pytest -q

clean-venv:
	rm -rf $(VENV)
