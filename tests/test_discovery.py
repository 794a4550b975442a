"""Which files are posts: folders searched for *.md, minus what git ignores (one git call)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from smmlint.discovery import PathMissing, find_posts


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x\n", "utf-8")


def git(root: Path, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", GIT_CEILING_DIRECTORIES=str(root.parent))
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("GIT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    touch(root, "posts/a.md", "posts/b.md", "posts/sub/c.md", "posts/ign/d.md", "posts/deep/x/e.md",
          "posts/deep/f.md", "posts/t.md", "posts/n.txt", "posts/.hidden/h.md")
    (root / ".gitignore").write_text("posts/b.md\nign/\nx/\nposts/t.md\n", "utf-8")
    git(root, "add", "-f", "posts/t.md")  # tracked although it matches: git does not ignore it
    return root


def names(files: list[Path], root: Path) -> list[str]:
    return [path.resolve().relative_to(root.resolve()).as_posix() for path in files]


def test_ignored_files_and_folders_are_left_out(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = ["posts/a.md", "posts/deep/f.md", "posts/sub/c.md", "posts/t.md"]
    assert names(find_posts([repo / "posts"]), repo) == expected
    monkeypatch.chdir(repo)
    assert [p.as_posix() for p in find_posts([Path("posts")])] == expected
    monkeypatch.chdir(repo / "posts" / "sub")
    assert [p.as_posix() for p in find_posts([Path("..")])] == ["../a.md", "../deep/f.md", "../sub/c.md", "../t.md"]


def test_an_ignored_folder_given_by_name_has_no_posts_but_an_ignored_file_given_by_name_is_read(repo: Path) -> None:
    assert find_posts([repo / "posts" / "ign"]) == []
    assert names(find_posts([repo / "posts" / "b.md"]), repo) == ["posts/b.md"]


def test_outside_git_nothing_is_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    touch(tmp_path, "posts/a.md", "posts/b.md")
    (tmp_path / ".gitignore").write_text("posts/b.md\n", "utf-8")
    assert names(find_posts([tmp_path / "posts"]), tmp_path) == ["posts/a.md", "posts/b.md"]


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PathMissing):
        find_posts([tmp_path / "nope"])
