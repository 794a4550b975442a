"""Bad input: a finding or a one-line error with exit 2; never a traceback, a hang or a write."""

import os

import pytest

from tests.conftest import make_content_repo, run_process

HEAD = "---\ntitle: T\nchannel: mastodon\nformat: poll\npublish_at: 2027-01-12T10:00\n"
BOMB = "\n".join(["a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]"] + [
    f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join(['*' + chr(96 + i)] * 9)}]" for i in range(1, 9)])

CASES = {
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "FM001"),
    "latin1": (("---\ntitle: Grüße\n---\nx\n").encode("latin-1"), "FM001"),
    "empty": (b"", "FM001"),
    "unclosed": ((HEAD + "Text\n").encode(), "FM002"),
    "list": (b"---\n- a\n- b\n---\nx\n", "FM003"),
    "scalar": (b"---\nnur Text\n---\nx\n", "FM003"),
    "int-key": ((HEAD + "1: eins\n---\nx\n").encode(), "FM002"),
    "unhashable-key": ((HEAD + "? [a, b]\n: c\n---\nx\n").encode(), "FM002"),
    "deep": (("---\nx: " + "[" * 100_000 + "]" * 100_000 + "\n---\nx\n").encode(), "FM002"),
    "bomb": (("---\n" + BOMB + "\n---\nx\n").encode(), "FM002"),
    "python-tag": ((HEAD + "x: !!python/object/apply:os.system ['touch pwned']\n---\nx\n").encode(), "FM002"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_gives_one_clear_finding(tmp_path, name):
    data, code = CASES[name]
    root = make_content_repo(tmp_path / "repo")
    (root / "posts" / "p.md").write_bytes(data)
    before = {p: p.stat().st_mtime_ns for p in root.rglob("*")}
    result = run_process("check", "--format", "json", "posts/p.md", cwd=root, timeout=20)
    assert result.returncode == 1, result.stderr
    assert b"Traceback" not in result.stderr
    import json
    findings = json.loads(result.stdout)
    assert [f["code"] for f in findings] == [code]
    assert {p: p.stat().st_mtime_ns for p in root.rglob("*")} == before
    assert not (root / "pwned").exists()


def test_too_large_file_is_not_read(tmp_path):
    root = make_content_repo(tmp_path / "repo", "max_file_size: 1000\n")
    (root / "posts" / "big.md").write_text(HEAD + "---\n" + "x" * 2000 + "\n")
    result = run_process("check", "posts/big.md", cwd=root)
    assert result.returncode == 1 and b"FM001" in result.stdout and b"1000 bytes" in result.stdout


def test_missing_path_is_one_line_exit_2(tmp_path):
    root = make_content_repo(tmp_path / "repo")
    result = run_process("check", "posts/fehlt.md", cwd=root)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "smmlint: path does not exist: posts/fehlt.md"


def test_directory_named_like_a_post_is_searched_not_read(tmp_path):
    root = make_content_repo(tmp_path / "repo")
    (root / "posts" / "ordner.md").mkdir()
    result = run_process("check", "posts/ordner.md", cwd=root)
    assert result.returncode == 0 and b"Traceback" not in result.stderr


def test_symlink_loop_under_posts_is_skipped(tmp_path):
    root = make_content_repo(tmp_path / "repo")
    os.symlink(root / "posts", root / "posts" / "loop")
    os.symlink("self.md", root / "posts" / "self.md")
    (root / "posts" / "ok.md").write_text(HEAD + "---\nText.\n")
    result = run_process("check", "--select", "FM", cwd=root, timeout=20)
    assert result.returncode == 0, result.stdout + result.stderr
    assert b"1 post(s)" in result.stdout


def test_post_unreadable_is_a_finding(tmp_path):
    from smmlint.config import Config
    from smmlint.post import read_post

    post = read_post(tmp_path / "gone.md", "gone.md", Config(root=tmp_path))  # vanished after discovery
    assert post.file_problem.code == "FM001" and post.file_problem.kind == "unreadable"


def test_hostile_config_is_exit_2_one_line(tmp_path):
    for text in ("- a\n- b\n", "a: [1\n", "x: !!python/object/apply:os.system ['touch pwned']\n",
                 "posts: " + "[" * 100_000 + "\n", "rules:\n  NOPE001: off\n"):
        root = make_content_repo(tmp_path / "repo", text)
        result = run_process("check", cwd=root)
        assert result.returncode == 2, (text[:30], result.stdout, result.stderr)
        lines = result.stderr.decode().strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("smmlint: ") and "Traceback" not in lines[0]
        assert not (root / "pwned").exists()
