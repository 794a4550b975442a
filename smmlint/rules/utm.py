"""UTM: tracking the way to guides and FAQ.

Checked URLs: every link in the body (Markdown links and bare URLs) and the front-matter URLs a
reader is sent to: `next_step.url` and `terms_url` (the giveaway conditions are part of the
way from the post to the site, and the planned `--fix` treats all three the same). Hosts in
`tracking.domains` and their subdomains are tracked; values are percent-decoded before checking.

Safe fix (for `smmlint check --fix`): hits of UTM001-UTM005 carry one `Edit` per URL, the same
for every rule that fires on it: the URL as written, with utm_source = the channel's name,
utm_medium = `tracking.medium` (kept when already a valid value) and utm_campaign = the
post's `campaign` (else a valid value already there, else the post's id). Nothing else in the
URL changes. A URL with an unknown utm_* key (a typo, UTM006) gets no edit: a person must
decide what the typo meant.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from smmlint import urls
from smmlint.post import Post
from smmlint.problem import Edit, Hit
from smmlint.rules.base import rule

URL_FIELDS = ("next_step.url", "terms_url")


class Target(NamedTuple):
    """One URL to check: where it is, and the text exactly as written there (None: not found)."""

    url: str
    line: int
    column: int
    written: str | None
    field: str | None = None  # front-matter field, None for a body link


class Checked(NamedTuple):
    target: Target
    link: urls.ParsedLink
    tracked: bool
    params: dict[str, str]  # utm_* name as written -> decoded value

    @property
    def place(self) -> tuple[int, int]:
        return self.target.line, self.target.column


# ---- finding and analysing the URLs ----------------------------------------------------
def targets(post: Post) -> list[Target]:
    """The URLs of a post in file order: front-matter URL fields, then body links."""
    found = []
    for field in URL_FIELDS:
        value = post.get(field)
        if isinstance(value, str) and value.strip():
            line, column = post.position(field)
            written, column = _locate_value(post, value, line, column)
            found.append(Target(value, line, column, written, field))
    found.sort(key=lambda target: (target.line, target.column))
    for link in post.links:
        written = link.raw if link.raw is not None and _whole_and_unique(post, link) else None
        found.append(Target(link.url, link.line, link.column, written))
    return found


_CONTINUES = re.compile(r"[\w?#&=/%~+-]|\.\w")


def _continues(source: str, end: int) -> bool:
    """The URL text would go on after `end` (so a match there is only a prefix of a URL)."""
    return _CONTINUES.match(source, end) is not None


def _whole_and_unique(post: Post, link) -> bool:
    """The link's text at its column is a whole URL, and the line holds it exactly as often as it
    has links with that text: `[https://x](https://x)` is ambiguous, so it gets no edit."""
    source = post.source_lines[link.line - 1] if link.line - 1 < len(post.source_lines) else ""
    raw = link.raw
    whole, start = [], source.find(raw)
    while raw and start >= 0:
        if not _continues(source, start + len(raw)):
            whole.append(start + 1)
        start = source.find(raw, start + 1)
    same = sum(1 for other in post.links if other.line == link.line and other.raw == raw)
    return link.column in whole and len(whole) == same


def _locate_value(post: Post, value: str, line: int, column: int) -> tuple[str | None, int]:
    """(the value as written, its column) on its key's line; (None, key column) when the value is
    not there verbatim (a quoted escape, a folded scalar): then no edit is offered."""
    if not 1 <= line <= len(post.source_lines):
        return None, column
    source = post.source_lines[line - 1]
    colon = source.find(":", column - 1)
    index = source.find(value, colon + 1) if colon >= 0 else -1
    if index < 0 or _continues(source, index + len(value)):
        return None, column
    return value, index + 1


def checked_links(post: Post) -> list[Checked]:
    """The post's URLs, parsed and analysed once per post (Post.memo) for all UTM rules; read-only."""
    result = post.memo.get("utm.checked")
    if result is not None:
        return result
    domains = post.config["tracking"]["domains"] or []
    result = []
    for target in targets(post):
        link = urls.parse_link(target.url)
        tracked = link.problem is None and link.is_web and urls.is_tracked_host(link.host, domains)
        params = urls.utm_params(link) if link.problem is None else {}
        result.append(Checked(target, link, tracked, params))
    post.memo["utm.checked"] = result
    return result


