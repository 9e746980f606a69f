"""Full-text search over posts, aware of Russian and Ukrainian morphology.

`query.parse_query` turns what a user typed into a `QueryPlan` (words expanded to their inflected
forms, place names tied to the analyzer's mentions); `engine.search` runs a plan with filters on
SQLite (FTS5) or PostgreSQL (tsvector + GIN); `snippet.make_snippet` cuts a highlighted excerpt.
"""
