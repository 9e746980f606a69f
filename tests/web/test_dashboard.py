"""The dashboard in headless Chromium (plain CDP): the feed shows the seed flags, the map shows
the tracked places, a hostile post renders inert. Skips where Chromium is absent; CI installs
it (.ci/run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from monitor.store.db import session_scope
from monitor.store.entries import flagged_post_ids
from monitor.store.models import Place
from tests.web.cdp import Browser, find_chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium; .ci/run does it)")
    chromium = Browser(executable)
    try:
        yield chromium
    finally:
        chromium.close()


def test_feed_shows_the_seed_flags(browser: Browser, live: str, web_engine: Engine) -> None:
    with session_scope(web_engine) as session:
        flagged = set(flagged_post_ids(session))
    browser.open(f"{live}/?limit=200")
    shown = set(browser.eval("[...document.querySelectorAll('#feed article')]"
                             ".map(a => Number(a.dataset.postId))"))  # fmt: skip
    assert flagged and flagged <= shown
    assert browser.eval("document.querySelectorAll('#feed .tag.place').length") >= len(flagged)


def test_search_highlights_inflected_forms(browser: Browser, live: str) -> None:
    browser.open(f"{live}/?q=%D0%A1%D1%83%D0%B4%D0%B6%D0%B0")  # Суджа
    marks = browser.eval("[...document.querySelectorAll('#feed mark')].map(m => m.textContent)")
    assert {"Суджу", "Суджі"} <= set(marks)


def test_hostile_post_renders_inert(browser: Browser, live: str) -> None:
    browser.open(f"{live}/?order=newest&limit=200")
    assert browser.eval("window.__pwned === undefined")
    assert browser.eval("document.querySelectorAll('#feed img, #feed script, #feed b').length") == 0
    text = browser.eval(
        "[...document.querySelectorAll('#feed article')].map(a => a.textContent).join('\\n')"
    )
    assert "<script>window.__pwned = 1</script>" in text
    assert browser.eval("[...document.querySelectorAll('a')].every(a => "
                        "!a.href.startsWith('javascript:'))")  # fmt: skip


def test_map_shows_the_places(
    browser: Browser, live: str, web_engine: Engine, tmp_path: Path
) -> None:
    with session_scope(web_engine) as session:
        places = list(session.scalars(select(Place).where(Place.tracked)))
    located = [p for p in places if p.lat is not None]
    browser.open(f"{live}/map")
    browser.wait_for("document.getElementById('map').dataset.ready !== undefined")
    assert browser.eval("document.querySelectorAll('path.place-marker').length") == len(located)
    labels = browser.eval(
        "[...document.querySelectorAll('.place-label a')].map(a => a.textContent)"
    )
    assert {p.name_en for p in located} == set(labels)
    assert browser.eval("document.querySelectorAll('#place-list li').length") == len(places)
    assert browser.eval("window.__pwned === undefined")
    browser.screenshot(tmp_path / "map.png")
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
