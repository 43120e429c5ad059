"""The operator commands' HTTP client: one place that turns HTTP into answers or one-line errors.

Plain synchronous httpx: a command makes a few calls in a row and a person waits for each,
so there is nothing to overlap. Every failure becomes :class:`CommandError` with a message
a person can act on ("set TICKETS_API_KEY", "is the service running?"), never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

#: exit codes, as the contract names them
OK, FAILED, CANCELLED = 0, 1, 130


class CommandError(Exception):
    """What went wrong, in one line for stderr, and the exit code to leave with."""

    def __init__(self, message: str, code: int = FAILED, status: int | None = None, body: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.body = body


class StreamUnavailable(Exception):
    """The service has no event stream for jobs (``404`` on the endpoint): poll instead."""


class StreamInterrupted(Exception):
    """The stream went quiet past its read timeout, or the connection dropped mid-way:
    ask for the job's state once, then listen again."""


def _detail(response: httpx.Response) -> tuple[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:200] or response.reason_phrase, None
    if isinstance(body, dict):
        return str(body.get("detail") or body.get("error") or response.reason_phrase), body
    return response.reason_phrase, body


class ServiceClient:
    def __init__(self, base_url: str, api_key: str | None, *, timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._has_key = bool(api_key)
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        headers["User-Agent"] = "tickets-cli"
        self._http = httpx.Client(base_url=self.base_url, headers=headers, transport=transport,
                                  timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "ServiceClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def error_for(self, response: httpx.Response) -> CommandError:
        detail, body = _detail(response)
        status = response.status_code
        if status == 401:
            message = ("the service wants a key: set TICKETS_API_KEY" if not self._has_key
                       else "the service refused the key (401): check TICKETS_API_KEY")
        elif status == 403:
            message = f"this key may not do that (403): {detail}; an admin key is needed"
        elif status == 404:
            message = f"not found (404): {detail}"
        else:
            message = f"{detail} ({status})"
        return CommandError(message, FAILED, status, body)

    def _unreachable(self, exc: httpx.HTTPError) -> CommandError:
        kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "unreachable"
        return CommandError(f"the service at {self.base_url} is {kind} ({type(exc).__name__}); "
                            "is it running? (TICKETS_URL says where)")

    def call(self, method: str, path: str, *, params: dict | None = None, ok: tuple[int, ...] = (200,)) -> Any:
        """One request; the decoded JSON body on an expected status (None when empty)."""
        try:
            response = self._http.request(method, path, params=params)
        except httpx.HTTPError as exc:
            raise self._unreachable(exc) from None
        if response.status_code not in ok:
            raise self.error_for(response)
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            raise CommandError(f"the service answered {path} with something that is not JSON") from None

    @contextmanager
    def events(self, job_id: str, read_timeout: float = 30.0) -> Iterator[Iterator[dict]]:
        """The job's server-sent events, one decoded ``data:`` payload each.

        Raises :class:`StreamUnavailable` on ``404``/``405`` (a service without the endpoint;
        an unknown job is told apart by the poll that follows), :class:`StreamInterrupted`
        when the stream stalls or drops, :class:`CommandError` for anything else.
        """
        try:
            with self._http.stream("GET", f"/ingest/progress/{job_id}/events",
                                   headers={"Accept": "text/event-stream"},
                                   timeout=httpx.Timeout(read_timeout, connect=5.0)) as response:
                if response.status_code == 404 or response.status_code == 405:
                    response.read()
                    raise StreamUnavailable(job_id)
                if response.status_code != 200:
                    response.read()
                    raise self.error_for(response)
                yield _sse_payloads(response.iter_lines())
        except (httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError) as exc:
            raise StreamInterrupted(type(exc).__name__) from None
        except httpx.HTTPError as exc:
            raise self._unreachable(exc) from None


def _sse_payloads(lines: Iterator[str]) -> Iterator[dict]:
    """Decode a ``text/event-stream``: ``data:`` lines up to a blank line make one event."""
    data: list[str] = []
    for line in lines:
        if line == "":
            if data:
                payload = _decode("\n".join(data))
                data = []
                if payload is not None:
                    yield payload
            continue
        if line.startswith(":"):
            continue  # a comment: keep-alive
        field, _, value = line.partition(":")
        if field == "data":
            data.append(value[1:] if value.startswith(" ") else value)
    if data:
        payload = _decode("\n".join(data))
        if payload is not None:
            yield payload


def _decode(text: str) -> dict | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
