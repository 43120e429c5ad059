"""The whole service as a real process: ``python -m supervisor``, stopped by pid.

These are the runnable-stack checks: it comes up healthy on its own, shows its tree,
stops cleanly on SIGTERM leaving no process behind, survives its database being killed,
and a job whose process was killed ends ``abandoned`` while another process takes over.
The admin key: generated and kept on a development machine, required with ``MONGO_URL``.

``supervisor_process`` gives the app ``ADMIN_API_KEY`` (send ``headers=ADMIN``) and turns
the scheduled sync off unless a test sets it; ``register_tenants`` registers tenants
through the admin API, as an operator would.
"""

from __future__ import annotations

import os
import signal
import stat
import time
from pathlib import Path

import httpx
import pytest

from tests.support.mock_process import start_mock_api
from tests.support.service_process import (ADMIN, child_pids, pid_alive, register_tenants, supervisor_process,
                                           wait_health)

@pytest.mark.slow
@pytest.mark.embedded_only("starts the service with no MONGO_URL and checks its embedded child")
def test_runs_healthy_shows_tree_and_stops_cleanly_on_sigterm(tmp_path):
    with supervisor_process(tmp_path) as (process, url):
        health = wait_health(url, 60)
        assert health["dependencies"]["mongodb"]["status"] == "ok"
        assert health["dependencies"]["external_api"]["status"] == "ok"
        # the web child is marked running once its own probe sees the port open: a request
        # can reach the server a moment before that, so give the tree a bounded moment
        deadline = time.monotonic() + 15
        while True:
            tree = httpx.get(url + "/supervisor", headers=ADMIN).json()
            if all(c["state"] == "running" for c in tree["children"]) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        names = [c["name"] for c in tree["children"]]
        assert names == ["embedded_mongodb", "mock_api", "store", "rate_limiter", "notifier", "lock_keeper",
                         "cancel_watch", "loop_monitor", "janitor", "ingest", "scheduler", "web"]
        assert all(c["state"] == "running" for c in tree["children"]), \
            [(c["name"], c["state"], c.get("restarts"), c.get("last_error")) for c in tree["children"]]
        assert all(c.get("details") is None for c in tree["children"]), "no pids, URLs or paths in /supervisor"
        pids = child_pids(process)
        assert set(pids) == {"embedded_mongodb", "mock_api"}
        log = httpx.get(url + "/supervisor/log?limit=5", headers=ADMIN).json()["items"]
        assert len(log) == 5 and all("event" in e for e in log)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0
        assert time.monotonic() - started < 10
        for name, pid in pids.items():
            assert not pid_alive(pid), f"{name} (pid {pid}) outlived the supervisor"
    text = (tmp_path / "supervisor.log").read_text()
    assert "Traceback" not in text


@pytest.mark.slow
@pytest.mark.embedded_only("kills the service's embedded database")
def test_embedded_database_killed_is_restarted_and_requests_answer_503_meanwhile(tmp_path):
    with supervisor_process(tmp_path) as (process, url):
        wait_health(url, 60)
        db_pid = child_pids(process)["embedded_mongodb"]
        os.kill(db_pid, signal.SIGKILL)
        # requests that need the database answer fast with 503, never hang
        outage_seen = False
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            started = time.monotonic()
            r = httpx.get(url + "/ingest/status?tenant_id=acme", timeout=8, headers=ADMIN)
            assert time.monotonic() - started < 6
            assert r.status_code in (200, 503), r.text
            if r.status_code == 503:
                outage_seen = True
                assert r.json()["error"] == "database_unavailable"
                break
            time.sleep(0.05)
        health = wait_health(url, 10)
        assert health["status"] == "ok"
        tree = {c["name"]: c for c in httpx.get(url + "/supervisor", headers=ADMIN).json()["children"]}
        assert tree["embedded_mongodb"]["restarts"] >= 1
        assert child_pids(process)["embedded_mongodb"] != db_pid
        assert process.poll() is None, "the app itself must not restart"
        events = httpx.get(url + "/supervisor/log?limit=200", headers=ADMIN).json()["items"]
        assert any(e["event"] == "crash" and e.get("child") == "embedded_mongodb" for e in events)
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0
        # the outage may be shorter than our first probe; the restart evidence above is what matters
        del outage_seen


