"""The read-only web dashboard and its JSON API (`monitor serve`)."""
