"""GCRA math for the shared provider budget, and the MongoDB pipelines that apply it."""

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actors.rules.gcra import (
    Decision,
    Gcra,
    Reservation,
    mongo_penalize_pipeline,
    mongo_reserve_pipeline,
)

NOW = 1_700_000_000.0  # a realistic epoch: float resolution there is ~0.24 us


def reserve_many(gcra: Gcra, tat: float | None, now: float, n: int) -> tuple[list[float], float]:
    starts = []
    for _ in range(n):
        tat = (r := gcra.reserve(tat, now)).new_tat
        starts.append(r.start_at)
    assert tat is not None
    return starts, tat


def test_rate_60_per_minute_is_one_second_apart() -> None:
    gcra = Gcra(60)
    assert gcra.emission_interval == 1.0
    assert gcra.tolerance == 0.0
    assert Gcra(120).emission_interval == 0.5
    assert Gcra(60, burst=4).tolerance == 3.0


def test_first_reservation_starts_now() -> None:
    assert Gcra(60).reserve(None, NOW) == Reservation(start_at=NOW, new_tat=NOW + 1.0)


def test_reservations_from_one_instant_are_spaced_by_interval() -> None:
    gcra = Gcra(30)  # T = 2 s
    starts, tat = reserve_many(gcra, None, NOW, 5)
    assert starts == [NOW, NOW + 2, NOW + 4, NOW + 6, NOW + 8]
    assert tat == NOW + 10


def test_stale_tat_does_not_bank_credit() -> None:
    gcra = Gcra(60)
    starts, _ = reserve_many(gcra, NOW - 3600.0, NOW, 3)
    assert starts == [NOW, NOW + 1, NOW + 2]  # an idle hour is no burst with burst=1


def test_burst_goes_at_once_then_paces() -> None:
    gcra = Gcra(60, burst=3)
    starts, tat = reserve_many(gcra, None, NOW, 6)
    assert starts == [NOW, NOW, NOW, NOW + 1, NOW + 2, NOW + 3]
    # After a quiet spell as long as the burst, it is available again.
    later = tat + 2.0
    assert reserve_many(gcra, tat, later, 4)[0] == [later, later, later, later + 1]


def test_a_reservation_that_holds_part_of_the_burst_back_leaves_it_to_the_next() -> None:
    gcra = Gcra(60, burst=2)
    first = gcra.reserve(None, NOW, held=1)  # as if burst=1: now, and the next one second later
    assert (first.start_at, gcra.reserve(first.new_tat, NOW, held=1).start_at) == (NOW, NOW + 1)
    assert gcra.reserve(first.new_tat, NOW).start_at == NOW  # the held slot, for a full reservation
    assert gcra.held_tolerance(5) == 0.0  # never negative


def test_partial_refill_after_short_pause() -> None:
    gcra = Gcra(60, burst=3)
    _, tat = reserve_many(gcra, None, NOW, 3)  # tat = NOW + 3, burst used up
    later = NOW + 1.0  # one interval later: one slot back
    starts, _ = reserve_many(gcra, tat, later, 2)
    assert starts == [later, later + 1.0]


def test_decide_steady_rate() -> None:
    gcra = Gcra(60)
    first = gcra.decide(None, NOW)
    assert first == Decision(allowed=True, new_tat=NOW + 1.0, wait=0.0)
    early = gcra.decide(first.new_tat, NOW + 0.25)
    assert early == Decision(allowed=False, new_tat=first.new_tat, wait=0.75)
    on_time = gcra.decide(first.new_tat, NOW + 1.0)
    assert on_time == Decision(allowed=True, new_tat=NOW + 2.0, wait=0.0)


def test_decide_with_burst() -> None:
    gcra = Gcra(60, burst=2)
    tat = None
    for _ in range(2):
        decision = gcra.decide(tat, NOW)
        assert decision.allowed
        tat = decision.new_tat
    refused = gcra.decide(tat, NOW)
    assert refused == Decision(allowed=False, new_tat=NOW + 2.0, wait=1.0)


times = st.floats(min_value=NOW - 1000, max_value=NOW + 1000, allow_nan=False)


@given(
    rate=st.integers(1, 600),
    burst=st.integers(1, 10),
    tat=st.none() | times,
    now=times,
)
def test_decide_agrees_with_reserve(rate: int, burst: int, tat: float | None, now: float) -> None:
    gcra = Gcra(rate, burst)
    decision = gcra.decide(tat, now)
    reservation = gcra.reserve(tat, now)
    assert decision.allowed == (reservation.start_at == now)
    if decision.allowed:
        assert decision.new_tat == reservation.new_tat
        assert decision.wait == 0.0
    else:
        assert decision.new_tat == tat
        assert decision.wait == pytest.approx(reservation.start_at - now, abs=1e-6)


def test_penalty_delays_next_start() -> None:
    gcra = Gcra(60)
    _, tat = reserve_many(gcra, None, NOW, 2)  # tat = NOW + 2
    penalized = gcra.penalize(tat, NOW + 0.5, retry_after=10.0)
    assert penalized == NOW + 10.5
    starts, _ = reserve_many(gcra, penalized, NOW + 0.6, 2)
    assert starts == [NOW + 10.5, NOW + 11.5]


