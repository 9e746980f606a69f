# Stage 1 builds the wheel. It carries the default config/, seeds/ and migrations/ inside the
# package (pyproject.toml, force-include), so the image needs nothing else from this tree.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY monitor ./monitor
COPY config ./config
COPY seeds ./seeds
COPY migrations ./migrations
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

# Stage 2 installs only the wheel (not an editable tree). Data goes to the /data volume; the
# bundled config applies unless MONITOR_CONFIG_DIR names a mounted one (docker-compose.yml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 MONITOR_DATA_DIR=/data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels \
    && useradd --create-home monitor && mkdir -p /data && chown monitor /data
USER monitor
WORKDIR /data
VOLUME ["/data"]
# The daemon stops cleanly on SIGTERM (see README, "Daemon"); status exits 5 when unhealthy.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=60s --timeout=20s --start-period=120s --retries=3 \
    CMD ["monitor", "status", "--format", "json"]
ENTRYPOINT ["monitor"]
CMD ["run"]
