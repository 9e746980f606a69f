"""The t.me/s page parser: pure functions from HTML to Posts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.domain import FetchedPost
from monitor.errors import ChannelUnavailable, MarkupChanged
from monitor.sources.web_parse import parse_count, parse_page
from tests.sources.webserver import Msg, render_channel_page, render_message, render_page

SEEN = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)

# One message as t.me/s serves it (trimmed of scripts and styles, structure kept verbatim).
REAL_MESSAGE = """
<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message
 text_not_supported_wrap js-widget_message" data-post="rybar/64312" data-view="eyJjIjotMTAwMTQ0">
  <div class="tgme_widget_message_user"><a href="https://t.me/rybar"><i
   class="tgme_widget_message_user_photo bgcolor0" data-content-len="1"><img
   src="https://cdn4.telesco.pe/file/a.jpg"></i></a></div>
  <div class="tgme_widget_message_bubble">
    <i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px"
     height="20px" viewBox="0 0 9 20"></svg></i>
    <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name"
     href="https://t.me/rybar"><span dir="auto">Рыбарь</span></a></div>
    <div class="tgme_widget_message_text js-message_text" dir="auto"><i class="emoji"
     style="background-image:url('//telegram.org/img/emoji/40/F09F87B7.png')"><b>🇷🇺</b></i>
     <b>Хроника специальной военной операции</b><br/><br/>В районе <a href="?q=%23Суджа">#Суджа</a>
     продолжаются бои.<br/>Подробнее: <a href="https://rybar.ru/x?a=1&amp;amp;b=2" target="_blank"
     rel="noopener" onclick="return confirm('Open this link?\\n\\n'+this.href);">на сайте</a><br/>
     <a href="https://t.me/rybar" target="_blank">@rybar</a></div>
    <div class="tgme_widget_message_footer compact js-message_footer">
      <div class="tgme_widget_message_info short js-message_info">
        <span class="tgme_widget_message_views">48.6K</span><span class="copyonly"> views</span
        ><span class="tgme_widget_message_meta"><span class="tgme_widget_message_from_author"
         dir="auto">Редактор</span>,&nbsp;edited&nbsp;<a class="tgme_widget_message_date"
         href="https://t.me/rybar/64312"><time datetime="2025-03-09T10:15:02+00:00"
         class="time">10:15</time></a></span>
      </div>
    </div>
  </div>
