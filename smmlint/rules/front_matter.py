"""FM: the file and its front matter."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from smmlint.post import Post
from smmlint.problem import Hit
from smmlint.rules.base import rule
from smmlint.schema import suggest

_HINT = {"en": " Did you mean `{hint}`?", "de": " Meinten Sie `{hint}`?"}


@rule("FM001", "front-matter-missing", "error", scope="file", messages={
    "summary": {"en": "file has no `---` front matter block (or is not a readable text file)",
                "de": "Datei hat keinen `---`-Kopfbereich (oder ist keine lesbare Textdatei)"},
    "missing": {"en": "The post has no front matter. Start the file with a line `---`, the fields (title, channel, format, publish_at, next_step, sla), and another `---` line.",
                "de": "Der Beitrag hat keinen Kopfbereich. Beginnen Sie die Datei mit einer Zeile `---`, dann die Felder (title, channel, format, publish_at, next_step, sla) und wieder eine Zeile `---`."},
    "empty": {"en": "The file is empty. Write the front matter and the post text, or delete the file.",
              "de": "Die Datei ist leer. Schreiben Sie Kopfbereich und Beitragstext, oder löschen Sie die Datei."},
    "binary": {"en": "This is not a text file (it contains NUL bytes). Posts must be Markdown text files.",
               "de": "Das ist keine Textdatei (sie enthält NUL-Bytes). Beiträge müssen Markdown-Textdateien sein."},
    "not-utf8": {"en": "The file is not UTF-8 text (byte {byte} on this line). Save it as UTF-8 in your editor.",
                 "de": "Die Datei ist nicht als UTF-8 gespeichert (Byte {byte} in dieser Zeile). Speichern Sie sie im Editor als UTF-8."},
    "too-large": {"en": "The file is larger than {limit} bytes and was not read. Is it really a post? (Limit: `max_file_size` in smmlint.yaml.)",
                  "de": "Die Datei ist größer als {limit} Bytes und wurde nicht gelesen. Ist das wirklich ein Beitrag? (Grenze: `max_file_size` in smmlint.yaml.)"},
    "unreadable": {"en": "The file cannot be read: {reason}.",
                   "de": "Die Datei kann nicht gelesen werden: {reason}."},
})
def front_matter_missing(post: Post) -> Iterator[Hit]:
    """Why: the front matter is the machine-readable plan (channel, time, next step, owner);
    without it nothing else can be checked.

    Bad:
        Mythos oder Fakt? Passwörter muss man alle 90 Tage wechseln.

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Passwörter muss man alle 90 Tage wechseln. Welcher Mythos fehlt?
    """
    yield from _file_problem(post, "FM001")


_YAML_REASONS = {
    "mapping values are not allowed": ("colon", {}),
    "could not find expected ':'": ("no-colon", {}),
    "found character that cannot start any token": ("bad-char", {}),
    "found undefined alias": ("alias", {}),
}


@rule("FM002", "front-matter-syntax", "error", scope="file", messages={
    "summary": {"en": "the front matter is not valid YAML: YAML's own line/column and a short reason",
                "de": "der Kopfbereich ist kein gültiges YAML: Zeile/Spalte und kurzer Grund"},
    "unclosed": {"en": "The front matter is not closed. Add a line `---` after the last field.",
                 "de": "Der Kopfbereich ist nicht abgeschlossen. Fügen Sie nach dem letzten Feld eine Zeile `---` ein."},
    "syntax": {"en": "The front matter is not valid YAML: {reason}. Check this line (indentation, quotes, colons).",
               "de": "Der Kopfbereich ist kein gültiges YAML: {reason}. Prüfen Sie diese Zeile (Einrückung, Anführungszeichen, Doppelpunkte)."},
    "colon": {"en": "A value contains a colon `: `. Put the whole value in quotes, e.g. title: \"Mythos: Passwörter\".",
              "de": "Ein Wert enthält einen Doppelpunkt `: `. Setzen Sie den ganzen Wert in Anführungszeichen, z. B. title: \"Mythos: Passwörter\"."},
    "no-colon": {"en": "A line is missing its colon. Each field is written `name: value`.",
                 "de": "In einer Zeile fehlt der Doppelpunkt. Jedes Feld wird als `name: Wert` geschrieben."},
    "bad-char": {"en": "A character here cannot start a YAML value (a tab, `@` or a backtick?). Use spaces to indent and put the value in quotes.",
                 "de": "Ein Zeichen hier kann keinen YAML-Wert beginnen (ein Tabulator, `@` oder ein Backtick?). Rücken Sie mit Leerzeichen ein und setzen Sie den Wert in Anführungszeichen."},
    "alias": {"en": "An alias `*name` refers to an anchor that is not defined. Remove the `*` or quote the value.",
              "de": "Ein Alias `*name` verweist auf einen nicht definierten Anker. Entfernen Sie das `*` oder setzen Sie den Wert in Anführungszeichen."},
    "tag": {"en": "The tag `{tag}` is not allowed in a post. Remove it; values are plain text, numbers, lists and fields.",
            "de": "Das Tag `{tag}` ist in einem Beitrag nicht erlaubt. Entfernen Sie es; Werte sind Text, Zahlen, Listen und Felder."},
    "too-deep": {"en": "The front matter is nested more than {limit} levels deep. Posts need only a few levels.",
                 "de": "Der Kopfbereich ist mehr als {limit} Ebenen tief verschachtelt. Beiträge brauchen nur wenige Ebenen."},
    "too-large": {"en": "The front matter's aliases expand to more than {limit} values. Write the values out instead of using `&anchor` and `*alias`.",
                  "de": "Die Aliase im Kopfbereich ergeben mehr als {limit} Werte. Schreiben Sie die Werte aus, statt `&Anker` und `*Alias` zu verwenden."},
    "duplicate-key": {"en": "The field `{key}` appears twice (first on line {first}). Keep one.",
                      "de": "Das Feld `{key}` steht doppelt da (zuerst in Zeile {first}). Behalten Sie eines."},
    "key-not-text": {"en": "The field name `{key}` is not text. Field names are words like `title` or `channel`.",
                     "de": "Der Feldname `{key}` ist kein Text. Feldnamen sind Wörter wie `title` oder `channel`."},
})
def front_matter_syntax(post: Post) -> Iterator[Hit]:
    """Why: a YAML mistake hides every field after it; YAML's own line and column point at it.

    Bad:
        ---
        title: Mythos: Passwörter
        channel: mastodon
        ---
        Text.

    Good:
        ---
        title: "Mythos: Passwörter"
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?
    """
    problem = post.file_problem
    if problem is None or problem.code != "FM002":
        return
    args = dict(problem.args or {})
    kind = problem.kind
    if kind == "syntax":
        kind = next((key for text, (key, _) in _YAML_REASONS.items() if text in args.get("reason", "")), kind)
    if kind == "tag":
        args["tag"] = "!!" + args["tag"].removeprefix("tag:yaml.org,2002:") if args["tag"].startswith("tag:yaml.org") else "!" + args["tag"]
    yield Hit(kind, problem.line, problem.column, args)


_FM003 = {
    "summary": {"en": "a front-matter value violates schemas/post.schema.json: field, expected, found",
                "de": "ein Wert im Kopfbereich verletzt schemas/post.schema.json: Feld, erwartet, gefunden"},
    "not-mapping": {"en": "The front matter must be fields (`name: value` lines), but it is a {found}.",
                    "de": "Der Kopfbereich muss aus Feldern bestehen (Zeilen `name: Wert`), ist aber ein(e) {found}."},
    "required": {"en": "The field `{field}` is missing. Add it.",
                 "de": "Das Feld `{field}` fehlt. Bitte ergänzen."},
    "enum": {"en": "`{path}` is {found}; allowed: {allowed}.", "de": "`{path}` ist {found}; erlaubt: {allowed}."},
    "enum-hint": {"en": "`{path}` is {found}; allowed: {allowed}. Did you mean `{hint}`?",
                  "de": "`{path}` ist {found}; erlaubt: {allowed}. Meinten Sie `{hint}`?"},
    "type": {"en": "`{path}` must be {expected}, but is {found}.", "de": "`{path}` muss {expected} sein, ist aber {found}."},
    "empty": {"en": "`{path}` is empty. Fill it in.", "de": "`{path}` ist leer. Bitte ausfüllen."},
    "pattern": {"en": "`{path}` is {found}; expected {expected}.", "de": "`{path}` ist {found}; erwartet: {expected}."},
    "invalid": {"en": "`{path}` is {found}; expected {expected}.", "de": "`{path}` ist {found}; erwartet: {expected}."},
    "minimum": {"en": "`{path}` must be at least {minimum}, but is {found}.", "de": "`{path}` muss mindestens {minimum} sein, ist aber {found}."},
    "channel": {"en": "Unknown channel {found}. Use one of: {allowed} (or declare it under `channels:` in smmlint.yaml).",
                "de": "Unbekannter Kanal {found}. Erlaubt: {allowed} (oder unter `channels:` in smmlint.yaml anlegen)."},
    "channel-hint": {"en": "Unknown channel {found}. Did you mean `{hint}`?", "de": "Unbekannter Kanal {found}. Meinten Sie `{hint}`?"},
    "format": {"en": "Unknown format {found}, so its cognitive load is unknown. Use a known format ({hint}…), set `load: low|medium|high`, or add it under `formats:` in smmlint.yaml.",
               "de": "Unbekanntes Format {found}, daher ist die Denklast unklar. Nutzen Sie ein bekanntes Format ({hint} …), setzen Sie `load: low|medium|high` oder ergänzen Sie es unter `formats:` in smmlint.yaml."},
    "date-only": {"en": "`publish_at` has a date but no time. Publishing needs a time, e.g. {found}T10:00.",
                  "de": "`publish_at` hat ein Datum, aber keine Uhrzeit. Zum Veröffentlichen braucht es eine Uhrzeit, z. B. {found}T10:00."},
    "bad-time": {"en": "`publish_at` {found} is not a real date and time. Write it as 2027-01-11T10:00.",
                 "de": "`publish_at` {found} ist kein gültiges Datum mit Uhrzeit. Schreiben Sie es als 2027-01-11T10:00."},
}
_TYPE_DE = {"text": "Text", "number": "eine Zahl", "true/false": "true/false", "list": "eine Liste",
            "key: value pairs": "Felder (name: Wert)", "nothing": "leer"}


@rule("FM003", "front-matter-schema", "error", scope="file", messages=_FM003)
def front_matter_schema(post: Post) -> Iterator[Hit]:
    """Why: the planner, the calendar and every rule rely on the fields having the right shape.

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        status: aproved
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        status: approved
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Welcher Mythos fehlt?

    Options: `channels:` and `formats:` in smmlint.yaml add channels and formats.
    """
    problem = post.file_problem
    if problem is not None:
        if problem.code == "FM003":
            yield Hit(problem.kind, problem.line, problem.column, problem.args or {})
        return
    for issue in post.schema_issues:
        if issue.kind == "unknown-key":
            continue
        args = {"path": issue.path_text, **issue.args}
        if issue.kind == "type":
            args.update({name: {"en": args[name], "de": _TYPE_DE.get(args[name], args[name])} for name in ("expected", "found")})
        key = "enum-hint" if issue.kind == "enum" and issue.args.get("hint") else issue.kind
        yield Hit(key, *post.position(issue.path_text or "title"), args)
    yield from _semantic_checks(post)


def _semantic_checks(post: Post) -> Iterator[Hit]:
    from smmlint.channels import DEFAULT_CHANNELS

    channel = post.channel
    known = sorted({*DEFAULT_CHANNELS, *post.config["channels"]})
    if isinstance(channel, str) and channel not in known:
        hint = suggest(channel, known)
        args = {"found": repr(channel), "allowed": ", ".join(known), "hint": hint}
        yield Hit("channel-hint" if hint else "channel", *post.position("channel"), args)
    fmt = post.format
    if isinstance(fmt, str) and fmt not in post.config.format_loads and "load" not in post.front:
        hint = suggest(fmt, post.config.format_loads) or "poll, guide, digest"
        yield Hit("format", *post.position("format"), {"found": repr(fmt), "hint": hint})
    raw = post.front.get("publish_at")
    if isinstance(raw, str) and post.publish_at is None:
        if re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", raw):
            if post.status != "draft":
                yield Hit("date-only", *post.position("publish_at"), {"found": raw.strip()})
        else:
            yield Hit("bad-time", *post.position("publish_at"), {"found": repr(raw)})


@rule("FM004", "front-matter-unknown-key", "error", messages={
    "summary": {"en": "a key the schema does not know, with a \"did you mean\" suggestion",
                "de": "ein Feld, das das Schema nicht kennt, mit Vorschlag"},
    "unknown": {"en": "Unknown field `{key}`. Check the spelling; known fields are listed in `smmlint explain FM004`.",
                "de": "Unbekanntes Feld `{key}`. Prüfen Sie die Schreibweise; bekannte Felder zeigt `smmlint explain FM004`."},
    "unknown-hint": {"en": "Unknown field `{key}`. Did you mean `{hint}`?",
                     "de": "Unbekanntes Feld `{key}`. Meinten Sie `{hint}`?"},
})
def front_matter_unknown_key(post: Post) -> Iterator[Hit]:
    """Why: a mistyped field (`chanel`, `publish-at`) is silently ignored by every tool
    downstream, so the post would be planned wrongly.

    Bad:
        ---
        title: Passwort-Mythen
        chanel: mastodon
        ---
        Text.

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        ---
        Text.

    Options: known top-level fields: id, title, channel, format, load, publish_at, status,
    language, campaign, next_step, sla, ad, terms_url, media, topics, smmlint.
    """
    for issue in post.schema_issues:
        if issue.kind == "unknown-key":
            key = "unknown-hint" if issue.args.get("hint") else "unknown"
            yield Hit(key, *post.position(issue.path_text), issue.args)


@rule("FM005", "body-empty", "error", messages={
    "summary": {"en": "the body is empty: nothing to publish", "de": "der Text ist leer: nichts zu veröffentlichen"},
    "empty": {"en": "The post has no text below the front matter. Write the caption that will be published.",
              "de": "Unter dem Kopfbereich steht kein Text. Schreiben Sie den Text, der veröffentlicht wird."},
})
def body_empty(post: Post) -> Iterator[Hit]:
    """Why: an empty caption publishes nothing but media without context or next step.

    Bad:
        ---
        title: Leer
        ---

    Good:
        ---
        title: Gefüllt
        ---
        Was ist Ihr bester Passwort-Tipp?
    """
    if not post.plain_text.strip():
        yield Hit("empty", post.front_end or 1, 1)


@rule("FM006", "media-file-missing", "error", messages={
    "summary": {"en": "a media file or captions file that does not exist",
                "de": "eine Mediendatei oder Untertiteldatei, die es nicht gibt"},
    "missing": {"en": "`{path}`: the file {file} does not exist (looked for {resolved}). Fix the path or add the file.",
                "de": "`{path}`: die Datei {file} gibt es nicht (gesucht: {resolved}). Pfad korrigieren oder Datei hinzufügen."},
})
def media_file_missing(post: Post) -> Iterator[Hit]:
    """Why: a post whose image or captions are missing cannot be published as planned.
    Paths are relative to the post file; a leading `/` means the repository root.

    Bad:
        ---
        title: Bild fehlt
        media:
          - {type: image, file: media/gibt-es-nicht.png, alt: "Ein Schloss"}
        ---
        Text.

    Good:
        ---
        title: Bild da
        media:
          - {type: image, file: media/bild.png, alt: "Ein Schloss"}
        ---
        Text.
    """
    for index, item in enumerate(post.front.get("media") or ()):
        if not isinstance(item, dict):
            continue
        for key in ("file", "captions"):
            value = item.get(key)
            if isinstance(value, str) and value:
                target = resolve_media(post, value)
                if not is_file(target):
                    path = f"media[{index}].{key}"
                    shown = _relative(target, post)
                    yield Hit("missing", *post.position(path), {"path": path, "file": repr(value), "resolved": shown})


def resolve_media(post: Post, value: str) -> Path:
    """A media path as the post means it: relative to the post, `/` = repository root."""
    return post.config.root / value.lstrip("/") if value.startswith("/") else post.path.parent / value


def is_file(path: Path) -> bool:
    """`Path.is_file` that answers False for a path the system cannot even look up (too long, …)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _relative(target: Path, post: Post) -> str:
    try:
        return target.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return target.as_posix()


