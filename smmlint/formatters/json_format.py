"""A JSON array, one object per finding, sorted by path, line, column, code (cli.md)."""

from __future__ import annotations

import json

from smmlint.api import LintReport
from smmlint.formatters import Context


def render(report: LintReport, context: Context) -> str:
    return json.dumps([problem.as_dict() for problem in report.problems], ensure_ascii=False, indent=2) + "\n"
