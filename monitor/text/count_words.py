"""Counts spelt out in words, Russian and Ukrainian: a tally's items may write them so («девять —
над Курской, два — над акваторией …», «три над Орловской областью, четыре над Воронежской»)."""

from __future__ import annotations

_WORDS = """
один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать
двадцать тридцать сорок пятьдесят
дві чотири п'ять шість сім вісім дев'ять одинадцять дванадцять двадцять тридцять п'ятдесят
"""
COUNT_WORDS = frozenset(_WORDS.split())
# The same as a regular expression's alternation, longest first
COUNT_WORDS_PATTERN = "|".join(sorted(COUNT_WORDS, key=len, reverse=True))