PLACEHOLDER = re.compile(
    r"\b(?P<word>TODO|TBD|XXX+|FIXME)\b"
    r"|(?P<lorem>[Ll]orem ipsum)"
    r"|(?P<angle><(?:…|\.\.\.|[A-ZÄÖÜa-zäöüß][^<>\n]{0,80}?)>)"
)
_HTML_TAG = re.compile(r"^</?[a-z][a-z0-9]*(\s+[a-z-]+(=(\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>$")


def find_placeholders(text: str) -> Iterator[tuple[int, str]]:
    """(offset, placeholder) for template text: TODO, TBD, XXX, FIXME, Lorem ipsum, <…>."""
    for match in PLACEHOLDER.finditer(text):
        found = match.group(0)
        if match.group("angle") and (_HTML_TAG.match(found) or "://" in found or "@" in found):
            continue
        yield match.start(), found


@rule("FM007", "placeholder-left", "error", messages={
    "summary": {"en": "template placeholder left in front matter or body (TODO, TBD, XXX, <…>, Lorem ipsum)",
                "de": "Platzhalter aus der Vorlage stehen geblieben (TODO, TBD, XXX, <…>, Lorem ipsum)"},
    "body": {"en": "Placeholder {found} is still in the text. Replace it with the real content.",
             "de": "Platzhalter {found} steht noch im Text. Ersetzen Sie ihn durch den echten Inhalt."},
    "field": {"en": "Placeholder {found} is still in `{path}`. Fill in the real value.",
              "de": "Platzhalter {found} steht noch in `{path}`. Tragen Sie den echten Wert ein."},
})
def placeholder_left(post: Post) -> Iterator[Hit]:
    """Why: never publish template text; a template's placeholders must all be filled.

    Bad:
        ---
        title: <Titel des Beitrags>
        ---
        TODO: Text schreiben.

    Good:
        ---
        title: Passwort-Mythen
        ---
        Mythos oder Fakt? Passwörter muss man alle 90 Tage wechseln.
    """
    if _may_hold_placeholder(_all_strings(post.front, [])):
        for path, value in _strings(post.front, ""):
            for _, found in find_placeholders(value):
                yield Hit("field", *post.position(path), {"found": found, "path": path})
    if not _may_hold_placeholder(post.source_lines[post.body_start - 1:]):
        return
    for number in range(post.body_start, len(post.source_lines) + 1):
        source = post.source_lines[number - 1]
        if source.lstrip().startswith("<!--") or not any(part in source for part in _PLACEHOLDER_PARTS):
            continue
        for offset, found in find_placeholders(source):
            yield Hit("body", number, offset + 1, {"found": found})


