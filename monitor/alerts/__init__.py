"""Alerts: which flagged posts a rule sends (entries), how they are grouped (digest), how they
look (render), and how they reach targets exactly once (outbox)."""
