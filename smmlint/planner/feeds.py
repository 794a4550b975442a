"""Posts as calendar events, and the feed files of `smmlint calendar` (spec/calendar.md).

One post becomes one event (:func:`post_entry`): UID ``<id>@smmlint`` (the id
defaults to the path without ``.md`` relative to the config root), SUMMARY
``[channel] title``, a DESCRIPTION with format and load, next step, SLA owner
and response time, path, status and lint result, CATEGORIES channel, format
and load, STATUS TENTATIVE (draft, review) or CONFIRMED. DTSTAMP and SEQUENCE
come from :mod:`smmlint.planner.stamps`. :func:`feed_files` groups the events
into ``all.ics``, ``channel-<channel>.ics`` and ``owner-<id>.ics`` (only these
carry the reminder one hour before); :func:`compare_output` and
:func:`write_output` bring an output folder or file up to date.

All texts depend only on the posts, the config and the language, never on the
clock, the locale or the working directory: the same posts give the same bytes.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from smmlint.config import Config
from smmlint.messages import Catalog, render
from smmlint.planner.ical import FeedEvent, build_feeds
from smmlint.planner.schedule import exclusion
from smmlint.planner.stamps import Stamp
from smmlint.post import Post

__all__ = [
    "MESSAGES", "CalendarBuild", "DuplicateUid", "Entry", "Skipped", "compare_output", "feed_files",
    "feed_language", "is_folder", "post_entry", "write_output",
]

UID_DOMAIN = "@smmlint"
ALL_FEED = "all.ics"
OWNED_PATTERNS = ("channel-*.ics", "owner-*.ics")  # what a run may remove from an output folder
TENTATIVE = ("draft", "review")

MESSAGES: Catalog = {
    # feed texts (calendar names, DESCRIPTION lines)
    "default-name": {"en": "Social media plan", "de": "Social-Media-Plan"},
    "channel-name": {"en": "{name}: {channel}", "de": "{name}: {channel}"},
    "owner-name": {"en": "{name}: {person}", "de": "{name}: {person}"},
    "format-line": {"en": "Format: {format}, load: {load}", "de": "Format: {format}, Last: {load}"},
    "load.low": {"en": "low", "de": "niedrig"},
    "load.medium": {"en": "medium", "de": "mittel"},
    "load.high": {"en": "high", "de": "hoch"},
    "load.unknown": {"en": "unknown", "de": "unbekannt"},
    "format.unknown": {"en": "unknown", "de": "unbekannt"},
    "next-step": {"en": "Next step ({type}): {prompt}", "de": "Nächster Schritt ({type}): {prompt}"},
    "next-step-missing": {"en": "Next step: none", "de": "Nächster Schritt: keiner"},
    "sla": {"en": "SLA: {owner}, replies within {response}", "de": "SLA: {owner}, Antwort innerhalb von {response}"},
    "sla-missing": {"en": "SLA: no owner", "de": "SLA: niemand zuständig"},
    "path": {"en": "Post: {path}", "de": "Beitrag: {path}"},
    "status": {"en": "Status: {status}", "de": "Status: {status}"},
    "status.draft": {"en": "draft", "de": "Entwurf"},
    "status.review": {"en": "review", "de": "in Prüfung"},
    "status.approved": {"en": "approved", "de": "freigegeben"},
    "status.scheduled": {"en": "scheduled", "de": "eingeplant"},
    "status.published": {"en": "published", "de": "veröffentlicht"},
    "lint-ok": {"en": "lint: ok", "de": "lint: ok"},
    "lint": {"en": "lint: {counts}", "de": "lint: {counts}"},
    "errors.1": {"en": "1 error", "de": "1 Fehler"},
    "errors.n": {"en": "{n} errors", "de": "{n} Fehler"},
    "warnings.1": {"en": "1 warning", "de": "1 Warnung"},
    "warnings.n": {"en": "{n} warnings", "de": "{n} Warnungen"},
    # command output
    "wrote": {"en": "wrote {path} ({events} event(s))", "de": "{path} geschrieben ({events} Termin(e))"},
    "removed": {"en": "removed {path} (no such channel or owner any more)",
                "de": "{path} gelöscht (diesen Kanal bzw. diese Person gibt es nicht mehr)"},
    "up-to-date": {"en": "calendar up to date: {path} ({files} file(s), {events} event(s))",
                   "de": "Kalender ist aktuell: {path} ({files} Datei(en), {events} Termin(e))"},
    "stale": {"en": "stale: {path} (run `smmlint calendar -o {out}` and commit the result)",
              "de": "veraltet: {path} (`smmlint calendar -o {out}` ausführen und das Ergebnis committen)"},
    "stale-extra": {"en": "stale: {path} would be removed (run `smmlint calendar -o {out}`)",
                    "de": "veraltet: {path} würde gelöscht (`smmlint calendar -o {out}` ausführen)"},
    "not-placed": {"en": "{path}: not in the calendar: no valid channel or publish_at (`smmlint check` says why)",
                   "de": "{path}: nicht im Kalender: kein gültiger Kanal oder publish_at (`smmlint check` nennt den Grund)"},
    "draft-untimed": {"en": "{path}: draft without publish_at, not in the calendar",
                      "de": "{path}: Entwurf ohne publish_at, nicht im Kalender"},
    "duplicate-uid": {"en": "{paths} have the same id {id!r}: give each post its own `id:` (calendar UID {uid})",
                      "de": "{paths} haben dieselbe id {id!r}: jedem Beitrag eine eigene `id:` geben (Kalender-UID {uid})"},
    "shallow": {"en": "warning: shallow git clone: DTSTAMP and SEQUENCE need the full history (in CI: fetch-depth: 0)",
                "de": "Warnung: flacher Git-Klon: DTSTAMP und SEQUENCE brauchen die ganze Geschichte (in der CI: fetch-depth: 0)"},
    "missing-out": {"en": "missing -o OUT: a feed file or a folder for the feeds, e.g. `smmlint calendar -o calendar/`",
                    "de": "-o OUT fehlt: eine Feed-Datei oder ein Ordner für die Feeds, z. B. `smmlint calendar -o calendar/`"},
    "out-is-file": {"en": "output folder {path} is a file", "de": "Ausgabeordner {path} ist eine Datei"},
    "cannot-write": {"en": "cannot write {path}: {reason}", "de": "{path} kann nicht geschrieben werden: {reason}"},
}


@dataclass(frozen=True)
class Entry:
    """One post in the feeds: its event (without alarm), channel and SLA owner."""

    path: str  # relative to the config root, `/` separators
    event: FeedEvent
    channel: str
    owner: str | None

    @property
    def owner_event(self) -> FeedEvent:
        """The event as the owner's feed shows it: with the reminder one hour before."""
        return replace(self.event, alarm=True)


