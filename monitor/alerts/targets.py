"""Where digests go: stdout, a folder (one file per digest), or an Apprise URL.

Target URLs carry secrets (bot tokens, passwords). Nothing here puts a URL in a message: a
target is named by `target_label` (Apprise's privacy form, without the query), and Apprise's
own log lines pass through `SecretFilter`, which masks every secret the configured targets hold.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from monitor.errors import DeliveryError

MAIL_SCHEMES = {"mailto", "mailtos"}
# Schemes whose Apprise plugin sends `+Name=value` query arguments as headers.
HEADER_SCHEMES = {"json", "jsons", "form", "forms", "xml", "xmls", *MAIL_SCHEMES}
IDEMPOTENCY_HEADER = "X-Monitor-Idempotency-Key"
_ENV_REF = re.compile(r"\$\{[A-Z][A-Z0-9_]*\}")


def is_local(target: str) -> bool:
    return target == "stdout" or target.startswith("file:")


def _plugin(target: str):
    import apprise

    plugin = apprise.Apprise.instantiate(target, suppress_exceptions=True)
    if plugin is None:
        raise DeliveryError(f"{target_label(target)}: not a URL Apprise understands")
    return plugin


def target_label(target: str) -> str:
    """A target as it may appear in logs, errors and status: never the secrets in its URL."""
    if is_local(target):
        return target
    scheme = target.partition("://")[0]
    try:
        import apprise

        plugin = apprise.Apprise.instantiate(target, suppress_exceptions=True)
    except Exception:  # a malformed URL must still get a safe label
        plugin = None
    if plugin is None:
        digest = hashlib.sha256(target.encode()).hexdigest()[:8]
        return f"{scheme}://*** (#{digest})"
    return str(plugin.url(privacy=True)).split("?", 1)[0]


def size_limit(target: str, title: str) -> int | None:
    """How many characters one message to this target may hold (None: no limit)."""
    if is_local(target) or target.partition("://")[0] in MAIL_SCHEMES:
        return None
    plugin = _plugin(target)
    limit = int(plugin.body_maxlen)
    if not plugin.title_maxlen or getattr(plugin, "overflow_amalgamate_title", False):
        limit -= len(title) + 2  # the title is sent inside the body
    return max(limit - 16, 200)


def secrets_in(raw: str, real: str) -> set[str]:
    """The secrets a target holds: what `${NAME}` expanded to, and the URL's password."""
    found: set[str] = set()
    if raw != real:
        pattern = "^" + "(.+?)".join(re.escape(p) for p in _ENV_REF.split(raw)) + "$"
        match = re.match(pattern, real, re.DOTALL)
        if match:
            found |= {g for g in match.groups() if g}
    try:
        password = urlsplit(real).password
    except ValueError:
        password = None
    if password:
        found.add(password)
    return {s for s in found if len(s) >= 3}


class SecretFilter(logging.Filter):
    """Masks secrets in the records of a logger we do not write (Apprise's)."""

    def __init__(self, secrets: set[str]) -> None:
        super().__init__()
        self.secrets = sorted(secrets, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        for secret in self.secrets:
            message = message.replace(secret, "***").replace(quote(secret, safe=""), "***")
        record.msg, record.args = message, None
        return True


def install_secret_filter(secrets: set[str]) -> None:
    """Mask `secrets` in every log line: on Apprise's logger and on the root logger's handlers,
    which also see the records of other libraries' child loggers (urllib3.connectionpool logs
    a webhook's path), since a logger's own filters do not apply to its children's records."""
    targets: list[logging.Filterer] = [logging.getLogger("apprise")]
    targets += logging.getLogger().handlers
    for target in targets:
        for existing in [f for f in target.filters if isinstance(f, SecretFilter)]:
            target.removeFilter(existing)
        target.addFilter(SecretFilter(secrets))


def rule_secrets(rules: Iterable[Any]) -> set[str]:
    """The secrets of every target of `rules` (AlertRule: raw_targets as written, targets)."""
    return {
        secret
        for rule in rules
        for raw, real in zip(rule.raw_targets, rule.targets, strict=True)
        for secret in secrets_in(raw, real)
    }


def write_file(folder: Path, name: str, body: str) -> Path:
    """Write atomically: a re-send after a crash replaces the file, never doubles it."""
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=folder, delete=False, prefix=".tmp-"
    ) as handle:
        handle.write(body)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(handle.name, final)
    return final


def with_idempotency_key(target: str, key: str) -> str:
    """The URL with a header naming this part of this delivery, where the service allows
    headers: a receiver that saw a part before a crash can drop the repeat."""
    if target.partition("://")[0] not in HEADER_SCHEMES:
        return target
    joiner = "&" if "?" in target else "?"
    return f"{target}{joiner}+{IDEMPOTENCY_HEADER}={quote(key, safe='')}"


def send_apprise(target: str, title: str, body: str, fmt: str, key: str) -> None:
    import apprise

    notifier = apprise.Apprise()
    if not notifier.add(with_idempotency_key(target, key)):
        raise DeliveryError(f"{target_label(target)}: not a URL Apprise understands")
    body_format = {
        "text": apprise.NotifyFormat.TEXT,
        "markdown": apprise.NotifyFormat.MARKDOWN,
        "html": apprise.NotifyFormat.HTML,
    }[fmt]
    if not notifier.notify(body=body, title=title, body_format=body_format):
        raise DeliveryError(f"{target_label(target)}: the service did not accept the digest")


def send_local(target: str, body: str, data_dir: Path, file_name: str) -> None:
    if target == "stdout":
        sys.stdout.write(body)
        sys.stdout.flush()
        return
    folder = Path(target[len("file:") :])
    folder = folder if folder.is_absolute() else data_dir / folder
    try:
        write_file(folder, file_name, body)
    except OSError as exc:
        raise DeliveryError(f"{target}: cannot write: {exc.strerror}") from exc
