"""Turn JSON Schema violations into editor-sized issues (field path, what was expected, a hint).

Only called when the ahead-of-time validator (smmlint/compiled/) rejected a document, so the
jsonschema import is paid for invalid documents only.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any, Iterable, Mapping, NamedTuple, Sequence

_TYPE_NAMES = {"string": "text", "integer": "number", "number": "number", "boolean": "true/false",
               "array": "list", "object": "key: value pairs", "null": "nothing"}


class SchemaIssue(NamedTuple):
    """kind: unknown-key | required | enum | type | pattern | empty | minimum | invalid."""

    kind: str
    path: tuple[str | int, ...]
    args: Mapping[str, Any] = MappingProxyType({})

    @property
    def path_text(self) -> str:
        return path_text(self.path)


def path_text(path: Sequence[str | int]) -> str:
    """("media", 1, "alt") -> "media[1].alt"."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def nearest_position(positions: Mapping[str, tuple[int, int]], path: str) -> tuple[int, int] | None:
    """Position of `path`, else of its closest parent that has one."""
    while path:
        if path in positions:
            return positions[path]
        path = re.sub(r"(\.[^.\[\]]+|\[\d+\])$", "", path) if re.search(r"[.\[]", path) else ""
    return None


def type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "key: value pairs"
    return "nothing"


def show(value: Any) -> str:
    """A short rendering of a found value for a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "(empty)"
    if isinstance(value, (dict, list)):
        return type_name(value)
    text = str(value)
    return repr(text[:60] + ("…" if len(text) > 60 else "")) if isinstance(value, str) else text


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The closest choice, for "did you mean"; also catches publish-at -> publish_at."""
    import difflib

    choices = list(choices)
    normalized = word.lower().replace("-", "_").replace(" ", "_")
    for choice in choices:
        if choice.lower() == normalized:
            return choice
    close = difflib.get_close_matches(normalized, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def detailed_issues(schema: Mapping[str, Any], data: Any) -> list[SchemaIssue]:
    """All violations, one issue per problem, sorted by path; best-matching branch for anyOf."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    issues: list[SchemaIssue] = []
    for error in validator.iter_errors(data):
        issues.extend(_issues(error))
    # A mistyped key (`chanel`) is one finding, not also "channel is missing".
    hinted = {path_text((*issue.path[:-1], issue.args["hint"])) for issue in issues
              if issue.kind == "unknown-key" and issue.args.get("hint")}
    unique = {(issue.kind, issue.path, str(sorted(issue.args.items()))): issue for issue in issues
              if not (issue.kind == "required" and issue.args["field"] in hinted)}
    return sorted(unique.values(), key=lambda issue: (path_text(issue.path), issue.kind, str(issue.args)))


def _issues(error: Any) -> list[SchemaIssue]:
    path = tuple(error.absolute_path)
    kind = error.validator
    subschema = error.schema
    if kind == "additionalProperties":
        known = list(subschema.get("properties", {}))
        extra = [key for key in error.instance if key not in known]
        return [SchemaIssue("unknown-key", (*path, key), {"key": key, "hint": suggest(key, known) if known else None})
                for key in extra if isinstance(key, str)]
    if kind == "required":
        missing = [key for key in error.validator_value if key not in error.instance]
        return [SchemaIssue("required", path, {"field": path_text((*path, key))}) for key in missing]
    found = show(error.instance)
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        allowed = [value for value in allowed if isinstance(value, str)]
        hint = suggest(str(error.instance), allowed) if isinstance(error.instance, str) else None
        return [SchemaIssue("enum", path, {"allowed": ", ".join(allowed), "found": found, "hint": hint})]
    if kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, str) else error.validator_value[0]
        return [SchemaIssue("type", path, {"expected": _TYPE_NAMES.get(expected, expected), "found": type_name(error.instance)})]
    if kind == "minLength":
        return [SchemaIssue("empty", path, {})]
    if kind in ("minimum", "exclusiveMinimum"):
        return [SchemaIssue("minimum", path, {"minimum": error.validator_value, "found": found})]
    description = subschema.get("description") or (subschema.get("pattern") if kind == "pattern" else None)
    if kind in ("anyOf", "oneOf") and not description:
        candidates = [sub for sub in error.context if sub.validator != "type"] or list(error.context)
        if candidates:
            return _issues(candidates[0])
    return [SchemaIssue("pattern" if kind == "pattern" else "invalid", path,
                        {"found": found, "expected": description or "a valid value"})]
