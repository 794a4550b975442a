"""Write the iCalendar feed (RFC 5545 + RFC 7986) for the posting plan.

The contract is ``spec/calendar.md``. This module only turns ready-made
:class:`FeedEvent` values into bytes; deriving UID, texts, status and the
git-based stamp/sequence from a post is the caller's job. The icalendar
library is imported inside :func:`build_feed` so that ``smmlint check``
never pays for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any, Hashable, Iterable, Literal, Mapping, Sequence, TypeVar

__all__ = ["FeedEvent", "build_feed", "build_feeds", "render_events", "DEFAULT_DURATION", "REFRESH"]

K = TypeVar("K", bound=Hashable)

DEFAULT_DURATION = timedelta(minutes=30)
REFRESH = timedelta(hours=1)  # REFRESH-INTERVAL and X-PUBLISHED-TTL
ALARM_BEFORE = timedelta(hours=1)
STATUSES = ("TENTATIVE", "CONFIRMED")

# RFC 5545 3.1: control characters other than HTAB are not allowed in a
# value; a line break in TEXT is written as the escape "\n".
_LINE_BREAKS = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, kw_only=True)
class FeedEvent:
    """One post as a calendar event. All datetimes must be timezone-aware.

    ``stamp`` becomes DTSTAMP and LAST-MODIFIED (the last git commit that
    touched the post, never "now"); ``sequence`` becomes SEQUENCE; ``alarm``
    adds a display VALARM one hour before ``start``.
    """

    uid: str
    start: datetime
    stamp: datetime
    summary: str
    duration: timedelta = DEFAULT_DURATION
    description: str = ""
    categories: tuple[str, ...] = field(default=())
    status: Literal["TENTATIVE", "CONFIRMED"] = "CONFIRMED"
    sequence: int = 0
    alarm: bool = False

    def __post_init__(self) -> None:
        if not self.uid or any(c in self.uid for c in "\r\n"):
            raise ValueError(f"invalid UID {self.uid!r}")
        for name in ("start", "stamp"):
            value = getattr(self, name)
            if not isinstance(value, datetime) or value.utcoffset() is None:
                raise ValueError(f"{name} of {self.uid} must be a timezone-aware datetime")
        if self.duration <= timedelta(0):
            raise ValueError(f"duration of {self.uid} must be positive")
        if self.status not in STATUSES:
            raise ValueError(f"status of {self.uid} must be TENTATIVE or CONFIRMED, not {self.status!r}")
        if self.sequence < 0:
            raise ValueError(f"sequence of {self.uid} must not be negative")
        object.__setattr__(self, "categories", tuple(self.categories))


def _text(value: str) -> str:
    """Make ``value`` safe for a TEXT property: line breaks normalised, control characters out."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", value))


def _escape(value: str) -> str:
    """RFC 5545 3.3.11 TEXT escaping. icalendar's own escaping first turns a literal
    backslash-N into a line break, so a caption mentioning "\\N" would change meaning."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


@cache
def _value_types() -> tuple[type, type]:
    """vText and vCategory whose bytes are escaped by `_escape` (folding stays icalendar's)."""
    from icalendar import vCategory, vText

    class Text(vText):
        def to_ical(self) -> bytes:
            return _escape(str(self)).encode("utf-8")

    class Categories(vCategory):
        def to_ical(self) -> bytes:
            return ",".join(_escape(str(item)) for item in self.cats).encode("utf-8")

    return Text, Categories


def _text_value(value: str) -> Any:
    return _value_types()[0](_text(value))


def _categories_value(values: Sequence[str]) -> Any:
    return _value_types()[1]([_text(item) for item in values])


def _utc(value: datetime) -> datetime:
    """The same instant in UTC, without microseconds (iCalendar has none)."""
    return value.astimezone(UTC).replace(microsecond=0)


def _sort_key(event: FeedEvent) -> tuple[datetime, str]:
    return (_utc(event.start), event.uid)


def build_feed(events: Iterable[FeedEvent], *, name: str, timezone: str) -> bytes:
    """Serialize ``events`` as one VCALENDAR; the same input gives the same bytes.

    Times are written in UTC (``...Z``); ``timezone`` (an IANA name such as
    ``Europe/Berlin``) is only announced as X-WR-TIMEZONE. Events are sorted by
    start instant, then UID. A UID that occurs twice is a ValueError (clients
    would merge or drop such events).
    """
    return build_feeds({None: (name, events)}, timezone=timezone)[None]


def render_events(events: Iterable[FeedEvent]) -> dict[FeedEvent, bytes]:
    """Each event as the VEVENT bytes :func:`build_feeds` puts in a feed.

    For rendering in worker processes: pass the merged results to
    :func:`build_feeds` as ``rendered``.
    """
    return {event: _render_event(event) for event in events}


def build_feeds(
    feeds: Mapping[K, tuple[str, Iterable[FeedEvent]]],
    *,
    timezone: str,
    rendered: Mapping[FeedEvent, bytes] | None = None,
) -> dict[K, bytes]:
    """Serialize several feeds at once: ``{key: (calendar name, events)}``.

    Gives the same bytes as :func:`build_feed` per feed, but renders an event
    that occurs in several feeds (``all.ics`` and its channel's feed) only once.
    ``rendered``: events already rendered by :func:`render_events`.
    """
    cache: dict[FeedEvent, bytes] = dict(rendered or {})
    out: dict[K, bytes] = {}
    for key, (name, events) in feeds.items():
        ordered = sorted(events, key=_sort_key)
        seen: set[str] = set()
        for event in ordered:
            if event.uid in seen:
                raise ValueError(f"duplicate calendar UID {event.uid!r}")
            seen.add(event.uid)
            if event not in cache:
                cache[event] = _render_event(event)
        head, tail = _calendar_frame(name, timezone)
        out[key] = b"".join([head, *(cache[e] for e in ordered), tail])
    return out


def _calendar_frame(name: str, timezone: str) -> tuple[bytes, bytes]:
    """The VCALENDAR lines before and after the events."""
    from icalendar import Calendar, vDuration

    from smmlint import __version__

    cal = Calendar()
    cal.add("prodid", f"-//smmlint//smmlint {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("name", _text(name))
    cal.add("x-wr-calname", _text(name))
    cal.add("x-wr-timezone", _text(timezone))
    # RFC 7986 requires VALUE=DURATION here; icalendar leaves it out unless told.
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    # An X- property is TEXT to icalendar: pass the typed value to get "PT1H".
    cal.add("x-published-ttl", vDuration(REFRESH))
    data = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    if not data.endswith(end):  # pragma: no cover - guards a library change
        raise RuntimeError("unexpected VCALENDAR serialization")
    return data[: -len(end)], end


def _render_event(item: FeedEvent) -> bytes:
    """One VEVENT (with its VALARM) as folded CRLF bytes."""
    from icalendar import Alarm, Event

    start = _utc(item.start)
    stamp = _utc(item.stamp)
    summary = _text_value(item.summary)
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", item.sequence)
    event.add("dtstart", start)
    event.add("dtend", start + item.duration)
    event.add("summary", summary)
    if item.description:
        event.add("description", _text_value(item.description))
    if item.categories:
        event.add("categories", _categories_value(item.categories))
    event.add("status", item.status)
    event.add("transp", "TRANSPARENT")
    if item.alarm:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary if str(summary) else _text_value(item.uid))
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
    return event.to_ical()
