"""Links and UTM parameters: parse a URL, decide whether its host is tracked, read and fix UTM.

Pure functions on strings (rules UTM001-UTM008 and their `--fix`). Parameter names and values
are percent-decoded for checking (`utm_source=Insta%67ram` is "Instagram"); `fix_utm` edits
only the UTM values it sets and keeps every other byte of the URL as written.
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
UTM_VALUE = re.compile(r"[a-z0-9_-]+")

# The controlled utm_source name of each default channel ...
CHANNEL_SOURCES: Mapping[str, str] = {name: name for name in (
    "instagram", "facebook", "linkedin", "x", "threads", "mastodon", "bluesky", "tiktok", "youtube",
    "whatsapp", "newsletter")}
# ... and the names editors write instead (wrong in reports: one source, one name).
SOURCE_ALIASES: Mapping[str, str] = {
    "twitter": "x", "tw": "x", "twitter.com": "x", "x.com": "x",
    "fb": "facebook", "facebook.com": "facebook", "meta": "facebook",
    "ig": "instagram", "insta": "instagram", "instagram.com": "instagram",
    "li": "linkedin", "linkedin.com": "linkedin", "lnkd": "linkedin",
    "yt": "youtube", "youtube.com": "youtube",
    "tt": "tiktok", "tiktok.com": "tiktok",
    "wa": "whatsapp", "whatsapp.com": "whatsapp",
    "bsky": "bluesky", "bsky.app": "bluesky",
    "toot": "mastodon",
}

_HOST_LABEL = re.compile(r"(?!-)[\w-]{1,63}(?<!-)")
_WEB_SCHEMES = ("http", "https")


class ParsedLink(NamedTuple):
    """A URL taken apart. `problem` says why it does not parse (None when it does):
    no-scheme, space, no-host, bad-host, bad-port."""

    text: str
    scheme: str  # lowercase, "" when none
    host: str  # lowercase, no trailing dot, "" for mailto: and the like
    query: str
    params: tuple[tuple[str, str], ...]  # (name, value) percent-decoded, in order
    problem: str | None = None

    @property
    def is_web(self) -> bool:
        return self.scheme in _WEB_SCHEMES


def parse_link(text: str) -> ParsedLink:
    """Take a URL apart; never raises (a broken URL gets a `problem`)."""
    stripped = text.strip()

    def broken(problem: str, scheme: str = "") -> ParsedLink:
        return ParsedLink(text, scheme, "", "", (), problem)

    if any(char.isspace() for char in stripped):
        return broken("space")
    try:
        parts = urlsplit(stripped)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return broken("bad-host")
    scheme = parts.scheme.lower()
    if not scheme or not re.fullmatch(r"[a-z][a-z0-9+.-]*", scheme):
        return broken("no-scheme")
    if scheme not in _WEB_SCHEMES:
        return ParsedLink(text, scheme, "", parts.query, _params(parts.query))
    try:
        host = (parts.hostname or "").rstrip(".")
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError:
        return broken("bad-port", scheme)
    if not host:
        return broken("no-host", scheme)
    if not _valid_host(host):
        return broken("bad-host", scheme)
    return ParsedLink(text, scheme, host.lower(), parts.query, _params(parts.query))


def _valid_host(host: str) -> bool:
    if host.startswith("[") or ":" in host:  # IPv6 (urlsplit checked the brackets)
        return True
    return all(_HOST_LABEL.fullmatch(label) for label in host.split("."))


def _params(query: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in query.split("&"):
        if item:
            name, _, value = item.partition("=")
            pairs.append((unquote(name), unquote_plus(value)))
    return tuple(pairs)


def is_tracked_host(host: str, domains: Iterable[str]) -> bool:
    """True when `host` is one of `domains` or a subdomain of one (case-insensitive).

    `hilfe.example.com` is tracked by `example.com`; `notexample.com` is not.
    """
    host = host.lower().rstrip(".")
    for domain in domains:
        domain = domain.strip().lower().rstrip(".").removeprefix("*.").lstrip(".")
        if domain and (host == domain or host.endswith("." + domain)):
            return True
    return False


def utm_params(link: ParsedLink) -> dict[str, str]:
    """The utm_* parameters (name as written, decoded value); the first of a repeated name wins.

    The prefix is matched case-insensitively, so `UTM_Source` is found (and is not a GA4 key).
    """
    found: dict[str, str] = {}
    for name, value in link.params:
        if name.lower().startswith("utm_") and name not in found:
            found[name] = value
    return found


def channel_source(channel: str) -> str:
    """The controlled utm_source for a channel: `instagram`, `x` (also for `twitter`), ..."""
    name = channel.strip().lower()
    return CHANNEL_SOURCES.get(name) or SOURCE_ALIASES.get(name) or name


def fix_utm(url: str, *, source: str | None = None, medium: str | None = None,
            campaign: str | None = None) -> str:
    """`url` with utm_source, utm_medium, utm_campaign set to the given values (None: leave alone).

    A parameter already there gets the new value in place (its first occurrence); a missing one
    is appended (in the order source, medium, campaign) before any `#fragment`. Every other
    byte stays as written: other parameters, their encoding, separators, the fragment.
    Idempotent: fixing a fixed URL changes nothing.
    """
    wanted = [(name, value) for name, value in (("utm_source", source), ("utm_medium", medium),
                                                ("utm_campaign", campaign)) if value is not None]
    if not wanted:
        return url
    base, hash_, fragment = url.partition("#")
    path, question, query = base.partition("?")
    items = query.split("&") if question else []
    done: set[str] = set()
    for index, item in enumerate(items):
        name = unquote(item.partition("=")[0])
        for key, value in wanted:
            if name == key and key not in done:
                items[index] = f"{item.partition('=')[0]}={quote(value, safe='-_.~')}"
                done.add(key)
    missing = [f"{key}={quote(value, safe='-_.~')}" for key, value in wanted if key not in done]
    if missing:
        if items and items[-1] == "":
            items.pop()  # "?a=1&" or "?": no empty parameter in between
        items.extend(missing)
    return f"{path}?{'&'.join(items)}{hash_}{fragment}" if items or question else url
