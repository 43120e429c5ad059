"""Everything the supervisor runs, by role. The folder says what a module may do.

============================  ==========================================================
tree node / concern           module
============================  ==========================================================
rate_limiter                  ``actors/rate_limiter.py`` (GCRA rule: ``rules/gcra.py``)
notifier                      ``actors/notifier.py`` (breaker: ``rules/circuit_breaker.py``,
                              outbox: ``storage/outbox.py``)
lock_keeper                   ``actors/lock_keeper.py`` (locks: ``storage/tenant_locks.py``)
loop_monitor                  ``actors/loop_monitor.py``
janitor                       ``actors/janitor.py``
ingest                        ``actors/ingest.py`` (starts jobs; the supervisor hands it a spawner)
ingester[tenant, job]         ``actors/ingester.py`` (provider calls: ``provider_client.py``,
                              writes: ``storage/ticket_writes.py``, job log: ``storage/job_log.py``)
actor runtime                 ``actors/kit.py`` (mailbox, tell/ask, snapshots)
classification                ``actors/classify/`` (service, vocabulary)
analytics                     ``actors/analytics/`` (stats shape and live pipeline, rollups)
============================  ==========================================================

Import rule (enforced by ``tests/test_layout.py``): ``rules/`` and ``classify/`` are pure
(no I/O library, nothing else of ours, time is a parameter); ``storage/`` imports rules,
the classifier and itself; ``analytics/`` adds storage; the actors here may import all of
that but never ``supervisor`` or ``web``; nothing under ``actors/`` imports ``asyncio`` or
``trio`` (``storage/store.py`` is the one module that asks which backend runs).
"""
