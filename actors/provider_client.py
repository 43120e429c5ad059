"""Calls to the ticket provider: rate-limited, retried, and paginated by our own loop.

Retry policy (our own code, no retry library):

- ``429``: tell the rate limiter to pause *everyone* for ``Retry-After``, then retry the same
  page. This is not a failure of the provider, so it does not use up a retry attempt (but
  it is bounded, so a provider stuck at 429 still fails the job eventually).
- ``5xx``, timeouts, connection errors, a body that is not the expected JSON: retry with
  exponential backoff and full jitter, ``max_attempts`` in all, then fail with the reason.
- any other ``4xx``: our request is wrong; retrying cannot help, fail at once.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

import anyio
import httpx

from actors.rules.backoff import Backoff, parse_retry_after
from actors.storage.job_log import JobMetrics
from actors.kit import ActorRef
from actors.rate_limiter import Penalize, acquire_permit

MAX_RATE_LIMITED = 100


class ProviderError(Exception):
    """The provider could not give us a page; the job fails with this reason."""


@dataclass(frozen=True)
class Page:
    tickets: list[Any]
    next_page: int | None
    total_count: int | None

    def total_pages(self, page_size: int) -> int | None:
        return None if self.total_count is None else max(1, math.ceil(self.total_count / page_size))


class ProviderClient:
    def __init__(self, http: httpx.AsyncClient, base_url: str, limiter: ActorRef, metrics: JobMetrics,
                 backoff: Backoff | None = None) -> None:
        self._http = http
        self._base = base_url.rstrip("/")
        self._limiter = limiter
        self._metrics = metrics
        self._backoff = backoff or Backoff(base=0.5, cap=20.0, max_attempts=6)

    async def page(self, tenant_id: str, page: int, page_size: int) -> Page:
        body = await self._get_json(
            "/external/support-tickets", {"page": page, "page_size": page_size, "tenant_id": tenant_id}, tenant_id
        )
        tickets = body.get("tickets")
        if not isinstance(tickets, list):
            raise ProviderError(f"page {page}: 'tickets' is not a list")
        next_page = body.get("next_page")
        if next_page is not None and (not isinstance(next_page, int) or next_page <= page):
            raise ProviderError(f"page {page}: next_page {next_page!r} does not move forward")
        total = body.get("total_count")
        return Page(tickets, next_page, total if isinstance(total, int) and total >= 0 else None)

    async def _get_json(self, path: str, params: dict, tenant_id: str) -> dict:
        attempt = 0
        rate_limited = 0
        last_error = "no attempt"
        while True:
            self._metrics.rate_limit_wait_seconds += await acquire_permit(self._limiter, tenant_id)
            self._metrics.upstream_calls += 1
            started = time.perf_counter()
            try:
                response = await self._http.get(self._base + path, params=params)
            except httpx.TimeoutException as exc:
                last_error = f"timeout: {type(exc).__name__}"
            except httpx.TransportError as exc:
                last_error = f"connection error: {type(exc).__name__}: {exc}"
            else:
                if response.status_code == 429:
                    rate_limited += 1
                    self._metrics.rate_limited += 1
                    if rate_limited > MAX_RATE_LIMITED:
                        raise ProviderError(f"{path}: still rate limited after {rate_limited} tries")
                    wait = parse_retry_after(response.headers.get("Retry-After"))
                    await self._limiter.tell(Penalize(wait if wait is not None else 1.0, tenant_id))
                    continue
                if response.status_code >= 500:
                    last_error = f"HTTP {response.status_code}"
                elif response.status_code >= 400:
                    raise ProviderError(f"{path}: HTTP {response.status_code}: {response.text[:200]}")
                else:
                    try:
                        body = response.json()
                    except ValueError:
                        last_error = "response is not JSON"
                    else:
                        if isinstance(body, dict):
                            self._metrics.fetch_seconds += time.perf_counter() - started
                            return body
                        last_error = "response is not a JSON object"
            self._metrics.fetch_seconds += time.perf_counter() - started
            if attempt + 1 >= self._backoff.max_attempts:
                raise ProviderError(f"{path} page {params.get('page')}: gave up after {attempt + 1} attempts: {last_error}")
            self._metrics.retries += 1
            await anyio.sleep(self._backoff.delay(attempt))
            attempt += 1
