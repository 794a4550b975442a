"""Derived views of a post's text, computed once per post and shared by the rules.

Each view is cached in `Post.memo` (per post), so the rules that need the visible text, the
text with URLs blanked out or the folded text do not compute it again. Pure functions of the
post: the same post gives the same views.
"""

from __future__ import annotations

from typing import Any

from smmlint.text.fold import fold
from smmlint.text.visible import VisibleText, blank_urls, visible_text

__all__ = ["visible", "blanked_lines", "blanked_visible", "folded_plain"]


def visible(post: Any) -> VisibleText:
    """`visible_text(post.lines)`."""
    view = post.memo.get("text.visible")
    if view is None:
        view = post.memo["text.visible"] = visible_text(post.lines)
    return view


def blanked_lines(post: Any) -> tuple[str, ...]:
    """`blank_urls(line.text)` for each of `post.lines` (URLs become spaces, offsets stay)."""
    view = post.memo.get("text.blanked_lines")
    if view is None:
        view = post.memo["text.blanked_lines"] = tuple(blank_urls(line.text) for line in post.lines)
    return view


def blanked_visible(post: Any) -> str:
    """`blank_urls(visible(post).text)`, built from the blanked lines (a URL never spans lines)."""
    view = post.memo.get("text.blanked_visible")
    if view is None:
        shown = visible(post)
        parts: list[str] = []
        end = 0
        for start, text in zip(shown.starts, blanked_lines(post)):
            parts.append(shown.text[end:start])  # the line break(s) before this line
            parts.append(text)
            end = start + len(text)
        parts.append(shown.text[end:])
        view = post.memo["text.blanked_visible"] = "".join(parts)
    return view


def folded_plain(post: Any) -> str:
    """`fold(post.plain_text)`; also the fold of `visible(post).text` (folding joins whitespace)."""
    view = post.memo.get("text.folded_plain")
    if view is None:
        view = post.memo["text.folded_plain"] = fold(post.plain_text)
    return view
