"""The CI output formats: github, sarif, junit, gitlab (each checked with a real parser/validator)."""

from __future__ import annotations

import json
import re
import xml.dom.minidom
from urllib.parse import urlsplit
from xml.etree import ElementTree

import jsonschema
import pytest

from smmlint.api import LintReport
from smmlint.formatters import Context, renderer
from smmlint.problem import Problem, Severity
from smmlint.rules import REGISTRY
from tests.conftest import PROJECT

SARIF_SCHEMA = PROJECT.parent / "shared" / "reference" / "sarif-schema-2.1.0.json"

CLEAN = "---\ntitle: T\nchannel: mastodon\nformat: poll\npublish_at: 2027-01-12T10:00\n---\nText.\n"
# FM004 (error) at 3:1, FM007 (error) at 7:1, FM008 (info) at 6:1
FAULTY = ("---\ntitle: T\nchanel: mastodon\nformat: poll\npublish_at: 2027-01-12T10:00\n"
          "smmlint: {disable: [FM005]}\n---\nTODO\n")

TRICKY = [
    Problem("posts/a,b: c.md", 3, 1, "FM004", "front-matter-unknown-key", Severity.ERROR, "100% sure:\r\nline two, yes"),
    Problem("posts/a,b: c.md", 5, 7, "FM008", "suppression-reason-missing", Severity.WARNING, "warn <&> \"quoted\""),
    Problem("posts/ü ber.md", 1, 1, "FM008", "suppression-reason-missing", Severity.INFO, "note\x00\x1b[31m"),
]


def tricky_report() -> LintReport:
    return LintReport(problems=sorted(TRICKY), files=["posts/a,b: c.md", "posts/clean.md", "posts/ü ber.md"])


def render(name: str, report: LintReport, lang: str = "en") -> str:
    return renderer(name)(report, Context(lang, False, False, REGISTRY))


def run_format(repo, name: str, *args: str):
    repo.write("clean.md", CLEAN)
    repo.write("faulty.md", FAULTY)
    return repo.check("--select", "FM", "--format", name, *args)


# ---- github ---------------------------------------------------------------------------------
# https://docs.github.com/actions/reference/workflow-commands-for-github-actions
COMMAND = re.compile(r"^::(error|warning|notice) file=([^,:\r\n]*),line=(\d+),col=(\d+),title=([^,:\r\n]*)::([^\r\n]*)$")


def unescape_property(text: str) -> str:
    return (text.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r")
            .replace("%25", "%"))


def unescape_data(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def test_github_lines_follow_the_workflow_command_syntax_and_round_trip():
    out = render("github", tricky_report())
    assert out.endswith("\n")
    lines = out.splitlines()
    assert len(lines) == 3
    parsed = [COMMAND.match(line) for line in lines]
    assert all(parsed), lines
    commands = [(m.group(1), unescape_property(m.group(2)), int(m.group(3)), int(m.group(4)),
                 unescape_property(m.group(5)), unescape_data(m.group(6))) for m in parsed]
    assert commands == [(
        {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}[p.severity],
        p.path, p.line, p.column, p.code, p.message) for p in sorted(TRICKY)]
    assert "file=posts/a%2Cb%3A c.md" in lines[0]
    assert lines[0].endswith("::100%25 sure:%0D%0Aline two, yes")  # ':' and ',' stay in data


def test_github_from_the_cli(repo):
    result = run_format(repo, "github")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "::error file=posts/faulty.md,line=3,col=1,title=FM004::Unknown field `chanel`. Did you mean `channel`?"
    assert [COMMAND.match(line).group(1, 3, 5) for line in lines] == [
        ("error", "3", "FM004"), ("notice", "6", "FM008"), ("error", "8", "FM007")]


def test_github_clean_prints_nothing(repo):
    repo.write("clean.md", CLEAN)
    result = repo.check("--select", "FM", "--format", "github")
    assert result.exit_code == 0 and result.output == ""


# ---- sarif ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)


def test_sarif_validates_against_the_2_1_0_schema(sarif_validator):
    document = json.loads(render("sarif", tricky_report()))
    errors = sorted(sarif_validator.iter_errors(document), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]
    # the validator is not lenient: a result without message must fail
    del document["runs"][0]["results"][0]["message"]
    assert list(sarif_validator.iter_errors(document))


def test_sarif_results_and_rule_metadata(sarif_validator):
    document = json.loads(render("sarif", tricky_report()))
    assert document["version"] == "2.1.0"
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "smmlint"
    assert [rule["id"] for rule in rules] == [rule.code for rule in REGISTRY]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("FM004", "error"), ("FM008", "warning"), ("FM008", "note")]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    first = results[0]
    assert first["message"]["text"] == "100% sure:\r\nline two, yes"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "posts/a%2Cb%3A%20c.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 3, "startColumn": 1}
    assert results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "posts/%C3%BC%20ber.md"


