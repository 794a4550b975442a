"""A11Y: accessibility (alt text, captions, chapters, contrast, readable text).

Sources: WCAG 2.2 SC 1.1.1 (text alternatives), 1.2.2 (captions), 1.4.3 (contrast), Guideline
2.4 (Navigable); YouTube Help on video chapters; platform help pages for alt-text limits.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from smmlint.post import Post
from smmlint.problem import Edit, Hit
from smmlint.rules.base import rule
from smmlint.rules.platform import clock, display_channel, duration_of, limits_for, media_items

_IMAGE_KIND = {"image": {"en": "image", "de": "Bild"}, "gif": {"en": "GIF", "de": "GIF"}}


def _images(post: Post) -> Iterator[tuple[int, dict]]:
    for index, item in media_items(post):
        if item.get("type") in _IMAGE_KIND:
            yield index, item


def _videos(post: Post) -> Iterator[tuple[int, dict]]:
    for index, item in media_items(post):
        if item.get("type") == "video":
            yield index, item


def _file(item: dict, index: int) -> str:
    return str(item.get("file") or f"media[{index}]")


# ---- A11Y001 -----------------------------------------------------------------------------------

@rule("A11Y001", "alt-missing", "error", messages={
    "summary": {"en": "image or GIF without alt text", "de": "Bild oder GIF ohne Alternativtext"},
    "missing": {"en": "The {kind} {file} has no alt text. Add `alt:` and describe what it shows, including any text in it, for people who use a screen reader.",
                "de": "Das {kind} {file} hat keinen Alternativtext. Ergänzen Sie `alt:` und beschreiben Sie, was zu sehen ist, samt Text im Bild – für Menschen, die einen Screenreader nutzen."},
    "empty": {"en": "The alt text of {file} is empty. Describe what the {kind} shows, including any text in it.",
              "de": "Der Alternativtext von {file} ist leer. Beschreiben Sie, was das {kind} zeigt, samt Text im Bild."},
})
def alt_missing(post: Post) -> Iterator[Hit]:
    """Why: people who cannot see an image get only its text alternative (WCAG 2.2 SC 1.1.1
    Non-text Content); every image and GIF of a post needs one. The finding is on `alt`, or on
    the media item when `alt` is missing.

    Bad:
        ---
        title: Einladung zum Sicherheitstag
        channel: mastodon
        format: event
        publish_at: 2027-01-26T10:00
        next_step: {type: comment, prompt: "Kommt ihr vorbei?"}
        sla: {owner: anna}
        media:
          - type: image
            file: media/bild.png
        ---
        Am 4. Februar ist Sicherheitstag im Foyer. Kommt ihr vorbei?

    Good:
        ---
        title: Einladung zum Sicherheitstag
        channel: mastodon
        format: event
        publish_at: 2027-01-26T10:00
        next_step: {type: comment, prompt: "Kommt ihr vorbei?"}
        sla: {owner: anna}
        media:
          - type: image
            file: media/bild.png
            alt: "Plakat: Sicherheitstag am 4. Februar, 10 bis 16 Uhr, im Foyer. Eintritt frei."
        ---
        Am 4. Februar ist Sicherheitstag im Foyer. Kommt ihr vorbei?
    """
    for index, item in _images(post):
        alt = item.get("alt")
        args = {"kind": _IMAGE_KIND[item["type"]], "file": _file(item, index)}
        if alt is None:
            yield Hit("missing", *post.position(f"media[{index}].alt"), args)
        elif not alt.strip():
            yield Hit("empty", *post.position(f"media[{index}].alt"), args)


# ---- A11Y002 -----------------------------------------------------------------------------------

_REDUNDANT_START = (
    r"(?i)^[\s\"'„“‚‘»«]*("
    r"(?:(?:ein|eine)\s+)?(?:bild|foto|grafik|abbildung)\s+(?:von|vom)\b"
    r"|(?:bild|foto|grafik|abbildung)\s*:"
    r"|(?:(?:an?|the)\s+)?(?:image|picture|photo|graphic)\s+of\b"
    r"|(?:image|picture|photo|graphic)\s*:)"
)
_FILE_NAME = r"(?i)^[\w.-]+\.(?:png|jpe?g|gif|webp|heic|avif|svg|tiff?|bmp)$"
_ALT_HASHTAG = r"(?<![\w#&/])#(?=\w*[^\W\d_])\w+"


@rule("A11Y002", "alt-poor", "warning", messages={
    "summary": {"en": "alt text that says little: starts with \"image of\", is the file name, has hashtags, or is very long",
                "de": "Alternativtext mit wenig Gehalt: beginnt mit „Bild von“, ist der Dateiname, enthält Hashtags oder ist sehr lang"},
    "prefix": {"en": "The alt text starts with \"{found}\". Screen readers already announce an image: start with what it shows.",
               "de": "Der Alternativtext beginnt mit „{found}“. Screenreader kündigen das Bild schon an: Beginnen Sie direkt mit dem, was zu sehen ist."},
    "filename": {"en": "The alt text is only a file name ({found}). Describe what the image shows.",
                 "de": "Der Alternativtext ist nur ein Dateiname ({found}). Beschreiben Sie, was das Bild zeigt."},
    "hashtags": {"en": "The alt text contains hashtags ({found}). Describe the image here and put hashtags in the post text.",
                 "de": "Der Alternativtext enthält Hashtags ({found}). Beschreiben Sie hier das Bild und setzen Sie Hashtags in den Beitragstext."},
})
def alt_poor(post: Post) -> Iterator[Hit]:
    """Why: an alt text must carry the image's content and function (WCAG 2.2 SC 1.1.1;
    W3C WAI images tutorial): "Bild von …"/"image of …" repeats what the screen reader already
    says, a file name says nothing, hashtags are read out as "hash …". (A very long alt text is
    A11Y003's info finding.)

    Bad:
        ---
        title: Unser Moderationsteam
        channel: mastodon
        format: behind-the-scenes
        publish_at: 2027-01-21T10:00
        next_step: {type: comment, prompt: "Was wollt ihr über Moderation wissen?"}
        sla: {owner: anna}
        media:
          - {type: image, file: media/bild.png, alt: "Bild von unserem Team #Moderation"}
        ---
        Das ist unser Moderationsteam. Was wollt ihr über Moderation wissen?

    Good:
        ---
        title: Unser Moderationsteam
        channel: mastodon
        format: behind-the-scenes
        publish_at: 2027-01-21T10:00
        next_step: {type: comment, prompt: "Was wollt ihr über Moderation wissen?"}
        sla: {owner: anna}
        media:
          - {type: image, file: media/bild.png, alt: "Vier Personen lachen an einem Tisch mit Laptops und einem Schild: Moderation."}
        ---
        Das ist unser Moderationsteam. Was wollt ihr über Moderation wissen? #Moderation

    """
    limits = limits_for(post)
    for index, item in _images(post):
        alt = item.get("alt")
        if not isinstance(alt, str) or not alt.strip():
            continue
        position = post.position(f"media[{index}].alt")
        match = re.match(_REDUNDANT_START, alt)
        if match:
            yield Hit("prefix", *position, {"found": match.group(1).strip()})
        text = alt.strip().strip("\"'„“")
        if re.match(_FILE_NAME, text) or _same_name(text, str(item.get("file") or "")):
            yield Hit("filename", *position, {"found": text})
        tags = re.findall(_ALT_HASHTAG, alt)
        if tags:
            yield Hit("hashtags", *position, {"found": " ".join(tags)})


def _same_name(alt: str, file: str) -> bool:
    if not file:
        return False
    name = file.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    plain = lambda text: " ".join(re.split(r"[\s_.-]+", text.casefold())).strip()  # noqa: E731
    return plain(alt) in {plain(name), plain(stem)}


def _alt_length(alt: str, limits: Any, above: int | None = None) -> int:
    """Alt length as the platform counts it: graphemes where the channel counts so, else characters.

    Graphemes are never more than code points: when `len(alt)` is not `above` the threshold,
    that answers the question without the `regex` import.
    """
    if getattr(limits, "counting", None) == "graphemes" and (above is None or len(alt) > above):
        from smmlint.channels import grapheme_count

        return grapheme_count(alt)
    return len(alt)


# ---- A11Y003 -----------------------------------------------------------------------------------

@rule("A11Y003", "alt-too-long", "error", messages={
    "summary": {"en": "alt text over the channel's limit (X 1000, Mastodon 1500, Bluesky 2000, TikTok 300, LinkedIn 1000)",
                "de": "Alternativtext über der Grenze des Kanals (X 1000, Mastodon 1500, Bluesky 2000, TikTok 300, LinkedIn 1000)"},
    "too-long": {"en": "The alt text has {length} characters; {channel} allows {limit}. Shorten it by {over}: keep what matters for the post and put details in the post text.",
                 "de": "Der Alternativtext hat {length} Zeichen; {channel} erlaubt {limit}. Kürzen Sie um {over}: Behalten Sie, was für den Beitrag zählt, und setzen Sie Details in den Beitragstext."},
    "long": {"en": "The alt text has {length} characters (more than {limit}). That is long to listen to: keep what matters for the post here and put details in the post text.",
             "de": "Der Alternativtext hat {length} Zeichen (mehr als {limit}). Das ist lang zum Zuhören: Behalten Sie hier, was für den Beitrag zählt, und setzen Sie Details in den Beitragstext."},
})
def alt_too_long(post: Post) -> Iterator[Hit]:
    """Why: the platform cuts or refuses a longer image description (platform help pages: X
    1000, Mastodon 1500, Bluesky 2000, TikTok 300, LinkedIn 1000 characters; Bluesky counts
    graphemes); a cut description loses its end (WCAG 2.2 SC 1.1.1). Above
    `a11y.alt_info_above` (250) characters but within the limit, the finding is only info:
    long to listen to.

    Bad:
        ---
        title: Lagebild Phishing
        channel: tiktok
        format: analysis
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welche Masche kennt ihr?"}
        sla: {owner: anna}
        media:
          - type: image
            file: media/bild.png
            alt: "Balkendiagramm der gemeldeten Phishing-Nachrichten im vierten Quartal 2026, nach Monat und Kanal. Oktober: 1200 E-Mails, 300 SMS, 150 Messenger. November: 1500 E-Mails, 420 SMS, 210 Messenger. Dezember: 2100 E-Mails, 650 SMS, 380 Messenger. Die Zahl der SMS hat sich im Quartal mehr als verdoppelt, Messenger-Nachrichten sind am stärksten gewachsen."
        ---
        Phishing im vierten Quartal: Welche Masche kennt ihr?

    Good:
        ---
        title: Lagebild Phishing
        channel: tiktok
        format: analysis
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welche Masche kennt ihr?"}
        sla: {owner: anna}
        media:
          - type: image
            file: media/bild.png
            alt: "Balkendiagramm: Phishing-Meldungen im vierten Quartal 2026 steigen jeden Monat, SMS haben sich mehr als verdoppelt."
        ---
        Phishing im vierten Quartal: Im Dezember kamen 2100 E-Mails, 650 SMS und 380 Messenger-Nachrichten. Welche Masche kennt ihr?

    Options: `channels: {name: {alt_limit: N}}` in smmlint.yaml; `a11y.alt_info_above` (250;
    0 switches the info finding off).
    """
    limits = limits_for(post)
    alt_limit = getattr(limits, "alt_limit", None)
    info_above = int(post.config["a11y"].get("alt_info_above") or 0)
    for index, item in _images(post):
        alt = item.get("alt")
        if not isinstance(alt, str):
            continue
        position = post.position(f"media[{index}].alt")
        if alt_limit is not None and _alt_length(alt, limits, alt_limit) > alt_limit:
            length = _alt_length(alt, limits, alt_limit)
            yield Hit("too-long", *position, {
                "length": length, "limit": alt_limit, "over": length - alt_limit,
                "channel": display_channel(post.channel)})
        elif info_above and _alt_length(alt, limits, info_above) > info_above:
            yield Hit("long", *position, {"length": _alt_length(alt, limits, info_above), "limit": info_above},
                      severity="info")


# ---- A11Y004 -----------------------------------------------------------------------------------

@rule("A11Y004", "captions-missing", "error", messages={
    "summary": {"en": "video without captions", "de": "Video ohne Untertitel"},
    "missing": {"en": "The video {file} has no captions. Add `captions:` with a WebVTT or SRT file, or `burned_in_captions: true` if the subtitles are part of the picture.",
                "de": "Das Video {file} hat keine Untertitel. Ergänzen Sie `captions:` mit einer WebVTT- oder SRT-Datei, oder `burned_in_captions: true`, wenn die Untertitel ins Bild eingebrannt sind."},
})
def captions_missing(post: Post) -> Iterator[Hit]:
    """Why: people who cannot hear, and the many who watch without sound, need captions
    (WCAG 2.2 SC 1.2.2 Captions (Prerecorded)). The finding is on the video's media item (on
    `burned_in_captions` when it is set to false).

    Bad:
        ---
        title: So funktioniert die Zwei-Faktor-Anmeldung
        channel: mastodon
        format: how-it-works
        publish_at: 2027-01-18T10:00
        next_step: {type: comment, prompt: "Welche App nutzt ihr?"}
        sla: {owner: anna}
        media:
          - {type: video, file: media/video.mp4, duration: 70}
        ---
        Die Zwei-Faktor-Anmeldung in 70 Sekunden. Welche App nutzt ihr?

    Good:
        ---
        title: So funktioniert die Zwei-Faktor-Anmeldung
        channel: mastodon
        format: how-it-works
        publish_at: 2027-01-18T10:00
        next_step: {type: comment, prompt: "Welche App nutzt ihr?"}
        sla: {owner: anna}
        media:
          - {type: video, file: media/video.mp4, duration: 70, captions: media/video.vtt}
        ---
        Die Zwei-Faktor-Anmeldung in 70 Sekunden, mit Untertiteln. Welche App nutzt ihr?
    """
    for index, item in _videos(post):
        if item.get("captions") or item.get("burned_in_captions") is True:
            continue
        where = f"media[{index}].burned_in_captions" if "burned_in_captions" in item else f"media[{index}]"
        yield Hit("missing", *post.position(where), {"file": _file(item, index)})


# ---- A11Y005 -----------------------------------------------------------------------------------

_CUE_PROBLEMS_SHOWN = 3


@rule("A11Y005", "captions-invalid", "error", messages={
    "summary": {"en": "caption file that does not parse, has no cues, cues out of order or empty, or ends long before the video",
                "de": "Untertiteldatei, die nicht lesbar ist, keine oder leere Einträge hat, Einträge in falscher Reihenfolge, oder lange vor dem Video endet"},
    "unreadable": {"en": "The caption file {file} cannot be read: {detail}.",
                   "de": "Die Untertiteldatei {file} kann nicht gelesen werden: {detail}."},
    "encoding": {"en": "The caption file {file} is not saved as UTF-8 (line {line}). Save it as UTF-8 in your subtitle editor.",
                 "de": "Die Untertiteldatei {file} ist nicht als UTF-8 gespeichert (Zeile {line}). Speichern Sie sie im Untertitel-Editor als UTF-8."},
    "malformed": {"en": "The caption file {file} is not valid {format} (line {line}: {reason}). Fix that line or export the captions again.",
                  "de": "Die Untertiteldatei {file} ist kein gültiges {format} (Zeile {line}; Meldung des Prüfprogramms: {reason}). Korrigieren Sie die Zeile oder exportieren Sie die Untertitel neu."},
    "malformed-file": {"en": "The caption file {file} is not valid {format} ({reason}). Export the captions again.",
                       "de": "Die Untertiteldatei {file} ist kein gültiges {format} (Meldung des Prüfprogramms: {reason}). Exportieren Sie die Untertitel neu."},
    "no-cues": {"en": "The caption file {file} has no cues (no subtitle text with times). Export the captions again.",
                "de": "Die Untertiteldatei {file} enthält keine Einträge (keinen Untertiteltext mit Zeiten). Exportieren Sie die Untertitel neu."},
    "empty-cue": {"en": "Cue {index} in {file} (at {start}) has no text. Add the text or remove the cue.",
                  "de": "Eintrag {index} in {file} (bei {start}) hat keinen Text. Ergänzen Sie den Text oder löschen Sie den Eintrag."},
    "starts-before-previous": {"en": "Cue {index} in {file} starts at {start}, before the cue above it ({previous}). Sort the cues by time.",
                               "de": "Eintrag {index} in {file} beginnt bei {start}, vor dem Eintrag darüber ({previous}). Sortieren Sie die Einträge nach Zeit."},
    "ends-before-start": {"en": "Cue {index} in {file} ends at {end}, before it starts ({start}). Correct its times.",
                          "de": "Eintrag {index} in {file} endet bei {end}, bevor er beginnt ({start}). Korrigieren Sie die Zeiten."},
    "more": {"en": "{count} more problems with cues in {file}. Open it in a subtitle editor and check the times and texts.",
             "de": "{count} weitere Probleme mit Einträgen in {file}. Öffnen Sie die Datei im Untertitel-Editor und prüfen Sie Zeiten und Texte."},
    "short-coverage": {"en": "The captions in {file} end at {last_end}, but the video is {duration} long: the last {gap} have no captions. Add the missing cues, or correct `duration`.",
                       "de": "Die Untertitel in {file} enden bei {last_end}, das Video ist aber {duration} lang: Die letzten {gap} haben keine Untertitel. Ergänzen Sie die fehlenden Einträge oder korrigieren Sie `duration`."},
})
def captions_invalid(post: Post) -> Iterator[Hit]:
    """Why: broken captions show nothing, or the wrong text at the wrong time, which fails
    WCAG 2.2 SC 1.2.2 as surely as no captions. The file (WebVTT or SRT; by its extension,
    else by its content) is parsed with webvtt-py (strict) or srt; it must have cues, each with
    text, in time order, and the last cue must end at most 10 s before the video's `duration`.
    Only caption files of video items are read; a missing file is FM006. The finding is on
    `captions`.

    Bad:
        ---
        title: So funktioniert die Zwei-Faktor-Anmeldung
        channel: mastodon
        format: how-it-works
        publish_at: 2027-01-18T10:00
        next_step: {type: comment, prompt: "Welche App nutzt ihr?"}
        sla: {owner: anna}
        media:
          - {type: video, file: media/video.mp4, duration: "2:00", captions: media/video.vtt}
        ---
        Die Zwei-Faktor-Anmeldung in zwei Minuten. Welche App nutzt ihr?

    Good:
        ---
        title: So funktioniert die Zwei-Faktor-Anmeldung
        channel: mastodon
        format: how-it-works
        publish_at: 2027-01-18T10:00
        next_step: {type: comment, prompt: "Welche App nutzt ihr?"}
        sla: {owner: anna}
        media:
          - {type: video, file: media/video.mp4, duration: "1:12", captions: media/video.vtt}
        ---
        Die Zwei-Faktor-Anmeldung in 72 Sekunden. Welche App nutzt ihr?
    """
    from smmlint.rules.front_matter import is_file, resolve_media

    for index, item in _videos(post):
        value = item.get("captions")
        if not isinstance(value, str) or not value:
            continue
        target = resolve_media(post, value)
        if not is_file(target):
            continue  # FM006 reports it
        result = _parsed_captions(post, target, item.get("duration"))
        position = post.position(f"media[{index}].captions")
        yield from _caption_hits(result, value, position)


def _parsed_captions(post: Post, target: Any, duration: Any) -> Any:
    """`parse_captions(target, duration)`, once per file version and duration in a run (posts
    share caption files; the result is immutable). Memoised on the config's run memo."""
    from smmlint.captions import parse_captions

    try:
        stat = target.stat()
        key = (str(target), stat.st_mtime_ns, stat.st_size, repr(duration))
    except (OSError, ValueError):
        return parse_captions(target, duration)
    memo = post.config.memo.setdefault("a11y.captions", {})
    if key not in memo:
        memo[key] = parse_captions(target, duration)
    return memo[key]


