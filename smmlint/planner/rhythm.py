"""RHY: the planner's rhythm rules, checked across the whole schedule (`smmlint plan`).

A schedule rule is a `Rule` with `scope="schedule"`: its check function takes the `Schedule`
(smmlint/planner/schedule.py) and yields `(post, Hit)` pairs; the engine (`api.plan`) adds
code, severity and the message, and applies the post's suppressions. Each finding sits on
the post that breaks the rule: the later post of a pair or a run, the first post of the ISO
week on that channel for week-level rules; always on the line of its `publish_at`.
Published posts count as neighbours but get no finding (they are out: nothing can change
them); a week is judged while at least one of its posts on that channel is not published.

Rules read their options from the config's `rhythm:` section (parsed into `schedule.rhythm`).
Bad/Good examples hold several posts, each after a line `==> name.md <==`.
"""

from __future__ import annotations

from datetime import UTC, date, timedelta
from typing import Any, Iterable, Iterator

from smmlint.planner.schedule import (
    INTERACTIVE, Schedule, Slot, by_day, by_week, day_text, duration_text, join_text, names_text,
    ordinal_text, week_range_text, when_text,
)
from smmlint.post import Post
from smmlint.problem import Hit
from smmlint.rules.base import rule

Finding = tuple[Post, Hit]

_LOAD_DE = {"high": "hoch", "medium": "mittel", "low": "niedrig"}


def _hit(slot: Slot, key: str, **args: Any) -> Finding:
    return slot.post, Hit(key, *slot.position, args)


def _runs(slots: Iterable[Slot], key: Any) -> Iterator[tuple[Slot, Slot | None, int]]:
    """(slot, the slot before it in the same run or None, length of the run up to this slot)
    for runs of consecutive slots with an equal `key(slot)`; a None key breaks every run."""
    previous: Slot | None = None
    length = 0
    for slot in slots:
        value = key(slot)
        if value is None:
            previous, length = None, 0
            continue
        length = length + 1 if previous is not None and key(previous) == value else 1
        yield slot, previous if length > 1 else None, length
        previous = slot


# ---- RHY001 ---------------------------------------------------------------------------------
@rule("RHY001", "high-load-in-a-row", "warning", scope="schedule", messages={
    "summary": {"en": "more high-load posts back to back on one channel than `max_high_load_in_a_row`",
                "de": "mehr Beiträge mit hoher Denklast direkt hintereinander auf einem Kanal als `max_high_load_in_a_row`"},
    "run": {"en": "{ordinal} high-load post in a row on {channel} ({format}, right after {previous}, {previous_when}; max {max} in a row): put a light post (meme, poll, quote) in between, or move this one.",
            "de": "{ordinal} Beitrag mit hoher Denklast in Folge auf {channel} ({format}, direkt nach {previous}, {previous_when}; höchstens {max} in Folge): planen Sie einen leichten Beitrag dazwischen (Meme, Umfrage, Zitat) oder verschieben Sie diesen."},
    "none": {"en": "High-load post on {channel} ({format}), but `rhythm.max_high_load_in_a_row` is 0: choose a lighter format.",
             "de": "Beitrag mit hoher Denklast auf {channel} ({format}), aber `rhythm.max_high_load_in_a_row` ist 0: wählen Sie ein leichteres Format."},
})
def high_load_in_a_row(schedule: Schedule) -> Iterator[Finding]:
    """Why: the rhythm principle of rules.md: alternate high and low cognitive load (meme →
    guide → poll → feature story). Two demanding posts back to back tire the audience; the
    second one reaches fewer people. The load comes from the format (`load:` overrides it).
    Published posts count as neighbours but get no finding (they are out already).

    Bad:
        ==> 2027-01-11-anleitung-backup.md <==
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Was sichern Sie?"}
        sla: {owner: ben}
        ---
        Backup in drei Schritten. Was sichern Sie?

        ==> 2027-01-12-so-funktioniert-2fa.md <==
        ---
        title: So funktioniert 2FA
        channel: mastodon
        format: how-it-works
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Nutzen Sie 2FA?"}
        sla: {owner: ben}
        ---
        Zwei Faktoren, ein Ziel. Nutzen Sie 2FA?

    Good:
        ==> 2027-01-11-anleitung-backup.md <==
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Was sichern Sie?"}
        sla: {owner: ben}
        ---
        Backup in drei Schritten. Was sichern Sie?

        ==> 2027-01-12-umfrage-backup.md <==
        ---
        title: Umfrage Backup
        channel: mastodon
        format: poll
        publish_at: 2027-01-12T10:00
        next_step: {type: poll, prompt: "Wann war Ihr letztes Backup?"}
        sla: {owner: ben}
        ---
        Wann war Ihr letztes Backup?

        ==> 2027-01-13-so-funktioniert-2fa.md <==
        ---
        title: So funktioniert 2FA
        channel: mastodon
        format: how-it-works
        publish_at: 2027-01-13T10:00
        next_step: {type: comment, prompt: "Nutzen Sie 2FA?"}
        sla: {owner: ben}
        ---
        Zwei Faktoren, ein Ziel. Nutzen Sie 2FA?

    Options: `rhythm.max_high_load_in_a_row` (default 1); loads per format: `formats:`.
    """
    limit = schedule.rhythm.max_high_load_in_a_row
    for channel, slots in schedule.channels.items():
        for slot, previous, length in _runs(slots, lambda s: True if s.load == "high" else None):
            if length <= limit or slot.published:
                continue
            if previous is None:
                yield _hit(slot, "none", channel=channel, format=slot.format)
            else:
                yield _hit(slot, "run", ordinal=ordinal_text(length), channel=channel, format=slot.format,
                           previous=previous.name, previous_when=when_text(previous.at), max=limit)


