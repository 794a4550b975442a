"""The pre-commit hooks and the CI recipes, with the real pre-commit and git in tmp.

The slow tests install the hooks the way a content repository gets them: pre-commit
clones a git repository of this project (a snapshot of the working tree, committed in
tmp, so uncommitted work is tested too and nothing is written into the project) and
pip-installs it into its own virtualenv (`language: python`; needs PyPI or a mirror).
HOME, PRE_COMMIT_HOME and the XDG folders point into tmp, so nothing outside is touched;
the pip and virtualenv caches are shared by the tests of this module to keep it quick.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from smmlint.config import load_config
from smmlint.pathfilter import posts_only
from tests.conftest import PROJECT, make_content_repo, run_cli

TEMPLATES = PROJECT / "smmlint" / "templates" / "ci"
HOOK_IDS = ["smmlint", "smmlint-calendar"]

GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Redaktion", "GIT_AUTHOR_EMAIL": "redaktion@example.com",
    "GIT_COMMITTER_NAME": "Redaktion", "GIT_COMMITTER_EMAIL": "redaktion@example.com",
}


# ---- fast: the hook definitions and recipes ---------------------------------------------------
def test_manifest_is_valid_for_pre_commit():
    from pre_commit.clientlib import load_manifest

    hooks = {hook["id"]: hook for hook in load_manifest(str(PROJECT / ".pre-commit-hooks.yaml"))}
    assert list(hooks) == HOOK_IDS
    assert all(hook["language"] == "python" for hook in hooks.values())
    assert hooks["smmlint"]["entry"] == "smmlint check --posts-only" and hooks["smmlint"]["pass_filenames"]
    assert hooks["smmlint"]["types"] == ["markdown"]
    assert hooks["smmlint-calendar"]["entry"] == "smmlint calendar --exit-non-zero-on-change -o calendar/"
    assert not hooks["smmlint-calendar"]["pass_filenames"]
    calendar_files = re.compile(hooks["smmlint-calendar"]["files"])
    assert all(calendar_files.search(name) for name in ("posts/a.md", "smmlint.yaml", "sub/.smmlint.yaml", "pyproject.toml"))
    assert not any(calendar_files.search(name) for name in ("calendar/all.ics", "posts/media/bild.png", "smmlint.yaml.bak"))
    for hook in hooks.values():  # the entries use real commands and options
        assert_valid_command(shlex.split(hook["entry"])[1:])


def assert_valid_command(words: list[str]) -> None:
    """Parse `smmlint WORDS` with the real CLI without running it; fails on an unknown command or option."""
    import click

    from smmlint.cli import main

    command = main.get_command(click.Context(main), words[0])
    assert command is not None, f"no command {words[0]!r}"
    command.make_context(words[0], [re.sub(r"\$\w+|\$\{\w+\}", "x", word) for word in words[1:]])


def test_own_config_runs_both_hooks_locally():
    from pre_commit.clientlib import load_config as load_pc_config, load_manifest

    config = load_pc_config(str(PROJECT / ".pre-commit-config.yaml"))
    [repo] = config["repos"]
    assert repo["repo"] == "local"
    manifest = {hook["id"]: hook for hook in load_manifest(str(PROJECT / ".pre-commit-hooks.yaml"))}
    assert [hook["id"] for hook in repo["hooks"]] == HOOK_IDS
    for hook in repo["hooks"]:
        assert hook["entry"] == manifest[hook["id"]]["entry"]  # the same command as content repos get


def fenced_yaml(text: str, after: str) -> str:
    """The first ```yaml block after the line `after`."""
    return re.search(r"```yaml\n(.*?)```", text[text.index(after):], re.S).group(1)


@pytest.mark.parametrize("doc, heading", [("README.md", "## Use it as a pre-commit hook / in CI"),
                                          ("docs/ci.md", "## pre-commit")])
def test_documented_hook_config_is_valid_and_names_our_hooks(doc, heading):
    import cfgv
    from pre_commit.clientlib import CONFIG_SCHEMA

    data = yaml.safe_load(fenced_yaml((PROJECT / doc).read_text("utf-8"), heading))
    cfgv.validate(data, CONFIG_SCHEMA)
    [repo] = data["repos"]
    assert [hook["id"] for hook in repo["hooks"]] == HOOK_IDS and repo["rev"]


def test_docs_include_the_ci_templates_byte_for_byte():
    docs = (PROJECT / "docs" / "ci.md").read_bytes()
    for name in ("github-workflow.yml", "gitlab-ci.yml"):
        template = (TEMPLATES / name).read_bytes()
        assert b"```yaml\n" + template + b"```\n" in docs, name


def smmlint_commands(text: str) -> list[list[str]]:
    """Every `smmlint …` command line in a CI file, without redirections and `|| …`."""
    commands = []
    for line in text.splitlines():
        line = line.split("#", 1)[0] if not line.lstrip().startswith("- uses") else ""
        match = re.search(r"(?:^|\brun: |^\s*-\s+|^\s+)smmlint (.*)$", line)
        if match:
            words = shlex.split(match.group(1).split("||")[0].split(">")[0])
            commands.append(words)
    return commands


@pytest.mark.parametrize("name", ["github-workflow.yml", "gitlab-ci.yml"])
def test_ci_templates_are_yaml_and_use_only_real_options(name):
    text = (TEMPLATES / name).read_text("utf-8")
    assert yaml.safe_load(text)
    commands = smmlint_commands(text)
    assert {words[0] for words in commands} >= {"check", "plan", "calendar"}
    for words in commands:
        assert_valid_command(words)


def test_github_template_checks_changed_posts_with_annotations_and_uploads_sarif():
    workflow = yaml.safe_load((TEMPLATES / "github-workflow.yml").read_text("utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    assert '--changed-since "origin/$BASE" --format github' in runs
    assert "--format sarif" in runs and any("upload-sarif" in step.get("uses", "") for step in steps)
    assert steps[0]["with"]["fetch-depth"] == 0
    assert workflow["jobs"]["calendar"]["needs"] == "check"


def test_gitlab_template_reports_code_quality_and_junit():
    pipeline = yaml.safe_load((TEMPLATES / "gitlab-ci.yml").read_text("utf-8"))
    job = pipeline["smmlint"]
    assert job["artifacts"]["reports"] == {"codequality": "gl-code-quality-report.json", "junit": "smmlint-junit.xml"}
    script = "\n".join(job["script"])
    assert '--changed-since "$CI_MERGE_REQUEST_DIFF_BASE_SHA"' in script
    assert pipeline["variables"]["GIT_DEPTH"] == "0"
    assert pipeline["pages"]["artifacts"]["paths"] == ["public"]


# ---- fast: --posts-only, what the hook lints --------------------------------------------------
def test_posts_only_keeps_posts_and_drops_other_markdown(repo):
    root = repo.root
    post = repo.write("2027/a.md", "x")
    for name in ("README.md", "docs/anleitung.md", "posts/.entwurf/b.md", "posts/.c.md", "posts/notiz.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", "utf-8")
    config = load_config(root / "smmlint.yaml")
    given = [root / "README.md", root / "docs/anleitung.md", post, root / "posts/.entwurf/b.md",
             root / "posts/.c.md", root / "posts/notiz.txt", root / "posts/fehlt.md"]
    assert posts_only(given, config) == [post, root / "posts/fehlt.md"]  # missing: reported by check
    assert posts_only([root], config) == [config.posts_dir]
    assert posts_only([root / "docs"], config) == []


def test_posts_only_follows_the_configured_posts_folder(tmp_path):
    root = make_content_repo(tmp_path / "c", config="posts: inhalte/\n")
    (root / "inhalte").mkdir()
    post = root / "inhalte" / "a.md"
    post.write_text("x", "utf-8")
    (root / "posts" / "b.md").write_text("x", "utf-8")
    config = load_config(root / "smmlint.yaml")
    assert posts_only([post, root / "posts" / "b.md"], config) == [post]


def test_check_posts_only_from_the_cli(repo):
    (repo.root / "README.md").write_text("# Unsere Inhalte\n\nTODO\n", "utf-8")
    plain = run_cli("check", "--lang", "en", "--select", "FM", "README.md", cwd=repo.root)
    assert plain.exit_code == 1 and "FM001" in plain.output  # without the flag README is linted
    result = run_cli("check", "--lang", "en", "--select", "FM", "--posts-only", "README.md", cwd=repo.root)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "no posts found in README.md\n"
    repo.write("a.md", "---\ntitle: T\n---\nTODO\n")
    result = run_cli("check", "--lang", "en", "--select", "FM", "--posts-only", "README.md", "posts/a.md", cwd=repo.root)
    assert result.exit_code == 1 and "posts/a.md:4:1: FM007" in result.output and "README" not in result.output


# ---- fast: the calendar hook's command fails when it changed something -----------------------
CALENDAR_POST = ("---\nid: umfrage\ntitle: Umfrage\nchannel: mastodon\nformat: poll\npublish_at: 2027-01-13T10:00\n"
                 "status: scheduled\nnext_step: {type: poll, prompt: Stimmen Sie ab}\nsla: {owner: anna}\n---\n"
                 "Nutzen Sie Passkeys? Stimmen Sie ab\n")


def test_calendar_hook_command_fails_until_the_feeds_are_written_and_staged(repo):
    env = {**os.environ, **GIT_IDENTITY, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    root = repo.root
    repo.write("2027/01/umfrage.md", CALENDAR_POST)
    git(root, env, "init", "-q", "-b", "main")
    git(root, env, "add", "-A")
    git(root, env, "commit", "-q", "-m", "Beitrag")
    hook = ("calendar", "--exit-non-zero-on-change", "-o", "calendar/", "--lang", "en")

    wrote = run_cli(*hook, cwd=root)
    assert wrote.exit_code == 1 and (root / "calendar" / "all.ics").is_file()
    again = run_cli(*hook, cwd=root)  # nothing to write, but the new feeds are not in git yet
    assert again.exit_code == 1 and "not in git yet: calendar/all.ics (git add it and commit again)" in again.stderr
    git(root, env, "add", "calendar")
    assert run_cli(*hook, cwd=root).exit_code == 0
    assert run_cli("calendar", "-o", "calendar/", cwd=root).exit_code == 0

    repo.write("2027/01/umfrage.md", CALENDAR_POST.replace("10:00", "11:00"))
    moved = run_cli(*hook, cwd=root)
    assert moved.exit_code == 1 and b"DTSTART:20270113T100000Z" in (root / "calendar" / "all.ics").read_bytes()
    assert run_cli(*hook, cwd=root).exit_code == 0  # written and tracked: pre-commit sees the diff itself
    german = run_cli("calendar", "--exit-non-zero-on-change", "-o", "neu/", "--lang", "de", cwd=root)
    assert german.exit_code == 1 and "noch nicht in Git: neu/all.ics" in german.stderr


# ---- slow: the real pre-commit ---------------------------------------------------------------
@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> dict[str, str]:
    """Environment for pre-commit and git with HOME and every cache in tmp."""
    base = tmp_path_factory.mktemp("precommit-home")
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("GIT_", "PRE_COMMIT", "VIRTUAL_ENV", "PYTHONPATH"))}
    env.update({
        "HOME": str(base / "home"), "PRE_COMMIT_HOME": str(base / "pre-commit"),
        "XDG_CACHE_HOME": str(base / "cache"), "XDG_CONFIG_HOME": str(base / "config"),
        "XDG_DATA_HOME": str(base / "data"), "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
        "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
        **GIT_IDENTITY,
    })
    (base / "home").mkdir()
    return env


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, sandbox) -> Path:
    """This project as a content repository would clone it: the files on disk, committed."""
    snapshot = tmp_path_factory.mktemp("hook-repo") / "smmlint"
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=PROJECT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = PROJECT / name
        if source.is_file():
            (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, snapshot / name)
    git(snapshot, sandbox, "init", "-q", "-b", "main")
    git(snapshot, sandbox, "add", "-A")
    git(snapshot, sandbox, "commit", "-q", "-m", "snapshot")
    return snapshot


def git(root: Path, env: dict[str, str], *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True).stdout.strip()


def run(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=root, env=env, capture_output=True, text=True, timeout=900)


def pre_commit(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run(root, env, sys.executable, "-m", "pre_commit", *args)


def clean_post() -> str:
    """A bundled example post without media: passes every rule with the project's config."""
    for path in sorted((PROJECT / "posts").rglob("*.md")):
        text = path.read_text("utf-8")
        if "media:" not in text:
            return text
    raise AssertionError("no bundled post without media")


def without_next_step(text: str) -> str:
    faulty = re.sub(r"^next_step:.*\n(?:[ \t]+.*\n)*", "", text, count=1, flags=re.M)
    assert faulty != text
    return faulty


def content_repo(root: Path, env: dict[str, str]) -> Path:
    """A content repository like the example one: its config and word list, no posts yet."""
    root.mkdir(parents=True)
    shutil.copy2(PROJECT / "smmlint.yaml", root / "smmlint.yaml")
    shutil.copytree(PROJECT / "wordlists", root / "wordlists")
    (root / "posts").mkdir()
    git(root, env, "init", "-q", "-b", "main")
    return root


def stage(root: Path, env: dict[str, str], files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    git(root, env, "add", *files)


NOT_POSTS = {"README.md": "# Unsere Inhalte\n\nTODO: Liste der Kanäle\n",
             "docs/anleitung.md": "# Anleitung\n\nSo schreiben Sie einen Beitrag.\n"}


def hook_config(hook_repo: Path, env: dict[str, str]) -> str:
    """The README's .pre-commit-config.yaml, pointing at the snapshot of this project."""
    config = fenced_yaml((PROJECT / "README.md").read_text("utf-8"), "## Use it as a pre-commit hook / in CI")
    config = re.sub(r"repo: \S+", f"repo: {hook_repo.as_uri()}", config)
    return re.sub(r"rev: \S+", "rev: " + git(hook_repo, env, "rev-parse", "HEAD"), config)


@pytest.mark.slow
def test_try_repo_fails_on_a_staged_faulty_post_and_reports_nothing_else(tmp_path, sandbox, hook_repo):
    root = content_repo(tmp_path / "inhalte", sandbox)
    stage(root, sandbox, {"posts/2027/01/gut.md": clean_post(), "posts/2027/01/ohne-schritt.md": without_next_step(clean_post()),
                          **NOT_POSTS})
    result = pre_commit(root, sandbox, "try-repo", str(hook_repo), "smmlint")
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"^smmlint \(check staged posts\)\.+Failed$", result.stdout, re.M)
    findings = [line for line in result.stdout.splitlines() if re.match(r"\S+:\d+:\d+: ", line)]
    assert findings and all(line.startswith("posts/2027/01/ohne-schritt.md:") for line in findings), result.stdout
    assert any(" CTA001 " in line for line in findings)
    assert "in 1 of 2 post(s)" in result.stdout  # the clean post was checked, README.md and docs/ were not


@pytest.mark.slow
def test_hook_passes_a_clean_post_and_ignores_readme_and_docs(tmp_path, sandbox, hook_repo):
    root = content_repo(tmp_path / "inhalte", sandbox)
    stage(root, sandbox, {".pre-commit-config.yaml": hook_config(hook_repo, sandbox),
                          "posts/2027/01/gut.md": clean_post(), **NOT_POSTS})
    result = pre_commit(root, sandbox, "run", "smmlint", "--verbose")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^smmlint \(check staged posts\)\.+Passed$", result.stdout, re.M), result.stdout
    assert "All good: 1 post(s) checked, no problems." in result.stdout

    stage(root, sandbox, {"README.md": "# Unsere Inhalte\n\nTODO\n"})
    git(root, sandbox, "rm", "-q", "--cached", "posts/2027/01/gut.md")
    only_docs = pre_commit(root, sandbox, "run", "smmlint", "--verbose")
    assert only_docs.returncode == 0, only_docs.stdout + only_docs.stderr
    assert "FM001" not in only_docs.stdout and "no posts found in README.md, docs/anleitung.md" in only_docs.stdout


@pytest.mark.slow
def test_new_user_commit_is_blocked_until_the_post_has_a_next_step(tmp_path, sandbox, hook_repo):
    """An editor follows the README: hook config, `pre-commit install`, commit a post."""
    root = content_repo(tmp_path / "inhalte", sandbox)
    stage(root, sandbox, {".pre-commit-config.yaml": hook_config(hook_repo, sandbox), "README.md": NOT_POSTS["README.md"]})
    assert pre_commit(root, sandbox, "install").returncode == 0
    first = run(root, sandbox, "git", "commit", "-m", "Einrichtung")
    assert first.returncode == 0, first.stdout + first.stderr  # README.md is not a post

    post = "posts/2027/01/umfrage.md"
    stage(root, sandbox, {post: without_next_step(clean_post())})
    blocked = run(root, sandbox, "git", "commit", "-m", "Neuer Beitrag")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert f"{post}:" in output and "CTA001 The post has no next step." in output and "[next-step-missing]" in output
    assert git(root, sandbox, "log", "--format=%s") == "Einrichtung"

    stage(root, sandbox, {post: clean_post()})
    feeds = run(root, sandbox, "git", "commit", "-m", "Neuer Beitrag")
    assert feeds.returncode != 0  # the post passes now, but the calendar hook wrote the feeds: stage them
    assert re.search(r"^smmlint \(check staged posts\)\.+Passed$", feeds.stderr + feeds.stdout, re.M)
    assert re.search(r"^smmlint calendar \(regenerate the feeds\)\.+Failed$", feeds.stderr + feeds.stdout, re.M)
    assert "not in git yet: calendar/all.ics" in feeds.stderr + feeds.stdout
    git(root, sandbox, "add", "calendar")
    committed = run(root, sandbox, "git", "commit", "-m", "Neuer Beitrag")
    assert committed.returncode == 0, committed.stdout + committed.stderr
    assert git(root, sandbox, "log", "--format=%s") == "Neuer Beitrag\nEinrichtung"
    assert "calendar/all.ics" in git(root, sandbox, "ls-files", "calendar")
    # the feed committed before the commit existed is the feed CI builds afterwards
    assert run_cli("calendar", "--check", "-o", "calendar/", cwd=root).exit_code == 0

    # the hook's environment is a real (non-editable) install: the CI templates ship as package data
    installed = list(Path(sandbox["PRE_COMMIT_HOME"]).glob("repo*/py_env-*/lib/python*/site-packages/smmlint/templates/ci"))
    assert installed and {p.name for p in installed[0].iterdir()} >= {"github-workflow.yml", "gitlab-ci.yml"}


@pytest.mark.slow
def test_this_repository_lints_its_own_posts_with_the_hook(sandbox, hook_repo):
    result = pre_commit(hook_repo, sandbox, "run", "smmlint", "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^smmlint \(check staged posts\)\.+Passed$", result.stdout, re.M)