@dataclass(frozen=True)
class Skipped:
    """A post that is not in the feeds, and why: draft, cancelled, unplaced, draft-untimed."""

    path: str
    reason: str
    channel: str | None = None
    owner: str | None = None


@dataclass
class CalendarBuild:
    """Everything `smmlint calendar` needs to write the feeds."""

    entries: list[Entry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    rendered: dict[FeedEvent, bytes] = field(default_factory=dict)  # events rendered in worker processes
    posts: int = 0
    shallow: bool = False


class DuplicateUid(ValueError):
    """Two posts share an id, so their events would share a UID."""

    def __init__(self, uid: str, paths: list[str]) -> None:
        super().__init__(f"duplicate calendar UID {uid!r}: {', '.join(paths)}")
        self.uid, self.paths = uid, paths


def feed_language(config: Config, explicit: str | None = None) -> str:
    """The language of the feed texts: `--lang`, the config's `messages`, else its `language`.

    Never the locale: an editor's machine and CI must write the same bytes.
    """
    choice = explicit or config["messages"] or config["language"] or "en"
    return "de" if str(choice).lower().startswith("de") else "en"


def relative_path(post: Post) -> str:
    """The post's path relative to the config root (else its display path), `/` separators."""
    try:
        return post.path.resolve().relative_to(post.config.root).as_posix()
    except ValueError:
        return post.display_path


def post_entry(post: Post, stamp: Stamp, lint: Callable[[Post], tuple[int, int]], lang: str, *,
               include_drafts: bool = False) -> Entry | Skipped:
    """The calendar entry of one post, or why it has none.

    ``lint(post)`` gives (errors, warnings) as `smmlint check` counts them
    (called only for a post that gets an entry); ``stamp``
    from :func:`smmlint.planner.stamps.post_stamps` (DTSTAMP falls back to
    ``publish_at`` when git has no stamp).
    """
    path = relative_path(post)
    reason = exclusion(post)
    channel = post.channel if post.ok and isinstance(post.channel, str) else None
    owner = post.get("sla.owner")
    owner = owner if isinstance(owner, str) else None
    if reason == "draft" and include_drafts:
        reason = None if post.publish_at is not None else "draft-untimed"
    if reason is not None or channel is None or post.publish_at is None:
        return Skipped(path, reason or "unplaced", channel, owner)
    from smmlint.hours import parse_response

    config = post.config
    title = post.front.get("title") if isinstance(post.front.get("title"), str) else post.id
    fmt = post.format if isinstance(post.format, str) else None
    load = post.load
    event = FeedEvent(
        uid=post.id + UID_DOMAIN,
        start=post.publish_at,
        stamp=stamp.time or post.publish_at,
        duration=parse_response(config["calendar"]["duration"]),
        summary=f"[{channel}] {title}",
        description=_description(post, path, owner, fmt, load, lint(post), lang),
        categories=tuple(value for value in (channel, fmt, load) if value),
        status="TENTATIVE" if post.status in TENTATIVE else "CONFIRMED",
        sequence=stamp.sequence,
    )
    return Entry(path, event, channel, owner)


def _description(post: Post, path: str, owner: str | None, fmt: str | None, load: str | None,
                 lint: tuple[int, int], lang: str) -> str:
    def text(key: str, **args: Any) -> str:
        return render(MESSAGES, key, lang, args)

    lines = [text("format-line", format=fmt or text("format.unknown"),
                  load=text(f"load.{load}") if f"load.{load}" in MESSAGES else text("load.unknown"))]
    step_type, prompt = post.get("next_step.type"), post.get("next_step.prompt")
    if isinstance(step_type, str) and isinstance(prompt, str):
        url = post.get("next_step.url")
        lines.append(text("next-step", type=step_type, prompt=prompt.strip()) + (f" {url}" if isinstance(url, str) else ""))
    else:
        lines.append(text("next-step-missing"))
    if owner:
        member = post.config["team"].get(owner)
        name = member.get("name") if isinstance(member, Mapping) else None
        response = post.get("sla.response") or post.config["sla"]["default_response"]
        lines.append(text("sla", owner=f"{name} ({owner})" if name else owner, response=str(response).strip()))
    else:
        lines.append(text("sla-missing"))
    lines.append(text("path", path=path))
    lines.append(text("status", status=text(f"status.{post.status}") if f"status.{post.status}" in MESSAGES else post.status))
    lines.append(_lint_text(lint, lang))
    return "\n".join(lines)


def _lint_text(lint: tuple[int, int], lang: str) -> str:
    errors, warnings = lint
    if not errors and not warnings:
        return render(MESSAGES, "lint-ok", lang)
    parts = [render(MESSAGES, f"{kind}.{'1' if n == 1 else 'n'}", lang, {"n": n})
             for kind, n in (("errors", errors), ("warnings", warnings)) if n]
    return render(MESSAGES, "lint", lang, {"counts": ", ".join(parts)})


def slug(name: str) -> str:
    """A file-name part for a channel or owner id: `Mastodon DE` -> `mastodon-de`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_.-]+", "-", ascii_name.lower()).strip("-.") or "unnamed"


def feed_files(build: CalendarBuild, config: Config, lang: str, *, folder: bool) -> dict[str, bytes]:
    """The feed files by name: one ``all.ics`` (file mode), or ``all.ics``, one
    ``channel-<channel>.ics`` per channel and one ``owner-<id>.ics`` per SLA owner.

    Channels are those of every post read (so a channel whose last post was
    cancelled gets an empty feed, not a missing one); owners are the team
    roster plus every owner a post names. Raises :class:`DuplicateUid`.
    """
    _check_unique(build.entries)
    name = config["calendar"]["name"] or render(MESSAGES, "default-name", lang)
    events = [entry.event for entry in build.entries]
    feeds: dict[str, tuple[str, list[FeedEvent]]] = {ALL_FEED: (name, events)}
    if folder:
        channels = sorted({e.channel for e in build.entries} | {s.channel for s in build.skipped if s.channel})
        for channel in channels:
            file = f"channel-{slug(channel)}.ics"
            feed = feeds.setdefault(file, (render(MESSAGES, "channel-name", lang, {"name": name, "channel": channel}), []))
            feed[1].extend(e.event for e in build.entries if e.channel == channel)
        team = config["team"]
        owners = sorted({*team, *(e.owner for e in build.entries if e.owner), *(s.owner for s in build.skipped if s.owner)})
        for owner in owners:
            member = team.get(owner)
            person = member.get("name") if isinstance(member, Mapping) and member.get("name") else owner
            file = f"owner-{slug(owner)}.ics"
            feed = feeds.setdefault(file, (render(MESSAGES, "owner-name", lang, {"name": name, "person": person}), []))
            feed[1].extend(e.owner_event for e in build.entries if e.owner == owner)
    return build_feeds(feeds, timezone=config["timezone"], rendered=build.rendered)


def _check_unique(entries: Iterable[Entry]) -> None:
    seen: dict[str, list[str]] = {}
    for entry in entries:
        seen.setdefault(entry.event.uid, []).append(entry.path)
    for uid, paths in sorted(seen.items()):
        if len(paths) > 1:
            raise DuplicateUid(uid, sorted(paths))


def is_folder(out: str) -> bool:
    """`-o OUT` names a folder: an existing one, or a path ending in `/`."""
    return out.endswith(("/", os.sep)) or Path(out).is_dir()


def output_paths(out: Path, folder: bool, files: Mapping[str, bytes]) -> dict[Path, bytes]:
    """Where each feed file goes."""
    if folder:
        return {out / name: data for name, data in files.items()}
    return {out: files[ALL_FEED]} if files else {}


def compare_output(out: Path, folder: bool, files: Mapping[str, bytes]) -> tuple[list[Path], list[Path]]:
    """(files to write because they are missing or differ, owned files to remove)."""
    changed = []
    for path, data in output_paths(out, folder, files).items():
        try:
            same = path.read_bytes() == data
        except OSError:
            same = False
        if not same:
            changed.append(path)
    stale: list[Path] = []
    if folder and out.is_dir():
        wanted = set(files)
        stale = sorted(path for pattern in OWNED_PATTERNS for path in out.glob(pattern)
                       if path.name not in wanted and path.is_file())
    return changed, stale


def write_output(out: Path, folder: bool, files: Mapping[str, bytes], changed: Iterable[Path],
                 stale: Iterable[Path]) -> None:
    """Write the changed feeds (each atomically: a client never fetches half a file) and
    remove the stale ones. Raises OSError."""
    targets = output_paths(out, folder, files)
    for path in changed:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        try:
            temporary.write_bytes(targets[path])
            os.replace(temporary, path)
        except OSError as error:  # name the feed, not the temporary file
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            raise OSError(error.errno, error.strerror, str(path)) from None
    for path in stale:
        path.unlink(missing_ok=True)


def existing_feeds(out: Path, folder: bool) -> bool:
    """True when OUT already holds feeds (then they are updated even without posts)."""
    if folder:
        return (out / ALL_FEED).is_file() or any(next(out.glob(pattern), None) for pattern in OWNED_PATTERNS)
    return out.is_file()


def event_count(data: bytes) -> int:
    return data.count(b"\r\nBEGIN:VEVENT\r\n")
