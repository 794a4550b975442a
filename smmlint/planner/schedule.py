"""The posting schedule: every planned post as a `Slot` in the config's timezone, sorted, with
per-channel sequences, weeks and days. Built once; the rhythm rules and the week view read it.

A post is in the schedule when its front matter is readable, it has a channel and a valid
`publish_at`, and its status is neither draft nor cancelled. Local days and ISO weeks are
those of the config's timezone (DST-correct: 10:00 in Berlin is 09:00 UTC in January, 08:00
UTC in July); gaps between posts are measured between instants (UTC), never wall clocks.

`now` is the only input that depends on the clock: it is injected (the CLI passes the real
time, tests a fixed one), and only RHY009 reads it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cached_property
from itertools import groupby
from typing import Iterable, Mapping, Sequence

from smmlint.config import DEFAULT_INTERACTIVE_FORMATS, Config
from smmlint.post import Post

NOT_PLANNED = ("draft", "cancelled")
INTERACTIVE = "interactive"  # the pseudo-format of `rhythm.weekly_required`
Week = tuple[int, int]  # (ISO year, ISO week)
# days the planner can reason about: weeks and suggestions around them stay inside the calendar
_EARLIEST, _LATEST = date(1, 1, 15), date(9999, 12, 15)


@dataclass(frozen=True)
class Rhythm:
    """The `rhythm:` options of the config, parsed once."""

    max_posts_per_day: Mapping[str, int]  # channel -> limit; "default" for the rest
    min_gap: timedelta
    max_high_load_in_a_row: int
    max_same_format_in_a_row: int
    weekly_required: tuple[str, ...]
    max_silence_days: int
    max_posts_per_owner_per_day: int

    @classmethod
    def from_config(cls, config: Config) -> "Rhythm":
        from smmlint.hours import parse_response

        options = config["rhythm"]
        per_day = options["max_posts_per_day"]
        per_day = {"default": per_day} if isinstance(per_day, int) else {"default": 2, **per_day}
        return cls(per_day, parse_response(options["min_gap"]), int(options["max_high_load_in_a_row"]),
                   int(options["max_same_format_in_a_row"]), tuple(options["weekly_required"]),
                   int(options["max_silence_days"]), int(options["max_posts_per_owner_per_day"]))

    def per_day(self, channel: str) -> int:
        return self.max_posts_per_day.get(channel, self.max_posts_per_day["default"])


@dataclass(frozen=True, eq=False)
class Slot:
    """One planned post: where it goes (channel), when (local and UTC), what (format, load)."""

    post: Post
    channel: str
    at: datetime  # local time in the config's timezone
    utc: datetime
    format: str | None
    load: str | None  # low | medium | high, None when the format is unknown
    interactive: bool
    owner: str | None
    day: date  # local day
    week: Week  # ISO week of the local day
    minute: int  # minutes since the epoch: two posts "at the same minute" share it

    @property
    def published(self) -> bool:
        """Already out: counts as a neighbour, but gets no rhythm finding of its own."""
        return self.post.status == "published"

    @cached_property
    def name(self) -> str:
        """The post's file name, the way an editor finds it."""
        return self.post.path.name

    @property
    def position(self) -> tuple[int, int]:
        """Where schedule findings sit: the `publish_at` line."""
        return self.post.position("publish_at")

    def has(self, required: str) -> bool:
        """True when this slot fulfils a `weekly_required` entry (a format, or "interactive")."""
        return self.interactive if required == INTERACTIVE else self.format == required


@dataclass(frozen=True)
class Schedule:
    """All slots sorted by time (then channel, path), grouped per channel; see module doc."""

    slots: tuple[Slot, ...]
    rhythm: Rhythm
    tz: tzinfo
    now: datetime  # the clock, in the config's timezone (only RHY009 reads it)
    interactive_formats: tuple[str, ...] = DEFAULT_INTERACTIVE_FORMATS
    skipped: Mapping[str, int] = field(default_factory=dict)  # reason -> number of posts left out

    @cached_property
    def channels(self) -> dict[str, tuple[Slot, ...]]:
        """Channel -> its slots in time order (channels sorted by name)."""
        grouped: dict[str, list[Slot]] = {}
        for slot in self.slots:
            grouped.setdefault(slot.channel, []).append(slot)
        return {channel: tuple(grouped[channel]) for channel in sorted(grouped)}


def by_week(slots: Iterable[Slot]) -> list[tuple[Week, tuple[Slot, ...]]]:
    """Time-ordered slots grouped by ISO week."""
    return [(week, tuple(group)) for week, group in groupby(slots, key=lambda slot: slot.week)]


def by_day(slots: Iterable[Slot]) -> list[tuple[date, tuple[Slot, ...]]]:
    """Time-ordered slots grouped by local day."""
    return [(day, tuple(group)) for day, group in groupby(slots, key=lambda slot: slot.day)]


def exclusion(post: Post) -> str | None:
    """Why a post is not in the schedule ("draft", "cancelled", "unplaced"), or None."""
    if not post.ok or not isinstance(post.channel, str):
        return "unplaced"
    if post.status in NOT_PLANNED:
        return post.status
    if post.publish_at is None:
        return "unplaced"
    return None


