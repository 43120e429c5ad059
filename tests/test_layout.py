"""The layout's promises, checked: who may import whom, and no function too long to read.

The rule (also in ``actors/__init__.py``):

- ``actors/rules`` and ``actors/classify`` are pure: no I/O library, nothing else of ours.
- ``actors/storage`` reaches MongoDB: it imports rules, the classifier and itself.
- ``actors/analytics`` builds on storage and rules.
- ``actors/*.py`` (the actors and their kit) may import any of the above, never the
  supervisor or the web layer.
- ``web/`` imports what actors offer (storage, analytics, rules, message types), never
  the supervisor: it is handed plain values.
- nothing under ``actors/`` imports ``asyncio`` or ``trio`` (the customer's rule: AnyIO only);
  ``actors/storage/store.py`` is the one backend-aware module, and it asks ``sniffio``.
- ``mock_api/`` stands alone: it plays the provider, so it shares no code with the client.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ("actors", "supervisor", "web", "mock_api", "tests", "bench")
IO_LIBRARIES = {"pymongo", "bson", "httpx", "quart", "quart_schema", "hypercorn", "socket", "subprocess", "asyncio",
                "trio", "sniffio", "urllib", "requests", "os", "psutil", "prometheus_client"}
MAX_FUNCTION_LINES = 60


def modules(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def layer(path: Path) -> str:
    parts = path.relative_to(ROOT).parts
    if parts[0] == "actors" and len(parts) > 2:
        return f"actors.{parts[1]}"
    return parts[0]


ALLOWED: dict[str, tuple[str, ...]] = {
    "actors.rules": ("actors.rules",),
    "actors.classify": ("actors.classify",),
    "actors.storage": ("actors.rules", "actors.classify", "actors.storage"),
    "actors.analytics": ("actors.rules", "actors.storage", "actors.analytics"),
    "actors": ("actors",),
    "web": ("actors", "web"),
    "mock_api": ("mock_api",),
}


def ours(name: str) -> bool:
    return name.split(".")[0] in OURS


def violations() -> list[str]:
    found = []
    for folder in ("actors", "web", "mock_api"):
        for path in modules(folder):
            where = layer(path)
            allowed = ALLOWED[where]
            for name in imported(path):
                top = name.split(".")[0]
                if ours(name) and not any(name == a or name.startswith(a + ".") for a in allowed):
                    # `from actors import x` names a sibling package: judge the package it names
                    if name.count(".") == 1 and top == "actors" and any(name.startswith(a) for a in allowed):
                        continue
                    found.append(f"{path.relative_to(ROOT)} ({where}) imports {name}")
                if where in ("actors.rules", "actors.classify") and top in IO_LIBRARIES:
                    found.append(f"{path.relative_to(ROOT)} is pure but imports {name}")
                if folder == "actors" and top in ("asyncio", "trio"):
                    found.append(f"{path.relative_to(ROOT)} imports {top}: actors use AnyIO only")
    return found


def test_every_import_goes_one_way():
    assert violations() == []


def test_the_rule_itself_catches_an_upward_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from supervisor.tree import Supervisor\nimport httpx\n")
    assert {"supervisor.tree", "supervisor.tree.Supervisor", "httpx"} <= imported(bad)


@pytest.mark.parametrize("folder", ["actors", "supervisor", "web", "mock_api"])
def test_no_function_is_too_long_to_read(folder):
    long = []
    for path in modules(folder):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} lines)")
    assert long == []
