"""Whole-word matching against term lists, robust to Unicode tricks, case and simple leetspeak.

Text and terms are normalised the same way: Unicode NFKC (fullwidth and math letters become
plain letters), case folding, and simple leetspeak (0→o, 1→i, 3→e, 4→a, 5→s, @→a). A word is
a run of letters, digits and `@`; `_`, `-` and punctuation separate words, so "Voll-Idiot" and
"voll_idiot" contain the word "idiot", but "idiotensicher" does not. A term of several words
matches the same words in a row.

Word-list files (SAFE001): UTF-8, one term per line, `#` starts a comment (a whole line, or the
rest of a line after whitespace), blank lines are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from smmlint.text.fold import LEET

__all__ = ["WordList", "WordListError", "read_wordlist", "normalise_word", "words", "find_terms",
           "index_terms", "find_indexed", "may_contain"]

_WORD = re.compile(r"(?:[^\W_]|@)+")
_COMMENT = re.compile(r"(?:^|\s)#.*$")


def normalise_word(word: str) -> str:
    """NFKC, case folding, simple leetspeak."""
    return unicodedata.normalize("NFKC", word).casefold().translate(LEET)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised word) for each word of `text` (offsets into `text`)."""
    return [(match.start(), match.end(), normalise_word(match.group(0))) for match in _WORD.finditer(text)]


class WordList(NamedTuple):
    """Terms of one list file, each a tuple of normalised words; `source` is the file."""

    source: str
    terms: tuple[tuple[str, ...], ...]


class WordListError(Exception):
    """A word-list file that is missing or unreadable; `kind` is "missing" or "unreadable"."""

    def __init__(self, path: Path, kind: str, reason: str = "") -> None:
        super().__init__(f"{path}: {kind} {reason}".strip())
        self.path, self.kind, self.reason = path, kind, reason


def parse_terms(lines: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The normalised terms of a list file's lines (comments and blank lines dropped)."""
    terms: list[tuple[str, ...]] = []
    for raw in lines:
        text = _COMMENT.sub("", raw).strip()
        if not text:
            continue
        term = tuple(word for _, _, word in words(text))
        if term and term not in terms:
            terms.append(term)
    return tuple(terms)


def read_wordlist(path: Path) -> WordList:
    """Read one list file. Raises WordListError when it is missing or not readable UTF-8 text."""
    try:
        if path.exists() and not path.is_file() and not path.is_dir():  # /dev/zero or a FIFO never ends
            raise WordListError(path, "unreadable", "not a regular file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise WordListError(path, "missing") from None
    except IsADirectoryError:
        raise WordListError(path, "unreadable", "a folder, not a file") from None
    except OSError as error:
        raise WordListError(path, "unreadable", error.strerror or str(error)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WordListError(path, "unreadable", "not UTF-8 text") from None
    return WordList(str(path), parse_terms(text.splitlines()))


def find_terms(text: str, terms: Iterable[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """(start, end) offsets in `text` of each whole-word occurrence of any term."""
    return find_indexed(text, index_terms(terms))


def index_terms(terms: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Terms by their first word, in their order: build once, search many texts (`find_indexed`)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for term in terms:
        by_first.setdefault(term[0], []).append(term)
    return by_first


def find_indexed(text: str, by_first: dict[str, list[tuple[str, ...]]]) -> Iterator[tuple[int, int]]:
    """`find_terms` with terms already indexed by `index_terms`."""
    if not may_contain((text,), by_first):
        return  # no word of the text starts a term: the common case, decided without offsets
    found = words(text)
    for index, (start, _, word) in enumerate(found):
        for term in by_first.get(word, ()):
            size = len(term)
            if tuple(w for _, _, w in found[index:index + size]) == term:
                yield start, found[index + size - 1][1]
                break


def may_contain(texts: Iterable[str], by_first: dict[str, list[tuple[str, ...]]]) -> bool:
    """False when no word of the texts starts a term (`find_indexed` then finds nothing in
    any of them): one quick test for many lines."""
    if not by_first:
        return False
    text = "\n".join(texts)
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        # NFKC changes nothing here (nor in any part), case folding and leetspeak work character
        # by character: every normalised word is a piece of the whole text normalised
        folded = _undo_leet(text.casefold())
        if not any(first in folded for first in by_first):
            return False
    return not by_first.keys().isdisjoint(_normalised_words(text))


def _undo_leet(text: str) -> str:
    """`text.translate(LEET)`, by replace (translate with a table is slow on non-ASCII text)."""
    for code, letter in LEET.items():
        if chr(code) in text:
            text = text.replace(chr(code), letter)
    return text


_WORD_RUN = re.compile(r"[\w@]+")  # runs of _WORD's characters and "_" (a much faster regex)


def _raw_words(text: str) -> list[str]:
    """The words of `text` as `_WORD` finds them (without offsets)."""
    found = _WORD_RUN.findall(text)
    if "_" in text:
        found = [part for run in found for part in run.split("_") if part]
    return found


def _normalised_words(text: str) -> set[str]:
    """The normalised words of `text` (as in `words`, without offsets)."""
    if text.isascii():
        # NFKC changes no ASCII text, case folding is lower(), and neither lower() nor the
        # leetspeak table turns a word character into a separator or back: the words of the
        # normalised text are the normalised words.
        return set(_raw_words(text.lower().translate(LEET)))
    return set(map(_normalise_cached, set(_raw_words(text))))


@lru_cache(maxsize=4096)
def _normalise_cached(word: str) -> str:
    """`normalise_word`, memoised (a pure function; words repeat across lines and posts)."""
    return normalise_word(word)
