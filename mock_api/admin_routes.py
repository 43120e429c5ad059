"""``/admin/*``: the hooks tests and demos use to steer the mock and read it back.

None of these are rate limited: a test that checks the app's discipline must be
able to read the meter without spending the budget it is measuring. They are served
only where that is safe (see ``mock_api/__init__``: a loopback bind, or ``MOCK_ADMIN=1``),
because anyone who reaches them can rewrite the provider's tickets.
"""

from __future__ import annotations

from quart import Quart, Response, request

from .config import ConfigError
from .problem import problem
from .state import ProviderState
from .store import TicketDeleted, TicketExists, UnknownTicket
from .ticket_fields import TicketInputError, ticket_changes


def register(app: Quart, state: ProviderState) -> None:
    _register_meter_and_config(app, state)
    _register_ticket_edits(app, state)


def _register_meter_and_config(app: Quart, state: ProviderState) -> None:
    @app.get("/admin/stats")
    async def stats() -> dict:
        return {**state.meter.stats()._asdict(), "rate_limit_per_minute": state.limiter.limit}

    @app.post("/admin/reset-counters")
    async def reset_counters() -> dict:
        state.reset_counters()
        return {"reset": True}

    @app.get("/admin/config")
    async def read_config() -> dict:
        return state.config.to_json()

    @app.post("/admin/config")
    async def change_config() -> Response | dict:
        body = await request.get_json(force=True, silent=True)
        if not isinstance(body, dict):
            return problem(422, "invalid_body", "send a JSON object of settings to change")
        try:
            state.reconfigure(body)
        except ConfigError as error:
            return problem(422, "invalid_config", str(error))
        return state.config.to_json()


def _register_ticket_edits(app: Quart, state: ProviderState) -> None:
    store = state.store

    @app.post("/admin/tickets")
    async def create_ticket() -> Response | tuple[dict, int]:
        body = await request.get_json(force=True, silent=True)
        try:
            changes = ticket_changes(body, creating=True)
            missing = [name for name in ("tenant_id", "subject", "message") if name not in changes]
            if missing:
                raise TicketInputError(f"required: {', '.join(missing)}")
            ticket = store.create(changes)
        except TicketExists as error:
            return problem(409, "ticket_exists", f"ticket {error} already exists")
        except ValueError as error:
            return problem(422, "invalid_ticket", str(error))
        return ticket.to_json(show_deleted=True), 201

    @app.get("/admin/tickets/<ticket_id>")
    async def read_ticket(ticket_id: str) -> Response | dict:
        try:
            return store.get(ticket_id).to_json(show_deleted=True)
        except UnknownTicket:
            return problem(404, "ticket_not_found", f"no ticket {ticket_id}")

    @app.patch("/admin/tickets/<ticket_id>")
    async def patch_ticket(ticket_id: str) -> Response | dict:
        body = await request.get_json(force=True, silent=True)
        try:
            ticket = store.patch(ticket_id, ticket_changes(body, creating=False))
        except UnknownTicket:
            return problem(404, "ticket_not_found", f"no ticket {ticket_id}")
        except TicketDeleted:
            return problem(409, "ticket_deleted", f"ticket {ticket_id} is deleted")
        except ValueError as error:
            return problem(422, "invalid_ticket", str(error))
        state.settle(ticket_id)
        return ticket.to_json()

    @app.delete("/admin/tickets/<ticket_id>")
    async def delete_ticket(ticket_id: str) -> Response | dict:
        try:
            return store.delete(ticket_id).to_json(show_deleted=True)
        except UnknownTicket:
            return problem(404, "ticket_not_found", f"no ticket {ticket_id}")
