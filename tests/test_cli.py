"""The operator commands against the real service: ``python -m supervisor`` as a process.

One service per module (its own data dir, ports and admin key; a small, slowed-down mock
provider so a job lasts long enough to watch and cancel), and every command run as a
real ``python -m supervisor ...`` process, the way an operator or a script runs it:
captured output for scripts and exit codes, a pseudo-terminal for the progress bar and
Ctrl-C. Written against the documented API (README, docs/security.md): keys and tenants included.

Tenants: ``umbrella`` (~50 tickets) for completed runs, ``initech`` for the terminal bar,
``acme`` (~200) for cancels, ``globex`` for a run started twice.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from supervisor.cli import COMMANDS
from supervisor.processes import free_port
from tests.support.mock_process import start_mock_api

ROOT = Path(__file__).resolve().parents[1]
TENANTS = ("umbrella", "initech", "acme", "globex")


@dataclass(frozen=True)
class Service:
    url: str
    admin_key: str
    log: Path

    def env(self, **extra: str) -> dict[str, str]:
        base = {k: v for k, v in os.environ.items() if k not in ("TICKETS_URL", "TICKETS_API_KEY", "NO_COLOR")}
        return {**base, "TICKETS_URL": self.url, "TICKETS_API_KEY": self.admin_key, "PYTHONUNBUFFERED": "1", **extra}

    def get(self, path: str, **params: str) -> httpx.Response:
        return httpx.get(self.url + path, params=params, headers={"Authorization": f"Bearer {self.admin_key}"},
                         timeout=10)


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"{what}: not within {timeout}s")


def healthy(url: str) -> bool:
    try:
        return httpx.get(url + "/health", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture(scope="module")
def service(tmp_path_factory) -> Iterator[Service]:
    tmp = tmp_path_factory.mktemp("cli_service")
    port = free_port()
    admin_key = secrets.token_urlsafe(32)
    with start_mock_api("--tickets", "500", "--rate-limit-per-minute", "100000", "--page-latency-ms", "300-300",
                        "--notify-failure-rate", "0", "--notify-latency-ms", "1-5", "--seed", "3") as mock:
        env = {**os.environ, "DATA_DIR": str(tmp / "var"), "APP_BIND": f"127.0.0.1:{port}",
               "MOCK_API_PORT": str(free_port()), "EXTERNAL_API_URL": mock.url, "ADMIN_API_KEY": admin_key,
               "UPSTREAM_CALLS_PER_MINUTE": "100000", "PAGE_SIZE": "5", "SYNC_INTERVAL_SECONDS": "0",
               "PYTHONUNBUFFERED": "1"}
        log_path = tmp / "service.log"
        with open(log_path, "wb") as log:
            process = subprocess.Popen([sys.executable, "-m", "supervisor"], cwd=ROOT, env=env, stdout=log, stderr=log)
            try:
                url = f"http://127.0.0.1:{port}"
                deadline = time.monotonic() + 90
                while not healthy(url):
                    assert process.poll() is None, f"the service exited: {log_path.read_text()[-3000:]}"
                    assert time.monotonic() < deadline, f"the service never got healthy: {log_path.read_text()[-3000:]}"
                    time.sleep(0.2)
                svc = Service(url, admin_key, log_path)
                for tenant in TENANTS:  # registered as the contract says; POST /ingest/run wants known tenants
                    httpx.post(f"{url}/admin/tenants/{tenant}/keys", headers={"Authorization": f"Bearer {admin_key}"},
                               timeout=10)
                yield svc
            finally:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def cli(service: Service, *args: str, timeout: float = 90, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "supervisor", *args], cwd=ROOT, env=service.env(**env),
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def as_json(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    return json.loads(result.stdout)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def running_job(service: Service, tenant: str, min_pages: int = 1) -> str:
    def ready() -> str | None:
        status = service.get("/ingest/status", tenant_id=tenant).json()
        if not status.get("running"):
            return None
        progress = service.get(f"/ingest/progress/{status['job_id']}").json()
        return status["job_id"] if progress.get("processed_pages", 0) >= min_pages else None

    return str(wait_until(ready, 60, f"a job of {tenant} with {min_pages} page(s) stored"))


# -- no service needed ---------------------------------------------------------------------
def test_help_names_every_command_and_each_command_has_help():
    top = subprocess.run([sys.executable, "-m", "supervisor", "--help"], cwd=ROOT, capture_output=True, text=True,
                         timeout=30)
    assert top.returncode == 0
    for name in ("ingest", "jobs", "cancel", "stats", "tree", "log", "keys", "rollups"):
        assert name in top.stdout
    for name in COMMANDS:
        sub = subprocess.run([sys.executable, "-m", "supervisor", *name.split(), "--help"], cwd=ROOT,
                             capture_output=True, text=True, timeout=30)
        assert sub.returncode == 0 and "--json" in sub.stdout and "TICKETS_API_KEY" in sub.stdout, name


def test_an_unreachable_service_is_one_line_and_exit_1():
    nobody = Service(f"http://127.0.0.1:{free_port()}", "k" * 40, Path("/dev/null"))
    result = cli(nobody, "jobs", "acme", timeout=30)
    assert result.returncode == 1
    assert "unreachable" in one_line_error(result)


# -- against the service -------------------------------------------------------------------
def test_ingest_follow_reaches_100_percent_and_exits_0(service):
    result = cli(service, "ingest", "umbrella", "--follow")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("running" in line for line in lines), result.stdout
    assert "100%" in lines[-2] and "completed" in lines[-2], result.stdout
    assert lines[-1].startswith("completed job ") and " fetched" in lines[-1]
    assert "\x1b[" not in result.stdout, "no terminal codes in a pipe"


def test_ingest_follow_json_is_the_final_job(service):
    job = as_json(cli(service, "ingest", "umbrella", "--follow", "--json"))
    assert job["status"] == "completed" and job["progress"] == 100 and job["tenant_id"] == "umbrella"
    assert job["metrics"]["fetched"] > 0


def test_jobs_and_stats_as_json_and_as_tables(service):
    jobs = as_json(cli(service, "jobs", "umbrella", "--json"))
    assert jobs["items"] and all(j["tenant_id"] == "umbrella" for j in jobs["items"])
    table = cli(service, "jobs", "umbrella")
    assert table.returncode == 0 and "completed" in table.stdout and jobs["items"][0]["job_id"] in table.stdout
    stats = as_json(cli(service, "stats", "umbrella", "--json"))
    assert stats["tenant_id"] == "umbrella" and stats["total_tickets"] > 0
    readable = cli(service, "stats", "umbrella")
    assert readable.returncode == 0
    for word in ("urgency", "sentiment", "source", "last 24 h", str(stats["total_tickets"])):
        assert word in readable.stdout, word


def test_tree_and_log(service):
    tree = as_json(cli(service, "tree", "--json"))
    names = [c["name"] for c in tree["children"]]
    assert {"ingest", "scheduler", "web"} <= set(names)
    plain = cli(service, "tree")
    assert plain.returncode == 0 and "scheduler [actor] running" in plain.stdout
    log = as_json(cli(service, "log", "--json", "--limit", "5"))
    assert len(log["items"]) == 5 and all("event" in e for e in log["items"])
    lines = cli(service, "log", "--limit", "3")
    assert lines.returncode == 0 and len(lines.stdout.splitlines()) == 3


def test_log_follow_prints_new_events_until_interrupted(service):
    process = subprocess.Popen([sys.executable, "-m", "supervisor", "log", "--follow", "--json", "--limit", "1"],
                               cwd=ROOT, env=service.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = json.loads(process.stdout.readline())
        assert "event" in first
        assert cli(service, "ingest", "umbrella", "--follow").returncode == 0  # a job: its ingester starts and stops
        later = json.loads(process.stdout.readline())
        assert later["seq"] > first["seq"]
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(15) == 130
        process.stdout.close()
        process.stderr.close()


def test_unknown_job_is_exit_1_with_a_404_message(service):
    result = cli(service, "cancel", "0123456789abcdef")
    assert result.returncode == 1
    assert "not found" in one_line_error(result)
    follow = cli(service, "ingest", "no-such-tenant", "--follow")
    assert follow.returncode == 1
    one_line_error(follow)


def test_a_bad_key_is_exit_1_with_a_401_message(service):
    result = cli(service, "jobs", "umbrella", TICKETS_API_KEY="not-a-key-" + "x" * 30)
    assert result.returncode == 1
    assert "refused the key" in one_line_error(result)
    missing = cli(service, "jobs", "umbrella", TICKETS_API_KEY="")
    assert missing.returncode == 1 and "TICKETS_API_KEY" in one_line_error(missing)


def test_a_second_start_is_refused_and_follow_attaches_to_the_running_job(service):
    started = as_json(cli(service, "ingest", "globex", "--json"))
    assert started["status"] == "running"
    again = cli(service, "ingest", "globex")
    assert again.returncode == 1
    assert started["job_id"] in one_line_error(again)
    follow = cli(service, "ingest", "globex", "--follow", "--json")
    assert as_json(follow)["job_id"] == started["job_id"]
    assert "following " + started["job_id"] in follow.stderr


def test_a_cancelled_job_ends_the_follow_with_130(service):
    process = subprocess.Popen([sys.executable, "-m", "supervisor", "ingest", "acme", "--follow"], cwd=ROOT,
                               env=service.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               stdin=subprocess.DEVNULL)
    try:
        job_id = running_job(service, "acme")
        cancel = as_json(cli(service, "cancel", job_id, "--json"))
        assert cancel == {"job_id": job_id, "status": "cancelling"}
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130, err
    assert "cancelled" in out.splitlines()[-1]
    assert as_json(cli(service, "jobs", "acme", "--json"))["items"][0]["status"] == "cancelled"
    ended = cli(service, "cancel", job_id)
    assert ended.returncode == 1 and "already ended" in one_line_error(ended)


def test_keys_create_list_revoke(service):
    created = as_json(cli(service, "keys", "create", "newco", "--json"))
    assert created["tenant_id"] == "newco" and created["key"] and created["key_id"]
    listed = as_json(cli(service, "keys", "list", "newco", "--json"))["items"]
    assert [k["key_id"] for k in listed] == [created["key_id"]] and listed[0]["revoked_at"] is None
    assert all("key" not in k for k in listed), "never the secret"
    everyone = as_json(cli(service, "keys", "list", "--json"))["items"]
    assert created["key_id"] in {k["key_id"] for k in everyone}
    assert {"umbrella", "newco"} <= {k["tenant_id"] for k in everyone}
    as_json(cli(service, "jobs", "newco", "--json", TICKETS_API_KEY=created["key"]))  # the tenant key works
    table = cli(service, "keys", "list", "newco")
    assert table.returncode == 0 and created["key_id"] in table.stdout and created["key"] not in table.stdout
    assert cli(service, "keys", "revoke", created["key_id"]).returncode == 0
    assert as_json(cli(service, "keys", "list", "newco", "--json"))["items"][0]["revoked_at"] is not None
    wait_until(lambda: cli(service, "jobs", "newco", TICKETS_API_KEY=created["key"]).returncode == 1, 10,
               "the revoked key refused")


def test_rollups_rebuild(service):
    assert cli(service, "ingest", "umbrella", "--follow").returncode == 0
    result = cli(service, "rollups", "rebuild", "umbrella", "--json")
    assert isinstance(as_json(result), dict)
    unknown = cli(service, "rollups", "rebuild", "no-such-tenant")
    assert unknown.returncode == 1
    one_line_error(unknown)


# -- through a pseudo-terminal -------------------------------------------------------------
@contextmanager
def in_terminal(service: Service, *args: str) -> Iterator[tuple[subprocess.Popen[bytes], Callable[[], str], int]]:
    """Run a command with a pseudo-terminal as stdin/stdout/stderr, 160 columns wide."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "supervisor", *args], cwd=ROOT,
                               env=service.env(TERM="xterm-256color", COLUMNS="160"),
                               stdin=slave, stdout=slave, stderr=slave)
    os.close(slave)
    seen = bytearray()

    def read() -> str:
        while select.select([master], [], [], 0.05)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            seen.extend(chunk)
        return seen.decode(errors="replace")

    try:
        yield process, read, master
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(master)