# ---- RHY002 ---------------------------------------------------------------------------------
@rule("RHY002", "too-many-per-day", "error", scope="schedule", messages={
    "summary": {"en": "more than `max_posts_per_day` posts on a channel on one local day",
                "de": "mehr als `max_posts_per_day` Beiträge auf einem Kanal an einem Tag"},
    "day": {"en": "{ordinal} {channel} post on {day} (max {max} per day; before it: {others}): move it to another day.",
            "de": "{ordinal} Beitrag auf {channel} am {day} (höchstens {max} pro Tag; davor: {others}): verschieben Sie ihn auf einen anderen Tag."},
    "none": {"en": "{channel} post on {day}, but `rhythm.max_posts_per_day` for {channel} is 0: move it to another channel or raise the limit.",
             "de": "Beitrag auf {channel} am {day}, aber `rhythm.max_posts_per_day` für {channel} ist 0: nehmen Sie einen anderen Kanal oder erhöhen Sie die Grenze."},
    "day-room": {"en": "{ordinal} {channel} post on {day} (max {max} per day; before it: {others}): move it to another day, e.g. {free}.",
                 "de": "{ordinal} Beitrag auf {channel} am {day} (höchstens {max} pro Tag; davor: {others}): verschieben Sie ihn auf einen anderen Tag (z. B. {free})."},
})
def too_many_per_day(schedule: Schedule) -> Iterator[Finding]:
    """Why: the rhythm principle of rules.md: followers see a channel as a stream; a third post
    on one day buries the first two (and the SLA owner must answer all of them). Days are
    local days in the config's timezone.
    Published posts count as neighbours but get no finding (they are out already).

    Bad:
        ==> 2027-01-12-meme-passwort.md <==
        ---
        title: Meme Passwort
        channel: mastodon
        format: meme
        publish_at: 2027-01-12T09:00
        next_step: {type: comment, prompt: "Kennen Sie das?"}
        sla: {owner: ben}
        ---
        Passwort vergessen, schon wieder. Kennen Sie das?

        ==> 2027-01-12-umfrage-passwort.md <==
        ---
        title: Umfrage Passwort
        channel: mastodon
        format: poll
        publish_at: 2027-01-12T13:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-zitat-passwort.md <==
        ---
        title: Zitat Passwort
        channel: mastodon
        format: quote
        publish_at: 2027-01-12T17:00
        next_step: {type: comment, prompt: "Ihr Lieblingstipp?"}
        sla: {owner: ben}
        ---
        „Lang schlägt kompliziert.“ Ihr Lieblingstipp?

    Good:
        ==> 2027-01-12-meme-passwort.md <==
        ---
        title: Meme Passwort
        channel: mastodon
        format: meme
        publish_at: 2027-01-12T09:00
        next_step: {type: comment, prompt: "Kennen Sie das?"}
        sla: {owner: ben}
        ---
        Passwort vergessen, schon wieder. Kennen Sie das?

        ==> 2027-01-12-umfrage-passwort.md <==
        ---
        title: Umfrage Passwort
        channel: mastodon
        format: poll
        publish_at: 2027-01-12T13:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-13-zitat-passwort.md <==
        ---
        title: Zitat Passwort
        channel: mastodon
        format: quote
        publish_at: 2027-01-13T17:00
        next_step: {type: comment, prompt: "Ihr Lieblingstipp?"}
        sla: {owner: ben}
        ---
        „Lang schlägt kompliziert.“ Ihr Lieblingstipp?

    Options: `rhythm.max_posts_per_day` (default 2): a number for every channel, or per
    channel `{default: 2, x: 5}`.
    """
    for channel, slots in schedule.channels.items():
        limit = schedule.rhythm.per_day(channel)
        days = by_day(slots)
        counts = {day: len(group) for day, group in days}
        for day, group in days:
            if len(group) <= limit:
                continue
            free = next((day + timedelta(days=step) for step in range(1, 8)
                         if counts.get(day + timedelta(days=step), 0) < limit), None)
            for index in range(limit, len(group)):
                if group[index].published:
                    continue
                if index == 0:
                    yield _hit(group[index], "none", channel=channel, day=day_text(day))
                    continue
                args = {"ordinal": ordinal_text(index + 1), "channel": channel, "day": day_text(day), "max": limit,
                        "others": names_text(group, index)}
                if free is None:
                    yield _hit(group[index], "day", **args)
                else:
                    yield _hit(group[index], "day-room", free=day_text(free), **args)


