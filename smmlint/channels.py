"""Platform limits per channel (one data table) and the counting functions the PLAT rules use.

The table holds the numbers of rules.md (PLAT001-PLAT005, A11Y003, AD003); a config may
override any field per channel or declare new channels (``channel_limits``).

Counting follows the platforms: X counts a weighted length (``x_weighted_length``),
Bluesky counts grapheme clusters, YouTube descriptions count UTF-8 bytes, everything
else counts characters (code points).

``x_weighted_length`` equals ``twitter_text.parse_tweet(text).weightedLength``
(twitter-text-parser, a port of X's own twitter-text v3 config) without importing
``twitter_text``: that import costs ~0.27 s (``pkg_resources`` plus a 92 kB emoji regex
plus a chain of TLD regexes, all compiled at import time). Here the same weights and the
same URL grammar are applied with small regexes; the package's own data (its TLD lists and
``emoji-test.txt``) is read from its installed files, only when a text needs it. If that
data ever cannot be read, the function falls back to calling ``parse_tweet`` itself.
"""

from __future__ import annotations

import re
import types
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "COUNTINGS",
    "ChannelLimits",
    "DEFAULT_CHANNELS",
    "channel_limits",
    "known_channels",
    "video_limit",
    "x_weighted_length",
    "grapheme_count",
    "utf8_length",
    "text_length",
]

#: Ways to measure a text: X's weighted length, grapheme clusters, UTF-8 bytes, code points.
COUNTINGS: tuple[str, ...] = ("x_weighted", "graphemes", "bytes", "chars")
_SEVERITIES: tuple[str, ...] = ("error", "warning")


@dataclass(frozen=True)
class ChannelLimits:
    """The limits of one channel; ``None`` means "no limit" (or, for ``more_cut``, no cut).

    text_limit: maximum length of the post text, measured with ``counting``.
    counting: one of ``COUNTINGS``.
    more_cut: characters visible before the "… more" cut; ``None``: the whole text is visible.
    max_hashtags / hashtags_severity: PLAT002 ("warning" where the limit is only advice).
    alt_limit: maximum characters of an image description (A11Y003).
    video_max_seconds: longest video (PLAT003); short_video_max_seconds applies to
        ``format: short`` where set (YouTube Shorts).
    media_required: a post without media is an error (PLAT004).
    max_links: most links a post may carry (PLAT005).
    """

    text_limit: int | None = None
    counting: str = "chars"
    more_cut: int | None = None
    max_hashtags: int | None = None
    hashtags_severity: str = "error"
    alt_limit: int | None = None
    video_max_seconds: int | None = None
    short_video_max_seconds: int | None = None
    media_required: bool = False
    max_links: int | None = None

    def __post_init__(self) -> None:
        for name in _INT_FIELDS:
            value = getattr(self, name)
            if value is not None and (type(value) is not int or value < 0):
                raise ValueError(f"{name} must be a whole number >= 0 or null, not {value!r}")
        if self.counting not in COUNTINGS:
            raise ValueError(f"counting must be one of {', '.join(COUNTINGS)}, not {self.counting!r}")
        if self.hashtags_severity not in _SEVERITIES:
            raise ValueError(
                f"hashtags_severity must be one of {', '.join(_SEVERITIES)}, not {self.hashtags_severity!r}"
            )
        if type(self.media_required) is not bool:
            raise ValueError(f"media_required must be true or false, not {self.media_required!r}")


_INT_FIELDS = (
    "text_limit",
    "more_cut",
    "max_hashtags",
    "alt_limit",
    "video_max_seconds",
    "short_video_max_seconds",
    "max_links",
)
_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ChannelLimits))

_HOUR = 3600

