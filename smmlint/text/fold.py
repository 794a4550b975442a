"""Fold text for comparison: what an editor sees as "the same sentence" compares equal.

`fold` applies, per character: Unicode NFKC (ligatures, fullwidth and math letters become
plain letters), case folding, removal of quotation marks and apostrophes (typographic
„ “ ” ‚ ‘ ’ « » ‹ › and ASCII " ' ` alike, so a prompt written with ASCII quotes matches a body
with German quotes and vice versa), removal of invisible characters (soft hyphen, zero-width
space/joiners, BOM, emoji variation selectors, so "❤" equals "❤️"), dashes to "-", "…" to "...", and every run of whitespace (spaces,
no-break spaces, tabs, line breaks) to one space. `fold_with_offsets` also returns, for each
folded character, the index of the character it came from, so a match in the folded text can
be mapped back to a line and column.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "fold_with_offsets", "leet", "collapse_digit_groups", "LEET"]

QUOTES = frozenset("\"'`´„“”‟‚‘’‛«»‹›″′〝〞＂＇")
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f")  # incl. emoji variation selectors
DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212")

#: Simple leetspeak (rules.md SAFE001): 0→o, 1→i, 3→e, 4→a, 5→s, @→a.
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a"})

_DIGIT_SEPARATORS = re.compile(r"(?<=\d)[\s./\-\u00a0\u202f]+(?=\d)")


def _fold_char(char: str) -> str:
    if char in QUOTES or char in INVISIBLE:
        return ""
    if char.isspace():
        return " "
    if char in DASHES:
        return "-"
    if char == "…":
        return "..."
    if char.isascii():
        return char.lower()
    return unicodedata.normalize("NFKC", char).casefold()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, per folded character, the index in `text` it comes from.

    `text` is first composed (NFC), which only merges combining marks into their letter;
    offsets refer to the composed text (the same as the input for normal, composed text).
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        for piece in folded:
            if piece == " " and (not out or out[-1] == " "):
                continue  # collapse whitespace runs (and drop leading whitespace)
            out.append(piece)
            offsets.append(index)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), offsets


_TABLE = {**{ord(char): None for char in QUOTES | INVISIBLE}, **{ord(char): "-" for char in DASHES}}
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Folded text for comparing (see module docstring); the same as `fold_with_offsets(text)[0]`
    for any text an editor writes, computed with whole-string operations (fast)."""
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFC", text).translate(_TABLE)).casefold().translate(_TABLE)
    return _SPACES.sub(" ", text).strip(" ")


def leet(text: str) -> str:
    """Undo simple leetspeak (0→o, 1→i, 3→e, 4→a, 5→s, @→a) in already folded text."""
    return text.translate(LEET)


def collapse_digit_groups(text: str) -> str:
    """Join digit groups split by spaces, dots, slashes or hyphens: "0800 111 0 111" → "08001110111"."""
    return _DIGIT_SEPARATORS.sub("", text)