def _caption_hits(result: Any, file: str, position: tuple[int, int]) -> Iterator[Hit]:
    fmt = {"srt": "SRT (SubRip)"}.get(result.format or "", "WebVTT")
    shown = 0
    for problem in result.problems:
        data = problem.data
        key = problem.key
        if key == "unreadable":
            if data.get("reason") == "encoding":
                yield Hit("encoding", *position, {"file": file, "line": data.get("line") or 1})
            else:
                yield Hit("unreadable", *position, {"file": file, "detail": data.get("detail", "")})
        elif key == "malformed":
            args = {"file": file, "format": fmt, "reason": data.get("reason", "")}
            if data.get("line"):
                yield Hit("malformed", *position, {**args, "line": data["line"]})
            else:
                yield Hit("malformed-file", *position, args)
        elif key == "no-cues":
            yield Hit("no-cues", *position, {"file": file})
        elif key == "short-coverage":
            yield Hit("short-coverage", *position, {
                "file": file, "last_end": clock(data["last_end"]), "duration": clock(data["duration"]),
                "gap": {"en": f"{round(data['gap'])} s", "de": f"{round(data['gap'])} s"}})
        elif key in ("empty-cue", "out-of-order"):
            shown += 1
            if shown > _CUE_PROBLEMS_SHOWN:
                continue
            args = {"file": file, "index": data["index"], "start": clock(data["start"])}
            if key == "empty-cue":
                yield Hit("empty-cue", *position, args)
            elif data.get("reason") == "starts-before-previous":
                yield Hit("starts-before-previous", *position, {**args, "previous": clock(data["previous_start"])})
            else:
                yield Hit("ends-before-start", *position, {**args, "end": clock(data["end"])})
    if shown > _CUE_PROBLEMS_SHOWN:
        yield Hit("more", *position, {"file": file, "count": shown - _CUE_PROBLEMS_SHOWN})


