# The app and the mock provider (docker-compose.yml runs both from this file), two targets:
#
#   app   the service and the mock provider, nothing else: what production builds
#         (`docker build --target app .`, or APP_TARGET=app for compose). Also the default
#         target of a plain `docker build .` (it is the last stage).
#   test  the same plus tests/, bench/ (tests import its models) and the test extras of
#         pyproject.toml (pytest, trio, hypothesis...): compose's default, so the brief's
#         `docker compose exec app pytest` runs the suite inside the running app container,
#         against the stack's MongoDB (docs/docker.md).
#
# Pinned base: one Python release on one Debian release, so a rebuild months later gets the
# same interpreter. To pin the exact bytes as well, add the digest your registry reports
# (`docker buildx imagetools inspect python:3.11.13-slim-bookworm`) as `FROM ...@sha256:...`.
FROM python:3.11.13-slim-bookworm AS base

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    DATA_DIR=/tmp/ticket-service

WORKDIR /app
# a user with no shell, no home and no rights on /app runs everything; code and packages are
# installed as root, so the service cannot change them
RUN useradd --system --uid 10001 --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app
COPY pyproject.toml constraints.txt hypercorn.toml ./
COPY supervisor ./supervisor
COPY actors ./actors
COPY web ./web
COPY mock_api ./mock_api
RUN pip install -c constraints.txt .

USER 10001:10001
EXPOSE 8000
CMD ["python", "-m", "supervisor"]


FROM base AS test
USER root
# the test extras, pinned by the same constraints; pytest's settings are pyproject.toml's
# ([tool.pytest.ini_options], already in /app), so `pytest` from /app needs no arguments
RUN pip install -c constraints.txt ".[test]"
COPY tests ./tests
COPY bench ./bench
# the root filesystem is read-only under compose: Hypothesis keeps its examples in /tmp
# (pytest's own cache is off in pyproject.toml, and no bytecode is written)
ENV HYPOTHESIS_STORAGE_DIRECTORY=/tmp/hypothesis
USER 10001:10001


FROM base AS app
