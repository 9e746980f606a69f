"""Finding places in post text.

The gazetteer (`gazetteer`, `geonames`) expands every place name into its surface forms
(`forms`, `declension`, `crossforms`, `translit`, `surfaces`); `matcher` runs one Aho-Corasick
automaton over them and `disambiguate` chooses between namesakes and common words, reading the
words around each match (`cues`) through `context`. `loading` builds the gazetteer and the
matcher from the settings.
"""
