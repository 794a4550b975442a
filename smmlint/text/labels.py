"""Find advertising labels, affiliate signals and giveaway words in a post's visible text.

A label is recognised only where it stands *as a label* (rules.md AD, medienanstalten
Leitfaden 2022):

- as a hashtag: `#Werbung`, `#Anzeige`, `#ad`, `#sponsored`, `#spon`, `#sp`, `#collab`,
  `#gifted`, … (the whole tag, so `#adidas` or `#addon` are not labels);
- as a segment of its own: at the start of a line or after a separator (`|`, `·`, `•`, `/`,
  ` - `, ` – `, brackets), after nothing but emoji, markup or hashtags, and followed only by
  `:`/punctuation/emoji up to the next separator or the line end: "Anzeige | …", "Werbung: …",
  "[Werbung]", "(Ad)", "🔑 Anzeige", "#ad Anzeige |";
- as one of the label phrases wherever it stands: "sponsored by", "powered by", "präsentiert
  von", "in Kooperation mit", "paid partnership", "bezahlte Partnerschaft", "enthält Werbung".

So "Was ist Werbung nach UWG?" or "add the app" carry no label. URLs are ignored.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from smmlint.text.visible import VisibleText, blank_urls

__all__ = ["Label", "find_labels", "hashtag_runs", "AffiliateSignal", "affiliate_signals",
           "GiveawayWord", "giveaway_words", "giveaway_matches"]

# ---- labels ---------------------------------------------------------------------------------
#: hashtag text (case-folded) -> canonical label term
HASHTAG_TERMS = {
    "werbung": "werbung", "anzeige": "anzeige", "unbezahltewerbung": "werbung", "bezahltewerbung": "werbung",
    "ad": "ad", "advertisement": "advertisement", "sponsored": "sponsored", "gesponsert": "gesponsert",
    "paidpartnership": "paid partnership", "bezahltepartnerschaft": "bezahlte partnerschaft",
    "spon": "spon", "sp": "sp", "collab": "collab", "gifted": "gifted", "promotion": "promotion",
    "kooperation": "kooperation",
}
_WORD_TERMS = {"werbung": "werbung", "anzeige": "anzeige", "ad": "ad", "advertisement": "advertisement",
               "sponsored": "sponsored", "gesponsert": "gesponsert", "promotion": "promotion"}
_PHRASES = {"sponsored by": "sponsored by", "powered by": "powered by", "präsentiert von": "präsentiert von",
            "in kooperation mit": "in kooperation mit", "paid partnership": "paid partnership",
            "bezahlte partnerschaft": "bezahlte partnerschaft", "enthält werbung": "werbung"}

_HASHTAG = re.compile(r"(?<![\w#&/])#(\w[\w-]*\w|\w)")
# tried only where a run of spaces starts, possessive: linear even on a line of 100 000 spaces
_SEPARATOR = re.compile(r"(?<!\s)(?:\s*+[|·•/\[\]()]|\s++[-–—](?=\s))\s*+")
_SEGMENT_LABEL = re.compile(
    r"(?:[^\w#@]|#\w+)*?(?P<term>(?:(?:un)?bezahlte\s+)?werbung|anzeige|advertisement|sponsored|gesponsert|promotion|ad)"
    r"(?:\s*:.*|[^\w]*)", re.I | re.S)
_PHRASE = re.compile(r"\b(?P<term>" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _PHRASES) + r")\b", re.I)
_RUN = re.compile(r"(?<![\w#&/])#\w[\w-]*(?:[ \t\n,;]+#\w[\w-]*){2,}")


class Label(NamedTuple):
    """One label as written: canonical `term`, its `text`, `form` (hashtag | segment | phrase),
    its offset in the visible text, and the file position."""

    term: str
    text: str
    form: str
    offset: int
    line: int
    column: int


def find_labels(visible: VisibleText) -> list[Label]:
    """Every advertising label in the visible text, in reading order."""
    found: list[Label] = []
    for start, line in zip(visible.starts, visible.lines):
        text = blank_urls(line.text)
        for match in _HASHTAG.finditer(text):
            term = HASHTAG_TERMS.get(match.group(1).casefold())
            if term:
                found.append(_label(visible, term, match.group(0), "hashtag", start + match.start()))
        position = 0
        for segment in _SEPARATOR.split(text):
            index = text.find(segment, position) if segment else position
            position = index + len(segment)
            match = _SEGMENT_LABEL.fullmatch(segment) if segment else None
            if match:
                written = match.group("term")
                term = "werbung" if written.casefold().endswith("werbung") else _WORD_TERMS[written.casefold()]
                found.append(_label(visible, term, written, "segment", start + index + match.start("term")))
        for match in _PHRASE.finditer(text):
            term = _PHRASES[" ".join(match.group("term").casefold().split())]
            found.append(_label(visible, term, match.group("term"), "phrase", start + match.start()))
    found.sort(key=lambda label: label.offset)
    return found


def _label(visible: VisibleText, term: str, text: str, form: str, offset: int) -> Label:
    line, column = visible.position(offset, text)
    return Label(term, text, form, offset, line, column)


def hashtag_runs(visible: VisibleText) -> list[tuple[int, int]]:
    """(start, end) offsets of every run of 3+ hashtags separated only by spaces/commas/newlines."""
    return [match.span() for match in _RUN.finditer(blank_urls(visible.text))]


# ---- affiliate signals ----------------------------------------------------------------------
_AFFILIATE_TEXT = re.compile(
    r"\*\s?(?:affiliate|partner|werbe|provisions)[- ]?links?\b|(?<!\w)\*affiliate\b"
    r"|\baffiliate[- ]?links?\b|\bpartner-?links?\b|\bprovisions-?links?\b|\bwerbe-?links?\b"
    r"|(?<![\w#&/])#(?:affiliate|affiliatelink|werbelink|partnerlink)\b", re.I)
#: hosts of affiliate networks and link shorteners used only for affiliate links
AFFILIATE_HOSTS = ("amzn.to", "amzn.eu", "amzn.com", "awin1.com", "awin.com", "clk.tradedoubler.com",
                   "tradedoubler.com", "webgains.com", "financeads.net", "belboon.com", "shareasale.com",
                   "go.skimresources.com", "rstyle.me", "linksynergy.com", "click.linksynergy.com",
                   "partners.webmasterplan.com", "digistore24.com", "ebay.us", "rover.ebay.com",
                   "prf.hn", "sjv.io", "pxf.io", "howl.me", "shopstyle.it")
_AMAZON_HOST = re.compile(r"(?:^|\.)amazon\.[a-z.]{2,6}$")


class AffiliateSignal(NamedTuple):
    text: str
    line: int
    column: int


def affiliate_signals(visible: VisibleText, links) -> Iterator[AffiliateSignal]:
    """Affiliate links (amzn.to, amazon with `tag=`, affiliate networks) and "Affiliate-Link" texts."""
    from urllib.parse import parse_qs, urlsplit

    for link in links:
        try:
            parts = urlsplit(link.url)
            host = (parts.hostname or "").lower()
            query = parse_qs(parts.query)
        except ValueError:
            continue
        if host.startswith("www."):
            host = host[4:]
        if any(host == known or host.endswith("." + known) for known in AFFILIATE_HOSTS) \
                or (_AMAZON_HOST.search(host) and "tag" in query):
            yield AffiliateSignal(link.raw or link.url, link.line, link.column)
    for start, line in zip(visible.starts, visible.lines):
        for match in _AFFILIATE_TEXT.finditer(blank_urls(line.text)):
            line_number, column = visible.position(start + match.start(), match.group(0))
            yield AffiliateSignal(match.group(0), line_number, column)


# ---- giveaways and discount codes -----------------------------------------------------------
# German nouns are matched inside compounds ("Adventsverlosung", "Gutscheincode"); verbs by stem.
# The core of a giveaway word; the match is then widened to the whole (hyphenated) compound.
_GIVEAWAY = re.compile(
    r"gewinnspiel|verlosung|verlos(?:e|en|t|te|ten)\b|rabatt-?code|gutschein|promo-?code|preisausschreiben"
    r"|giveaway|give-away"
    r"|\b(?:discount|promo|coupon|voucher)\s+codes?\b|\braffles?\b|\bsweepstakes?\b|\bprize\s+draws?\b",
    re.I)
_GIVEAWAY_HINT = re.compile(r"gewinnspiel|verlos|rabatt|gutschein|promo|preisaus|give|discount|coupon|voucher|raffle"
                            r"|sweepstake|prize", re.I)  # a cheap first test before _GIVEAWAY
_SCAM = re.compile(r"fake|gefälscht|falsch|betrug|betrüger|scam|abzocke|angeblich|vermeintlich"
                   r"|fraud|bogus|dubios|unseriös", re.I)
# "Phishing" marks a warning only inside the compound ("Phishing-Gewinnspiel"): nearby, it may be
# the prize's topic ("Wir verlosen 3 Schulungen gegen Phishing").
_SCAM_COMPOUND = re.compile(_SCAM.pattern + "|phishing", re.I)
_NEGATION = re.compile(r"^(?:nie|niemals|keine?n?|never|no|not|nicht)$", re.I)
_WORD = re.compile(r"[\w-]+")
_SENTENCE_END = re.compile(r"[.!?:;](?:\s|$)")
_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+$")  # the word right before, only spaces between
_WORD_AFTER = re.compile(r"[ \t]+([\w-]+)")


class GiveawayWord(NamedTuple):
    text: str
    line: int
    column: int


def giveaway_words(visible: VisibleText) -> Iterator[GiveawayWord]:
    """Giveaway and discount-code words in the visible text, except in warnings about fake ones
    (see `giveaway_matches`)."""
    for start, line in zip(visible.starts, visible.lines):
        for offset, word in giveaway_matches(line.text):
            line_number, column = visible.position(start + offset, word)
            yield GiveawayWord(word, line_number, column)


def giveaway_matches(text: str) -> Iterator[tuple[int, str]]:
    """(offset, word) of giveaway and discount-code words in one line of text.

    Skipped: a scam word in the same (compound) word or within four words before or after in
    the same sentence ("Fake-Gewinnspiel", "Gutschein-Betrug", "gefälschte Gutscheine",
    "Vorsicht vor Phishing-Gewinnspielen", "Amazon-Gutscheine per SMS sind Betrug", "giveaway
    scams"), and a negation right before or after ("Wir verlosen nie etwas per DM", "keine
    Verlosung").
    """
    if not _GIVEAWAY_HINT.search(text):
        return
    text = blank_urls(text)
    done = 0
    for match in _GIVEAWAY.finditer(text):
        start, end = _compound(text, match.start(), match.end())
        if start < done:
            continue  # a second keyword inside the same compound
        done = end
        word = text[start:end]
        before = _WORD.findall(_SENTENCE_END.split(text[max(start - 200, 0):start])[-1])[-4:]
        after = _WORD.findall(_SENTENCE_END.split(text[end:end + 200])[0])[:4]
        adjacent = [m.group(1) for m in (_WORD_BEFORE.search(text[max(start - 100, 0):start]),
                                         _WORD_AFTER.match(text, end)) if m]
        if _SCAM_COMPOUND.search(word) or any(_SCAM.search(w) for w in before + after):
            continue
        if any(_NEGATION.match(w) for w in adjacent):
            continue
        yield start, word


def _compound(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen text[start:end] to the whole word, hyphenated compounds included ("Fake-Gewinnspiele")."""
    def part_of_word(index: int) -> bool:
        char = text[index]
        return char.isalnum() or (char == "-" and 0 < index < len(text) - 1
                                  and text[index - 1].isalnum() and text[index + 1].isalnum())
    while start > 0 and part_of_word(start - 1):
        start -= 1
    while end < len(text) and part_of_word(end):
        end += 1
    return start, end
