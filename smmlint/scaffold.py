"""Scaffolding for editors: `smmlint init` (a content repo's files) and `smmlint new` (a post).

Templates are package data (read with importlib.resources, so an installed smmlint finds them):

* `templates/posts/<lang>/<name>.md`: a whole post with `${field}` substitutions (string.Template);
  `<name>.short.md`, when present, replaces the body for short-text channels (text limit of 500
  or less: x, bluesky, threads, mastodon). Every `<…>` in a template is a placeholder that FM007
  reports until the editor fills it: a fresh post never passes unchanged, and nothing else is
  wrong with it (the engine reports only FM007 on a line with a placeholder).
* `templates/init/`: the commented smmlint.yaml and .pre-commit-config.yaml (de, en);
  `templates/ci/`: the CI workflows of docs/ci.md.

`publish_at` of a new post (local time, config timezone): 10:00 on the date given with `--date`,
else on the date a file name starts with (`2027-01-11-mythos.md`) when it is not in the past.
Otherwise the first day from tomorrow on (up to 14 days ahead) on which the owner is not absent
and their working hours cover 10:00 until 10:00 + the response time, so SLA004/SLA005 stay quiet
(an owner who starts later that day, e.g. "Mo-Fr 13:00-20:00", gets the start of their shift
instead of 10:00); without an owner with working hours, 10:00 on the next weekday (Mon-Fri).
An explicit date is kept as given: SLA004/SLA005 then say when the owner cannot answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from string import Template
from typing import Any, Mapping

from smmlint.config import CONFIG_NAMES, Config
from smmlint.messages import Catalog

DEFAULT_HOOKS_REPO = "https://github.com/smmlint/smmlint"
PUBLISH_TIME = time(10, 0)
PUBLISH_MINUTE = PUBLISH_TIME.hour * 60 + PUBLISH_TIME.minute
LOOK_AHEAD_DAYS = 14
SHORT_TEXT_LIMIT = 500  # channels whose text limit is at most this get the short body
VIDEO_CHANNELS = ("youtube", "tiktok")
CI_TARGETS = {"github": (".github/workflows/smmlint.yml", "github-workflow.yml"),
              "gitlab": (".gitlab-ci.yml", "gitlab-ci.yml")}
UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign")


def default_hooks_rev() -> str:
    from smmlint import __version__

    return f"v{__version__}"


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    channel: str  # default channel
    media: str | None  # "carousel" (three images), "video" (with chapters) or None
    summary: Mapping[str, str]


TEMPLATES: Mapping[str, TemplateInfo] = {info.name: info for info in (
    TemplateInfo("myth-fact", "instagram", "carousel", {
        "en": "carousel myth → fact → what to do; next step: a poll on the next myth",
        "de": "Karussell Mythos → Fakt → Was du tun kannst; nächster Schritt: Umfrage zum nächsten Mythos"}),
    TemplateInfo("how-it-works", "youtube", "video", {
        "en": "45-90 s video with captions and chapters; next step: questions for the FAQ",
        "de": "Video von 45-90 s mit Untertiteln und Kapiteln; nächster Schritt: Fragen für die FAQ"}),
    TemplateInfo("product-ideas", "linkedin", None, {
        "en": "ask for ideas with a form, promise to come back with the results",
        "de": "Ideen über ein Formular sammeln, Rückmeldung mit den Ergebnissen versprechen"}),
    TemplateInfo("digest", "facebook", None, {
        "en": "week in review: best questions and answers, hero of the week, next event",
        "de": "Wochenrückblick: beste Fragen und Antworten, Held oder Heldin der Woche, nächster Termin"}),
    TemplateInfo("open-retro", "linkedin", None, {
        "en": "what launched, what did not work, what we change; discussion thread with community rules",
        "de": "was gestartet ist, was nicht lief, was wir ändern; Diskussion im Thread mit Netiquette"}),
    TemplateInfo("question-of-the-week", "mastodon", None, {
        "en": "the question of the week as a poll with three answers",
        "de": "die Frage der Woche als Umfrage mit drei Antworten"}),
)}


class ScaffoldError(Exception):
    """A usage problem (exit 2): a message key of `MESSAGES` and its arguments."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key, self.args_ = key, args


