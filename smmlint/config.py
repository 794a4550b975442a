"""Find, load and validate the configuration (smmlint.yaml, .smmlint.yaml or [tool.smmlint])."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Mapping

from smmlint import yamlload

CONFIG_NAMES = ("smmlint.yaml", ".smmlint.yaml")

DEFAULT_FORMAT_LOAD: Mapping[str, str] = {
    **dict.fromkeys(("meme", "gif", "quote", "poll", "quiz", "behind-the-scenes", "ugc", "hero-of-the-week"), "low"),
    **dict.fromkeys(("announcement", "digest", "ama", "event", "story", "myth-fact", "retro", "product-ideas"), "medium"),
    **dict.fromkeys(("guide", "how-it-works", "carousel", "feature", "video", "analysis", "case-study"), "high"),
}
DEFAULT_INTERACTIVE_FORMATS = ("poll", "quiz", "ama", "product-ideas")

DEFAULTS: Mapping[str, Any] = {
    "timezone": "Europe/Berlin",
    "language": "de",
    "messages": None,
    "posts": "posts/",
    "max_file_size": 1024 * 1024,
    "team": {},
    "sla": {"max_response": "2h", "default_response": "2h"},
    "tracking": {"domains": [], "required": ["utm_source", "utm_medium", "utm_campaign"], "medium": "social"},
    "safety": {
        "blocked_words": None,
        "sensitive_topics": {
            "suizid": {
                "keywords": ["suizid", "selbstmord", "suizidgedanken", "suicide", "suicidal"],
                "help": "TelefonSeelsorge 0800 111 0 111",
            }
        },
    },
    "community_rules_url": None,
    "rhythm": {
        "max_posts_per_day": {"default": 2},
        "min_gap": "3h",
        "max_high_load_in_a_row": 1,
        "max_same_format_in_a_row": 2,
        "weekly_required": ["interactive", "digest"],
        "max_silence_days": 4,
        "max_posts_per_owner_per_day": 4,
    },
    "channels": {},
    "formats": {},
    "interactive_formats": list(DEFAULT_INTERACTIVE_FORMATS),
    "a11y": {"chapters_after": 180, "alt_info_above": 250},
    "calendar": {"duration": "30m", "name": None},
    "rules": {},
}


class ConfigError(Exception):
    """An invalid configuration: exit 2 with the file, the line and what was expected."""

    def __init__(self, path: Path | None, line: int | None, field: str, message_key: str, **args: Any) -> None:
        super().__init__(f"{path}:{line}: {field}: {message_key} {args}")
        self.path, self.line, self.field, self.message_key, self.args_ = path, line, field, message_key, args


@dataclass(frozen=True)
class Config:
    """The merged configuration; `root` is the content repo's root (where the config lives)."""

    root: Path
    path: Path | None = None
    data: Mapping[str, Any] = field(default_factory=lambda: copy.deepcopy(DEFAULTS))
    positions: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    @cached_property
    def tz(self) -> Any:
        from zoneinfo import ZoneInfo

        return ZoneInfo(self.data["timezone"])

    @cached_property
    def format_loads(self) -> Mapping[str, str]:
        return {**DEFAULT_FORMAT_LOAD, **self.data["formats"]}

    @cached_property
    def memo(self) -> dict[str, Any]:
        """A per-run memo for data rules derive from files the config names (e.g. word lists)."""
        return {}

    @property
    def posts_dir(self) -> Path:
        return self.root / self.data["posts"]

    def line_of(self, key_path: str) -> int | None:
        while key_path:
            if key_path in self.positions:
                return self.positions[key_path][0]
            key_path = key_path.rpartition(".")[0]
        return None


def find_config(start: Path) -> Path | None:
    """The first smmlint.yaml, .smmlint.yaml or pyproject.toml with [tool.smmlint], upward from start."""
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.smmlint" in _read(pyproject):
            return pyproject
    return None


