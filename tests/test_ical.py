"""The iCalendar feed writer (spec/calendar.md), checked on the raw bytes and
with three independent parsers: vobject, icalendar's own parser and Mozilla's
ical.js (Thunderbird's parser, run with node)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmlint import __version__
from smmlint.planner.ical import FeedEvent, build_feed, build_feeds
from ical_tools import icaljs, parse_all, read_with_icaljs  # noqa: F401 (icaljs is a fixture)

BERLIN = ZoneInfo("Europe/Berlin")
TESTS = Path(__file__).resolve().parent

# Emoji with ZWJ sequences, skin tones, flags and variation selectors, German
# umlauts, CJK and the four characters TEXT must escape.
EMOJI_TEXT = (
    "Mythos oder Fakt? 👩‍👩‍👧‍👦🏳️‍🌈👍🏽🇩🇪✨ Passwörter 🔐 müssen nicht alle 90 Tage "
    "gewechselt werden; sagt das BSI, nicht wir 🤷‍♀️. Größe: ÄÖÜ äöü ß, 日本語テキスト, "
    "Pfad C:\\posts\\mythen ✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅✅\n"
    "Zweite Zeile 🧑🏿‍🚀🧑🏿‍🚀🧑🏿‍🚀🧑🏿‍🚀🧑🏿‍🚀🧑🏿‍🚀🧑🏿‍🚀🧑🏿‍🚀🧑🏿‍🚀 Ende."
)


def event(**changes: object) -> FeedEvent:
    """A typical post event; keyword arguments override fields."""
    base = FeedEvent(
        uid="mythen-passwoerter-01@smmlint",
        start=datetime(2027, 1, 11, 10, 0, tzinfo=BERLIN),
        stamp=datetime(2026, 12, 1, 12, 30, tzinfo=UTC),
        summary="[instagram] Mythos oder Fakt: Passwörter regelmäßig wechseln?",
        description="Format: carousel, Last: hoch\nNächster Schritt: Umfrage",
        categories=("instagram", "carousel", "high"),
        status="CONFIRMED",
        sequence=2,
    )
    return replace(base, **changes)


def feed(*events: FeedEvent, name: str = "Team Social", timezone: str = "Europe/Berlin") -> bytes:
    return build_feed(events, name=name, timezone=timezone)


def physical_lines(raw: bytes) -> list[bytes]:
    assert raw.endswith(b"\r\n")
    return raw[:-2].split(b"\r\n")


def logical_lines(raw: bytes) -> list[str]:
    """Unfold (RFC 5545 3.1) and decode."""
    return raw.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")[:-1]


def vevent_blocks(raw: bytes) -> list[list[str]]:
    blocks: list[list[str]] = []
    for line in logical_lines(raw):
        if line == "BEGIN:VEVENT":
            blocks.append([])
        elif blocks and not blocks[-1][-1:] == ["END:VEVENT"]:
            blocks[-1].append(line)
    return blocks


# --- calendar properties ----------------------------------------------------


def test_calendar_properties() -> None:
    lines = logical_lines(feed(event()))
    head = lines[: lines.index("BEGIN:VEVENT")]
    assert head[0] == "BEGIN:VCALENDAR"
    assert f"PRODID:-//smmlint//smmlint {__version__}//EN" in head
    assert "VERSION:2.0" in head
    assert "NAME:Team Social" in head
    assert "X-WR-CALNAME:Team Social" in head
    assert "X-WR-TIMEZONE:Europe/Berlin" in head
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in head
    assert "X-PUBLISHED-TTL:PT1H" in head
    assert not any(line.startswith("METHOD") for line in lines)
    assert not any(line.startswith("BEGIN:VTIMEZONE") for line in lines)
    assert lines[-1] == "END:VCALENDAR"


def test_event_properties() -> None:
    (block,) = vevent_blocks(feed(event()))
    assert "UID:mythen-passwoerter-01@smmlint" in block
    assert "DTSTART:20270111T090000Z" in block
    assert "DTEND:20270111T093000Z" in block  # default duration 30 min
    assert "DTSTAMP:20261201T123000Z" in block
    assert "LAST-MODIFIED:20261201T123000Z" in block
    assert "SEQUENCE:2" in block
    assert "TRANSP:TRANSPARENT" in block
    assert "STATUS:CONFIRMED" in block
    assert "CATEGORIES:instagram,carousel,high" in block
    assert "SUMMARY:[instagram] Mythos oder Fakt: Passwörter regelmäßig wechseln?" in block
    assert "DESCRIPTION:Format: carousel\\, Last: hoch\\nNächster Schritt: Umfrage" in block
    assert "BEGIN:VALARM" not in block


def test_duration_status_and_alarm() -> None:
    (block,) = vevent_blocks(
        feed(event(duration=timedelta(minutes=45), status="TENTATIVE", alarm=True, sequence=0))
    )
    assert "DTEND:20270111T094500Z" in block
    assert "STATUS:TENTATIVE" in block
    assert "SEQUENCE:0" in block
    alarm = block[block.index("BEGIN:VALARM") + 1 : block.index("END:VALARM")]
    assert sorted(alarm) == [
        "ACTION:DISPLAY",
        "DESCRIPTION:[instagram] Mythos oder Fakt: Passwörter regelmäßig wechseln?",
        "TRIGGER:-PT1H",
    ]


def test_stamp_and_times_are_utc_without_microseconds() -> None:
    raw = feed(
        event(
            start=datetime(2027, 3, 1, 18, 15, 59, 999_999, tzinfo=ZoneInfo("America/New_York")),
            stamp=datetime(2026, 12, 1, 13, 30, 0, 123, tzinfo=BERLIN),
        )
    )
    (block,) = vevent_blocks(raw)
    assert "DTSTART:20270301T231559Z" in block
    assert "DTSTAMP:20261201T123000Z" in block


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        (datetime(2027, 1, 11, 10, 0, tzinfo=BERLIN), "DTSTART:20270111T090000Z"),  # CET
        (datetime(2027, 7, 12, 10, 0, tzinfo=BERLIN), "DTSTART:20270712T080000Z"),  # CEST
        # the night the clocks go forward: 01:30 CET, then 03:30 CEST
        (datetime(2027, 3, 28, 1, 30, tzinfo=BERLIN), "DTSTART:20270328T003000Z"),
        (datetime(2027, 3, 28, 3, 30, tzinfo=BERLIN), "DTSTART:20270328T013000Z"),
    ],
)
def test_dst(local: datetime, utc: str) -> None:
    (block,) = vevent_blocks(feed(event(start=local)))
    assert utc in block


# --- bytes: CRLF, folding, escaping -----------------------------------------


def assert_wire_format(raw: bytes) -> None:
    """CRLF only, every physical line <= 75 octets and valid UTF-8 on its own."""
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r" not in raw.replace(b"\r\n", b"")
    for line in physical_lines(raw):
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold inside a multi-byte character fails here


def test_folding_never_splits_a_utf8_character() -> None:
    text = EMOJI_TEXT * 3
    raw = feed(event(summary=text, description=text, categories=("instagram", "🐙" * 40)))
    assert_wire_format(raw)
    assert max(len(line) for line in physical_lines(raw)) > 70  # it did fold near the limit
    assert sum(line.startswith(b" ") for line in physical_lines(raw)) > 20


@pytest.mark.parametrize("offset", range(8))
def test_folding_at_every_offset(offset: int) -> None:
    """Shift 4-byte emoji across the 75-octet boundary one byte at a time."""
    text = "x" * offset + "😀" * 60 + "\\;," * 10
    raw = feed(event(summary=text, description="ä" * offset + text))
    assert_wire_format(raw)
    (parsed,) = parse_all(raw)["icalendar"]
    assert str(parsed["SUMMARY"]) == text


def test_text_is_escaped() -> None:
    text = "Backslash \\ Semikolon ; Komma , Zeilenumbruch\nEnde"
    (block,) = vevent_blocks(feed(event(summary=text, description=text)))
    escaped = "Backslash \\\\ Semikolon \\; Komma \\, Zeilenumbruch\\nEnde"
    assert f"SUMMARY:{escaped}" in block
    assert f"DESCRIPTION:{escaped}" in block


def test_line_breaks_and_control_characters_are_cleaned() -> None:
    text = "eins\r\nzwei\rdrei\x00vier\x07\x1b\x7f\tfünf"
    raw = feed(event(description=text))
    assert_wire_format(raw)
    for parsed in parse_all(raw)["icalendar"]:
        assert str(parsed["DESCRIPTION"]) == "eins\nzwei\ndreivier\tfünf"


@settings(max_examples=60, deadline=None)
@given(
    summary=st.text(st.characters(exclude_categories=("Cs",)), max_size=300),
    description=st.text(st.characters(exclude_categories=("Cs",)), max_size=600),
)
def test_any_text_survives_the_round_trip(summary: str, description: str) -> None:
    raw = feed(event(summary=summary, description=description or "x"))
    assert_wire_format(raw)
    expected_summary = summary.replace("\r\n", "\n").replace("\r", "\n")
    expected_summary = "".join(
        c for c in expected_summary if c in "\t\n" or not (ord(c) < 32 or ord(c) == 127)
    )
    parsed = parse_all(raw)
    (ical_event,) = parsed["icalendar"]
    (vobj_event,) = parsed["vobject"]
    assert str(ical_event["SUMMARY"]) == expected_summary
    assert vobj_event.summary.value == expected_summary


# --- determinism --------------------------------------------------------------


def many_events() -> list[FeedEvent]:
    return [
        event(
            uid=f"post-{i:03d}@smmlint",
            start=datetime(2027, 1, 1, 9, 0, tzinfo=BERLIN) + timedelta(hours=(i * 37) % 500),
            summary=f"[x] Post {i} {EMOJI_TEXT[: i % 50]}",
            alarm=i % 3 == 0,
            sequence=i % 4,
        )
        for i in range(60)
    ]


def test_same_events_give_identical_bytes() -> None:
    events = many_events()
    first = feed(*events)
    assert feed(*events) == first
    assert feed(*reversed(events)) == first  # input order does not matter
    # the same instants given in another zone
    assert feed(*(replace(e, start=e.start.astimezone(UTC)) for e in events)) == first


def test_identical_bytes_in_a_fresh_process(tmp_path: Path) -> None:
    """No "now", no hash-seed order: a new interpreter writes the same bytes."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import test_ical as t;"
        "sys.stdout.buffer.write(t.feed(*t.many_events()))"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run(
        [sys.executable, "-c", code, str(TESTS)], capture_output=True, env=env, check=True, cwd=tmp_path
    )
    assert out.stdout == feed(*many_events())