def _resource(*parts: str) -> str:
    from importlib.resources import files

    return files("smmlint").joinpath("templates", *parts).read_text("utf-8")


def _resource_exists(*parts: str) -> bool:
    from importlib.resources import files

    return files("smmlint").joinpath("templates", *parts).is_file()


# ---- smmlint new ---------------------------------------------------------------------------
@dataclass(frozen=True)
class NewPost:
    path: Path
    text: str
    template: str
    lang: str
    channel: str
    publish_at: datetime
    owner: str | None


def slug(text: str) -> str:
    """An id usable as utm_campaign: lowercase a-z, 0-9, `-`, `_` (umlauts transliterated)."""
    text = text.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9_-]+", "-", text)).strip("-") or "post"


def date_in_name(path: Path) -> date | None:
    match = re.match(r"(\d{4}-\d{2}-\d{2})", path.name)
    if match:
        try:
            return date.fromisoformat(match.group(1))
        except ValueError:
            return None
    return None


def response_time(config: Config) -> str:
    """The response a new post promises: the config's default, at most its maximum."""
    from smmlint import hours

    default, maximum = str(config["sla"]["default_response"]), str(config["sla"]["max_response"])
    try:
        return maximum if hours.parse_response(default) > hours.parse_response(maximum) else default
    except ValueError:
        return default