def expected_source(post: Post) -> str | None:
    channel = post.channel
    return urls.channel_source(channel) if isinstance(channel, str) and channel.strip() else None


def expected_campaign(post: Post) -> str | None:
    """The front-matter `campaign` (what UTM005 compares with), None when the post has none."""
    campaign = post.front.get("campaign")
    return campaign.strip() if isinstance(campaign, str) and campaign.strip() else None


def _valid(value: str | None) -> bool:
    return value is not None and urls.UTM_VALUE.fullmatch(value) is not None


def slug(text: str) -> str:
    """A text as a UTM value: lowercase, runs of other characters become `-`."""
    return re.sub(r"[^a-z0-9_]+", "-", text.lower()).strip("-")


def fix_values(post: Post, params: dict[str, str]) -> dict[str, str | None]:
    """source, medium, campaign for urls.fix_utm (None: leave as it is).

    source: the channel's name. medium: a valid value stays; a badly written one is lowercased
    (`Paid Social` -> `paid-social`); a missing or empty one is `tracking.medium`. campaign: the
    front-matter `campaign`; without it a valid value stays, a badly written one is lowercased,
    a missing one is the post's id (its last path part).
    """
    source = expected_source(post)
    medium = _repaired(params.get("utm_medium")) or str(post.config["tracking"]["medium"])
    campaign = expected_campaign(post)
    if campaign is None:
        campaign = _repaired(params.get("utm_campaign")) or slug(post.id.rsplit("/", 1)[-1])
    return {"source": source if _valid(source) else None, "medium": medium if _valid(medium) else None,
            "campaign": campaign if _valid(campaign) else None}


def _repaired(value: str | None) -> str | None:
    """A present value as a valid UTM value (unchanged when valid), None when absent or empty."""
    return None if not value else value if _valid(value) else (slug(value) or None)


def edit_for(post: Post, item: Checked) -> Edit | None:
    """The one safe edit of a tracked URL (computed only when a rule reports it)."""
    target = item.target
    if not item.tracked or target.written is None or any(name not in urls.GA4_UTM_KEYS for name in item.params):
        return None
    new = urls.fix_utm(target.written, **fix_values(post, item.params))
    return Edit(target.line, target.column, target.written, new) if new != target.written else None


def _suggested(post: Post, params: dict[str, str], keys: list[str]) -> str:
    """`utm_source=x&utm_medium=social…` for the keys given, with the values the fix would use."""
    values = fix_values(post, params)
    known = {"utm_source": values["source"], "utm_medium": values["medium"], "utm_campaign": values["campaign"]}
    return "&".join(f"{key}={known.get(key) or '…'}" for key in keys)


# ---- rules -----------------------------------------------------------------------------
_FIX = {"en": " (`smmlint check --fix` does it.)", "de": " (`smmlint check --fix` erledigt das.)"}


