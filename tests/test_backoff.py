"""Full-jitter backoff delays and Retry-After parsing."""

import random
from datetime import UTC, datetime

import pytest

from actors.rules.backoff import Attempt, Backoff, parse_retry_after

NOW_WALL = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC).timestamp()


def seeded(**kwargs) -> Backoff:
    return Backoff(rng=random.Random(1234), **kwargs)


def test_ceiling_doubles_until_cap() -> None:
    backoff = Backoff()
    assert [backoff.ceiling(n) for n in range(8)] == [0.5, 1, 2, 4, 8, 16, 30, 30]
    assert backoff.ceiling(10_000) == 30.0  # no OverflowError


@pytest.mark.parametrize("attempt", range(10))
def test_delays_stay_within_each_attempts_ceiling(attempt: int) -> None:
    backoff = seeded()
    ceiling = min(30.0, 0.5 * 2**attempt)
    delays = [backoff.delay(attempt) for _ in range(500)]
    assert all(0.0 <= d <= ceiling for d in delays)
    # Full jitter: the whole range is used, not just the top of it.
    assert min(delays) < 0.1 * ceiling
    assert max(delays) > 0.9 * ceiling


def test_same_seed_same_delays() -> None:
    assert [seeded().delay(n) for n in range(6)] == [seeded().delay(n) for n in range(6)]


def test_unseeded_instances_do_not_share_a_generator() -> None:
    a, b = Backoff(), Backoff()
    assert a.rng is not b.rng


def test_cap_bounds_every_delay() -> None:
    backoff = seeded(base=1.0, cap=2.5)
    assert max(backoff.delay(n) for n in range(50) for _ in range(20)) <= 2.5


def test_attempts_count_and_delays() -> None:
    backoff = seeded(max_attempts=4)
    attempts = list(backoff.attempts())
    assert [a.number for a in attempts] == [0, 1, 2, 3]
    assert [a.last for a in attempts] == [False, False, False, True]
    assert attempts[0].delay == 0.0  # the first try goes at once
    for a in attempts[1:]:
        assert 0.0 <= a.delay <= backoff.ceiling(a.number - 1)
    # The delays are exactly delay(0), delay(1), ... from the same generator.
    again = seeded(max_attempts=4)
    assert [a.delay for a in attempts[1:]] == [again.delay(n) for n in range(3)]


def test_single_attempt_is_last() -> None:
    assert list(Backoff(max_attempts=1).attempts()) == [Attempt(0, 0.0, True)]


def test_retry_loop_gives_up_after_max_attempts() -> None:
    backoff = seeded(max_attempts=3)
    tries = 0
    with pytest.raises(ConnectionError):
        for attempt in backoff.attempts():
            try:
                tries += 1
                raise ConnectionError("provider down")
            except ConnectionError:
                if attempt.last:
                    raise
    assert tries == 3


@pytest.mark.parametrize("kwargs", [{"base": -1.0}, {"cap": -1.0}, {"max_attempts": 0}])
def test_rejects_nonsense(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        Backoff(**kwargs)


def test_negative_attempt_is_an_error() -> None:
    with pytest.raises(ValueError):
        Backoff().delay(-1)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        ("0", 0.0),
        (" 7 ", 7.0),
        ("1.5", 1.5),
        (".25", 0.25),
        ("-5", 0.0),
        ("-0.5", 0.0),
        ("Wed, 01 May 2024 12:00:30 GMT", 30.0),  # IMF-fixdate
        ("Wednesday, 01-May-24 12:01:00 GMT", 60.0),  # RFC 850
        ("Wed May  1 12:00:05 2024", 5.0),  # asctime, read as GMT
        ("Wed, 01 May 2024 11:00:00 GMT", 0.0),  # in the past
    ],
)
def test_parse_retry_after(header: str, seconds: float) -> None:
    assert parse_retry_after(header, now_wall=NOW_WALL) == seconds


@pytest.mark.parametrize(
    "header",
    [None, "", "   ", "soon", "1e3", "nan", "inf", "12abc", "Wed, 99 Foo 2024", "9" * 400],
)
def test_parse_retry_after_rejects_garbage(header: str | None) -> None:
    assert parse_retry_after(header, now_wall=NOW_WALL) is None


def test_parse_retry_after_date_defaults_to_now() -> None:
    far = "Fri, 01 Jan 2100 00:00:00 GMT"
    assert parse_retry_after(far) > 365 * 24 * 3600