def test_sarif_help_links_to_each_rules_section_in_docs():
    document = json.loads(render("sarif", tricky_report()))
    from smmlint.generate import rules_markdown  # what docs/rules.md holds (a test keeps it fresh)

    headings = set(re.findall(r"^### (\S+)$", rules_markdown(), re.M))
    for rule in document["runs"][0]["tool"]["driver"]["rules"]:
        assert rule["helpUri"].endswith(f"/docs/rules.md#{rule['id'].lower()}")
        assert urlsplit(rule["helpUri"]).scheme == "https"  # an absolute URI (jsonschema skips format "uri" without rfc3987)
        assert rule["id"] in headings
        assert rule["help"]["text"] and rule["shortDescription"]["text"]
        assert "Bad:" in rule["help"]["markdown"] and "Good:" in rule["help"]["markdown"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")


def test_sarif_from_the_cli_names_only_the_rules_that_ran(repo, sarif_validator):
    result = run_format(repo, "sarif", "--lang", "de")
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert not list(sarif_validator.iter_errors(document))
    run = document["runs"][0]
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} == {r.code for r in REGISTRY if r.code.startswith("FM")}
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in run["results"]] == [
        ("FM004", 3), ("FM008", 6), ("FM007", 8)]
    assert run["results"][0]["message"]["text"].startswith("Unbekanntes Feld")


# ---- junit ----------------------------------------------------------------------------------
def test_junit_one_testcase_per_post_failures_for_errors():
    out = render("junit", tricky_report())
    xml.dom.minidom.parseString(out.encode("utf-8"))  # expat: well-formed, control characters removed
    root = ElementTree.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == ["posts/a,b: c.md", "posts/clean.md", "posts/ü ber.md"]
    assert suite.get("tests") == "3" and suite.get("failures") == "1" and root.get("failures") == "1"
    failures = cases[0].findall("failure")
    assert [(f.get("type"), f.get("message")) for f in failures] == [("FM004", "100% sure:\r\nline two, yes")]
    assert "warn <&> \"quoted\"" in cases[0].find("system-out").text
    assert cases[1].find("failure") is None and cases[1].find("system-out") is None
    assert cases[2].find("failure") is None  # info never fails
    assert "\x00" not in cases[2].find("system-out").text and "\x1b" not in out


def test_junit_from_the_cli(repo):
    result = run_format(repo, "junit")
    assert result.exit_code == 1
    root = ElementTree.fromstring(result.output.encode("utf-8"))
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"posts/clean.md", "posts/faulty.md"}
    assert [f.get("type") for f in cases["posts/faulty.md"].findall("failure")] == ["FM004", "FM007"]
    assert cases["posts/clean.md"].find("failure") is None


# ---- gitlab ---------------------------------------------------------------------------------
def test_gitlab_code_quality_fields():
    issues = json.loads(render("gitlab", tricky_report()))
    assert len(issues) == 3
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert isinstance(issue["location"]["lines"]["begin"], int)
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
    assert [(i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("FM004", "major", "posts/a,b: c.md", 3), ("FM008", "minor", "posts/a,b: c.md", 5), ("FM008", "info", "posts/ü ber.md", 1)]
    assert len({i["fingerprint"] for i in issues}) == 3


def test_gitlab_fingerprint_survives_a_line_inserted_above_and_tells_twins_apart():
    before = Problem("posts/x.md", 7, 1, "FM007", "placeholder-left", Severity.ERROR, "Placeholder TODO")
    moved = Problem("posts/x.md", 9, 1, "FM007", "placeholder-left", Severity.ERROR, "Placeholder TODO")
    twin = Problem("posts/x.md", 12, 1, "FM007", "placeholder-left", Severity.ERROR, "Placeholder TODO")
    one = json.loads(render("gitlab", LintReport([before], ["posts/x.md"])))
    two = json.loads(render("gitlab", LintReport([moved, twin], ["posts/x.md"])))
    assert one[0]["fingerprint"] == two[0]["fingerprint"]
    assert two[0]["fingerprint"] != two[1]["fingerprint"]


def test_gitlab_from_the_cli(repo):
    result = run_format(repo, "gitlab")
    assert result.exit_code == 1
    issues = json.loads(result.output)
    assert [(i["check_name"], i["severity"], i["location"]) for i in issues] == [
        ("FM004", "major", {"path": "posts/faulty.md", "lines": {"begin": 3}}),
        ("FM008", "info", {"path": "posts/faulty.md", "lines": {"begin": 6}}),
        ("FM007", "major", {"path": "posts/faulty.md", "lines": {"begin": 8}})]


# ---- all formats ----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["github", "sarif", "junit", "gitlab"])
def test_output_is_deterministic_and_clean_runs_exit_0(repo, name):
    first = run_format(repo, name)
    second = run_format(repo, name)
    assert first.output == second.output and first.exit_code == 1
    (repo.root / "posts" / "faulty.md").unlink()
    assert repo.check("--select", "FM", "--format", name).exit_code == 0


@pytest.mark.parametrize("name", ["github", "sarif", "junit", "gitlab"])
def test_formats_never_import_heavy_modules_on_the_check_path(name, tmp_path):
    import subprocess
    import sys

    code = (f"import sys; from smmlint.formatters import renderer; renderer({name!r}); "
            "print(sorted(m for m in ('jsonschema', 'icalendar', 'regex', 'emoji') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.strip() == "[]"


def test_format_docs_show_each_format():
    docs = (PROJECT / "docs" / "ci.md").read_text("utf-8")
    for name in ("github", "sarif", "junit", "gitlab"):
        assert f"--format {name}" in docs
    assert "::error file=" in docs and '"version": "2.1.0"' in docs and "<testsuites" in docs and '"check_name"' in docs
