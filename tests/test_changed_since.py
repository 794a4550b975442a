"""`check --changed-since REF`: only the posts a pull request changes, in real git repos in tmp."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from smmlint.config import load_config
from smmlint.pathfilter import changed_posts
from tests.conftest import make_content_repo, run_cli, run_process

CLEAN = "---\ntitle: T\nchannel: mastodon\nformat: poll\npublish_at: 2027-01-12T10:00\n---\nText {n}.\n"
FAULTY = "---\ntitle: T\nchanel: mastodon\nformat: poll\npublish_at: 2027-01-12T10:00\n---\nTODO\n"

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
}


def git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True,
                            env={**os.environ, **GIT_ENV})
    return result.stdout.strip()


def write(root: Path, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


@pytest.fixture
def pr_repo(tmp_path: Path) -> Path:
    """main: a, b (faulty), c, d, e; branch `feature` (checked out) modifies a, renames c to c2,
    deletes d, adds f and touches README.md; main later changes e (not part of the pull request)."""
    root = make_content_repo(tmp_path / "content")
    git(root, "init", "-q", "-b", "main")
    for name in "acde":
        write(root, f"posts/{name}.md", CLEAN.format(n=name))
    write(root, "posts/b.md", FAULTY)
    write(root, "README.md", "# Inhalte\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    git(root, "checkout", "-q", "-b", "feature")
    write(root, "posts/a.md", CLEAN.format(n="a, neu"))
    (root / "posts" / "sub").mkdir()
    git(root, "mv", "posts/c.md", "posts/sub/c2.md")
    git(root, "rm", "-q", "posts/d.md")
    write(root, "posts/f.md", CLEAN.format(n="f"))
    write(root, "README.md", "# Inhalte\n\nNeu.\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "feature")
    git(root, "checkout", "-q", "main")
    write(root, "posts/e.md", CLEAN.format(n="e, auf main"))
    git(root, "commit", "-q", "-am", "main moves on")
    git(root, "checkout", "-q", "feature")
    return root


def names(root: Path, paths: list[Path]) -> list[str]:
    return [Path(os.path.relpath(path, root)).as_posix() for path in paths]


def changed(root: Path, ref: str, paths: list[Path] | None = None) -> list[str]:
    config = load_config(root / "smmlint.yaml")
    return names(root, changed_posts(paths or [config.posts_dir], config, ref))


def test_merge_base_semantics_added_modified_renamed_not_deleted(pr_repo):
    # e.md changed on main after the branch point: not part of the pull request
    assert changed(pr_repo, "main") == ["posts/a.md", "posts/f.md", "posts/sub/c2.md"]
    assert changed(pr_repo, git(pr_repo, "rev-parse", "main")) == ["posts/a.md", "posts/f.md", "posts/sub/c2.md"]
    assert changed(pr_repo, "HEAD") == []


def test_uncommitted_work_counts_staged_unstaged_and_new(pr_repo):
    write(pr_repo, "posts/b.md", FAULTY + "Mehr.\n")  # unstaged edit
    write(pr_repo, "posts/g.md", CLEAN.format(n="g"))  # new, untracked
    write(pr_repo, "posts/h.md", CLEAN.format(n="h"))
    git(pr_repo, "add", "posts/h.md")  # staged
    write(pr_repo, "posts/ignored.md", CLEAN.format(n="i"))
    write(pr_repo, ".gitignore", "posts/ignored.md\n")
    assert changed(pr_repo, "main") == ["posts/a.md", "posts/b.md", "posts/f.md", "posts/g.md", "posts/h.md",
                                        "posts/sub/c2.md"]
    assert changed(pr_repo, "HEAD") == ["posts/b.md", "posts/g.md", "posts/h.md"]


def test_given_paths_narrow_further(pr_repo):
    assert changed(pr_repo, "main", [pr_repo / "posts" / "sub"]) == ["posts/sub/c2.md"]
    assert changed(pr_repo, "main", [pr_repo / "posts" / "b.md", pr_repo / "posts" / "a.md"]) == ["posts/a.md"]


def test_cli_lints_only_changed_posts(pr_repo):
    everything = run_cli("check", "--lang", "en", "--select", "FM", cwd=pr_repo)
    assert everything.exit_code == 1 and "posts/b.md" in everything.output  # b is faulty but unchanged
    result = run_cli("check", "--lang", "en", "--select", "FM", "--changed-since", "main", cwd=pr_repo)
    assert result.exit_code == 0, result.output
    assert result.output == "All good: 3 post(s) checked, no problems.\n"
    write(pr_repo, "posts/b.md", FAULTY + "Mehr.\n")
    result = run_cli("check", "--lang", "en", "--select", "FM", "--changed-since", "main", "--format", "json", cwd=pr_repo)
    assert result.exit_code == 1
    assert {problem["path"] for problem in __import__("json").loads(result.output)} == {"posts/b.md"}


def test_cli_nothing_changed_says_so(pr_repo):
    result = run_process("check", "--changed-since", "HEAD", "--lang", "de", cwd=pr_repo)
    assert result.returncode == 0
    assert result.stderr.decode().strip() == "keine Beiträge geändert seit HEAD"
    assert result.stdout == b""


@pytest.mark.parametrize("ref", ["no-such-branch", "origin/main", "--output=x", "main..feature"])
def test_unknown_ref_is_one_line_and_exit_2(pr_repo, ref):
    result = run_process("check", f"--changed-since={ref}", "--lang", "en", cwd=pr_repo)
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("smmlint: ") and "Traceback" not in lines[0]
    assert result.stdout == b""
    assert not (pr_repo / "x").exists()


def test_unknown_ref_in_german(pr_repo):
    result = run_process("check", "--changed-since", "gibtsnicht", "--lang", "de", cwd=pr_repo)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("smmlint: Git kennt 'gibtsnicht' nicht")


def test_outside_git_is_exit_2(tmp_path):
    root = make_content_repo(tmp_path / "plain")
    result = run_process("check", "--changed-since", "main", "--lang", "en", cwd=root)
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert "git repository" in result.stderr.decode()


def test_shallow_clone_without_common_history_is_exit_2(pr_repo, tmp_path):
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", "--no-single-branch", "--branch", "feature",
        pr_repo.as_uri(), str(clone))
    result = run_process("check", "--changed-since", "origin/main", "--lang", "en", cwd=clone)
    assert result.returncode == 2
    assert "fetch-depth: 0" in result.stderr.decode() and len(result.stderr.decode().strip().splitlines()) == 1


def test_a_missing_given_path_is_still_a_usage_error(pr_repo):
    result = run_process("check", "posts/fehlt.md", "--changed-since", "main", "--lang", "en", cwd=pr_repo)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "smmlint: path does not exist: posts/fehlt.md"
