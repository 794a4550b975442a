"""GitLab Code Quality report (a JSON array of issues), shown in merge request widgets.

Each issue: description, check_name (the rule code), fingerprint, severity, location.path and
location.lines.begin. The fingerprint is a hash of path, code, message and how many identical
findings came before it in that file, but not the line: a post edited above a finding keeps the
finding's fingerprint, so GitLab does not report it as fixed and new again.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from smmlint.api import LintReport
from smmlint.formatters import Context
from smmlint.problem import Problem, Severity

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def fingerprint(problem: Problem, occurrence: int) -> str:
    key = "\0".join((problem.path, problem.code, problem.message, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def render(report: LintReport, context: Context) -> str:
    seen: dict[tuple[str, str, str], int] = {}
    issues: list[dict[str, Any]] = []
    for problem in report.problems:
        key = (problem.path, problem.code, problem.message)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        issues.append({
            "type": "issue",
            "description": f"{problem.code} {problem.message}",
            "check_name": problem.code,
            "categories": ["Style"],
            "fingerprint": fingerprint(problem, occurrence),
            "severity": SEVERITIES[problem.severity],
            "location": {"path": problem.path, "lines": {"begin": problem.line}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
