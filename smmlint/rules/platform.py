"""PLAT: platform limits, counted the way each platform counts.

The numbers live in one data table, `smmlint.channels.DEFAULT_CHANNELS`; a config overrides
them per channel under `channels:` (validated by `channels.channel_limits` when the config
loads). The helpers `limits_for`, `media_items`, `published_lines` and `display_channel` are
shared with the A11Y rules.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from smmlint.post import Post
from smmlint.problem import Hit
from smmlint.rules.base import rule

_NAMES = {"instagram": "Instagram", "facebook": "Facebook", "linkedin": "LinkedIn", "x": "X",
          "threads": "Threads", "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok",
          "youtube": "YouTube", "whatsapp": "WhatsApp", "newsletter": "Newsletter"}

# A Markdown inline link [text](url "title") and an autolink <https://...>; compiled on first use.
# No part can run past the next `[`, `(` or `<`, so hostile text like "[[[[…" stays linear.
_MD_LINK = r"\[([^\[\]\n]*)\]\(\s*<?([^\s()<>]+)>?(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)|<((?:https?|mailto):[^<>\s]+)>"


def display_channel(name: str | None) -> str:
    """The channel as the platform writes its name (`x` -> `X`); unknown names as given."""
    return _NAMES.get(str(name).lower(), str(name))


def limits_for(post: Post) -> Any:
    """The channel's `ChannelLimits` with the config's `channels:` overrides, or None."""
    channel = post.channel
    if not isinstance(channel, str):
        return None
    from smmlint.channels import channel_limits

    try:
        return channel_limits(channel, post.config["channels"])
    except ValueError:  # an invalid override is reported when the config loads
        return None


def media_items(post: Post) -> Iterator[tuple[int, dict]]:
    """(index, item) for every well-formed `media` entry (index 0-based, as in `media[0].alt`)."""
    media = post.front.get("media")
    if not isinstance(media, list):
        return
    for index, item in enumerate(media):
        if isinstance(item, dict):
            yield index, item


def duration_of(item: dict) -> float | None:
    """A media item's `duration` in seconds (number, "m:ss" or "h:mm:ss"), or None."""
    if "duration" not in item:
        return None
    from smmlint.captions import parse_duration_seconds

    return parse_duration_seconds(item["duration"])


def clock(seconds: float) -> str:
    """Seconds for messages: 75 -> "1:15", 3725 -> "1:02:05", 70.5 -> "1:10.5"."""
    whole = int(seconds)
    fraction = seconds - whole
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    if fraction >= 0.05:
        text += f"{fraction:.1f}"[1:]
    return text


def published_lines(post: Post) -> list[tuple[int, str]]:
    """The caption as it will be published, as (file line, text) pairs.

    The body as written, except: HTML comments (smmlint's notes and suppressions) are removed,
    and a line that held only a comment disappears; a Markdown link `[text](url)` becomes
    `text url` (what a scheduler publishes where Markdown is not rendered; `url` alone when the
    text is the URL), an autolink `<url>` becomes `url`; trailing blanks of each line and blank
    lines before and after the text are dropped. Other Markdown marks (`**`, `#` headings,
    list markers) count as written: most platforms publish them as typed.
    """
    out: list[tuple[int, str]] = []
    in_comment = False
    for number in range(post.body_start, len(post.source_lines) + 1):
        line = post.source_lines[number - 1]
        kept, had_comment, position = [], in_comment, 0
        while position <= len(line):
            if in_comment:
                end = line.find("-->", position)
                if end < 0:
                    break
                position, in_comment = end + 3, False
            else:
                start = line.find("<!--", position)
                if start < 0:
                    kept.append(line[position:])
                    break
                kept.append(line[position:start])
                position, in_comment, had_comment = start + 4, True, True
        text = "".join(kept).rstrip()
        if had_comment and not text.strip():
            continue
        if "](" in text or "<" in text:
            text = re.sub(_MD_LINK, _flatten_link, text)
        out.append((number, text))
    while out and not out[0][1].strip():
        out.pop(0)
    while out and not out[-1][1].strip():
        out.pop()
    return out


