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


def test_map_draws_borders_markers_and_the_unplaced(
    browser: Browser, live: str, web_engine: Engine, tmp_path: Path
) -> None:
    with session_scope(web_engine) as session:
        places = list(session.scalars(select(Place).where(Place.tracked)))
    located = [p for p in places if p.lat is not None]
    unplaced = [p for p in places if p.lat is None]
    assert located and unplaced, "the seed's tracked places include some without coordinates"
    browser.open(f"{live}/map")
    browser.wait_for("document.getElementById('map').dataset.ready !== undefined")
    # The outline map: country borders, oblast boundaries and the coast, as drawn SVG paths.
    for kind in ("country", "oblast", "coast"):
        assert browser.eval(f"document.querySelectorAll('path.border-{kind}').length") >= 1, kind
    assert browser.eval(
        "[...document.querySelectorAll('path.border-country')].some(p => "
        "p.getAttribute('d') && p.getAttribute('d').length > 100)"
    )
    # One marker per tracked place with coordinates, and the others listed as not on the map.
    keys = browser.eval(
        "[...document.querySelectorAll('path.place-marker')].map(p => p.dataset.key)"
    )
    assert sorted(keys) == sorted(p.key for p in located)
    listed = browser.eval(
        "[...document.querySelectorAll('#unplaced li')].map(li => li.dataset.key)"
    )
    assert sorted(listed) == sorted(p.key for p in unplaced)
    assert browser.eval("document.getElementById('unplaced-box').hidden") is False
    names = browser.eval("document.getElementById('unplaced').textContent")
    assert all(p.name_en in names for p in unplaced)
    # Visible labels never overlap; a label hidden for that shows on hover.
    assert browser.eval(
        "(() => { const b = [...document.querySelectorAll('.place-label')]"
        ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.getBoundingClientRect());"
        " return b.every((r, i) => b.every((o, j) => i === j || r.right <= o.left || "
        "r.left >= o.right || r.bottom <= o.top || r.top >= o.bottom)); })()"
    )
    # Coloured by the side that claims: the seed's captures are ru's.
    assert browser.eval("document.querySelectorAll('path.place-marker.side-ru').length") >= 1
    assert "contested" in browser.eval("document.getElementById('legend').textContent")
    assert browser.eval("window.__pwned === undefined")
    browser.screenshot(tmp_path / "map.png")
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_place_page_has_a_small_map(browser: Browser, live: str) -> None:
    browser.open(f"{live}/places/sudzha")
    browser.wait_for("document.getElementById('place-map').dataset.ready !== undefined")
    assert browser.eval("document.querySelectorAll('#place-map path.place-marker').length") == 1
    assert browser.eval("document.querySelectorAll('#place-map path.border-country').length") >= 1


def test_feed_chips_read_as_words(browser: Browser, live: str) -> None:
    browser.open(f"{live}/?limit=200")
    places = browser.eval(
        "[...document.querySelectorAll('#feed .tag.place')].map(a => a.textContent)"
    )
    assert "Sudzha" in places and "sudzha" not in places
    claims = browser.eval(
        "[...document.querySelectorAll('#feed .tag.claim')].map(a => a.textContent)"
    )
    assert "capture of Malaya Loknya by ru, asserted" in claims
    assert all(":" not in c for c in claims)
    assert browser.eval("document.getElementById('result-count').textContent").startswith(
        ("posts 1–", "0 posts")
    ) or "post" in browser.eval("document.getElementById('result-count').textContent")