#: The default table (rules.md PLAT001-PLAT005, A11Y003, AD003). Read-only.
#: Facebook's "See more" cut is not documented by Meta, so it has no ``more_cut``.
DEFAULT_CHANNELS: Mapping[str, ChannelLimits] = types.MappingProxyType(
    {
        "instagram": ChannelLimits(
            text_limit=2200, more_cut=125, max_hashtags=5, video_max_seconds=180, media_required=True
        ),
        "facebook": ChannelLimits(text_limit=63206),
        "linkedin": ChannelLimits(
            text_limit=3000, more_cut=210, max_hashtags=5, hashtags_severity="warning", alt_limit=1000
        ),
        "x": ChannelLimits(text_limit=280, counting="x_weighted", alt_limit=1000, video_max_seconds=140),
        "threads": ChannelLimits(text_limit=500, max_hashtags=1, max_links=5),
        "mastodon": ChannelLimits(text_limit=500, alt_limit=1500),
        "bluesky": ChannelLimits(text_limit=300, counting="graphemes", alt_limit=2000),
        "tiktok": ChannelLimits(
            text_limit=2200, max_hashtags=5, alt_limit=300, video_max_seconds=600, media_required=True
        ),
        "youtube": ChannelLimits(
            text_limit=5000,
            counting="bytes",
            video_max_seconds=12 * _HOUR,
            short_video_max_seconds=180,
            media_required=True,
        ),
        "whatsapp": ChannelLimits(),
        "newsletter": ChannelLimits(),
    }
)


def _norm_channel(name: str) -> str:
    return name.strip().lower()


def _find_override(overrides: Mapping[str, Mapping] | None, key: str) -> tuple[str, Mapping] | None:
    if not overrides:
        return None
    for raw_name, value in overrides.items():
        if isinstance(raw_name, str) and _norm_channel(raw_name) == key:
            return raw_name, value
    return None


def channel_limits(name: str, overrides: Mapping[str, Mapping] | None = None) -> ChannelLimits | None:
    """The limits of channel ``name`` (case-insensitive), with ``overrides`` from the config applied.

    ``overrides`` maps channel names to ``{field: value}``; fields have the names of
    ``ChannelLimits``. A channel that is not in ``DEFAULT_CHANNELS`` but in ``overrides`` is a
    new channel (all fields not given: no limit, counting "chars"). Returns ``None`` for an
    unknown channel. Raises ``ValueError`` for an unknown field or a wrong value.
    """
    if not isinstance(name, str):
        return None
    key = _norm_channel(name)
    base = DEFAULT_CHANNELS.get(key)
    found = _find_override(overrides, key)
    if found is None:
        return base
    raw_name, override = found
    if override is None:
        override = {}
    if not isinstance(override, Mapping):
        raise ValueError(f"channels.{raw_name}: expected a mapping of limits, not {type(override).__name__}")
    unknown = [k for k in override if k not in _FIELD_NAMES]
    if unknown:
        raise ValueError(_unknown_fields_message(raw_name, unknown))
    try:
        return replace(base if base is not None else ChannelLimits(), **override)
    except ValueError as exc:
        raise ValueError(f"channels.{raw_name}: {exc}") from None


def _unknown_fields_message(channel: str, unknown: list) -> str:
    import difflib

    parts = []
    for key in unknown:
        close = difflib.get_close_matches(str(key), _FIELD_NAMES, n=1)
        parts.append(f"{key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    return (
        f"channels.{channel}: unknown field {', '.join(parts)}; "
        f"known fields: {', '.join(_FIELD_NAMES)}"
    )


def known_channels(overrides: Mapping[str, Mapping] | None = None) -> tuple[str, ...]:
    """Default channel names, then channels the config declares, without duplicates."""
    names = list(DEFAULT_CHANNELS)
    for raw in overrides or ():
        key = _norm_channel(raw) if isinstance(raw, str) else None
        if key and key not in names:
            names.append(key)
    return tuple(names)


def video_limit(limits: ChannelLimits, format: str | None = None) -> int | None:
    """Longest allowed video in seconds for a post of ``format`` (``short``: the Shorts limit)."""
    if format is not None and format.strip().lower() == "short" and limits.short_video_max_seconds is not None:
        return limits.short_video_max_seconds
    return limits.video_max_seconds


# --------------------------------------------------------------------------- counting


def utf8_length(text: str) -> int:
    """Length in UTF-8 bytes (YouTube counts descriptions this way)."""
    return len(text.encode("utf-8", "surrogatepass"))


def grapheme_count(text: str) -> int:
    """Number of extended grapheme clusters (user-perceived characters, Bluesky's count)."""
    import regex  # lazy: ~17 ms, only needed for grapheme counting

    return len(regex.findall(r"\X", text))