def build_schedule(posts: Iterable[Post], config: Config, now: datetime) -> Schedule:
    """The schedule of `posts` (see module doc). `now` must be timezone-aware."""
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    tz = config.tz
    interactive_formats = tuple(config.data.get("interactive_formats", DEFAULT_INTERACTIVE_FORMATS))
    loads = config.format_loads
    slots: list[Slot] = []
    skipped: Counter[str] = Counter()
    for post in posts:
        reason = exclusion(post)
        if reason:
            skipped[reason] += 1
            continue
        moment = post.publish_at
        assert moment is not None
        try:
            local, utc = moment.astimezone(tz), moment.astimezone(UTC)
        except OverflowError:  # e.g. 0001-01-01T00:30 in Berlin is before year 1 in UTC
            local = utc = None
        if local is None or not _EARLIEST <= local.date() <= _LATEST:
            skipped["unplaced"] += 1
            continue
        fmt = post.format if isinstance(post.format, str) else None
        owner = post.get("sla.owner")
        year, week, _ = local.isocalendar()
        slots.append(Slot(
            post=post, channel=post.channel, at=local, utc=utc, format=fmt,
            load=post.front.get("load") or loads.get(fmt or ""),
            interactive=fmt in interactive_formats or post.get("next_step.type") == "thread",
            owner=owner if isinstance(owner, str) else None, day=local.date(), week=(year, week),
            minute=int(moment.timestamp() // 60),
        ))
    slots.sort(key=lambda slot: (slot.utc, slot.channel, slot.post.display_path))
    return Schedule(tuple(slots), Rhythm.from_config(config), tz, now.astimezone(tz), interactive_formats,
                    dict(sorted(skipped.items())))


# ---- dates and durations as editors read them (English and German) ----------------------
_WEEKDAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
}


def weekday_name(day: date, lang: str) -> str:
    return _WEEKDAYS[lang][day.weekday()]


def day_label(day: date, lang: str, *, year: bool = False) -> str:
    """"Tue 12 Jan" / "Di 12. Jan." (with the year when asked)."""
    dot = "." if lang == "de" else ""
    text = f"{weekday_name(day, lang)} {day.day}{dot} {_MONTHS[lang][day.month - 1]}"
    return f"{text} {day.year}" if year else text


def day_text(day: date, *, year: bool = False) -> dict[str, str]:
    """A translated message argument for a day."""
    return {lang: day_label(day, lang, year=year) for lang in _WEEKDAYS}


def when_text(moment: datetime, *, year: bool = False) -> dict[str, str]:
    """A translated message argument for a local day and time: "Tue 12 Jan 10:00"."""
    return {lang: f"{day_label(moment.date(), lang, year=year)} {moment:%H:%M}" for lang in _WEEKDAYS}


def duration_text(length: timedelta) -> dict[str, str]:
    """"2 h 30 min" / "2 Std. 30 Min."; whole days for long spans."""
    minutes = int(length.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    parts = {"en": [], "de": []}  # type: dict[str, list[str]]
    if hours:
        parts["en"].append(f"{hours} h")
        parts["de"].append(f"{hours} Std.")
    if minutes or not hours:
        parts["en"].append(f"{minutes} min")
        parts["de"].append(f"{minutes} Min.")
    return {lang: " ".join(words) for lang, words in parts.items()}


def ordinal_text(number: int) -> dict[str, str]:
    """"3rd" / "3."."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return {"en": f"{number}{suffix}", "de": f"{number}."}


def names_text(slots: Sequence[Slot], stop: int | None = None, *, limit: int = 3,
               channels: bool = False) -> dict[str, str]:
    """File names of `slots[:stop]` with their time (and channel): "a.md (10:00), b.md (14:00)
    and 2 more". Looks at no more than `limit` slots, however long the list."""
    count = len(slots) if stop is None else stop
    items = [f"{slot.name} ({slot.channel + ' ' if channels else ''}{slot.at:%H:%M})" for slot in slots[:min(limit, count)]]
    rest = count - len(items)
    return {"en": ", ".join(items) + (f" and {rest} more" if rest > 0 else ""),
            "de": ", ".join(items) + (f" und {rest} weitere" if rest > 0 else "")}


def week_range_text(week: Week) -> dict[str, str]:
    """"week 2, 11–17 Jan 2027" / "KW 2, 11.–17. Jan. 2027"-style label of an ISO week."""
    monday = date.fromisocalendar(week[0], week[1], 1)
    sunday = monday + timedelta(days=6)
    both = monday.year != sunday.year
    return {lang: week_label(week, lang) + f" ({day_label(monday, lang, year=both)} – {day_label(sunday, lang, year=True)})"
            for lang in _WEEKDAYS}


def week_label(week: Week, lang: str) -> str:
    return f"KW {week[1]}" if lang == "de" else f"week {week[1]}"


def join_text(items: Iterable[str]) -> dict[str, str]:
    """"a, b or c" / "a, b oder c"."""
    items = list(items)
    if len(items) < 2:
        return {"en": "".join(items), "de": "".join(items)}
    return {lang: ", ".join(items[:-1]) + f" {word} " + items[-1] for lang, word in (("en", "or"), ("de", "oder"))}


# ---- examples in rule docs -----------------------------------------------------------------
EXAMPLE_HEADER = re.compile(r"^==> (?P<name>[^<>/\\]+\.md) <==$")


def split_example(text: str, default_name: str = "post.md") -> list[tuple[str, str]]:
    """A schedule rule's Bad/Good example: several posts, each after a line `==> name.md <==`
    (the way `head a b` shows several files). Text without such a line is one post."""
    posts: list[tuple[str, list[str]]] = []
    for line in text.splitlines(keepends=True):
        match = EXAMPLE_HEADER.match(line.rstrip("\n"))
        if match:
            posts.append((match.group("name"), []))
        elif posts:
            posts[-1][1].append(line)
        elif line.strip():
            posts.append((default_name, [line]))
    return [(name, "".join(lines).strip("\n") + "\n") for name, lines in posts]
