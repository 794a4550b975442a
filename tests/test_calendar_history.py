"""`smmlint calendar` in real git repositories: stamps and sequences from history, the
feed a pre-commit hook writes before a commit is the feed CI regenerates after it, and
posts that move, are renamed, edited or deleted (spec/calendar.md, points 1-3 and 5)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PROJECT, run_cli

pytestmark = pytest.mark.slow  # every test here runs git

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TEMPLATE = (PROJECT / "posts/2027/01/2027-01-13-umfrage-passkeys-x.md").read_text("utf-8")


def day(n: int) -> datetime:
    return T0 + timedelta(days=n)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def post(*, id: str | None = "umfrage", publish_at: str = "2027-01-13T09:30", status: str = "scheduled",
         channel: str = "x", body: str = "") -> str:
    text = TEMPLATE
    text = re.sub(r"^id: .*\n", f"id: {id}\n" if id else "", text, count=1, flags=re.M)
    text = re.sub(r"^publish_at: .*$", f"publish_at: {publish_at}", text, count=1, flags=re.M)
    text = re.sub(r"^status: .*$", f"status: {status}", text, count=1, flags=re.M)
    text = re.sub(r"^channel: .*$", f"channel: {channel}", text, count=1, flags=re.M)
    return text + body


@pytest.fixture(autouse=True)
def git_identity(clean_git_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared clean git environment, plus who commits."""
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Redaktion")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "redaktion@example.com")
    monkeypatch.setenv("GIT_COMMITTER_NAME", "Redaktion")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", "redaktion@example.com")


class Repo:
    """A content repository (the project's config and word list) under git, fixed commit times."""

    def __init__(self, root: Path, *, init: bool = True) -> None:
        self.root = root
        root.mkdir(parents=True)
        shutil.copy2(PROJECT / "smmlint.yaml", root / "smmlint.yaml")
        shutil.copytree(PROJECT / "wordlists", root / "wordlists")
        (root / "posts").mkdir()
        if init:
            self.git("init", "-q", "-b", "main")
            self.git("config", "commit.gpgsign", "false")

    def git(self, *args: str, when: datetime | None = None) -> str:
        env = dict(os.environ)
        if when is not None:
            env["GIT_COMMITTER_DATE"] = env["GIT_AUTHOR_DATE"] = when.isoformat()
        return subprocess.run(["git", *args], cwd=self.root, env=env, capture_output=True, text=True,
                              check=True).stdout

    def write(self, name: str, text: str) -> Path:
        path = self.root / "posts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        return path

    def commit(self, when: datetime, message: str = "change") -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message, when=when)

    def calendar(self, *args: str, out: str = "calendar/", lang: str | None = "en"):
        result = run_cli("calendar", *(("--lang", lang) if lang else ()), "-o", out, *args, cwd=self.root)
        assert result.exit_code in (0, 1), result.output
        return result

    def feed(self, name: str = "all.ics") -> bytes:
        return (self.root / "calendar" / name).read_bytes()

    def events(self, name: str = "all.ics") -> dict[str, dict[str, str]]:
        return events(self.feed(name))


def events(raw: bytes) -> dict[str, dict[str, str]]:
    """UID -> the event's properties (unfolded, first value of each name)."""
    found: dict[str, dict[str, str]] = {}
    for block in raw.replace(b"\r\n ", b"").decode("utf-8").split("BEGIN:VEVENT\r\n")[1:]:
        props: dict[str, str] = {}
        for line in block.split("\r\n"):
            name, _, value = line.partition(":")
            props.setdefault(name.split(";")[0], value)
        found[props["UID"]] = props
    return found


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    repo = Repo(tmp_path / "inhalte")
    (repo.root / "README.md").write_text("# Inhalte\n", "utf-8")
    repo.commit(day(0), "setup")
    return repo