def text_length(text: str, counting: str) -> int:
    """Length of ``text`` measured the way ``counting`` names (see ``COUNTINGS``)."""
    if counting == "chars":
        return len(text)
    if counting == "x_weighted":
        return x_weighted_length(text)
    if counting == "graphemes":
        return grapheme_count(text)
    if counting == "bytes":
        return utf8_length(text)
    raise ValueError(f"unknown counting {counting!r}; expected one of {', '.join(COUNTINGS)}")


# --- X weighted length ------------------------------------------------------------
# twitter-text v3 config ("defaults" of twitter_text/config.py): code points in these
# ranges weigh 1, all others 2; a URL weighs 23; an emoji (also a multi-code-point
# sequence) weighs 2. The test suite checks these numbers against the package.
X_LIGHT_RANGES: tuple[tuple[int, int], ...] = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
X_URL_WEIGHT = 23
X_EMOJI_WEIGHT = 2

# Emoji that weigh differently from their code points: the single-code-point emoji inside
# the light ranges (© and ®), and the multi-code-point sequences, each of which has one of
# the "hint" characters after its first code point (both facts are checked by the tests).
_X_LIGHT_EMOJI = "\u00a9\u00ae"
_COUNT_PATTERNS: dict[str, tuple[str | bytes, int]] = {
    # outside X_LIGHT_RANGES (written so that it compiles fast)
    "heavy": ("(?![\u2000-\u200d]|[\u2010-\u201f]|[\u2032-\u2037])[^\x00-\u10ff]", 0),
    "emoji_hint": ("[\ufe0f\u200d\u20e3\U0001f3fb-\U0001f3ff\U0001f1e6-\U0001f1ff\U000e0020-\U000e007f]", 0),
    # a URL has a "." followed by a TLD, whose first two characters are letters, digits or
    # non-ASCII (the tests check this against the TLD lists), and no ASCII white space
    # between its start and that "."
    "url_hint": (r"[^\t\n\x0b\x0c\r ]*?\.[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]{2}", 0),
    # a line of emoji-test.txt with two or more code points, up to the padding before ";"
    "multi_emoji_line": (rb"\n([0-9A-F]{4,6}(?: [0-9A-F]{4,6})+) ", 0),
    "ascii_non_alnum": (r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]", 0),
}


@lru_cache(maxsize=None)
def _rx(name: str) -> re.Pattern:
    """The compiled pattern ``name`` (of ``_PATTERNS``), compiled on first use only."""
    source, flags = _PATTERNS[name]
    return re.compile(source, flags)


X_EXACT_UP_TO = 5000  # characters


def x_weighted_length(text: str) -> int:
    """X's weighted length (twitter-text v3): NFC, URLs 23, CJK and emoji 2, the rest 1.

    Equal to ``twitter_text.parse_tweet(text).weightedLength`` up to ``X_EXACT_UP_TO``
    characters. The URL scan is quadratic on texts like "a.a.a…", so a longer text (far over
    X's 280 in any real post) gets the plain character weight, URLs counted in full: an upper
    bound that keeps a pre-commit hook from stalling on a pasted document.
    """
    norm = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if len(norm) > X_EXACT_UP_TO:
        return _plain_weight(norm)
    urls: dict[int, int] = {}
    if "." in norm and _rx("url_hint").search(norm):
        tlds = _tlds()
        if tlds is None:
            return _x_weighted_length_via_package(text)
        urls = _url_entities(norm, tlds)
    if norm.isascii():
        emojis: dict[int, int] = {}
    elif _rx("emoji_hint").search(norm):
        index = _emoji_index()
        if index is None:
            return _x_weighted_length_via_package(text)
        emojis = _emoji_entities(norm, index)
    else:
        emojis = {i: 1 for i, ch in enumerate(norm) if ch in _X_LIGHT_EMOJI}
    if not urls and not emojis:
        return _plain_weight(norm)
    total = i = 0
    for start in sorted(urls.keys() | emojis.keys()):
        if start < i:  # inside a URL or emoji already counted
            continue
        total += _plain_weight(norm[i:start])
        if start in urls:
            total += X_URL_WEIGHT
            i = start + urls[start]
        else:
            total += X_EMOJI_WEIGHT
            i = start + emojis[start]
    return total + _plain_weight(norm[i:])


