"""The visible text of a post body as one string, with a way back to line and column.

Lines are joined with "\\n"; a gap of blank lines (a paragraph break) becomes "\\n\\n", as the
platforms show it. Offsets into `VisibleText.text` map back to the body line (`locate`) and to
the column in the file as written (`column`).
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Sequence

__all__ = ["VisibleText", "visible_text", "source_column", "URL_LIKE", "blank_urls"]

#: URLs and bare domains with a path, as they appear in visible text.
URL_LIKE = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.-])(?:[\w-]++\.)++[a-z]{2,}/\S*", re.I)  # linear: no backtracking


class VisibleText(NamedTuple):
    text: str
    starts: tuple[int, ...]  # offset of each line's first character in `text`
    lines: tuple  # the post's TextLine objects, same order as `starts`

    def locate(self, offset: int):
        """(TextLine, offset within that line's text) for an offset into `text`."""
        index = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return self.lines[index], offset - self.starts[index]

    def line_of(self, offset: int) -> int:
        return self.locate(offset)[0].line

    def position(self, offset: int, found: str) -> tuple[int, int]:
        """(line, column) in the file of the text `found` that starts at `offset`."""
        line, inner = self.locate(offset)
        return line.line, source_column(line.source, found, inner)


def visible_text(lines: Sequence) -> VisibleText:
    """Join a post's `lines` (TextLine: line, text, source) into one visible text."""
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    previous = None
    for line in lines:
        if previous is not None:
            gap = "\n\n" if line.line > previous + 1 else "\n"
            parts.append(gap)
            length += len(gap)
        starts.append(length)
        parts.append(line.text)
        length += len(line.text)
        previous = line.line
    return VisibleText("".join(parts), tuple(starts), tuple(lines))


def source_column(source: str, found: str, fallback: int = 0) -> int:
    """1-based column of `found` in the line as written (Markdown may shift it), else fallback+1."""
    if found:
        # Markdown only adds characters (markers, link targets, escapes), so the text sits at or
        # shortly after its offset in the visible line: search a window from there first.
        window = source[fallback:fallback + len(found) + 2000]
        for haystack, needle in ((window, found), (window.lower(), found.lower())):
            index = haystack.find(needle)
            if index >= 0:
                return fallback + index + 1
        index = source.find(found)
        if index >= 0:
            return index + 1
    return fallback + 1


def blank_urls(text: str) -> str:
    """`text` with every URL replaced by spaces of the same length (offsets stay valid)."""
    if "/" not in text and ("." not in text or "www." not in text.lower()):
        return text  # every URL_LIKE match has a "/" or starts with "www." (the cheap test first)
    return URL_LIKE.sub(lambda match: " " * len(match.group(0)), text)


def more_cut(channel: object, overrides: object = None) -> int | None:
    """Characters a channel shows before its "… more" cut (channel table `more_cut`), else None.

    None also for an unknown channel or an invalid override: then the whole text counts as
    visible (the config and FM003 report those problems).
    """
    if not isinstance(channel, str):
        return None
    from smmlint.channels import channel_limits

    try:
        limits = channel_limits(channel, overrides if isinstance(overrides, dict) else None)
    except ValueError:
        return None
    return limits.more_cut if limits is not None else None
