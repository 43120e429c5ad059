"""``/notify``: the alert sink, unreliable on purpose.

Default profile: latency comes before the coin toss so a failed call costs the client as
much time as a good one, the way a timing-out upstream does. The key is recorded only when
the answer is 200: a 5xx means "not delivered", so the client's retry with the same key
must be treated as the first delivery, not as a duplicate.

Reference profile: the customer's mock. No key is needed or honoured; the answer follows
``reference_notify`` (calls 1 and 2 per ticket fail, 10 failures in a row lock it up for
30 s), after the same latency. The log still records the key the client sent, and counts
accepted calls per ticket, which is what the customer would see twice.
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
        if state.notify_rule is not None:
            return await _reference_notify(state)
        # the body is read before any answer: a refusal that leaves it unread makes the server
        # close the connection, and a client reusing it meanwhile sees "disconnected without a
        # response" (seen once in CI under load, on the request after a 400)
        body = await request.get_json(force=True, silent=True)
        key = request.headers.get("Idempotency-Key", "").strip()
        if not key or len(key) > MAX_KEY_LENGTH:
            state.notify_log.invalid()
            return problem(400, "missing_idempotency_key",
                           f"send an Idempotency-Key header of 1-{MAX_KEY_LENGTH} characters")
        payload = _payload(body)
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


def register_log(app: Quart, state: ProviderState) -> None:
    """``GET /notify/log``: a test hook, served with the admin routes."""

    @app.get("/notify/log")
    async def notify_log() -> dict:
        body: dict[str, object] = {**state.notify_log.stats()._asdict()}
        if state.reference:
            body.update(state.notify_log.ticket_stats()._asdict())
        body["keys"] = state.notify_log.keys()
        return body


async def _reference_notify(state: ProviderState) -> Response | dict:
    assert state.notify_rule is not None
    body = await request.get_json(force=True, silent=True)
    ticket = body.get("ticket_id") if isinstance(body, dict) else None
    if not isinstance(ticket, str) or not ticket.strip():
        state.notify_log.invalid()
        return problem(422, "invalid_body", "the body must be a JSON object with a ticket_id")
    state.notify_log.received()
    await state.delay(state.config.notify_latency_ms)
    status = state.notify_rule.decide(ticket)
    if status == 503:
        state.notify_log.failed()
        return problem(503, "unavailable", "too many failures in a row; try again later")
    if status != 200:
        state.notify_log.failed()
        return problem(status, "notify_failed", f"call {state.notify_rule.calls_for(ticket)} for {ticket} failed")
    key = request.headers.get("Idempotency-Key", "").strip()[:MAX_KEY_LENGTH] or f"ticket:{ticket}"
    state.notify_log.accept(key, {name: str(body.get(name, "")) for name in FIELDS})
    return {"accepted": True, "ticket_id": ticket}


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
