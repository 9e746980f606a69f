"""What a channel already holds, for an import to pass over the messages an export repeats.

A re-import of the same export used to convert, hash and update every message only to find it
unchanged (as long as the first import). Telegram sets a message's edit date whenever its text
changes, so a message whose id is stored with the same or a newer edit date adds nothing: it is
counted as unchanged before any conversion. Not skipped, so the full path decides: messages with
reactions (a counter the export may refresh), messages carrying only the local `edited` form
(exports before 2021), and anything malformed (the full path raises the error).

An unchanged message is left as it is: its `last_seen_at` and `missing_polls` are not touched,
since an export (a past snapshot) is no evidence the post still exists.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.store.models import Post

WINDOW = 4096  # message ids read per query: exports list messages in id order


class StoredEdits:
    """The edit times (Unix seconds, None when never edited) of one channel's stored posts,
    read a window of message ids at a time."""

    def __init__(self, session: Session, channel_id: int) -> None:
        self.session, self.channel_id = session, channel_id
        self.low = self.high = 0
        self.edited: dict[int, int | None] = {}

    def _load(self, message_id: int) -> None:
        self.low, self.high = message_id, message_id + WINDOW
        rows = self.session.execute(
            select(Post.message_id, Post.edited_at).where(
                Post.channel_id == self.channel_id,
                Post.message_id >= self.low,
                Post.message_id < self.high,
            )
        )
        self.edited = {
            mid: None if edited is None else int(edited.timestamp()) for mid, edited in rows
        }

    def unchanged(self, message: dict[str, Any]) -> bool:
        """Whether this message (a dict read from the export) is stored at the same or a
        newer edit, so importing it again would change nothing."""
        message_id = message.get("id")
        if type(message_id) is not int or message.get("type", "message") != "message":
            return False
        if not self.low <= message_id < self.high:
            self._load(message_id)
        if message_id not in self.edited or message.get("reactions") is not None:
            return False
        unix = message.get("edited_unixtime")
        if unix is None:
            return message.get("edited") is None  # never edited; a stored edit is newer
        stored = self.edited[message_id]
        if stored is None or not isinstance(unix, str | int):
            return False
        try:
            return int(unix) <= stored
        except ValueError:
            return False