def choose_publish_at(config: Config, owner: str | None, response: str, today: date,
                      explicit: date | None = None, from_name: date | None = None) -> tuple[datetime, str]:
    """(local publish time at 10:00, why that day): see the module docstring."""
    from smmlint import hours

    tz = config.tz
    at = lambda day: datetime.combine(day, PUBLISH_TIME, tzinfo=tz)  # noqa: E731
    if explicit is not None:
        return at(explicit), "date"
    if from_name is not None and from_name >= today:
        return at(from_name), "file"
    member = (config["team"] or {}).get(owner or "") if owner else None
    member = member or {}
    try:
        working = hours.parse_hours(member["hours"]) if member.get("hours") else None
        absences = hours.parse_absences(member.get("absent"))
        length = hours.parse_response(response)
    except ValueError:
        working, absences, length = None, [], timedelta(hours=2)
    days = [today + timedelta(days=offset) for offset in range(1, LOOK_AHEAD_DAYS + 1)]
    if working is not None:
        for day in days:
            if hours.is_absent(absences, day):
                continue
            later = [first for first, _ in working.intervals(day.weekday()) if first > PUBLISH_MINUTE]
            starts = [PUBLISH_TIME] + [time(first // 60, first % 60) for first in later]
            for start in starts:
                moment = datetime.combine(day, start, tzinfo=tz)
                if hours.window_within_hours(working, moment, length, tz):
                    return moment, "owner-hours"
        return at(days[0]), "tomorrow"
    day = next((day for day in days if day.weekday() < 5 and not hours.is_absent(absences, day)), days[0])
    return at(day), "weekday"


PLACEHOLDERS: Mapping[str, Mapping[str, str]] = {
    "owner": {"de": "<Kürzel>", "en": "<Team member id>"},
    "domain": {"de": "https://<Ihre-Domain>", "en": "https://<Your-domain>"},
    "rules": {"de": "<Link zu unseren Community-Regeln>", "en": "<Link to our community rules>"},
}

NOTES: Catalog = {
    "id": {"de": "  # stabile Kennung: Kalender-UID und utm_campaign leiten sich davon ab",
           "en": "  # stable id: the calendar UID and utm_campaign derive from it"},
    "date": {"de": "  # Datum von --date, 10:00", "en": "  # date from --date, 10:00"},
    "file": {"de": "  # Datum aus dem Dateinamen, 10:00", "en": "  # date from the file name, 10:00"},
    "owner-hours": {"de": "  # erster Termin ab morgen 10:00, an dem {owner} die {response} Antwortzeit einhalten kann ({hours})",
                    "en": "  # first time from tomorrow 10:00 on at which {owner} can keep the {response} response ({hours})"},
    "weekday": {"de": "  # nächster Werktag (Mo-Fr), 10:00", "en": "  # next weekday (Mon-Fri), 10:00"},
    "tomorrow": {"de": "  # morgen 10:00; passt nicht zur Arbeitszeit von {owner} ({hours}): bitte prüfen",
                 "en": "  # tomorrow 10:00; outside {owner}'s working hours ({hours}): please check"},
    "owner-choose": {"de": "  # wer antwortet? {team} (team: in smmlint.yaml)",
                     "en": "  # who answers? {team} (team: in smmlint.yaml)"},
    "owner-none": {"de": "  # wer antwortet? Tragen Sie das Team unter team: in smmlint.yaml ein",
                   "en": "  # who answers? List the team under team: in smmlint.yaml"},
}

MEDIA: Mapping[str, Mapping[str, str]] = {
    "de": {
        "carousel": """\
media:                            # das Karussell: drei Karten
  - type: image
    file: "media/<Dateiname Karte 1: Mythos>.png"
    alt: "<Bildbeschreibung Karte 1: der Text auf der Karte und was zu sehen ist>"
    # text_color: "#FFFFFF"       # optional: Text- und Hintergrundfarbe für die Kontrastprüfung
    # background_color: "#1A3D6D"
  - type: image
    file: "media/<Dateiname Karte 2: Fakt>.png"
    alt: "<Bildbeschreibung Karte 2: der Text auf der Karte und was zu sehen ist>"
  - type: image
    file: "media/<Dateiname Karte 3: Was du tun kannst>.png"
    alt: "<Bildbeschreibung Karte 3: der Text auf der Karte und was zu sehen ist>"
""",
        "video": """\
media:
  - type: video
    file: "media/<Dateiname des Videos>.mp4"
    duration: 60                  # Länge in Sekunden (45 bis 90)
    captions: "media/<Dateiname der Untertitel>.vtt"   # WebVTT- oder SRT-Datei
    chapters:                     # Kapitel: ab 0:00, aufsteigend, je mindestens 10 Sekunden
      - "0:00 <Worum es geht>"
      - "0:15 <Schritt 1>"
      - "0:35 <Schritt 2>"
""",
        "plain-video": """\
media:
  - type: video
    file: "media/<Dateiname des Videos>.mp4"
    duration: 60                  # Länge in Sekunden
    captions: "media/<Dateiname der Untertitel>.vtt"   # WebVTT- oder SRT-Datei
""",
        "image": """\
media:
  - type: image
    file: "media/<Dateiname des Bildes>.png"
    alt: "<Bildbeschreibung: der Text auf dem Bild und was zu sehen ist>"
""",
    },
    "en": {
        "carousel": """\
media:                            # the carousel: three cards
  - type: image
    file: "media/<File name card 1: myth>.png"
    alt: "<Description of card 1: the text on the card and what it shows>"
    # text_color: "#FFFFFF"       # optional: text and background colour for the contrast check
    # background_color: "#1A3D6D"
  - type: image
    file: "media/<File name card 2: fact>.png"
    alt: "<Description of card 2: the text on the card and what it shows>"
  - type: image
    file: "media/<File name card 3: what you can do>.png"
    alt: "<Description of card 3: the text on the card and what it shows>"
""",
        "video": """\
media:
  - type: video
    file: "media/<File name of the video>.mp4"
    duration: 60                  # length in seconds (45 to 90)
    captions: "media/<File name of the captions>.vtt"   # WebVTT or SRT file
    chapters:                     # chapters: from 0:00, ascending, each at least 10 seconds
      - "0:00 <What it is about>"
      - "0:15 <Step 1>"
      - "0:35 <Step 2>"
""",
        "plain-video": """\
media:
  - type: video
    file: "media/<File name of the video>.mp4"
    duration: 60                  # length in seconds
    captions: "media/<File name of the captions>.vtt"   # WebVTT or SRT file
""",
        "image": """\
media:
  - type: image
    file: "media/<File name of the image>.png"
    alt: "<Description: the text on the image and what it shows>"
""",
    },
}


def template_language(lang: str | None, config: Config) -> str:
    """--lang, else the config's post language when it is German or English, else English."""
    choice = (lang or str(config["language"] or "")).lower()
    return "de" if choice.startswith("de") else "en"


def _limits(channel: str, config: Config) -> Any:
    from smmlint.channels import channel_limits

    try:
        return channel_limits(channel, config["channels"])
    except ValueError:
        return None


def new_post(template: str, path: Path, config: Config, *, lang: str | None = None, channel: str | None = None,
             owner: str | None = None, day: date | None = None, today: date | None = None) -> NewPost:
    """Render a post from `template` for `path` (nothing is written). Raises ScaffoldError."""
    from smmlint.channels import known_channels

    info = TEMPLATES.get(template)
    if info is None:
        raise ScaffoldError("unknown-template", template=template, known=", ".join(TEMPLATES))
    if path.suffix != ".md":
        raise ScaffoldError("not-markdown", path=path.as_posix())
    language = template_language(lang, config)
    channel = (channel or info.channel).strip().lower()
    channels = known_channels(config["channels"])
    if channel not in channels:
        raise ScaffoldError("unknown-channel", channel=channel, known=", ".join(channels))
    team = config["team"] or {}
    if owner is not None and team and owner not in team:
        raise ScaffoldError("unknown-owner", owner=owner, team=", ".join(sorted(team)))
    if owner is None and len(team) == 1:
        owner = next(iter(team))
    response = response_time(config)
    today = today or datetime.now(config.tz).date()
    moment, reason = choose_publish_at(config, owner, response, today, day, date_in_name(path))
    post_id = slug(path.stem)
    fields = _fields(info, language, channel, owner, team, response, moment, reason, post_id, config)
    text = Template(_resource("posts", language, f"{template}.md")).substitute(fields)
    limits = _limits(channel, config)
    if limits is not None and limits.text_limit is not None and limits.text_limit <= SHORT_TEXT_LIMIT \
            and _resource_exists("posts", language, f"{template}.short.md"):
        front_end = text.index("\n---\n", 4) + len("\n---\n")
        text = text[:front_end] + Template(_resource("posts", language, f"{template}.short.md")).substitute(fields)
    return NewPost(path, text, template, language, channel, moment, owner)


def _fields(info: TemplateInfo, lang: str, channel: str, owner: str | None, team: Mapping[str, Any], response: str,
            moment: datetime, reason: str, post_id: str, config: Config) -> dict[str, str]:
    from smmlint.messages import render

    from smmlint import urls

    tracking = config["tracking"]
    utm = {"source": urls.channel_source(channel), "medium": str(tracking.get("medium") or "social"), "campaign": post_id}
    extra = "".join(f"&{key}=<{key}>" for key in tracking.get("required") or () if key not in UTM_KEYS)
    query = "?" + "&".join(f"utm_{key}={value}" for key, value in utm.items()) + extra  # other required keys: placeholders
    domains = list(tracking.get("domains") or ())
    site = f"https://{domains[0]}" if domains else PLACEHOLDERS["domain"][lang]
    rules_url = config["community_rules_url"]
    if rules_url and urls.is_tracked_host(urls.parse_link(rules_url).host, domains):
        base, hash_, fragment = urls.fix_utm(rules_url, **utm).partition("#")
        rules_url = base + extra + hash_ + fragment
    member = team.get(owner or "") or {}
    publish_note = render(NOTES, reason, lang, {"owner": owner, "response": response, "hours": member.get("hours", "")})
    if owner is not None:
        owner_text, owner_note = owner, ""
    else:
        owner_text = f'"{PLACEHOLDERS["owner"][lang]}"'
        owner_note = render(NOTES, "owner-choose", lang, {"team": ", ".join(sorted(team))}) if team else render(NOTES, "owner-none", lang)
    media = info.media
    limits = _limits(channel, config)
    if media is None and limits is not None and limits.media_required:
        media = "plain-video" if channel in VIDEO_CHANNELS else "image"
    return {
        "id": post_id, "id_note": render(NOTES, "id", lang), "channel": channel,
        "publish_at": moment.strftime("%Y-%m-%dT%H:%M"), "publish_note": publish_note,
        "owner": owner_text, "owner_note": owner_note, "response": response,
        "media": MEDIA[lang][media] if media else "", "site": site, "utm": query,
        "rules_url": rules_url or PLACEHOLDERS["rules"][lang],
    }


def write_new(post: NewPost) -> None:
    """Write the post; never overwrite (ScaffoldError `exists`)."""
    if post.path.exists():
        raise ScaffoldError("exists", path=post.path.as_posix())
    post.path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with post.path.open("x", encoding="utf-8", newline="\n") as stream:
            stream.write(post.text)
    except FileExistsError:
        raise ScaffoldError("exists", path=post.path.as_posix()) from None


# ---- smmlint init --------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    """One file or folder `init` handled: action is written, overwritten, skipped, created or kept."""

    path: str
    action: str
    detail: str = ""


def _existing_config(root: Path) -> Path | None:
    for name in CONFIG_NAMES:
        if (root / name).is_file():
            return root / name
    pyproject = root / "pyproject.toml"
    try:
        if pyproject.is_file() and "[tool.smmlint" in pyproject.read_text("utf-8", errors="replace"):
            return pyproject
    except OSError:
        return None
    return None


def init_repo(root: Path, lang: str, *, force: bool = False, hooks_repo: str = DEFAULT_HOOKS_REPO,
              hooks_rev: str | None = None, ci: str = "github") -> list[Step]:
    """Write smmlint.yaml, posts/, .pre-commit-config.yaml and the CI workflow into `root`.

    An existing file is kept (action "skipped") unless `force`; another form of config
    (.smmlint.yaml, [tool.smmlint] in pyproject.toml) is always kept.
    """
    if ci not in CI_TARGETS and ci != "none":
        raise ScaffoldError("unknown-ci", ci=ci, known=", ".join([*CI_TARGETS, "none"]))
    if root.exists() and not root.is_dir():
        raise ScaffoldError("not-a-folder", path=root.as_posix())
    steps: list[Step] = []
    if not root.exists():
        root.mkdir(parents=True)
        steps.append(Step(".", "created"))
    existing = _existing_config(root)
    if existing is not None and existing.name != "smmlint.yaml":
        steps.append(Step(existing.name, "kept"))
    else:
        steps.append(_write(root, "smmlint.yaml", _resource("init", f"smmlint.{lang}.yaml"), force))
    steps.append(_posts_folder(root))
    hooks = Template(_resource("init", f"pre-commit-config.{lang}.yaml")).substitute(
        hooks_repo=hooks_repo, hooks_rev=hooks_rev or default_hooks_rev())
    steps.append(_write(root, ".pre-commit-config.yaml", hooks, force))
    if ci != "none":
        target, source = CI_TARGETS[ci]
        steps.append(_write(root, target, _resource("ci", source), force))
    return steps


def _write(root: Path, relative: str, text: str, force: bool) -> Step:
    target = root / relative
    if target.exists() and not force:
        return Step(relative, "skipped")
    action = "overwritten" if target.exists() else "written"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, "utf-8", newline="\n")
    return Step(relative, action)


def _posts_folder(root: Path) -> Step:
    from smmlint.config import ConfigError, load_config

    try:
        posts = load_config(cwd=root).data["posts"]
    except ConfigError:
        posts = "posts/"
    folder = root / posts
    shown = folder.relative_to(root).as_posix() + "/" if folder.is_relative_to(root) else folder.as_posix()
    if folder.is_dir() and any(folder.iterdir()):
        return Step(shown, "kept")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".gitkeep").write_text("", "utf-8")  # git keeps no empty folders; `check` needs this one
    return Step(shown, "created")


