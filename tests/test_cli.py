"""The command line: exact output, exit codes, options (cli.md)."""

import json

from tests.conftest import run_cli

GOOD = "---\ntitle: T\nchannel: mastodon\nformat: poll\npublish_at: 2027-01-12T10:00\n---\nText.\n"
BAD = "---\ntitle: T\nchanel: mastodon\nformat: poll\npublish_at: 2027-01-12T10:00\n---\nTODO\n"


def test_text_output_and_exit_1(repo):
    repo.write("a.md", BAD)
    result = repo.check("--select", "FM", "posts/a.md")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "posts/a.md:3:1: FM004 Unknown field `chanel`. Did you mean `channel`? [front-matter-unknown-key]"
    assert lines[1].startswith("posts/a.md:7:1: FM007 ")
    assert lines[-1] == "2 error(s), 0 warning(s), 0 note(s) in 1 of 1 post(s)."


def test_json_output_shape_and_order(repo):
    repo.write("b.md", BAD)
    repo.write("a.md", BAD)
    result = repo.check("--select", "FM", "--format", "json")
    data = json.loads(result.output)
    assert [(d["path"], d["line"], d["code"]) for d in data] == [
        ("posts/a.md", 3, "FM004"), ("posts/a.md", 7, "FM007"), ("posts/b.md", 3, "FM004"), ("posts/b.md", 7, "FM007")]
    assert set(data[0]) == {"path", "line", "column", "code", "name", "severity", "message"}
    assert data[0]["severity"] == "error" and data[0]["name"] == "front-matter-unknown-key"


def test_clean_exit_0_and_summary(repo):
    repo.write("a.md", GOOD)
    result = repo.check("--select", "FM", "posts/a.md")
    assert result.exit_code == 0
    assert result.output == "All good: 1 post(s) checked, no problems.\n"


def test_german_messages(repo):
    repo.write("a.md", BAD)
    result = repo.check("--select", "FM004", "posts/a.md", lang="de")
    assert "Unbekanntes Feld `chanel`. Meinten Sie `channel`?" in result.output
    assert "1 Fehler" in result.output


def test_select_ignore_prefixes_and_names(repo):
    repo.write("a.md", BAD)
    only_fm7 = repo.check("--select", "FM00", "--ignore", "FM004,front-matter-schema", "posts/a.md")
    assert "FM004" not in only_fm7.output and "FM007" in only_fm7.output


def test_warnings_pass_unless_strict_and_info_never_fails(repo):
    repo.write("a.md", GOOD.replace("---\nText", "smmlint: {disable: [FM007]}\n---\nText"))
    assert repo.check("--select", "FM", "posts/a.md").exit_code == 0  # FM008 is info
    assert repo.check("--select", "FM", "--strict", "posts/a.md").exit_code == 0
    (repo.root / "smmlint.yaml").write_text((repo.root / "smmlint.yaml").read_text() + "rules: {FM008: warning}\n")
    assert repo.check("--select", "FM", "posts/a.md").exit_code == 0
    assert repo.check("--select", "FM", "--strict", "posts/a.md").exit_code == 1


def test_config_rules_section_changes_severity_and_turns_off(repo):
    repo.write("a.md", BAD)
    (repo.root / "smmlint.yaml").write_text((repo.root / "smmlint.yaml").read_text() + "rules:\n  FM004: warning\n  placeholder-left: off\n")
    result = repo.check("--select", "FM", "posts/a.md")
    assert result.exit_code == 0 and "FM004" in result.output and "FM007" not in result.output


def test_missing_path_is_exit_2(repo):
    result = repo.check("posts/nope.md")
    assert result.exit_code == 2 and "path does not exist: posts/nope.md" in result.output


def test_empty_folder_says_no_posts_and_exits_0(repo):
    (repo.root / "posts" / "leer").mkdir()
    result = repo.check("posts/leer")
    assert result.exit_code == 0 and "no posts found" in result.output


def test_unknown_rule_is_exit_2_with_hint(repo):
    result = repo.check("--select", "UTM01x")
    assert result.exit_code == 2
    bad = repo.check("--select", "front-matter-mising")
    assert "did you mean front-matter-missing?" in bad.output


def test_invalid_config_is_exit_2_with_key_and_line(repo):
    (repo.root / "smmlint.yaml").write_text("timezone: Europe/Berlin\ntracking:\n  domians: [example.com]\n")
    result = repo.check()
    assert result.exit_code == 2
    assert result.output.strip() == "smmlint: smmlint.yaml:3: invalid config: unknown setting `domians`; did you mean `domains`?"
    (repo.root / "smmlint.yaml").write_text("timezone: Mars/Olympus\n")
    assert "`timezone` 'Mars/Olympus' is not a time zone" in repo.check().output
    (repo.root / "smmlint.yaml").write_text("team:\n  anna: {hours: \"Montag bis Freitag\"}\n")
    result = repo.check()
    assert result.exit_code == 2 and "smmlint.yaml:2:" in result.output and "team.anna.hours" in result.output


def test_config_discovered_upward_and_from_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.smmlint]\nposts = \"inhalt/\"\n")
    (tmp_path / "inhalt" / "tief").mkdir(parents=True)
    (tmp_path / "inhalt" / "a.md").write_text(BAD)
    result = run_cli("check", "--select", "FM004", cwd=tmp_path / "inhalt" / "tief")
    assert result.exit_code == 1 and "FM004" in result.output


def test_explicit_config_option(repo, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text("rules: {FM004: off}\n")
    repo.write("a.md", BAD)
    assert "FM004" not in repo.check("--config", str(other), "--select", "FM", "posts/a.md").output


def test_rules_lists_every_fm_rule_and_explain(repo):
    listing = run_cli("rules", cwd=repo.root)
    for code in ("FM001", "FM002", "FM003", "FM004", "FM005", "FM006", "FM007"):
        assert code in listing.output
    explained = run_cli("explain", "front-matter-unknown-key", cwd=repo.root)
    assert explained.exit_code == 0 and "Why:" in explained.output and "Bad:" in explained.output and "Good:" in explained.output
    assert run_cli("explain", "FM999", cwd=repo.root).exit_code == 2


def test_no_color_without_tty_and_with_no_color(repo, monkeypatch):
    repo.write("a.md", BAD)
    assert "\x1b[" not in repo.check("posts/a.md").output
    from smmlint.cli import use_color
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(False) is False