def test_events_sorted_by_start_then_uid() -> None:
    same = datetime(2027, 1, 5, 12, 0, tzinfo=BERLIN)
    events = [
        event(uid="b@smmlint", start=same),
        event(uid="a@smmlint", start=same),
        event(uid="c@smmlint", start=same - timedelta(days=1)),
    ]
    uids = [line for line in logical_lines(feed(*events)) if line.startswith("UID:")]
    assert uids == ["UID:c@smmlint", "UID:a@smmlint", "UID:b@smmlint"]


def test_build_feeds_matches_build_feed() -> None:
    events = many_events()
    channel = [e for e in events if e.sequence == 1]
    owner = [replace(e, alarm=True) for e in events if e.sequence == 2]
    feeds = build_feeds(
        {"all": ("Alle", events), "channel": ("Kanal x", channel), "owner": ("Anna", owner)},
        timezone="Europe/Berlin",
    )
    assert feeds["all"] == feed(*events, name="Alle")
    assert feeds["channel"] == feed(*channel, name="Kanal x")
    assert feeds["owner"] == feed(*owner, name="Anna")
    assert feeds["owner"].count(b"BEGIN:VALARM") == len(owner)


def test_empty_feed_is_valid() -> None:
    raw = feed()
    assert_wire_format(raw)
    assert parse_all(raw) == {"vobject": [], "icalendar": []}


