"""Settings, from the environment (all optional); the table lives in the README."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
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
    circuit_window: int = Field(10, ge=1)
    circuit_failure_threshold: int = Field(5, ge=1)
    circuit_open_seconds: float = Field(30.0, ge=0)
    notify_timeout_seconds: float = Field(5.0, gt=0)
    #: at 50% failures, 15 attempts leave 1 alert in 30,000 undelivered (then `dead`, visible)
    notify_max_attempts: int = Field(15, ge=1)
    #: delay ceiling after an alert's first failure, doubling per failure up to the cap (full jitter)
    notify_backoff_base: float = Field(1.0, ge=0)
    notify_backoff_cap: float = Field(300.0, ge=0)
    log_level: str = "INFO"

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
