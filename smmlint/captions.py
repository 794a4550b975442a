"""Read a caption file (WebVTT or SRT) and list what is wrong with it.

Used by A11Y005 (captions-invalid). Parsing is done by the real libraries,
``webvtt-py`` (strict mode) for WebVTT and ``srt`` for SubRip; both are
imported lazily, only when a caption file is actually read.

:func:`parse_captions` never raises for bad input: every problem is returned
as a :class:`Problem` with a short machine key and the data a message needs.

Problem keys and their data:

``unreadable``
    ``reason`` ("io" or "encoding"), ``detail`` (text), ``line`` (int or
    None; for "encoding", the line of the first byte that is not UTF-8).
``malformed``
    ``reason`` (the parser's own message), ``line`` (1-based line in the
    caption file, or None when it cannot be known).
``no-cues``
    no data. Not reported when the file is ``malformed`` (that says more).
``empty-cue``
    ``index`` (1-based position of the cue in the file), ``start`` (s).
``out-of-order``
    ``index``, ``start``, ``end`` (s) and ``reason``:
    "starts-before-previous" (also ``previous_start``) or
    "ends-before-start".
``short-coverage``
    ``last_end`` (s, latest cue end), ``duration`` (s), ``gap`` (s), ``max_gap`` (s).
    Only checked when a duration is given and the file is not malformed.
"""

from __future__ import annotations

import math
import os
import re
from datetime import timedelta
from pathlib import Path
from typing import NamedTuple

#: Cues may end at most this many seconds before the declared duration.
MAX_END_GAP = 10.0

_FORMATS = ("vtt", "srt")
# Patterns are compiled on first use (re caches them): importing stays cheap.
_TAG = r"<[^>]*>|\{\\[^}]*\}"  # HTML-like cue tags, {\an8} SSA tags
_SRT_START = r"(?a)\s*(?:\d+[ \t]*\n[ \t]*)?\d+:\d+:\d+[,.]\d+[ \t]*-->"
_DURATION_CLOCK = r"(?a)(?:(?P<h>\d+):(?P<m2>[0-5]\d)|(?P<m>\d+)):(?P<s>[0-5]\d(?:[.,]\d+)?)"
_DURATION_NUMBER = r"(?a)\d+(?:[.,]\d+)?"


class Cue(NamedTuple):
    """One cue: start and end in seconds, text as written (tags kept)."""

    start: float
    end: float
    text: str


class Problem(NamedTuple):
    """One thing wrong with a caption file: a machine key and message data."""

    key: str
    data: dict[str, object]


