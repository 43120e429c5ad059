"""The notifier's schedule (``actors/rules/alert_schedule.py``) as a pure unit: tables in, plans out.

No database, no clock: a breaker view, candidates and a success model go in, the calls to
make now (or how long to wait) come out. The last tests replay whole backlogs against the
reference provider's rule with the real breaker on a fake clock (``bench/alert_limit.py``).
"""

from __future__ import annotations

import pytest

from actors.rules.alert_schedule import BreakerView, Candidate, Plan, SuccessModel, plan, priority, severity_name
from bench import alert_limit

F, S = False, True


def reference_model(seen: int = 20) -> SuccessModel:
    """What the notifier learns from a provider that fails calls 1 and 2 for every alert."""
    model = SuccessModel()
    for _ in range(seen):
        model.record(0, False)
        model.record(1, False)
        model.record(2, True)
    return model


def healthy_model() -> SuccessModel:
    model = SuccessModel()
    for n in range(model.cap + 1):
        for outcome in (S, S, S, S, F):
            model.record(n, outcome)
    return model


def c(key: str, attempts: int = 0, prio: int = 1, created: float = 0.0, due_in: float = 0.0) -> Candidate:
    return Candidate(key, prio, attempts, created, due_in)


def keys(result: Plan) -> list[str]:
    return [call.key for call in result.calls]


def closed(*recent: bool) -> BreakerView:
    return BreakerView("closed", tuple(recent))


@pytest.mark.parametrize(("reason", "urgency", "rank", "name"), [
    ("legal_threat", "high", 0, "critical"),
    ("privacy", "high", 0, "critical"),
    ("security", "high", 0, "critical"),
    ("outage", "high", 0, "critical"),
    ("data_loss", "high", 1, "high"),
    ("chargeback", "high", 1, "high"),
    ("high_urgency", "high", 1, "high"),
    ("bug", "medium", 2, "normal"),
    (None, None, 2, "normal"),
])
def test_severity_from_reason_and_urgency(reason, urgency, rank, name):
    assert priority(reason, urgency) == rank
    assert severity_name(rank) == name


@pytest.mark.parametrize(("recent", "absorbable", "to_free"), [
    ((), 5, 0),
    ((F,), 4, 0),
    ((F, F, F, F), 1, 6),  # six successes fill the window; the next failure pushes one out
    ((F, F, F, F, S, S, S), 1, 3),
    ((F, F, F, F, S, S, S, S, S, S), 5, 0),
    ((S, S, S, S, S, S, F, F, F, F), 1, 6),
    ((S,) * 10, 5, 0),
])
def test_what_the_window_still_absorbs(recent, absorbable, to_free):
    view = closed(*recent)
    assert view.absorbable() == absorbable
    assert view.successes_to_free() == to_free


def test_model_learns_per_attempt_count_and_shares_the_last_cell():
    model = SuccessModel(cap=3)
    assert model.estimate(0) == 0.5 and not model.tried(0)
    model.record(0, False)
    model.record(0, False)
    model.record(2, True)
    model.record(7, True)
    assert model.estimate(0) == pytest.approx(0.25) and model.tried(0)
    assert model.estimate(2) == pytest.approx(2 / 3)
    assert model.estimate(3) == model.estimate(9) == pytest.approx(2 / 3)
    assert model.likely_attempts() == [1, 2, 3]  # 1 is untried: 0.5 counts as likely
    assert model.table() == [(0, 2, 0), (2, 1, 1), (3, 1, 1)]


def test_open_breaker_or_nothing_to_send_plans_nothing():
    assert plan(BreakerView("open"), [c("a")], reference_model(), 8) == Plan()
    assert plan(closed(), [], reference_model(), 8) == Plan()
    assert plan(closed(), [c("a")], reference_model(), 0) == Plan()


def test_half_open_probe_is_the_most_attempted_alert_when_nothing_is_known():
    model = SuccessModel()
    for n in range(4):  # every count tried once, all alike
        model.record(n, True)
        model.record(n, False)
    candidates = [c("fresh", 0, prio=0), c("once", 1, prio=0), c("thrice", 3, prio=2), c("twice", 2, prio=0)]
    assert keys(plan(BreakerView("half_open"), candidates, model, 8)) == ["thrice"]


def test_half_open_probe_is_the_likeliest_success_when_the_model_knows():
    candidates = [c("fresh", 0, prio=0), c("once", 1, prio=0), c("twice-normal", 2, prio=2, created=1),
                  c("twice-critical", 2, prio=0, created=2)]
    assert keys(plan(BreakerView("half_open"), candidates, reference_model(), 8)) == ["twice-critical"]


def test_half_open_waits_for_a_likely_success_about_to_come_due():
    candidates = [c("fresh", 0), c("twice", 2, due_in=1.5)]
    assert plan(BreakerView("half_open"), candidates, reference_model(), 8) == Plan((), 1.5)
    later = [c("fresh", 0), c("twice", 2, due_in=10.0)]
    assert keys(plan(BreakerView("half_open"), later, reference_model(), 8)) == ["fresh"]


