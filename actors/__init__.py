"""Everything the supervisor runs, by role. The folder says what a module may do.

============================  ==========================================================
tree node / concern           modules
============================  ==========================================================
rate_limiter                  ``rate_limiter.py``; the budget rule: ``rules/gcra.py``
notifier                      ``notifier.py``; ``rules/circuit_breaker.py`` (the breaker),
                              ``rules/alert_schedule.py`` (which alert each call is spent
                              on), ``storage/outbox.py`` (the durable outbox)
lock_keeper                   ``lock_keeper.py``; ``storage/tenant_locks.py``
cancel_watch                  ``cancel_watch.py``; ``storage/job_log.py`` (the cancel flags)
loop_monitor                  ``loop_monitor.py``
janitor                       ``janitor.py`` (abandoned jobs, rollups that need healing)
scheduler                     ``scheduler.py``; ``storage/schedules.py`` (the shared schedule)
ingest                        ``ingest.py`` (starts jobs; the supervisor hands it a spawner)
ingester[tenant, job]         ``ingester.py``; ``provider_client.py`` (calls, retries, bounds),
                              ``rules/listing.py`` (what a walk proves), ``rules/page_plan.py``
                              (validate and plan a page), ``storage/ticket_writes.py`` (apply
                              it), ``storage/job_log.py`` (progress and audit trail)
actor runtime                 ``kit.py`` (mailbox, tell/ask, snapshots)
time                          ``rules/timebase.py`` (the injectable clock), ``rules/clock.py``
classification                ``classify/`` (normalise, matcher, signals, decide, service)
tenants, keys, sessions       ``storage/tenants.py``, ``storage/api_keys.py``, ``storage/sessions.py``
reads for the API             ``storage/ticket_queries.py``; ``analytics/`` (the stats shape,
                              the live reference pipeline, the rollups)
============================  ==========================================================

Import rule (enforced by ``tests/test_layout.py``): ``rules/`` and ``classify/`` are pure
(no I/O library, nothing else of ours, time is a parameter); ``storage/`` imports rules,
the classifier and itself; ``analytics/`` adds storage; the actors here may import all of
that but never ``supervisor`` or ``web``; nothing under ``actors/`` imports ``asyncio`` or
``trio`` (``storage/store.py`` is the one module that asks which backend runs).
"""