# ---- A11Y006 -----------------------------------------------------------------------------------

_MIN_CHAPTER = 10
_MIN_CHAPTERS = 3
_TIME = r"(?:\d+:)?\d{1,2}:\d{2}"
_LIST_ENTRY = r"^\s*(" + _TIME + r")\s+\S"
# a timecode at the start of a body line, not a time of day ("10:00 Uhr", "9:30 am")
_BODY_TIMECODE = (r"^\s*[(\[]?(" + _TIME + r")[)\]]?(?![\d:])"
                  r"(?!\s*(?:Uhr\b|h\b|[ap]\.?m\b))\s*[-–—:|]?\s*\S")


@rule("A11Y006", "timecodes-missing", "warning", messages={
    "summary": {"en": "long video without chapters, or chapters that break YouTube's rule (start 0:00, ascending, 3+, each 10 s+)",
                "de": "langes Video ohne Kapitel, oder Kapitel, die YouTubes Regel verletzen (Start 0:00, aufsteigend, mind. 3, je mind. 10 s)"},
    "missing": {"en": "The video {file} is {duration} long: add chapters so viewers can jump to a part. Write timecodes in the post text (0:00 Intro, 1:10 …) and set `chapters: true`, or give `chapters:` as a list.",
                "de": "Das Video {file} ist {duration} lang: Ergänzen Sie Kapitel, damit man zu einem Teil springen kann. Schreiben Sie Zeitmarken in den Text (0:00 Einleitung, 1:10 …) und setzen Sie `chapters: true`, oder geben Sie `chapters:` als Liste an."},
    "body-missing": {"en": "`chapters: true` says the timecodes are in the post text, but it has none. Add lines like \"0:00 Intro\", or give `chapters:` as a list.",
                     "de": "`chapters: true` sagt, die Zeitmarken stehen im Text, dort sind aber keine. Ergänzen Sie Zeilen wie „0:00 Einleitung“ oder geben Sie `chapters:` als Liste an."},
    "too-few": {"en": "Only {count} chapter(s); chapters need at least 3 (YouTube shows none otherwise). Add chapters.",
                "de": "Nur {count} Kapitel; es braucht mindestens 3 (sonst zeigt YouTube keine an). Ergänzen Sie Kapitel."},
    "first-not-zero": {"en": "The first chapter starts at {at}; it must start at 0:00.",
                       "de": "Das erste Kapitel beginnt bei {at}; es muss bei 0:00 beginnen."},
    "not-ascending": {"en": "Chapter {at} comes after {previous}: times must go up. Sort the chapters.",
                      "de": "Kapitel {at} steht nach {previous}: Die Zeiten müssen aufsteigen. Sortieren Sie die Kapitel."},
    "too-short": {"en": "The chapter at {at} is only {length} long; each chapter needs at least 10 s. Merge it with the next one.",
                  "de": "Das Kapitel bei {at} ist nur {length} lang; jedes Kapitel braucht mindestens 10 s. Fassen Sie es mit dem nächsten zusammen."},
    "beyond-end": {"en": "Chapter {at} starts after the end of the video ({duration}). Correct the time or `duration`.",
                   "de": "Kapitel {at} beginnt nach dem Ende des Videos ({duration}). Korrigieren Sie die Zeit oder `duration`."},
})
def timecodes_missing(post: Post) -> Iterator[Hit]:
    """Why: chapters let people find the part they need and skip what they cannot use
    (WCAG 2.2 Guideline 2.4 Navigable; YouTube Help "Video chapters": the list starts at 0:00, has at
    least 3 timestamps in ascending order, each chapter at least 10 seconds). A video longer
    than `a11y.chapters_after` needs chapters: `chapters: true` (the timecodes are in the post
    text, which is checked: lines starting with a timecode such as "0:00 Intro", not a time of
    day like "10:00 Uhr") or a list (`- "0:00 Intro"` or `- {at: "0:00", title: Intro}`). A given
    list is checked for every video, whatever its length.

    Bad:
        ---
        title: Zwei-Faktor im Unternehmen einführen
        channel: youtube
        format: video
        publish_at: 2027-01-18T14:00
        next_step: {type: comment, prompt: "Welche Frage fehlt?"}
        sla: {owner: ben}
        media:
          - {type: video, file: media/video.mp4, duration: "4:10", captions: media/video.vtt}
        ---
        Zwei-Faktor-Anmeldung im Unternehmen einführen, in gut vier Minuten. Welche Frage fehlt?

    Good:
        ---
        title: Zwei-Faktor im Unternehmen einführen
        channel: youtube
        format: video
        publish_at: 2027-01-18T14:00
        next_step: {type: comment, prompt: "Welche Frage fehlt?"}
        sla: {owner: ben}
        media:
          - {type: video, file: media/video.mp4, duration: "4:10", captions: media/video.vtt, chapters: true}
        ---
        Zwei-Faktor-Anmeldung im Unternehmen einführen, in gut vier Minuten. Welche Frage fehlt?

        0:00 Einleitung
        0:25 Warum ein Passwort nicht reicht
        1:10 Einrichten mit einer Authenticator-App
        3:25 Wiederherstellungscodes aufbewahren

    Options: `a11y.chapters_after` (seconds, default 180).
    """
    after = post.config["a11y"].get("chapters_after", 180)
    for index, item in _videos(post):
        duration = duration_of(item)
        chapters = item.get("chapters")
        where = f"media[{index}].chapters"
        if isinstance(chapters, list) and chapters:
            entries = []
            for number, entry in enumerate(chapters):
                seconds = _chapter_seconds(entry)
                if seconds is not None:
                    entries.append((seconds, post.position(f"{where}[{number}]")))
            if len(entries) == len(chapters):  # a malformed entry is FM003's finding
                yield from _check_chapters(entries, duration, post.position(where))
        elif chapters is True:
            entries = _body_timecodes(post)
            if not entries:
                yield Hit("body-missing", *post.position(where))
            else:
                yield from _check_chapters(entries, duration, entries[0][1])
        elif duration is not None and duration > after:
            yield Hit("missing", *post.position(where), {"file": _file(item, index), "duration": clock(duration)})


