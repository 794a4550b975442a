"""The week view of `smmlint plan`: per ISO week and channel, a strip of the seven days (load of
each post, `·` for a day without one) and the slots (day, time, format, load), with the week's
interactive post and required formats (digest) marked, what the week lacks, and which slots
have findings. Plain text, English or German; deterministic (no clock)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable, Mapping, Sequence

from smmlint.planner.schedule import INTERACTIVE, Schedule, Slot, Week, by_week, day_label
from smmlint.problem import Problem, Severity

_TEXT = {
    "en": {
        "title": "Plan: {posts} post(s) on {channels} channel(s), {first} – {last}",
        "week": "Week {week} ({first} – {last})",
        "posts": "{count} post(s)",
        "no-posts": "no posts",
        "weeks": "Weeks {week}–{last_week} ({first} – {last})",
        "weeks-years": "Weeks {week}/{year}–{last_week}/{last_year} ({first} – {last})",
        "missing": "missing: {items}",
        "interactive": "interactive",
        "days": ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"),
        "loads": {"high": "high", "medium": "medium", "low": "low"},
        "letters": {"high": "H", "medium": "M", "low": "L"},
        "legend": "Strip: one letter per post that day, its load H high, M medium, L low (? unknown); · no post. "
                  "! a finding above (code).",
        "skipped": "Not in the plan: {items}.",
        "draft": "{count} draft(s)",
        "cancelled": "{count} cancelled",
        "unplaced": "{count} without a valid channel or publish_at (see smmlint check)",
    },
    "de": {
        "title": "Plan: {posts} Beitrag/Beiträge auf {channels} Kanal/Kanälen, {first} – {last}",
        "week": "KW {week} ({first} – {last})",
        "posts": "{count} Beitrag/Beiträge",
        "no-posts": "keine Beiträge",
        "weeks": "KW {week}–{last_week} ({first} – {last})",
        "weeks-years": "KW {week}/{year}–{last_week}/{last_year} ({first} – {last})",
        "missing": "fehlt: {items}",
        "interactive": "interaktiv",
        "days": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
        "loads": {"high": "hoch", "medium": "mittel", "low": "niedrig"},
        "letters": {"high": "H", "medium": "M", "low": "N"},
        "legend": "Leiste: ein Buchstabe je Beitrag an dem Tag, seine Denklast H hoch, M mittel, N niedrig (? unbekannt); "
                  "· kein Beitrag. ! ein Befund oben (Code).",
        "skipped": "Nicht im Plan: {items}.",
        "draft": "{count} Entwurf/Entwürfe",
        "cancelled": "{count} abgesagt",
        "unplaced": "{count} ohne gültigen Kanal oder publish_at (siehe smmlint check)",
    },
}
_CELL = 4  # width of one day in the strip: up to three posts' letters and a space
_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def render_overview(schedule: Schedule, lang: str, problems: Sequence[Problem] = (), color: bool = False) -> str:
    """The week-by-week overview of `schedule` (an empty string when nothing is planned)."""
    if not schedule.slots:
        return _skipped(schedule, lang)
    text = _TEXT[lang]
    paint = _painter(color)
    findings = _findings_by_path(problems)
    channels = schedule.channels
    width = max(len(channel) for channel in channels)
    fmt_width = max((len(slot.format or "?") for slot in schedule.slots), default=1)
    load_width = max(len(word) for word in text["loads"].values())
    required = schedule.rhythm.weekly_required
    per_week = {channel: dict(by_week(slots)) for channel, slots in channels.items()}

    day_width = max(len(day_label(slot.day, lang)) for slot in schedule.slots)
    first, last = schedule.slots[0].day, schedule.slots[-1].day
    out = [paint(_BOLD, text["title"].format(posts=len(schedule.slots), channels=len(channels),
                                             first=day_label(first, lang, year=first.year != last.year),
                                             last=day_label(last, lang, year=True))), ""]
    indent = " " * (2 + width + 2)
    for week, empty in _weeks({slot.week for slot in schedule.slots}):
        if empty is not None:
            out += [_week_header(week, lang, until=empty) + ": " + text["no-posts"], ""]
            continue
        monday = date.fromisocalendar(week[0], week[1], 1)
        days = [monday + timedelta(days=offset) for offset in range(7)]
        out.append(paint(_BOLD, _week_header(week, lang)))
        out.append(indent + "".join(f"{name:<{_CELL}}" for name in text["days"]).rstrip())
        for channel in channels:
            slots = per_week[channel].get(week, ())
            out.append(_channel_row(channel, width, days, slots, required, lang, paint))
            for slot in slots:
                out.append(_slot_row(slot, day_width, fmt_width, load_width, required,
                                     findings.get(slot.post.display_path, ()), lang, paint))
        out.append("")
    out.append(paint(_DIM, text["legend"]))
    skipped = _skipped(schedule, lang)
    return "\n".join(out) + "\n" + skipped


def _weeks(active: Iterable[Week]) -> list[tuple[Week, Week | None]]:
    """(week, None) for each week with posts, in order, and (first, last) for each stretch of
    weeks without any between them (so a typo year costs one line, not thousands)."""
    result: list[tuple[Week, Week | None]] = []
    previous: date | None = None
    for week in sorted(active):
        monday = date.fromisocalendar(week[0], week[1], 1)
        if previous is not None and monday - previous > timedelta(days=7):
            first, last = previous + timedelta(days=7), monday - timedelta(days=7)
            result.append((first.isocalendar()[:2], last.isocalendar()[:2]))
        result.append((week, None))
        previous = monday
    return result


def _week_header(week: Week, lang: str, until: Week | None = None) -> str:
    """"Week 2 (Mon 11 Jan – Sun 17 Jan 2027)"; a stretch of weeks with `until`."""
    until = until or week
    monday = date.fromisocalendar(week[0], week[1], 1)
    sunday = date.fromisocalendar(until[0], until[1], 7)
    key = "week" if until == week else "weeks" if until[0] == week[0] else "weeks-years"
    return _TEXT[lang][key].format(week=week[1], last_week=until[1], year=week[0], last_year=until[0],
                                   last=day_label(sunday, lang, year=True),
                                   first=day_label(monday, lang, year=monday.year != sunday.year))


def _channel_row(channel: str, width: int, days: list[date], slots: Sequence[Slot], required: Iterable[str],
                 lang: str, paint) -> str:
    text = _TEXT[lang]
    per_day: dict[date, list[Slot]] = {}
    for slot in slots:
        per_day.setdefault(slot.day, []).append(slot)
    cells = []
    for day in days:
        here = per_day.get(day, [])
        if not here:
            cells.append("·")
        elif len(here) > _CELL - 1:
            cells.append(f"{len(here)}×")
        else:
            cells.append("".join(text["letters"].get(slot.load or "", "?") for slot in here))
    strip = "".join(f"{cell:<{_CELL}}" for cell in cells)
    if not slots:
        return f"  {channel:<{width}}  {strip} {text['no-posts']}"
    missing = [_required_label(item, lang) for item in required if not any(slot.has(item) for slot in slots)]
    note = text["posts"].format(count=len(slots))
    if missing:
        note += " · " + paint(_COLORS[Severity.WARNING], text["missing"].format(items=", ".join(missing)))
    return f"  {channel:<{width}}  {strip} {note}"


def _slot_row(slot: Slot, day_width: int, fmt_width: int, load_width: int, required: Iterable[str], codes: Sequence[Problem],
              lang: str, paint) -> str:
    text = _TEXT[lang]
    marks = [_required_label(item, lang) for item in required if slot.has(item)]
    load = text["loads"].get(slot.load or "", "?")
    line = (f"    {day_label(slot.day, lang):<{day_width}}  {slot.at:%H:%M}  {slot.format or '?':<{fmt_width}}  "
            f"{load:<{load_width}}  {', '.join(marks)}")
    if codes:
        worst = max(problem.severity for problem in codes)
        flagged = "! " + " ".join(sorted({problem.code for problem in codes}))
        line = f"{line.rstrip()}  {paint(_COLORS[worst], flagged)}"
    return line.rstrip()


def _required_label(item: str, lang: str) -> str:
    return _TEXT[lang]["interactive"] if item == INTERACTIVE else item


def _findings_by_path(problems: Iterable[Problem]) -> Mapping[str, list[Problem]]:
    found: dict[str, list[Problem]] = {}
    for problem in problems:
        found.setdefault(problem.path, []).append(problem)
    return found


def _skipped(schedule: Schedule, lang: str) -> str:
    text = _TEXT[lang]
    items = [text[reason].format(count=count) for reason, count in schedule.skipped.items() if count]
    return text["skipped"].format(items=", ".join(items)) + "\n" if items else ""


def _painter(color: bool):
    def paint(code: str, value: str) -> str:
        return f"{code}{value}{_RESET}" if color and value else value

    return paint
