"""Real local servers for delivery tests: an SMTP server (aiosmtpd) and an HTTP webhook receiver
that can hold a chosen request open (to kill a sender while it waits for the answer)."""

from __future__ import annotations

import email
import json
import socket
import threading
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SmtpServer:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.port = free_port()
        outer = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                outer.messages.append(email.message_from_bytes(envelope.content))
                return "250 OK"

        self._controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def url(self, to: str = "analyst@example.org") -> str:
        return (
            f"mailto://127.0.0.1:{self.port}?user=monitor&from=monitor@example.org"
            f"&to={to}&secure=no"
        )

    def __enter__(self) -> SmtpServer:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class WebhookReceiver:
    """Records every JSON POST. With `hold_request=N`, the Nth request is held open (never
    answered) and `held` is set, so a test can kill the sender mid-delivery."""

    hold_request: int | None = None
    status: int = 200
    requests: list[Request] = field(default_factory=list)
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                outer.requests.append(Request(self.path, dict(self.headers), body))
                if outer.hold_request == len(outer.requests):
                    outer.held.set()
                    outer.release.wait(60)
                    return
                self.send_response(outer.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = int(self._server.server_address[1])

    def url(self, path: str = "/hook") -> str:
        return f"json://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> WebhookReceiver:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def accepted(self) -> list[Request]:
        """Requests answered (the held one never was), one per idempotency key."""
        seen: dict[str, Request] = {}
        for index, request in enumerate(self.requests, 1):
            if index == self.hold_request:
                continue
            seen.setdefault(request.headers.get("X-Monitor-Idempotency-Key", str(index)), request)
        return list(seen.values())