def test_a_moved_post_keeps_its_uid_gets_a_higher_sequence_and_a_new_stamp(repo: Repo) -> None:
    repo.write("umfrage.md", post())
    repo.commit(day(1))
    repo.calendar()
    first = repo.events()["umfrage@smmlint"]
    # committed post: the stamp is the time of the state the change was made on (the setup commit)
    assert first["DTSTAMP"] == first["LAST-MODIFIED"] == stamp(day(0)) and first["SEQUENCE"] == "0"
    assert first["DTSTART"] == "20270113T083000Z"
    repo.commit(day(2), "feeds")  # a commit of the feeds only: no post changed

    repo.write("umfrage.md", post(publish_at="2027-01-14T09:30"))
    repo.commit(day(3), "move")
    repo.calendar()
    moved = repo.events()["umfrage@smmlint"]
    assert moved["DTSTART"] == "20270114T083000Z"
    assert moved["SEQUENCE"] == "1"
    assert moved["DTSTAMP"] == moved["LAST-MODIFIED"] == stamp(day(2)) > first["DTSTAMP"]


def test_the_hook_writes_before_the_commit_what_ci_regenerates_after_it(repo: Repo) -> None:
    repo.write("umfrage.md", post())
    repo.write("quiz.md", post(id="quiz", publish_at="2027-01-15T09:30"))
    repo.calendar()
    repo.commit(day(1), "posts and feeds")
    assert repo.calendar("--check").exit_code == 0
    before = repo.feed()

    # the editor moves one post and commits with the hook: the feed is written before the commit
    repo.write("umfrage.md", post(publish_at="2027-01-20T09:30"))
    repo.git("add", "posts/umfrage.md")
    repo.calendar()
    pending = repo.feed()
    umfrage = events(pending)["umfrage@smmlint"]
    assert umfrage["SEQUENCE"] == "1" and umfrage["DTSTAMP"] == stamp(day(1))  # HEAD: what the commit builds on
    assert events(pending)["quiz@smmlint"] == events(before)["quiz@smmlint"]  # untouched post: unchanged
    repo.commit(day(5), "move")  # commit time unknown to the hook, and not needed

    # after the commit: regenerating from the history gives the same bytes; --check agrees
    check = repo.calendar("--check")
    assert check.exit_code == 0, check.output
    repo.calendar()
    assert repo.feed() == pending
    assert repo.git("status", "--porcelain") == ""

    # the next commit changes another post: the moved post's event stays byte for byte
    repo.write("quiz.md", post(id="quiz", publish_at="2027-01-15T09:30", body="\nNoch ein Satz.\n"))
    repo.calendar()
    after = events(repo.feed())
    assert after["umfrage@smmlint"] == umfrage
    assert after["quiz@smmlint"]["DTSTAMP"] == stamp(day(5)) and after["quiz@smmlint"]["SEQUENCE"] == "0"
    repo.commit(day(6), "edit quiz")
    assert repo.calendar("--check").exit_code == 0


def test_renaming_a_post_with_an_id_keeps_its_uid(repo: Repo) -> None:
    repo.write("umfrage.md", post(id="umfrage-passkeys"))
    repo.write("ohne-id.md", post(id=None, publish_at="2027-01-14T09:30"))
    repo.commit(day(1))
    repo.calendar()
    assert set(repo.events()) == {"umfrage-passkeys@smmlint", "posts/ohne-id@smmlint"}

    (repo.root / "posts/2027/01").mkdir(parents=True)
    repo.git("mv", "posts/umfrage.md", "posts/2027/01/umfrage.md")
    repo.git("mv", "posts/ohne-id.md", "posts/2027/01/ohne-id.md")
    repo.calendar()
    pending = repo.feed()
    repo.commit(day(3), "file the posts")
    assert repo.calendar("--check").exit_code == 0
    assert repo.feed() == pending

    found = repo.events()
    # with an id: the same event, only its path (in the description) and stamp changed
    renamed = found["umfrage-passkeys@smmlint"]
    assert renamed["SEQUENCE"] == "0" and renamed["DTSTAMP"] == stamp(day(1))
    assert "posts/2027/01/umfrage.md" in renamed["DESCRIPTION"]
    # without an id the UID is the path: a new event replaces the old one
    assert "posts/ohne-id@smmlint" not in found and "posts/2027/01/ohne-id@smmlint" in found


