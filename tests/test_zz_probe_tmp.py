import time, anyio, httpx, pytest
from tests.test_alerts_e2e import *
from tests.test_alerts_e2e import mock, fresh_notify_log, anyio_backend  # noqa

async def test_probe(store, mock, tmp_path):
    set_notify(mock, failure_rate=0.5, latency_ms=(50, 2000))
    async with running_stack(store, mock.url, tmp_path, notify_timeout_seconds=3, circuit_open_seconds=1, notify_max_attempts=30) as stack:
        t0=time.monotonic()
        job = await run_ingestion(stack.client, TENANT)
        t1=time.monotonic()
        n=job["metrics"]["notifications_queued"]
        last=None
        while len(await notifications(stack.client, TENANT, "sent")) < n:
            st=await circuit(stack.client)
            s=(st["state"], len(await notifications(stack.client, TENANT, "sent")))
            if s!=last: print(round(time.monotonic()-t1,2), s); last=s
            await anyio.sleep(0.1)
        t2=time.monotonic()
        print("ingest", t1-t0, "deliver", t2-t1, await notify_log(mock))
        for it in await notifications(stack.client, TENANT): print(it["attempts"], it["created_at"], it["sent_at"])
