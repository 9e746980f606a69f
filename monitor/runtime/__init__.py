"""Running the monitor: the jobs of one cycle, the daemon that schedules them, and its health.

- `jobs`: the work itself, one function per job (poll, analyze, digest), each its own
  transaction scope; also what `monitor run --once` runs;
- `daemon`: the `Daemon` of `monitor run`: lifecycle, signals, reload, and the analysis, digest,
  heartbeat and maintenance jobs;
- `channel_polls`: the daemon's poll jobs, one per enabled channel, with the per-channel state;
- `runner`: how every daemon job runs (APScheduler, database threads, error sorting, retries);
- `process`: what the process holds: the SQLite single-writer lock and the database threads;
- `scheduling`: pure trigger maths: poll times, digest due times, database retry delays;
- `leases`, `health`, `metrics` and `logs`: what a long-running process needs around them.
"""