def _chapter_seconds(entry: Any) -> float | None:
    from smmlint.captions import parse_duration_seconds

    if isinstance(entry, dict):
        at = entry.get("at")
        return parse_duration_seconds(at) if isinstance(at, str) and re.fullmatch(_TIME, at.strip()) else None
    if isinstance(entry, str):
        match = re.match(_LIST_ENTRY, entry)
        return parse_duration_seconds(match.group(1)) if match else None
    return None


def _body_timecodes(post: Post) -> list[tuple[float, tuple[int, int]]]:
    from smmlint.captions import parse_duration_seconds

    found = []
    for line in post.lines:
        match = re.match(_BODY_TIMECODE, line.text)
        if match:
            seconds = parse_duration_seconds(match.group(1))
            if seconds is not None:
                column = line.source.find(match.group(1))
                found.append((seconds, (line.line, column + 1 if column >= 0 else 1)))
    return found


def _check_chapters(entries: list[tuple[float, tuple[int, int]]], duration: float | None,
                    where: tuple[int, int]) -> Iterator[Hit]:
    if len(entries) < _MIN_CHAPTERS:
        yield Hit("too-few", *where, {"count": len(entries)})
    first, position = entries[0]
    if first != 0:
        yield Hit("first-not-zero", *position, {"at": clock(first)})
    for number, (seconds, position) in enumerate(entries):
        if number and seconds <= entries[number - 1][0]:
            yield Hit("not-ascending", *position, {"at": clock(seconds), "previous": clock(entries[number - 1][0])})
            continue
        if duration is not None and seconds >= duration:
            yield Hit("beyond-end", *position, {"at": clock(seconds), "duration": clock(duration)})
            continue
        end = entries[number + 1][0] if number + 1 < len(entries) else duration
        if end is not None and seconds < end < seconds + _MIN_CHAPTER:
            yield Hit("too-short", *position, {"at": clock(seconds), "length": f"{end - seconds:g} s"})


