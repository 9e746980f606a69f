FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    MONITOR_CONFIG_DIR=/config MONITOR_DATA_DIR=/data
COPY pyproject.toml README.md alembic.ini ./
COPY monitor ./monitor
COPY migrations ./migrations
COPY seeds ./seeds
COPY config /config
RUN pip install --no-cache-dir -e . && useradd --create-home monitor && mkdir -p /data \
    && chown monitor /data
USER monitor
VOLUME ["/data"]
# The daemon stops cleanly on SIGTERM (see README, "Daemon"); status exits 5 when unhealthy.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=60s --timeout=20s --start-period=120s --retries=3 \
    CMD ["monitor", "status", "--format", "json"]
ENTRYPOINT ["monitor"]
CMD ["run"]
