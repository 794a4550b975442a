"""Hostile input for every command, not only `check` (tests/test_bad_input.py covers `check` on
each bad file and config alone): plan, calendar, check --fix and the machine formats over a
folder of hostile posts; hostile configs for every command; special files.

Each case: exit 0, 1 or 2, a clear message (one line `smmlint: …` for exit 2), no traceback,
done within seconds, no post changed, no code executed, no terminal control characters from
a post in the text output.
"""

from __future__ import annotations

import json
import os
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import make_content_repo, run_process

HEAD = ("---\ntitle: Frage der Woche\nchannel: mastodon\nformat: poll\npublish_at: {at}\n"
        "next_step: {{type: poll, prompt: Welche Frage?}}\nsla: {{owner: anna, response: {response}}}\n{extra}")


def post(body: str = "Welche Frage?\n", *, at: str = "2027-01-12T10:00", response: str = "2h", extra: str = "") -> str:
    return HEAD.format(at=at, response=response, extra=extra) + "---\n" + body


BOMB = "\n".join(["a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]"] + [
    f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join(['*' + chr(96 + i)] * 9)}]" for i in range(1, 9)])
PWNED = "!!python/object/apply:os.system ['touch pwned']"

# name -> file content; none of them holds anything `--fix` may change
POSTS: dict[str, bytes] = {
    "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "utf16.md": post().encode("utf-16"),
    "latin1.md": post("Grüße, welche Frage?\n").encode("latin-1"),
    "bom-crlf.md": b"\xef\xbb\xbf" + post().replace("\n", "\r\n").encode(),
    "lone-cr.md": post("Welche Frage?\rZweite Zeile\r\nDritte\n").encode(),
    "control-bidi.md": post("Welche Frage? \x1b[2J\x1b[31mROT\x07 \u202eevil\u202c \u2066x\u2069 \x00\n").encode(),
    "control-bidi-2.md": post("Welche Frage? LAUT\x1b]0;pwned\x07 \u202eLAUT\u202c LAUT\x1b[0m\n").encode(),
    "alias-bomb.md": ("---\n" + BOMB + "\n---\nText\n").encode(),
    "deep-yaml.md": ("---\nx: " + "[" * 50_000 + "]" * 50_000 + "\n---\nText\n").encode(),
    "deep-block-yaml.md": ("---\n" + "".join(" " * i + f"k{i}:\n" for i in range(300)) + "---\nText\n").encode(),
    "python-tag.md": post(extra=f"x: {PWNED}\n").encode(),
    "python-tag-body.md": post(f"Welche Frage? {PWNED}\n").encode(),
    "unhashable-key.md": ("---\n? [a, b]\n: c\n---\nText\n").encode(),
    "hashtag-flood.md": post("Welche Frage?\n" + " ".join(f"#Tag{i}" for i in range(20_000)) + "\n").encode(),
    "media-flood.md": post(extra="media:\n" + "".join(
        f"  - {{type: image, file: media/bild.png, alt: Bild {i}}}\n" for i in range(3_000))).encode(),
    "long-line.md": post("Welche Frage? " + "ab " * 300_000 + "\n").encode(),
    "huge.md": post("Welche Frage?\n" + "Sehr lang. " * 150_000 + "\n").encode(),  # over the 1 MiB limit
    "deep-markdown.md": post("Welche Frage?\n\n" + ">" * 5_000 + " x\n\n" + "[" * 20_000 + "\n\n"
                             + "*" * 20_000 + "a" + "*" * 20_000 + "\n\n" + "- " * 2_000 + "x\n").encode(),
    "linkify-stall.md": post("Welche Frage? lhost92Z[http://p://\n").encode(),
    "far-future.md": post(at="9999-12-31T23:59").encode(),
    "far-future-offset.md": post(at="9999-12-31T23:59-12:00").encode(),
    "far-past.md": post(at="0001-01-01T00:00+14:00").encode(),
    "huge-response.md": post(response="99999999999999999999h").encode(),
    "huge-duration.md": post(extra="media:\n  - {type: video, file: media/video.mp4, duration: 99999999999999999999999,"
                                   " captions: media/video.vtt}\n  - {type: video, file: media/video.mp4, duration: .nan,"
                                   " captions: media/video.vtt}\n").encode(),
    "device-media.md": post(extra="media:\n  - {type: video, file: ../../../../../../../../../dev/zero, duration: 10,"
                                  " captions: ../../../../../../../../../dev/zero}\n"
                                  "  - {type: image, file: /dev/zero, alt: Bild}\n").encode(),
    "path-id.md": post(extra="id: ../../../../etc/passwd\n").encode(),
}
SLOW = 30  # seconds: generous for a loaded CI machine; each command takes about one


