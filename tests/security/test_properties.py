"""Property tests (Hypothesis, bounded): generated Desktop exports and t.me/s pages never crash
or hang the importer and the parser; every refusal is one line. And the byte-stream limits'
fast path agrees with the byte-by-byte scan however a stream is cut into chunks."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.errors import ImportFileError, SourceError, UsageError
from monitor.sources.desktop_format import ChatHeader, message_to_post, read_export
from monitor.sources.json_limits import JsonLimits, LimitExceeded
from monitor.sources.web_parse import parse_page
from tests.sources.webserver import Msg, render_message, render_page

BOUNDED = settings(
    max_examples=150,
    deadline=2000,  # ms per example: a hang or a blow-up fails the test
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # CI runs the same examples every time
)
HOSTILE_TEXT = st.text(
    alphabet=st.sampled_from(
        [*"Суджа взята [](){}<>&\"'\\=+-@\t\r\n", "\x00", "\x1b", "\u202e", "\ud800", "👍"]
    ),
    max_size=40,
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    HOSTILE_TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE_TEXT, inner, max_size=4),
    max_leaves=20,
)
MESSAGE = st.fixed_dictionaries(
    {"id": st.one_of(st.integers(min_value=-5, max_value=2**40), HOSTILE_TEXT)},
    optional={
        "type": st.sampled_from(["message", "service", 5]),
        "date_unixtime": st.one_of(
            st.integers(min_value=-(2**40), max_value=2**40).map(str),
            st.floats(allow_nan=False),
            HOSTILE_TEXT,
        ),
        "date": HOSTILE_TEXT,
        "text": st.one_of(HOSTILE_TEXT, JSON_VALUES),
        "text_entities": JSON_VALUES,
        "reply_to_message_id": SCALARS,
        "forwarded_from_id": SCALARS,
        "reactions": JSON_VALUES,
        "poll": JSON_VALUES,
        "photo": SCALARS,
        "edited_unixtime": SCALARS,
    },
)
EXPORT = st.fixed_dictionaries(
    {"messages": st.lists(MESSAGE, max_size=5)},
    optional={"name": SCALARS, "type": st.sampled_from(["public_channel", "x"]), "id": SCALARS},
)


def one_line(error: Exception) -> None:
    text = str(error)
    assert text and "\n" not in text and "\r" not in text, repr(text)


def convert(raw: bytes) -> int:
    """Read an export and convert its messages as the importer does; the posts made."""
    made = 0
    header: ChatHeader | None = None
    for item in read_export(Path("gen.json"), io.BytesIO(raw), lambda _: True):
        if isinstance(item, ChatHeader):
            header = item
            continue
        assert header is not None
        try:
            if not isinstance(item, dict):
                raise TypeError("a message is not an object")
            made += message_to_post(item, "gen_chan", header, None) is not None
        except (KeyError, TypeError, ValueError, OverflowError) as exc:  # what _add turns
            one_line(ImportFileError("gen.json", "near byte 0", f"message: {exc}"))
    return made


@BOUNDED
@given(EXPORT, st.integers(min_value=0, max_value=400), st.binary(max_size=8))
def test_generated_exports_never_crash(export: dict, cut: int, junk: bytes) -> None:
    raw = json.dumps(export, ensure_ascii=False).encode("utf-8", "surrogatepass")
    for variant in (raw, raw[:cut] + junk, junk + raw):
        try:
            convert(variant)
        except (ImportFileError, UsageError) as exc:
            one_line(exc)


@BOUNDED
@given(
    st.integers(min_value=1, max_value=200),
    st.sampled_from(["[", "{", '{"a":', '["\\"', '"']),
    st.integers(min_value=1, max_value=4096),
)
def test_nesting_and_long_strings_are_refused_at_once(depth: int, opener: str, size: int) -> None:
    body = (
        '{"name":"x","type":"public_channel","messages":[{"id":1,"date_unixtime":"1741600000",'
        '"text":' + opener * depth + "}]}"
    ).encode()
    try:
        convert(body)
    except ImportFileError as exc:
        one_line(exc)


CHUNKS = st.lists(st.integers(min_value=0, max_value=200), max_size=6)
# Valid JSON, or bracket soup without backslashes (outside strings a backslash is invalid JSON,
# which the parser refuses at that byte whatever the limits say).
STREAMS = st.one_of(
    JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)),
    st.text(alphabet=st.sampled_from(list('[]{}"ax,:\n')), max_size=200),
)


@BOUNDED
@given(STREAMS, CHUNKS, st.sampled_from([16, 64, 4096]))
def test_limits_fast_path_agrees_with_the_exact_scan(
    text: str, cuts: list[int], max_string: int
) -> None:
    """Chunks longer than `max_string` and shorter ones take different fast paths."""
    data = text.encode("utf-8", "surrogatepass")
    bounds = sorted({min(c, len(data)) for c in cuts})
    chunks = [data[a:b] for a, b in zip([0, *bounds], [*bounds, len(data)], strict=True)]

    def outcome(fast: bool) -> tuple[object, ...]:
        limits = JsonLimits(max_depth=4, max_string=max_string)
        try:
            for chunk in chunks:
                if fast:
                    limits.feed(chunk)
                else:
                    limits._exact(chunk)
        except LimitExceeded as exc:
            return ("refused", exc.position, exc.problem)
        return ("ok", limits.depth, limits.in_string)

    assert outcome(True) == outcome(False)


def test_an_empty_chunk_keeps_a_pending_escape() -> None:
    chunks = [b'["a\\', b"", b'"', b"]"]  # the quote after the empty read is escaped
    fast, exact = JsonLimits(), JsonLimits()
    for chunk in chunks:
        fast.feed(chunk)
        exact._exact(chunk)
    assert (fast.depth, fast.in_string) == (exact.depth, exact.in_string) == (1, True)


PAGE_MSG = st.builds(
    Msg,
    id=st.integers(min_value=1, max_value=2**34),
    text=HOSTILE_TEXT,
    date=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).map(
        lambda d: d.replace(tzinfo=UTC)
    ),
    views=st.one_of(st.none(), st.from_regex(r"\A[0-9]{1,25}(\.[0-9])?[KMB]?\Z"), HOSTILE_TEXT),
    edited=st.booleans(),
    author=st.one_of(st.none(), HOSTILE_TEXT),
    reply_to=st.one_of(st.none(), st.integers(min_value=0, max_value=2**40)),
    album=st.one_of(st.none(), st.lists(st.integers(min_value=1, max_value=2**40), max_size=3)),
    media=st.sampled_from([None, "photo", "video", "voice", "poll", "sticker", "document"]),
    service=st.booleans(),
)


@BOUNDED
@given(st.lists(PAGE_MSG, max_size=6), st.integers(min_value=0, max_value=5000), HOSTILE_TEXT)
def test_generated_pages_never_crash(messages: list[Msg], cut: int, junk: str) -> None:
    page = render_page("gen_chan", messages)
    seen = datetime(2025, 3, 12, tzinfo=UTC)
    for variant in (page, page[:cut] + junk, page.replace("gen_chan/", "other_chan/", 1),
                    render_message("gen_chan", messages[0]) if messages else junk):  # fmt: skip
        try:
            result = parse_page(variant, "gen_chan", seen)
        except SourceError as exc:
            one_line(exc)
            continue
        for post in result.posts:
            assert 0 < post.message_id < 2**31
            assert post.views is None or 0 <= post.views <= 10**15
            assert post.posted_at.year < 9999


@pytest.mark.parametrize("text", ["\ud800", "x\udfff"])
def test_surrogates_in_generated_text_are_encodable(text: str) -> None:
    raw = json.dumps({"messages": [{"id": 1, "date_unixtime": "1741600000", "text": text}]})
    try:  # stored cleaned, or refused with one line: never a crash
        convert(raw.encode())
    except ImportFileError as exc:
        one_line(exc)