@rule("UTM001", "utm-missing", "error", messages={
    "summary": {"en": "link to a `tracking.domains` host (or subdomain) without any utm_* parameter",
                "de": "Link auf eine Domain aus `tracking.domains` (oder Subdomain) ganz ohne utm_*-Parameter"},
    "missing": {"en": "The link to {host} has no UTM parameters, so analytics cannot tell that visitors came from this post. Add `{params}`.{fix}",
                "de": "Der Link auf {host} hat keine UTM-Parameter, die Statistik erkennt Besuche über diesen Beitrag so nicht. Ergänzen Sie `{params}`.{fix}"},
})
def utm_missing(post: Post) -> Iterator[Hit]:
    """Why: without UTM parameters a visit from the post lands in "direct" or "referral" and the
    way from social media to the guides and FAQ cannot be measured (Google Analytics help,
    "Collect campaign data with custom URLs"). Subdomains of a tracked domain count.

    Bad:
        ---
        title: Backup-Anleitung
        channel: mastodon
        format: guide
        publish_at: 2027-01-18T10:00
        campaign: backup-2027
        next_step: {type: guide, prompt: "Die ganze Anleitung", url: "https://hilfe.example.com/backup"}
        sla: {owner: anna}
        ---
        Die ganze Anleitung: https://hilfe.example.com/backup

    Good:
        ---
        title: Backup-Anleitung
        channel: mastodon
        format: guide
        publish_at: 2027-01-18T10:00
        campaign: backup-2027
        next_step: {type: guide, prompt: "Die ganze Anleitung", url: "https://hilfe.example.com/backup?utm_source=mastodon&utm_medium=social&utm_campaign=backup-2027"}
        sla: {owner: anna}
        ---
        Die ganze Anleitung: https://hilfe.example.com/backup?utm_source=mastodon&utm_medium=social&utm_campaign=backup-2027

    Options: `tracking.domains` (hosts whose links must carry UTM), `tracking.required`,
    `tracking.medium` in smmlint.yaml. Checks body links, `next_step.url` and `terms_url`.
    """
    required = list(post.config["tracking"]["required"] or ["utm_source", "utm_medium", "utm_campaign"])
    for item in checked_links(post):
        if item.tracked and not item.params:
            edit = edit_for(post, item)
            args = {"host": item.link.host, "params": _suggested(post, {}, required), "fix": _FIX if edit else ""}
            yield Hit("missing", *item.place, args, edit)


@rule("UTM002", "utm-incomplete", "error", messages={
    "summary": {"en": "a parameter of `tracking.required` is missing (default utm_source, utm_medium, utm_campaign)",
                "de": "ein Parameter aus `tracking.required` fehlt (Standard: utm_source, utm_medium, utm_campaign)"},
    "incomplete": {"en": "The link to {host} lacks {missing}. Add `{params}`.{fix}",
                   "de": "Dem Link auf {host} fehlt {missing}. Ergänzen Sie `{params}`.{fix}"},
})
def utm_incomplete(post: Post) -> Iterator[Hit]:
    """Why: GA4 files a visit under a campaign only with source, medium and campaign together;
    a link with some of them is counted wrongly (Google Analytics help, "Collect campaign data
    with custom URLs").

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        campaign: mythen-2027
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=mastodon"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        campaign: mythen-2027
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=mastodon&utm_medium=social&utm_campaign=mythen-2027"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Options: `tracking.required` (default [utm_source, utm_medium, utm_campaign]) in smmlint.yaml.
    """
    required = list(post.config["tracking"]["required"] or [])
    for item in checked_links(post):
        missing = [key for key in required if key not in item.params]
        if item.tracked and item.params and missing:
            edit = edit_for(post, item)
            args = {"host": item.link.host, "missing": ", ".join(missing),
                    "params": _suggested(post, item.params, missing), "fix": _FIX if edit else ""}
            yield Hit("incomplete", *item.place, args, edit)


@rule("UTM003", "utm-source-mismatch", "error", messages={
    "summary": {"en": "utm_source is not the post's channel (`twitter`, `fb`, `ig` are wrong names)",
                "de": "utm_source ist nicht der Kanal des Beitrags (`twitter`, `fb`, `ig` sind falsche Namen)"},
    "mismatch": {"en": "utm_source is `{found}`, but this post goes to {channel}: write `utm_source={expected}`.{fix}",
                 "de": "utm_source ist `{found}`, der Beitrag erscheint aber auf {channel}: schreiben Sie `utm_source={expected}`.{fix}"},
    "alias": {"en": "utm_source `{found}` is a short or old name: write `utm_source={expected}`, so every visit from {channel} is counted under one name.{fix}",
              "de": "utm_source `{found}` ist ein abgekürzter oder alter Name: schreiben Sie `utm_source={expected}`, damit alle Besuche von {channel} unter einem Namen gezählt werden.{fix}"},
})
def utm_source_mismatch(post: Post) -> Iterator[Hit]:
    """Why: the source names the platform the visitor came from; a copied link with the wrong
    source credits another channel, and variants (`twitter` and `x`, `ig` and `instagram`) split
    one channel into several rows (Google Analytics help, "Collect campaign data with custom
    URLs"). A value that differs only in case is UTM004's finding.

    Bad:
        ---
        title: Passwort-Mythen
        channel: x
        format: myth-fact
        publish_at: 2027-01-12T10:00
        campaign: mythen-2027
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=twitter&utm_medium=social&utm_campaign=mythen-2027"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Good:
        ---
        title: Passwort-Mythen
        channel: x
        format: myth-fact
        publish_at: 2027-01-12T10:00
        campaign: mythen-2027
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=x&utm_medium=social&utm_campaign=mythen-2027"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Options: none; the expected source is the post's `channel` (instagram, facebook, linkedin,
    x, threads, mastodon, bluesky, tiktok, youtube, whatsapp, newsletter, or the channel's own name).
    """
    expected = expected_source(post)
    if expected is None:
        return
    for item in checked_links(post):
        found = item.params.get("utm_source")
        if item.tracked and found and found.lower() != expected:
            key = "alias" if urls.SOURCE_ALIASES.get(found.strip().lower()) == expected else "mismatch"
            edit = edit_for(post, item)
            args = {"found": found, "expected": expected, "channel": post.channel, "fix": _FIX if edit else ""}
            yield Hit(key, *item.place, args, edit)