def read_until_exit(process: subprocess.Popen[bytes], read: Callable[[], str], seconds: float) -> str:
    """Keep draining the terminal until the command exits (a full pty would block it); its whole output."""
    deadline = time.monotonic() + seconds
    while process.poll() is None:
        read()
        assert time.monotonic() < deadline, read()[-2000:]
    return read()


def test_the_bar_in_a_terminal_reaches_100_percent(service):
    with in_terminal(service, "ingest", "initech", "--follow") as (process, read, _):
        output = read_until_exit(process, read, 90)
    assert process.returncode == 0, output[-2000:]
    assert "━" in output, "rich draws the bar"
    assert "100%" in output and "initech completed" in output
    assert "pages" in output and "tickets" in output and "/s" in output and "ETA" in output
    assert "\x1b[" in output, "redrawn in place with terminal codes"


def test_ctrl_c_asks_and_yes_cancels_the_job_with_exit_130(service):
    with in_terminal(service, "ingest", "acme", "--follow") as (process, read, master):
        job_id = running_job(service, "acme")
        wait_until(lambda: "pages" in read(), 30, "the bar is drawn")
        process.send_signal(signal.SIGINT)  # what Ctrl-C in a terminal sends
        wait_until(lambda: f"Cancel job {job_id}? [y/N]" in read(), 30, "the question")
        os.write(master, b"y\n")
        output = read_until_exit(process, read, 60)
    assert process.returncode == 130, output[-2000:]
    assert "acme cancelled" in output
    status = service.get(f"/ingest/progress/{job_id}").json()
    assert status["status"] == "cancelled"


