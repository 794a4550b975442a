"""SLA: who answers, and when (owner, response promise, working hours, absences).

Times: `publish_at` is an aware datetime; the owner's hours and absences are wall-clock times
and dates in the config's `timezone`. The response window is measured in real time, so a
window across a DST change has its true length (see smmlint.hours.window_within_hours).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Iterator

from smmlint import hours
from smmlint.post import Post
from smmlint.problem import Hit
from smmlint.rules.base import rule
from smmlint.schema import suggest

_WEEKDAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
             "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")}


# ---- shared helpers --------------------------------------------------------------------
def _owner(post: Post) -> str | None:
    owner = post.get("sla.owner")
    return owner.strip() if isinstance(owner, str) and owner.strip() else None


def _member(post: Post) -> tuple[str, dict[str, Any]] | None:
    """(owner id, roster entry) when the post's owner is in the team roster."""
    owner = _owner(post)
    team = post.config["team"] or {}
    if owner is None or owner not in team:
        return None
    return owner, team[owner] or {}


def _owner_position(post: Post) -> tuple[int, int]:
    return post.position("sla.owner")


def _response(post: Post) -> tuple[timedelta | None, str, bool]:
    """(response time or None if unusable, the text, whether it came from the post)."""
    own = post.get("sla.response")
    if isinstance(own, str) and own.strip():
        text, explicit = own.strip(), True
    else:
        text, explicit = str(post.config["sla"]["default_response"]), False
    return _parsed_response(text), text, explicit


@lru_cache(maxsize=256)
def _parsed_response(text: str) -> timedelta | None:
    """`hours.parse_response`, None when invalid; memoised (a few distinct texts per run)."""
    try:
        return hours.parse_response(text)
    except ValueError:
        return None


def _local(moment: datetime, post: Post) -> datetime:
    return moment.astimezone(post.config.tz)


def _when(moment: datetime) -> dict[str, str]:
    """A local time as an editor reads it: {"en": "Sun 2027-03-28 18:30", "de": "So 2027-03-28 18:30"}."""
    stamp = moment.strftime("%Y-%m-%d %H:%M")
    return {lang: f"{names[moment.weekday()]} {stamp}" for lang, names in _WEEKDAYS.items()}


def _absences(member: dict[str, Any]) -> list:
    absent = member.get("absent")
    if isinstance(absent, list) and all(isinstance(item, str) for item in absent):
        return _parsed_absences(tuple(absent))  # the usual case: memoised
    return _parsed_absences_of(absent)


@lru_cache(maxsize=256)
def _parsed_absences(absent: tuple[str, ...]) -> list:
    """`_parsed_absences_of` for a list of texts, memoised (the result is only read)."""
    return _parsed_absences_of(list(absent))


def _parsed_absences_of(absent: Any) -> list:
    try:
        return hours.parse_absences(absent)
    except ValueError:  # config validation reports it; a rule never crashes on it
        return []


def _working_hours(member: dict[str, Any]) -> hours.WorkingHours | None:
    text = member.get("hours")
    if not isinstance(text, str):
        return None
    return _parsed_hours(text)


@lru_cache(maxsize=256)
def _parsed_hours(text: str) -> hours.WorkingHours | None:
    """`hours.parse_hours`, None when invalid; memoised (one text per team member)."""
    try:
        return hours.parse_hours(text)
    except ValueError:
        return None


def _covers(member: dict[str, Any], start: datetime, length: timedelta, post: Post) -> bool:
    """The member works through the whole window and is not absent on its local start date."""
    working = _working_hours(member)
    if working is None or hours.is_absent(_absences(member), _local(start, post).date()):
        return False
    return hours.window_within_hours(working, start, length, post.config.tz)


def _alternatives(post: Post, owner: str, start: datetime, length: timedelta) -> dict[str, str]:
    """A translated hint naming team members who could keep the promise instead ("" if none)."""
    team = post.config["team"] or {}
    names = [name for name in sorted(team) if name != owner and _covers(team[name] or {}, start, length, post)]
    if not names:
        return {"en": "", "de": ""}
    listed = ", ".join(f"`{name}`" for name in names)
    return {"en": f" {listed} would be available.", "de": f" Verfügbar wäre: {listed}."}


def _advice(working: hours.WorkingHours, start: datetime, length: timedelta) -> dict[str, str]:
    """What to do with the time: publish by HH:MM when the post starts inside a working stretch
    that is long enough, else move it into the working hours (a wall-clock hint)."""
    minute = start.hour * 60 + start.minute
    needed = length.total_seconds() / 60
    for first, last in working.intervals(start.weekday()):
        if first <= minute < last and last - needed >= first:
            latest = int(last - needed)
            stamp = f"{latest // 60 % 24:02d}:{latest % 60:02d}"
            return {"en": f"Publish by {stamp} at the latest", "de": f"Veröffentlichen Sie spätestens um {stamp}"}
    return {"en": "Move `publish_at` into the working hours", "de": "Verschieben Sie `publish_at` in die Arbeitszeit"}


