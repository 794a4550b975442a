"""Engagement bait in German and English, after Meta's definition ("Fighting engagement bait",
2017/2019): posts that goad people into reacting, commenting, sharing, tagging or voting with
reactions, to game the feed.

Each kind is an imperative aimed at the reader, matched at the start of a sentence (after
optional emoji or bullets), so statements and genuine questions stay clean:

- react:   "Like, wenn …", "Like this if …", "Lass ein Like da", "Gib uns ein ❤️", "Double tap if",
           "Drück das Herz, wenn …", "❤️ wenn …" (a reaction emoji; "🔐 Wenn …" is a bullet),
           "React with 😂 if"; but not "Like when you …" or "Like many teams, …";
- comment: a comment with a *specific* answer: "Kommentiere JA", "comment YES", "Type 1 if",
           "Schreib „Amen“ in die Kommentare", "Comment with 🔥"; but not "Schreiben Sie es in
           die Kommentare" or "Comment your best tip below";
- share:   "Teile diesen Beitrag", "Bitte teilen!", "Teilen, wenn …", "Share this post",
           "Share if you agree", "Share with 5 friends"; but not "Teilen Sie Ihre Erfahrung";
- tag:     "Markiere 3 Freunde", "Tag a friend who …", "Verlinke jemanden, der …"; but not
           "Tag 3: Passkeys";
- vote:    reactions used as ballots, two or more in one paragraph: "❤️ = Ja, 👍 = Nein",
           "Like für A, Herz für B", "😍 for yes, 😂 for no"; a platform poll ("Stimmt in der
           Umfrage ab!") is not bait.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

__all__ = ["Bait", "find_bait", "KINDS"]

KINDS = ("react", "comment", "share", "tag", "vote")

# Emoji (pictographs, dingbats, hearts, thumbs, with variation selectors, skin tones and joiners)
# are masked to private-use characters before matching, keeping every offset: `R` for reaction
# emoji, `E` for all others. The patterns then name one character instead of large ranges, which
# keeps compiling them cheap, and "❤️ wenn …" (a reaction) differs from "🔐 Wenn …" (a bullet).
_EMOJI_RUN = re.compile("[\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*")
E = "\ue000"  # any emoji
R = "\ue001"  # a reaction emoji: hearts, thumbs, laughing, surprised, sad, angry, fire, clapping
_REACTION_CHARS = frozenset("\u2764\u2665\U0001f9e1\U0001f5a4\U0001f90d\U0001f90e\U0001f44d\U0001f44e\U0001f602"
                            "\U0001f923\U0001f606\U0001f62e\U0001f62f\U0001f632\U0001f622\U0001f62d\U0001f621"
                            "\U0001f620\U0001f970\U0001f60d\U0001f917\U0001f525\U0001f44f\U0001f4af"
                            + "".join(chr(code) for code in range(0x1F493, 0x1F4A0)))
_EMOJI = "(?<![" + E + R + "])[" + E + R + "]++"  # a whole run of emoji, tried only at its start

# Start of a sentence or clause: line start, after . ! ? : ; | – — an emoji, ", " or "und"/"and"/
# "oder"/"or"; then optional bullets, quotes and emoji.
# (Possessive `*+` and "after a run of emoji, not inside it" keep a long run of emoji or spaces
# from being tried position by position: matching stays linear.)
_START = (r"(?:^|(?<=[.!?:;|…–—])|(?<=[" + E + R + "])(?![" + E + R + r"])|(?<=, )|(?<=\bund )|(?<=\band )"
          r"|(?<=\boder )|(?<=\bor ))[\s\-*•>\"'„“”»«()" + E + "]*+")
_IF = r"(?:wenn|falls|if)\b"  # not "when": "Like when you forget your password…" is no bait
_THIS = r"(?:this|this\s+post|it|den\s+post|diesen\s+post|den\s+beitrag|diesen\s+beitrag|das|dies)"
_REACT = (
    r"(?:like|liken|likt|liked|herz(?:chen)?|daumen\s+hoch|double[-\s]?tap|doppel(?:t|klick)\s*(?:tippen|tipp)?"
    r"|react(?:\s+with\s+\S+)?|reagier(?:e|t)?(?:\s+mit\s+\S+)?|drück(?:e|t)?\s+(?:auf\s+)?(?:das|den|ein)\s+\S+"
    r"|" + R + r"++)(?:\s+" + _THIS + r")?\s*,?\s*" + _IF +
    r"|(?:lass|lasst|hinterlass\w*|gib|gebt|leave|give|drop|smash)\s+(?:uns\s+|mir\s+|us\s+|me\s+)?"
    r"(?:ein(?:en)?\s+|an?\s+|the\s+|den\s+|das\s+)?(?:like|herz(?:chen)?|daumen(?:\s+hoch)?|" + _EMOJI + r")(?:\s+da)?(?!\w)")
# a set answer: a quoted word, an emoji, a number or a word in capitals, ending the demand
_SPECIFIC = (r"(?:\"[^\"\n]{1,30}\"|'[^'\n]{1,30}'|„[^“\n]{1,30}“|“[^”\n]{1,30}”|»[^«\n]{1,30}«|«[^»\n]{1,30}»"
             r"|" + _EMOJI + r"|(?:\d{1,3}|(?-i:[A-ZÄÖÜ]{2,10}))"
             r"(?=\s*(?:[,.!?)]|$|if\b|wenn\b|falls\b|in\s+die\s+kommentare|in\s+the\s+comments|below\b|unten\b)))")
_COMMENT = (r"(?:comment|kommentier(?:e|t|en)?|type|tipp(?:e|t)|schreib(?:e|t)?|antworte(?:t)?|reply|write|answer)"
            r"(?:\s+(?:uns|mir|us|me|mit|with|ein(?:e|en)?|an?|just|einfach|bitte|please|below|unten|darunter|hier|nur))*"
            r"\s+" + _SPECIFIC)
_SHARE = (
    r"(?:bitte\s+(?:teilen|weitersagen)|please\s+share|teilen\s+erwünscht)\s*[!.]*\s*(?=$|" + E + r")"
    r"|(?:bitte\s+)?(?:teile|teilt|teilen|share)"
    r"(?:\s+(?:diesen|dieses|den|das|this|the|unseren|our)\s+(?:beitrag|post|posting|video|bild|tweet|toot|reel|story)\b"
    r"|\s*,?\s*" + _IF +
    r"|(?:\s+(?:it|ihn|es|this|das|dies))?\s+(?:with|mit)\s+(?:\d+|all|allen|deinen|deiner|your|euren|eurer|ihren|a|an"
    r"|einer|einem|mindestens)\s+(?:\w+\s+)?(?:friends?|freund\w*|kontakt\w*|contacts?|leuten|people|menschen|kolleg\w*))")
_TAG = (
    r"(?:tag|tagge|taggt|markier(?:e|t)?|verlinke?|verlinkt|mention|erwähne?)"
    r"(?:\s+(?:\d+|a|an|one|two|three|ein(?:e|en)?|zwei|drei|deine[nmr]?|your|eure[nmr]?|ihre[nmr]?|alle|all|the|den|die"
    r"|best(?:e|en)?|liebste[nr]?|favou?rite|mindestens|at\s+least)){0,3}"
    r"\s+(?:friends?|freund\w*|buddy|buddies|bff|mates?|someone|somebody|jemand\w*|person\w*|leute|people|kolleg\w*"
    r"|colleagues?|co-?workers?|teammates?|famil\w*|partner\w*|crew|squad)\b")
# Two patterns, not one: CPython's regex parser gets disproportionately slow on one big alternation
# of all four (about 10 ms instead of 4 ms at import).
_SOURCES = {"react": _REACT, "comment": _COMMENT, "share": _SHARE, "tag": _TAG}

# The kind patterns are compiled only for a post that has a clause starting with one of their
# verbs (or an emoji), found by the small `_TRIGGER` pattern: most posts never pay for them.
_TRIGGER = re.compile(
    r"(?:^|(?<=[.!?:;|…–—])|(?<=[" + E + R + "])(?![" + E + R + r"])|(?<=, )|(?<=\bund )|(?<=\band )|(?<=\boder )"
    r"|(?<=\bor ))[\s\-*•>\"'„“”»«()]*+([" + E + R + r"]|\w+)", re.M)
_VERBS = {
    "react": ("like", "liken", "likt", "liked", "herz", "herzchen", "daumen", "double", "doppelt", "doppelklick", "react",
              "reagier", "reagiere", "reagiert", "drück", "drücke", "drückt", "lass", "lasst", "hinterlass", "hinterlasst",
              "gib", "gebt", "leave", "give", "drop", "smash", R),
    "comment": ("comment", "kommentier", "kommentiere", "kommentiert", "kommentieren", "type", "tippe", "tippt", "schreib",
                "schreibe", "schreibt", "antworte", "antwortet", "reply", "write", "answer"),
    "share": ("bitte", "please", "teilen", "teile", "teilt", "share"),
    "tag": ("tag", "tagge", "taggt", "markier", "markiere", "markiert", "verlink", "verlinke", "verlinkt", "mention",
            "erwähn", "erwähne"),
}
_KIND_OF = {verb: kind for kind, verbs in _VERBS.items() for verb in verbs}
# Each kind's phrase (`(?P<m>…)` in its pattern) starts with one of these (lower case, matched
# without case), or with a reaction emoji for "react"; so do the clause words of `_VERBS`.
_STEMS = {
    "react": ("like", "likt", "herz", "daumen", "double", "doppel", "react", "reagier", "drück", "lass", "hinterlass",
              "gib", "gebt", "leave", "give", "drop", "smash"),
    "comment": ("comment", "kommentier", "type", "tipp", "schreib", "antworte", "reply", "write", "answer"),
    "share": ("bitte", "please", "teil", "share"),
    "tag": ("tag", "markier", "verlink", "mention", "erwähn"),
}
_WORD = re.compile(r"\w+")
_TRIGGER_PREFIX = frozenset("-*•>\"'„“”»«()")  # _TRIGGER's optional prefix, besides whitespace
_START_PREFIX = _TRIGGER_PREFIX | {E}  # _START's optional prefix, besides whitespace
# Letters `re.IGNORECASE` matches with an ASCII letter but `str.lower()` does not map to it (or,
# "İ", maps to two characters): with one of them the text takes the plain, slower way.
_CASE_ODD = ("\u0130", "\u0131", "\u017f")


_REACTION_WORD = r"(?:likes?|herz(?:chen)?|daumen(?:\s+hoch)?|love|haha|wow|wut|angry|sad|traurig|care|thumbs?\s+up)"
# A reaction word counts as a ballot only at the start of a clause ("Like für A, Herz für B"),
# so "Danke für 500 Likes für den Backup-Post" is no ballot.
_CLAUSE = r"(?:^|(?<=[,;:/|(\n–—])|(?<=oder )|(?<=or )|(?<=und )|(?<=and ))\s*"
# What every ballot contains (an emoji or reaction word, then "=", "für" or "for"), found in the
# lower-cased text without IGNORECASE: the quick test before the vote pattern.
_BALLOT_HINT = re.compile(r"(?:[" + E + R + r"]|" + _REACTION_WORD + r")\s*(?:=|für|for)")
_BALLOT_WORDS = ("like", "herz", "daumen", "love", "haha", "wow", "wut", "angry", "sad", "traurig", "care", "thumb")


@lru_cache(maxsize=None)
def _pattern(kind: str) -> re.Pattern[str]:
    """The compiled pattern of one kind, compiled on first use (a memo of constants: the same
    pattern for every post and run)."""
    if kind == "vote":
        return re.compile(r"(?P<m>(?:" + _EMOJI + r"|" + _CLAUSE + _REACTION_WORD + r")\s*(?:=|für|for)\s*[\w\"'„“]+)",
                          re.I | re.M)
    return re.compile(_START + r"(?P<m>" + _SOURCES[kind] + r")", re.I | re.M)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _kind(word: str) -> str | None:
    return _KIND_OF.get(word, "react" if word.startswith("hinterlass") else None)


def _word_starts(low: str) -> dict[str, list[int]]:
    """Per kind, the offsets in `low` (in order) where a word starts with one of its stems
    (`str.find` per stem: faster here than one regex of all stems)."""
    found: dict[str, list[int]] = {}
    for kind, stems in _STEMS.items():
        starts = set()
        for stem in stems:
            index = low.find(stem)
            while index >= 0:
                if index == 0 or not _is_word_char(low[index - 1]):
                    starts.add(index)
                index = low.find(stem, index + 1)
        found[kind] = sorted(starts)
    return found


def _char_offsets(text: str, char: str) -> list[int]:
    offsets = []
    index = text.find(char)
    while index >= 0:
        offsets.append(index)
        index = text.find(char, index + 1)
    return offsets


def _run_start(text: str, index: int, prefix: frozenset[str], floor: int = 0) -> int:
    """Where the run of prefix characters (or whitespace) that ends at `index` starts (>= floor)."""
    while index > floor and (text[index - 1] in prefix or text[index - 1].isspace()):
        index -= 1
    return index


def _clause_kinds(masked: str, low: str, starts: dict[str, list[int]]) -> set[str]:
    """The kinds with a verb (or reaction emoji) starting a clause, as `_TRIGGER` finds them
    (its lower-cased words mapped by `_KIND_OF`), looking only at the words that are verbs.

    A `_TRIGGER` match is a clause start, a run of prefix characters and the word; the word is
    found exactly when a match starts in the prefix run before it (no match starts inside
    another match's word), which `search` between there and the word's end decides.
    `starts`: `_word_starts(low)`.
    """
    kinds: set[str] = set()
    candidates = [(index, "react") for index in _char_offsets(masked, R)]
    for kind in _STEMS:
        for index in starts[kind]:
            match = _WORD.match(low, index)
            if match is not None and _kind(match.group(0)) is not None:
                candidates.append((index, _kind(match.group(0))))
    for index, kind in sorted(candidates):
        if kind in kinds:
            continue
        end = index + 1 if masked[index] == R else _WORD.match(low, index).end()
        match = _TRIGGER.search(masked, _run_start(masked, index, _TRIGGER_PREFIX), end)
        if match is not None and match.start(1) == index:
            kinds.add(kind)
    return kinds


def _kind_matches(kind: str, masked: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`_pattern(kind).finditer(masked)`, trying only where the phrase can start: a word with
    one of the kind's stems (`starts`) or a reaction emoji, after a clause start and prefix
    characters."""
    pattern = _pattern(kind)
    if kind == "react":
        starts = sorted(set(starts) | set(_char_offsets(masked, R)))
    position = 0  # where finditer would search next
    for index in starts:
        if index < position:
            continue
        for start in range(_run_start(masked, index, _START_PREFIX, position), index + 1):
            match = pattern.match(masked, start)
            if match is not None:  # the leftmost match: its phrase starts at `index`
                yield match
                position = match.end()
                break


def _is_word_char(char: str) -> bool:
    """`re`'s \\w for one character."""
    return char.isalnum() or char == "_"


class Bait(NamedTuple):
    kind: str  # one of KINDS
    offset: int  # in the text given to find_bait
    text: str


def find_bait(text: str) -> Iterator[Bait]:
    """Every engagement-bait phrase in `text` (one paragraph or a whole post), in order."""
    if text.isascii():
        masked = text  # no emoji to mask
    else:
        masked = _EMOJI_RUN.sub(lambda match: (R if match.group(0)[0] in _REACTION_CHARS else E) * len(match.group(0)), text)
    found: list[Bait] = []
    quick = not any(char in masked for char in _CASE_ODD)
    low = masked.lower()
    if quick:
        starts = _word_starts(low)
        kinds = _clause_kinds(masked, low, starts)
    else:
        kinds = {_kind(match.group(1).lower()) for match in _TRIGGER.finditer(masked)} - {None}
    for kind in sorted(kinds, key=KINDS.index):
        for match in (_kind_matches(kind, masked, starts[kind]) if quick else _pattern(kind).finditer(masked)):
            start, end = match.span("m")
            found.append(Bait(kind, start, text[start:end].strip()))
    if quick and not ((E in masked or R in masked or any(word in low for word in _BALLOT_WORDS))
                      and ("=" in low or "für" in low or "for" in low) and _BALLOT_HINT.search(low)):
        yield from sorted(found, key=lambda bait: bait.offset)
        return
    start = 0
    for paragraph_end, next_start in [*((m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(masked)),
                                      (len(masked), len(masked))]:
        ballots = list(_pattern("vote").finditer(masked, start, paragraph_end))
        if len(ballots) >= 2:
            first = ballots[0]
            found.append(Bait("vote", first.start("m"), text[first.start("m"):first.end("m")]))
        start = next_start
    found.sort(key=lambda bait: bait.offset)
    yield from found
