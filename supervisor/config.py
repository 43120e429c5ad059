"""Settings, from the environment (all optional); the table lives in the README."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    #: MongoDB connection string; unset starts the embedded server under ``DATA_DIR``
    mongo_url: str | None = None
    mongo_db: str = "tickets"
    #: connections per process; requests beyond wait in the driver's queue
    mongo_pool_size: int = Field(20, ge=1, le=500)
    mongo_timeout_ms: int = Field(2000, ge=100)
    #: concurrent tenant-data reads per process; unset: half the pool (the rest is the actors')
    web_read_slots: int | None = Field(None, ge=1)
    #: base URL of the ticket provider; unset starts ``mock_api`` on 127.0.0.1:9000
    external_api_url: str | None = None
    mock_api_port: int = 9000
    #: alert endpoint; defaults to ``$EXTERNAL_API_URL/notify``
    notify_url: str | None = None
    #: ``host:port`` for the app; unset reads ``hypercorn.toml``
    app_bind: str | None = None
    hypercorn_config: Path = Path("hypercorn.toml")
    data_dir: Path = Path("./var")
    #: one budget for all calls to the provider, shared by every tenant and process
    upstream_calls_per_minute: int = Field(60, ge=1)
    page_size: int = Field(100, ge=1, le=100)
    #: tries per provider page on 5xx/timeouts, and the backoff between them (full jitter)
    provider_max_attempts: int = Field(6, ge=1)
    provider_backoff_base: float = Field(0.5, ge=0)
    provider_backoff_cap: float = Field(20.0, ge=0)
    lock_ttl_seconds: float = Field(60.0, gt=0)
    # -- provider trust bounds (ingestion) --------------------------------------------------
    #: a provider response larger than this fails the job (read streamed, cut at the cap)
    provider_max_body_bytes: int = Field(10_000_000, ge=1_000)
    #: a job running longer than this (wall clock, waits included) ends ``failed``
    job_max_seconds: float = Field(3600.0, gt=0)
    # -- end of provider trust bounds ---------------------------------------------------------
    circuit_window: int = Field(10, ge=1)
    circuit_failure_threshold: int = Field(5, ge=1)
    circuit_open_seconds: float = Field(30.0, ge=0)
    notify_timeout_seconds: float = Field(5.0, gt=0)
    #: at 50% failures, 15 attempts leave 1 alert in 30,000 undelivered (then `dead`, visible)
    notify_max_attempts: int = Field(15, ge=1)
    #: delay ceiling after an alert's first failure, doubling per failure up to the cap (full jitter)
    notify_backoff_base: float = Field(1.0, ge=0)
    notify_backoff_cap: float = Field(300.0, ge=0)

    # --- the tenant boundary (docs/security.md) -------------------------------------------
    #: the operators' key; unset: generated under DATA_DIR with the embedded database,
    #: required with MONGO_URL (``supervisor/admin_key.py``)
    admin_api_key: SecretStr | None = None
    #: a bearer token that may read ``/metrics`` and nothing else; unset: admin key only
    metrics_token: SecretStr | None = None
    #: running jobs across every tenant and process; past it ``POST /ingest/run`` is 429
    max_running_jobs: int = Field(32, ge=1)
    #: every query a request makes is bounded to this; past it the request is 503 + Retry-After
    query_timeout_ms: int = Field(5000, ge=1)
    #: how long ``POST /ingest/run?wait=true`` holds the request before 202 + Location
    ingest_wait_seconds: float = Field(60.0, gt=0, le=300)
    #: lifetime of a dashboard session cookie
    session_ttl_seconds: float = Field(8 * 3600.0, gt=0)
    #: proxies in front of the app whose X-Forwarded-* headers are trusted (0: none)
    trusted_proxy_hops: int = Field(0, ge=0, le=10)
    # ---------------------------------------------------------------------------------------

    # --- the read path (web/answer_cache.py, web/admission.py, docs/indexes.md) ---------------
    #: how long a read may wait for a slot (``WEB_READ_SLOTS``) before it is 503 + Retry-After
    web_read_wait_seconds: float = Field(1.0, gt=0, le=30)
    #: the per-process answer cache of ``/tickets`` and ``/stats``: entries, megabytes, and how
    #: long an entry may be served (data changes retire entries at once; this bounds the rest)
    answer_cache_entries: int = Field(512, ge=0)
    answer_cache_mb: float = Field(4.0, ge=0)
    answer_cache_max_age_seconds: float = Field(60.0, ge=0)
    # ---------------------------------------------------------------------------------------

    log_level: str = "INFO"
    #: scheduled sync of every registered tenant, in seconds (per-tenant override in ``tenants``); 0 = off
    sync_interval_seconds: float = Field(300.0, ge=0)

    @field_validator("data_dir", "hypercorn_config")
    @classmethod
    def _absolute(cls, path: Path) -> Path:
        """Resolved once, against the directory the user started from.

        Children run with other working directories (the embedded server runs inside its
        data folder), so a relative path handed to them would point somewhere else.
        """
        return path.expanduser().resolve()

    @property
    def read_slots(self) -> int:
        return self.web_read_slots or max(1, self.mongo_pool_size // 2)

    def resolved_notify_url(self, external_api_url: str) -> str:
        return self.notify_url or external_api_url.rstrip("/") + "/notify"

    @property
    def lock_refresh_seconds(self) -> float:
        """A third of the TTL: two refreshes can fail before the lock lapses."""
        return self.lock_ttl_seconds / 3


class OperatorSettings(BaseSettings):
    """What the operator commands need (``python -m supervisor ingest T``), and nothing else.

    Apart from :class:`Settings` so a command run from a shell with server settings that
    would not validate (or none at all) still finds the service.
    """

    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    #: where the running service listens
    tickets_url: str = "http://127.0.0.1:8000"
    #: the bearer key the commands send (an admin key for most of them)
    tickets_api_key: str | None = None