@pytest.mark.slow
def test_killed_app_mid_run_job_is_abandoned_and_another_process_takes_over(tmp_path, mongo_url, db_name):
    with start_mock_api("--tickets", "400", "--rate-limit-per-minute", "100000", "--page-latency-ms", "200-200",
                        "--seed", "5") as mock:
        env = {"MONGO_URL": mongo_url, "MONGO_DB": db_name, "EXTERNAL_API_URL": mock.url, "LOCK_TTL_SECONDS": "4",
               "PAGE_SIZE": "5"}
        with supervisor_process(tmp_path / "a", **env) as (first, url_a):
            wait_health(url_a, 60)
            register_tenants(url_a, "acme")
            job_id = httpx.post(url_a + "/ingest/run?tenant_id=acme", headers=ADMIN).json()["job_id"]
            deadline = time.monotonic() + 20
            while httpx.get(f"{url_a}/ingest/progress/{job_id}", headers=ADMIN).json()["processed_pages"] < 2:
                assert time.monotonic() < deadline
                time.sleep(0.1)
            first.kill()
            first.wait()
        with supervisor_process(tmp_path / "b", **env) as (second, url_b):
            wait_health(url_b, 60)
            killed_at = time.monotonic()
            while True:
                r = httpx.post(url_b + "/ingest/run?tenant_id=acme", headers=ADMIN)
                if r.status_code == 202:
                    break
                assert r.status_code == 409
                assert time.monotonic() - killed_at < 80
                time.sleep(0.5)
            dead = httpx.get(f"{url_b}/ingest/progress/{job_id}", headers=ADMIN).json()
            assert dead["status"] == "abandoned" and dead["finished_at"] is not None
            assert "process died" in dead["error"]
            second.send_signal(signal.SIGTERM)
            assert second.wait(10) == 0


def wait_for_line(path: Path, needle: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while True:
        for line in path.read_text(errors="replace").splitlines():
            if needle in line:
                return line
        assert time.monotonic() < deadline, f"no line with {needle!r} in {path}"
        time.sleep(0.1)


@pytest.mark.slow
@pytest.mark.embedded_only("a key is generated only when the service runs its embedded database")
def test_admin_key_is_generated_once_kept_private_and_explained(tmp_path):
    """``make run`` with nothing set: a key appears under DATA_DIR (0600), the same one on
    the next start, one line says how to use it, and the README's key steps work with it."""
    keys = []
    for _ in range(2):
        with supervisor_process(tmp_path, ADMIN_API_KEY="") as (process, url):
            wait_health(url, 60)
            hint = wait_for_line(tmp_path / "supervisor.log", "export TICKETS_API_KEY=")
            key_file = tmp_path / "var" / "admin_api_key"
            assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
            key = key_file.read_text().strip()
            keys.append(key)
            assert str(key_file) in hint and key not in hint
            admin = {"Authorization": f"Bearer {key}"}
            made = httpx.post(f"{url}/admin/tenants/acme/keys", headers=admin, timeout=10)
            assert made.status_code == 201, made.text
            tenant_key = made.json()["key"]
            mine = httpx.get(f"{url}/ingest/status", headers={"Authorization": f"Bearer {tenant_key}"}, timeout=10)
            assert mine.status_code == 200 and mine.json()["tenant_id"] == "acme"
            assert httpx.get(f"{url}/ingest/status?tenant_id=acme", timeout=10).status_code == 401
            process.send_signal(signal.SIGTERM)
            assert process.wait(10) == 0
        log = (tmp_path / "supervisor.log").read_text()
        assert key not in log and tenant_key not in log, "a key reached the log"
    assert keys[0] == keys[1], "the generated key must survive a restart"


@pytest.mark.parametrize("env, says", [
    ({"MONGO_URL": "mongodb://127.0.0.1:9/?directConnection=true"}, "ADMIN_API_KEY is not"),
    ({"ADMIN_API_KEY": "short"}, "shorter than 32"),
])
def test_refuses_to_start_without_a_usable_admin_key(tmp_path, env, says):
    with supervisor_process(tmp_path, **{"ADMIN_API_KEY": "", **env}) as (process, _):
        assert process.wait(30) == 1
    log = (tmp_path / "supervisor.log").read_text()
    assert says in log, log[-2000:]
    assert not (tmp_path / "var" / "admin_api_key").exists()
