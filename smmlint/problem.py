"""Findings: what a rule reports (`Hit`) and what the engine makes of it (`Problem`)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping, NamedTuple


class Severity(enum.IntEnum):
    """Ordered so that `max()` gives the worst severity."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.upper()]


class Edit(NamedTuple):
    """Replace `old` at (line, column) with `new`; line and column are 1-based, in characters."""

    line: int
    column: int
    old: str
    new: str


class Hit(NamedTuple):
    """One finding as a rule yields it: a message key of the rule, a place, message arguments."""

    key: str
    line: int = 1
    column: int = 1
    args: Mapping[str, Any] = MappingProxyType({})
    edit: Edit | None = None
    severity: str | None = None  # lowers (never raises) the rule's severity for this finding

    def effective(self, configured: Severity) -> Severity:
        """The configured severity, lowered to this hit's own where it names a milder one."""
        return min(configured, Severity.parse(self.severity)) if self.severity else configured


@dataclass(frozen=True, order=True)
class Problem:
    """One finding as the engine reports it (sorted by path, line, column, code)."""

    path: str
    line: int
    column: int
    code: str
    name: str = field(compare=False)
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    edit: Edit | None = field(default=None, compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.label,
            "message": self.message,
        }