def _flatten_link(match: re.Match[str]) -> str:
    if match.group(3):
        return match.group(3)
    text, url = match.group(1).strip(), match.group(2)
    return url if text in ("", url) else f"{text} {url}"


_UNITS = {
    "x_weighted": {"en": "weighted characters (a link counts 23, an emoji or a CJK character 2)",
                   "de": "gewichtete Zeichen (ein Link zählt 23, ein Emoji oder ein chinesisches, japanisches oder koreanisches Schriftzeichen 2)"},
    "graphemes": {"en": "characters (as a reader sees them: an emoji is one)",
                  "de": "Zeichen (wie man sie sieht: ein Emoji ist eines)"},
    "bytes": {"en": "bytes (UTF-8: umlauts count 2, most emoji 4)",
              "de": "Bytes (UTF-8: Umlaute zählen 2, die meisten Emoji 4)"},
    "chars": {"en": "characters", "de": "Zeichen"},
}


@rule("PLAT001", "text-too-long", "error", messages={
    "summary": {"en": "post text over the channel's limit, counted as the platform counts (X weighted, Bluesky graphemes, YouTube bytes)",
                "de": "Beitragstext über der Grenze des Kanals, gezählt wie die Plattform zählt (X gewichtet, Bluesky Grapheme, YouTube Bytes)"},
    "too-long": {"en": "The text has {length} {unit}; {channel} allows {limit}. Shorten it by {over}: the limit is passed on this line.",
                 "de": "Der Text hat {length} {unit}; {channel} erlaubt {limit}. Kürzen Sie um {over}: Die Grenze wird in dieser Zeile überschritten."},
})
def text_too_long(post: Post) -> Iterator[Hit]:
    """Why: a platform rejects or cuts a text over its limit, and each counts differently
    (platform help pages; X's open-source twitter-text v3 counting). X counts a weighted
    length: the text in Unicode NFC, every link 23 whatever its length, emoji (a ZWJ
    sequence is one) and CJK characters 2, the rest 1 (twitter-text-parser's `parse_tweet`).
    Bluesky counts grapheme clusters (what a reader sees as one character), YouTube counts
    a description's UTF-8 bytes, every other channel counts characters (Unicode code points).
    What is counted is the published caption: the body as written, without HTML comments
    (`<!-- ... -->`, never published); a Markdown link `[text](url)` counts as `text url`,
    the way a scheduler publishes it where Markdown is not rendered (an autolink `<url>` as the
    URL); trailing blanks and blank lines around the text do not count; other Markdown marks
    count as typed. Outside X, a link counts with its full length (some apps shorten long links
    when posting, others do not: the full length is the safe count). The finding is on the line
    where the limit is passed.

    Bad:
        ---
        title: Warum Passwörter nicht alle 90 Tage wechseln
        channel: x
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welche Regel nervt euch am meisten?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt: Passwörter muss man alle 90 Tage wechseln? Mythos! Wer ständig wechseln muss, wählt vorhersehbare Muster wie Sommer2026, Herbst2026 und Winter2026.
        Solche Reihen probieren Angreifer als Erstes aus. Besser sind lange, einzigartige Passwörter, ein Passwortmanager und die Zwei-Faktor-Anmeldung für alle wichtigen Konten.
        Welche Regel nervt euch am meisten?

    Good:
        ---
        title: Warum Passwörter nicht alle 90 Tage wechseln
        channel: x
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welche Regel nervt euch am meisten?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt: Passwörter alle 90 Tage wechseln? Mythos! Das führt zu Mustern wie Winter2026.
        Besser: lange, einzigartige Passwörter und Zwei-Faktor-Anmeldung.
        Welche Regel nervt euch am meisten?

    Options: `channels: {name: {text_limit: N, counting: x_weighted|graphemes|bytes|chars}}` in
    smmlint.yaml (defaults: X 280 weighted, Bluesky 300 graphemes, Threads 500, Mastodon 500,
    LinkedIn 3000, Instagram 2200, TikTok 2200, Facebook 63206, YouTube 5000 bytes).
    """
    limits = limits_for(post)
    if limits is None or limits.text_limit is None:
        return
    from smmlint.channels import text_length

    lines = published_lines(post)
    measure = lambda count: text_length("\n".join(text for _, text in lines[:count]), limits.counting)  # noqa: E731
    length = measure(len(lines))
    if length <= limits.text_limit:
        return
    low, high = 1, len(lines)  # the first line whose end passes the limit (lengths only grow)
    while low < high:
        middle = (low + high) // 2
        if measure(middle) > limits.text_limit:
            high = middle
        else:
            low = middle + 1
    yield Hit("too-long", lines[low - 1][0], 1, {
        "length": length, "limit": limits.text_limit, "over": length - limits.text_limit,
        "unit": _UNITS[limits.counting], "channel": display_channel(post.channel)})