def load_config(explicit: Path | None = None, cwd: Path | None = None) -> Config:
    """Load the config given with --config, else the discovered one, else the defaults."""
    cwd = cwd or Path.cwd()
    path = explicit if explicit is not None else find_config(cwd)
    if path is None:
        return Config(root=cwd)
    if not path.is_file():
        raise ConfigError(path, None, "", "config-missing")
    text = _read(path)
    if path.name == "pyproject.toml":
        data, positions = _load_pyproject(path, text)
    else:
        try:
            document = yamlload.load(text)
        except yamlload.YamlProblem as problem:
            detail = problem.args_.get("reason") or problem.kind.replace("-", " ")
            raise ConfigError(path, problem.line, "", "config-yaml", detail=detail) from None
        data = {} if document.data is None else document.data
        positions = document.positions
    if not isinstance(data, dict):
        raise ConfigError(path, 1, "", "config-not-mapping")
    _validate(path, data, positions)
    merged = _merge(DEFAULTS, data)
    config = Config(root=path.parent.resolve(), path=path, data=merged, positions=positions)
    _check_meaning(config)
    return config


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(path, None, "", "config-unreadable", reason=getattr(error, "strerror", None) or "not UTF-8 text") from None


def _load_pyproject(path: Path, text: str) -> tuple[dict, dict]:
    import tomllib

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, None, "", "config-toml", reason=str(error)) from None
    section = document.get("tool", {}).get("smmlint", {})
    header = next((number for number, line in enumerate(text.splitlines(), 1) if line.strip().startswith("[tool.smmlint")), 1)
    return section, {key: (header, 1) for key in section}


def _validate(path: Path, data: dict, positions: Mapping[str, tuple[int, int]]) -> None:
    from smmlint.compiled import config_schema
    from smmlint.schema import detailed_issues

    try:
        config_schema.validate(data)
        return
    except config_schema.JsonSchemaValueException:
        pass
    issue = detailed_issues(config_schema.SCHEMA, data)[0]
    line = _line(positions, issue.path_text)
    raise ConfigError(path, line, issue.path_text, "schema-" + issue.kind, **{"key": issue.path_text, **issue.args})


def _line(positions: Mapping[str, tuple[int, int]], key_path: str) -> int | None:
    while key_path:
        if key_path in positions:
            return positions[key_path][0]
        key_path = key_path.rpartition(".")[0].rpartition("[")[0] if key_path.endswith("]") else key_path.rpartition(".")[0]
    return None


def _check_meaning(config: Config) -> None:
    """What a schema cannot say: a real timezone, parseable hours, absences and durations."""
    from smmlint import hours

    def fail(key: str, message_key: str, **args: Any) -> None:
        raise ConfigError(config.path, config.line_of(key), key, message_key, **args)

    try:
        config.tz
    except Exception:  # zoneinfo raises several types for a bad name
        fail("timezone", "bad-timezone", value=config["timezone"])
    for owner, member in config["team"].items():
        for key, parse in (("hours", hours.parse_hours), ("absent", hours.parse_absences)):
            if member.get(key) is not None:
                try:
                    parse(member[key])
                except ValueError as error:
                    fail(f"team.{owner}.{key}", "bad-value", reason=str(error))
    if config["channels"]:  # limits per channel: the fields and values channels.py knows
        from smmlint.channels import channel_limits

        for name in config["channels"]:
            try:
                channel_limits(str(name), config["channels"])
            except ValueError as error:
                fail(f"channels.{name}", "bad-value", reason=str(error).removeprefix(f"channels.{name}: "))
    for section, key in (("sla", "max_response"), ("sla", "default_response"), ("rhythm", "min_gap"), ("calendar", "duration")):
        try:
            hours.parse_response(config[section][key])
        except ValueError as error:
            fail(f"{section}.{key}", "bad-value", reason=str(error))


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Deep merge of mappings; values of `override` win; lists are replaced."""
    merged = copy.deepcopy(dict(base))
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged
