"""Suppressions: `smmlint: {disable: [...], reason: ...}` in the front matter, and
`<!-- smmlint-disable-next-line CODE[, CODE] -- reason -->` on its own line in the body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, NamedTuple

if TYPE_CHECKING:
    from smmlint.post import Post

COMMENT = re.compile(r"^\s*<!--\s*smmlint-disable-next-line\s+(?P<codes>[\w\-, ]+?)\s*(?:--\s*(?P<reason>.*?))?\s*-->\s*$")


class Suppression(NamedTuple):
    selectors: tuple[str, ...]  # codes, code prefixes or rule names
    line: int  # where the suppression is written
    applies_to: int | None  # the body line it covers; None: the whole post
    reason: str

    def covers(self, code: str, name: str, line: int) -> bool:
        if self.applies_to is not None and line != self.applies_to:
            return False
        return any(code.startswith(selector) or selector == name for selector in self.selectors)


def suppressions(post: Post) -> list[Suppression]:
    found: list[Suppression] = []
    block = post.front.get("smmlint")
    if isinstance(block, dict) and block.get("disable"):
        found.append(Suppression(tuple(block["disable"]), post.line_of("smmlint"), None, str(block.get("reason") or "").strip()))
    lines = post.source_lines
    for index in range(post.body_start - 1, len(lines)):
        match = COMMENT.match(lines[index])
        if not match:
            continue
        target = next((number for number in range(index + 2, len(lines) + 1) if lines[number - 1].strip()), None)
        selectors = tuple(part for part in re.split(r"[\s,]+", match.group("codes")) if part)
        found.append(Suppression(selectors, index + 1, target, (match.group("reason") or "").strip()))
    return found


def is_suppressed(items: Iterable[Suppression], code: str, name: str, line: int) -> bool:
    return any(item.covers(code, name, line) for item in items)
