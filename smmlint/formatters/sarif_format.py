"""SARIF 2.1.0 (the format GitHub code scanning and most IDE viewers read).

One run: `tool.driver.rules` describes every rule that ran (summary, why, a link to its
section in docs/rules.md), `results` holds one entry per finding with ruleId, level and
the place (path relative to the repository root, 1-based line and column in code points).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote

from smmlint import __version__
from smmlint.api import LintReport
from smmlint.formatters import Context
from smmlint.messages import render as translate
from smmlint.problem import Problem, Severity
from smmlint.rules.base import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
PROJECT_URL = "https://github.com/smmlint/smmlint"
RULES_DOC_URL = f"{PROJECT_URL}/blob/main/docs/rules.md"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def help_uri(code: str) -> str:
    """The rule's section in docs/rules.md (GitHub's anchor for `### CODE`)."""
    return f"{RULES_DOC_URL}#{code.lower()}"


def artifact_location(path: str) -> dict[str, str]:
    """A relative path becomes a URI reference against the checkout (%SRCROOT%); an absolute one a file URI."""
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def rule_descriptor(rule: Rule, lang: str) -> dict[str, Any]:
    summary = translate(rule.messages, "summary", lang)
    why = rule.doc.why or summary
    markdown = f"{why}\n\nBad:\n\n```markdown\n{rule.doc.bad.rstrip()}\n```\n\nGood:\n\n```markdown\n{rule.doc.good.rstrip()}\n```\n"
    if rule.doc.options:
        markdown += f"\nOptions: {rule.doc.options}\n"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": why},
        "help": {"text": f"{why}\n\nMore: smmlint explain {rule.code}", "markdown": markdown},
        "helpUri": help_uri(rule.code),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.family]},
    }


def _rules(context: Context, problems: Iterable[Problem]) -> list[Rule]:
    """The rules that ran, plus any rule a finding names that is not among them (registry order)."""
    rules = list(context.rules)
    known = {rule.code for rule in rules}
    missing = {problem.code for problem in problems} - known
    if missing:
        from smmlint.rules import all_rules

        rules += [rule for rule in all_rules() if rule.code in missing]
    return rules


def result(problem: Problem, index: int | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"ruleId": problem.code}
    if index is not None:
        entry["ruleIndex"] = index
    entry.update({
        "level": LEVELS[problem.severity],
        "message": {"text": problem.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact_location(problem.path),
            "region": {"startLine": problem.line, "startColumn": problem.column},
        }}],
    })
    return entry


def render(report: LintReport, context: Context) -> str:
    rules = _rules(context, report.problems)
    index = {rule.code: number for number, rule in enumerate(rules)}
    document = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "smmlint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": PROJECT_URL,
                "rules": [rule_descriptor(rule, context.lang) for rule in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [result(problem, index.get(problem.code)) for problem in report.problems],
        }],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
