"""The monitor: watch Telegram channels, keep every post with its history, flag tracked places
and claims, send digests."""

__version__ = "0.1.0"
