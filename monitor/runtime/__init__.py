"""Running the monitor: the jobs of one cycle, the daemon that schedules them, and its health.

`jobs` holds one function per job (poll, analyze, digest), each its own transaction scope, also
used by `monitor run --once`; `daemon` wires them into APScheduler with signals and leases;
`scheduling` is the pure trigger and backoff maths; `leases`, `health`, `metrics` and `logs` are
what a long-running process needs around them.
"""