def _owner_problem_at(post: Post, path: str) -> bool:
    """FM003 already reports a value of the wrong shape at `path` (or its parent)."""
    return any(issue.kind != "unknown-key" and issue.path_text
               and (path == issue.path_text or path.startswith(issue.path_text + "."))
               for issue in post.schema_issues)


# ---- rules -----------------------------------------------------------------------------
@rule("SLA001", "sla-owner-missing", "error", messages={
    "summary": {"en": "no `sla.owner`: nobody is named to answer comments",
                "de": "kein `sla.owner`: niemand ist für die Antworten eingeteilt"},
    "missing": {"en": "Nobody is named to answer comments on this post. Add `sla:` with `owner:` and a team member's id (see `team:` in smmlint.yaml).",
                "de": "Niemand ist eingeteilt, um Kommentare zu diesem Beitrag zu beantworten. Ergänzen Sie `sla:` mit `owner:` und der Kennung einer Person aus dem Team (siehe `team:` in smmlint.yaml)."},
})
def sla_owner_missing(post: Post) -> Iterator[Hit]:
    """Why: comments on a post need an answer, and an answer needs a person; without a named owner
    everybody assumes someone else replies. Social audiences expect an answer within the hour
    (Sprout Social Index; Millward Brown 2016: 53% expect a reply within an hour).

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna, response: 2h}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Options: none. A value of the wrong shape (`owner: [anna]`) is reported by FM003 instead.
    """
    if _owner(post) is None and not _owner_problem_at(post, "sla.owner"):
        yield Hit("missing", *post.position("sla"))


@rule("SLA002", "sla-owner-unknown", "error", messages={
    "summary": {"en": "`sla.owner` is not in the config's `team` roster (with a did-you-mean)",
                "de": "`sla.owner` steht nicht in der Teamliste `team` der Konfiguration (mit Vorschlag)"},
    "unknown": {"en": "`{owner}` is not in the team roster. Use one of: {team} (or add `{owner}` under `team:` in smmlint.yaml).",
                "de": "`{owner}` steht nicht in der Teamliste. Erlaubt: {team} (oder `{owner}` unter `team:` in smmlint.yaml ergänzen)."},
    "unknown-hint": {"en": "`{owner}` is not in the team roster. Did you mean `{hint}`?",
                     "de": "`{owner}` steht nicht in der Teamliste. Meinten Sie `{hint}`?"},
    "no-team": {"en": "`{owner}` cannot be checked: smmlint.yaml has no `team:` roster. Add the team with their working hours, e.g. `team: {{{owner}: {{hours: \"Mo-Fr 09:00-17:00\"}}}}`.",
                "de": "`{owner}` lässt sich nicht prüfen: smmlint.yaml hat keine Teamliste `team:`. Ergänzen Sie das Team mit Arbeitszeiten, z. B. `team: {{{owner}: {{hours: \"Mo-Fr 09:00-17:00\"}}}}`."},
})
def sla_owner_unknown(post: Post) -> Iterator[Hit]:
    """Why: the owner is looked up in the roster for working hours, absences and the personal
    calendar feed; a mistyped id (`Ana`) silently leaves the post without anyone on duty.

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: ana}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Options: `team:` in smmlint.yaml (the roster: one entry per owner id).
    """
    owner = _owner(post)
    team = post.config["team"] or {}
    if owner is None or owner in team:
        return
    if not team:
        yield Hit("no-team", *_owner_position(post), {"owner": owner})
        return
    hint = suggest(owner, sorted(team))
    args = {"owner": owner, "hint": hint, "team": ", ".join(f"`{name}`" for name in sorted(team))}
    yield Hit("unknown-hint" if hint else "unknown", *_owner_position(post), args)


