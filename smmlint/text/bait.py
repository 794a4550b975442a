"""Engagement bait in German and English, after Meta's definition ("Fighting engagement bait",
2017/2019): posts that goad people into reacting, commenting, sharing, tagging or voting with
reactions, to game the feed.

Each kind is an imperative aimed at the reader, matched at the start of a sentence (after
optional emoji or bullets), so statements and genuine questions stay clean:

- react:   "Like, wenn …", "Like this if …", "Lass ein Like da", "Gib uns ein ❤️", "Double tap if",
           "Drück das Herz, wenn …", "❤️ wenn …", "React with 😂 if";
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
from dataclasses import dataclass
from typing import Iterator

__all__ = ["Bait", "find_bait", "KINDS"]

KINDS = ("react", "comment", "share", "tag", "vote")

# Pictographs, dingbats, hearts, thumbs (no ASCII, no letters): enough to spot reaction emoji.
_EMOJI = r"(?:[\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)+"
_REACTION_WORD = r"(?:likes?|herz(?:chen)?|daumen(?:\s+hoch)?|love|haha|wow|wut|angry|sad|traurig|care|thumbs?\s+up)"
# A reaction word counts as a ballot only at the start of a clause ("Like für A, Herz für B"),
# so "Danke für 500 Likes für den Backup-Post" is no ballot.
_CLAUSE = r"(?:^|(?<=[,;:/|(\n–—])|(?<=oder )|(?<=or )|(?<=und )|(?<=and ))\s*"
_REACTION = r"(?:" + _EMOJI + r"|" + _CLAUSE + _REACTION_WORD + r")"
# Start of a sentence or clause: line start, after . ! ? : ; | – — an emoji, ", " or "und"/"and"/
# "oder"/"or"; then optional bullets, quotes and emoji.
_START = (r"(?:^|(?<=[.!?:;|…–—\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\U0001f3fb-\U0001f3ff])|(?<=, )"
          r"|(?<=\bund )|(?<=\band )|(?<=\boder )|(?<=\bor ))"
          r"[\s\-*•>\"'„“”»«()]*(?:" + _EMOJI + r"\s*)*")
_IF = r"(?:wenn|falls|if|when)\b"
_THIS = r"(?:this|this\s+post|it|den\s+post|diesen\s+post|den\s+beitrag|diesen\s+beitrag|das|dies)"

_REACT = re.compile(
    _START + r"(?P<m>"
    r"(?:like|liken|likt|liked|herz(?:chen)?|daumen\s+hoch|double[-\s]?tap|doppel(?:t|klick)\s*(?:tippen|tipp)?"
    r"|react(?:\s+with\s+\S+)?|reagier(?:e|t)?(?:\s+mit\s+\S+)?|drück(?:e|t)?\s+(?:auf\s+)?(?:das|den|ein)\s+\S+"
    r"|" + _EMOJI + r")"
    r"(?:\s+" + _THIS + r")?\s*,?\s*" + _IF +
    r"|(?:lass|lasst|hinterlass\w*|gib|gebt|leave|give|drop|smash)\s+(?:uns\s+|mir\s+|us\s+|me\s+)?"
    r"(?:ein(?:en)?\s+|an?\s+|the\s+|den\s+|das\s+)?(?:like|herz(?:chen)?|daumen(?:\s+hoch)?|" + _EMOJI + r")(?:\s+da)?(?!\w)"
    r")", re.I | re.M)

_SPECIFIC = (r"(?:\"[^\"\n]{1,30}\"|'[^'\n]{1,30}'|„[^“\n]{1,30}“|“[^”\n]{1,30}”|»[^«\n]{1,30}«|«[^»\n]{1,30}»"
             r"|" + _EMOJI + r"|(?:\d{1,3}|(?-i:[A-ZÄÖÜ]{2,10}))"
             r"(?=\s*(?:[,.!?)]|$|if\b|wenn\b|falls\b|in\s+die\s+kommentare|in\s+the\s+comments|below\b|unten\b)))")
_COMMENT = re.compile(
    _START + r"(?P<m>(?:comment|kommentier(?:e|t|en)?|type|tipp(?:e|t)|schreib(?:e|t)?|antworte(?:t)?|reply|write|answer)"
    r"(?:\s+(?:uns|mir|us|me|mit|with|ein(?:e|en)?|an?|just|einfach|bitte|please|below|unten|darunter|hier|nur))*"
    r"\s+" + _SPECIFIC + r")", re.I | re.M)

_SHARE = re.compile(
    _START + r"(?P<m>(?:bitte\s+)?(?:teile|teilt|teilen|share)"
    r"(?:\s+(?:diesen|dieses|den|das|this|the|unseren|our)\s+(?:beitrag|post|posting|video|bild|tweet|toot|reel|story)\b"
    r"|\s*,?\s*" + _IF +
    r"|(?:\s+(?:it|ihn|es|this|das|dies))?\s+(?:with|mit)\s+(?:\d+|all|allen|deinen|deiner|your|euren|eurer|ihren|a|an|einer|einem|mindestens)\s+"
    r"(?:\w+\s+)?(?:friends?|freund\w*|kontakt\w*|contacts?|leuten|people|menschen|kolleg\w*)"
    r"))", re.I | re.M)
_SHARE_PLEASE = re.compile(_START + r"(?P<m>bitte\s+(?:teilen|weitersagen)|please\s+share|teilen\s+erwünscht)\s*[!.]*\s*(?:$|[" + r"\u2600-\u27bf\U0001f300-\U0001faff])",
                           re.I | re.M)

_TAG = re.compile(
    _START + r"(?P<m>(?:tag|tagge|taggt|markier(?:e|t)?|verlinke?|verlinkt|mention|erwähne?)"
    r"(?:\s+(?:\d+|a|an|one|two|three|ein(?:e|en)?|zwei|drei|deine[nmr]?|your|eure[nmr]?|ihre[nmr]?|alle|all|the|den|die"
    r"|best(?:e|en)?|liebste[nr]?|favou?rite|mindestens|at\s+least)){0,3}"
    r"\s+(?:friends?|freund\w*|buddy|buddies|bff|mates?|someone|somebody|jemand\w*|person\w*|leute|people|kolleg\w*"
    r"|famil\w*|partner\w*|crew|squad))\b", re.I | re.M)

_BALLOT = re.compile(r"(?P<m>" + _REACTION + r"\s*(?:=|für|for)\s*[\w\"'„“]+)", re.I | re.M)


@dataclass(frozen=True)
class Bait:
    kind: str  # one of KINDS
    offset: int  # in the text given to find_bait
    text: str


def find_bait(text: str) -> Iterator[Bait]:
    """Every engagement-bait phrase in `text` (one paragraph or a whole post), in order."""
    found: list[Bait] = []
    for kind, pattern in (("react", _REACT), ("comment", _COMMENT), ("share", _SHARE), ("share", _SHARE_PLEASE),
                          ("tag", _TAG)):
        for match in pattern.finditer(text):
            found.append(Bait(kind, match.start("m"), match.group("m").strip()))
    for paragraph_start, paragraph in _paragraphs(text):
        ballots = list(_BALLOT.finditer(paragraph))
        if len(ballots) >= 2:
            found.append(Bait("vote", paragraph_start + ballots[0].start("m"), ballots[0].group("m")))
    seen: set[int] = set()
    for bait in sorted(found, key=lambda bait: (bait.offset, KINDS.index(bait.kind))):
        if bait.offset not in seen:
            seen.add(bait.offset)
            yield bait


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in re.finditer(r"\n\s*\n", text):
        yield start, text[start:match.start()]
        start = match.end()
    yield start, text[start:]
