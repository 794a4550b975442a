"""Links and UTM parameters: parse a URL, decide whether its host is tracked, read and fix UTM.

Pure functions on strings (rules UTM001-UTM008 and their `--fix`), standard library only.
Parameter names and values are percent-decoded for checking (`utm_source=Insta%67ram` is
"Instagram"); `fix_utm` edits only UTM values and keeps every other byte of the URL as written.
Sources: Google Analytics help "Collect campaign data with custom URLs"; GA4 default channel
group (utm_medium `social` -> Organic Social).
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, NamedTuple
from urllib.parse import quote, unquote, unquote_plus, urlsplit

# The parameters GA4 reads (anything else starting with utm_ is likely a typo).
GA4_UTM_KEYS: tuple[str, ...] = ("utm_id", "utm_source", "utm_medium", "utm_campaign", "utm_source_platform",
                                 "utm_term", "utm_content", "utm_creative_format", "utm_marketing_tactic")
# A well-formed UTM value (analytics is case-sensitive: Instagram and instagram are two sources).
# `\Z`, not `$`: a trailing newline does not slip through; use with match or fullmatch.
UTM_VALUE_RE: re.Pattern[str] = re.compile(r"^[a-z0-9_-]+\Z")
UTM_VALUE = re.compile(r"[a-z0-9_-]+")  # the same, for fullmatch

# The controlled utm_source name of each default channel ...
CHANNEL_SOURCES: Mapping[str, str] = {name: name for name in (
    "instagram", "facebook", "linkedin", "x", "threads", "mastodon", "bluesky", "tiktok", "youtube",
    "whatsapp", "newsletter")}
# ... and the names editors write instead: wrong name -> right name (one source, one name).
SOURCE_ALIASES: Mapping[str, str] = {
    "twitter": "x", "tw": "x", "twitter.com": "x", "x.com": "x",
    "fb": "facebook", "facebook.com": "facebook", "meta": "facebook",
    "ig": "instagram", "insta": "instagram", "instagram.com": "instagram",
    "li": "linkedin", "linkedin.com": "linkedin", "lnkd": "linkedin", "lnkd.in": "linkedin",
    "linked_in": "linkedin", "linked-in": "linkedin",
    "yt": "youtube", "youtube.com": "youtube", "youtu.be": "youtube",
    "tt": "tiktok", "tiktok.com": "tiktok", "tik_tok": "tiktok", "tik-tok": "tiktok",
    "wa": "whatsapp", "whatsapp.com": "whatsapp", "whats_app": "whatsapp",
    "bsky": "bluesky", "bsky.app": "bluesky", "blue_sky": "bluesky",
    "threads.net": "threads",
    "toot": "mastodon", "masto": "mastodon",
    "email": "newsletter", "e-mail": "newsletter", "mail": "newsletter",
}
CHANNEL_SOURCE_ALIASES = SOURCE_ALIASES

_HOST_LABEL = re.compile(r"(?!-)[\w-]{1,63}(?<!-)")
_WEB_SCHEMES = ("http", "https")
_MANAGED = ("utm_source", "utm_medium", "utm_campaign")
_PERCENT_ESCAPE = re.compile(r"(%[0-9A-Fa-f]{2})")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")


class ParsedLink(NamedTuple):
    """A URL taken apart. `problem` says why it does not parse (None when it does):
    no-scheme, space, no-host, bad-host, bad-port."""

    text: str
    scheme: str  # lowercase, "" when none
    host: str  # lowercase, no port, no trailing dot, "" for mailto: and the like
    query: str  # as written
    params: tuple[tuple[str, str], ...]  # (name, value) percent-decoded, in order
    problem: str | None = None
    port: int | None = None
    path: str = ""  # as written
    fragment: str = ""  # as written

    @property
    def is_web(self) -> bool:
        return self.scheme in _WEB_SCHEMES

    @property
    def host_ascii(self) -> str:
        """The host as DNS sees it: internationalised labels in punycode (`xn--…`)."""
        return _ascii_host(self.host)


Link = ParsedLink


def parse_link(text: str) -> ParsedLink:
    """Take a URL apart; never raises (a broken URL gets a `problem`)."""
    stripped = text.strip()

    def broken(problem: str, scheme: str = "") -> ParsedLink:
        return ParsedLink(text, scheme, "", "", (), problem)

    if _SPACE_OR_CONTROL.search(stripped):  # re's \s is str.isspace()
        return broken("space")
    try:
        parts = urlsplit(stripped)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return broken("bad-host")
    scheme = parts.scheme.lower()
    if not scheme or not re.fullmatch(r"[a-z][a-z0-9+.-]*", scheme):
        return broken("no-scheme")
    if scheme not in _WEB_SCHEMES:
        return ParsedLink(text, scheme, "", parts.query, _params(parts.query), None, None, parts.path,
                          parts.fragment)
    try:
        host = (parts.hostname or "").rstrip(".")
        port = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError:
        return broken("bad-port", scheme)
    if not host:
        return broken("no-host", scheme)
    if not _valid_host(host):
        return broken("bad-host", scheme)
    return ParsedLink(text, scheme, host.lower(), parts.query, _params(parts.query), None, port, parts.path,
                      parts.fragment)


def _valid_host(host: str) -> bool:
    if host.startswith("[") or ":" in host:  # IPv6 (urlsplit checked the brackets)
        return True
    if not all(_HOST_LABEL.fullmatch(label) for label in host.split(".")):
        return False
    return host.isascii() or _ascii_host(host, strict=True) is not None


def _ascii_host(host: str, strict: bool = False) -> str | None:
    """`host` lowercased, each internationalised label IDNA-encoded (`bücher` -> `xn--bcher-kva`).

    A label IDNA cannot encode stays as it is, or makes the result None when `strict`.
    """
    host = host.lower()
    if host.isascii():
        return host
    labels = []
    for label in host.split("."):
        if not label.isascii():
            try:
                label = label.encode("idna").decode("ascii")
            except UnicodeError:
                if strict:
                    return None
        labels.append(label)
    return ".".join(labels)


def _params(query: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in query.split("&"):
        if item:
            name, _, value = item.partition("=")
            pairs.append((unquote(name), unquote_plus(value)))
    return tuple(pairs)


def is_tracked_host(host: str, domains: Iterable[str]) -> bool:
    """True when `host` is one of `domains` or a subdomain of one (case-insensitive).

    `hilfe.example.com` is tracked by `example.com`; `notexample.com` and `example.com.evil.net`
    are not. A trailing dot is ignored, a domain may be written `*.example.com` or `.example.com`,
    and an internationalised name matches its punycode form.
    """
    host = _ascii_host(host.strip().rstrip("."))
    if not host:
        return False
    for domain in domains:
        if not isinstance(domain, str):
            continue
        domain = _ascii_host(domain.strip().rstrip(".").removeprefix("*.").lstrip("."))
        if domain and (host == domain or host.endswith("." + domain)):
            return True
    return False


def is_utm_name(name: str) -> bool:
    """True for a campaign parameter name: `utm_` in any case (`UTM_Source` is one, not a GA4 key)."""
    return name[:4].lower() == "utm_"


def utm_params(link: ParsedLink) -> dict[str, str]:
    """The utm_* parameters (name as written, decoded value); the first of a repeated name wins.

    The prefix is matched case-insensitively, so `UTM_Source` is found (and is not a GA4 key).
    """
    found: dict[str, str] = {}
    for name, value in link.params:
        if is_utm_name(name) and name not in found:
            found[name] = value
    return found


def utm_duplicates(link: ParsedLink) -> dict[str, tuple[str, ...]]:
    """utm_* names that occur more than once, with all their values in order.

    `utm_params` keeps the first value; this lets a rule say "utm_source appears twice
    (instagram, facebook)".
    """
    seen: dict[str, list[str]] = {}
    for name, value in link.params:
        if is_utm_name(name):
            seen.setdefault(name, []).append(value)
    return {name: tuple(values) for name, values in seen.items() if len(values) > 1}


def channel_source(channel: str) -> str:
    """The controlled utm_source for a channel: `instagram`, `x` (also for `twitter`), ..."""
    name = channel.strip().lower()
    return CHANNEL_SOURCES.get(name) or SOURCE_ALIASES.get(name) or name


def fix_utm(url: str, source: str | None = None, medium: str | None = None, campaign: str | None = None,
            required: Iterable[str] | None = None, *, lowercase: bool = False) -> str:
    """`url` with utm_source, utm_medium, utm_campaign set to the given values (None: leave alone).

    - a parameter already there with another value gets the given one, in place (every
      occurrence, so repeated names cannot disagree);
    - a missing one is appended, in the order source, medium, campaign, before any `#fragment`;
      `required` limits which missing names are appended (default: every name given a value);
    - with `lowercase`, every other utm_* value is lowercased too (analytics is case-sensitive;
      off by default: the UTM rules leave values they were not given to a person);
    - every other byte stays as written: other parameters, their order and encoding,
      separators, the fragment. A URL that needs nothing is returned unchanged (the same string).

    Given values are lowercased. Idempotent: fixing a fixed URL changes nothing.
    """
    wanted = {key: value.strip().lower() for key, value in zip(_MANAGED, (source, medium, campaign))
              if isinstance(value, str) and value.strip()}
    appendable = set(_MANAGED) if required is None else set(required)
    base, hash_, fragment = url.partition("#")
    path, question, query = base.partition("?")
    items = query.split("&") if question else []
    fixed, present = [], set()
    for item in items:
        raw_name, equals, raw_value = item.partition("=")
        name = unquote(raw_name)
        if not item or not is_utm_name(name) or (name not in wanted and not lowercase):
            fixed.append(item)
        elif name in wanted:
            present.add(name)
            right = equals and unquote_plus(raw_value) == wanted[name]
            fixed.append(item if right else f"{raw_name}={_encode(wanted[name])}")
        else:
            fixed.append(raw_name + equals + _lowercase_raw(raw_value))
    missing = [f"{key}={_encode(value)}" for key, value in wanted.items()
               if key not in present and key in appendable]
    if not missing and fixed == items:
        return url
    if missing:
        if fixed and fixed[-1] == "":
            fixed.pop()  # "?a=1&" or "?": no empty parameter in between
        fixed.extend(missing)
    return f"{path}?{'&'.join(fixed)}{hash_}{fragment}"


def _lowercase_raw(raw: str) -> str:
    """A percent-encoded value whose decoded text is lowercased; escapes kept where they can be."""
    decoded = unquote_plus(raw)
    if decoded == decoded.lower():
        return raw
    lowered = "".join(piece if _PERCENT_ESCAPE.fullmatch(piece) else piece.lower()
                      for piece in _PERCENT_ESCAPE.split(raw))
    return lowered if unquote_plus(lowered) == decoded.lower() else _encode(decoded.lower())


def _encode(value: str) -> str:
    return quote(value, safe="-_.~")