#: Every PLACEHOLDER match contains one of these.
_PLACEHOLDER_PARTS = ("TODO", "TBD", "XXX", "FIXME", "orem ipsum", "<")


def _may_hold_placeholder(texts: list[str]) -> bool:
    """False when no text can hold a placeholder (the quick test before the regex, per line)."""
    joined = "\x00".join(texts)
    return any(part in joined for part in _PLACEHOLDER_PARTS)


def _all_strings(value: Any, into: list[str]) -> list[str]:
    """Every string in a front-matter value (the values `_strings` yields, without paths)."""
    if isinstance(value, str):
        into.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _all_strings(item, into)
    elif isinstance(value, list):
        for item in value:
            _all_strings(item, into)
    return into


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


@rule("FM008", "suppression-reason-missing", "info", messages={
    "summary": {"en": "a suppression without a reason", "de": "eine Unterdrückung ohne Begründung"},
    "front": {"en": "`smmlint.disable` has no `reason`. Say why, so the next editor knows: reason: \"…\".",
              "de": "`smmlint.disable` hat keine Begründung. Ergänzen Sie `reason: \"…\"`, damit die nächste Person weiß, warum."},
    "comment": {"en": "This suppression has no reason. Add one after `--`: <!-- smmlint-disable-next-line CODE -- why -->.",
                "de": "Diese Unterdrückung hat keine Begründung. Ergänzen Sie sie nach `--`: <!-- smmlint-disable-next-line CODE -- warum -->."},
})
def suppression_reason_missing(post: Post) -> Iterator[Hit]:
    """Why: a silenced check without a reason is indistinguishable from a forgotten one.

    Bad:
        ---
        title: Markenname
        smmlint: {disable: [A11Y008]}
        ---
        #beispielgmbhcommunity

    Good:
        ---
        title: Markenname
        smmlint: {disable: [A11Y008], reason: "Markenname wird so geschrieben"}
        ---
        #beispielgmbhcommunity
    """
    from smmlint.suppress import suppressions

    for item in suppressions(post):
        if not item.reason:
            yield Hit("front" if item.applies_to is None else "comment", item.line, 1)


def _file_problem(post: Post, code: str) -> Iterator[Hit]:
    problem = post.file_problem
    if problem is not None and problem.code == code:
        yield Hit(problem.kind, problem.line, problem.column, problem.args or {})


RULES = (front_matter_missing, front_matter_syntax, front_matter_schema, front_matter_unknown_key,
         body_empty, media_file_missing, placeholder_left, suppression_reason_missing)
