"""Rows written straight in SQL, for tests that work below the store (migrations, paging)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, text


def insert_channel(
    connection: Connection,
    created_at: datetime,
    channel_id: int = 1,
    side: str = "ru",
    language: str = "ru",
) -> None:
    """One enabled web channel, `c<id>` (or `c` for id 1), for posts to belong to."""
    connection.execute(
        text(
            "INSERT INTO channels (id, username, title, source, side, language, enabled, "
            "high_water, failures, created_at) "
            "VALUES (:c, :u, '', 'web', :side, :lang, true, 0, 0, :t)"
        ),
        {
            "c": channel_id,
            "u": "c" if channel_id == 1 else f"c{channel_id}",
            "side": side,
            "lang": language,
            "t": created_at,
        },
    )
