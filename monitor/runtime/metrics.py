"""The daemon's counters, served in the Prometheus text format on `--metrics-port`.

A dozen counters and one summary do not justify a dependency: the exposition format is a few
lines of text (https://prometheus.io/docs/instrumenting/exposition_formats/), served here by
asyncio on the daemon's own loop."""

from __future__ import annotations

import asyncio
from collections import defaultdict

HELP = {
    "monitor_polls_total": "Channel polls by outcome (ok, failed).",
    "monitor_posts_total": "Posts stored by kind (new, edited, deleted).",
    "monitor_flood_waits_total": "Polls a source answered with a rate limit (flood wait).",
    "monitor_job_errors_total": "Jobs that failed, by job and kind of error.",
    "monitor_posts_analyzed_total": "Posts analyzed (places and claims).",
    "monitor_digests_total": "Digests created.",
    "monitor_job_seconds": "Wall time of finished jobs, by job.",
}
# Counters without labels are served from the start, at 0 (a labelled one appears with its
# first event, since its label values are not known before).
UNLABELLED = ("monitor_flood_waits_total", "monitor_posts_analyzed_total", "monitor_digests_total")


class Metrics:
    def __init__(self) -> None:
        self.counters: dict[tuple[str, tuple[tuple[str, str], ...]], float] = defaultdict(float)
        for name in UNLABELLED:
            self.counters[(name, ())] = 0.0
        self.durations: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])

    def inc(self, name: str, amount: float = 1, **labels: str) -> None:
        self.counters[(name, tuple(sorted(labels.items())))] += amount

    def observe(self, job: str, seconds: float) -> None:
        total = self.durations[job]
        total[0] += 1
        total[1] += seconds

    def render(self) -> str:
        lines: list[str] = []
        for name in sorted({n for n, _ in self.counters}):
            lines += [f"# HELP {name} {HELP.get(name, name)}", f"# TYPE {name} counter"]
            for (metric, labels), value in sorted(self.counters.items()):
                if metric == name:
                    text = ",".join(f'{k}="{v}"' for k, v in labels)
                    lines.append(f"{name}{{{text}}} {value:g}" if text else f"{name} {value:g}")
        if self.durations:
            name = "monitor_job_seconds"
            lines += [f"# HELP {name} {HELP[name]}", f"# TYPE {name} summary"]
            for job, (count, total) in sorted(self.durations.items()):
                lines.append(f'{name}_count{{job="{job}"}} {count:g}')
                lines.append(f'{name}_sum{{job="{job}"}} {total:.6f}')
        return "\n".join(lines) + "\n"

    async def serve(self, host: str, port: int) -> asyncio.Server:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=5)
                body = self.render().encode()
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\n"
                    + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
            except (TimeoutError, asyncio.IncompleteReadError, ConnectionError):
                pass
            finally:
                writer.close()

        return await asyncio.start_server(handle, host, port)
