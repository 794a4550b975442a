"""Output formats. Each module has `render(report, context) -> str`; imported only when chosen."""

from __future__ import annotations

import importlib
from typing import Callable, NamedTuple, Sequence

from smmlint.rules.base import Rule

FORMATS = ("text", "json", "github", "sarif", "junit", "gitlab")


class Context(NamedTuple):
    lang: str
    color: bool
    quiet: bool
    rules: Sequence[Rule]  # the rules that ran (for SARIF's rule metadata)


def renderer(name: str) -> Callable[..., str]:
    return importlib.import_module(f"smmlint.formatters.{name}_format").render