# ---- RHY003 ---------------------------------------------------------------------------------
@rule("RHY003", "too-close", "warning", scope="schedule", messages={
    "summary": {"en": "two posts on a channel closer than `min_gap`",
                "de": "zwei Beiträge auf einem Kanal mit weniger Abstand als `min_gap`"},
    "close": {"en": "Only {gap} after {other} ({other_when}) on {channel} (min gap {min_gap}): move it to {earliest} or later.",
              "de": "Nur {gap} nach {other} ({other_when}) auf {channel} (Mindestabstand {min_gap}): verschieben Sie ihn auf {earliest} oder später."},
})
def too_close(schedule: Schedule) -> Iterator[Finding]:
    """Why: the rhythm principle of rules.md: a post needs time to be seen and answered before
    the next one on the same channel pushes it down the feed. The gap is real elapsed time
    (a night with a daylight-saving change counts its true length). Two posts at the same
    minute are RHY008's.
    Published posts count as neighbours but get no finding (they are out already).

    Bad:
        ==> 2027-01-12-umfrage-passwort.md <==
        ---
        title: Umfrage Passwort
        channel: mastodon
        format: poll
        publish_at: 2027-01-12T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-zitat-passwort.md <==
        ---
        title: Zitat Passwort
        channel: mastodon
        format: quote
        publish_at: 2027-01-12T11:30
        next_step: {type: comment, prompt: "Ihr Lieblingstipp?"}
        sla: {owner: ben}
        ---
        „Lang schlägt kompliziert.“ Ihr Lieblingstipp?

    Good:
        ==> 2027-01-12-umfrage-passwort.md <==
        ---
        title: Umfrage Passwort
        channel: mastodon
        format: poll
        publish_at: 2027-01-12T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-zitat-passwort.md <==
        ---
        title: Zitat Passwort
        channel: mastodon
        format: quote
        publish_at: 2027-01-12T15:00
        next_step: {type: comment, prompt: "Ihr Lieblingstipp?"}
        sla: {owner: ben}
        ---
        „Lang schlägt kompliziert.“ Ihr Lieblingstipp?

    Options: `rhythm.min_gap` (default 3h; e.g. 90m, 1h30m, PT2H).
    """
    gap = schedule.rhythm.min_gap
    for channel, slots in schedule.channels.items():
        for previous, slot in zip(slots, slots[1:]):
            elapsed = slot.utc - previous.utc
            if slot.minute == previous.minute or elapsed >= gap or slot.published:
                continue
            yield _hit(slot, "close", gap=duration_text(elapsed), other=previous.name, other_when=when_text(previous.at),
                       channel=channel, min_gap=duration_text(gap),
                       earliest=when_text((previous.utc + gap).astimezone(schedule.tz)))