# ---- A11Y007 -----------------------------------------------------------------------------------

@rule("A11Y007", "contrast-low", "error", messages={
    "summary": {"en": "text colour on background colour below 4.5:1 (3:1 for large text), WCAG 2.2",
                "de": "Textfarbe auf Hintergrundfarbe unter 4,5:1 (3:1 bei großer Schrift), WCAG 2.2"},
    "low": {"en": "Text {text} on {background} has a contrast of {ratio}; {size} needs {required}. Use a stronger colour, e.g. text {suggestion} ({suggested_ratio}).",
            "de": "Text {text} auf {background} hat einen Kontrast von {ratio}; {size} braucht {required}. Nehmen Sie eine kräftigere Farbe, z. B. Text {suggestion} ({suggested_ratio})."},
})
def contrast_low(post: Post) -> Iterator[Hit]:
    """Why: text on an image must be readable for people with low vision or on a phone in
    sunlight (WCAG 2.2 SC 1.4.3 Contrast (Minimum): 4.5:1, large text 3:1). The ratio is WCAG's:
    sRGB linearised with the 0.04045 threshold, L = 0.2126 R + 0.7152 G + 0.0722 B, ratio
    (L1 + 0.05) / (L2 + 0.05), compared unrounded. Checked when a media item gives both
    `text_color` and `background_color`; the message suggests the nearest text colour that
    passes. The finding is on `text_color`.

    Bad:
        ---
        title: Mythos oder Fakt
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        media:
          - type: image
            file: media/bild.png
            alt: "Karte mit dem Satz: Passwörter alle 90 Tage wechseln? Mythos."
            text_color: "#777777"
            background_color: "#FFFFFF"
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Good:
        ---
        title: Mythos oder Fakt
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        media:
          - type: image
            file: media/bild.png
            alt: "Karte mit dem Satz: Passwörter alle 90 Tage wechseln? Mythos."
            text_color: "#767676"
            background_color: "#FFFFFF"
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Options: `large_text: true` on the media item (text of 24 px, or 18.66 px bold, and larger) needs 3:1.
    """
    from smmlint import contrast

    for index, item in media_items(post):
        fg, bg = contrast.parse_color(item.get("text_color")), contrast.parse_color(item.get("background_color"))
        if fg is None or bg is None:
            continue
        large = item.get("large_text") is True
        required = contrast.required_ratio(large)
        ratio = contrast.contrast_ratio(fg, bg)
        if ratio >= required:
            continue
        better = _nearest_passing(fg, bg, required)
        yield Hit("low", *post.position(f"media[{index}].text_color"), {
            "text": item["text_color"].strip(), "background": item["background_color"].strip(),
            "ratio": _decimal(contrast.format_ratio(ratio)), "required": _decimal(f"{required:g}:1"),
            "size": {"en": "large text", "de": "große Schrift"} if large else {"en": "normal text", "de": "normale Schrift"},
            "suggestion": _hex(better), "suggested_ratio": _decimal(contrast.format_ratio(contrast.contrast_ratio(better, bg)))})


