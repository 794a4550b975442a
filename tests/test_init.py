"""`smmlint init`: a content repo's files, never overwritten, and the first steps of a new user."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import PNG, PROJECT, run_cli
from smmlint.config import DEFAULTS, load_config

CI_TEMPLATES = PROJECT / "smmlint" / "templates" / "ci"
INIT_TEMPLATES = PROJECT / "smmlint" / "templates" / "init"
WRITTEN = ["smmlint.yaml", ".pre-commit-config.yaml", ".github/workflows/smmlint.yml"]


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    root = tmp_path / "inhalte"
    root.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    return root


def test_init_writes_the_files_and_check_passes_right_after(empty):
    result = run_cli("init", "--lang", "en", cwd=empty)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:4] == ["wrote smmlint.yaml", "created folder posts/", "wrote .pre-commit-config.yaml",
                                              "wrote .github/workflows/smmlint.yml"]
    assert "Next: list your team under `team:` in smmlint.yaml" in result.stdout
    for name in WRITTEN:
        assert (empty / name).is_file()
    assert (empty / "posts" / ".gitkeep").is_file()  # git keeps the folder for the next clone
    assert (empty / ".github" / "workflows" / "smmlint.yml").read_bytes() == (CI_TEMPLATES / "github-workflow.yml").read_bytes()
    check = run_cli("check", cwd=empty)
    assert check.exit_code == 0, check.output
    assert check.stderr == "no posts found in posts/\n"
    assert run_cli("plan", cwd=empty).exit_code == 0


def test_init_in_german(empty):
    result = run_cli("init", "--lang", "de", cwd=empty)
    assert result.stdout.splitlines()[:4] == ["angelegt: smmlint.yaml", "Ordner angelegt: posts/", "angelegt: .pre-commit-config.yaml",
                                              "angelegt: .github/workflows/smmlint.yml"]
    assert "Weiter: Tragen Sie Ihr Team unter `team:` in smmlint.yaml ein" in result.stdout
    assert "# Das Team: jede `sla.owner`-Kennung" in (empty / "smmlint.yaml").read_text("utf-8")
    assert "Einmal pro Klon einrichten" in (empty / ".pre-commit-config.yaml").read_text("utf-8")
    check = run_cli("check", cwd=empty)
    assert check.exit_code == 0 and check.stderr == "keine Beiträge gefunden in posts/\n"  # messages: de


def test_init_never_overwrites_and_says_so(empty):
    run_cli("init", "--lang", "en", cwd=empty)
    (empty / "smmlint.yaml").write_text((empty / "smmlint.yaml").read_text("utf-8") + "# unsere Änderung\n", "utf-8")
    (empty / "posts" / "a.md").write_text("---\ntitle: x\n---\n", "utf-8")
    before = {name: (empty / name).read_bytes() for name in WRITTEN}
    again = run_cli("init", "--lang", "en", cwd=empty)
    assert again.exit_code == 0
    assert again.stdout.splitlines()[:4] == [
        "skipped smmlint.yaml: it exists already (--force overwrites it)", "kept posts/: it exists already",
        "skipped .pre-commit-config.yaml: it exists already (--force overwrites it)",
        "skipped .github/workflows/smmlint.yml: it exists already (--force overwrites it)"]
    assert {name: (empty / name).read_bytes() for name in WRITTEN} == before
    german = run_cli("init", "--lang", "de", cwd=empty)
    assert "übersprungen: smmlint.yaml gibt es schon (--force überschreibt)" in german.stdout
    forced = run_cli("init", "--lang", "en", "--force", cwd=empty)
    assert "overwrote smmlint.yaml (--force)" in forced.stdout
    assert "# unsere Änderung" not in (empty / "smmlint.yaml").read_text("utf-8")
    assert (empty / "posts" / "a.md").read_text("utf-8") == "---\ntitle: x\n---\n"  # posts are never touched


def test_an_existing_config_of_another_form_is_kept_and_its_posts_folder_used(empty):
    (empty / ".smmlint.yaml").write_text("posts: beitraege/\n", "utf-8")
    result = run_cli("init", "--lang", "en", cwd=empty)
    assert "kept .smmlint.yaml: it exists already" in result.stdout
    assert "created folder beitraege/" in result.stdout
    assert not (empty / "smmlint.yaml").exists() and (empty / "beitraege").is_dir()
    assert run_cli("check", cwd=empty).exit_code == 0


def test_pyproject_config_is_kept(empty):
    (empty / "pyproject.toml").write_text('[tool.smmlint]\nlanguage = "en"\n', "utf-8")
    result = run_cli("init", "--lang", "en", "--ci", "none", cwd=empty)
    assert "kept pyproject.toml" in result.stdout and not (empty / "smmlint.yaml").exists()
    assert not (empty / ".github").exists()


def test_init_into_a_new_folder_and_gitlab(tmp_path):
    result = run_cli("init", "neu", "--lang", "en", "--ci", "gitlab", cwd=tmp_path)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "created folder neu"
    assert "wrote neu/.gitlab-ci.yml" in result.stdout
    assert (tmp_path / "neu" / ".gitlab-ci.yml").read_bytes() == (CI_TEMPLATES / "gitlab-ci.yml").read_bytes()
    assert not (tmp_path / "neu" / ".github").exists()


def test_init_on_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "datei").write_text("x", "utf-8")
    result = run_cli("init", "datei", "--lang", "en", cwd=tmp_path)
    assert result.exit_code == 2 and "'datei' is a file" in result.stderr
    from smmlint.scaffold import ScaffoldError, init_repo

    with pytest.raises(ScaffoldError) as error:
        init_repo(tmp_path / "datei", "en")
    assert error.value.key == "not-a-folder"


def test_hooks_repo_default_and_option(empty, tmp_path):
    from pre_commit.clientlib import load_config as load_pre_commit_config, load_manifest

    run_cli("init", "--lang", "en", cwd=empty)
    config = load_pre_commit_config(str(empty / ".pre-commit-config.yaml"))  # valid for pre-commit itself
    [repo] = config["repos"]
    assert (repo["repo"], repo["rev"]) == ("https://github.com/smmlint/smmlint", "v0.1.0")
    manifest = [hook["id"] for hook in load_manifest(str(PROJECT / ".pre-commit-hooks.yaml"))]
    assert [hook["id"] for hook in repo["hooks"]] == manifest == ["smmlint", "smmlint-calendar"]
    documented = (PROJECT / "docs" / "ci.md").read_text("utf-8")
    assert "repo: https://github.com/smmlint/smmlint\n    rev: v0.1.0\n" in documented

    other = tmp_path / "other"
    run_cli("init", str(other), "--lang", "de", "--hooks-repo", PROJECT.as_uri(), "--hooks-rev", "abc123", cwd=tmp_path)
    [repo] = yaml.safe_load((other / ".pre-commit-config.yaml").read_text("utf-8"))["repos"]
    assert (repo["repo"], repo["rev"]) == (PROJECT.as_uri(), "abc123")


# ---- the commented smmlint.yaml ---------------------------------------------------------------
def schema_options(schema: dict, prefix: str = "") -> list[str]:
    """Every option the config schema names (top level and nested `properties`)."""
    names = []
    for key, value in schema.get("properties", {}).items():
        names.append(prefix + key)
        names.extend(schema_options(value, prefix + key + "."))
    return names


@pytest.mark.parametrize("lang", ["de", "en"])
def test_config_template_explains_every_option_and_keeps_the_defaults(lang):
    import json

    path = INIT_TEMPLATES / f"smmlint.{lang}.yaml"
    text = path.read_text("utf-8")
    schema = json.loads((PROJECT / "schemas" / "config.schema.json").read_text("utf-8"))
    missing = [name for name in schema_options(schema) if not re.search(rf"(?m)^[ #]*{re.escape(name.split('.')[-1])}:", text)]
    assert missing == []
    config = load_config(path)
    assert config["team"] and all(member.get("hours") for member in config["team"].values())
    assert config["messages"] == lang and config["language"] == "de"  # German-speaking team defaults
    for key, value in DEFAULTS.items():
        if key not in ("team", "messages"):
            assert config[key] == value, key  # what the file says is what smmlint does anyway
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if re.match(r"\w+:", line):  # each top-level setting comes right after its explanation
            assert lines[number - 1].startswith("#"), line


def test_both_config_templates_hold_the_same_settings():
    data = {lang: yaml.safe_load((INIT_TEMPLATES / f"smmlint.{lang}.yaml").read_text("utf-8")) for lang in ("de", "en")}
    assert {key: value for key, value in data["de"].items() if key != "messages"} == \
           {key: value for key, value in data["en"].items() if key != "messages"}


# ---- slow: a new user with the real git and pre-commit ---------------------------------------
GIT_IDENTITY = {"GIT_AUTHOR_NAME": "Redaktion", "GIT_AUTHOR_EMAIL": "redaktion@example.com",
                "GIT_COMMITTER_NAME": "Redaktion", "GIT_COMMITTER_EMAIL": "redaktion@example.com"}


@pytest.fixture
def sandbox(tmp_path: Path) -> dict[str, str]:
    """HOME, PRE_COMMIT_HOME and every cache in tmp; git without the user's config."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("GIT_", "PRE_COMMIT", "VIRTUAL_ENV", "PYTHONPATH"))}
    env.update({
        "HOME": str(tmp_path / "home"), "PRE_COMMIT_HOME": str(tmp_path / "pre-commit"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"), "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
        "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]), **GIT_IDENTITY,
    })
    (tmp_path / "home").mkdir()
    return env


def sh(root: Path, env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(list(args), cwd=root, env=env, capture_output=True, text=True, timeout=900)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed:\n{result.stdout}\n{result.stderr}")
    return result


def snapshot_of_this_checkout(target: Path, env: dict[str, str]) -> str:
    """This project (Path(__file__).parents[1]) as pre-commit clones it: the files on disk,
    committed in tmp (so uncommitted work is tested and nothing is written into the project)."""
    listed = sh(PROJECT, env, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").stdout.split("\0")
    for name in filter(None, listed):
        if (PROJECT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(PROJECT / name, target / name)
    sh(target, env, "git", "init", "-q", "-b", "main")
    sh(target, env, "git", "add", "-A")
    sh(target, env, "git", "commit", "-q", "-m", "snapshot")
    return sh(target, env, "git", "rev-parse", "HEAD").stdout.strip()


def commit(root: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    """`git commit`; when only the calendar hook changed its feeds (it is a fixer), stage them and retry once."""
    result = sh(root, env, "git", "commit", "-m", message, check=False)
    output = result.stdout + result.stderr  # git shows hook output on stderr
    only_calendar_failed = "- hook id: smmlint-calendar" in output and "- hook id: smmlint\n" not in output
    if result.returncode != 0 and only_calendar_failed:
        sh(root, env, "git", "add", "calendar")
        result = sh(root, env, "git", "commit", "-m", message, check=False)
    return result


@pytest.mark.slow
def test_new_user_init_new_commit_blocked_until_filled(tmp_path, sandbox):
    hooks = tmp_path / "smmlint-hooks"
    rev = snapshot_of_this_checkout(hooks, sandbox)
    root = tmp_path / "inhalte"
    root.mkdir()
    smmlint = (sys.executable, "-m", "smmlint")
    sh(root, sandbox, "git", "init", "-q", "-b", "main")
    init = sh(root, sandbox, *smmlint, "init", "--lang", "de", "--hooks-repo", hooks.as_uri(), "--hooks-rev", rev)
    assert "angelegt: .pre-commit-config.yaml" in init.stdout
    sh(root, sandbox, sys.executable, "-m", "pre_commit", "install")
    sh(root, sandbox, "git", "add", "-A")
    first = commit(root, sandbox, "Einrichtung")
    assert first.returncode == 0, first.stdout + first.stderr

    post = "posts/2027-01-11-mythos.md"
    new = sh(root, sandbox, *smmlint, "new", "myth-fact", post)
    assert f"angelegt: {post} aus der Vorlage myth-fact" in new.stdout
    sh(root, sandbox, "git", "add", post)
    blocked = commit(root, sandbox, "Mythos Passwörter")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert re.search(r"^smmlint \(check staged posts\)\.+Failed$", output, re.M), output
    findings = [line for line in output.splitlines() if line.startswith(post + ":")]
    assert findings and all(" FM007 Platzhalter " in line for line in findings), output
    assert sh(root, sandbox, "git", "log", "--format=%s").stdout.split() == ["Einrichtung"]

    text = (root / post).read_text("utf-8")
    assert "  owner: redaktion\n" in text and "publish_at: 2027-01-11T10:00" in text  # from the config and the file name
    filled = text.replace("<Thema>", "Passwörter wechseln")
    filled = re.sub(r"media/<[^<>\n]*>\.png", "media/passwort.png", filled)
    filled = re.sub(r'"<Bildbeschreibung Karte (\d)[^"]*>"', r'"Karte \1 mit dem Satz: Passwörter alle 90 Tage wechseln?"', filled)
    filled = filled.replace("<Der Mythos in einem Satz>", "Passwörter muss man alle 90 Tage wechseln.")
    filled = filled.replace("<Warum so viele das glauben, in einem Satz>", "Viele Firmen haben es jahrelang so verlangt.")
    filled = filled.replace("<Was wirklich stimmt, in ein bis zwei Sätzen, mit Quelle>",
                            "Ohne Anlass zu wechseln führt zu schwächeren Passwörtern (BSI, 2020).")
    filled = filled.replace("<Was du jetzt konkret tun kannst>", "Nutze einen Passwortmanager und lange Passwörter.")
    filled = filled.replace("#<Hashtag>", "#ITSicherheit")
    assert "<" not in filled.split("\n---\n", 1)[1]
    (root / post).write_text(filled, "utf-8")
    (root / "posts" / "media").mkdir()
    (root / "posts" / "media" / "passwort.png").write_bytes(PNG)
    sh(root, sandbox, "git", "add", "posts")
    passed = commit(root, sandbox, "Mythos Passwörter")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"^smmlint \(check staged posts\)\.+Passed$", passed.stdout + passed.stderr, re.M), passed.stderr
    assert sh(root, sandbox, "git", "log", "--format=%s").stdout.splitlines() == ["Mythos Passwörter", "Einrichtung"]
    assert sh(root, sandbox, *smmlint, "check").returncode == 0
