"""Storage: models, engine setup, upserts and queries. Functions take an open Session."""
