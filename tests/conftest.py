"""Shared fixtures: a write guard, a realistic content repo in tmp, and CLI runners."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

PROJECT = Path(__file__).resolve().parent.parent

# ---- guard: a test that writes outside temporary folders fails ----------------------------
_ALLOWED = (
    os.path.realpath(tempfile.gettempdir()),
    str(PROJECT / ".pytest_cache"),
    str(PROJECT / ".hypothesis"),
    str(PROJECT / "tests" / ".tools"),  # npm-installed test tools (git-ignored)
    "/dev/",
)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _guard(event: str, args: tuple) -> None:
    if event != "open" or not _guard.active:  # type: ignore[attr-defined]
        return
    path, mode, flags = args
    if not isinstance(path, (str, os.PathLike)):
        return
    writing = (mode and any(c in mode for c in "wax+")) or (mode is None and flags & _WRITE_FLAGS)
    if writing:
        real = os.path.realpath(os.fspath(path))
        if not real.startswith(_ALLOWED):
            raise PermissionError(f"test wrote outside a temporary folder: {real}")


_guard.active = False  # type: ignore[attr-defined]
sys.addaudithook(_guard)


@pytest.fixture(autouse=True)
def write_guard():
    _guard.active = True  # type: ignore[attr-defined]
    yield
    _guard.active = False  # type: ignore[attr-defined]


# ---- a content repo like an editor's ------------------------------------------------------
CONFIG_YAML = """\
timezone: Europe/Berlin
language: de
posts: posts/
team:
  anna: {name: Anna Beispiel, hours: "Mo-Fr 09:00-17:00", absent: ["2027-01-20..2027-01-22"]}
  ben: {name: Ben Beispiel, hours: "Mo-So 08:00-20:00"}
sla: {max_response: 2h}
tracking:
  domains: [example.com]
  required: [utm_source, utm_medium, utm_campaign]
  medium: social
safety:
  blocked_words: wordlists/blocked.txt
community_rules_url: https://example.com/netiquette
"""

VTT = """\
WEBVTT

00:00:00.000 --> 00:00:30.000
So funktioniert die Zwei-Faktor-Anmeldung.

00:00:30.000 --> 00:01:10.000
Scannen Sie den QR-Code mit Ihrer App.
"""

# a tiny valid PNG (1x1, transparent)
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def make_content_repo(root: Path, config: str = CONFIG_YAML) -> Path:
    """smmlint.yaml, posts/ with media (bild.png, video.mp4, video.vtt of 70 s), a word list."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "smmlint.yaml").write_text(config, "utf-8")
    media = root / "posts" / "media"
    media.mkdir(parents=True, exist_ok=True)
    (media / "bild.png").write_bytes(PNG)
    (media / "video.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    (media / "video.vtt").write_text(VTT, "utf-8")
    (root / "wordlists").mkdir(exist_ok=True)
    (root / "wordlists" / "blocked.txt").write_text("# blockiert\nVollpfosten\nIdiot\n", "utf-8")
    return root


class ContentRepo:
    """A content repo in tmp; `write` adds a post, `check` runs the CLI inside the repo."""

    def __init__(self, root: Path) -> None:
        self.root = make_content_repo(root)

    def write(self, name: str, text: str, *, dedent: bool = True) -> Path:
        path = self.root / "posts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text) if dedent else text, "utf-8")
        return path

    def check(self, *args: str, lang: str = "en"):
        return run_cli("check", "--lang", lang, *args, cwd=self.root)


def run_cli(*args: str, cwd: Path):
    """Run the click app in-process inside `cwd`; returns click's Result."""
    from smmlint.cli import main

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def run_process(*args: str, cwd: Path, input: bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `python -m smmlint ARGS` as a real process (for crashes, tracebacks, exit codes)."""
    env = {**os.environ, "NO_COLOR": "1", "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    return subprocess.run([sys.executable, "-m", "smmlint", *args], cwd=cwd, capture_output=True,
                          input=input, timeout=timeout, env=env)


@pytest.fixture
def repo(tmp_path: Path) -> ContentRepo:
    return ContentRepo(tmp_path / "content")


def lint_text(text: str, *, root: Path, select: tuple[str, ...] = (), name: str = "post.md",
              config: str | None = None, lang: str = "en"):
    """Lint one post text inside a fresh content repo at `root`; returns the problems."""
    from smmlint.api import lint_paths
    from smmlint.config import load_config
    from smmlint.rules import REGISTRY
    from smmlint.selection import Selection

    make_content_repo(root, config or CONFIG_YAML)
    path = root / "posts" / name
    path.write_text(text, "utf-8")
    config_obj = load_config(root / "smmlint.yaml")
    rules = Selection(select=select).active(REGISTRY)
    old = os.getcwd()
    os.chdir(root)
    try:
        return lint_paths([path], config_obj, rules, lang).problems
    finally:
        os.chdir(old)


def corpus_expectations(text: str) -> list[tuple[str, int]]:
    """A corpus post's own label, a YAML comment: `# expect: AD001@30 …` or `# expect: clean`."""
    import re

    label = re.search(r"^# expect: (.+)$", text, re.M)
    assert label, "corpus post without an `# expect:` line"
    items = label.group(1).split()
    return [] if items == ["clean"] else [(code, int(line)) for code, line in (item.split("@") for item in items)]


@pytest.fixture
def clean_git_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Same git behaviour on every machine: no user/system config, no outer repository."""
    for name in list(os.environ):
        if name.startswith("GIT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
