"""The one translation seam: every user-facing text exists in English and German.

A catalog maps a message key to {"en": ..., "de": ...} templates with `{name}` fields.
Rules carry their own catalog; tool-level messages live in `TOOL` below.
"""

from __future__ import annotations

import os
from typing import Any, Mapping

LANGUAGES = ("en", "de")
Catalog = Mapping[str, Mapping[str, str]]


def resolve_language(explicit: str | None = None, configured: str | None = None) -> str:
    """`--lang` wins, then the config's `messages:`, then the locale (LC_ALL, LC_MESSAGES, LANG)."""
    for choice in (explicit, configured):
        if choice:
            return "de" if choice.lower().startswith("de") else "en"
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def render(catalog: Catalog, key: str, lang: str, args: Mapping[str, Any] | None = None) -> str:
    """The message `key` in `lang`, its fields filled from `args`.

    An argument may itself be translated: {"en": "a list", "de": "eine Liste"}.
    """
    template = catalog[key][lang]
    if not args:
        return template
    return template.format_map({name: shown(value[lang] if isinstance(value, Mapping) and lang in value else value)
                                for name, value in args.items()})


# Characters a terminal acts on (escape sequences, bell, carriage return, bidi overrides and
# isolates): quoted from a post they could rewrite the screen or reorder the line; shown escaped.
_TERMINAL = {code: f"\\x{code:02x}" for code in (*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0))}
_TERMINAL.update({code: f"\\u{code:04x}" for code in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def shown(value: Any) -> Any:
    """A text as it may be printed: terminal control characters escaped (`\\x1b`, `\\u202e`)."""
    return value.translate(_TERMINAL) if isinstance(value, str) else value


TOOL: Catalog = {
    "path-missing": {
        "en": "path does not exist: {path}",
        "de": "Pfad nicht gefunden: {path}",
    },
    "no-posts": {
        "en": "no posts found in {paths}",
        "de": "keine Beiträge gefunden in {paths}",
    },
    "no-changed-posts": {
        "en": "no posts changed since {ref}",
        "de": "keine Beiträge geändert seit {ref}",
    },
    "feed-untracked": {
        "en": "not in git yet: {path} (git add it and commit again)",
        "de": "noch nicht in Git: {path} (mit git add hinzufügen und erneut committen)",
    },
    "unreadable": {
        "en": "cannot read {path}: {reason}",
        "de": "{path} kann nicht gelesen werden: {reason}",
    },
    "summary-clean": {
        "en": "All good: {files} post(s) checked, no problems.",
        "de": "Alles in Ordnung: {files} Beitrag/Beiträge geprüft, keine Probleme.",
    },
    "summary": {
        "en": "{errors} error(s), {warnings} warning(s), {infos} note(s) in {problem_files} of {files} post(s).",
        "de": "{errors} Fehler, {warnings} Warnung(en), {infos} Hinweis(e) in {problem_files} von {files} Beitrag/Beiträgen.",
    },
    "unknown-rule": {
        "en": "unknown rule: {code} (see `smmlint rules`)",
        "de": "unbekannte Regel: {code} (siehe `smmlint rules`)",
    },
    "unknown-rule-hint": {
        "en": "unknown rule: {code}; did you mean {hint}?",
        "de": "unbekannte Regel: {code}; meinten Sie {hint}?",
    },
    "config-error": {
        "en": "{path}:{line}: invalid config: {reason}",
        "de": "{path}:{line}: ungültige Konfiguration: {reason}",
    },
    "config-unreadable": {
        "en": "{path}: invalid config: {reason}",
        "de": "{path}: ungültige Konfiguration: {reason}",
    },
    "fixed": {
        "en": "fixed {path}: {count} change(s)",
        "de": "korrigiert {path}: {count} Änderung(en)",
    },
    "config.config-missing": {"en": "the config file does not exist", "de": "die Konfigurationsdatei gibt es nicht"},
    "config.config-yaml": {"en": "not valid YAML: {detail}", "de": "kein gültiges YAML: {detail}"},
    "config.config-not-mapping": {"en": "the config must be `key: value` settings", "de": "die Konfiguration muss aus `Schlüssel: Wert`-Einstellungen bestehen"},
    "config.config-unreadable": {"en": "cannot read it: {reason}", "de": "nicht lesbar: {reason}"},
    "config.config-toml": {"en": "pyproject.toml is not valid TOML: {reason}", "de": "pyproject.toml ist kein gültiges TOML: {reason}"},
    "config.schema-unknown-key": {"en": "unknown setting `{key}`{hint_text}", "de": "unbekannte Einstellung `{key}`{hint_text}"},
    "config.schema-required": {"en": "`{field}` is missing", "de": "`{field}` fehlt"},
    "config.schema-enum": {"en": "`{key}` is {found}; allowed: {allowed}", "de": "`{key}` ist {found}; erlaubt: {allowed}"},
    "config.schema-type": {"en": "`{key}` must be {expected}, but is {found}", "de": "`{key}` muss {expected} sein, ist aber {found}"},
    "config.schema-pattern": {"en": "`{key}` is {found}; expected {expected}", "de": "`{key}` ist {found}; erwartet: {expected}"},
    "config.schema-invalid": {"en": "`{key}` is {found}; expected {expected}", "de": "`{key}` ist {found}; erwartet: {expected}"},
    "config.schema-empty": {"en": "`{key}` is empty", "de": "`{key}` ist leer"},
    "config.schema-minimum": {"en": "`{key}` must be at least {minimum}", "de": "`{key}` muss mindestens {minimum} sein"},
    "config.bad-timezone": {"en": "`timezone` {value!r} is not a time zone; use a name like Europe/Berlin",
                            "de": "`timezone` {value!r} ist keine Zeitzone; verwenden Sie einen Namen wie Europe/Berlin"},
    "config.bad-value": {"en": "`{key}`: {reason}", "de": "`{key}`: {reason}"},
    "config.unknown-rule": {"en": "`rules`: unknown rule `{key}`{hint_text}", "de": "`rules`: unbekannte Regel `{key}`{hint_text}"},
    "hint": {"en": "; did you mean `{hint}`?", "de": "; meinten Sie `{hint}`?"},
}
