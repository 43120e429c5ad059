# Everything a fresh machine needs comes from this file and pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv run test bench clean env

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[embedded,test]'
	touch $(STAMP)

run: venv
	$(BIN)/python -m supervisor

test: venv
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: venv
	$(BIN)/python bench/classify.py
	$(BIN)/python bench/stats.py

clean:
	rm -rf $(VENV) var

# docker compose's .env: .env.example with a fresh random value for each of its three
# secrets, mode 0600. Never overwrites an existing .env (MongoDB keeps the passwords its
# volume was created with: docs/docker.md, "Secrets"). Needs only python3.
env: export WRITE_ENV = $(WRITE_ENV_PY)
env:
	@$(PYTHON) -c "$$WRITE_ENV"

define WRITE_ENV_PY
import os, secrets, sys
names = ("MONGO_ROOT_PASSWORD", "MONGO_APP_PASSWORD", "ADMIN_API_KEY")
lines, filled = [], set()
for line in open(".env.example", encoding="utf-8").read().splitlines():
    name, sep, value = line.partition("=")
    if sep and name in names and not value.strip():
        line = name + "=" + secrets.token_urlsafe(32)
        filled.add(name)
    lines.append(line)
if filled != set(names):
    sys.exit("make env: .env.example has no empty line for " + ", ".join(sorted(set(names) - filled)))
try:
    fd = os.open(".env", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
except FileExistsError:
    sys.exit("make env: .env exists and is left as it is. To start over with new secrets: "
             "docker compose down -v (deletes the database volume), rm .env, make env")
with os.fdopen(fd, "w", encoding="utf-8") as out:
    out.write("\n".join(lines) + "\n")
print("make env: wrote .env with fresh secrets (mode 0600); next: docker compose up --build")
endef