def hostile_repo(root: Path) -> Path:
    root = make_content_repo(root)
    posts = root / "posts"
    for name, data in POSTS.items():
        (posts / name).write_bytes(data)
    (posts / "ordner.md").mkdir()  # a folder named like a post, with a post inside
    (posts / "ordner.md" / "innen.md").write_bytes(post(at="2027-01-13T10:00").encode())
    os.symlink(posts, posts / "loop")  # a symlinked folder: not followed
    os.symlink("self.md", posts / "self.md")  # a symlink loop
    os.symlink("gone.md", posts / "dangling.md")
    if hasattr(os, "mkfifo"):
        os.mkfifo(posts / "fifo.md")  # reading it would wait forever
    if Path("/proc/self/mem").exists():
        os.symlink("/proc/self/mem", posts / "unreadable.md")  # a regular file nobody can read (EIO)
    return root


def snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    found = {}
    for path in sorted((root / "posts").rglob("*")):
        if path.is_file() and not path.is_symlink():
            found[path.relative_to(root).as_posix()] = (path.stat().st_mtime_ns, path.read_bytes())
    return found


def run(args: tuple[str, ...], root: Path) -> tuple[int, str, str]:
    start = time.monotonic()
    result = run_process(*args, cwd=root, timeout=120)
    elapsed = time.monotonic() - start
    out, err = result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")
    assert elapsed < SLOW, f"{args}: {elapsed:.1f} s"
    assert "Traceback" not in err, err[-3000:]
    assert result.returncode in (0, 1, 2), (result.returncode, err[-2000:])
    if result.returncode == 2 and err.startswith("Usage:"):  # click's usage error: usage, hint, one error line
        assert [line for line in err.splitlines() if line.startswith("Error: ")], err
    elif result.returncode == 2:
        assert len(err.strip().splitlines()) == 1 and err.startswith("smmlint: "), err
    return result.returncode, out, err


def terminal_controls(text: str) -> set[str]:
    """Characters a terminal acts on (C0/C1 controls but newline, bidi overrides and isolates)."""
    return {c for c in text if (unicodedata.category(c) == "Cc" and c != "\n") or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}


COMMANDS = [
    ("check",),
    ("check", "--fix"),
    ("check", "--format", "json"),
    ("check", "--format", "sarif"),
    ("check", "--format", "github"),
    ("check", "--format", "junit"),
    ("check", "--format", "gitlab"),
    ("plan",),
    ("plan", "--format", "json"),
    ("calendar", "-o", "cal/"),
    ("calendar", "--include-drafts", "-o", "plan.ics"),
]


@pytest.mark.slow
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_survives_a_folder_of_hostile_posts(tmp_path: Path, args: tuple[str, ...]) -> None:
    root = hostile_repo(tmp_path / "repo")
    before = snapshot(root)
    code, out, err = run(args, root)
    assert code == (0 if args[0] == "calendar" else 1)
    assert snapshot(root) == before  # --fix included: nothing here is fixable
    assert not (root / "pwned").exists() and not (root / "posts" / "pwned").exists()
    if args[0] in ("check", "plan") and len(args) == 1:
        assert not terminal_controls(out + err), terminal_controls(out + err)
    if args[0] == "check":
        shown = out + err
        for name in ("binary.md", "utf16.md", "latin1.md", "alias-bomb.md", "deep-yaml.md", "python-tag.md",
                     "unhashable-key.md", "unreadable.md", "huge.md"):
            if name in os.listdir(root / "posts"):
                assert f"posts/{name}" in shown, name  # each gets its own finding
        for name in ("fifo.md", "dangling.md", "self.md", "loop/"):
            assert f"posts/{name}" not in shown
    if args[-1] == "json" and args[0] == "check":
        findings = json.loads(out)
        by_file = {f["path"]: f["code"] for f in findings if f["code"].startswith("FM00")}
        assert by_file["posts/alias-bomb.md"] == "FM002" and by_file["posts/python-tag.md"] == "FM002"
        assert by_file["posts/huge.md"] == "FM001"
        assert by_file["posts/unreadable.md"] == "FM001" if "unreadable.md" in os.listdir(root / "posts") else True


@pytest.mark.slow
def test_line_numbers_stay_within_each_hostile_file(tmp_path: Path) -> None:
    root = hostile_repo(tmp_path / "repo")
    code, out, _ = run(("check", "--format", "json"), root)
    for finding in json.loads(out):
        if finding["path"] == "posts/unreadable.md":
            assert (finding["line"], finding["column"]) == (1, 1)
            continue
        text = (root / finding["path"]).read_bytes().decode("utf-8-sig", "replace")
        lines = text.replace("\r\n", "\n").split("\n")
        assert 1 <= finding["line"] <= len(lines), finding
        assert 1 <= finding["column"] <= len(lines[finding["line"] - 1]) + 1, finding


