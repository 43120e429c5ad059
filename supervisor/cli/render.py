"""How the operator commands print: rich on a terminal, plain aligned text in a pipe, JSON on ``--json``.

One :class:`Output` per command run. Data goes to stdout, notes and errors to stderr, so
``tickets jobs acme --json | jq`` and ``tickets jobs acme > jobs.txt`` both get only data.
Off a terminal nothing is coloured or redrawn: a log file or ``grep`` sees one line per fact.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

#: a pipe is not 80 columns wide: keep a row on one line for grep
PLAIN_WIDTH = 240
SPARKS = "▁▂▃▄▅▆▇█"
STATE_STYLE = {"running": "green", "restarting": "yellow", "starting": "yellow", "failed": "red", "stopped": "dim"}


def when(value: Any) -> str:
    """``2030-01-01T12:00:05.123Z`` -> ``2030-01-01 12:00:05`` (UTC, as the service stores it)."""
    if not isinstance(value, str) or "T" not in value:
        return "-" if value is None else str(value)
    return value.replace("T", " ")[:19]


def cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, default=str)
    return str(value)


def sparkline(counts: Sequence[int]) -> str:
    top = max(counts, default=0)
    if top <= 0:
        return SPARKS[0] * len(counts)
    return "".join(SPARKS[min(len(SPARKS) - 1, round(c / top * (len(SPARKS) - 1)))] for c in counts)


class Output:
    def __init__(self, json_mode: bool = False, stdout: TextIO | None = None, stderr: TextIO | None = None) -> None:
        self.json_mode = json_mode
        out = stdout or sys.stdout
        tty = out.isatty()
        self.console = Console(file=out, highlight=False, width=None if tty else PLAIN_WIDTH,
                               force_terminal=None if tty else False)
        self.err = Console(file=stderr or sys.stderr, highlight=False, soft_wrap=True)

    @property
    def tty(self) -> bool:
        return self.console.is_terminal

    def data(self, value: Any) -> None:
        """The one JSON document a ``--json`` run prints."""
        self.console.file.write(json.dumps(value, indent=2, default=str) + "\n")
        self.console.file.flush()

    def data_line(self, value: Any) -> None:
        """One JSON object per line, for a stream of records (``log --follow --json``)."""
        self.console.file.write(json.dumps(value, default=str) + "\n")
        self.console.file.flush()

    def line(self, text: str = "", style: str | None = None) -> None:
        self.console.print(text, style=style if self.tty else None, markup=False, soft_wrap=True)

    def note(self, text: str) -> None:
        """A remark for the person, not data: stderr."""
        self.err.print(text, markup=False, soft_wrap=True)

    def error(self, message: str) -> None:
        self.err.print(f"error: {message}", markup=False, soft_wrap=True, style="bold red" if self.err.is_terminal else None)

    def table(self, columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
        if self.tty:
            table = Table(*columns, title=title, title_justify="left", header_style="bold")
        else:
            if title:
                self.line(title)
            table = Table(*columns, box=None, pad_edge=False, show_edge=False, header_style=None)
        for row in rows:
            table.add_row(*(cell(v) for v in row))
        self.console.print(table)

    def tree(self, root: dict) -> None:
        """The supervision tree: rich's guides on a terminal, two spaces a level in a pipe."""
        if self.tty:
            tree = Tree(_node_label(root))
            _add_children(tree, root.get("children") or [])
            self.console.print(tree)
            return
        for depth, node in _walk(root, 0):
            self.line("  " * depth + _node_label(node).plain)


def _node_label(node: dict) -> Text:
    state = str(node.get("state", ""))
    label = Text()
    label.append(str(node.get("name", "?")), style="bold")
    label.append(f" [{node.get('kind', '?')}] ", style="dim")
    label.append(state, style=STATE_STYLE.get(state, ""))
    if node.get("restarts"):
        label.append(f"  restarts={node['restarts']}", style="yellow")
    if node.get("last_error"):
        label.append(f"  last_error={node['last_error']}", style="red")
    return label


def _add_children(tree: Tree, children: list[dict]) -> None:
    for child in children:
        branch = tree.add(_node_label(child))
        _add_children(branch, child.get("children") or [])


def _walk(node: dict, depth: int) -> Iterable[tuple[int, dict]]:
    yield depth, node
    for child in node.get("children") or []:
        yield from _walk(child, depth + 1)