def _decimal(text: str) -> dict[str, str]:
    """A number for both languages: 4.47:1 in English, 4,47:1 in German."""
    return {"en": text, "de": text.replace(".", ",")}


def _nearest_passing(fg: tuple[int, int, int], bg: tuple[int, int, int], required: float) -> tuple[int, int, int]:
    """The text colour closest to `fg` (mixed toward black or white) that reaches `required` on `bg`."""
    from smmlint.contrast import contrast_ratio

    best: tuple[int, tuple[int, int, int]] | None = None
    for target in ((0, 0, 0), (255, 255, 255)):
        for step in range(1, 256):
            mixed = tuple(round(c + (t - c) * step / 255) for c, t in zip(fg, target))
            if contrast_ratio(mixed, bg) >= required:  # type: ignore[arg-type]
                if best is None or step < best[0]:
                    best = (step, mixed)  # type: ignore[assignment]
                break
    return best[1] if best else (0, 0, 0)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#" + "".join(f"{channel:02X}" for channel in rgb)


# ---- A11Y008 -----------------------------------------------------------------------------------

_MIN_LETTERS = 12


@rule("A11Y008", "hashtag-not-camelcase", "warning", messages={
    "summary": {"en": "all-lowercase hashtag of 12+ letters: write it in CamelCase for screen readers",
                "de": "ganz kleingeschriebener Hashtag ab 12 Buchstaben: für Screenreader in Binnenmajuskeln schreiben"},
    "lowercase": {"en": "#{tag} is all lowercase. Screen readers cannot find the words in it: start each word with a capital (#ZweiFaktorAnmeldung, not #zweifaktoranmeldung); a single word needs only its first capital.",
                  "de": "#{tag} ist ganz kleingeschrieben. Screenreader finden darin die Wörter nicht: Schreiben Sie jedes Wort groß (#ZweiFaktorAnmeldung statt #zweifaktoranmeldung); ein einzelnes Wort braucht nur den großen Anfangsbuchstaben."},
})
def hashtag_not_camelcase(post: Post) -> Iterator[Hit]:
    """Why: a screen reader reads #zweifaktoranmeldung as one garbled word; capitals at word
    starts (#ZweiFaktorAnmeldung) let it speak the words, and help everyone read (rules.md
    A11Y; the common "CamelCase hashtags" advice of accessibility guides). Flagged: a
    hashtag part (between `_` or `-`) with 12 or more letters, all lowercase; tags in scripts
    without capitals (Chinese, Japanese, …) and tags with any capital are left alone. A single
    long German or English word (#datenschutzgrundverordnung, #cybersecurity) is flagged too:
    its fix is one capital (#Datenschutzgrundverordnung), which German spelling wants anyway.
    A brand written in lowercase is a case for `smmlint: {disable: [A11Y008], reason: …}`.

    Bad:
        ---
        title: Zwei-Faktor-Woche
        channel: mastodon
        format: announcement
        publish_at: 2027-01-18T10:00
        next_step: {type: comment, prompt: "Nutzt ihr schon zwei Faktoren?"}
        sla: {owner: anna}
        ---
        Diese Woche dreht sich alles um die Zwei-Faktor-Anmeldung. Nutzt ihr schon zwei Faktoren?

        #zweifaktoranmeldung #ITSicherheit

    Good:
        ---
        title: Zwei-Faktor-Woche
        channel: mastodon
        format: announcement
        publish_at: 2027-01-18T10:00
        next_step: {type: comment, prompt: "Nutzt ihr schon zwei Faktoren?"}
        sla: {owner: anna}
        ---
        Diese Woche dreht sich alles um die Zwei-Faktor-Anmeldung. Nutzt ihr schon zwei Faktoren?

        #ZweiFaktorAnmeldung #ITSicherheit
    """
    for token in post.hashtags:
        if any(_all_lowercase_word(part) for part in re.split(r"[_-]", token.text)):
            yield Hit("lowercase", token.line, token.column, {"tag": token.text})


def _all_lowercase_word(part: str) -> bool:
    cased = [char for char in part if char.lower() != char.upper()]
    return len(cased) >= _MIN_LETTERS and all(char.islower() for char in cased)


# ---- A11Y009 -----------------------------------------------------------------------------------

# Letterlike symbols that fill the holes of the Mathematical Alphanumeric block (italic h is U+210E…)
_MATH_HOLES = frozenset("ℎℬℰℱℋℐℒℳℛℯℊℴℭℌℑℜℨℂℍℕℙℚℝℤ")
_CJK_LANGUAGES = ("ja", "zh", "ko")
# Every character _fancy_kind counts (a superset: fullwidth forms count only outside CJK)
_MAYBE_FANCY = re.compile("[\U0001D400-\U0001D7FF\u24B6-\u24E9\uFF01-\uFF5E" + "".join(sorted(_MATH_HOLES)) + "]")


def _fancy_kind(char: str, cjk: bool) -> int:
    """2: a fancy letter or digit; 1: joins a run (math hole filler, fullwidth punctuation); 0: plain."""
    code = ord(char)
    if 0x1D400 <= code <= 0x1D7FF or 0x24B6 <= code <= 0x24E9:
        return 2
    if 0xFF01 <= code <= 0xFF5E and not cjk:
        return 2 if char.isalnum() else 1
    return 1 if char in _MATH_HOLES else 0


