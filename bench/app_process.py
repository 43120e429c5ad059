"""The app as a real process for the benches: started, watched and stopped by pid.

Every bench measures ``python -m supervisor`` the way production runs it (Hypercorn, the
actor tree, its own event loop), not an in-process test app: RSS, event-loop lag and
recovery after a killed database only mean something for the real process. The provider
and the database are usually started by the bench itself (``tests.support``) so it can
steer the mock and read the database's counters; ``--faults`` in ``load.py`` lets the app
start its own database instead, because that is the child the supervisor restarts.

Everything here is bounded: each wait has a deadline, each process is stopped by its pid
(SIGTERM, then SIGKILL after a grace period) and always reaped.

The app runs with a fixed bench admin key (``ADMIN_HEADERS`` authenticates a bench's client:
``httpx.Client(headers=ADMIN_HEADERS)``) and no scheduled sync; :func:`start_job` registers
a tenant the first time it is asked to ingest it, as an operator would.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/x.py` puts bench/, not the project, on the path
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402

from supervisor.processes import free_port  # noqa: E402

STOP_GRACE_SECONDS = 15.0
MB = 1024 * 1024
#: statuses an ingestion job can end in (the README's API table)
FINAL = ("completed", "failed", "cancelled", "abandoned")
#: settings a bench must not inherit from the shell it was started in
INHERITED_SETTINGS = ("MONGO_URL", "MONGO_DB", "EXTERNAL_API_URL", "NOTIFY_URL", "APP_BIND", "DATA_DIR",
                      "UPSTREAM_CALLS_PER_MINUTE", "PAGE_SIZE", "LOCK_TTL_SECONDS", "PYTHONTRACEMALLOC",
                      "ADMIN_API_KEY", "METRICS_TOKEN", "SYNC_INTERVAL_SECONDS", "MAX_RUNNING_JOBS", "QUERY_TIMEOUT_MS")
#: the admin key of every app a bench starts (a local, throwaway secret)
ADMIN_KEY = "tka_bench_" + "b" * 40
ADMIN_HEADERS = {"Authorization": f"Bearer {ADMIN_KEY}"}


@dataclass
class AppProcess:
    url: str
    process: subprocess.Popen
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def rss_bytes(self) -> int:
        """The app process only: the mock and the database are other processes."""
        return psutil.Process(self.pid).memory_info().rss

    def resources(self) -> dict:
        proc = psutil.Process(self.pid)
        return {"rss": proc.memory_info().rss, "fds": proc.num_fds(), "threads": proc.num_threads()}


@contextlib.contextmanager
def scratch_dir(prefix: str, keep: bool) -> Iterator[Path]:
    """A temporary work dir (database files, logs); kept when asked or when the bench failed."""
    path = Path(tempfile.mkdtemp(prefix=f"{prefix}-"))
    failed = False
    try:
        yield path
    except BaseException:
        failed = True
        raise
    finally:
        if keep or failed:
            print(f"\n(work dir kept: {path})")
        else:
            shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def start_app(work_dir: Path, *, mongo_url: str | None = None, provider_url: str | None = None,
              env: dict[str, str] | None = None, health_timeout: float = 90.0) -> Iterator[AppProcess]:
    """``python -m supervisor`` on a free 127.0.0.1 port; yields once ``/health`` is 200."""
    work_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if k not in INHERITED_SETTINGS}
    environment.update({"DATA_DIR": str(work_dir / "var"), "APP_BIND": f"127.0.0.1:{port}",
                        "MOCK_API_PORT": str(free_port()), "PYTHONUNBUFFERED": "1", "ADMIN_API_KEY": ADMIN_KEY,
                        "SYNC_INTERVAL_SECONDS": "0"})
    if mongo_url:
        environment["MONGO_URL"] = mongo_url
    if provider_url:
        environment["EXTERNAL_API_URL"] = provider_url
    environment.update(env or {})
    log_path = work_dir / "app.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "supervisor"], cwd=ROOT, env=environment,
                                   stdout=log, stderr=log)
    app = AppProcess(f"http://127.0.0.1:{port}", process, log_path)
    try:
        wait_healthy(app, health_timeout)
        yield app
    finally:
        stop_app(app)


def stop_app(app: AppProcess) -> int | None:
    """SIGTERM by pid, then SIGKILL after a grace period; always reaped."""
    process = app.process
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds a process has used so far (None once it is gone)."""
    try:
        t = psutil.Process(pid).cpu_times()
    except psutil.Error:
        return None
    return t.user + t.system


