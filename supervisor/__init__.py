"""The process root and its supervision tree.

::

    python -m supervisor                  root supervisor (SIGINT/SIGTERM -> orderly stop)
    ├── embedded_mongodb   process        only when MONGO_URL is unset (secantusd-py)
    ├── mock_api           process        only when EXTERNAL_API_URL is unset
    ├── store              resource       the one AsyncMongoClient of this process
    ├── rate_limiter       actor          global GCRA budget for provider calls (state in MongoDB)
    ├── notifier           actor          drains the alert outbox through the circuit breaker
    ├── lock_keeper        actor          refreshes this process's tenant locks; fences lost ones
    ├── cancel_watch       actor          reads the cancel flags of this process's jobs, one query
    ├── loop_monitor       actor          event-loop lag for /metrics
    ├── janitor            actor          marks jobs whose process died as abandoned
    ├── ingest             supervisor     starts jobs (atomic tenant lock), supervises them
    │   ├── ingester[acme,7f3a…]   temporary, one per running job
    │   └── ingester[globex,91b2…]
    ├── scheduler          actor          syncs every registered tenant on its interval
    └── web                server         Hypercorn serving the Quart app

Children start top to bottom and stop bottom to top: the web server stops taking requests
first, the database last. Permanent children are restarted with backoff; more than 10
restarts in 60 s escalates and the process exits non-zero for its orchestrator to restart.
"""