# --- bad input ------------------------------------------------------------------


def test_duplicate_uid_is_refused() -> None:
    with pytest.raises(ValueError, match="duplicate calendar UID 'x@smmlint'"):
        feed(event(uid="x@smmlint"), event(uid="x@smmlint", start=datetime(2027, 2, 1, tzinfo=UTC)))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": datetime(2027, 1, 1, 10, 0)}, "start of .* timezone-aware"),
        ({"stamp": datetime(2027, 1, 1, 10, 0)}, "stamp of .* timezone-aware"),
        ({"status": "CANCELLED"}, "TENTATIVE or CONFIRMED"),
        ({"duration": timedelta(0)}, "duration .* positive"),
        ({"sequence": -1}, "sequence .* negative"),
        ({"uid": ""}, "invalid UID"),
        ({"uid": "a\nb@smmlint"}, "invalid UID"),
    ],
)
def test_invalid_event(changes: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        event(**changes)


def test_categories_become_a_tuple() -> None:
    assert event(categories=["a", "b"]).categories == ("a", "b")  # type: ignore[arg-type]


def test_import_does_not_load_icalendar() -> None:
    code = "import sys, smmlint.planner.ical; print('icalendar' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- independent parsers ---------------------------------------------------------


def expected_events() -> list[tuple[FeedEvent, str]]:
    """Events with the UTC start a client must show."""
    return [
        (event(uid="winter@smmlint", start=datetime(2027, 1, 11, 10, 0, tzinfo=BERLIN)), "2027-01-11T09:00:00.000Z"),
        (
            event(uid="sommer@smmlint", start=datetime(2027, 7, 12, 10, 0, tzinfo=BERLIN), alarm=True),
            "2027-07-12T08:00:00.000Z",
        ),
        (
            event(
                uid="emoji@smmlint",
                start=datetime(2027, 10, 31, 2, 30, tzinfo=BERLIN, fold=1),  # the second 02:30 (CET)
                summary=EMOJI_TEXT,
                description=EMOJI_TEXT * 2,
                status="TENTATIVE",
            ),
            "2027-10-31T01:30:00.000Z",
        ),
        (
            event(uid="utc@smmlint", start=datetime(2027, 12, 31, 23, 59, tzinfo=UTC), sequence=7),
            "2027-12-31T23:59:00.000Z",
        ),
    ]


def test_vobject_and_icalendar_read_the_feed() -> None:
    cases = expected_events()
    raw = feed(*(e for e, _ in cases))
    parsed = parse_all(raw)
    by_uid = {e.uid: (e, iso) for e, iso in cases}
    assert len(parsed["vobject"]) == len(parsed["icalendar"]) == len(cases)
    for vevent in parsed["vobject"]:
        source, iso = by_uid[vevent.uid.value]
        assert vevent.dtstart.value == datetime.fromisoformat(iso)
        assert vevent.dtend.value - vevent.dtstart.value == source.duration
        assert vevent.summary.value == source.summary
        assert vevent.description.value == source.description
        assert vevent.categories.value == list(source.categories)
        assert int(vevent.sequence.value) == source.sequence
    for vevent in parsed["icalendar"]:
        source, iso = by_uid[str(vevent["UID"])]
        assert vevent.start == datetime.fromisoformat(iso)
        assert vevent.start.tzinfo is not None and vevent.start.utcoffset() == timedelta(0)
        assert vevent.end - vevent.start == source.duration
        assert vevent.stamp == source.stamp
        assert vevent.last_modified == source.stamp
        assert vevent.sequence == source.sequence
        assert str(vevent["STATUS"]) == source.status
        assert str(vevent["TRANSP"]) == "TRANSPARENT"
        assert str(vevent["DESCRIPTION"]) == source.description
        assert len(vevent.walk("VALARM")) == int(source.alarm)


@pytest.mark.slow
def test_icaljs_reads_the_start_instants(icaljs: Path, tmp_path: Path) -> None:
    cases = expected_events()
    result = read_with_icaljs(icaljs, feed(*(e for e, _ in cases)), tmp_path)
    assert result["name"]["value"] == "Team Social"
    assert result["calname"]["value"] == "Team Social"
    assert result["timezone"]["value"] == "Europe/Berlin"
    assert result["refresh"] == {"value": "PT1H", "type": "duration", "params": {}}
    got = {e["uid"]: e for e in result["events"]}
    assert sorted(got) == sorted(e.uid for e, _ in cases)
    for source, iso in cases:
        parsed = got[source.uid]
        assert parsed["start"] == iso
        assert parsed["startIsUtc"] is True
        end = datetime.fromisoformat(iso) + source.duration
        assert parsed["end"] == end.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        assert parsed["summary"] == source.summary
        assert parsed["description"] == source.description
        assert parsed["sequence"] == source.sequence
        assert parsed["status"] == source.status
        assert parsed["transp"] == "TRANSPARENT"
        assert parsed["categories"] == list(source.categories)
        assert parsed["stamp"] == parsed["lastModified"] == "2026-12-01T12:30:00.000Z"
        assert parsed["alarms"] == ([{"action": "DISPLAY", "trigger": "-PT1H"}] if source.alarm else [])


@pytest.mark.slow
def test_icaljs_reads_a_large_emoji_feed(icaljs: Path, tmp_path: Path) -> None:
    events = many_events()
    result = read_with_icaljs(icaljs, feed(*events), tmp_path)
    assert [e["uid"] for e in result["events"]] == [
        e.uid for e in sorted(events, key=lambda e: (e.start, e.uid))
    ]
    for source, parsed in zip(sorted(events, key=lambda e: (e.start, e.uid)), result["events"]):
        assert datetime.fromisoformat(parsed["start"].replace("Z", "+00:00")) == source.start
        assert parsed["summary"] == source.summary
