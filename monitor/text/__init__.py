"""Text machinery shared by place matching, claim extraction and search.

`normalize` folds text (NFKC, casefold, ё→е, apostrophes, look-alike letters) with an offset map
back to the original; `language` tells Russian from Ukrainian; `lemmas` holds the pymorphy3
analyzers and the lemmatiser built on them.
"""