@rule("UTM004", "utm-value-format", "error", messages={
    "summary": {"en": "a UTM value is not `^[a-z0-9_-]+$` (analytics is case-sensitive: Instagram ≠ instagram)",
                "de": "ein UTM-Wert entspricht nicht `^[a-z0-9_-]+$` (die Statistik unterscheidet Groß/klein: Instagram ≠ instagram)"},
    "format": {"en": "{key} is `{found}`: UTM values are lowercase letters, digits, `-` and `_` only, because analytics counts every spelling as a separate value. Write `{key}={suggested}`.{fix}",
               "de": "{key} ist `{found}`: UTM-Werte bestehen nur aus Kleinbuchstaben, Ziffern, `-` und `_`, denn die Statistik zählt jede Schreibweise als eigenen Wert. Schreiben Sie `{key}={suggested}`.{fix}"},
    "empty": {"en": "{key} is empty. Write `{key}={suggested}`.{fix}",
              "de": "{key} ist leer. Schreiben Sie `{key}={suggested}`.{fix}"},
})
def utm_value_format(post: Post) -> Iterator[Hit]:
    """Why: analytics tools compare UTM values byte for byte, so `Instagram`, `instagram` and
    `insta gram` become three rows; one lowercase spelling keeps reports whole (Google Analytics
    help, "Collect campaign data with custom URLs"). Values are checked percent-decoded:
    `Insta%67ram` is "Instagram".

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=Mastodon&utm_medium=social&utm_campaign=Mythen%202027"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=mastodon&utm_medium=social&utm_campaign=mythen-2027"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Options: none. Only links to `tracking.domains` are checked; keys outside GA4's list are UTM006's.
    """
    for item in checked_links(post):
        bad = [(key, value) for key, value in item.params.items() if key in urls.GA4_UTM_KEYS and not _valid(value)]
        if not item.tracked or not bad:
            continue
        values = fix_values(post, item.params)
        fixed = {"utm_source": values["source"], "utm_medium": values["medium"], "utm_campaign": values["campaign"]}
        edit = edit_for(post, item)
        for key, value in bad:
            suggested = fixed.get(key) or slug(value) or "…"
            args = {"key": key, "found": value, "suggested": suggested, "fix": _FIX if edit and key in fixed else ""}
            yield Hit("format" if value else "empty", *item.place, args, edit)


