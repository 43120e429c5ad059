FROM python:3.11-slim
WORKDIR /app
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
COPY pyproject.toml constraints.txt ./
COPY supervisor ./supervisor
COPY actors ./actors
COPY web ./web
COPY mock_api ./mock_api
COPY hypercorn.toml ./
RUN pip install -c constraints.txt .
EXPOSE 8000
CMD ["python", "-m", "supervisor"]
