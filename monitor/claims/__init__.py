"""Finding claims about the war's course in post text, and grouping them.

`rules` reads the trigger words of `claims.toml` into lemma sets, `prefilter` skips posts that
cannot hold a claim, `extractor` finds triggers, `targeting` the places each concerns, `voice`
decides actor and stance, `corroboration` groups claims into clusters across channels.
"""