def fancy_runs(text: str, cjk: bool = False) -> Iterator[tuple[int, str]]:
    """(offset, run) for each run of fancy characters; plain spaces between fancy words join the run.

    A segment is a stretch of fancy and joining characters holding at least one fancy letter or
    digit; segments separated only by spaces form one run ("𝗛𝗮𝗹𝗹𝗼 𝗪𝗲𝗹𝘁" is one fix).
    """
    if not _MAYBE_FANCY.search(text):
        return  # no character can be fancy (the common case, decided without a Python loop)
    segments: list[tuple[int, int]] = []
    index, size = 0, len(text)
    while index < size:
        if not _fancy_kind(text[index], cjk):
            index += 1
            continue
        start = index
        while index < size and _fancy_kind(text[index], cjk):
            index += 1
        if any(_fancy_kind(char, cjk) == 2 for char in text[start:index]):
            segments.append((start, index))
    merged: list[tuple[int, int]] = []
    for start, end in segments:
        if merged and not text[merged[-1][1]:start].strip(" "):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    for start, end in merged:
        yield start, text[start:end]


@rule("A11Y009", "fancy-unicode", "error", messages={
    "summary": {"en": "\"fancy\" letters (math bold/italic/script, fullwidth, circled) that screen readers spell out and search cannot find",
                "de": "„Zierbuchstaben“ (mathematisch fett/kursiv/Schreibschrift, vollbreit, eingekreist), die Screenreader einzeln vorlesen und die Suche nicht findet"},
    "fancy": {"en": "Write \"{found}\" as \"{plain}\": screen readers read these decorative letters one by one by their Unicode names, and search cannot find them.",
              "de": "Schreiben Sie „{found}“ als „{plain}“: Screenreader lesen diese Zierbuchstaben einzeln mit ihren Unicode-Namen vor, und die Suche findet sie nicht."},
    "alt": {"en": "The alt text contains \"{found}\"; write \"{plain}\": screen readers read these decorative letters one by one.",
            "de": "Der Alternativtext enthält „{found}“; schreiben Sie „{plain}“: Screenreader lesen diese Zierbuchstaben einzeln vor."},
})
def fancy_unicode(post: Post) -> Iterator[Hit]:
    """Why: "𝗳𝗲𝘁𝘁" or "𝓈𝒸𝓇𝒾𝓅𝓉" from a font generator is not bold or script text but
    mathematical symbols: screen readers announce each one ("mathematical bold small f…") or
    skip it, and search and hashtags cannot match it (rules.md A11Y; Unicode's own note that
    these characters are for mathematics, not styled text). Flagged: U+1D400–U+1D7FF, circled letters
    U+24B6–U+24E9 and fullwidth letters and digits U+FF01–U+FF5E (fullwidth punctuation only
    next to them; for `language: ja, zh, ko`, where fullwidth forms are normal typography, none).
    Each run gets a safe fix: its Unicode compatibility form (NFKC), nothing else changed.
    Checked: the post text and alt texts.

    Bad:
        ---
        title: Neues Angebot
        channel: mastodon
        format: announcement
        publish_at: 2027-01-26T10:00
        next_step: {type: comment, prompt: "Kommt ihr?"}
        sla: {owner: anna}
        ---
        𝗡𝗘𝗨: Sicherheitstag am 4. Februar im Foyer. Kommt ihr?

    Good:
        ---
        title: Neues Angebot
        channel: mastodon
        format: announcement
        publish_at: 2027-01-26T10:00
        next_step: {type: comment, prompt: "Kommt ihr?"}
        sla: {owner: anna}
        ---
        NEU: Sicherheitstag am 4. Februar im Foyer. Kommt ihr?
    """
    import unicodedata

    cjk = post.language in _CJK_LANGUAGES
    for number in range(post.body_start, len(post.source_lines) + 1):
        source = post.source_lines[number - 1]
        if source.isascii() or source.lstrip().startswith("<!--"):
            continue
        for offset, run in fancy_runs(source, cjk):
            plain = unicodedata.normalize("NFKC", run)
            yield Hit("fancy", number, offset + 1, {"found": run, "plain": plain}, Edit(number, offset + 1, run, plain))
    for index, item in _images(post):
        alt = item.get("alt")
        if not isinstance(alt, str) or alt.isascii():
            continue
        line = post.line_of(f"media[{index}].alt")
        source = post.source_lines[line - 1] if 0 < line <= len(post.source_lines) else ""
        search_from = 0
        for _, run in fancy_runs(alt, cjk):
            plain = unicodedata.normalize("NFKC", run)
            column = source.find(run, search_from)
            search_from = column + len(run) if column >= 0 else search_from
            edit = Edit(line, column + 1, run, plain) if column >= 0 else None
            yield Hit("alt", line, column + 1 if column >= 0 else post.position(f"media[{index}].alt")[1],
                      {"found": run, "plain": plain}, edit)


# ---- A11Y010 -----------------------------------------------------------------------------------

_MAX_RUN = 3
_MIN_BULLET_LINES = 3


@rule("A11Y010", "emoji-overuse", "warning", messages={
    "summary": {"en": "more than 3 emoji in a row, or emoji as line bullets on 3+ lines",
                "de": "mehr als 3 Emoji hintereinander, oder Emoji als Aufzählungszeichen in 3+ Zeilen"},
    "run": {"en": "{count} emoji in a row ({found}). Screen readers read out the name of each one; keep at most 3 together.",
            "de": "{count} Emoji hintereinander ({found}). Screenreader lesen jedes einzeln mit Namen vor; setzen Sie höchstens 3 zusammen."},
    "bullets": {"en": "{count} lines start with an emoji. Screen readers read its name before every line (\"check mark button …\"): use a plain list (\"1.\" or \"-\") or fewer emoji.",
                "de": "{count} Zeilen beginnen mit einem Emoji. Screenreader lesen vor jeder Zeile den Namen des Emoji vor: Nutzen Sie eine normale Liste („1.“ oder „-“) oder weniger Emoji."},
})
def emoji_overuse(post: Post) -> Iterator[Hit]:
    """Why: screen readers speak every emoji by its name ("red heart red heart red heart
    red heart"), and emoji bullets put such a name before every line (rules.md A11Y; Unicode
    CLDR short names are what screen readers say). Flagged:
    more than 3 emoji next to each other (spaces between them do not break the run; a ZWJ
    sequence like 👩‍💻 or a flag is one emoji), and 3 or more body lines that start with an emoji
    (one finding, on the first). An emoji inside a sentence is fine.

    Bad:
        ---
        title: Sicherheitstag
        channel: mastodon
        format: event
        publish_at: 2027-01-26T10:00
        next_step: {type: comment, prompt: "Kommt ihr?"}
        sla: {owner: anna}
        ---
        Sicherheitstag am 4. Februar! 🎉🎉🎉🎉
        ✅ Vorträge
        ✅ Passwort-Sprechstunde
        ✅ Kaffee
        Kommt ihr?

    Good:
        ---
        title: Sicherheitstag
        channel: mastodon
        format: event
        publish_at: 2027-01-26T10:00
        next_step: {type: comment, prompt: "Kommt ihr?"}
        sla: {owner: anna}
        ---
        Sicherheitstag am 4. Februar! 🎉
        - Vorträge
        - Passwort-Sprechstunde
        - Kaffee
        Kommt ihr?
    """
    if _may_overuse_emoji(post):  # else spare the emoji library's import (~30 ms)
        yield from _emoji_findings(post)