def test_penalty_with_burst_allows_no_early_burst() -> None:
    gcra = Gcra(60, burst=5)
    penalized = gcra.penalize(None, NOW, retry_after=7.0)
    starts, _ = reserve_many(gcra, penalized, NOW, 3)
    assert min(starts) == NOW + 7.0
    assert starts == [NOW + 7.0, NOW + 8.0, NOW + 9.0]


def test_penalty_never_moves_state_back() -> None:
    gcra = Gcra(60)
    assert gcra.penalize(NOW + 100.0, NOW, retry_after=5.0) == NOW + 100.0
    assert gcra.penalize(None, NOW, retry_after=-3.0) == NOW  # bogus header: no pause


@pytest.mark.parametrize("kwargs", [{"rate_per_minute": 0}, {"rate_per_minute": 60, "burst": 0}])
def test_rejects_nonsense(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        Gcra(**kwargs)


@given(
    rate=st.integers(1, 120),
    burst=st.integers(1, 5),
    calls=st.lists(
        st.tuples(st.floats(min_value=0.0, max_value=30.0, allow_nan=False) | st.just(0.0), st.integers(0, 5)),
        min_size=1,
        max_size=300,
    ),
)
def test_no_minute_holds_more_than_rate_plus_burst(
    rate: int, burst: int, calls: list[tuple[float, int]]
) -> None:
    """Whatever the arrival pattern, and whatever part of the burst each reservation leaves
    to others (``held``), any [t, t + 60 s) holds at most rate + burst - 1 starts."""
    gcra = Gcra(rate, burst)
    tat: float | None = None
    now = NOW
    starts = []
    for gap, held in calls:
        now += gap
        reservation = gcra.reserve(tat, now, held)
        assert reservation.start_at >= now
        starts.append(reservation.start_at)
        tat = reservation.new_tat
    if not any(held for _, held in calls):  # a full reservation may start before a held one
        assert starts == sorted(starts)  # slots are handed out in order
    limit = rate + burst - 1
    for i, first in enumerate(starts):
        # Windows opening at a start are the worst case; float rounding of the epoch
        # sums is far below a microsecond, so shrink the window by one.
        in_window = [s for s in starts[i:] if s < first + 60.0 - 1e-6]
        assert len(in_window) <= limit


# --- MongoDB pipelines ---------------------------------------------------------------


def evaluate(expr: Any, doc: dict[str, Any]) -> Any:
    """Just enough of MongoDB's aggregation expressions to run our pipelines."""
    if isinstance(expr, str) and expr.startswith("$"):
        return doc.get(expr[1:])
    if isinstance(expr, dict):
        ((op, args),) = expr.items()
        values = [evaluate(arg, doc) for arg in args]
        match op:
            case "$max":
                return max(v for v in values if v is not None)
            case "$ifNull":
                return values[0] if values[0] is not None else values[1]
            case "$add":
                return sum(values)
            case "$subtract":
                return values[0] - values[1]
        raise AssertionError(f"unexpected operator {op}")
    return expr


def apply(pipeline: list[dict[str, Any]], doc: dict[str, Any]) -> dict[str, Any]:
    for stage in pipeline:
        ((name, fields),) = stage.items()
        assert name == "$set"
        # $set evaluates every field against the stage's input document.
        doc = doc | {key: evaluate(expr, doc) for key, expr in fields.items()}
    return doc


def test_reserve_pipeline_shape() -> None:
    pipeline = mongo_reserve_pipeline(NOW, 1.0, 2.0)
    base = {"$max": [{"$ifNull": ["$tat", NOW]}, NOW]}
    assert pipeline == [
        {"$set": {"start_at": {"$max": [{"$subtract": [base, 2.0]}, NOW]}}},
        {"$set": {"tat": {"$add": [base, 1.0]}}},
    ]
    assert Gcra(60, burst=3).reserve_pipeline(NOW) == pipeline


def test_penalize_pipeline_shape() -> None:
    floor = NOW + 10.0
    assert mongo_penalize_pipeline(NOW, 10.0) == [
        {"$set": {"tat": {"$max": [{"$ifNull": ["$tat", floor]}, floor]}}}
    ]
    assert Gcra(60, burst=3).penalize_pipeline(NOW, 10.0) == mongo_penalize_pipeline(
        NOW, 10.0, tau=2.0
    )


@given(
    rate=st.integers(1, 600),
    burst=st.integers(1, 10),
    tat=st.none() | times,
    now=times,
    held=st.integers(0, 10),
)
def test_reserve_pipeline_matches_python(
    rate: int, burst: int, tat: float | None, now: float, held: int
) -> None:
    gcra = Gcra(rate, burst)
    doc = {"_id": "provider"} if tat is None else {"_id": "provider", "tat": tat}
    after = apply(gcra.reserve_pipeline(now, held), doc)
    expected = gcra.reserve(tat, now, held)
    assert (after["start_at"], after["tat"]) == (expected.start_at, expected.new_tat)


@given(
    burst=st.integers(1, 10),
    tat=st.none() | times,
    now=times,
    retry_after=st.floats(min_value=-5, max_value=600, allow_nan=False),
)
def test_penalize_pipeline_matches_python(
    burst: int, tat: float | None, now: float, retry_after: float
) -> None:
    gcra = Gcra(60, burst)
    doc = {} if tat is None else {"tat": tat}
    after = apply(gcra.penalize_pipeline(now, retry_after), doc)
    assert after["tat"] == gcra.penalize(tat, now, retry_after)
