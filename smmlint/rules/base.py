"""The rule contract: a rule is a small function plus plain metadata (see design.md).

    @rule("CTA001", "next-step-missing", "error", messages={"summary": {...}, "missing": {...}})
    def next_step_missing(post):
        '''Why: ...  Bad: <post>  Good: <post>  Options: ...'''
        if "next_step" not in post.front:
            yield Hit("missing", *post.position("title"))

The engine, not the rule, adds code, name, severity and the translated message. Every catalog
holds a "summary" (one line for `smmlint rules`) and one entry per message key, each in "en"
and "de". The docstring holds Why / Bad / Good / Options; a meta-test runs Bad and Good.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Callable, Iterable, Mapping

from smmlint.messages import Catalog
from smmlint.problem import Hit, Severity

FAMILIES = {
    "FM": "the file and its front matter",
    "CTA": "the next step",
    "AD": "advertising and partnership labelling",
    "A11Y": "accessibility",
    "SLA": "who answers, and when",
    "UTM": "tracking the way to guides and FAQ",
    "SAFE": "tone, community rules and safety",
    "PLAT": "platform limits",
    "RHY": "the planner's rhythm rules (smmlint plan)",
}


def family_title(family: str) -> str:
    return FAMILIES.get(family, family)


@dataclass(frozen=True)
class RuleDoc:
    why: str
    bad: str
    good: str
    options: str


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    check: Callable[[Any], Iterable[Hit]] = field(repr=False)
    messages: Catalog = field(repr=False)
    scope: str = "post"  # "file": runs even on a broken front matter; "post"; "schedule" (planner)
    aliases: tuple[str, ...] = ()

    @property
    def doc(self) -> RuleDoc:
        """Why / Bad / Good / Options from the check's docstring (parsed when asked: `explain`,
        the docs, SARIF; parsing every rule's at start-up would cost ~6 ms)."""
        return parse_doc(self.check.__doc__ or "")

    @property
    def family(self) -> str:
        return re.match(r"[A-Z0-9]*?[A-Z]+(?=\d{3}$)", self.code).group(0)  # "A11Y001" -> "A11Y"

    @property
    def summary(self) -> str:
        return self.messages["summary"]["en"]


def rule(code: str, name: str, severity: str, *, messages: Catalog, scope: str = "post",
         aliases: Iterable[str] = ()) -> Callable[[Callable[..., Iterable[Hit]]], Rule]:
    """Decorator turning a check function into a registered-ready `Rule`."""

    def wrap(check: Callable[..., Iterable[Hit]]) -> Rule:
        return Rule(code, name, Severity.parse(severity), check, messages, scope, tuple(aliases))

    return wrap


_SECTION = re.compile(r"^(Why|Bad|Good|Options):[ \t]*", re.M)


@cache
def parse_doc(docstring: str) -> RuleDoc:
    """Split a docstring into its Why / Bad / Good / Options sections (examples dedented)."""
    text = textwrap.dedent("\n".join(docstring.splitlines()[1:])) if "\n" in docstring else docstring
    text = (docstring.splitlines()[0].strip() + "\n" + text) if docstring else ""
    parts: dict[str, str] = {}
    matches = list(_SECTION.finditer(text))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        parts[match.group(1).lower()] = text[match.end():end]
    example = lambda key: textwrap.dedent(parts.get(key, "").strip("\n")).strip("\n") + "\n"  # noqa: E731
    return RuleDoc(" ".join(parts.get("why", "").split()), example("bad"), example("good"),
                   " ".join(parts.get("options", "").split()))


def position_args(position: tuple[int, int]) -> Mapping[str, int]:
    return {"line": position[0], "column": position[1]}
