"""Corroboration clusters: grouping by type, place, actor and time; forwards and verbatim copies
count once; sides, denials, reports, first and latest report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

from monitor.claims.corroboration import ClaimRecord, build_clusters, text_fingerprint

T0 = datetime(2025, 3, 8, 6, 0, tzinfo=UTC)
_ids = count(1)


def record(
    channel: str,
    side: str | None,
    hours: float,
    *,
    stance: str = "asserted",
    claim_type: str = "capture",
    place: str | None = "kositsa",
    actor: str = "ru",
    text: str | None = None,
    forward: tuple[int | None, str | None, int | None] | None = None,
) -> ClaimRecord:
    number = next(_ids)
    forward_id, forward_name, forward_message = forward or (None, None, None)
    return ClaimRecord(
        claim_id=number,
        post_id=f"{channel}:{number}",
        channel=channel,
        side=side,
        posted_at=T0 + timedelta(hours=hours),
        claim_type=claim_type,
        place_key=place,
        actor=actor,
        stance=stance,
        text_fingerprint=text_fingerprint(text if text is not None else f"post {number}"),
        forward_channel_id=forward_id,
        forward_name=forward_name,
        forward_message_id=forward_message,
    )


def test_independent_channels_of_both_sides() -> None:
    records = [
        record("mod_russia", "ru", 0),
        record("rybar", "ru", 2),
        record("deepstate", "ua", 5),
    ]
    (cluster,) = build_clusters(records)
    assert cluster.asserting_channels == ("mod_russia", "rybar", "deepstate")
    assert cluster.independent_sources == 3
    assert cluster.by_side == {"ru": 2, "ua": 1}
    assert cluster.both_sides
    assert cluster.first_at == T0 and cluster.latest_at == T0 + timedelta(hours=5)
    assert set(cluster.claim_ids) == {r.claim_id for r in records}


def test_one_side_only_is_not_both_sides() -> None:
    (cluster,) = build_clusters([record("mod_russia", "ru", 0), record("rybar", "ru", 1)])
    assert not cluster.both_sides and cluster.by_side == {"ru": 2}


def test_forwards_count_once_toward_their_origin() -> None:
    origin = record("mod_russia", "ru", 0, text="ВС РФ освободили Косицу")
    forwards = [
        record(
            name,
            "ru",
            1 + i,
            text="ВС РФ освободили Косицу",
            forward=(1001, "Минобороны России", 555),
        )
        for i, name in enumerate(("rybar", "mash", "readovka"))
    ]
    (cluster,) = build_clusters([*forwards, origin])
    assert cluster.asserting_channels == ("mod_russia",)
    assert cluster.by_side == {"ru": 1}
    assert len(cluster.claim_ids) == 4
    assert cluster.first_at == T0


def test_forwards_of_an_unseen_post_count_once_for_the_forwarded_channel() -> None:
    forwards = [
        record(name, "ru", i, forward=(1001, "Минобороны России", 555))
        for i, name in enumerate(("rybar", "mash"))
    ]
    (cluster,) = build_clusters(forwards)
    assert cluster.asserting_channels == ("Минобороны России",)
    assert cluster.by_side == {"unknown": 1}


def test_verbatim_copies_count_once() -> None:
    text = "⚡️ВС РФ освободили Косицу! https://t.me/mash/1"
    copy = "ВС РФ  освободили   Косицу https://t.me/other/2"
    (cluster,) = build_clusters(
        [
            record("mash", "ru", 0, text=text),
            record("copycat", "ru", 1, text=copy),
            record("rybar", "ru", 2),
        ]
    )
    assert cluster.asserting_channels == ("mash", "rybar")


def test_denials_and_reports_are_listed_apart() -> None:
    records = [
        record("mod_russia", "ru", 0),
        record("general_staff_ua", "ua", 3, stance="denied"),
        record("bbc_russian", "other", 4, stance="reported"),
    ]
    (cluster,) = build_clusters(records)
    assert cluster.asserting_channels == ("mod_russia",)
    assert cluster.denying_channels == ("general_staff_ua",)
    assert cluster.reporting_channels == ("bbc_russian",)
    assert not cluster.both_sides


def test_type_place_and_actor_make_separate_clusters() -> None:
    records = [
        record("a", "ru", 0),
        record("b", "ru", 0, claim_type="advance"),
        record("c", "ru", 0, place="sudzha"),
        record("d", "ua", 0, actor="ua"),
    ]
    clusters = build_clusters(records)
    assert len(clusters) == 4
    assert all(c.independent_sources == 1 for c in clusters)


def test_a_pause_longer_than_the_window_starts_a_new_cluster() -> None:
    records = [record("a", "ru", 0), record("b", "ru", 48), record("c", "ru", 48 + 80)]
    first, second = build_clusters(records, window=timedelta(days=3))
    assert first.asserting_channels == ("a", "b")
    assert second.asserting_channels == ("c",)
    assert build_clusters(records, window=timedelta(days=1))[0].asserting_channels == ("a",)


def test_no_records_no_clusters() -> None:
    assert build_clusters([]) == []
