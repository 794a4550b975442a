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

__all__ = ["fold", "fold_with_offsets", "leet", "collapse_digit_groups", "caseless", "LEET"]

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


# Whole-string equivalent of `_fold_char`'s removals and dash mapping (a regex scan is much
# faster than `str.translate` with a dict on non-ASCII text).
_MARKS = re.compile("[" + re.escape("".join(sorted(QUOTES | INVISIBLE | DASHES))) + "]")


def _strip_marks(text: str) -> str:
    """Remove quotes and invisible characters, dashes to "-"."""
    return _MARKS.sub(_mark_replacement, text)


def _mark_replacement(match: re.Match[str]) -> str:
    return "-" if match.group(0) in DASHES else ""


def fold(text: str) -> str:
    """Folded text for comparing (see module docstring); the same as `fold_with_offsets(text)[0]`
    for any text an editor writes, computed with whole-string operations (fast)."""
    if text.isascii():  # NFC/NFKC change nothing, case folding is lower(); only ASCII quotes go
        text = text.lower()
        if '"' in text or "'" in text or "`" in text:
            text = text.replace('"', "").replace("'", "").replace("`", "")
        return " ".join(text.split())
    text = _strip_marks(unicodedata.normalize("NFC", text))
    if unicodedata.is_normalized("NFKC", text):
        # NFKC would change nothing, and case folding turns no other character into a quote,
        # an invisible character or a dash (checked over all of Unicode): nothing to strip again
        text = text.casefold()
    else:
        text = _strip_marks(unicodedata.normalize("NFKC", text).casefold())
    return " ".join(text.split())  # whitespace runs to one space (str.isspace is re's \s), ends stripped


def caseless(text: str) -> str:
    """`text` lower-cased for quick substring tests before a case-insensitive regex: a word of
    lower-case letters that `re.IGNORECASE` finds in `text` is a substring of `caseless(text)`.

    Plain `str.lower()` misses three letters that `re` matches without case: "İ" (lowered to two
    characters), dotless "ı" (matches "i") and long "ſ" (matches "s"); they are mapped first.
    """
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s")
    return text.lower()


def leet(text: str) -> str:
    """Undo simple leetspeak (0→o, 1→i, 3→e, 4→a, 5→s, @→a) in already folded text."""
    return text.translate(LEET)


def collapse_digit_groups(text: str) -> str:
    """Join digit groups split by spaces, dots, slashes or hyphens: "0800 111 0 111" → "08001110111"."""
    return _DIGIT_SEPARATORS.sub("", text)
