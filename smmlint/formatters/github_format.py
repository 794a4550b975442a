"""GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=CODE::message` per finding.

Errors become `::error`, warnings `::warning`, info `::notice`; GitHub shows them as annotations
on the pull request's changed lines. Escaping follows the Actions toolkit (`command.ts`):
`%`, CR and LF in the message; additionally `:` and `,` in property values.
"""

from __future__ import annotations

from smmlint.api import LintReport
from smmlint.formatters import Context
from smmlint.problem import Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (the part after `::`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (`file=`, `title=`): data escaping plus `:` and `,`."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: LintReport, context: Context) -> str:
    lines = []
    for problem in report.problems:
        properties = ",".join(f"{key}={escape_property(str(value))}" for key, value in (
            ("file", problem.path), ("line", problem.line), ("col", problem.column), ("title", problem.code)))
        lines.append(f"::{COMMANDS[problem.severity]} {properties}::{escape_data(problem.message)}")
    return "".join(line + "\n" for line in lines)