@rule("PLAT002", "too-many-hashtags", "error", messages={
    "summary": {"en": "more hashtags than the channel allows (Instagram 5, TikTok 5, Threads 1)",
                "de": "mehr Hashtags, als der Kanal erlaubt (Instagram 5, TikTok 5, Threads 1)"},
    "too-many": {"en": "{count} hashtags; {channel} allows {limit}. Keep the {limit} that matter most and remove #{tag} and the ones after it.",
                 "de": "{count} Hashtags; {channel} erlaubt {limit}. Behalten Sie die {limit} wichtigsten und entfernen Sie #{tag} und die folgenden."},
    "advice": {"en": "{count} hashtags; {channel} recommends at most {limit}. More dilute reach: keep the {limit} that matter most and remove #{tag} and the ones after it.",
               "de": "{count} Hashtags; {channel} empfiehlt höchstens {limit}. Mehr schwächen die Reichweite: Behalten Sie die {limit} wichtigsten und entfernen Sie #{tag} und die folgenden."},
})
def too_many_hashtags(post: Post) -> Iterator[Hit]:
    """Why: Instagram accepts at most 5 hashtags per post since December 2025, TikTok 5,
    Threads 1 topic tag (platform help pages); more are rejected or ignored. Hashtags are
    counted once each, whatever their case (#ITSicherheit and #itsicherheit are one tag); the
    finding is on the first hashtag over the limit. LinkedIn's 5 is advice, not a limit, so
    there the finding is a warning (`hashtags_severity: warning`, LinkedIn by default); set
    `hashtags_severity: error` for a channel to enforce its limit.

    Bad:
        ---
        title: Passwort-Mythen
        channel: instagram
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        media:
          - {type: image, file: media/bild.png, alt: "Karte mit dem Satz: Passwörter alle 90 Tage wechseln? Mythos."}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

        #ITSicherheit #Passwörter #Mythen #Datenschutz #Sicherheit #Tipps #Passwortmanager

    Good:
        ---
        title: Passwort-Mythen
        channel: instagram
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        media:
          - {type: image, file: media/bild.png, alt: "Karte mit dem Satz: Passwörter alle 90 Tage wechseln? Mythos."}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

        #ITSicherheit #Passwörter #MythosOderFakt

    Options: `channels: {name: {max_hashtags: N, hashtags_severity: error|warning}}` in smmlint.yaml.
    """
    limits = limits_for(post)
    if limits is None or limits.max_hashtags is None:
        return
    seen: dict[str, object] = {}
    for token in post.hashtags:
        seen.setdefault(token.text.casefold(), token)
    if len(seen) <= limits.max_hashtags:
        return
    first_over = list(seen.values())[limits.max_hashtags]
    advice = limits.hashtags_severity != "error"
    yield Hit("advice" if advice else "too-many", first_over.line, first_over.column, {
        "count": len(seen), "limit": limits.max_hashtags, "tag": first_over.text,
        "channel": display_channel(post.channel)}, severity=limits.hashtags_severity)


