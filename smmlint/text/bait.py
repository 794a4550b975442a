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
_REACTION_HINT = re.compile(r"like|herz|daumen|love|haha|wow|wut|angry|sad|traurig|care|thumb|[" + E + R + "]", re.I)


_REACTION_WORD = r"(?:likes?|herz(?:chen)?|daumen(?:\s+hoch)?|love|haha|wow|wut|angry|sad|traurig|care|thumbs?\s+up)"
# A reaction word counts as a ballot only at the start of a clause ("Like für A, Herz für B"),
# so "Danke für 500 Likes für den Backup-Post" is no ballot.
_CLAUSE = r"(?:^|(?<=[,;:/|(\n–—])|(?<=oder )|(?<=or )|(?<=und )|(?<=and ))\s*"


@lru_cache(maxsize=None)
def _pattern(kind: str) -> re.Pattern[str]:
    """The compiled pattern of one kind, compiled on first use (a memo of constants: the same
    pattern for every post and run)."""
    if kind == "vote":
        return re.compile(r"(?P<m>(?:" + _EMOJI + r"|" + _CLAUSE + _REACTION_WORD + r")\s*(?:=|für|for)\s*[\w\"'„“]+)",
                          re.I | re.M)
    return re.compile(_START + r"(?P<m>" + _SOURCES[kind] + r")", re.I | re.M)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class Bait(NamedTuple):
    kind: str  # one of KINDS
    offset: int  # in the text given to find_bait
    text: str


def find_bait(text: str) -> Iterator[Bait]:
    """Every engagement-bait phrase in `text` (one paragraph or a whole post), in order."""
    masked = _EMOJI_RUN.sub(lambda match: (R if match.group(0)[0] in _REACTION_CHARS else E) * len(match.group(0)), text)
    found: list[Bait] = []
    words = {match.group(1).lower() for match in _TRIGGER.finditer(masked)}
    kinds = {_KIND_OF.get(word, "react" if word.startswith("hinterlass") else None) for word in words} - {None}
    for kind in sorted(kinds, key=KINDS.index):
        for match in _pattern(kind).finditer(masked):
            start, end = match.span("m")
            found.append(Bait(kind, start, text[start:end].strip()))
    if not _REACTION_HINT.search(masked):
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