# ---- RHY004 and RHY005: the week ------------------------------------------------------------
@rule("RHY004", "no-interactive-in-week", "warning", scope="schedule", messages={
    "summary": {"en": "an ISO week with posts on a channel but none interactive",
                "de": "eine Kalenderwoche mit Beiträgen auf einem Kanal, aber keinem interaktiven"},
    "week": {"en": "No interactive post on {channel} in {week}: make one of this week's posts a {formats} (or give it a `thread` next step), or add one.",
             "de": "Kein interaktiver Beitrag auf {channel} in {week}: machen Sie einen der Beiträge dieser Woche zu {formats} (oder geben Sie ihm `thread` als nächsten Schritt), oder ergänzen Sie einen."},
})
def no_interactive_in_week(schedule: Schedule) -> Iterator[Finding]:
    """Why: the rhythm principle of rules.md: each week needs an interactive post, so the
    community talks with the team, not only reads. Interactive: a format of
    `interactive_formats` (poll, quiz, ama, product-ideas) or a `thread` next step. The
    finding sits on the week's first post on that channel.
    A week whose posts on that channel are all published is not judged any more.

    Bad:
        ==> 2027-01-11-anleitung-backup.md <==
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Was sichern Sie?"}
        sla: {owner: ben}
        ---
        Backup in drei Schritten. Was sichern Sie?

        ==> 2027-01-15-wochenrueckblick.md <==
        ---
        title: Wochenrückblick
        channel: mastodon
        format: digest
        publish_at: 2027-01-15T16:00
        next_step: {type: comment, prompt: "Was war Ihr Highlight?"}
        sla: {owner: ben}
        ---
        Die Woche in drei Punkten. Was war Ihr Highlight?

    Good:
        ==> 2027-01-11-anleitung-backup.md <==
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Was sichern Sie?"}
        sla: {owner: ben}
        ---
        Backup in drei Schritten. Was sichern Sie?

        ==> 2027-01-13-umfrage-backup.md <==
        ---
        title: Umfrage Backup
        channel: mastodon
        format: poll
        publish_at: 2027-01-13T10:00
        next_step: {type: poll, prompt: "Wann war Ihr letztes Backup?"}
        sla: {owner: ben}
        ---
        Wann war Ihr letztes Backup?

        ==> 2027-01-15-wochenrueckblick.md <==
        ---
        title: Wochenrückblick
        channel: mastodon
        format: digest
        publish_at: 2027-01-15T16:00
        next_step: {type: comment, prompt: "Was war Ihr Highlight?"}
        sla: {owner: ben}
        ---
        Die Woche in drei Punkten. Was war Ihr Highlight?

    Options: checked while `rhythm.weekly_required` lists `interactive` (default:
    [interactive, digest]); `interactive_formats` (default poll, quiz, ama, product-ideas).
    """
    if INTERACTIVE not in schedule.rhythm.weekly_required:
        return
    formats = join_text(schedule.interactive_formats)
    for channel, slots in schedule.channels.items():
        for week, group in by_week(slots):
            if not any(slot.interactive for slot in group) and not all(slot.published for slot in group):
                yield _hit(group[0], "week", channel=channel, week=week_range_text(week), formats=formats)