def test_bom_and_crlf_change_no_finding_and_no_position(tmp_path: Path) -> None:
    root = make_content_repo(tmp_path / "repo")
    text = post("Welche Frage? Hier: https://example.com/x #Tag @anna\n", extra="media:\n  - {type: image, file: media/bild.png}\n")
    (root / "posts" / "lf.md").write_bytes(text.encode())
    (root / "posts" / "crlf.md").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    _, out, _ = run(("check", "--format", "json"), root)
    findings = json.loads(out)
    by_file = {name: [(f["line"], f["column"], f["code"]) for f in findings if f["path"] == f"posts/{name}"]
               for name in ("lf.md", "crlf.md")}
    assert by_file["lf.md"] and by_file["lf.md"] == by_file["crlf.md"]


def test_markdown_that_stalls_linkify_is_parsed_with_its_links() -> None:
    from smmlint.post import _parse_body

    lines, links = _parse_body("lhost92Z[http://p:// und https://example.com/x\n", 1, ["lhost92Z[http://p:// und https://example.com/x"])
    assert [link.url for link in links] == ["http://p", "https://example.com/x"]
    assert lines[0].text.startswith("lhost92Z[")


def test_special_files_given_by_name_are_one_line_errors(tmp_path: Path) -> None:
    root = make_content_repo(tmp_path / "repo")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "posts" / "fifo.md")
        for args in (("check", "posts/fifo.md"), ("plan", "posts/fifo.md"), ("calendar", "posts/fifo.md", "-o", "x.ics")):
            code, _, err = run(args, root)
            assert code == 2 and "posts/fifo.md" in err


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_post_is_a_finding(tmp_path: Path) -> None:
    root = make_content_repo(tmp_path / "repo")
    path = root / "posts" / "geheim.md"
    path.write_text(post(), "utf-8")
    path.chmod(0)
    try:
        code, out, _ = run(("check", "--format", "json"), root)
        assert code == 1 and [f["code"] for f in json.loads(out)] == ["FM001"]
    finally:
        path.chmod(0o644)


HOSTILE_CONFIGS = {
    "alias-bomb": BOMB + "\n",
    "binary": "\x00\x01\x02 posts: x\n",
    "deep": "posts: " + "[" * 50_000 + "\n",
    "python-tag": f"x: {PWNED}\n",
    "not-a-mapping": "- a\n- b\n",
    "blocked-words-device": "safety: {blocked_words: /dev/zero}\n",
    "blocked-words-device-relative": "safety: {blocked_words: ../../../../../../../../../dev/zero}\n",
    "huge-file-size": "max_file_size: 99999999999999999999999\n",
    "huge-gap": "rhythm: {min_gap: 99999999999999h}\n",
    "huge-response": "sla: {max_response: 999999999999999999d}\n",
    "huge-duration": "calendar: {duration: 99999999999999999999m}\n",
    "posts-device": "posts: /dev/zero\n",
    "timezone-path": "timezone: ../../../../etc/passwd\n",
    "team-hours": "team: {anna: {hours: \"Mo-Fr 25:00-99:00\"}}\n",
    "control-keys": "team: {\"an\\u202ena\": {hours: \"Mo-Fr 09:00-17:00\"}}\nrules: {\"\\e[2J\": off}\n",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HOSTILE_CONFIGS))
def test_every_command_survives_a_hostile_config(tmp_path: Path, name: str) -> None:
    root = make_content_repo(tmp_path / "repo", HOSTILE_CONFIGS[name])
    (root / "posts" / "p.md").write_text(post(), "utf-8")
    before = snapshot(root)
    for args in (("check",), ("plan",), ("calendar", "-o", "cal/"), ("new", "digest", "posts/neu.md")):
        run(args, root)
    after = snapshot(root)
    after.pop("posts/neu.md", None)
    assert after == before
    assert not (root / "pwned").exists()


def test_hostile_arguments_are_one_line_errors(tmp_path: Path) -> None:
    root = make_content_repo(tmp_path / "repo")
    for args in (("explain", "\x1b[2J" + "A" * 10_000), ("check", "--select", "\u202eFM001,,"),
                 ("new", "nope", "posts/x.md"), ("new", "digest", "posts/media"),
                 ("calendar", "-o", "posts/media/bild.png/"), ("check", "--config", "/dev/zero")):
        code, _, err = run(args, root)
        assert code == 2, (args, err)
        assert not terminal_controls(err), (args, err)


def test_the_size_limit_is_exact_and_a_file_without_a_known_size_is_read(tmp_path: Path) -> None:
    from smmlint.config import Config
    from smmlint.post import read_post

    config = Config(root=tmp_path, data={"max_file_size": 100})
    text = "---\ntitle: T\n---\n"
    (tmp_path / "fits.md").write_text(text + "x" * (100 - len(text)), "utf-8")
    (tmp_path / "over.md").write_text(text + "x" * (101 - len(text)), "utf-8")
    assert read_post(tmp_path / "fits.md", "fits.md", config).file_problem is None
    assert read_post(tmp_path / "over.md", "over.md", config).file_problem.kind == "too-large"
    if Path("/proc/self/status").exists():  # size 0 to stat, text when read
        assert read_post(Path("/proc/self/status"), "status", Config(root=tmp_path)).text.startswith("Name:")
