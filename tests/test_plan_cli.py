"""`smmlint plan`: findings in every output format of `check`, then the week view (text only),
exit codes as `check`. RHY009 depends on the real clock here, so tests that compare whole
outputs leave it out (--ignore RHY009) or use posts long past."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PROJECT, run_cli
from tests.test_rhythm import post


def plan(repo, *args: str, lang: str = "en"):
    return run_cli("plan", "--lang", lang, *args, cwd=repo.root)


def small_plan(repo):
    repo.write("a.md", post("2027-01-12T09:00", "poll"))
    repo.write("b.md", post("2027-01-12T13:00", "meme"))
    repo.write("c.md", post("2027-01-12T17:00", "digest"))
    repo.write("d.md", post("2027-01-25T10:00", "guide", "x"))
    repo.write("e.md", post("2027-01-25T11:00", "guide", "x", status="draft"))


EXPECTED_EN = """\
posts/c.md:5:1: RHY002 3rd mastodon post on Tue 12 Jan (max 2 per day; before it: a.md (09:00), b.md (13:00)): move it to another day, e.g. Wed 13 Jan. [too-many-per-day]
posts/d.md:5:1: RHY004 No interactive post on x in week 4 (Mon 25 Jan – Sun 31 Jan 2027): make one of this week's posts a poll, quiz, ama or product-ideas (or give it a `thread` next step), or add one. [no-interactive-in-week]
posts/d.md:5:1: RHY005 No digest post on x in week 4 (Mon 25 Jan – Sun 31 Jan 2027): `rhythm.weekly_required` asks for one every week; add one to this week. [weekly-format-missing]
1 error(s), 2 warning(s), 0 note(s) in 2 of 5 post(s).

Plan: 4 post(s) on 2 channel(s), Tue 12 Jan – Mon 25 Jan 2027

Week 2 (Mon 11 Jan – Sun 17 Jan 2027)
            Mo  Tu  We  Th  Fr  Sa  Su
  mastodon  ·   LLM ·   ·   ·   ·   ·    3 post(s)
    Tue 12 Jan  09:00  poll    low     interactive
    Tue 12 Jan  13:00  meme    low
    Tue 12 Jan  17:00  digest  medium  digest  ! RHY002
  x         ·   ·   ·   ·   ·   ·   ·    no posts

Week 3 (Mon 18 Jan – Sun 24 Jan 2027): no posts

Week 4 (Mon 25 Jan – Sun 31 Jan 2027)
            Mo  Tu  We  Th  Fr  Sa  Su
  mastodon  ·   ·   ·   ·   ·   ·   ·    no posts
  x         H   ·   ·   ·   ·   ·   ·    1 post(s) · missing: interactive, digest
    Mon 25 Jan  10:00  guide   high  ! RHY004 RHY005