@rule("PLAT003", "video-too-long", "error", messages={
    "summary": {"en": "video longer than the channel allows (Instagram Reels 180 s, TikTok 600 s, X 140 s, YouTube 12 h, Shorts 180 s)",
                "de": "Video länger, als der Kanal erlaubt (Instagram-Reels 180 s, TikTok 600 s, X 140 s, YouTube 12 h, Shorts 180 s)"},
    "too-long": {"en": "The video {file} is {duration} long; {channel} allows {limit}. Cut it, or post a shorter version and link the full video.",
                 "de": "Das Video {file} ist {duration} lang; {channel} erlaubt {limit}. Kürzen Sie es oder posten Sie eine kürzere Fassung mit Link zum ganzen Video."},
    "too-long-short": {"en": "The video {file} is {duration} long; a YouTube Short (`format: short`) may be {limit}. Cut it, or publish it as a normal video.",
                       "de": "Das Video {file} ist {duration} lang; ein YouTube-Short (`format: short`) darf {limit} lang sein. Kürzen Sie es oder veröffentlichen Sie es als normales Video."},
})
def video_too_long(post: Post) -> Iterator[Hit]:
    """Why: the platform refuses a longer upload or turns it into another format (platform
    help pages: Instagram Reels 3 minutes, TikTok 10 minutes in the app, X 140 seconds for
    most accounts, YouTube 12 hours, YouTube Shorts 3 minutes). The finding is on the
    video's `duration`.

    Bad:
        ---
        title: So funktioniert die Zwei-Faktor-Anmeldung
        channel: instagram
        format: how-it-works
        publish_at: 2027-01-18T10:00
        next_step: {type: comment, prompt: "Welche App nutzt ihr?"}
        sla: {owner: anna}
        media:
          - {type: video, file: media/video.mp4, duration: "4:10", captions: media/video.vtt}
        ---
        Die Zwei-Faktor-Anmeldung in vier Minuten erklärt. Welche App nutzt ihr?

    Good:
        ---
        title: So funktioniert die Zwei-Faktor-Anmeldung
        channel: instagram
        format: how-it-works
        publish_at: 2027-01-18T10:00
        next_step: {type: comment, prompt: "Welche App nutzt ihr?"}
        sla: {owner: anna}
        media:
          - {type: video, file: media/video.mp4, duration: 70, captions: media/video.vtt}
        ---
        Die Zwei-Faktor-Anmeldung in 70 Sekunden erklärt. Welche App nutzt ihr?

    Options: `channels: {name: {video_max_seconds: N, short_video_max_seconds: N}}` in smmlint.yaml.
    """
    limits = limits_for(post)
    if limits is None:
        return
    from smmlint.channels import video_limit

    limit = video_limit(limits, post.format if isinstance(post.format, str) else None)
    if limit is None:
        return
    is_short = limits.short_video_max_seconds is not None and str(post.format).strip().lower() == "short"
    for index, item in media_items(post):
        seconds = duration_of(item) if item.get("type") == "video" else None
        if seconds is not None and seconds > limit:
            yield Hit("too-long-short" if is_short else "too-long", *post.position(f"media[{index}].duration"), {
                "file": item.get("file", f"media[{index}]"), "duration": clock(seconds), "limit": clock(limit),
                "channel": display_channel(post.channel)})


