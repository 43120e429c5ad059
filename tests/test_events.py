"""The event log: a bounded ring for ``/supervisor/log`` and JSON lines for log shippers."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import datetime

import pytest

from supervisor.events import EventLog, JsonFormatter, configure_logging


@pytest.fixture
def json_lines() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A private logger whose records are formatted as JSON into a buffer."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("tickets.test_events")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield logger, buffer
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)


def lines(buffer: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


# -- the ring -----------------------------------------------------------------------------
def test_ring_keeps_only_the_newest_capacity_events() -> None:
    log = EventLog(capacity=3)
    for n in range(5):
        log.emit("start", child=f"c{n}")
    assert len(log) == 3
    assert [e["child"] for e in log.recent()] == ["c2", "c3", "c4"]
    assert [e["seq"] for e in log.recent()] == [3, 4, 5]  # numbering goes on past evictions


def test_recent_returns_the_newest_limit_events_newest_last() -> None:
    log = EventLog(capacity=10)
    for n in range(6):
        log.emit("restart", restarts=n)
    assert [e["restarts"] for e in log.recent(2)] == [4, 5]
    assert [e["restarts"] for e in log.recent(100)] == list(range(6))
    assert log.recent(0) == []
    assert log.recent(-1) == []


def test_emit_returns_the_stored_record() -> None:
    log = EventLog()
    record = log.emit("crash", child="worker", error="RuntimeError: boom")
    assert record == log.recent(1)[0]
    assert record["event"] == "crash" and record["seq"] == 1
    assert record["child"] == "worker" and record["error"] == "RuntimeError: boom"
    assert datetime.fromisoformat(record["ts"]).tzinfo is not None


def test_recent_is_a_copy_the_caller_cannot_corrupt() -> None:
    log = EventLog(capacity=5)
    log.emit("start")
    log.recent().clear()
    assert len(log) == 1


# -- JSON lines ---------------------------------------------------------------------------
def test_each_event_becomes_one_json_line_with_its_fields(json_lines) -> None:
    logger, buffer = json_lines
    log = EventLog(logger=logger)
    log.emit("start", child="notifier", kind="actor", supervisor="root", restarts=0)
    log.emit("crash", child="notifier", kind="actor", supervisor="root", error="OSError: reset")
    start, crash = lines(buffer)
    assert start["event"] == "start" and start["level"] == "info"
    assert start["logger"] == "tickets.test_events"
    assert (start["child"], start["kind"], start["supervisor"], start["restarts"]) == ("notifier", "actor", "root", 0)
    assert crash["level"] == "error"  # crashes and escalations are errors for alerting
    assert crash["error"] == "OSError: reset"
    assert datetime.fromisoformat(crash["ts"]).tzinfo is not None
    # no LogRecord internals leak into the line
    assert not {"msg", "args", "levelno", "pathname", "lineno", "exc_text", "stack_info"} & crash.keys()


def test_fields_named_like_log_record_attributes_do_not_crash(json_lines) -> None:
    logger, buffer = json_lines
    log = EventLog(logger=logger)
    record = log.emit("start", name="ingester[a]", msg="m", args=(1, 2), levelname="nope", message="hello",
                      asctime="then", module="x", process=7)
    # the ring keeps the names as given; the log line prefixes the ones LogRecord owns
    assert record["name"] == "ingester[a]" and record["message"] == "hello"
    (line,) = lines(buffer)
    assert line["event"] == "start" and line["level"] == "info"
    assert line["f_name"] == "ingester[a]"
    assert line["f_msg"] == "m"
    assert line["f_args"] == [1, 2]
    assert line["f_message"] == "hello"
    assert line["f_asctime"] == "then"
    assert line["f_process"] == 7
    assert line["logger"] == "tickets.test_events"  # not overwritten by the field


def test_values_json_cannot_encode_are_written_as_text(json_lines) -> None:
    logger, buffer = json_lines
    EventLog(logger=logger).emit("stop", at=datetime(2024, 1, 2, 3, 4, 5), error=ValueError("x"))
    (line,) = lines(buffer)
    assert line["at"] == "2024-01-02 03:04:05"
    assert line["error"] == "x"


def test_exceptions_are_formatted_into_the_line(json_lines) -> None:
    logger, buffer = json_lines
    try:
        raise ValueError("bad page")
    except ValueError:
        logger.exception("page failed", extra={"page": 3})
    (line,) = lines(buffer)
    assert line["event"] == "page failed" and line["level"] == "error" and line["page"] == 3
    assert "ValueError: bad page" in line["exc"]


def test_events_reach_stdlib_logging(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="tickets.supervisor")
    EventLog().emit("escalate", child="flaky", supervisor="root", name="clash")
    (record,) = [r for r in caplog.records if r.name == "tickets.supervisor"]
    assert record.levelno == logging.ERROR
    assert record.getMessage() == "escalate"
    assert record.child == "flaky" and record.f_name == "clash"  # type: ignore[attr-defined]


def test_configure_logging_installs_one_json_handler_however_often_called() -> None:
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    try:
        configure_logging("WARNING")
        configure_logging("DEBUG")
        ours = [h for h in root.handlers if getattr(h, "_tickets_json", False)]
        assert len(ours) == 1
        assert isinstance(ours[0].formatter, JsonFormatter)
        assert root.level == logging.DEBUG
        assert logging.getLogger("hypercorn.access").level == logging.WARNING
    finally:
        for handler in list(root.handlers):
            if handler not in saved_handlers:
                root.removeHandler(handler)
        root.setLevel(saved_level)
        logging.getLogger("hypercorn.access").setLevel(logging.NOTSET)
