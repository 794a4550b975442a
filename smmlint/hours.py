"""Working hours, absences and response times of SLA owners (rules SLA003-SLA005).

Formats (config ``team.<name>.hours`` / ``absent``, post ``sla.response``):

* hours: ``"Mo-Fr 09:00-17:00"``, ``"Mon-Fri 9:00-17:00"``, ``"Mo,Mi,Fr 09:00-12:00"``,
  ``"Mo-Do 09:00-17:00; Fr 09:00-14:00"``, ``"Mo-Fr 09:00-12:00, 13:00-17:00"``.
  Day names German (Mo Di Mi Do Fr Sa So) or English (Mo/Mon Tu/Tue We/Wed
  Th/Thu Fr/Fri Sa/Sat Su/Sun), also written out (Montag, Monday), any case,
  a trailing dot allowed ("Mo.-Fr."). Ranges may wrap the week ("Fr-Mo").
  "24:00" is allowed as an end; an end at or before the start means the
  next day ("22:00-02:00", a night shift). Rules are separated by ";"; as in
  OpenStreetMap's opening_hours, a later rule replaces the times of the days
  it names ("Mo-Fr 09:00-17:00; Fr 09:00-14:00": Friday until 14:00), and
  "off" clears them ("Mo-Su 08:00-20:00; Sa off").
* absences: ``"2026-12-24..2026-12-31"`` (both days included) or ``"2026-12-24"``.
* response times: ``"2h"``, ``"90m"``, ``"1h30m"``, ``"45 min"``, ``"1 d"``, ``"PT2H"``.

Times are wall-clock times in the owner's time zone; windows are computed on
real instants, so a window across a DST change has its true length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple

Interval = tuple[int, int]  # minutes after local midnight; the end may pass 24:00 (night shift)

_DAY_NAMES: dict[str, int] = {
    name: weekday
    for weekday, names in enumerate(
        (
            ("mo", "mon", "montag", "monday"),
            ("di", "tu", "tue", "tues", "dienstag", "tuesday"),
            ("mi", "we", "wed", "mittwoch", "wednesday"),
            ("do", "th", "thu", "thur", "thurs", "donnerstag", "thursday"),
            ("fr", "fri", "freitag", "friday"),
            ("sa", "sat", "samstag", "sonnabend", "saturday"),
            ("so", "su", "sun", "sonntag", "sunday"),
        )
    )
    for name in names
}

_DAY_HINT = "use Mo Di Mi Do Fr Sa So or Mon Tue Wed Thu Fri Sat Sun"
_EXAMPLE = "days and times, like 'Mo-Fr 09:00-17:00'"
# Patterns are compiled on first use (re caches them): importing stays cheap.
_RULE = r"(?is)(?P<days>[^\d]*?)\s*(?P<times>\d.*|off)"
_RANGE_DASH = r"\s*[-–]\s*"
_TIME_RANGE = r"(?a)(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})"
_ISO_DATE = r"(?a)\d{4}-\d{2}-\d{2}"
_ABSENCE_SEP = r"\s*(?:\.\.|/)\s*"
_NUMBER = r"\d+(?:[.,]\d+)?"
_ISO_DURATION = (
    rf"(?ai)P(?:(?P<w>{_NUMBER})W)?(?:(?P<d>{_NUMBER})D)?"
    rf"(?:T(?:(?P<h>{_NUMBER})H)?(?:(?P<m>{_NUMBER})M)?(?:(?P<s>{_NUMBER})S)?)?"
)
_DURATION_PART = rf"\s*({_NUMBER})\s*([^\W\d_]+)\.?\s*"
_UNIT_SECONDS: dict[str, int] = {
    unit: seconds
    for seconds, units in (
        (86400, ("d", "day", "days", "tag", "tage")),
        (3600, ("h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden")),
        (60, ("m", "min", "mins", "minute", "minutes", "minuten")),
        (1, ("s", "sec", "secs", "second", "seconds", "sek", "sekunde", "sekunden")),
    )
    for unit in units
}


class WorkingHours(NamedTuple):
    """Weekly working hours: for each weekday (0 = Monday) sorted, merged intervals."""

    text: str
    week: tuple[tuple[Interval, ...], ...]

    def intervals(self, weekday: int) -> tuple[Interval, ...]:
        """Intervals (minutes after midnight) starting on ``weekday`` (0 = Monday)."""
        return self.week[weekday]

    def __str__(self) -> str:
        return self.text


# --- parsing -------------------------------------------------------------------


def parse_hours(text: str) -> WorkingHours:
    """Parse working hours like ``"Mo-Fr 09:00-17:00"``; ValueError if invalid."""
    if not isinstance(text, str):
        raise ValueError(f"working hours must be text, not {text!r}: expected {_EXAMPLE}")
    if not text.strip():
        raise ValueError(f"working hours are empty: expected {_EXAMPLE}")
    week: list[list[Interval]] = [[] for _ in range(7)]
    for rule in text.split(";"):
        rule = rule.strip()
        if not rule:
            continue
        match = re.fullmatch(_RULE, rule)
        if match is None:
            raise ValueError(f"working hours {rule!r} have no times: expected {_EXAMPLE}")
        if not match["days"]:
            raise ValueError(f"working hours {rule!r} have no days: expected {_EXAMPLE}")
        days = _parse_days(match["days"], rule)
        intervals = [] if match["times"].lower() == "off" else _parse_times(match["times"], rule)
        for day in days:
            week[day] = list(intervals)  # a later rule replaces earlier times of its days
    return WorkingHours(text.strip(), tuple(_merge(day) for day in week))


def _parse_days(spec: str, rule: str) -> list[int]:
    days: list[int] = []
    for item in spec.split(","):
        item = item.strip()
        if not item:
            raise ValueError(f"empty day in {rule!r}: {_DAY_HINT}")
        parts = re.split(_RANGE_DASH, item)
        if len(parts) > 2:
            raise ValueError(f"invalid day range {item!r} in {rule!r}: use two days, like 'Mo-Fr'")
        first, last = (_day(part, rule) for part in (parts[0], parts[-1]))
        days.extend((first + offset) % 7 for offset in range((last - first) % 7 + 1))
    return days


def _day(name: str, rule: str) -> int:
    key = name.strip().lower().rstrip(".")
    if key not in _DAY_NAMES:
        raise ValueError(f"unknown day {name.strip()!r} in {rule!r}: {_DAY_HINT}")
    return _DAY_NAMES[key]


def _parse_times(spec: str, rule: str) -> list[Interval]:
    intervals: list[Interval] = []
    for item in spec.split(","):
        item = item.strip()
        match = re.fullmatch(_TIME_RANGE, item)
        if match is None:
            raise ValueError(
                f"invalid time range {item!r} in {rule!r}: expected HH:MM-HH:MM, like 09:00-17:00"
            )
        sh, sm, eh, em = (int(group) for group in match.groups())
        if sh > 23 or sm > 59:
            raise ValueError(f"invalid start time in {item!r} ({rule!r}): use 00:00 to 23:59")
        if (eh, em) != (24, 0) and (eh > 23 or em > 59):
            raise ValueError(f"invalid end time in {item!r} ({rule!r}): use 00:00 to 24:00")
        start, end = sh * 60 + sm, eh * 60 + em
        if end == start:
            raise ValueError(f"time range {item!r} in {rule!r} is empty: start and end are equal")
        if end < start:
            end += 24 * 60  # ends on the next day
        intervals.append((start, end))
    return intervals


def _merge(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def parse_absences(items: object) -> list[tuple[date, date]]:
    """Absences as (first, last) day pairs, both included; ValueError if invalid.

    ``items`` is a list of ``"YYYY-MM-DD..YYYY-MM-DD"`` (also ``A/B``) or
    ``"YYYY-MM-DD"`` strings, or ``date`` objects (YAML reads unquoted dates
    as dates). A single string is one absence; None is no absence.
    """
    if items is None:
        return []
    if isinstance(items, (str, date)):
        items = [items]
    if not isinstance(items, Iterable):
        raise ValueError(f"absences must be a list of dates or date ranges, not {items!r}")
    result: list[tuple[date, date]] = []
    for item in items:
        if isinstance(item, datetime):
            raise ValueError(f"absence {item} has a time: give a day (YYYY-MM-DD) or a range")
        if isinstance(item, date):
            result.append((item, item))
            continue
        if not isinstance(item, str):
            raise ValueError(
                f"absence {item!r} is not a date: use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD"
            )
        parts = re.split(_ABSENCE_SEP, item.strip())
        if len(parts) > 2:
            raise ValueError(f"absence {item!r} is not a date range: use YYYY-MM-DD..YYYY-MM-DD")
        first, last = (_iso_date(part, item) for part in (parts[0], parts[-1]))
        if last < first:
            raise ValueError(f"absence {item!r} ends before it starts")
        result.append((first, last))
    return result


def _iso_date(text: str, item: str) -> date:
    if re.fullmatch(_ISO_DATE, text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(
        f"absence {item!r}: {text!r} is not a date; use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD"
    )


def parse_response(text: object) -> timedelta:
    """Response time like ``"2h"``, ``"1h30m"``, ``"45 min"``, ``"1 d"`` or ``"PT2H"``.

    English and German units (h, Std, Stunden, min, Minuten, d, Tag, Tage, s).
    Raises ValueError for anything else, for a bare number and for zero.
    """
    if isinstance(text, timedelta):
        result = text
    elif isinstance(text, str) and text.strip():
        result = _parse_duration(text.strip())
    else:
        raise ValueError(f"invalid response time {text!r}: use a duration like 2h, 90m or 1h30m")
    if result <= timedelta(0):
        raise ValueError(f"response time {text!r} must be longer than zero")
    return result


def _parse_duration(text: str) -> timedelta:
    hint = "use a duration like 2h, 90m, 1h30m, 45 min, 1 d or PT2H"
    if text[:1] in "Pp":
        match = re.fullmatch(_ISO_DURATION, text)
        values = match.groupdict() if match else {}
        date_part, _, time_part = text[1:].upper().partition("T")
        if not any(values.values()) or ("T" in text.upper() and not time_part):
            extra = ""
            if "Y" in date_part or "M" in date_part:
                extra = " (years and months have no fixed length: use days)"
            raise ValueError(f"invalid ISO 8601 duration {text!r}{extra}: {hint}")
        factors = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
        seconds = sum(_number(v) * factors[k] for k, v in values.items() if v)
        return _timedelta(seconds, text, hint)
    if re.fullmatch(_NUMBER, text):
        raise ValueError(f"response time {text!r} has no unit: {hint}")
    seconds = 0.0
    seen: set[int] = set()
    position = 0
    for match in re.finditer(_DURATION_PART, text):
        if match.start() != position:
            break
        unit = _UNIT_SECONDS.get(match[2].lower())
        if unit is None:
            raise ValueError(f"unknown time unit {match[2]!r} in {text!r}: {hint}")
        if unit in seen:
            raise ValueError(f"time unit {match[2]!r} repeated in {text!r}: {hint}")
        seen.add(unit)
        seconds += _number(match[1]) * unit
        position = match.end()
    if position != len(text) or not seen:
        raise ValueError(f"invalid response time {text!r}: {hint}")
    return _timedelta(seconds, text, hint)


def _timedelta(seconds: float, text: str, hint: str) -> timedelta:
    try:
        return timedelta(seconds=seconds)
    except OverflowError:  # more than 999,999,999 days
        raise ValueError(f"response time {text!r} is too long: {hint}") from None


def _number(text: str) -> float:
    return float(text.replace(",", "."))


# --- questions ------------------------------------------------------------------


def is_absent(absences: Iterable[tuple[date, date]], day: date) -> bool:
    """True when ``day`` (a local date) lies in one of the absences (ends included)."""
    if isinstance(day, datetime):
        day = day.date()
    return any(first <= day <= last for first, last in absences)


def window_within_hours(
    hours: WorkingHours, start: datetime, length: timedelta, tz: tzinfo
) -> bool:
    """True when the whole window [start, start + length] lies in one working stretch.

    The working intervals are wall-clock times in ``tz``; touching intervals
    (09:00-12:00, 12:00-17:00, or Sunday 20:00-24:00 and Monday 00:00-06:00)
    count as one stretch. ``start`` must be timezone-aware (any zone); the
    window is measured in real time, so across a DST change 2 hours are
    2 hours, not 2 hours on the wall clock. A wall-clock start that does
    not exist (spring forward gap) begins at the change; a repeated hour
    (fall back) is inside the interval on both passes where possible.
    """
    if start.tzinfo is None or start.utcoffset() is None:
        raise ValueError("start must be a timezone-aware datetime")
    if length < timedelta(0):
        raise ValueError("the window length must not be negative")
    begin = start.astimezone(timezone.utc)
    end = begin + length  # in UTC: real elapsed time
    first_day = begin.astimezone(tz).date() - timedelta(days=1)  # night shifts of the day before
    last_day = end.astimezone(tz).date()
    stretches: list[tuple[datetime, datetime]] = []
    day = first_day
    while day <= last_day:
        for s_min, e_min in hours.intervals(day.weekday()):
            stretches.append(
                (_instant(day, s_min, tz, latest=False), _instant(day, e_min, tz, latest=True))
            )
        day += timedelta(days=1)
    stretches.sort()
    current: tuple[datetime, datetime] | None = None
    for s, e in stretches:
        if current is not None and s <= current[1]:
            current = (current[0], max(current[1], e))
            continue
        if current is not None and current[0] <= begin and end <= current[1]:
            return True
        current = (s, e)
    return current is not None and current[0] <= begin and end <= current[1]


def _instant(day: date, minutes: int, tz: tzinfo, *, latest: bool) -> datetime:
    """The UTC instant of a wall-clock time ``minutes`` after midnight of ``day`` in ``tz``.

    A repeated wall time gives its first instant, or its last with ``latest``;
    a skipped wall time gives the instant of the clock change.
    """
    naive = datetime.combine(day, time()) + timedelta(minutes=minutes)
    earlier = naive.replace(tzinfo=tz, fold=0).astimezone(timezone.utc)
    later = naive.replace(tzinfo=tz, fold=1).astimezone(timezone.utc)
    if earlier == later:
        return earlier
    if earlier < later:  # repeated hour: fold=0 is the first pass
        return later if latest else earlier
    # skipped hour: fold=1 lies before the change, fold=0 after it; find the change
    low, high = later, earlier
    high_offset = high.astimezone(tz).utcoffset()
    while high - low > timedelta(seconds=1):
        mid = low + (high - low) / 2
        if mid.astimezone(tz).utcoffset() == high_offset:
            high = mid
        else:
            low = mid
    return high.replace(microsecond=0)  # changes happen on whole seconds