def _emoji_findings(post: Post) -> Iterator[Hit]:
    tokens = post.emoji
    if not tokens:
        return
    by_line: dict[int, list[Any]] = {}
    for token in tokens:
        by_line.setdefault(token.line, []).append(token)
    bullet_lines = []
    for line in post.lines:
        found = by_line.get(line.line)
        if not found:
            continue
        spans, position = [], 0
        for token in found:  # offsets in the visible text, in order (token columns repeat for repeated emoji)
            start = line.text.find(token.text, position)
            if start < 0:
                break
            spans.append((start, start + len(token.text)))
            position = start + len(token.text)
        if spans and not line.text[:spans[0][0]].strip():
            bullet_lines.append(line.line)
        search_from = 0
        for first, last in _runs(line.text, spans):
            count = last - first + 1
            if count > _MAX_RUN:
                text = line.text[spans[first][0]:spans[last][1]]
                column = line.source.find(text, search_from)
                search_from = column + len(text) if column >= 0 else search_from
                yield Hit("run", line.line, column + 1 if column >= 0 else found[first].column,
                          {"count": count, "found": text})
    if len(bullet_lines) >= _MIN_BULLET_LINES:
        yield Hit("bullets", bullet_lines[0], 1, {"count": len(bullet_lines)})


# Unicode's Emoji_Modifier_Base: a skin tone right after one of these is part of that emoji
# (👍🏽 is one). Checked against the emoji library's data by the tests.
_MODIFIER_BASE_RANGES = (
    "261D 26F9 270A-270D 1F385 1F3C2-1F3C4 1F3C7 1F3CA-1F3CC 1F442-1F443 1F446-1F450 1F466-1F469 "
    "1F46B-1F478 1F47C 1F481-1F483 1F485-1F487 1F48F 1F491 1F4AA 1F574-1F575 1F57A 1F590 1F595-1F596 "
    "1F645-1F647 1F64B-1F64F 1F6A3 1F6B4-1F6B6 1F6C0 1F6CC 1F90C 1F90F 1F918-1F91F 1F926 1F930-1F939 "
    "1F93C-1F93E 1F977 1F9B5-1F9B6 1F9B8-1F9B9 1F9BB 1F9CD-1F9CF 1F9D1-1F9DD 1FAC3-1FAC5 1FAF0-1FAFA"
)


def _is_modifier_base(char: str) -> bool:
    code = ord(char)
    for item in _MODIFIER_BASE_RANGES.split():
        first, _, last = item.partition("-")
        if int(first, 16) <= code <= int(last or first, 16):
            return True
    return False


def _candidate(char: str) -> bool:
    """Every emoji holds at least one such code point (checked against the emoji library's data)."""
    return char >= "\u2000" or char in "©®"


def _may_overuse_emoji(post: Post) -> bool:
    """A necessary condition for A11Y010, decided without the emoji library.

    Run: a stretch of emoji code points, blanks and keycap bases (# * 0-9) in which more than 3
    emoji could start. Every emoji has a start: its first candidate code point, or the U+20E3 of
    a keycap. Joiners, variation selectors and tag characters start none; the code point after a
    ZWJ starts none when an emoji started before it (👩‍💻 is one); a regional indicator is half a
    start (a flag is two); a skin tone starts none right after an Emoji_Modifier_Base that
    started an emoji (👍🏽 is one emoji, 🎉🏽 two). Bullets: a line starting with a candidate, or a keycap base followed
    by U+FE0F or U+20E3. A property test checks this never hides a finding.
    """
    bullet_lines = 0
    for line in post.lines:
        text = line.text.lstrip()
        if not text or text.isascii() or (max(text) < "\u2000" and "©" not in text and "®" not in text):
            continue  # no candidate code point: no emoji, no bullet
        if _candidate(text[0]) or (text[0] in "#*0123456789" and text[1:2] in ("\ufe0f", "\u20e3")):
            bullet_lines += 1
        starts, in_emoji, previous, previous_started = 0.0, False, "", False
        for char in text:
            weight = 0.0
            if _candidate(char):
                code = ord(char)
                if char in "\u200d\ufe0f" or 0xE0020 <= code <= 0xE007F or (previous == "\u200d" and in_emoji):
                    weight = 0.0
                elif 0x1F3FB <= code <= 0x1F3FF and previous_started and _is_modifier_base(previous):
                    weight = 0.0
                else:
                    weight = 0.5 if 0x1F1E6 <= code <= 0x1F1FF else 1.0
                starts += weight
                in_emoji = in_emoji or weight > 0
                if starts > _MAX_RUN:
                    return True
            elif char in " \t#*0123456789":
                in_emoji = False
            else:
                starts, in_emoji = 0.0, False
            previous, previous_started = char, weight == 1.0
    return bullet_lines >= _MIN_BULLET_LINES


def _runs(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(first, last) indexes of emoji runs: neighbours separated by nothing but blanks."""
    if not spans:
        return
    first = 0
    for index in range(1, len(spans)):
        if text[spans[index - 1][1]:spans[index][0]].strip(" \t\ufe0f"):
            yield first, index - 1
            first = index
    yield first, len(spans) - 1


RULES = (alt_missing, alt_poor, alt_too_long, captions_missing, captions_invalid, timecodes_missing,
         contrast_low, hashtag_not_camelcase, fancy_unicode, emoji_overuse)