def test_fresh_window_spends_its_free_failures_first_most_severe_and_closest_to_success():
    candidates = [
        c("normal-fresh", 0, prio=2, created=1), c("critical-fresh", 0, prio=0, created=5),
        c("high-once", 1, prio=1, created=3), c("normal-twice", 2, prio=2, created=0),
        c("critical-twice", 2, prio=0, created=9), c("high-fresh", 0, prio=1, created=2),
        c("normal-fresh-2", 0, prio=2, created=4),
    ]
    result = plan(closed(), candidates, reference_model(), 8)
    # four failures cannot open it; a fifth call would meet a full window, which the next
    # round decides on (below), so the likely successes wait
    assert keys(result) == ["critical-fresh", "high-once", "high-fresh", "normal-fresh"]


def test_room_left_after_the_failures_goes_to_likely_successes_most_severe_first():
    candidates = [c("normal-twice", 2, prio=2, created=0), c("critical-twice", 2, prio=0, created=9),
                  c("fresh", 0, prio=1), c("once", 1, prio=2), c("high-twice", 2, prio=1)]
    result = plan(closed(), candidates, reference_model(), 8)
    assert keys(result) == ["fresh", "once", "critical-twice", "high-twice", "normal-twice"]


def test_never_more_calls_at_once_than_the_window_absorbs():
    candidates = [c(f"k{n}", n % 3) for n in range(20)]
    assert len(plan(closed(), candidates, healthy_model(), 8).calls) == 5
    assert len(plan(closed(F), candidates, healthy_model(), 8).calls) == 4
    assert len(plan(closed(F, F), candidates, healthy_model(), 8).calls) == 3
    assert len(plan(closed(), candidates, healthy_model(), 3).calls) == 3


def test_full_window_frees_itself_with_successes_when_enough_are_ready():
    wins = [c(f"w{n}", 2, prio=n % 3, created=n) for n in range(6)]
    result = plan(closed(F, F, F, F), [c("fresh", 0, prio=0), *wins], reference_model(), 8)
    assert keys(result) == ["w0"]  # one at a time: the next failure would open it


def test_full_window_keeps_too_few_successes_for_later_and_opens_with_the_best_failure():
    candidates = [c("w0", 2), c("w1", 2), c("w2", 2), c("fresh", 0, prio=1), c("once", 1, prio=1, created=5)]
    assert keys(plan(closed(F, F, F, F), candidates, reference_model(), 8)) == ["once"]


def test_full_window_with_no_failure_left_to_spend_sends_the_successes():
    assert keys(plan(closed(F, F, F, F), [c("w0", 2, prio=2), c("w1", 2, prio=0)], reference_model(), 8)) == ["w1"]


def test_the_opening_failure_waits_for_an_alert_closer_to_success():
    candidates = [c("fresh", 0), c("once", 1, due_in=0.8)]
    assert plan(closed(F, F, F, F), candidates, reference_model(), 8) == Plan((), 0.8)


def test_an_untried_attempt_count_is_tried_alone_while_a_failure_is_free():
    model = SuccessModel()
    model.record(0, False)
    candidates = [c("fresh", 0), c("once", 1, prio=2), c("other", 0, prio=0)]
    assert keys(plan(closed(F), candidates, model, 8)) == ["once"]
    # no failure is free: the opening one goes to the most severe alert that will likely fail
    assert keys(plan(closed(F, F, F, F), candidates, model, 8)) == ["other"]
    assert plan(closed(F), [c("fresh", 0), c("once", 1, due_in=0.5)], model, 8) == Plan((), 0.5)


# -- whole backlogs against the reference provider's rule (simulated time) ----------------------


@pytest.mark.parametrize("alerts", [6, 30, 120])
def test_the_schedule_delivers_each_alert_with_three_calls_near_the_bound(alerts):
    result = alert_limit.simulate(alert_limit.breaker_aware, alerts=alerts, call=0.3)
    assert result.delivered == alerts and result.calls == 3 * alerts
    assert result.duplicates == 0 and result.lockups == 0
    bound = alert_limit.bound(0.3).per_minute
    assert bound == pytest.approx(5.92, abs=0.01)
    assert result.per_minute >= (0.85 if alerts == 6 else 0.95) * bound


def test_the_order_of_work_before_this_change_stays_far_below_it():
    before = alert_limit.simulate(alert_limit.oldest_due, alerts=60, call=0.3)
    ours = alert_limit.simulate(alert_limit.breaker_aware, alerts=60, call=0.3)
    assert ours.per_minute > 3 * before.per_minute


@pytest.mark.parametrize(("successes", "failures"), [(0, 5), (5, 5), (6, 9), (11, 9), (12, 13)])
def test_the_most_failures_a_closed_phase_holds(successes, failures):
    assert alert_limit.max_failures(successes) == failures
