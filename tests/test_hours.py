"""Tests for smmlint.hours (working hours, absences, response times)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from smmlint.hours import (
    WorkingHours,
    is_absent,
    parse_absences,
    parse_hours,
    parse_response,
    window_within_hours,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
CET = timezone(timedelta(hours=1))
UTC = timezone.utc

H = 60  # minutes per hour, for readable intervals
MO, TU, WE, TH, FR, SA, SU = range(7)


def week(hours: WorkingHours) -> dict[int, tuple[tuple[int, int], ...]]:
    """The days that have intervals, as {weekday: intervals}."""
    return {day: hours.intervals(day) for day in range(7) if hours.intervals(day)}


# --- parse_hours ------------------------------------------------------------------

NINE_TO_FIVE = ((9 * H, 17 * H),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mo-Fr 09:00-17:00", {d: NINE_TO_FIVE for d in (MO, TU, WE, TH, FR)}),
        ("Mon-Fri 9:00-17:00", {d: NINE_TO_FIVE for d in (MO, TU, WE, TH, FR)}),
        ("mo-fr 09:00-17:00", {d: NINE_TO_FIVE for d in (MO, TU, WE, TH, FR)}),
        ("MON-FRI 09:00-17:00", {d: NINE_TO_FIVE for d in (MO, TU, WE, TH, FR)}),
        ("Mo - Fr 09:00 - 17:00", {d: NINE_TO_FIVE for d in (MO, TU, WE, TH, FR)}),
        ("Mo.-Fr. 09:00–17:00", {d: NINE_TO_FIVE for d in (MO, TU, WE, TH, FR)}),
        ("Montag-Freitag 09:00-17:00", {d: NINE_TO_FIVE for d in (MO, TU, WE, TH, FR)}),
        ("Monday-Friday 09:00-17:00", {d: NINE_TO_FIVE for d in (MO, TU, WE, TH, FR)}),
        ("Mo-Su 08:00-20:00", {d: ((8 * H, 20 * H),) for d in range(7)}),
        ("Mo-So 08:00-20:00", {d: ((8 * H, 20 * H),) for d in range(7)}),
        ("Mo,Mi,Fr 09:00-12:00", {d: ((9 * H, 12 * H),) for d in (MO, WE, FR)}),
        ("Mon, Wed, Fri 09:00-12:00", {d: ((9 * H, 12 * H),) for d in (MO, WE, FR)}),
        # German-only names
        ("Di,Do 10:00-11:00", {d: ((10 * H, 11 * H),) for d in (TU, TH)}),
        ("Sa,So 10:00-11:00", {d: ((10 * H, 11 * H),) for d in (SA, SU)}),
        # English-only names
        ("Tu,Th 10:00-11:00", {d: ((10 * H, 11 * H),) for d in (TU, TH)}),
        ("Tue,Thu,Sat,Sun 10:00-11:00", {d: ((10 * H, 11 * H),) for d in (TU, TH, SA, SU)}),
        ("We 10:00-11:00", {WE: ((10 * H, 11 * H),)}),
        (
            "Mo-Do 09:00-17:00; Fr 09:00-14:00",
            {**{d: NINE_TO_FIVE for d in (MO, TU, WE, TH)}, FR: ((9 * H, 14 * H),)},
        ),
        (
            "Mo-Fr 09:00-12:00, 13:00-17:00",
            {d: ((9 * H, 12 * H), (13 * H, 17 * H)) for d in (MO, TU, WE, TH, FR)},
        ),
        # week wrap
        ("Fr-Mo 10:00-18:00", {d: ((10 * H, 18 * H),) for d in (FR, SA, SU, MO)}),
        ("Sa-Di 10:00-18:00", {d: ((10 * H, 18 * H),) for d in (SA, SU, MO, TU)}),
        ("Mi-Mi 10:00-18:00", {WE: ((10 * H, 18 * H),)}),
        # 24:00 as an end; a full day
        ("Sa 18:00-24:00", {SA: ((18 * H, 24 * H),)}),
        ("Mo-Su 00:00-24:00", {d: ((0, 24 * H),) for d in range(7)}),
        # night shift: ends the next day
        ("Fr 22:00-02:00", {FR: ((22 * H, 26 * H),)}),
        # a later rule replaces earlier times of its days; "off" clears them
        ("Mo-Fr 09:00-17:00; Fr 09:00-14:00", {
            **{d: NINE_TO_FIVE for d in (MO, TU, WE, TH)}, FR: ((9 * H, 14 * H),)}),
        ("Mo-Su 08:00-20:00; Sa off", {d: ((8 * H, 20 * H),) for d in (MO, TU, WE, TH, FR, SU)}),
        # overlapping and touching ranges are merged
        ("Mo 09:00-12:00, 11:00-13:00", {MO: ((9 * H, 13 * H),)}),
        ("Mo 13:00-17:00, 09:00-13:00", {MO: ((9 * H, 17 * H),)}),
        ("Mo 09:00-17:00;", {MO: NINE_TO_FIVE}),
    ],
)
def test_parse_hours(text: str, expected: dict[int, tuple[tuple[int, int], ...]]) -> None:
    hours = parse_hours(text)
    assert week(hours) == expected
    assert str(hours) == text.strip()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("Mo-Fr", "no times"),
        ("09:00-17:00", "no days"),
        ("Mx-Fr 09:00-17:00", "unknown day 'Mx'"),
        ("Mo-Fx 09:00-17:00", "unknown day 'Fx'"),
        ("Mo Fr 09:00-17:00", "unknown day"),
        ("Mo-Di-Mi 09:00-17:00", "two days"),
        ("Mo,,Fr 09:00-17:00", "empty day"),
        ("Mo-Fr 9-17", "HH:MM-HH:MM"),
        ("Mo-Fr 09:00", "HH:MM-HH:MM"),
        ("Mo-Fr 09:00-17:00,", "HH:MM-HH:MM"),
        ("Mo-Fr 09.00-17.00", "HH:MM-HH:MM"),
        ("Mo-Fr 25:00-26:00", "start time"),
        ("Mo-Fr 24:00-02:00", "start time"),
        ("Mo-Fr 09:60-17:00", "start time"),
        ("Mo-Fr 09:00-24:01", "end time"),
        ("Mo-Fr 09:00-25:00", "end time"),
        ("Mo-Fr 09:00-09:00", "empty"),
        (None, "must be text"),
        (9, "must be text"),
    ],
)
def test_parse_hours_invalid(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment) as info:
        parse_hours(text)
    assert "\n" not in str(info.value)


# --- parse_absences / is_absent -------------------------------------------------------


def test_parse_absences() -> None:
    assert parse_absences(["2026-12-24..2026-12-31", "2027-01-06", date(2027, 2, 1)]) == [
        (date(2026, 12, 24), date(2026, 12, 31)),
        (date(2027, 1, 6), date(2027, 1, 6)),
        (date(2027, 2, 1), date(2027, 2, 1)),
    ]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (None, []),
        ([], []),
        ("2026-12-24", [(date(2026, 12, 24), date(2026, 12, 24))]),
        ("2026-12-24 .. 2026-12-26", [(date(2026, 12, 24), date(2026, 12, 26))]),
        ("2026-12-24/2026-12-26", [(date(2026, 12, 24), date(2026, 12, 26))]),
        ("2026-12-24..2026-12-24", [(date(2026, 12, 24), date(2026, 12, 24))]),
        (("2024-02-29",), [(date(2024, 2, 29), date(2024, 2, 29))]),
    ],
)
def test_parse_absences_forms(items: object, expected: list[tuple[date, date]]) -> None:
    assert parse_absences(items) == expected


@pytest.mark.parametrize(
    ("items", "fragment"),
    [
        (["2026-12-31..2026-12-24"], "ends before it starts"),
        (["24.12.2026"], "not a date"),
        (["2026-13-01"], "not a date"),
        (["2026-02-30"], "not a date"),
        (["2025-02-29"], "not a date"),
        (["20261224"], "not a date"),
        (["2026-W52-4"], "not a date"),
        (["2026-12-24.."], "not a date"),
        (["..2026-12-24"], "not a date"),
        (["2026-12-24..2026-12-26..2026-12-28"], "range"),
        (["Weihnachten"], "not a date"),
        ([""], "not a date"),
        ([20261224], "not a date"),
        ([datetime(2026, 12, 24, 10, 0)], "has a time"),
        (42, "list"),
    ],
)
def test_parse_absences_invalid(items: object, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_absences(items)


@pytest.mark.parametrize(
    ("day", "absent"),
    [
        (date(2026, 12, 23), False),
        (date(2026, 12, 24), True),  # first day included
        (date(2026, 12, 28), True),
        (date(2026, 12, 31), True),  # last day included
        (date(2027, 1, 1), False),
        (date(2027, 1, 6), True),
        (date(2027, 1, 7), False),
        (datetime(2026, 12, 31, 23, 59), True),
    ],
)
def test_is_absent(day: date, absent: bool) -> None:
    absences = parse_absences(["2026-12-24..2026-12-31", "2027-01-06"])
    assert is_absent(absences, day) is absent


def test_is_absent_without_absences() -> None:
    assert is_absent([], date(2026, 12, 24)) is False


# --- parse_response ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2h", timedelta(hours=2)),
        ("90m", timedelta(minutes=90)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        ("1h 30m", timedelta(hours=1, minutes=30)),
        ("1 h 30 min", timedelta(hours=1, minutes=30)),
        ("45 min", timedelta(minutes=45)),
        ("45min", timedelta(minutes=45)),
        ("45 Minuten", timedelta(minutes=45)),
        ("1 d", timedelta(days=1)),
        ("1 Tag", timedelta(days=1)),
        ("2 Tage", timedelta(days=2)),
        ("2 Std.", timedelta(hours=2)),
        ("2 Stunden", timedelta(hours=2)),
        ("1 hour", timedelta(hours=1)),
        ("3 hours", timedelta(hours=3)),
        ("1.5h", timedelta(minutes=90)),
        ("1,5 h", timedelta(minutes=90)),
        ("30s", timedelta(seconds=30)),
        ("2H", timedelta(hours=2)),
        (" 2h ", timedelta(hours=2)),
        ("PT2H", timedelta(hours=2)),
        ("pt2h", timedelta(hours=2)),
        ("PT1H30M", timedelta(hours=1, minutes=30)),
        ("PT90M", timedelta(minutes=90)),
        ("PT0.5H", timedelta(minutes=30)),
        ("P1D", timedelta(days=1)),
        ("P1DT12H", timedelta(days=1, hours=12)),
        ("P1W", timedelta(days=7)),
        (timedelta(minutes=5), timedelta(minutes=5)),
    ],
)
def test_parse_response(text: str, expected: timedelta) -> None:
    assert parse_response(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "invalid response time"),
        ("2", "no unit"),
        ("120", "no unit"),
        (2, "invalid response time"),
        (None, "invalid response time"),
        (True, "invalid response time"),
        ("2x", "unknown time unit 'x'"),
        ("2 Wochen", "unknown time unit"),
        ("h", "invalid response time"),
        ("-2h", "invalid response time"),
        ("2h!", "invalid response time"),
        ("2h und 30m", "invalid response time"),
        ("1h1h", "repeated"),
        ("0m", "longer than zero"),
        ("PT0S", "longer than zero"),
        ("P", "ISO 8601"),
        ("PT", "ISO 8601"),
        ("P1DT", "ISO 8601"),
        ("P1M", "months"),
        ("P1Y", "months"),
        ("PT2", "ISO 8601"),
        ("P2H", "ISO 8601"),
        ("PT2H30", "ISO 8601"),
        (timedelta(0), "longer than zero"),
    ],
)
def test_parse_response_invalid(text: object, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_response(text)


# --- window_within_hours ------------------------------------------------------------

OFFICE = "Mo-Fr 09:00-17:00"


def at(text: str) -> datetime:
    """An aware datetime from ISO text with an offset."""
    value = datetime.fromisoformat(text)
    assert value.tzinfo is not None
    return value


@pytest.mark.parametrize(
    ("hours", "start", "minutes", "inside"),
    [
        # plain office hours in winter (Tuesday 2026-12-01, CET)
        (OFFICE, "2026-12-01T10:00+01:00", 120, True),
        (OFFICE, "2026-12-01T09:00+01:00", 480, True),  # exactly the whole day
        (OFFICE, "2026-12-01T15:00+01:00", 120, True),  # ends at 17:00 sharp
        (OFFICE, "2026-12-01T15:30+01:00", 120, False),  # runs past 17:00
        (OFFICE, "2026-12-01T08:59+01:00", 60, False),  # starts before 09:00
        (OFFICE, "2026-12-01T17:00+01:00", 0, True),  # zero-length window at the end
        (OFFICE, "2026-12-01T17:01+01:00", 0, False),
        (OFFICE, "2026-12-05T10:00+01:00", 60, False),  # Saturday
        (OFFICE, "2026-12-01T10:00+01:00", 60 * 24, False),  # overnight
        # start given in another zone: converted to Berlin time
        (OFFICE, "2026-12-01T09:00+00:00", 120, True),  # 10:00 CET
        (OFFICE, "2026-12-01T15:00+00:00", 60, True),  # 16:00-17:00 CET
        (OFFICE, "2026-07-01T15:00+00:00", 60, False),  # 17:00 CEST: summer time
        (OFFICE, "2026-07-01T13:00+00:00", 120, True),  # 15:00-17:00 CEST
        (OFFICE, "2026-12-01T01:00-08:00", 60, True),  # 10:00 CET from California
        # split day: the lunch break is outside
        ("Mo-Fr 09:00-12:00, 13:00-17:00", "2026-12-01T11:00+01:00", 60, True),
        ("Mo-Fr 09:00-12:00, 13:00-17:00", "2026-12-01T11:30+01:00", 60, False),
        ("Mo-Fr 09:00-12:00, 13:00-17:00", "2026-12-01T12:15+01:00", 30, False),
        # touching ranges make one stretch
        ("Mo-Fr 09:00-12:00, 12:00-17:00", "2026-12-01T11:00+01:00", 120, True),
        ("Mo-Fr 09:00-12:00; Di 12:00-17:00", "2026-12-01T11:00+01:00", 120, False),
        # per-day rules
        ("Mo-Do 09:00-17:00; Fr 09:00-14:00", "2026-12-04T13:00+01:00", 60, True),
        ("Mo-Do 09:00-17:00; Fr 09:00-14:00", "2026-12-04T13:30+01:00", 60, False),
        # across midnight: 24:00 touches 00:00 of the next day
        ("Mo-Su 00:00-24:00", "2026-12-06T23:00+01:00", 180, True),
        ("Mo-Su 00:00-24:00", "2026-12-01T00:00+01:00", 60 * 24 * 30, True),
        ("Mo-Su 08:00-20:00", "2026-12-06T19:00+01:00", 120, False),
        ("Sa 20:00-24:00; So 00:00-06:00", "2026-12-05T23:00+01:00", 120, True),
        ("Sa 20:00-24:00; Mo 00:00-06:00", "2026-12-05T23:00+01:00", 120, False),
        # night shift from the day before
        ("Fr 22:00-02:00", "2026-12-04T23:00+01:00", 120, True),
        ("Fr 22:00-02:00", "2026-12-05T01:00+01:00", 30, True),  # Saturday morning
        ("Fr 22:00-02:00", "2026-12-05T01:30+01:00", 60, False),
        ("Fr 22:00-02:00", "2026-12-05T22:30+01:00", 30, False),  # Saturday night
        # week wrap
        ("Fr-Mo 10:00-18:00", "2026-12-06T10:00+01:00", 60, True),  # Sunday
        ("Fr-Mo 10:00-18:00", "2026-12-07T10:00+01:00", 60, True),  # Monday
        ("Fr-Mo 10:00-18:00", "2026-12-01T10:00+01:00", 60, False),  # Tuesday
    ],
)
def test_window_within_hours(hours: str, start: str, minutes: int, inside: bool) -> None:
    result = window_within_hours(parse_hours(hours), at(start), timedelta(minutes=minutes), BERLIN)
    assert result is inside


# Spring forward in Berlin: Sunday 2027-03-28, 02:00 CET -> 03:00 CEST (01:00 UTC).
# Fall back: Sunday 2026-10-25, 03:00 CEST -> 02:00 CET (01:00 UTC).
@pytest.mark.parametrize(
    ("hours", "start", "minutes", "inside"),
    [
        # Window across the spring change: 2 h of real time are 3 h on the wall clock.
        # (Adding the length on the local clock would wrongly say 02:30/03:00 and accept.)
        ("Mo-Su 00:00-03:00", "2027-03-28T00:30+01:00", 60, True),  # until 01:30 CET
        ("Mo-Su 00:00-03:00", "2027-03-28T00:30+01:00", 90, True),  # until 03:00 CEST
        ("Mo-Su 00:00-03:00", "2027-03-28T00:30+01:00", 105, False),  # until 03:15 CEST
        ("Mo-Su 00:00-03:00", "2027-03-28T00:30+01:00", 120, False),
        # the same on the ordinary Sunday a week earlier: 2 h fit, 2.5 h do not
        ("Mo-Su 00:00-03:00", "2027-03-21T00:30+01:00", 150, True),
        ("Mo-Su 00:00-03:00", "2027-03-21T00:30+01:00", 151, False),
        # a night stretch Saturday 20:00 to Sunday 06:00 over the change
        ("Sa 20:00-24:00; So 00:00-06:00", "2027-03-27T23:30+01:00", 180, True),  # 03:30 CEST
        ("Sa 20:00-24:00; So 00:00-06:00", "2027-03-28T01:00+01:00", 240, True),  # 06:00 CEST
        ("Sa 20:00-24:00; So 00:00-06:00", "2027-03-28T01:00+01:00", 241, False),
        ("Sa 20:00-24:00; So 00:00-06:00", "2027-03-28T01:00+01:00", 300, False),  # 07:00
        # the same night stretch given as a night shift
        ("Sa 20:00-06:00", "2027-03-28T01:00+01:00", 240, True),
        ("Sa 20:00-06:00", "2027-03-28T01:00+01:00", 241, False),
        # start given in UTC: 00:30 UTC is 01:30 CET, then 1 h later 03:30 CEST
        ("Mo-Su 01:00-03:45", "2027-03-28T00:30+00:00", 60, True),
        ("Mo-Su 01:00-03:15", "2027-03-28T00:30+00:00", 60, False),
        # hours that begin inside the skipped hour begin at the change (03:00 CEST)
        ("Mo-Su 02:30-05:00", "2027-03-28T03:00+02:00", 60, True),
        ("Mo-Su 02:30-05:00", "2027-03-28T01:59+01:00", 30, False),
        # and hours that end inside it end at the change
        ("Mo-Su 00:00-02:30", "2027-03-28T01:00+01:00", 60, True),  # until 03:00 CEST
        ("Mo-Su 00:00-02:30", "2027-03-28T01:00+01:00", 61, False),
        # Window across the autumn change: 2 h of real time are 1 h on the wall clock.
        ("So 00:00-03:00", "2026-10-25T01:30+02:00", 120, True),  # until 02:30 CET
        ("So 00:00-03:00", "2026-10-25T01:30+02:00", 150, True),  # until 03:00 CET
        ("So 00:00-03:00", "2026-10-25T01:30+02:00", 151, False),
        ("So 00:00-03:00", "2026-10-25T00:00+02:00", 240, True),  # the stretch is 4 h long
        ("So 00:00-03:00", "2026-10-25T00:00+02:00", 241, False),
        # repeated hour: an end at 02:30 covers the second pass too
        ("So 00:00-02:30", "2026-10-25T02:10+01:00", 15, True),  # 02:10-02:25 CET
        ("So 00:00-02:30", "2026-10-25T02:10+01:00", 25, False),  # 02:35 CET
        # and a start at 02:30 begins on the first pass
        ("So 02:30-05:00", "2026-10-25T02:30+02:00", 60, True),
        ("So 02:30-05:00", "2026-10-25T02:29+02:00", 60, False),
        # office hours the Monday after a change are unaffected
        (OFFICE, "2027-03-29T07:00+00:00", 60, True),  # 09:00 CEST
        (OFFICE, "2027-03-29T07:00+01:00", 60, False),  # 08:00 CEST
        (OFFICE, "2026-10-26T08:00+00:00", 60, True),  # 09:00 CET
    ],
)
def test_window_within_hours_dst_berlin(hours: str, start: str, minutes: int, inside: bool) -> None:
    result = window_within_hours(parse_hours(hours), at(start), timedelta(minutes=minutes), BERLIN)
    assert result is inside


def test_window_start_in_the_same_zoneinfo_uses_real_time() -> None:
    # 01:30 CET + 1 h is 03:30 CEST. Python's aware arithmetic in one zone would
    # give 02:30 (wall clock); the function must not rely on it.
    start = datetime(2027, 3, 28, 1, 30, tzinfo=BERLIN)
    hours = parse_hours("Mo-Su 01:00-03:15")
    assert window_within_hours(hours, start, timedelta(hours=1), BERLIN) is False
    assert window_within_hours(hours, start, timedelta(minutes=44), BERLIN) is True


@pytest.mark.parametrize(
    ("start", "minutes", "inside"),
    [
        ("2027-03-12T14:00+00:00", 60, True),  # Friday 09:00 EST
        ("2027-03-12T13:59+00:00", 60, False),
        ("2027-03-15T13:00+00:00", 480, True),  # Monday 09:00-17:00 EDT
        ("2027-03-15T14:00+00:00", 481, False),  # Monday 10:00 EDT, 1 min too long
        ("2027-03-15T14:00+00:00", 420, True),
        ("2027-03-14T15:00+00:00", 60, False),  # Sunday
    ],
)
def test_window_within_hours_new_york(start: str, minutes: int, inside: bool) -> None:
    hours = parse_hours(OFFICE)
    result = window_within_hours(hours, at(start), timedelta(minutes=minutes), NEW_YORK)
    assert result is inside


def test_window_within_hours_other_tzinfo() -> None:
    # any tzinfo works, not only ZoneInfo
    hours = parse_hours(OFFICE)
    assert window_within_hours(hours, at("2026-12-01T08:00+00:00"), timedelta(hours=1), CET)
    assert not window_within_hours(hours, at("2026-12-01T08:00+00:00"), timedelta(hours=1), UTC)


def test_window_within_empty_hours() -> None:
    hours = parse_hours("Mo-Su 08:00-20:00; Mo-Su off")
    assert week(hours) == {}
    assert not window_within_hours(hours, at("2026-12-01T10:00+01:00"), timedelta(0), BERLIN)


def test_window_within_hours_rejects_naive_start_and_negative_length() -> None:
    hours = parse_hours(OFFICE)
    with pytest.raises(ValueError, match="timezone-aware"):
        window_within_hours(hours, datetime(2026, 12, 1, 10, 0), timedelta(hours=1), BERLIN)
    with pytest.raises(ValueError, match="negative"):
        window_within_hours(hours, at("2026-12-01T10:00+01:00"), timedelta(hours=-1), BERLIN)


def test_module_imports_nothing_heavy() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import smmlint.hours; "
        "heavy = {'zoneinfo', 'webvtt', 'srt', 'icalendar'} & set(sys.modules); "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
