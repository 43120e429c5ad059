"""The notify breaker's state machine, driven by a fake clock on both AnyIO backends."""

from datetime import UTC, datetime

import anyio
import pytest

from actors.rules.circuit_breaker import CircuitBreaker, CircuitOpenError, CircuitSnapshot, CircuitState

pytestmark = pytest.mark.anyio

WALL_AT_ZERO = 1_700_000_000.0


class FakeClock:
    """Time moves only when a test says so."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def breaker(clock: FakeClock) -> CircuitBreaker:
    # Wall clock fixed to "monotonic 0 was WALL_AT_ZERO" so snapshots are exact.
    return CircuitBreaker(
        "notify", clock=clock, wall_clock=lambda: WALL_AT_ZERO + clock.now
    )


def fail(breaker: CircuitBreaker, times: int) -> None:
    for _ in range(times):
        assert breaker.allow()
        breaker.record_failure()


def succeed(breaker: CircuitBreaker, times: int) -> None:
    for _ in range(times):
        assert breaker.allow()
        breaker.record_success()


def trip(breaker: CircuitBreaker) -> None:
    fail(breaker, breaker.failure_threshold)
    assert breaker.state is CircuitState.OPEN


async def test_starts_closed_and_allows(breaker: CircuitBreaker) -> None:
    assert breaker.state is CircuitState.CLOSED
    assert breaker.state == "closed"
    succeed(breaker, 20)
    await anyio.sleep(0)
    assert breaker.state is CircuitState.CLOSED
    assert breaker.snapshot().failures_in_window == 0


async def test_four_failures_in_ten_stay_closed(breaker: CircuitBreaker) -> None:
    fail(breaker, 4)
    succeed(breaker, 6)
    assert breaker.state is CircuitState.CLOSED
    assert breaker.snapshot().failures_in_window == 4


async def test_fifth_failure_in_window_opens(breaker: CircuitBreaker) -> None:
    for outcome in [False, True] * 4 + [True]:  # 4 failures, 5 successes
        assert breaker.allow()
        breaker.record_success() if outcome else breaker.record_failure()
    assert breaker.state is CircuitState.CLOSED
    assert breaker.allow()
    breaker.record_failure()  # 5 of the last 10
    assert breaker.state is CircuitState.OPEN


async def test_failures_slide_out_of_the_window(breaker: CircuitBreaker) -> None:
    fail(breaker, 4)
    succeed(breaker, 6)  # window full: F F F F S S S S S S
    for _ in range(4):
        fail(breaker, 1)  # each new failure pushes an old one out: still 4
        assert breaker.state is CircuitState.CLOSED
        assert breaker.snapshot().failures_in_window == 4
    fail(breaker, 1)  # now a success falls out: 5 of the last 10
    assert breaker.state is CircuitState.OPEN


async def test_successes_push_failures_out(breaker: CircuitBreaker) -> None:
    fail(breaker, 4)
    succeed(breaker, 8)  # two of the failures fell out
    assert breaker.snapshot().failures_in_window == 2
    fail(breaker, 4)  # the old failures slid out first: S S S S S S F F F F
    assert breaker.state is CircuitState.CLOSED
    assert breaker.snapshot().failures_in_window == 4
    fail(breaker, 1)
    assert breaker.state is CircuitState.OPEN


async def test_failures_far_apart_never_open(breaker: CircuitBreaker) -> None:
    for _ in range(10):
        fail(breaker, 1)
        succeed(breaker, 2)  # at most 4 failures in any 10 consecutive calls
        await anyio.sleep(0)
    assert breaker.state is CircuitState.CLOSED


async def test_open_fails_fast_until_timer(breaker: CircuitBreaker, clock: FakeClock) -> None:
    trip(breaker)
    for _ in range(3):
        assert not breaker.allow()
        clock.advance(9.9)
    await anyio.sleep(0)
    assert clock.now == pytest.approx(1029.7)
    assert breaker.state is CircuitState.OPEN
    assert breaker.retry_after() == pytest.approx(0.3)
    assert not breaker.allow()
    assert breaker.snapshot().short_circuited == 4


async def test_open_past_timer_reads_half_open_without_changing(
    breaker: CircuitBreaker, clock: FakeClock
) -> None:
    trip(breaker)
    clock.advance(30.0)
    assert breaker.state is CircuitState.HALF_OPEN
    assert breaker.snapshot().state is CircuitState.HALF_OPEN
    assert breaker.retry_after() == 0.0
    # Reading twice admitted nothing: the probe is still available.
    assert breaker.allow()


async def test_half_open_admits_exactly_one_probe(
    breaker: CircuitBreaker, clock: FakeClock
) -> None:
    trip(breaker)
    clock.advance(30.0)
    assert breaker.allow()
    assert breaker.state is CircuitState.HALF_OPEN
    await anyio.sleep(0)
    clock.advance(100.0)  # however long the probe takes
    assert [breaker.allow() for _ in range(5)] == [False] * 5
    assert breaker.snapshot().short_circuited == 5


async def test_probe_success_closes_with_clear_window(
    breaker: CircuitBreaker, clock: FakeClock
) -> None:
    trip(breaker)
    clock.advance(30.0)
    assert breaker.allow()
    breaker.record_success()
    assert breaker.state is CircuitState.CLOSED
    snap = breaker.snapshot()
    assert (snap.failures_in_window, snap.opened_at, snap.retry_at) == (0, None, None)
    # A cleared window needs a full threshold of new failures to open again.
    fail(breaker, 4)
    assert breaker.state is CircuitState.CLOSED
    fail(breaker, 1)
    assert breaker.state is CircuitState.OPEN


async def test_probe_failure_reopens_with_new_timer(
    breaker: CircuitBreaker, clock: FakeClock
) -> None:
    trip(breaker)
    first_opened = breaker.snapshot().opened_at
    clock.advance(31.0)
    assert breaker.allow()
    clock.advance(2.0)  # the probe is slow, then fails
    breaker.record_failure()
    assert breaker.state is CircuitState.OPEN
    snap = breaker.snapshot()
    assert snap.opened_at == clock.now == first_opened + 33.0
    assert snap.retry_at == clock.now + 30.0
    clock.advance(29.9)
    assert not breaker.allow()
    clock.advance(0.1)
    assert breaker.allow()


async def test_late_outcomes_while_open_do_not_move_state(
    breaker: CircuitBreaker, clock: FakeClock
) -> None:
    trip(breaker)
    breaker.record_success()  # a call admitted before the trip came back late
    breaker.record_failure()
    assert breaker.state is CircuitState.OPEN
    assert breaker.snapshot().retry_at == clock.now + 30.0


async def test_reset_closes_from_any_state(breaker: CircuitBreaker, clock: FakeClock) -> None:
    trip(breaker)
    breaker.reset()
    assert breaker.state is CircuitState.CLOSED
    assert breaker.snapshot().failures_in_window == 0
    assert breaker.allow()

    trip(breaker)
    clock.advance(30.0)
    assert breaker.allow()  # probe out
    breaker.reset()
    assert breaker.state is CircuitState.CLOSED
    assert all(breaker.allow() for _ in range(3))
    assert breaker.snapshot().total_calls == 10  # totals survive a reset


async def test_snapshot_fields(breaker: CircuitBreaker, clock: FakeClock) -> None:
    succeed(breaker, 3)
    fail(breaker, 5)
    assert not breaker.allow()
    snap = breaker.snapshot()
    opened = 1000.0
    assert snap == CircuitSnapshot(
        name="notify",
        state=CircuitState.OPEN,
        failures_in_window=5,
        window_size=10,
        failure_threshold=5,
        opened_at=opened,
        retry_at=opened + 30.0,
        total_calls=8,
        total_failures=5,
        short_circuited=1,
        opened_at_wall=datetime.fromtimestamp(WALL_AT_ZERO + opened, UTC),
        retry_at_wall=datetime.fromtimestamp(WALL_AT_ZERO + opened + 30.0, UTC),
    )
    with pytest.raises(AttributeError):
        snap.state = CircuitState.CLOSED  # type: ignore[misc]
    # The wall-clock view does not drift as time passes.
    clock.advance(12.5)
    assert breaker.snapshot().opened_at_wall == snap.opened_at_wall


async def test_status_body_matches_contract(breaker: CircuitBreaker) -> None:
    assert breaker.snapshot().to_status() == {
        "name": "notify",
        "state": "closed",
        "failures_in_window": 0,
        "window_size": 10,
        "failure_threshold": 5,
        "opened_at": None,
        "retry_at": None,
    }
    trip(breaker)
    status = breaker.snapshot().to_status()
    assert status["state"] == "open"
    assert status["opened_at"] == "2023-11-14T22:30:00Z"  # WALL_AT_ZERO + 1000 s
    assert status["retry_at"] == "2023-11-14T22:30:30Z"


async def test_open_error_carries_retry_at(breaker: CircuitBreaker, clock: FakeClock) -> None:
    trip(breaker)
    assert not breaker.allow()
    error = breaker.open_error()
    assert error.retry_at == clock.now + 30.0
    assert error.name == "notify"
    with pytest.raises(CircuitOpenError, match="notify"):
        raise error


async def test_custom_window_and_threshold(clock: FakeClock) -> None:
    small = CircuitBreaker("tiny", window=3, failure_threshold=2, open_seconds=1.0, clock=clock)
    fail(small, 1)
    succeed(small, 2)
    fail(small, 1)  # the first failure slid out: 1 of 3
    assert small.state is CircuitState.CLOSED
    fail(small, 1)
    assert small.state is CircuitState.OPEN
    clock.advance(1.0)
    assert small.allow()


@pytest.mark.parametrize(
    "kwargs",
    [{"window": 0}, {"failure_threshold": 0}, {"failure_threshold": 11}, {"open_seconds": -1}],
)
async def test_rejects_nonsense_settings(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        CircuitBreaker("bad", **kwargs)


async def test_default_clock_is_anyio_time() -> None:
    breaker = CircuitBreaker("notify", open_seconds=0.0)
    before = anyio.current_time()
    fail(breaker, 5)
    snap = breaker.snapshot()
    assert snap.opened_at is not None
    assert before <= snap.opened_at <= anyio.current_time()
    await anyio.sleep(0)
    assert breaker.state is CircuitState.HALF_OPEN  # zero-length open period is over
    assert breaker.allow()
    assert not breaker.allow()
    breaker.record_success()
    assert breaker.state is CircuitState.CLOSED


async def test_repr_shows_live_state(breaker: CircuitBreaker) -> None:
    fail(breaker, 2)
    assert repr(breaker) == "<CircuitBreaker 'notify' [closed | 2/10 failed, threshold 5]>"