MESSAGES: Catalog = {
    "written": {"en": "wrote {path}", "de": "angelegt: {path}"},
    "overwritten": {"en": "overwrote {path} (--force)", "de": "überschrieben: {path} (--force)"},
    "skipped": {"en": "skipped {path}: it exists already (--force overwrites it)",
                "de": "übersprungen: {path} gibt es schon (--force überschreibt)"},
    "created": {"en": "created folder {path}", "de": "Ordner angelegt: {path}"},
    "kept": {"en": "kept {path}: it exists already", "de": "beibehalten: {path} gibt es schon"},
    "init-next": {
        "en": "Next: list your team under `team:` in smmlint.yaml, run `pre-commit install`, and start a post with `smmlint new myth-fact posts/<date>-<topic>.md` (`smmlint new --list` shows all templates).",
        "de": "Weiter: Tragen Sie Ihr Team unter `team:` in smmlint.yaml ein, führen Sie `pre-commit install` aus und beginnen Sie einen Beitrag mit `smmlint new myth-fact posts/<datum>-<thema>.md` (`smmlint new --list` zeigt alle Vorlagen)."},
    "new-written": {
        "en": "wrote {path} from template {template} ({lang}, {channel}, publish_at {publish_at}). Fill in every <…> placeholder; `smmlint check {path}` lists what is left.",
        "de": "angelegt: {path} aus der Vorlage {template} ({lang}, {channel}, publish_at {publish_at}). Füllen Sie jeden <…>-Platzhalter aus; `smmlint check {path}` zeigt, was noch fehlt."},
    "outside-posts": {
        "en": "note: {path} is outside the posts folder {posts}: `smmlint check` without paths and the pre-commit hook will not check it.",
        "de": "Hinweis: {path} liegt außerhalb des Beitragsordners {posts}: `smmlint check` ohne Pfad und der pre-commit-Hook prüfen die Datei nicht."},
    "exists": {"en": "{path} exists already; not overwritten. Choose another file name.",
               "de": "{path} gibt es schon; nicht überschrieben. Wählen Sie einen anderen Dateinamen."},
    "not-markdown": {"en": "{path}: a post file name must end in .md",
                     "de": "{path}: der Dateiname eines Beitrags muss auf .md enden"},
    "unknown-template": {"en": "unknown template {template}; templates: {known} (see `smmlint new --list`)",
                         "de": "unbekannte Vorlage {template}; Vorlagen: {known} (siehe `smmlint new --list`)"},
    "unknown-channel": {"en": "unknown channel {channel}; channels: {known}",
                        "de": "unbekannter Kanal {channel}; Kanäle: {known}"},
    "unknown-owner": {"en": "{owner} is not in the team roster (team: in smmlint.yaml): {team}",
                      "de": "{owner} steht nicht in der Teamliste (team: in smmlint.yaml): {team}"},
    "unknown-ci": {"en": "unknown CI {ci}; choose one of: {known}", "de": "unbekanntes CI {ci}; möglich: {known}"},
    "not-a-folder": {"en": "{path} is not a folder", "de": "{path} ist kein Ordner"},
    "missing-arguments": {"en": "give a TEMPLATE and a PATH, e.g. `smmlint new myth-fact posts/2027-01-11-mythos.md`, or --list",
                          "de": "geben Sie eine VORLAGE und einen PFAD an, z. B. `smmlint new myth-fact posts/2027-01-11-mythos.md`, oder --list"},
}