class CaptionResult(NamedTuple):
    """What :func:`parse_captions` found: the format used, the cues, the problems."""

    format: str | None
    cues: tuple[Cue, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    @property
    def keys(self) -> tuple[str, ...]:
        """The problem keys, in order."""
        return tuple(p.key for p in self.problems)


def parse_duration_seconds(value: object) -> float | None:
    """Duration in seconds from a number, "75", "1:15" (m:ss) or "1:02:03" (h:mm:ss).

    Fractions are allowed ("75.5", "1:15.5"). Returns None for anything
    else, including negative numbers, booleans and seconds >= 60 in clock
    notation.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, (int, float)):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if re.fullmatch(_DURATION_NUMBER, text):
            seconds = float(text.replace(",", "."))
        else:
            match = re.fullmatch(_DURATION_CLOCK, text)
            if match is None:
                return None
            secs = float(match["s"].replace(",", "."))
            if match["h"] is not None:
                seconds = int(match["h"]) * 3600 + int(match["m2"]) * 60 + secs
            else:
                seconds = int(match["m"]) * 60 + secs
    else:
        return None
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


def format_seconds(seconds: float) -> str:
    """Seconds as a caption-style timestamp for messages, like ``0:01:02.500``."""
    millis = round(seconds * 1000)
    sign = "-" if millis < 0 else ""
    millis = abs(millis)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}.{millis:03d}"


def parse_captions(
    source: bytes | str | os.PathLike[str],
    duration: object = None,
    *,
    fmt: str | None = None,
    name: str | None = None,
    max_gap: float = MAX_END_GAP,
) -> CaptionResult:
    """Read a caption file and check it.

    ``source`` is the file's content (bytes) or a path (str or PathLike).
    The format is ``fmt`` ("vtt" or "srt") if given, else taken from the
    extension of the path (or of ``name`` for bytes), else sniffed from the
    content. ``duration`` (seconds, "m:ss" or "h:mm:ss"; see
    :func:`parse_duration_seconds`) enables the coverage check; an invalid
    duration is ignored. Never raises for bad input.
    """
    if fmt is not None and fmt not in _FORMATS:
        raise ValueError(f"unknown caption format {fmt!r} (use 'vtt' or 'srt')")
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        fmt = fmt or _format_from_name(name)
    else:
        path = Path(source)
        fmt = fmt or _format_from_name(path.name)
        try:
            data = path.read_bytes()
        except (OSError, ValueError) as exc:  # ValueError: NUL byte in the path
            detail = getattr(exc, "strerror", None) or str(exc)
            info = {"reason": "io", "detail": detail, "line": None}
            return CaptionResult(fmt, problems=(Problem("unreadable", info),))

    text, problem = _decode(data)
    if problem is not None:
        return CaptionResult(fmt, problems=(problem,))
    assert text is not None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = fmt or _sniff(text)

    try:
        cues, malformed = _parse_vtt(text) if fmt == "vtt" else _parse_srt(text)
    except Exception as exc:  # a parser bug must not crash the lint run
        reason = _shorten(f"parser error {type(exc).__name__}: {exc}")
        cues, malformed = [], Problem("malformed", {"reason": reason, "line": None})

    problems: list[Problem] = []
    if malformed is not None:
        problems.append(malformed)
    elif not cues:
        problems.append(Problem("no-cues", {}))
    problems.extend(_cue_problems(cues))
    seconds = parse_duration_seconds(duration)
    if malformed is None and cues and seconds is not None:
        last_end = max(cue.end for cue in cues)
        gap = seconds - last_end
        if gap > max_gap:
            problems.append(
                Problem(
                    "short-coverage",
                    {"last_end": last_end, "duration": seconds, "gap": gap, "max_gap": max_gap},
                )
            )
    return CaptionResult(fmt, tuple(cues), tuple(problems))


def _format_from_name(name: str | None) -> str | None:
    if not name:
        return None
    suffix = Path(name).suffix.lower()
    return {".vtt": "vtt", ".srt": "srt"}.get(suffix)


def _sniff(text: str) -> str:
    """'vtt' if it starts like WebVTT, 'srt' if it starts like SubRip, else 'vtt'."""
    if text.lstrip().startswith("WEBVTT"):
        return "vtt"
    if re.match(_SRT_START, text):
        return "srt"
    return "vtt"


def _decode(data: bytes) -> tuple[str | None, Problem | None]:
    """UTF-8 text without BOM, or an ``unreadable`` problem."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        detail = "UTF-16 (byte order mark); save the file as UTF-8"
        return None, Problem("unreadable", {"reason": "encoding", "detail": detail, "line": 1})
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data.count(b"\n", 0, offset) + 1
        detail = f"not UTF-8: byte 0x{data[offset]:02x} at line {line}; save the file as UTF-8"
        return None, Problem("unreadable", {"reason": "encoding", "detail": detail, "line": line})


def _parse_vtt(text: str) -> tuple[list[Cue], Problem | None]:
    """Cues and a ``malformed`` problem (or None) for WebVTT text."""
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    first_line = text.split("\n", 1)[0]
    if first_line.startswith("WEBVTT") and first_line[6:7] not in ("", " ", "\t"):
        reason = "the first line must be WEBVTT, alone or followed by a space or tab"
        return [], Problem("malformed", {"reason": reason, "line": 1})
    try:
        parsed = webvtt.from_string(text, strict=True)
    except MalformedFileError as exc:
        reason = f"{exc} (the file must start with WEBVTT)"
        return [], Problem("malformed", {"reason": reason, "line": 1})
    except (MalformedCaptionError, ValueError) as exc:
        reason = _shorten(str(exc))
        problem = Problem("malformed", {"reason": reason, "line": _vtt_error_line(text)})
        try:  # the cues a player would still show
            parsed = webvtt.from_string(text, strict=False)
        except (MalformedCaptionError, MalformedFileError, ValueError):
            return [], problem
        return _vtt_cues(parsed), problem
    return _vtt_cues(parsed), None


def _vtt_cues(parsed: object) -> list[Cue]:
    return [
        Cue(
            c.start_time.in_milliseconds() / 1000,
            c.end_time.in_milliseconds() / 1000,
            c.raw_text,
        )
        for c in parsed.captions  # type: ignore[attr-defined]
    ]


def _vtt_error_line(text: str) -> int | None:
    """First line at which a strict WebVTT parse of the text fails.

    webvtt-py's errors carry no line number; parsing ever longer prefixes
    finds it (binary search: a prefix that fails keeps failing as lines are
    added, since errors come from blocks already read).
    """
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    lines = text.split("\n")

    def fails(count: int) -> bool:
        try:
            webvtt.from_string("\n".join(lines[:count]), strict=True)
        except (MalformedCaptionError, MalformedFileError, ValueError):
            return True
        return False

    low, high = 1, len(lines)
    if not fails(high):
        return None
    while low < high:
        mid = (low + high) // 2
        if fails(mid):
            high = mid
        else:
            low = mid + 1
    return low


def _parse_srt(text: str) -> tuple[list[Cue], Problem | None]:
    """Cues and a ``malformed`` problem (or None) for SubRip text."""
    import srt

    cues: list[Cue] = []
    try:
        for sub in srt.parse(text):
            cues.append(Cue(sub.start.total_seconds(), sub.end.total_seconds(), sub.content))
    except srt.SRTParseError as exc:
        unmatched = exc.unmatched_content
        skipped = len(unmatched) - len(unmatched.lstrip())
        line = text.count("\n", 0, exc.expected_start + skipped) + 1
        block = " | ".join(unmatched.strip().split("\n")[:3])
        reason = f"cannot read as SubRip: {_shorten(block, 80)!r}"
        return cues, Problem("malformed", {"reason": reason, "line": line})
    except ValueError as exc:  # srt.TimestampParseError and kin
        return cues, Problem("malformed", {"reason": _shorten(str(exc)), "line": None})
    return cues, None


def _shorten(text: str, limit: int = 120) -> str:
    """Text cut to ``limit`` characters (library messages can quote whole blocks)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cue_problems(cues: list[Cue]) -> list[Problem]:
    problems: list[Problem] = []
    previous: Cue | None = None
    for index, cue in enumerate(cues, start=1):
        if not re.sub(_TAG, "", cue.text).strip():
            problems.append(Problem("empty-cue", {"index": index, "start": cue.start}))
        if previous is not None and cue.start < previous.start:
            problems.append(
                Problem(
                    "out-of-order",
                    {
                        "index": index,
                        "start": cue.start,
                        "end": cue.end,
                        "reason": "starts-before-previous",
                        "previous_start": previous.start,
                    },
                )
            )
        if cue.end < cue.start:
            problems.append(
                Problem(
                    "out-of-order",
                    {
                        "index": index,
                        "start": cue.start,
                        "end": cue.end,
                        "reason": "ends-before-start",
                    },
                )
            )
        previous = cue
    return problems
