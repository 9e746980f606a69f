"""Typed settings: `config/*.toml` plus `MONITOR_*` environment overrides.

One module per file it reads: `settings` (monitor.toml, the environment, and `load_settings`,
which gathers everything into `Settings`), `channels`, `places`, `claims` (the claim-rule
language) and `alerts` (the alert-target language). Import the names from here.
"""

from monitor.config.alerts import EVERY_RE, AlertRule, AlertsFile
from monitor.config.channels import USERNAME_RE, ChannelConfig, ChannelsFile
from monitor.config.claims import ActorDefault, ClaimCues, ClaimRule, ClaimsFile, Words
from monitor.config.places import CustomPlace, PlacesFile, TrackSettings
from monitor.config.settings import (
    DEFAULT_CONFIG_DIR,
    DaemonSettings,
    EnvOverrides,
    MonitorFile,
    MonitorSection,
    PollSettings,
    Settings,
    TelegramSettings,
    WebSettings,
    load_settings,
)

__all__ = [
    "DEFAULT_CONFIG_DIR",
    "EVERY_RE",
    "USERNAME_RE",
    "ActorDefault",
    "AlertRule",
    "AlertsFile",
    "ChannelConfig",
    "ChannelsFile",
    "ClaimCues",
    "ClaimRule",
    "ClaimsFile",
    "CustomPlace",
    "DaemonSettings",
    "EnvOverrides",
    "MonitorFile",
    "MonitorSection",
    "PlacesFile",
    "PollSettings",
    "Settings",
    "TelegramSettings",
    "TrackSettings",
    "WebSettings",
    "Words",
    "load_settings",
]
