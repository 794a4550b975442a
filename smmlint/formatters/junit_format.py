"""JUnit XML: one testcase per post, a failure for each error finding.

CI servers (GitLab, Jenkins, Azure) show each post as a test that passed or failed.
Warnings and notes do not fail a testcase; they are listed in its `system-out`.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from smmlint.api import LintReport
from smmlint.formatters import Context
from smmlint.problem import Problem, Severity

# characters XML 1.0 cannot carry, even escaped
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _line(problem: Problem) -> str:
    return _clean(f"{problem.path}:{problem.line}:{problem.column}: {problem.code} {problem.message} [{problem.name}]")


def render(report: LintReport, context: Context) -> str:
    by_path: dict[str, list[Problem]] = {path: [] for path in report.files}
    for problem in report.problems:
        by_path.setdefault(problem.path, []).append(problem)
    failed = sum(1 for found in by_path.values() if any(p.severity == Severity.ERROR for p in found))
    counts = {"tests": str(len(by_path)), "failures": str(failed), "errors": "0", "skipped": "0"}
    suites = ElementTree.Element("testsuites", {"name": "smmlint", **counts})
    suite = ElementTree.SubElement(suites, "testsuite", {"name": "smmlint check", **counts})
    for path in sorted(by_path):
        case = ElementTree.SubElement(suite, "testcase", {"classname": "smmlint", "name": _clean(path), "file": _clean(path)})
        found = by_path[path]
        for problem in found:
            if problem.severity == Severity.ERROR:
                failure = ElementTree.SubElement(case, "failure", {"type": problem.code, "message": _clean(problem.message)})
                failure.text = _line(problem)
        others = [_line(problem) for problem in found if problem.severity != Severity.ERROR]
        if others:
            ElementTree.SubElement(case, "system-out").text = "\n".join(others)
    ElementTree.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(suites, encoding="unicode") + "\n"
