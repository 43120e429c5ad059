"""``/notify``: the alert sink, unreliable on purpose.

Latency comes before the coin toss so a failed call costs the client as much time
as a good one, the way a timing-out upstream does. The key is recorded only when
the answer is 200: a 5xx means "not delivered", so the client's retry with the
same key must be treated as the first delivery, not as a duplicate.
"""

from __future__ import annotations

from quart import Quart, Response, request

from .problem import problem
from .state import ProviderState
from .ticket_fields import TENANT_ID

FIELDS = ("ticket_id", "tenant_id", "urgency", "reason")
URGENCIES = ("high", "medium", "low")
MAX_KEY_LENGTH = 200
FAILURE_STATUSES = (500, 502, 503)


def register(app: Quart, state: ProviderState) -> None:
    @app.post("/notify")
    async def notify() -> Response | dict:
        key = request.headers.get("Idempotency-Key", "").strip()
        if not key or len(key) > MAX_KEY_LENGTH:
            state.notify_log.invalid()
            return problem(400, "missing_idempotency_key",
                           f"send an Idempotency-Key header of 1-{MAX_KEY_LENGTH} characters")
        payload = _payload(await request.get_json(force=True, silent=True))
        if isinstance(payload, str):
            state.notify_log.invalid()
            return problem(422, "invalid_body", payload)
        state.notify_log.received()
        await state.delay(state.config.notify_latency_ms)
        if state.unlucky(state.config.notify_failure_rate):
            state.notify_log.failed()
            return problem(state.faults.choice(FAILURE_STATUSES), "notify_failed",
                           "injected failure; retry with the same Idempotency-Key")
        duplicate = state.notify_log.accept(key, payload)
        return {"accepted": True, "idempotency_key": key, "duplicate": duplicate}

    @app.get("/notify/log")
    async def notify_log() -> dict:
        return {**state.notify_log.stats()._asdict(), "keys": state.notify_log.keys()}


def _payload(body: object) -> dict[str, str] | str:
    """The four fields, or the reason they cannot be used."""
    if not isinstance(body, dict):
        return "the body must be a JSON object with " + ", ".join(FIELDS)
    missing = [name for name in FIELDS if not isinstance(body.get(name), str) or not body[name].strip()]
    if missing:
        return f"missing or not a non-empty string: {', '.join(missing)}"
    if body["urgency"] not in URGENCIES:
        return f"urgency must be one of {', '.join(URGENCIES)}"
    if not TENANT_ID.match(body["tenant_id"]):
        return "tenant_id must match ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
    return {name: body[name] for name in FIELDS}
