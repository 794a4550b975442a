"""The benchmark's corpus generator (benchmarks/corpus.py): deterministic, realistic, parseable;
and on such a corpus, linting in worker processes gives exactly what one process gives."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT

sys.path.insert(0, str(PROJECT / "benchmarks"))
import corpus  # noqa: E402


def digest(root: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            sha.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()


def test_the_same_seed_gives_the_same_bytes_and_the_posts_parse(tmp_path: Path) -> None:
    from smmlint.config import load_config
    from smmlint.post import read_post

    first = corpus.generate(tmp_path / "a", 120, seed=7)
    corpus.generate(tmp_path / "b", 120, seed=7)
    corpus.generate(tmp_path / "c", 120, seed=8)
    assert digest(tmp_path / "a") == digest(tmp_path / "b") != digest(tmp_path / "c")
    config = load_config(tmp_path / "a" / "smmlint.yaml")
    posts = [read_post(path, path.name, config) for path in first]
    broken = [post for post in posts if not post.ok]
    assert len(posts) == 120 and len(broken) <= 12, [post.file_problem for post in broken]
    assert all(post.file_problem.code == "FM002" for post in broken)  # only the broken-quote fault
    assert len({post.channel for post in posts if post.ok}) >= 4
    assert len({post.format for post in posts if post.ok}) >= 8


@pytest.mark.slow
def test_worker_processes_find_what_one_process_finds(tmp_path: Path) -> None:
    from smmlint.api import PARALLEL_FROM, lint_paths
    from smmlint.config import load_config
    from smmlint.rules import REGISTRY
    from smmlint.selection import Selection

    root = tmp_path / "repo"
    corpus.generate(root, PARALLEL_FROM + 50, seed=3)
    rules = Selection().active(REGISTRY)
    old = os.getcwd()
    os.chdir(root)
    try:
        serial = lint_paths([Path("posts")], load_config(None), rules, "de", jobs=1)
        parallel = lint_paths([Path("posts")], load_config(None), rules, "de", jobs=2)
    finally:
        os.chdir(old)
    assert serial.problems and parallel.problems == serial.problems and parallel.files == serial.files


@pytest.mark.slow
def test_plan_reads_in_worker_processes_what_one_process_reads(tmp_path: Path) -> None:
    from smmlint.api import PARALLEL_READ_FROM, read_posts
    from smmlint.config import load_config
    from smmlint.discovery import find_posts

    root = tmp_path / "repo"
    corpus.generate(root, PARALLEL_READ_FROM + 10, seed=4)
    config = load_config(root / "smmlint.yaml")
    files = find_posts([root / "posts"])
    serial, parallel = read_posts(files, config, jobs=1), read_posts(files, config, jobs=2)
    shape = lambda posts: [(p.display_path, p.front, p.positions, p.publish_at, p.file_problem) for p in posts]  # noqa: E731
    assert shape(parallel) == shape(serial) and len(serial) == PARALLEL_READ_FROM + 10
