"""The one explicit registry of rules, in catalogue order (rules.md)."""

from __future__ import annotations

from smmlint.rules import a11y, ad, cta, front_matter, platform, safety, sla, utm
from smmlint.rules.base import Rule

REGISTRY: tuple[Rule, ...] = (
    *front_matter.RULES,
    *cta.RULES,
    *ad.RULES,
    *a11y.RULES,
    *sla.RULES,
    *utm.RULES,
    *safety.RULES,
    *platform.RULES,
)


def schedule_rules() -> tuple[Rule, ...]:
    """The planner's rules (imported only by commands that plan)."""
    from smmlint.planner.rhythm import RULES

    return RULES


def all_rules() -> tuple[Rule, ...]:
    """Every rule, per-post and schedule, for `rules`, `explain` and the docs."""
    return REGISTRY + schedule_rules()