def _plain_weight(text: str) -> int:
    if not text or max(text) <= "\u10ff":
        return len(text)
    return len(text) + len(_rx("heavy").findall(text))


def _x_weighted_length_via_package(text: str) -> int:
    """The slow reference route: twitter-text-parser itself (~0.3 s to import)."""
    from twitter_text import parse_tweet

    return parse_tweet(text).weightedLength


@lru_cache(maxsize=1)
def _twitter_text_dir() -> str | None:
    """Directory of the installed ``twitter_text`` package, found without importing it."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("twitter_text")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def _read_package_bytes(*parts: str) -> bytes | None:
    """A data file of the installed twitter-text-parser, or None."""
    import os

    base = _twitter_text_dir()
    if base is None:
        return None
    try:
        with open(os.path.join(base, *parts), "rb") as fh:
            return fh.read()
    except OSError:
        return None


def _read_package_file(*parts: str) -> str | None:
    """A source file of the installed twitter-text-parser as text, or None."""
    raw = _read_package_bytes(*parts)
    try:
        return raw.decode("utf-8") if raw is not None else None
    except UnicodeDecodeError:
        return None


# --- emoji (twitter_text/regexp/emoji.py: parse_emoji_list, the same reading of the file) --


class _EmojiIndex(NamedTuple):
    sequences: frozenset[str]  # "1F468 200D 1F469": code points as in emoji-test.txt
    longest: int  # at least the number of code points of the longest sequence


def emoji_sequences_from_package(raw: bytes | None = None) -> frozenset[str] | None:
    """Multi-code-point emoji of the package's emoji-test.txt, as the package reads them.

    The package skips the first 32 lines, stops at the line "# Status Counts" and leaves
    out the group "Component". Sequences are spelled as in the file ("1F468 200D 1F469").
    """
    if raw is None:
        raw = _read_package_bytes("regexp", "emoji-test.txt")
    if raw is None:
        return None
    start = 0
    for _ in range(32):
        start = raw.find(b"\n", start) + 1
        if start == 0:
            return None
    stop = raw.find(b"\n# Status Counts\n", start - 1)
    stop = len(raw) if stop < 0 else stop
    multi_line = _rx("multi_emoji_line")
    found: set[bytes] = set()
    group, pos = None, start - 1
    while True:
        header = raw.find(b"\n# group:", pos + 1, stop)
        if group != b"Component":
            found.update(multi_line.findall(raw, pos, stop if header < 0 else header))
        if header < 0:
            break
        line_end = raw.find(b"\n", header + 1)
        group = raw[header + 1 : line_end if line_end >= 0 else len(raw)].split(b":")[-1].strip()
        pos = header
    return frozenset(seq.decode("ascii") for seq in found) or None


@lru_cache(maxsize=1)
def _emoji_index() -> _EmojiIndex | None:
    sequences = emoji_sequences_from_package()
    if sequences is None:
        return None
    # n code points take at least 5n - 1 characters ("1F468 200D 1F469")
    return _EmojiIndex(sequences=sequences, longest=(max(map(len, sequences)) + 1) // 5)


def _emoji_entities(text: str, index: _EmojiIndex) -> dict[int, int]:
    """Start -> length of the emoji whose weight differs from their code points' weights.

    Same as the package's emoji regex ``finditer`` (longest sequence first, left to right),
    restricted to what changes the weight: multi-code-point sequences and © and ®.
    """
    candidates = {i for i, ch in enumerate(text) if ch in _X_LIGHT_EMOJI}
    for m in _rx("emoji_hint").finditer(text):
        candidates.update(range(max(0, m.start() - index.longest + 1), m.start()))
    hex_cps: dict[int, str] = {}

    def hex_at(k: int) -> str:
        if k not in hex_cps:
            hex_cps[k] = f"{ord(text[k]):04X}"
        return hex_cps[k]

    found: dict[int, int] = {}
    consumed = 0
    for i in sorted(candidates):
        if i < consumed:
            continue
        for length in range(min(index.longest, len(text) - i), 1, -1):
            if " ".join(hex_at(k) for k in range(i, i + length)) in index.sequences:
                found[i] = length
                consumed = i + length
                break
        if i in found:
            continue
        if text[i] in _X_LIGHT_EMOJI:
            found[i] = 1
            consumed = i + 1
    return found


# --- URLs (twitter_text/extract_urls.py and twitter_text/regexp/*.py) ----------------
# The pieces of the package's URL regex, copied verbatim; the tests assemble them and
# compare the result with the package's compiled patterns. Matching is emulated step by
# step in the regex engine's backtracking order (the tests compare each step with the
# package's regexes): the two big TLD alternations become set lookups, and port, path and
# query, whose character classes are slow to compile, are walked with small regexes.

TT_PUNCT = r"\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$/"
TT_SPACES = r"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
TT_INVALID = r"\uFFFE\uFEFF\uFFFF"
TT_DIRECTIONAL = r"\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069"
TT_LATIN_ACCENT = (
    r"\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268"
    r"\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF"
)
TT_CYRILLIC = r"\u0400-\u04FF"
TT_DOMAIN_CHARS = "[^" + TT_PUNCT + TT_SPACES + TT_INVALID + TT_DIRECTIONAL + "]"
TT_SUBDOMAIN = f"(?:(?:{TT_DOMAIN_CHARS}(?:[_-]|{TT_DOMAIN_CHARS})*)?{TT_DOMAIN_CHARS}\\.)"
TT_DOMAIN_NAME = f"(?:(?:{TT_DOMAIN_CHARS}(?:-|{TT_DOMAIN_CHARS})*)?{TT_DOMAIN_CHARS}\\.)"
TT_PRECEDING = f"(?:[^A-Za-z0-9@＠$#＃{TT_INVALID}]|[{TT_DIRECTIONAL}]|^)"
TT_PUNYCODE = r"(?:xn--[\-0-9a-z]+)"
TT_PATH_CHARS = r"[a-z" + TT_CYRILLIC + r"0-9!\*';:=\+,\.\$\/%#\[\]\-\u2013_~@\|&" + TT_LATIN_ACCENT + "]"
TT_BALANCED_PARENS = (
    "\\(" + "(?:" + TT_PATH_CHARS + "+" + "|" + "(?:" + TT_PATH_CHARS + "*" + "\\(" + TT_PATH_CHARS + "+"
    + "\\)" + TT_PATH_CHARS + "*" + ")" + ")" + "\\)"
)
TT_PATH_ENDING_CHARS = r"[\+\-a-z" + TT_CYRILLIC + r"0-9=_#\/" + TT_LATIN_ACCENT + "]"
TT_PATH_ENDING = TT_PATH_ENDING_CHARS + "|(?:" + TT_BALANCED_PARENS + ")"
TT_PATH = (
    "(?:" + "(?:" + TT_PATH_CHARS + "*" + "(?:" + TT_BALANCED_PARENS + TT_PATH_CHARS + "*)*" + TT_PATH_ENDING
    + ")|(?:@" + TT_PATH_CHARS + "+/)" + ")"
)
TT_QUERY_CHARS = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
TT_QUERY_ENDING = r"[a-z0-9\-_&=#/]"
TT_PORT = "[0-9]+"
TT_ASCII_LABEL = r"(?:(?:[\-a-z0-9" + TT_LATIN_ACCENT + r"]+)\.)"
TT_TCO_SLUG = "[a-z0-9]+"
TT_TLD_LOOKAHEAD = "(?=[^0-9a-zA-Z@+-]|$)"

_MAX_URL_LENGTH = 4096
_MAX_TCO_SLUG_LENGTH = 40
# Under re.IGNORECASE these four non-ASCII letters match ASCII letters (Python's re docs).
_ASCII_FOLD = {0x212A: "k", 0x017F: "s", 0x0130: "i", 0x0131: "i"}
# TT_DOMAIN_CHARS plus "-" and "_": the characters of a subdomain label (one class compiles
# faster than SUBDOMAIN's three).
TT_LABEL_CHARS = "[^" + r"\!'#%&'\(\)*\+,\\\.\/:;<=>\?@\[\]\^{|}~\$/" + TT_SPACES + TT_INVALID + TT_DIRECTIONAL + "]"
# What the "preceding character" class excludes besides ASCII letters and digits.
_NOT_PRECEDING = "@＠$#＃\ufffe\ufeff\uffff" + "".join(map(chr, _ASCII_FOLD))

_I = re.IGNORECASE  # the package compiles its URL patterns with IGNORECASE
_URL_PATTERNS: dict[str, tuple[str | bytes, int]] = {
    "protocol": (r"https?:\/\/", _I),
    "labels": (f"(?:{TT_LABEL_CHARS}+\\.)+", _I),
    "path_run": (TT_PATH_CHARS + "*", _I),
    "path_ending": (TT_PATH_ENDING_CHARS, _I),
    "query_run": (TT_QUERY_CHARS + "*", _I),
    "query_ending": (TT_QUERY_ENDING, _I),
    "tco_slug": (TT_TCO_SLUG, _I),
    "ascii_labels": (TT_ASCII_LABEL + "+", _I),
    "tld_run": ("[0-9a-zA-Z@+-]*", _I),  # an ASCII TLD has to fill such a run exactly
    "punycode": (TT_PUNYCODE, _I),
}
_PATTERNS: Mapping[str, tuple[str | bytes, int]] = types.MappingProxyType({**_COUNT_PATTERNS, **_URL_PATTERNS})


class _Tlds(NamedTuple):
    ascii: frozenset[str]
    other_gtld: tuple[str, ...]  # the non-ASCII TLDs, in the package's order
    other_cctld: tuple[str, ...]


def tld_lists_from_package() -> tuple[list[str], list[str]] | None:
    """The generic and country-code TLD lists of the installed twitter-text-parser, in order.

    Read from the package's source (``regexp/valid_gtld.py``, ``valid_cctld.py``) without
    executing it. ``None`` when the files are missing or not shaped as expected.
    """
    import ast

    lists = []
    for module, name in (("valid_gtld.py", "valid_gtld"), ("valid_cctld.py", "valid_cctld")):
        source = _read_package_file("regexp", module)
        if source is None:
            return None
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return None
        pattern = None
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and [getattr(t, "id", None) for t in node.targets] == [name]
                and isinstance(node.value, ast.Call)
                and node.value.args
            ):
                pattern = _fold_str_concat(node.value.args[0])
        prefix, suffix = "(?:(?:", ")" + TT_TLD_LOOKAHEAD + ")"
        if not pattern or not pattern.startswith(prefix) or not pattern.endswith(suffix):
            return None
        body = pattern[len(prefix) : -len(suffix)]
        words = body.split("|")
        # plain words: no empty alternative, no ASCII character but letters and digits
        if not all(words) or _rx("ascii_non_alnum").search(body.replace("|", "")):
            return None
        lists.append(words)
    return lists[0], lists[1]


def _fold_str_concat(node) -> str | None:
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _fold_str_concat(node.left), _fold_str_concat(node.right)
        if left is not None and right is not None:
            return left + right
    return None


@lru_cache(maxsize=1)
def _tlds() -> _Tlds | None:
    lists = tld_lists_from_package()
    if lists is None:
        return None
    gtld, cctld = lists
    return _Tlds(
        ascii=frozenset(w.lower() for w in gtld + cctld if w.isascii()),
        other_gtld=tuple(w for w in gtld if not w.isascii()),
        other_cctld=tuple(w for w in cctld if not w.isascii()),
    )


@lru_cache(maxsize=1)
def _other_tlds_regex() -> re.Pattern | None:
    tlds = _tlds()
    parts = [
        "(?:(?:" + "|".join(words) + ")" + TT_TLD_LOOKAHEAD + ")"
        for words in ((tlds.other_gtld, tlds.other_cctld) if tlds else ())
        if words
    ]
    return re.compile("|".join(parts), _I) if parts else None


def _is_preceding_char(ch: str) -> bool:
    """``[^A-Za-z0-9@＠$#＃INVALID]|[DIRECTIONAL]`` under IGNORECASE, for one character."""
    return not ((ch.isascii() and ch.isalnum()) or ch in _NOT_PRECEDING)


def _tld_end(text: str, q: int, tlds: _Tlds) -> int | None:
    """End of ``(?:GTLD|CCTLD|PUNYCODE)`` matched at ``q`` under IGNORECASE, or None."""
    run_end = _rx("tld_run").match(text, q).end()
    if run_end > q:
        # an ASCII TLD must be followed by a character outside [0-9a-zA-Z@+-]: it fills the run
        if text[q:run_end].translate(_ASCII_FOLD).lower() in tlds.ascii:
            return run_end
        m = _rx("punycode").match(text, q)
        return m.end() if m else None
    if q < len(text) and not text[q].isascii():  # no other TLD starts with an ASCII character
        other = _other_tlds_regex()
        m = other.match(text, q) if other is not None else None
        if m:
            return m.end()
    return None


def _domain_end(text: str, v: int, tlds: _Tlds) -> int | None:
    """End of ``valid_domain`` (``SUBDOMAIN* DOMAIN_NAME TLD``) matched at ``v``, or None."""
    m = _rx("labels").match(text, v)
    if m is None:
        return None
    # SUBDOMAIN+ takes the labels up to the first one that starts or ends with "-" or "_"
    labels = []
    start = v
    for dot in (i for i in range(v, m.end()) if text[i] == "."):
        if text[start] in "-_" or text[dot - 1] in "-_":
            break
        labels.append((start, dot))
        start = dot + 1
    # greedy SUBDOMAIN* gives back one label at a time; the last label is the domain name,
    # which may not contain "_"
    for start, dot in reversed(labels):
        if "_" in text[start:dot]:
            continue
        end = _tld_end(text, dot + 1, tlds)
        if end is not None:
            return end
    return None


def _balanced_parens_end(text: str, b: int) -> int | None:
    """End of ``valid_url_balanced_parens`` at ``b``: "(" G+ ")" or "(" G* "(" G+ ")" G* ")"."""
    n = len(text)
    if b >= n or text[b] != "(":
        return None
    path_run = _rx("path_run")
    r = path_run.match(text, b + 1).end()
    if r < n and text[r] == ")" and r > b + 1:
        return r + 1
    if r < n and text[r] == "(":
        r2 = path_run.match(text, r + 1).end()
        if r + 1 < r2 < n and text[r2] == ")":
            r3 = path_run.match(text, r2 + 1).end()
            if r3 < n and text[r3] == ")":
                return r3 + 1
    return None


def _path_end(text: str, p: int) -> int:
    """End of ``valid_url_path*`` from ``p`` (just after the "/").

    One repetition is ``G* (BALANCED G*)* [E]``, else ``BALANCED``, else ``@ G+ /``. Path
    characters G include neither parenthesis, so the first alternative takes the run of G,
    then balanced groups each followed by a run, and then backs off to the last ending
    character [E] of the latest run that has one (never inside a balanced group).
    """
    n = len(text)
    x = p
    while True:
        end = _path_repetition_end(text, x)
        if end is None:
            end = _balanced_parens_end(text, x)
        if end is None and x < n and text[x] == "@":
            run_end = _rx("path_run").match(text, x + 1).end()
            slash = text.rfind("/", x + 2, run_end)
            end = slash + 1 if slash >= 0 else None
        if end is None:
            return x
        x = end


def _path_repetition_end(text: str, x: int) -> int | None:
    """End of ``G* (BALANCED G*)* [E]`` at ``x``, or None."""
    path_run, path_ending = _rx("path_run"), _rx("path_ending")
    runs = [(x, path_run.match(text, x).end())]
    while True:
        group_end = _balanced_parens_end(text, runs[-1][1])
        if group_end is None:
            break
        runs.append((group_end, path_run.match(text, group_end).end()))
    for run_start, run_end in reversed(runs):
        for j in range(run_end - 1, run_start - 1, -1):
            if path_ending.match(text, j):
                return j + 1
    return None


def _query_end(text: str, p: int) -> int | None:
    """End of ``\\?QUERY_CHARS*QUERY_ENDING`` at ``p``, or None."""
    if p >= len(text) or text[p] != "?":
        return None
    run_end = _rx("query_run").match(text, p + 1).end()
    query_ending = _rx("query_ending")
    for j in range(run_end - 1, p, -1):
        if query_ending.match(text, j):
            return j + 1
    return None


def _tail_end(text: str, p: int) -> tuple[int, bool]:
    """End of ``(?::PORT)?(\\/PATH*)?(\\?QUERY)?`` at ``p``, and whether a path matched."""
    n = len(text)
    if p + 1 < n and text[p] == ":" and text[p + 1] in "0123456789":
        p += 2
        while p < n and text[p] in "0123456789":
            p += 1
    has_path = p < n and text[p] == "/"
    if has_path:
        p = _path_end(text, p + 1)
    query_end = _query_end(text, p)
    return (query_end if query_end is not None else p), has_path


def _url_match_at(text: str, s: int, tlds: _Tlds) -> tuple[int, int, int, int, bool] | None:
    """``extract_url.match(text, s)``: URL start, domain start and end, match end, has path."""
    starts = []
    if s < len(text) and _is_preceding_char(text[s]):
        starts.append(s + 1)
    if s == 0:
        starts.append(0)  # the "^" alternative
    for u in starts:
        proto = _rx("protocol").match(text, u)
        for v in (proto.end(), u) if proto else (u,):
            domain_end = _domain_end(text, v, tlds)
            if domain_end is not None:
                end, has_path = _tail_end(text, domain_end)
                return u, v, domain_end, end, has_path
    return None


def _ascii_domains(domain: str, tlds: _Tlds) -> Iterable[tuple[int, int]]:
    """Spans of ``valid_ascii_domain.finditer(domain)``."""
    ascii_labels = _rx("ascii_labels")
    pos = 0
    while True:
        m = ascii_labels.search(domain, pos)
        if m is None:
            return
        s = m.start()
        for dot in reversed([i for i in range(s, m.end()) if domain[i] == "."]):
            end = _tld_end(domain, dot + 1, tlds)
            if end is not None:
                yield s, end
                pos = end
                break
        else:
            pos = s + 1


def _tco_url(text: str, u: int, v: int) -> tuple[int, int] | None:
    """``valid_tco_url`` on the URL at ``u`` (protocol up to ``v``): match length, slug length."""
    if text[v : v + 5].lower() != "t.co/":
        return None
    slug = _rx("tco_slug").match(text, v + 5)
    if slug is None:
        return None
    query_end = _query_end(text, slug.end())
    return (query_end if query_end is not None else slug.end()) - u, slug.end() - slug.start()


def _url_entities(text: str, tlds: _Tlds) -> dict[int, int]:
    """Start -> length (as parse_tweet skips it) of each URL ``extract_urls_with_indices`` finds.

    Like ``extract_url.finditer``, tries each start position from left to right; a match at
    ``s`` > 0 needs a URL hint right after ``s``, which skips most positions quickly.
    """
    found: dict[int, int] = {}
    url_hint = _rx("url_hint")
    s, n = 0, len(text)
    while s < n:
        if s > 0:
            m = url_hint.search(text, s + 1)
            if m is None:
                break
            s = m.start() - 1
        hit = _url_match_at(text, s, tlds)
        if hit is None:
            s += 1
            continue
        u, v, domain_end, end, has_path = hit
        url, domain, protocol = text[u:end], text[v:domain_end], text[u:v]
        before, s = text[s:u], end
        if not _is_valid_url(url, protocol or "https://", domain):
            continue
        if not protocol:
            if before in ("-", "_", ".", "/"):  # invalid_url_without_protocol_preceding_chars
                continue
            last = None
            for a, b in _ascii_domains(domain, tlds):
                last = u + a
                found[last] = b - a
            if last is not None and has_path:
                found[last] = len(url.replace(domain, text[last : last + found[last]]))
        else:
            tco = _tco_url(text, u, v)
            if tco is None:
                found[u] = len(url)
            elif tco[1] <= _MAX_TCO_SLUG_LENGTH:
                found[u] = tco[0]
    return found


def _is_valid_url(url: str, protocol: str, domain: str) -> bool:
    puny_length = _idna_length(domain)
    if not puny_length:
        return False
    return len(protocol) + len(url) + puny_length - len(domain) <= _MAX_URL_LENGTH


def _idna_length(domain: str) -> int | None:
    """Length of ``domain.encode("idna")``, None when that fails (as the package checks)."""
    if domain.isascii():
        # the codec's fast path for ASCII names, without importing encodings.idna
        labels = domain.split(".")
        if any(not 0 < len(label) < 64 for label in labels[:-1]) or len(labels[-1]) >= 64:
            return None
        return len(domain)
    try:
        return len(domain.encode("idna"))
    except Exception:  # noqa: BLE001 - the package treats any IDNA failure as "not a URL"
        return None