@rule("SLA003", "sla-response-too-slow", "error", messages={
    "summary": {"en": "`sla.response` is longer than `sla.max_response` (default 2h)",
                "de": "`sla.response` ist länger als `sla.max_response` (Standard 2h)"},
    "too-slow": {"en": "The promised response time {response} is longer than the team's maximum of {maximum}. Promise {maximum} or less (`sla.response: {maximum}`).",
                 "de": "Die zugesagte Antwortzeit {response} ist länger als das Team-Maximum von {maximum}. Sagen Sie höchstens {maximum} zu (`sla.response: {maximum}`)."},
    "default-too-slow": {"en": "The default response time {response} (`sla.default_response` in smmlint.yaml) is longer than the maximum of {maximum}. Set `sla.response` in this post, or lower the default.",
                         "de": "Die Standard-Antwortzeit {response} (`sla.default_response` in smmlint.yaml) ist länger als das Maximum von {maximum}. Setzen Sie `sla.response` in diesem Beitrag oder senken Sie den Standard."},
    "invalid": {"en": "The response time {response} is not usable. Write a duration longer than zero, like 2h, 90m or 1h30m.",
                "de": "Die Antwortzeit {response} ist nicht verwendbar. Schreiben Sie eine Dauer größer null, z. B. 2h, 90m oder 1h30m."},
})
def sla_response_too_slow(post: Post) -> Iterator[Hit]:
    """Why: social audiences expect an answer within the hour (Sprout Social Index; Millward Brown
    2016: 53% expect a reply within an hour); a promise of a day is a promise nobody notices being
    kept. Without `sla.response` in the post, `sla.default_response` of the config applies.

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna, response: 1 d}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna, response: 90m}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Options: `sla.max_response` (default 2h) and `sla.default_response` (default 2h) in smmlint.yaml.
    """
    response, text, explicit = _response(post)
    position = post.position("sla.response" if explicit else "sla")
    if response is None:
        if explicit:
            yield Hit("invalid", *position, {"response": repr(text)})
        return
    maximum_text = str(post.config["sla"]["max_response"]).strip()
    maximum = _parsed_response(maximum_text)
    if maximum is None:  # config validation reports it
        return
    if response > maximum:
        yield Hit("too-slow" if explicit else "default-too-slow", *position, {"response": text, "maximum": maximum_text})


@rule("SLA004", "sla-outside-hours", "warning", messages={
    "summary": {"en": "`publish_at` + response time falls outside the owner's working hours",
                "de": "`publish_at` + Antwortzeit liegt außerhalb der Arbeitszeit der zuständigen Person"},
    "outside": {"en": "Published {start}, answered by {end} at the latest, but `{owner}` works {hours}: the {response} promise cannot be kept. {advice}, or choose another owner.{others}",
                "de": "Veröffentlicht {start}, Antwort spätestens {end}, aber `{owner}` arbeitet {hours}: die Zusage von {response} ist so nicht zu halten. {advice} oder wählen Sie eine andere zuständige Person.{others}"},
})
def sla_outside_hours(post: Post) -> Iterator[Hit]:
    """Why: a response promise only counts when someone is at work to keep it: the whole window
    from `publish_at` to `publish_at` + response must lie in the owner's working hours (config
    timezone, measured in real time across DST changes). Audiences expect an answer within the
    hour (Sprout Social Index; Millward Brown 2016).

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-15T16:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna, response: 2h}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-15T14:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna, response: 2h}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Options: `team.<owner>.hours` (e.g. "Mo-Fr 09:00-17:00", German or English day names),
    `timezone`, `sla.default_response` in smmlint.yaml. Owners without `hours` are not checked.
    """
    found = _member(post)
    start = post.publish_at
    response, text, _ = _response(post)
    if found is None or start is None or response is None:
        return
    owner, member = found
    working = _working_hours(member)
    try:
        if working is None or hours.window_within_hours(working, start, response, post.config.tz):
            return
        local = _local(start, post)
        end = (start.astimezone(timezone.utc) + response).astimezone(post.config.tz)
        args = {"start": _when(local), "end": _when(end), "owner": owner, "hours": working.text, "response": text,
                "advice": _advice(working, local, response), "others": _alternatives(post, owner, start, response)}
    except OverflowError:  # the window runs past the calendar's ends (year 1 or 9999): nothing to judge
        return
    yield Hit("outside", *_owner_position(post), args)


@rule("SLA005", "sla-owner-absent", "error", messages={
    "summary": {"en": "the owner is listed absent on the publish date",
                "de": "die zuständige Person ist am Veröffentlichungstag abwesend"},
    "absent": {"en": "`{owner}` is absent on {date} (listed in `team.{owner}.absent`). Choose another owner or another day.{others}",
               "de": "`{owner}` ist am {date} abwesend (eingetragen unter `team.{owner}.absent`). Wählen Sie eine andere zuständige Person oder einen anderen Tag.{others}"},
})
def sla_owner_absent(post: Post) -> Iterator[Hit]:
    """Why: an owner on holiday answers nobody; the post would go out with a promise nobody keeps.
    The publish date is the local date in the config's timezone. Audiences expect an answer
    within the hour (Sprout Social Index; Millward Brown 2016).

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-21T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-21T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: ben}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Options: `team.<owner>.absent` (["2027-01-20..2027-01-22", "2027-02-01"]) and `timezone`
    in smmlint.yaml.
    """
    found = _member(post)
    start = post.publish_at
    if found is None or start is None:
        return
    owner, member = found
    day = _local(start, post).date()
    if not hours.is_absent(_absences(member), day):
        return
    response, _, _ = _response(post)
    try:
        others = _alternatives(post, owner, start, response or timedelta(0))
    except OverflowError:  # a response time too long for the calendar: nobody covers it
        others = {"en": "", "de": ""}
    yield Hit("absent", *_owner_position(post), {"owner": owner, "date": day.isoformat(), "others": others})


RULES = (sla_owner_missing, sla_owner_unknown, sla_response_too_slow, sla_outside_hours, sla_owner_absent)