Strip: one letter per post that day, its load H high, M medium, L low (? unknown); · no post. ! a finding above (code).
Not in the plan: 1 draft(s).
"""


def test_text_output_findings_then_week_view(repo):
    small_plan(repo)
    result = plan(repo, "--ignore", "RHY009")
    assert result.exit_code == 1
    assert result.output == EXPECTED_EN


def test_german_week_view(repo):
    small_plan(repo)
    result = plan(repo, "--ignore", "RHY009", lang="de")
    lines = result.output.splitlines()
    assert "KW 2 (Mo 11. Jan. – So 17. Jan. 2027)" in lines
    assert "            Mo  Di  Mi  Do  Fr  Sa  So" in lines
    assert "  mastodon  ·   NNM ·   ·   ·   ·   ·    3 Beitrag/Beiträge" in lines
    assert "    Di 12. Jan.  17:00  digest  mittel   digest  ! RHY002" in lines
    assert "  x         H   ·   ·   ·   ·   ·   ·    1 Beitrag/Beiträge · fehlt: interaktiv, digest" in lines
    assert "KW 3 (Mo 18. Jan. – So 24. Jan. 2027): keine Beiträge" in lines
    assert lines[-1] == "Nicht im Plan: 1 Entwurf/Entwürfe."


def test_quiet_and_json_have_no_week_view(repo):
    small_plan(repo)
    quiet = plan(repo, "--ignore", "RHY009", "--quiet")
    assert quiet.exit_code == 1
    assert quiet.output == "".join(EXPECTED_EN.splitlines(keepends=True)[:3])
    as_json = plan(repo, "--ignore", "RHY009", "--format", "json")
    data = json.loads(as_json.output)
    assert [(d["path"], d["line"], d["code"], d["severity"]) for d in data] == [
        ("posts/c.md", 5, "RHY002", "error"), ("posts/d.md", 5, "RHY004", "warning"), ("posts/d.md", 5, "RHY005", "warning")]
    assert as_json.exit_code == 1


@pytest.mark.parametrize("output_format", ["github", "sarif", "junit", "gitlab"])
def test_every_output_format_of_check(repo, output_format):
    from smmlint.formatters import FORMATS

    if output_format not in FORMATS:
        pytest.skip(f"{output_format} is not an output format")
    small_plan(repo)
    result = plan(repo, "--ignore", "RHY009", "--format", output_format)
    assert result.exit_code == 1
    assert "RHY002" in result.output and "Week 2" not in result.output


def test_exit_codes_warnings_strict_and_clean(repo):
    repo.write("a.md", post("2027-01-11T10:00", "guide"))
    repo.write("b.md", post("2027-01-12T10:00", "guide"))  # RHY001 (warning) and no digest (RHY005)
    assert plan(repo, "--ignore", "RHY009").exit_code == 0
    assert plan(repo, "--ignore", "RHY009", "--strict").exit_code == 1
    clean = plan(repo, "--select", "RHY002,RHY008")
    assert clean.exit_code == 0 and clean.output.startswith("All good: 2 post(s) checked, no problems.\n\nPlan: 2 post(s)")


def test_suppression_in_front_matter(repo):
    small_plan(repo)
    repo.write("c.md", post("2027-01-12T17:00", "digest", extra="smmlint: {disable: [too-many-per-day], reason: Aktionstag}\n"))
    result = plan(repo, "--select", "RHY002")
    assert result.exit_code == 0 and "RHY002" not in result.output


def test_past_post_uses_the_real_clock(repo):
    repo.write("a.md", post("2020-03-02T10:00", "poll", status="approved"))
    repo.write("b.md", post("2020-03-03T10:00", "poll", status="published"))
    result = plan(repo, "--select", "RHY009", "--format", "json")
    assert [(d["path"], d["code"]) for d in json.loads(result.output)] == [("posts/a.md", "RHY009")]
    assert "Mon 2 Mar 2020 10:00" in json.loads(result.output)[0]["message"]


def test_paths_missing_path_and_empty_folder(repo):
    small_plan(repo)
    only = plan(repo, "--ignore", "RHY009", "--format", "json", "posts/a.md", "posts/b.md", "posts/c.md")
    assert [d["code"] for d in json.loads(only.output)] == ["RHY002"]
    missing = plan(repo, "posts/nope.md")
    assert missing.exit_code == 2 and "path does not exist: posts/nope.md" in missing.output
    (repo.root / "posts" / "leer").mkdir()
    empty = plan(repo, "posts/leer")
    assert empty.exit_code == 0 and "no posts found" in empty.output


def test_broken_posts_are_left_out_not_a_crash(repo):
    repo.write("a.md", post("2027-01-12T09:00", "poll"))
    repo.write("kaputt.md", "---\ntitle: [kaputt\n---\nText\n")
    repo.write("ohne-zeit.md", post("2027-01-12", "poll"))
    result = plan(repo, "--ignore", "RHY009")
    assert result.exit_code == 0
    assert "Not in the plan: 2 without a valid channel or publish_at (see smmlint check)." in result.output


def test_config_rules_and_selectors_of_the_other_command(repo):
    """`rules:` may name per-post and schedule rules; each command runs its own."""
    repo.write("a.md", post("2027-01-11T10:00", "guide"))
    repo.write("b.md", post("2027-01-12T10:00", "guide"))
    config = repo.root / "smmlint.yaml"
    config.write_text(config.read_text() + "rules: {A11Y008: off, RHY001: error}\n")
    result = plan(repo, "--select", "RHY001")
    assert result.exit_code == 1 and "posts/b.md:5:1: RHY001 " in result.output
    assert plan(repo, "--select", "FM").exit_code == 0  # only per-post rules selected: no schedule rule runs
    checked = repo.check("--select", "RHY", "posts/a.md")
    assert checked.exit_code == 0 and "RHY" not in checked.output
    config.write_text(config.read_text().replace("RHY001: error", "RHY0001: error"))
    assert plan(repo).exit_code == 2 and repo.check().exit_code == 2
    assert plan(repo, "--select", "RHYX").exit_code == 2


def test_bundled_posts_plan_clean_with_week_view():
    result = run_cli("plan", "--lang", "en", "--ignore", "RHY009", cwd=PROJECT)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "All good: 44 post(s) checked, no problems."
    assert "Plan: 44 post(s) on 4 channel(s), Mon 11 Jan – Fri 29 Jan 2027" in lines
    for week in ("Week 2 (Mon 11 Jan – Sun 17 Jan 2027)", "Week 3 (Mon 18 Jan – Sun 24 Jan 2027)",
                 "Week 4 (Mon 25 Jan – Sun 31 Jan 2027)"):
        assert week in lines
    assert "  instagram  H   ·   L   ·   M   ·   ·    3 post(s)" in lines
    assert any(line.startswith("    Fri 15 Jan  11:00  digest") and line.endswith("digest") for line in lines)
    assert "missing:" not in result.output and "!" not in result.output.replace("! a finding", "")
    # with the real clock the bundled posts may be past: that is a warning, never a failure
    assert run_cli("plan", cwd=PROJECT).exit_code == 0


def test_help_has_an_example():
    result = run_cli("plan", "--help", cwd=PROJECT)
    assert result.exit_code == 0 and "smmlint plan --lang de" in result.output


def test_week_view_collapses_empty_weeks_and_names_years(repo):
    repo.write("a.md", post("2026-12-29T10:00", "poll"))  # ISO week 53 of 2026, ends in 2027
    repo.write("b.md", post("2207-01-12T10:00", "poll"))  # a typo year: one line, not 9,000 weeks
    result = plan(repo, "--select", "RHY004")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "Week 53 (Mon 28 Dec 2026 – Sun 3 Jan 2027)" in lines
    assert "Plan: 2 post(s) on 1 channel(s), Tue 29 Dec 2026 – Mon 12 Jan 2207" in lines
    assert "Weeks 1/2027–2/2207 (Mon 4 Jan 2027 – Sun 11 Jan 2207): no posts" in lines
    assert "Week 3 (Mon 12 Jan – Sun 18 Jan 2207)" in lines
    assert len(lines) < 25


def test_times_at_the_ends_of_the_calendar_are_left_out_not_a_crash(repo):
    repo.write("a.md", post("0001-01-01T00:30", "poll"))  # before year 1 in UTC
    repo.write("b.md", post("9999-12-31T23:30", "poll"))
    repo.write("c.md", post("2027-01-12T10:00", "poll"))
    result = plan(repo, "--ignore", "RHY009")
    assert result.exit_code == 0
    assert "Plan: 1 post(s) on 1 channel(s)" in result.output
    assert "Not in the plan: 2 without a valid channel or publish_at (see smmlint check)." in result.output