def machine_line() -> str:
    """CPUs and load: the benches share the machine, and a busy neighbour slows every figure."""
    one, five, _ = os.getloadavg()
    return f"{os.cpu_count()} CPUs, load average {one:.2f} (1 min) {five:.2f} (5 min)"


def wait_healthy(app: AppProcess, timeout: float) -> float:
    """Seconds until ``/health`` answered 200; raises if the app died or never got there."""
    started = time.monotonic()
    last: object = None
    while time.monotonic() - started < timeout:
        if not app.alive():
            raise RuntimeError(f"the app exited with {app.process.returncode}; see {app.log_path}")
        try:
            r = httpx.get(app.url + "/health", timeout=5)
            last = r.status_code
            if r.status_code == 200:
                return time.monotonic() - started
        except httpx.HTTPError as exc:
            last = type(exc).__name__
        time.sleep(0.2)
    raise RuntimeError(f"/health not 200 within {timeout:.0f} s (last: {last}); see {app.log_path}")


def register_tenants(app_url: str, *tenant_ids: str) -> None:
    """Register tenants through the admin API (``POST /ingest/run`` is 404 for others)."""
    with httpx.Client(headers=ADMIN_HEADERS, timeout=10) as client:
        for tenant_id in tenant_ids:
            client.put(f"{app_url}/admin/tenants/{tenant_id}").raise_for_status()


def start_job(client: httpx.Client, app_url: str, tenant_id: str, attempts: int = 50) -> str:
    """POST /ingest/run as the admin; a 409 (a previous job still releasing the lock) is
    retried briefly, and a tenant not registered yet is registered first."""
    for _ in range(attempts):
        r = client.post(f"{app_url}/ingest/run", params={"tenant_id": tenant_id}, headers=ADMIN_HEADERS)
        if r.status_code == 202:
            return r.json()["job_id"]
        if r.status_code == 404:
            register_tenants(app_url, tenant_id)
            continue
        if r.status_code not in (409, 429, 503):
            raise RuntimeError(f"POST /ingest/run?tenant_id={tenant_id}: {r.status_code} {r.text[:300]}")
        time.sleep(0.2)
    raise RuntimeError(f"could not start a job for {tenant_id}: last answer {r.status_code} {r.text[:300]}")


def wait_jobs(client: httpx.Client, app_url: str, job_ids: dict[str, str], timeout: float,
              poll: float = 0.1) -> dict[str, dict]:
    """Poll each job until it is final; returns ``{tenant: job document + observed_at}``.

    ``observed_at`` is ``time.monotonic()`` when this client first saw the final status,
    so a client-side wall time is available next to the server's ``duration_seconds``.
    """
    done: dict[str, dict] = {}
    deadline = time.monotonic() + timeout
    while len(done) < len(job_ids) and time.monotonic() < deadline:
        for tenant, job_id in job_ids.items():
            if tenant in done:
                continue
            try:
                r = client.get(f"{app_url}/ingest/progress/{job_id}", headers=ADMIN_HEADERS)
            except httpx.HTTPError:
                continue
            if r.status_code == 200 and r.json()["status"] in FINAL:
                done[tenant] = {**r.json(), "observed_at": time.monotonic()}
        time.sleep(poll)
    for tenant, job_id in job_ids.items():
        if tenant not in done:
            r = client.get(f"{app_url}/ingest/progress/{job_id}", headers=ADMIN_HEADERS)
            done[tenant] = {**(r.json() if r.status_code == 200 else {"status": f"HTTP {r.status_code}"}),
                            "observed_at": None}
    return done


def embedded_database(app_url: str) -> dict:
    """The embedded database the app at ``app_url`` started: ``{"pid", "url"}``.

    ``/supervisor`` no longer shows pids or addresses (docs/security.md), so a bench that
    kills the database finds it the way an operator on the host would: the app is the
    ``python -m supervisor`` listening on that port, the database its ``secantusd`` child.
    """
    port = int(app_url.rsplit(":", 1)[1].split("/")[0])
    for proc in psutil.process_iter(["cmdline"]):
        command = proc.info["cmdline"] or []
        if "supervisor" not in command:
            continue
        try:
            listening = any(c.laddr and c.laddr.port == port and c.status == psutil.CONN_LISTEN
                            for c in proc.net_connections(kind="tcp"))
            if not listening:
                continue
            for child in proc.children():
                args = child.cmdline()
                if any("secantusd" in a for a in args) and "--port" in args:
                    db_port = args[args.index("--port") + 1]
                    return {"pid": child.pid, "url": f"mongodb://127.0.0.1:{db_port}/?directConnection=true"}
        except psutil.Error:
            continue
    raise KeyError(f"no embedded database under the app at {app_url}")
