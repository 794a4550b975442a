"""`path:line:col: CODE message [name]`, then a summary line; colour only when asked."""

from __future__ import annotations

from smmlint.api import LintReport
from smmlint.formatters import Context
from smmlint.messages import TOOL, render as translate, shown
from smmlint.problem import Severity

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_RESET, _BOLD = "\x1b[0m", "\x1b[1m"


def render(report: LintReport, context: Context) -> str:
    lines = []
    for problem in report.problems:
        code = f"{_COLORS[problem.severity]}{problem.code}{_RESET}" if context.color else problem.code
        place = f"{_BOLD}{shown(problem.path)}{_RESET}" if context.color else shown(problem.path)
        lines.append(f"{place}:{problem.line}:{problem.column}: {code} {problem.message} [{problem.name}]")
    if not context.quiet:
        if report.problems:
            lines.append(translate(TOOL, "summary", context.lang, {
                "errors": report.count(Severity.ERROR), "warnings": report.count(Severity.WARNING),
                "infos": report.count(Severity.INFO), "problem_files": len({p.path for p in report.problems}),
                "files": len(report.files)}))
        elif report.files:
            lines.append(translate(TOOL, "summary-clean", context.lang, {"files": len(report.files)}))
    return "\n".join(lines) + ("\n" if lines else "")