def test_a_status_change_raises_the_sequence_and_a_text_edit_only_the_stamp(repo: Repo) -> None:
    repo.write("umfrage.md", post(status="review"))
    repo.commit(day(1))
    repo.calendar()
    review = repo.events()["umfrage@smmlint"]
    assert review["STATUS"] == "TENTATIVE" and review["SEQUENCE"] == "0"

    repo.write("umfrage.md", post(status="approved"))
    repo.commit(day(2))
    repo.calendar()
    approved = repo.events()["umfrage@smmlint"]
    assert approved["STATUS"] == "CONFIRMED" and approved["SEQUENCE"] == "1"
    assert approved["DTSTAMP"] == stamp(day(1))

    repo.write("umfrage.md", post(status="approved", body="\nDanke fürs Mitmachen!\n"))
    repo.commit(day(3))
    repo.calendar()
    edited = repo.events()["umfrage@smmlint"]
    assert edited["SEQUENCE"] == "1" and edited["DTSTAMP"] == stamp(day(2))


def test_a_deleted_post_leaves_the_feed_and_its_channel_feed_goes(repo: Repo) -> None:
    repo.write("umfrage.md", post())
    repo.write("toot.md", post(id="toot", channel="mastodon", publish_at="2027-01-14T09:30"))
    repo.commit(day(1))
    repo.calendar()
    assert set(repo.events()) == {"umfrage@smmlint", "toot@smmlint"}
    assert set(repo.events("channel-mastodon.ics")) == {"toot@smmlint"}
    repo.commit(day(2), "feeds")

    repo.git("rm", "-q", "posts/toot.md")
    result = repo.calendar()
    assert "removed calendar/channel-mastodon.ics" in result.output
    assert set(repo.events()) == {"umfrage@smmlint"}
    assert set(repo.events("owner-anna.ics")) == {"umfrage@smmlint"}
    assert not (repo.root / "calendar/channel-mastodon.ics").exists()
    repo.commit(day(3), "delete")
    assert repo.calendar("--check").exit_code == 0


def test_an_untracked_post_counts_as_an_addition_on_top_of_head(repo: Repo) -> None:
    repo.write("umfrage.md", post())
    repo.calendar()
    pending = repo.events()["umfrage@smmlint"]
    assert pending["DTSTAMP"] == stamp(day(0)) and pending["SEQUENCE"] == "0"
    repo.commit(day(4))
    assert repo.calendar("--check").exit_code == 0


def test_drafts_stay_out_until_they_are_ready(repo: Repo) -> None:
    repo.write("umfrage.md", post(status="draft"))
    repo.write("abgesagt.md", post(id="abgesagt", status="cancelled", publish_at="2027-01-14T09:30"))
    repo.commit(day(1))
    repo.calendar()
    assert repo.events() == {}
    repo.calendar("--include-drafts", out="drafts.ics")
    drafts = events((repo.root / "drafts.ics").read_bytes())
    assert set(drafts) == {"umfrage@smmlint"} and drafts["umfrage@smmlint"]["STATUS"] == "TENTATIVE"

    repo.write("umfrage.md", post(status="review"))
    repo.commit(day(2))
    repo.calendar()
    ready = repo.events()["umfrage@smmlint"]
    assert ready["STATUS"] == "TENTATIVE" and ready["SEQUENCE"] == "1"  # draft -> review changed the status


def test_outside_git_and_before_the_first_commit_the_stamp_is_publish_at(tmp_path: Path) -> None:
    for repo in (Repo(tmp_path / "ohne-git", init=False), Repo(tmp_path / "neu")):
        repo.write("umfrage.md", post())
        repo.calendar()
        found = repo.events()["umfrage@smmlint"]
        assert found["DTSTAMP"] == found["LAST-MODIFIED"] == "20270113T083000Z"
        assert found["SEQUENCE"] == "0"


