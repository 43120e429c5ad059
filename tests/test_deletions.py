"""Deletions that cannot be wrong: tickets deleted at the provider while a job is between pages.

Offset paging shifts under a deletion: every later page starts one ticket further on, so a
live ticket slides onto a page already read and is missing from the walk. The old rule
(soft-delete whatever the walk missed) then deleted live tickets; the issue measured 15 live
tickets soft-deleted for 15 deleted at the provider. Here the job is paused between pages
(a budget pause, as a 429 would cause), tickets are deleted on the provider, and then:

- no live ticket is ever marked deleted (nor gets a "deleted" history entry);
- with the provider's deleted list, every deleted ticket is marked in the same run;
- without one (a provider that has no list), a ticket deleted on a page not yet read is
  missing, confirmed gone by the single-ticket endpoint (404) and marked in the same run; one
  deleted after its page was read was seen alive this run, so it is marked by the next run.

Against the real mock (``DELETE /admin/tickets/{id}``) in both profiles: ``default`` (a
tenant filter) and ``reference`` (the customer's: every tenant's tickets, ``total_count``
over all of them), and against ``FakeProvider`` without a deleted list.
"""

from __future__ import annotations

import anyio
import httpx
import pytest

from actors.ingester import run_job
from actors.rate_limiter import Penalize
from actors.storage import job_log
from actors.storage.schema import HISTORY
from tests.support.mock_process import start_mock_api
from tests.test_ingester import FakeProvider, IngestKit, ingest_kit, make_ticket, stored_ids

pytestmark = pytest.mark.anyio

PAGE_SIZE = 20


@pytest.fixture(scope="module", params=["default", "reference"])
def mock(request):
    """A provider of our own per profile: these tests delete its tickets."""
    with start_mock_api("--tickets", "700", "--rate-limit-per-minute", "100000", "--notify-failure-rate", "0",
                        "--seed", "23", "--profile", request.param) as api:
        yield request.param, api


def provider_live(url: str, tenant: str) -> dict[str, dict]:
    """The tenant's live tickets as the provider has them now (a plain walk, no job)."""
    out, page = {}, 1
    while page:
        body = httpx.get(url + "/external/support-tickets",
                         params={"tenant_id": tenant, "page": page, "page_size": 100}).json()
        out.update({t["id"]: t for t in body["tickets"] if t["tenant_id"] == tenant})
        page = body["next_page"]
    return out


async def pause_between_pages(kit: IngestKit, job_id: str, after_pages: int, delete) -> None:
    """Once ``after_pages`` are stored, pause the budget (no call goes out), run ``delete``,
    and check the job is still mid-walk when the deletions are done."""
    with anyio.fail_after(30):
        while (await job_log.get(kit.deps.store, job_id))["processed_pages"] < after_pages:
            await anyio.sleep(0.01)
    await kit.rate_limiter.ask(Penalize(3.0))  # long enough for the deletions on a busy machine
    await delete()
    doc = await job_log.get(kit.deps.store, job_id)
    assert doc["status"] == "running" and doc["processed_pages"] < doc["total_pages"], doc


async def test_tickets_deleted_between_pages_never_take_a_live_one_with_them(store, mock):
    profile, api = mock
    tenant = "acme"
    async with ingest_kit(store, url=api.url, page_size=PAGE_SIZE) as kit, httpx.AsyncClient() as http:
        assert (await kit.run(tenant))["status"] == "completed"
        before = sorted(provider_live(api.url, tenant))
        # five on pages the job will have read (every later page shifts), ten further on,
        # and in the reference profile five of other tenants too (their list is ours as well)
        victims = before[1:10:2] + before[-60::6]
        others = [t for t in sorted(provider_live(api.url, "globex"))[:5]] if profile == "reference" else []

        async def delete() -> None:
            for ticket_id in victims + others:
                (await http.delete(f"{api.url}/admin/tickets/{ticket_id}")).raise_for_status()

        spec = await kit.start(tenant)
        async with anyio.create_task_group() as tg:
            tg.start_soon(run_job, spec, kit.deps)
            await pause_between_pages(kit, spec.job_id, 2, delete)
        job = await job_log.get(store, spec.job_id)
    assert job["status"] == "completed", job
    live_now = set(provider_live(api.url, tenant))
    assert live_now == set(before) - set(victims)
    assert await stored_ids(store, tenant, live=True) == live_now  # no live ticket deleted...
    assert await stored_ids(store, tenant, live=False) == set(victims)  # ...and every deleted one marked, this run
    m = job["metrics"]
    assert (m["deleted"], m["deleted_by_list"], m["deleted_by_absence"]) == (len(victims), len(victims), 0)
    entries = await store[HISTORY].find({"tenant_id": tenant, "action": "deleted"})
    assert {e["ticket_id"] for e in entries} == set(victims)


async def test_without_a_deleted_list_unread_deletions_go_now_and_read_ones_next_run(store):
    provider = FakeProvider([make_ticket(i) for i in range(200)], has_deleted_list=False)
    async with ingest_kit(store, provider, page_size=PAGE_SIZE) as kit:
        assert (await kit.run())["status"] == "completed"
        read_early = ["T00003", "T00007"]    # on page 1: read before they go
        unread = ["T00150", "T00190"]        # on pages not read yet

        async def delete() -> None:
            for ticket_id in read_early + unread:
                provider.tickets = [t for t in provider.tickets if t["id"] != ticket_id]

        spec = await kit.start()
        async with anyio.create_task_group() as tg:
            tg.start_soon(run_job, spec, kit.deps)
            await pause_between_pages(kit, spec.job_id, 3, delete)
        job = await job_log.get(store, spec.job_id)
        assert job["status"] == "completed"
        live = {t["id"] for t in provider.tickets}
        assert await stored_ids(store, live=True) >= live  # never a live one
        assert await stored_ids(store, live=False) == set(unread)  # missing, 404 each: gone now
        # two live tickets slid onto page 3 (already read) when the two of page 1 went: checked, kept
        assert job["metrics"]["verified_live"] == 2 and job["metrics"]["deleted_verified"] == 2
        following = await kit.run()
    assert following["metrics"]["deleted_verified"] == 2
    assert await stored_ids(store, live=False) == set(read_early + unread)
    assert await stored_ids(store, live=True) == live
