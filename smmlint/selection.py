"""Which rules run, at which severity: --select/--ignore (codes, prefixes, names) and the
config's `rules:` section (code or name: error | warning | info | off)."""

from __future__ import annotations

from typing import Iterable, Mapping, NamedTuple, Sequence

from smmlint.problem import Severity
from smmlint.rules.base import Rule


class UnknownRule(Exception):
    def __init__(self, selector: str, hint: str | None) -> None:
        super().__init__(selector)
        self.selector, self.hint = selector, hint


def matches(rule: Rule, selector: str) -> bool:
    selector = selector.strip()
    return bool(selector) and (rule.code.startswith(selector.upper()) or selector in (rule.name, *rule.aliases))


class Selection(NamedTuple):
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    overrides: Mapping[str, str | bool] = None  # type: ignore[assignment]

    def active(self, rules: Sequence[Rule]) -> list[tuple[Rule, Severity]]:
        """The rules to run with their effective severity. Raises UnknownRule for a bad selector."""
        overrides = dict(self.overrides or {})
        for selector in (*self.select, *self.ignore, *overrides):
            if not any(matches(rule, selector) for rule in rules):
                raise UnknownRule(selector, _suggest(selector, rules))
        chosen = []
        for rule in rules:
            if self.select and not any(matches(rule, s) for s in self.select):
                continue
            if any(matches(rule, s) for s in self.ignore):
                continue
            severity = rule.severity
            for selector, value in overrides.items():
                if matches(rule, selector):
                    severity = None if value in (False, "off") else Severity.parse(str(value))
            if severity is not None:
                chosen.append((rule, severity))
        return chosen


def split_codes(values: Iterable[str]) -> tuple[str, ...]:
    """`--select A11Y,UTM001 --select FM` -> ("A11Y", "UTM001", "FM")."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _suggest(selector: str, rules: Sequence[Rule]) -> str | None:
    from smmlint.schema import suggest

    return suggest(selector, [rule.code for rule in rules] + [rule.name for rule in rules])