def test_a_shallow_clone_warns_that_stamps_need_the_history(repo: Repo, tmp_path: Path) -> None:
    repo.write("umfrage.md", post())
    repo.commit(day(1))
    repo.write("umfrage.md", post(publish_at="2027-01-14T09:30"))
    repo.commit(day(2))
    clone = tmp_path / "flach"
    subprocess.run(["git", "clone", "-q", "--depth", "1", repo.root.as_uri(), str(clone)], check=True,
                   capture_output=True)
    result = run_cli("calendar", "--lang", "en", "-o", "calendar/", cwd=clone)
    assert result.exit_code == 0
    assert "shallow git clone" in result.stderr and "fetch-depth: 0" in result.stderr
    full = run_cli("calendar", "--lang", "en", "-o", "calendar/", cwd=repo.root)
    assert "shallow" not in full.stderr
    # the cut-off history gives other values: why CI needs fetch-depth: 0
    assert events((clone / "calendar/all.ics").read_bytes()) != repo.events()


@pytest.fixture
def precommit_env(tmp_path: Path) -> dict[str, str]:
    """pre-commit and git with HOME and every cache in tmp."""
    base = tmp_path / "home"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PRE_COMMIT", "VIRTUAL_ENV"))}
    env.update({"HOME": str(base), "PRE_COMMIT_HOME": str(base / "pre-commit"), "XDG_CACHE_HOME": str(base / "cache"),
                "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])})
    base.mkdir()
    return env


def test_the_calendar_hook_fails_once_then_passes_and_later_commits_leave_other_events_alone(
        repo: Repo, precommit_env: dict[str, str]) -> None:
    """The hook of this repository's .pre-commit-config.yaml, run by the real pre-commit."""
    (repo.root / ".pre-commit-config.yaml").write_text(
        (PROJECT / ".pre-commit-config.yaml").read_text("utf-8"), "utf-8")
    repo.commit(day(1), "hooks")

    def commit(when: datetime, message: str) -> subprocess.CompletedProcess[str]:
        env = dict(precommit_env, GIT_COMMITTER_DATE=when.isoformat(), GIT_AUTHOR_DATE=when.isoformat())
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "smmlint-calendar"], cwd=repo.root,
                              env=env, capture_output=True, text=True, timeout=300)

    def hook_commit(when: datetime, message: str) -> list[str]:
        """Run the hook like `git commit` does; when it rewrote feeds, stage them and run it again."""
        outputs = []
        for _ in range(2):
            result = commit(when, message)
            outputs.append(result.stdout)
            if result.returncode == 0:
                repo.git("commit", "-q", "-m", message, when=when)
                return outputs
            assert "files were modified by this hook" in result.stdout, result.stdout + result.stderr
            repo.git("add", "calendar")
        raise AssertionError(f"the hook failed twice:\n{outputs}")

    repo.write("umfrage.md", post())
    repo.write("quiz.md", post(id="quiz", publish_at="2027-01-15T09:30"))
    repo.calendar(lang=None)  # the first feeds (new files, which pre-commit does not see as modified), as the hook writes them
    repo.git("add", "-A")
    assert len(hook_commit(day(2), "two posts")) == 1
    first = repo.events()

    repo.write("umfrage.md", post(publish_at="2027-01-20T09:30"))
    repo.git("add", "posts/umfrage.md")
    outputs = hook_commit(day(3), "move umfrage")
    assert len(outputs) == 2  # failed once (the feed changed), passed after staging it
    moved = repo.events()
    assert moved["quiz@smmlint"] == first["quiz@smmlint"]
    assert moved["umfrage@smmlint"]["SEQUENCE"] == "1"
    assert repo.calendar("--check", lang=None).exit_code == 0  # what CI regenerates from the history

    repo.write("quiz.md", post(id="quiz", publish_at="2027-01-15T09:30", body="\nNoch ein Satz.\n"))
    repo.git("add", "posts/quiz.md")
    assert len(hook_commit(day(4), "edit quiz")) == 2
    assert repo.events()["umfrage@smmlint"] == moved["umfrage@smmlint"]  # not touched by this commit
    assert repo.calendar("--check", lang=None).exit_code == 0
    assert repo.git("status", "--porcelain") == ""