</div></div>
"""


def page_of(*messages: Msg, channel: str = "rybar") -> str:
    return render_page(channel, list(messages))


def one(html: str, channel: str = "rybar") -> FetchedPost:
    page = parse_page(html, channel, SEEN)
    assert len(page.posts) == 1
    return page.posts[0]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("987", 987),
        ("12.3K", 12300),
        ("1.2M", 1_200_000),
        ("1,5K", 1500),
        ("3K", 3000),
        ("2.05M", 2_050_000),
        ("", None),
        ("views", None),
    ],
)
def test_parse_count(raw: str, expected: int | None) -> None:
    assert parse_count(raw) == expected


def test_real_markup_message() -> None:
    post = one(render_page("rybar", [], body=REAL_MESSAGE))
    assert post.message_id == 64312
    assert post.posted_at == datetime(2025, 3, 9, 10, 15, 2, tzinfo=UTC)
    assert post.views == 48600
    assert post.author == "Редактор"
    assert post.edited_at == SEEN
    assert post.link == "https://t.me/rybar/64312"
    lines = post.text.split("\n")
    assert lines[0].startswith("🇷🇺") and "Хроника специальной военной операции" in lines[0]
    assert lines[1] == ""
    assert "#Суджа" in lines[2] and "?q=" not in post.text  # hashtag links keep their text only
    # an outbound link keeps its URL (with t.me/s's double-escaped '&' repaired)
    assert "на сайте (https://rybar.ru/x?a=1&b=2)" in post.text
    assert "@rybar (https://t.me/rybar)" in post.text
    assert post.forward is None and post.reply_to is None and post.album_id is None


def test_link_with_its_url_as_text_is_not_repeated() -> None:
    post = one(page_of(Msg(1, text='see <a href="https://example.org/">example.org</a>')))
    assert post.text == "see example.org"


def test_not_edited_and_author_named_edited() -> None:
    post = one(page_of(Msg(5, text="x", author="edited by Bob", edited=False)))
    assert post.edited_at is None
    assert post.author == "edited by Bob"


def test_forwarded_from_channel_and_hidden_user() -> None:
    page = parse_page(
        page_of(
            Msg(7, text="fwd", forwarded_from=("Два майора", "https://t.me/dva_majors/12345")),
            Msg(8, text="fwd2", forwarded_from=("Hidden User", None)),
        ),
        "rybar",
        SEEN,
    )
    first, second = page.posts
    assert first.forward is not None
    assert (first.forward.name, first.forward.message_id) == ("Два майора", 12345)
    assert first.forward.link == "https://t.me/dva_majors/12345"
    assert second.forward is not None and second.forward.name == "Hidden User"
    assert second.forward.link is None and second.forward.message_id is None


def test_reply_and_reply_text_not_mixed_in() -> None:
    post = one(page_of(Msg(12, text="answer", reply_to=9)))
    assert post.reply_to == 9
    assert post.text == "answer"


def test_album_is_one_post_with_first_id_and_members_present() -> None:
    page = parse_page(page_of(Msg(20, text="caption", album=[21, 22])), "rybar", SEEN)
    (post,) = page.posts
    assert post.album_id == 20 and post.media_kind == "photo"
    assert post.media == {"album_size": 3}
    assert page.present_ids == {20, 21, 22}


def test_album_whose_widget_id_is_the_last_member() -> None:
    html = page_of(Msg(30, text="c", album=[28, 29]))
    page = parse_page(html, "rybar", SEEN)
    assert page.posts[0].message_id == 30 and page.posts[0].album_id == 28


@pytest.mark.parametrize(
    "kind", ["photo", "video", "round_video", "voice", "document", "poll", "sticker"]
)
def test_media_kinds(kind: str) -> None:
    post = one(page_of(Msg(3, text="", media=kind)))
    assert post.media_kind == kind
    assert post.text == ""


def test_poll_and_document_details() -> None:
    poll = one(page_of(Msg(3, media="poll")))
    assert poll.media == {"question": "Who holds Sudzha?", "options": ["RU", "UA"]}
    doc = one(page_of(Msg(4, media="document", text="the report")))
    assert doc.media == {"title": "report.pdf", "extra": "1.2 MB"}
    assert doc.text == "the report"


def test_link_preview() -> None:
    preview = {
        "url": "https://deepstatemap.live/",
        "site_name": "DeepState",
        "title": "Map",
        "description": "The front line",
    }
    post = one(page_of(Msg(4, text="map", link_preview=preview)))
    assert post.media_kind == "webpage"
    assert post.media == {"webpage": preview}
    assert post.text == "map"


def test_service_messages_are_skipped_but_present() -> None:
    page = parse_page(page_of(Msg(1, service=True), Msg(2, text="hello")), "rybar", SEEN)
    assert [p.message_id for p in page.posts] == [2]
    assert page.present_ids == {1, 2}


def test_page_of_only_service_messages_is_not_an_error() -> None:
    page = parse_page(page_of(Msg(1, service=True)), "rybar", SEEN)
    assert page.posts == [] and page.present_ids == {1}


def test_empty_channel_page() -> None:
    page = parse_page(page_of(), "rybar", SEEN)
    assert page.posts == [] and page.smallest is None


def test_changed_layout_is_markup_changed() -> None:
    html = page_of(Msg(1, text="a"), Msg(2, text="b")).replace("data-post=", "data-message=")
    with pytest.raises(MarkupChanged, match=r"rybar.*data-post"):
        parse_page(html, "rybar", SEEN)


def test_missing_date_is_markup_changed() -> None:
    html = page_of(Msg(1, text="a")).replace("<time ", "<span ")
    with pytest.raises(MarkupChanged, match="rybar/1 has no date"):
        parse_page(html, "rybar", SEEN)


def test_channel_page_without_preview_is_unavailable() -> None:
    with pytest.raises(ChannelUnavailable, match="--source telegram"):
        parse_page(render_channel_page("secret_chan"), "secret_chan", SEEN)


def test_views_missing_and_dates_in_other_zones() -> None:
    msg = Msg(9, text="t", views=None, date=datetime.fromisoformat("2025-03-09T13:15:02+03:00"))
    post = one(page_of(msg))
    assert post.views is None
    assert post.posted_at == datetime(2025, 3, 9, 10, 15, 2, tzinfo=UTC)
    assert post.posted_at.tzinfo is UTC


def test_render_message_round_trip_many() -> None:
    msgs = [Msg(i, text=f"post {i}<br/>line two", views=f"{i}.5K") for i in range(1, 21)]
    page = parse_page(render_page("rybar", msgs), "rybar", SEEN)
    assert [p.message_id for p in page.posts] == list(range(1, 21))
    assert page.posts[4].text == "post 5\nline two"
    assert page.posts[4].views == 5500
    assert render_message("rybar", msgs[0]).count("tgme_widget_message_wrap") == 1
