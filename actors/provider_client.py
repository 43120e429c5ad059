"""Calls to the ticket provider: rate-limited, retried, bounded, and paginated by our own loop.

Before every call: a permit from the shared budget, then the shared ``Retry-After`` pause
checked right before sending (``rate_limiter.PenaltyBoard``): a permit that predates a pause
is void, and its holder waits the pause out and asks for a fresh one.

Retry policy (our own code, no retry library):

- ``429``: note the pause in the board at once, have the rate limiter record it for every
  process, then retry the same request. Not a failure of the provider, so it does not use up
  an attempt (but it is bounded, so a provider stuck at 429 still fails the job eventually).
- ``5xx``, timeouts (the per-request deadline included), connection errors, a body that is
  not the expected JSON: retry with exponential backoff and full jitter, ``max_attempts`` in
  all, then fail with the reason.
- any other ``4xx``: our request is wrong; retrying cannot help, fail at once (except a
  ``404`` the caller asked to see: the single-ticket check, where it means "gone").

Trust bounds: each request has an overall deadline (a provider dribbling bytes slower than
any per-read timeout still ends), and a body is read streamed and abandoned past
``max_body_bytes`` (:class:`BodyTooLarge`, not retried: the next try would be as large).
"""

from __future__ import annotations

import json
import math
import time
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import anyio
import httpx

from actors.kit import ActorError, ActorRef
from actors.rate_limiter import Penalize, PenaltyBoard, acquire_permit
from actors.rules.backoff import Backoff, parse_retry_after
from actors.storage.job_log import JobMetrics

MAX_RATE_LIMITED = 100


class ProviderError(Exception):
    """The provider could not give us what we asked; the job fails with this reason."""


class BodyTooLarge(ProviderError):
    """A response beyond ``max_body_bytes``: a trust bound, not a transient failure."""


@dataclass(frozen=True)
class ProviderLimits:
    #: a response body larger than this fails the job (``PROVIDER_MAX_BODY_BYTES``)
    max_body_bytes: int = 10_000_000
    #: one request, from sending to the last byte of the body, at most this long
    request_seconds: float = 30.0
    #: ``429`` answers in a row before the job gives up
    max_rate_limited: int = MAX_RATE_LIMITED


@dataclass(frozen=True)
class Page:
    tickets: list[Any]
    next_page: int | None
    total_count: int | None

    def total_pages(self, page_size: int) -> int | None:
        return None if self.total_count is None else max(1, math.ceil(self.total_count / page_size))


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: httpx.Headers
    body: bytes