def test_ctrl_c_then_no_keeps_following(service):
    with in_terminal(service, "ingest", "acme", "--follow") as (process, read, master):
        job_id = running_job(service, "acme")
        process.send_signal(signal.SIGINT)
        wait_until(lambda: f"Cancel job {job_id}? [y/N]" in read(), 30, "the question")
        os.write(master, b"n\n")
        output = read_until_exit(process, read, 90)
    assert process.returncode == 0, output[-2000:]
    assert "acme completed" in output


def test_the_event_stream_the_follow_reads_ends_with_the_final_status(service):
    """What ``ingest --follow`` consumes first (CONTRACT: one ``data:`` JSON per change)."""
    from supervisor.cli.client import _sse_payloads

    job_id = as_json(cli(service, "ingest", "umbrella", "--json"))["job_id"]
    with httpx.stream("GET", f"{service.url}/ingest/progress/{job_id}/events", timeout=60,
                      headers={"Authorization": f"Bearer {service.admin_key}"}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        payloads = list(_sse_payloads(response.iter_lines()))
    assert payloads and payloads[-1]["status"] == "completed"


# -- the follower's sources, over httpx.MockTransport (no service) -------------------------
def job_doc(status: str, pages: int, total: int | None = 10, **extra: object) -> dict:
    return {"job_id": "j1", "tenant_id": "acme", "status": status, "processed_pages": pages, "total_pages": total,
            "progress": 100 if status == "completed" else (pages * 100 // total if total else 0),
            "metrics": {"fetched": pages * 5}, **extra}


def sse(*payloads: dict, tail: str = "") -> bytes:
    return ("".join(f"data: {json.dumps(p)}\n\n" for p in payloads) + tail).encode()


def client_for(handler: Callable[[httpx.Request], httpx.Response]):
    from supervisor.cli.client import ServiceClient

    return ServiceClient("http://service.test", "k", transport=httpx.MockTransport(handler))


def test_sse_decoding_joins_data_lines_and_skips_comments_and_other_fields():
    from supervisor.cli.client import _sse_payloads

    lines = [": keep-alive", "", "event: progress", "id: 3", 'data: {"a":', 'data: 1}', "", "data: not json", "",
             'data:{"b": 2}', "", "data: [1, 2]", "", 'data: {"c": 3}']
    assert list(_sse_payloads(iter(lines))) == [{"a": 1}, {"b": 2}, {"c": 3}]


def test_follow_reads_the_stream_to_its_final_status_merging_partial_payloads():
    from supervisor.cli.follow import updates

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer k"
        if request.url.path.endswith("/events"):
            return httpx.Response(200, headers={"content-type": "text/event-stream"},
                                  content=sse(job_doc("running", 1), {"processed_pages": 5, "progress": 50},
                                              {"status": "completed", "progress": 100}, tail=": bye\n\n"))
        raise AssertionError(f"no poll expected: {request.url}")

    with client_for(handler) as client:
        states = list(updates(client, "j1", poll_seconds=0))
    assert [s["processed_pages"] for s in states] == [1, 5, 5]
    assert states[-1]["status"] == "completed" and states[-1]["tenant_id"] == "acme"


def test_follow_polls_when_the_service_has_no_stream():
    from supervisor.cli.follow import updates

    polls = iter([job_doc("running", 2), job_doc("running", 7), job_doc("completed", 10)])
    stream_calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/events"):
            stream_calls.append(request)
            return httpx.Response(404, json={"error": "not_found", "detail": "no such route"})
        return httpx.Response(200, json=next(polls))

    with client_for(handler) as client:
        states = list(updates(client, "j1", poll_seconds=0))
    assert [s["processed_pages"] for s in states] == [2, 7, 10]
    assert len(stream_calls) == 1, "a missing stream is asked for once, then polling"


def test_a_stalled_stream_costs_one_poll_and_a_reconnect():
    from supervisor.cli.follow import updates

    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.endswith("/events"):
            if calls.count(request.url.path) == 1:
                raise httpx.ReadTimeout("stalled", request=request)
            return httpx.Response(200, content=sse(job_doc("completed", 10)))
        return httpx.Response(200, json=job_doc("running", 4))

    with client_for(handler) as client:
        states = list(updates(client, "j1", poll_seconds=0))
    assert [s["status"] for s in states] == ["running", "completed"]
    assert calls == ["/ingest/progress/j1/events", "/ingest/progress/j1", "/ingest/progress/j1/events"]


def test_errors_become_one_line_messages_with_exit_1():
    from supervisor.cli.client import CommandError

    answers = {"/a": httpx.Response(401, json={"error": "unauthorized", "detail": "bad key"}),
               "/b": httpx.Response(403, json={"error": "forbidden", "detail": "admin only"}),
               "/c": httpx.Response(503, json={"error": "database_unavailable", "detail": "try again"}),
               "/d": httpx.Response(500, text="<html>oops</html>")}
    with client_for(lambda request: answers[request.url.path]) as client:
        messages = []
        for path in answers:
            with pytest.raises(CommandError) as info:
                client.call("GET", path)
            assert info.value.code == 1 and "\n" not in str(info.value)
            messages.append(str(info.value))
    assert "refused the key" in messages[0] and "admin key" in messages[1]
    assert messages[2] == "try again (503)" and "oops" in messages[3]


def test_rate_and_eta_are_measured_from_what_the_follow_saw():
    from supervisor.cli.follow import RateMeter

    now = [100.0]
    meter = RateMeter(clock=lambda: now[0])
    first = meter.snapshot("j1", job_doc("running", 2))
    assert first.rate is None and first.eta is None  # nothing to measure yet
    now[0] += 4
    later = meter.snapshot("j1", job_doc("running", 6))
    assert later.rate == pytest.approx(20 / 4) and later.eta == pytest.approx(4 / (4 / 4))
    told = meter.snapshot("j1", job_doc("running", 7, rate_per_second=9.5, eta_seconds=12))
    assert told.rate == 9.5 and told.eta == 12  # the stream's own figures win
    done = meter.snapshot("j1", job_doc("completed", 10))
    assert done.percent == 100 and done.eta == 0 and done.final