@rule("UTM005", "utm-campaign-mismatch", "warning", messages={
    "summary": {"en": "utm_campaign differs from the front-matter `campaign`",
                "de": "utm_campaign weicht vom `campaign` im Kopfbereich ab"},
    "mismatch": {"en": "utm_campaign is `{found}`, but the post's campaign is `{campaign}`. Write `utm_campaign={campaign}` (or correct `campaign:` if the link is right).{fix}",
                 "de": "utm_campaign ist `{found}`, die Kampagne des Beitrags ist aber `{campaign}`. Schreiben Sie `utm_campaign={campaign}` (oder korrigieren Sie `campaign:`, wenn der Link stimmt).{fix}"},
})
def utm_campaign_mismatch(post: Post) -> Iterator[Hit]:
    """Why: the campaign groups every post and link of one topic in the reports; a link copied
    from another post counts its visits for the wrong campaign (Google Analytics help, "Collect
    campaign data with custom URLs"). Posts without `campaign` are not checked (their links may
    name any campaign; `--fix` fills a missing utm_campaign with the post's id). A value that
    differs only in case is UTM004's finding.

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        campaign: mythen-2027
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=mastodon&utm_medium=social&utm_campaign=backup-2027"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        campaign: mythen-2027
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=mastodon&utm_medium=social&utm_campaign=mythen-2027"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Options: the post's `campaign` field.
    """
    campaign = expected_campaign(post)
    if campaign is None:
        return
    for item in checked_links(post):
        found = item.params.get("utm_campaign")
        if item.tracked and found and found.lower() != campaign.lower():
            edit = edit_for(post, item)
            fix = _FIX if edit and _valid(campaign) else ""
            yield Hit("mismatch", *item.place, {"found": found, "campaign": campaign, "fix": fix}, edit)


@rule("UTM006", "utm-unknown-key", "warning", messages={
    "summary": {"en": "a utm_* key outside GA4's list: likely a typo",
                "de": "ein utm_*-Parameter, den GA4 nicht kennt: wohl ein Tippfehler"},
    "unknown": {"en": "`{key}` is not a UTM parameter Google Analytics reads. Use one of: {known}.",
                "de": "`{key}` ist kein UTM-Parameter, den Google Analytics auswertet. Erlaubt: {known}."},
    "unknown-hint": {"en": "`{key}` is not a UTM parameter Google Analytics reads. Did you mean `{hint}`?",
                     "de": "`{key}` ist kein UTM-Parameter, den Google Analytics auswertet. Meinten Sie `{hint}`?"},
})
def utm_unknown_key(post: Post) -> Iterator[Hit]:
    """Why: GA4 reads only utm_id, utm_source, utm_medium, utm_campaign, utm_source_platform,
    utm_term, utm_content, utm_creative_format and utm_marketing_tactic; any other utm_* key
    (`utm_campain`, `UTM_Source`) is silently dropped (Google Analytics help, "Collect campaign
    data with custom URLs").

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=mastodon&utm_medium=social&utm_campaign=mythen&utm_contnet=story"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=mastodon&utm_medium=social&utm_campaign=mythen&utm_content=story"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen

    Options: none. Only links to `tracking.domains` are checked.
    """
    from smmlint.schema import suggest

    for item in checked_links(post):
        if not item.tracked:
            continue
        for key in item.params:
            if key not in urls.GA4_UTM_KEYS:
                hint = suggest(key, urls.GA4_UTM_KEYS)
                args = {"key": key, "hint": hint, "known": ", ".join(urls.GA4_UTM_KEYS)}
                yield Hit("unknown-hint" if hint else "unknown", *item.place, args)


@rule("UTM007", "utm-on-foreign-domain", "info", messages={
    "summary": {"en": "UTM parameters on a link to a host outside `tracking.domains`",
                "de": "UTM-Parameter an einem Link auf eine Domain außerhalb von `tracking.domains`"},
    "foreign": {"en": "The link to {host} carries UTM parameters, but {host} is not in `tracking.domains`: the site's owner sees your campaign names, and you do not see the visits. Remove them, or add the domain to `tracking.domains` if it is yours.",
                "de": "Der Link auf {host} hat UTM-Parameter, {host} steht aber nicht in `tracking.domains`: die Betreiber der Seite sehen Ihre Kampagnennamen, Sie selbst die Besuche nicht. Entfernen Sie die Parameter oder tragen Sie die Domain in `tracking.domains` ein, wenn sie Ihnen gehört."},
})
def utm_on_foreign_domain(post: Post) -> Iterator[Hit]:
    """Why: UTM parameters only help on sites whose analytics you read; on a partner's or a
    third party's site they leak campaign names and count nothing for you (Google Analytics
    help, "Collect campaign data with custom URLs"). Often the sign of a domain missing from
    `tracking.domains`. Not reported when `tracking.domains` is empty (tracking not set up).

    Bad:
        ---
        title: Partnerangebot
        channel: mastodon
        format: announcement
        publish_at: 2027-01-12T10:00
        next_step: {type: link, prompt: "Zum Angebot", url: "https://shop.example.net/angebot?utm_source=mastodon&utm_medium=social&utm_campaign=partner"}
        sla: {owner: anna}
        ---
        Zum Angebot

    Good:
        ---
        title: Partnerangebot
        channel: mastodon
        format: announcement
        publish_at: 2027-01-12T10:00
        next_step: {type: link, prompt: "Zum Angebot", url: "https://shop.example.net/angebot"}
        sla: {owner: anna}
        ---
        Zum Angebot

    Options: `tracking.domains` in smmlint.yaml.
    """
    if not post.config["tracking"]["domains"]:
        return
    for item in checked_links(post):
        if item.link.problem is None and item.link.is_web and not item.tracked and item.params:
            yield Hit("foreign", *item.place, {"host": item.link.host})