@rule("PLAT004", "media-required", "error", messages={
    "summary": {"en": "Instagram, TikTok and YouTube posts without media",
                "de": "Instagram-, TikTok- und YouTube-Beiträge ohne Bild oder Video"},
    "missing": {"en": "{channel} publishes no text-only posts. Add the image or video under `media:` (type, file, alt or captions).",
                "de": "{channel} veröffentlicht keine reinen Textbeiträge. Ergänzen Sie das Bild oder Video unter `media:` (type, file, alt bzw. captions)."},
})
def media_required(post: Post) -> Iterator[Hit]:
    """Why: Instagram, TikTok and YouTube publish only images or videos; a caption alone cannot
    be posted (platform help pages). The finding is on `media` when it is present but empty,
    else on `channel`.

    Bad:
        ---
        title: Umfrage zum wichtigsten Konto
        channel: instagram
        format: poll
        publish_at: 2027-01-13T10:00
        next_step: {type: poll, prompt: "Welches Konto schützt ihr zuerst?"}
        sla: {owner: anna}
        ---
        Welches Konto schützt ihr zuerst? Stimmt in der Story ab!

    Good:
        ---
        title: Umfrage zum wichtigsten Konto
        channel: instagram
        format: poll
        publish_at: 2027-01-13T10:00
        next_step: {type: poll, prompt: "Welches Konto schützt ihr zuerst?"}
        sla: {owner: anna}
        media:
          - {type: image, file: media/bild.png, alt: "Vier Kacheln: E-Mail, Bank, Social Media, Cloud-Speicher."}
        ---
        Welches Konto schützt ihr zuerst? Stimmt in der Story ab!

    Options: `channels: {name: {media_required: true|false}}` in smmlint.yaml.
    """
    limits = limits_for(post)
    if limits is None or not limits.media_required:
        return
    if any(item.get("file") for _, item in media_items(post)):
        return
    where = "media" if "media" in post.positions else "channel"
    yield Hit("missing", *post.position(where), {"channel": display_channel(post.channel)})


@rule("PLAT005", "too-many-links", "error", messages={
    "summary": {"en": "more links than the channel allows (Threads 5)",
                "de": "mehr Links, als der Kanal erlaubt (Threads 5)"},
    "too-many": {"en": "{count} different links; {channel} allows {limit}. Remove some, or link one overview page instead.",
                 "de": "{count} verschiedene Links; {channel} erlaubt {limit}. Entfernen Sie einige oder verlinken Sie stattdessen eine Übersichtsseite."},
})
def too_many_links(post: Post) -> Iterator[Hit]:
    """Why: Threads accepts at most 5 links in a post (platform help pages). Links are
    the Markdown links and bare URLs of the body, each different URL once; the finding is on
    the first link over the limit.

    Bad:
        ---
        title: Linkliste der Woche
        channel: threads
        format: digest
        publish_at: 2027-01-22T16:00
        next_step: {type: comment, prompt: "Was hat gefehlt?"}
        sla: {owner: ben}
        ---
        Die Woche in Links:
        https://example.com/a
        https://example.com/b
        https://example.com/c
        https://example.com/d
        https://example.com/e
        https://example.com/f
        Was hat gefehlt?

    Good:
        ---
        title: Linkliste der Woche
        channel: threads
        format: digest
        publish_at: 2027-01-22T16:00
        next_step: {type: comment, prompt: "Was hat gefehlt?"}
        sla: {owner: ben}
        ---
        Die Woche in Links, alle auf einer Seite: https://example.com/woche
        Was hat gefehlt?

    Options: `channels: {name: {max_links: N}}` in smmlint.yaml.
    """
    limits = limits_for(post)
    if limits is None or limits.max_links is None:
        return
    seen: dict[str, object] = {}
    for link in post.links:
        seen.setdefault(link.url, link)
    if len(seen) <= limits.max_links:
        return
    first_over = list(seen.values())[limits.max_links]
    yield Hit("too-many", first_over.line, first_over.column, {
        "count": len(seen), "limit": limits.max_links, "channel": display_channel(post.channel)})


RULES = (text_too_long, too_many_hashtags, video_too_long, media_required, too_many_links)
