"""Provider tickets: validation, our stored shape, and field-level change detection."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from actors.rules.clock import to_millis
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

#: fields copied from the provider and compared to detect changes
PROVIDER_FIELDS = ("source", "customer_id", "subject", "message", "status", "created_at", "updated_at")
#: fields we derive by classifying, also tracked in history
LABEL_FIELDS = ("urgency", "sentiment", "requires_action", "reasons", "keywords", "classifier_version")


class ProviderTicket(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=200)
    tenant_id: str = Field(min_length=1, max_length=64)
    source: str = Field(default="unknown", max_length=50)
    customer_id: str = Field(default="", max_length=200)
    subject: str = Field(default="", max_length=2_000)
    message: str = Field(default="", max_length=100_000)
    status: str = Field(min_length=1, max_length=50)
    created_at: datetime
    updated_at: datetime

    @field_validator("created_at", "updated_at")
    @classmethod
    def _millis(cls, value: datetime) -> datetime:
        return to_millis(value)

    @field_validator("id", "tenant_id", "customer_id", "status", "source", mode="before")
    @classmethod
    def _plain_string(cls, value: Any) -> Any:
        # ids may come as numbers from some providers; never accept objects or lists
        if isinstance(value, bool) or isinstance(value, (dict, list)):
            raise ValueError("must be a string")
        return str(value) if isinstance(value, int) else value

    @field_validator("status", "source")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower()


def validate(raw: Any) -> tuple[ProviderTicket | None, str | None]:
    if not isinstance(raw, dict):
        return None, "not an object"
    try:
        return ProviderTicket.model_validate(raw), None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ())) or "ticket"
        return None, f"{where}: {first.get('msg')}"


def provider_fields(ticket: ProviderTicket) -> dict[str, Any]:
    return {name: getattr(ticket, name) for name in PROVIDER_FIELDS}


def label_fields(classification: Any, version: str) -> dict[str, Any]:
    return {
        "urgency": classification.urgency,
        "sentiment": classification.sentiment,
        "requires_action": bool(classification.requires_action),
        "reasons": list(classification.reasons),
        "keywords": list(classification.keywords),
        "classifier_version": version,
    }


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Field-level changes ``{field: {"old", "new"}}`` between a stored doc and new values."""
    changes = {}
    for name, value in new.items():
        before = old.get(name)
        if isinstance(before, datetime):
            before = to_millis(before)
        if before != value:
            changes[name] = {"old": before, "new": value}
    return changes