_MALFORMED = {
    "space": {"en": "it contains a space (write %20, or remove it)", "de": "sie enthält ein Leerzeichen (schreiben Sie %20 oder entfernen Sie es)"},
    "no-scheme": {"en": "it does not start with https:// (a link in a post needs the full address)",
                  "de": "sie beginnt nicht mit https:// (ein Link im Beitrag braucht die vollständige Adresse)"},
    "no-host": {"en": "it names no host after https://", "de": "nach https:// fehlt der Domainname"},
    "bad-host": {"en": "its host name is not valid (empty part, `..`, a bracket or a stray character)",
                 "de": "der Domainname ist ungültig (leerer Teil, `..`, eine Klammer oder ein falsches Zeichen)"},
    "bad-port": {"en": "the port after the host is not a number from 1 to 65535", "de": "der Port nach dem Domainnamen ist keine Zahl von 1 bis 65535"},
}


@rule("UTM008", "link-malformed", "error", messages={
    "summary": {"en": "a URL that does not parse, or http:// to a tracked domain",
                "de": "eine URL, die sich nicht auswerten lässt, oder http:// auf eine getrackte Domain"},
    "malformed": {"en": "The link `{url}` is broken: {reason}. Copy the address from the browser's address bar.",
                  "de": "Der Link `{url}` ist kaputt: {reason}. Kopieren Sie die Adresse aus der Adresszeile des Browsers."},
    "http": {"en": "The link to {host} uses unencrypted http://. Write https:// instead.",
             "de": "Der Link auf {host} nutzt unverschlüsseltes http://. Schreiben Sie stattdessen https://."},
})
def link_malformed(post: Post) -> Iterator[Hit]:
    """Why: a broken address sends readers nowhere and loses the visit; http:// to our own site
    shows a "not secure" warning and depends on a redirect to keep the UTM parameters (Google
    Analytics help, "Collect campaign data with custom URLs"). A bare `www.example.com` in the
    text is not reported as http://: the platform links it itself.

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: faq, prompt: "Alle Mythen", url: "http://example.com/faq?utm_source=mastodon&utm_medium=social&utm_campaign=mythen"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen in den [FAQ](https//example.com/faq).

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: faq, prompt: "Alle Mythen", url: "https://example.com/faq?utm_source=mastodon&utm_medium=social&utm_campaign=mythen"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Alle Mythen in den [FAQ](https://example.com/faq?utm_source=mastodon&utm_medium=social&utm_campaign=mythen).

    Options: `tracking.domains` in smmlint.yaml (for the http:// check).
    """
    for item in checked_links(post):
        link, target = item.link, item.target
        if link.problem is not None:
            shown = target.url if len(target.url) <= 80 else target.url[:77] + "…"
            yield Hit("malformed", *item.place, {"url": shown, "reason": _MALFORMED[link.problem]})
        elif item.tracked and link.scheme == "http" and (target.written or target.url).lower().startswith("http:"):
            yield Hit("http", *item.place, {"host": link.host})


RULES = (utm_missing, utm_incomplete, utm_source_mismatch, utm_value_format, utm_campaign_mismatch,
         utm_unknown_key, utm_on_foreign_domain, link_malformed)
