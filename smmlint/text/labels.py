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
from typing import Iterator, NamedTuple, Sequence

from smmlint.text.fold import caseless
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


# Quick tests on the lower-cased line (see `caseless`): a segment label contains one of these,
# or "ad" before a non-word character; a phrase contains one of `_PHRASE_WORDS`.
_SEGMENT_WORDS = ("werbung", "anzeige", "advertisement", "spons", "promotion")
_PHRASE_WORDS = ("sponsored", "powered", "präsentiert", "kooperation", "partners", "werbung")


def find_labels(visible: VisibleText, blanked: Sequence[str] | None = None) -> list[Label]:
    """Every advertising label in the visible text, in reading order. `blanked`, if given, is
    `blank_urls` of each line's text (computed once per post by the caller)."""
    found: list[Label] = []
    if blanked is None:
        blanked = [blank_urls(line.text) for line in visible.lines]
    everything = caseless("\n".join(blanked))  # the quick tests for the whole text first
    segments = any(word in everything for word in _SEGMENT_WORDS) or _has_ad_word(everything)
    phrases = any(word in everything for word in _PHRASE_WORDS)
    for start, text in zip(visible.starts, blanked):
        if "#" in text:
            for match in _HASHTAG.finditer(text):
                term = HASHTAG_TERMS.get(match.group(1).casefold())
                if term:
                    found.append(_label(visible, term, match.group(0), "hashtag", start + match.start()))
        if not segments and not phrases:
            continue
        low = caseless(text)
        if segments and (any(word in low for word in _SEGMENT_WORDS) or _has_ad_word(low)):
            position = 0
            for segment in _SEPARATOR.split(text):
                index = text.find(segment, position) if segment else position
                position = index + len(segment)
                match = _SEGMENT_LABEL.fullmatch(segment) if segment else None
                if match:
                    written = match.group("term")
                    # caseless, not casefold: the regex (IGNORECASE) also took "ı", "ſ", "İ" for i, s
                    term = "werbung" if caseless(written).endswith("werbung") else _WORD_TERMS[caseless(written)]
                    found.append(_label(visible, term, written, "segment", start + index + match.start("term")))
        if phrases and any(word in low for word in _PHRASE_WORDS):
            for match in _PHRASE.finditer(text):
                term = _PHRASES[" ".join(caseless(match.group("term")).split())]
                found.append(_label(visible, term, match.group("term"), "phrase", start + match.start()))
    found.sort(key=lambda label: label.offset)
    return found


def _has_ad_word(low: str) -> bool:
    """True when "ad" stands before a non-word character or the end (as a segment label must)."""
    index = low.find("ad")
    while index >= 0:
        after = index + 2
        if after == len(low) or not (low[after].isalnum() or low[after] == "_"):
            return True
        index = low.find("ad", index + 1)
    return False


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
_AFFILIATE_HOSTS = frozenset(AFFILIATE_HOSTS)
_AMAZON_HOST = re.compile(r"(?:^|\.)amazon\.[a-z.]{2,6}$")


class AffiliateSignal(NamedTuple):
    text: str
    line: int
    column: int


def affiliate_signals(visible: VisibleText, links, blanked: Sequence[str] | None = None) -> Iterator[AffiliateSignal]:
    """Affiliate links (amzn.to, amazon with `tag=`, affiliate networks) and "Affiliate-Link" texts.
    `blanked`, if given, is `blank_urls` of each line's text (as in `find_labels`)."""
    from urllib.parse import parse_qs, urlsplit

    for link in links:
        try:
            parts = urlsplit(link.url)
            host = (parts.hostname or "").lower()
        except ValueError:
            continue
        if host.startswith("www."):
            host = host[4:]
        known = not _AFFILIATE_HOSTS.isdisjoint(_domain_suffixes(host))  # the host or a parent domain
        amazon = _AMAZON_HOST.search(host)
        if not known and not amazon:
            continue  # the query decides nothing
        try:
            query = parse_qs(parts.query)
        except ValueError:
            continue
        if known or "tag" in query:
            yield AffiliateSignal(link.raw or link.url, link.line, link.column)
    if blanked is None:
        blanked = [blank_urls(line.text) for line in visible.lines]
    everything = caseless("\n".join(blanked))
    if "link" not in everything and "affiliate" not in everything:
        return  # every affiliate text has one of them
    for start, text in zip(visible.starts, blanked):
        low = caseless(text)
        if "link" not in low and "affiliate" not in low:
            continue  # every affiliate text has one of them
        for match in _AFFILIATE_TEXT.finditer(text):
            line_number, column = visible.position(start + match.start(), match.group(0))
            yield AffiliateSignal(match.group(0), line_number, column)


def _domain_suffixes(host: str) -> list[str]:
    """`host` and every parent domain: "a.b.c" -> ["a.b.c", "b.c", "c"]."""
    parts = host.split(".")
    return [".".join(parts[index:]) for index in range(len(parts))]


# ---- giveaways and discount codes -----------------------------------------------------------
# German nouns are matched inside compounds ("Adventsverlosung", "Gutscheincode"); verbs by stem.
# The core of a giveaway word; the match is then widened to the whole (hyphenated) compound.
_GIVEAWAY = re.compile(
    r"gewinnspiel|verlosung|verlos(?:e|en|t|te|ten)\b|rabatt-?code|gutschein|promo-?code|preisausschreiben"
    r"|giveaway|give-away"
    r"|\b(?:discount|promo|coupon|voucher)\s+codes?\b|\braffles?\b|\bsweepstakes?\b|\bprize\s+draws?\b",
    re.I)
# Every _GIVEAWAY match contains one of these (case-insensitively): a cheap first test.
_GIVEAWAY_HINTS = ("gewinnspiel", "verlos", "rabatt", "gutschein", "promo", "preisaus", "give", "discount", "coupon",
                   "voucher", "raffle", "sweepstake", "prize")
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
    everything = caseless(visible.text)
    if not any(word in everything for word in _GIVEAWAY_HINTS):
        return  # giveaway_matches' first test, for all lines at once
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
    low = caseless(text)
    if not any(word in low for word in _GIVEAWAY_HINTS):
        return  # the cheap first test
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