@rule("RHY005", "weekly-format-missing", "warning", scope="schedule", messages={
    "summary": {"en": "a `weekly_required` format (e.g. digest) absent from a week on a channel",
                "de": "ein Format aus `weekly_required` (z. B. digest) fehlt in einer Woche auf einem Kanal"},
    "week": {"en": "No {format} post on {channel} in {week}: `rhythm.weekly_required` asks for one every week; add one to this week.",
             "de": "Kein Beitrag im Format {format} auf {channel} in {week}: `rhythm.weekly_required` verlangt einen pro Woche; ergänzen Sie einen in dieser Woche."},
})
def weekly_format_missing(schedule: Schedule) -> Iterator[Finding]:
    """Why: the rhythm principle of rules.md: each week needs an "aftertaste" (a digest, the
    best comments, a teaser of the next topic) so readers who missed a day catch up and
    come back. The finding sits on the week's first post on that channel.
    A week whose posts on that channel are all published is not judged any more.

    Bad:
        ==> 2027-01-11-anleitung-backup.md <==
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Was sichern Sie?"}
        sla: {owner: ben}
        ---
        Backup in drei Schritten. Was sichern Sie?

        ==> 2027-01-13-umfrage-backup.md <==
        ---
        title: Umfrage Backup
        channel: mastodon
        format: poll
        publish_at: 2027-01-13T10:00
        next_step: {type: poll, prompt: "Wann war Ihr letztes Backup?"}
        sla: {owner: ben}
        ---
        Wann war Ihr letztes Backup?

    Good:
        ==> 2027-01-11-anleitung-backup.md <==
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Was sichern Sie?"}
        sla: {owner: ben}
        ---
        Backup in drei Schritten. Was sichern Sie?

        ==> 2027-01-13-umfrage-backup.md <==
        ---
        title: Umfrage Backup
        channel: mastodon
        format: poll
        publish_at: 2027-01-13T10:00
        next_step: {type: poll, prompt: "Wann war Ihr letztes Backup?"}
        sla: {owner: ben}
        ---
        Wann war Ihr letztes Backup?

        ==> 2027-01-15-wochenrueckblick.md <==
        ---
        title: Wochenrückblick
        channel: mastodon
        format: digest
        publish_at: 2027-01-15T16:00
        next_step: {type: comment, prompt: "Was war Ihr Highlight?"}
        sla: {owner: ben}
        ---
        Die Woche in drei Punkten. Was war Ihr Highlight?

    Options: `rhythm.weekly_required` (default [interactive, digest]): formats every channel
    needs every ISO week (`interactive` is checked by RHY004).
    """
    required = [item for item in schedule.rhythm.weekly_required if item != INTERACTIVE]
    if not required:
        return
    for channel, slots in schedule.channels.items():
        for week, group in by_week(slots):
            if all(slot.published for slot in group):
                continue
            present = {slot.format for slot in group}
            for item in required:
                if item not in present:
                    yield _hit(group[0], "week", format=item, channel=channel, week=week_range_text(week))


# ---- RHY006 ---------------------------------------------------------------------------------
@rule("RHY006", "same-format-in-a-row", "warning", scope="schedule", messages={
    "summary": {"en": "more posts of one format back to back on a channel than `max_same_format_in_a_row`",
                "de": "mehr Beiträge eines Formats direkt hintereinander auf einem Kanal als `max_same_format_in_a_row`"},
    "run": {"en": "{ordinal} {format} in a row on {channel} (after {previous}, {previous_when}; max {max} in a row): choose another format, or put a different post in between.",
            "de": "{ordinal} Beitrag im Format {format} in Folge auf {channel} (nach {previous}, {previous_when}; höchstens {max} in Folge): wählen Sie ein anderes Format oder planen Sie einen anderen Beitrag dazwischen."},
    "none": {"en": "{format} post on {channel}, but `rhythm.max_same_format_in_a_row` is 0: raise it to 1 or more.",
             "de": "Beitrag im Format {format} auf {channel}, aber `rhythm.max_same_format_in_a_row` ist 0: setzen Sie den Wert auf 1 oder mehr."},
})
def same_format_in_a_row(schedule: Schedule) -> Iterator[Finding]:
    """Why: the rhythm principle of rules.md: variety keeps a channel alive (meme → guide →
    poll → feature story); the third meme in a row reads like filler.
    Published posts count as neighbours but get no finding (they are out already).

    Bad:
        ==> 2027-01-11-meme-montag.md <==
        ---
        title: Meme Montag
        channel: x
        format: meme
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Kennen Sie das?"}
        sla: {owner: ben}
        ---
        Montag, Passwort vergessen. Kennen Sie das?

        ==> 2027-01-12-meme-dienstag.md <==
        ---
        title: Meme Dienstag
        channel: x
        format: meme
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Kennen Sie das?"}
        sla: {owner: ben}
        ---
        Dienstag, Passwort wieder vergessen. Kennen Sie das?

        ==> 2027-01-13-meme-mittwoch.md <==
        ---
        title: Meme Mittwoch
        channel: x
        format: meme
        publish_at: 2027-01-13T10:00
        next_step: {type: comment, prompt: "Kennen Sie das?"}
        sla: {owner: ben}
        ---
        Mittwoch, Passwortmanager installiert. Kennen Sie das?

    Good:
        ==> 2027-01-11-meme-montag.md <==
        ---
        title: Meme Montag
        channel: x
        format: meme
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Kennen Sie das?"}
        sla: {owner: ben}
        ---
        Montag, Passwort vergessen. Kennen Sie das?

        ==> 2027-01-12-meme-dienstag.md <==
        ---
        title: Meme Dienstag
        channel: x
        format: meme
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Kennen Sie das?"}
        sla: {owner: ben}
        ---
        Dienstag, Passwort wieder vergessen. Kennen Sie das?

        ==> 2027-01-13-umfrage-passwortmanager.md <==
        ---
        title: Umfrage Passwortmanager
        channel: x
        format: poll
        publish_at: 2027-01-13T10:00
        next_step: {type: poll, prompt: "Nutzen Sie einen Passwortmanager?"}
        sla: {owner: ben}
        ---
        Nutzen Sie einen Passwortmanager?

    Options: `rhythm.max_same_format_in_a_row` (default 2).
    """
    limit = schedule.rhythm.max_same_format_in_a_row
    for channel, slots in schedule.channels.items():
        for slot, previous, length in _runs(slots, lambda s: s.format):
            if length <= limit or slot.published:
                continue
            if previous is None:
                yield _hit(slot, "none", channel=channel, format=slot.format)
            else:
                yield _hit(slot, "run", ordinal=ordinal_text(length), format=slot.format, channel=channel,
                           previous=previous.name, previous_when=when_text(previous.at), max=limit)