class ProviderClient:
    def __init__(self, http: httpx.AsyncClient, base_url: str, limiter: ActorRef, metrics: JobMetrics,
                 backoff: Backoff | None = None, *, penalties: PenaltyBoard | None = None,
                 limits: ProviderLimits | None = None) -> None:
        self._http = http
        self._base = base_url.rstrip("/")
        self._limiter = limiter
        self._metrics = metrics
        self._backoff = backoff or Backoff(base=0.5, cap=20.0, max_attempts=6)
        self._penalties = penalties
        self._limits = limits or ProviderLimits()

    # -- what the ingester asks ---------------------------------------------------------
    async def page(self, tenant_id: str, page: int, page_size: int) -> Page:
        """One page of the listing; its shape is checked here, its bounds by ``rules/listing.py``."""
        _, body = await self._get("/external/support-tickets",
                                  {"page": page, "page_size": page_size, "tenant_id": tenant_id}, tenant_id)
        tickets = body.get("tickets")
        if not isinstance(tickets, list):
            raise ProviderError(f"page {page}: 'tickets' is not a list")
        next_page = body.get("next_page")
        if next_page is not None and (isinstance(next_page, bool) or not isinstance(next_page, int)):
            raise ProviderError(f"page {page}: next_page {next_page!r} is not a page number")
        total = body.get("total_count")
        valid_total = isinstance(total, int) and not isinstance(total, bool) and total >= 0
        return Page(tickets, next_page, total if valid_total else None)

    async def deleted_ids(self, tenant_id: str) -> set[str] | None:
        """The provider's deleted list (every tenant's, for providers without a tenant filter);
        None when it has none (404) or it cannot be read now."""
        try:
            status, body = await self._get("/external/deleted-tickets", {"tenant_id": tenant_id}, tenant_id,
                                           accept_404=True)
        except BodyTooLarge:
            raise
        except ProviderError:
            return None
        ids = body.get("deleted_ids") if status == 200 else None
        if not isinstance(ids, list):
            return None
        return {str(i) for i in ids if isinstance(i, (str, int)) and not isinstance(i, bool)}

    async def ticket_gone(self, tenant_id: str, ticket_id: str) -> bool | None:
        """True only on ``404`` (deleted); False when the provider still has it; None when unsure."""
        try:
            # with the tenant named, a provider that filters by tenant also says 404 for a ticket
            # that moved to another tenant: gone, as far as this tenant is concerned
            status, _ = await self._get(f"/external/support-tickets/{_path_segment(ticket_id)}",
                                        {"tenant_id": tenant_id}, tenant_id, accept_404=True)
        except BodyTooLarge:
            raise
        except ProviderError:
            return None
        return {404: True, 200: False}.get(status)

    # -- one request, retried ---------------------------------------------------------
    async def _get(self, path: str, params: dict, tenant_id: str, *, accept_404: bool = False) -> tuple[int, dict]:
        attempt = rate_limited = 0
        while True:
            await self._permit(tenant_id)
            self._metrics.upstream_calls += 1
            started = time.perf_counter()
            try:
                reply = await self._fetch(self._base + path, params)
                outcome = self._judge(path, reply, accept_404)
            except (httpx.TimeoutException, TimeoutError) as exc:
                outcome = f"timeout: {type(exc).__name__}"
            except httpx.TransportError as exc:
                outcome = f"connection error: {type(exc).__name__}: {exc}"
            finally:
                self._metrics.fetch_seconds += time.perf_counter() - started
            if isinstance(outcome, tuple):
                return outcome
            if outcome == "rate limited":
                rate_limited += 1
                await self._pause(path, reply, tenant_id, rate_limited)
                continue
            if attempt + 1 >= self._backoff.max_attempts:
                raise ProviderError(f"{path} {_describe(params)}: gave up after {attempt + 1} attempts: {outcome}")
            self._metrics.retries += 1
            await anyio.sleep(self._backoff.delay(attempt))
            attempt += 1

    async def _permit(self, tenant_id: str) -> None:
        while True:
            self._metrics.rate_limit_wait_seconds += await acquire_permit(self._limiter, tenant_id)
            held = await self._penalties.hold() if self._penalties is not None else 0.0
            if not held:
                return
            # the permit predates the pause: void; queue again behind the pause's new spacing
            self._metrics.rate_limit_wait_seconds += held

    async def _pause(self, path: str, reply: _Reply, tenant_id: str, rate_limited: int) -> None:
        self._metrics.rate_limited += 1
        wait = parse_retry_after(reply.headers.get("Retry-After"))
        wait = 1.0 if wait is None else wait
        if self._penalties is not None:
            self._penalties.note(wait)  # before any await: no other task of ours sends first
        try:
            await self._limiter.ask(Penalize(wait, tenant_id), timeout=5.0)
        except (ActorError, TimeoutError):
            pass  # the board still holds this process back; other processes see the next 429
        if rate_limited > self._limits.max_rate_limited:
            raise ProviderError(f"{path}: still rate limited after {rate_limited} tries")

    def _judge(self, path: str, reply: _Reply, accept_404: bool) -> tuple[int, dict] | str:
        """A result to return, or the reason to retry ("rate limited" is its own case)."""
        if reply.status == 429:
            return "rate limited"
        if reply.status >= 500:
            return f"HTTP {reply.status}"
        if reply.status == 404 and accept_404:
            return 404, {}
        if reply.status >= 400:
            raise ProviderError(f"{path}: HTTP {reply.status}: {reply.body[:200].decode(errors='replace')}")
        try:
            body = json.loads(reply.body)
        except ValueError:
            return "response is not JSON"
        return (reply.status, body) if isinstance(body, dict) else "response is not a JSON object"

    async def _fetch(self, url: str, params: dict) -> _Reply:
        """One GET within the overall deadline, its body read up to the cap."""
        cap = self._limits.max_body_bytes
        with anyio.fail_after(self._limits.request_seconds):
            async with self._http.stream("GET", url, params=params) as response:
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise BodyTooLarge(f"{url}: response of {declared} bytes is over the {cap}-byte limit")
                chunks, size = [], 0
                async with aclosing(response.aiter_bytes()) as body:  # closed at once when cut short
                    async for chunk in body:
                        size += len(chunk)
                        if size > cap:
                            raise BodyTooLarge(f"{url}: response over the {cap}-byte limit")
                        chunks.append(chunk)
                return _Reply(response.status_code, response.headers, b"".join(chunks))


def _describe(params: dict) -> str:
    return f"page {params['page']}" if "page" in params else "request"


def _path_segment(value: str) -> str:
    """An id placed in a URL path cannot walk to another route."""
    return quote(value, safe="")