# ---- RHY007 ---------------------------------------------------------------------------------
@rule("RHY007", "silence", "info", scope="schedule", messages={
    "summary": {"en": "a channel without posts for more than `max_silence_days` days between planned posts",
                "de": "ein Kanal ohne Beiträge für mehr als `max_silence_days` Tage zwischen geplanten Beiträgen"},
    "silence": {"en": "{days} days without a post on {channel} before this one (since {other}, {other_when}; max {max}): plan a post in between, e.g. on {suggest}.",
                "de": "{days} Tage ohne Beitrag auf {channel} vor diesem (seit {other}, {other_when}; höchstens {max}): planen Sie einen Beitrag dazwischen (z. B. am {suggest})."},
})
def silence(schedule: Schedule) -> Iterator[Finding]:
    """Why: the rhythm principle of rules.md: a community that hears nothing for a week
    drifts away, and the platforms show a quiet account less. Counted in whole local days
    without a post between two planned posts; before the first and after the last post of
    the plan nothing is reported.
    Published posts count as neighbours but get no finding (they are out already).

    Bad:
        ==> 2027-01-11-anleitung-backup.md <==
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Was sichern Sie?"}
        sla: {owner: ben}
        ---
        Backup in drei Schritten. Was sichern Sie?

        ==> 2027-01-18-umfrage-backup.md <==
        ---
        title: Umfrage Backup
        channel: mastodon
        format: poll
        publish_at: 2027-01-18T10:00
        next_step: {type: poll, prompt: "Wann war Ihr letztes Backup?"}
        sla: {owner: ben}
        ---
        Wann war Ihr letztes Backup?

    Good:
        ==> 2027-01-11-anleitung-backup.md <==
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Was sichern Sie?"}
        sla: {owner: ben}
        ---
        Backup in drei Schritten. Was sichern Sie?

        ==> 2027-01-14-zitat-backup.md <==
        ---
        title: Zitat Backup
        channel: mastodon
        format: quote
        publish_at: 2027-01-14T10:00
        next_step: {type: comment, prompt: "Ihr Backup-Tipp?"}
        sla: {owner: ben}
        ---
        „Kein Backup, kein Mitleid.“ Ihr Backup-Tipp?

        ==> 2027-01-18-umfrage-backup.md <==
        ---
        title: Umfrage Backup
        channel: mastodon
        format: poll
        publish_at: 2027-01-18T10:00
        next_step: {type: poll, prompt: "Wann war Ihr letztes Backup?"}
        sla: {owner: ben}
        ---
        Wann war Ihr letztes Backup?

    Options: `rhythm.max_silence_days` (default 4).
    """
    limit = schedule.rhythm.max_silence_days
    for channel, slots in schedule.channels.items():
        for previous, slot in zip(slots, slots[1:]):
            quiet = (slot.day - previous.day).days - 1
            if quiet > limit and not slot.published:
                middle = previous.day + timedelta(days=(quiet + 1) // 2)
                yield _hit(slot, "silence", days=quiet, channel=channel, other=previous.name,
                           other_when=when_text(previous.at), max=limit, suggest=day_text(middle))


# ---- RHY008 ---------------------------------------------------------------------------------
@rule("RHY008", "slot-collision", "error", scope="schedule", messages={
    "summary": {"en": "two posts on one channel at the same minute",
                "de": "zwei Beiträge auf einem Kanal in derselben Minute"},
    "same": {"en": "Same minute as {other} on {channel} ({when}): one slot, one post; move one of the two to another time.",
             "de": "Gleiche Minute wie {other} auf {channel} ({when}): ein Termin, ein Beitrag; verschieben Sie einen der beiden auf eine andere Uhrzeit."},
})
def slot_collision(schedule: Schedule) -> Iterator[Finding]:
    """Why: two posts at the same minute on one channel are a planning mistake (usually a
    copied file): the scheduler publishes both at once and each hides the other.
    Published posts count as neighbours but get no finding (they are out already).

    Bad:
        ==> 2027-01-12-umfrage-passwort.md <==
        ---
        title: Umfrage Passwort
        channel: linkedin
        format: poll
        publish_at: 2027-01-12T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-umfrage-passwort-kopie.md <==
        ---
        title: Umfrage Passwort (Kopie)
        channel: linkedin
        format: poll
        publish_at: 2027-01-12T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

    Good:
        ==> 2027-01-12-umfrage-passwort.md <==
        ---
        title: Umfrage Passwort
        channel: linkedin
        format: poll
        publish_at: 2027-01-12T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-umfrage-passwort-kopie.md <==
        ---
        title: Umfrage Passwort (Kopie)
        channel: linkedin
        format: poll
        status: cancelled
        publish_at: 2027-01-12T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?
    """
    for channel, slots in schedule.channels.items():
        for previous, slot in zip(slots, slots[1:]):
            if slot.minute == previous.minute and not slot.published:
                yield _hit(slot, "same", other=previous.name, channel=channel, when=when_text(slot.at))


# ---- RHY009 ---------------------------------------------------------------------------------
@rule("RHY009", "past-unpublished", "warning", scope="schedule", messages={
    "summary": {"en": "`publish_at` in the past, but the status is not published or cancelled",
                "de": "`publish_at` liegt in der Vergangenheit, aber der Status ist nicht published oder cancelled"},
    "past": {"en": "Planned for {when}, which has passed, but `status` is {status}: if it went out, set `status: published`; if not, give it a new `publish_at`.",
             "de": "Geplant für {when}, das ist vorbei, aber `status` ist {status}: Wenn der Beitrag erschienen ist, setzen Sie `status: published`; sonst geben Sie ihm ein neues `publish_at`."},
})
def past_unpublished(schedule: Schedule) -> Iterator[Finding]:
    """Why: the plan must say what really happened: a post whose time has passed is either
    published (say so, so the calendar and the reports are right) or late (it needs a new
    time, or the team thinks it went out). This is the one finding that depends on the
    current time: `smmlint plan` compares with the clock when it runs.

    Bad:
        ==> 2026-10-05-umfrage-passwort.md <==
        ---
        title: Umfrage Passwort
        channel: mastodon
        format: poll
        status: approved
        publish_at: 2026-10-05T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

    Good:
        ==> 2026-10-05-umfrage-passwort.md <==
        ---
        title: Umfrage Passwort
        channel: mastodon
        format: poll
        status: published
        publish_at: 2026-10-05T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?
    """
    now = schedule.now.astimezone(UTC)
    for slot in schedule.slots:
        if slot.utc >= now:
            break  # slots are sorted by time
        if slot.post.status != "published":
            yield _hit(slot, "past", when=when_text(slot.at, year=True), status=slot.post.status)


# ---- RHY010 ---------------------------------------------------------------------------------
@rule("RHY010", "owner-overload", "warning", scope="schedule", messages={
    "summary": {"en": "one SLA owner has more than `max_posts_per_owner_per_day` posts on one day",
                "de": "eine verantwortliche Person (`sla.owner`) hat mehr als `max_posts_per_owner_per_day` Beiträge an einem Tag"},
    "day": {"en": "{ordinal} post for {owner} on {day}, across all channels (max {max} per day; before it: {others}): give it to another owner (`sla.owner`) or move it to another day.",
            "de": "{ordinal} Beitrag für {owner} am {day} über alle Kanäle (höchstens {max} pro Tag; davor: {others}): übergeben Sie ihn an eine andere Person (`sla.owner`) oder verschieben Sie ihn auf einen anderen Tag."},
    "none": {"en": "Post for {owner} on {day}, but `rhythm.max_posts_per_owner_per_day` is 0: raise it to 1 or more.",
             "de": "Beitrag für {owner} am {day}, aber `rhythm.max_posts_per_owner_per_day` ist 0: setzen Sie den Wert auf 1 oder mehr."},
})
def owner_overload(schedule: Schedule) -> Iterator[Finding]:
    """Why: every post promises an answer within `sla.response` (customers expect one within
    the hour: Sprout Social Index; Millward Brown 2016). One person cannot keep that promise
    for five posts on one day. Counted across all channels, per local day.
    Published posts count as neighbours but get no finding (they are out already).

    Bad:
        ==> 2027-01-12-mastodon.md <==
        ---
        title: Umfrage Mastodon
        channel: mastodon
        format: poll
        publish_at: 2027-01-12T09:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-x.md <==
        ---
        title: Umfrage X
        channel: x
        format: poll
        publish_at: 2027-01-12T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-linkedin.md <==
        ---
        title: Umfrage LinkedIn
        channel: linkedin
        format: poll
        publish_at: 2027-01-12T11:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-threads.md <==
        ---
        title: Umfrage Threads
        channel: threads
        format: poll
        publish_at: 2027-01-12T12:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-bluesky.md <==
        ---
        title: Umfrage Bluesky
        channel: bluesky
        format: poll
        publish_at: 2027-01-12T13:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

    Good:
        ==> 2027-01-12-mastodon.md <==
        ---
        title: Umfrage Mastodon
        channel: mastodon
        format: poll
        publish_at: 2027-01-12T09:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-x.md <==
        ---
        title: Umfrage X
        channel: x
        format: poll
        publish_at: 2027-01-12T10:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-linkedin.md <==
        ---
        title: Umfrage LinkedIn
        channel: linkedin
        format: poll
        publish_at: 2027-01-12T11:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-threads.md <==
        ---
        title: Umfrage Threads
        channel: threads
        format: poll
        publish_at: 2027-01-12T12:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: ben}
        ---
        Wie merken Sie sich Passwörter?

        ==> 2027-01-12-bluesky.md <==
        ---
        title: Umfrage Bluesky
        channel: bluesky
        format: poll
        publish_at: 2027-01-12T13:00
        next_step: {type: poll, prompt: "Wie merken Sie sich Passwörter?"}
        sla: {owner: anna}
        ---
        Wie merken Sie sich Passwörter?

    Options: `rhythm.max_posts_per_owner_per_day` (default 4).
    """
    limit = schedule.rhythm.max_posts_per_owner_per_day
    per_owner_day: dict[tuple[str, date], list[Slot]] = {}
    for slot in schedule.slots:
        if slot.owner is not None:
            per_owner_day.setdefault((slot.owner, slot.day), []).append(slot)
    for (owner, day), group in per_owner_day.items():
        for index in range(limit, len(group)):
            if group[index].published:
                continue
            if index == 0:
                yield _hit(group[index], "none", owner=owner, day=day_text(day))
                continue
            yield _hit(group[index], "day", ordinal=ordinal_text(index + 1), owner=owner, day=day_text(day),
                       max=limit, others=names_text(group, index, channels=True))


RULES = (high_load_in_a_row, too_many_per_day, too_close, no_interactive_in_week, weekly_format_missing,
         same_format_in_a_row, silence, slot_collision, past_unpublished, owner_overload)
