"""The calendar survives edits: random walks of adding, editing, moving, renaming and deleting
posts over many commits never duplicate or lose an event.

tests/test_calendar_history.py checks each kind of change once, in detail; here seeded random
sequences of them (reproducible: the seed is in the test id) are checked against a model of
the posts after every step: exactly one event per planned post (UID from its `id`, else its
path), in `all.ics` and in its channel's feed, at its time; SEQUENCE and DTSTAMP of an event
never go back; and after each commit `calendar --check` finds the committed feeds fresh.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pytest

from tests.test_calendar_history import Repo, day, events, git_identity, post  # noqa: F401 (autouse fixture)

pytestmark = pytest.mark.slow  # git and a calendar run per step

CHANNELS = ("x", "mastodon")
PLANNED = ("scheduled", "approved", "review")  # in the feed; draft and cancelled are not
FOLDERS = ("", "2027/01/", "archiv/")


@dataclass(frozen=True)
class Model:
    """One post as the test means it."""

    path: str  # under posts/
    id: str | None
    channel: str
    publish_at: str
    status: str

    @property
    def uid(self) -> str:
        return (self.id or "posts/" + self.path.removesuffix(".md")) + "@smmlint"

    def text(self) -> str:
        return post(id=self.id, channel=self.channel, publish_at=self.publish_at, status=self.status)


def utc(local: str) -> str:
    """The DTSTART of a Berlin wall time in January (UTC+1)."""
    moment = datetime.fromisoformat(local)
    return f"{moment:%Y%m%d}T{moment.hour - 1:02d}{moment.minute:02d}00Z"


class Walk:
    def __init__(self, repo: Repo, seed: int) -> None:
        self.repo, self.rng = repo, random.Random(seed)
        self.posts: dict[str, Model] = {}  # by path
        self.number = 0
        self.seen: dict[str, tuple[int, str]] = {}  # uid -> (sequence, dtstamp) last seen
        self.commits = 1

    # ---- changes ----------------------------------------------------------------------------
    def new_time(self) -> str:
        return f"2027-01-{self.rng.randint(11, 29):02d}T{self.rng.randint(9, 16):02d}:{self.rng.choice(('00', '30'))}"

    def free_path(self) -> str:
        self.number += 1
        return f"{self.rng.choice(FOLDERS)}post-{self.number}.md"

    def write(self, model: Model) -> None:
        self.repo.write(model.path, model.text())
        self.repo.git("add", f"posts/{model.path}")  # staged, as before a commit
        self.posts[model.path] = model

    def add(self) -> str:
        self.number += 1
        model = Model(self.free_path(), f"beitrag-{self.number}" if self.rng.random() < 0.6 else None,
                      self.rng.choice(CHANNELS), self.new_time(), self.rng.choice(PLANNED + ("draft",)))
        self.write(model)
        return f"add {model.path} id={model.id}"

    def edit(self, model: Model) -> str:
        changed = replace(model, publish_at=self.new_time()) if self.rng.random() < 0.5 else \
            replace(model, status=self.rng.choice(PLANNED + ("draft", "cancelled")))
        self.write(changed)
        return f"edit {model.path}"

    def move(self, model: Model) -> str:  # another folder or another name; the id (if any) stays
        target = self.free_path()
        (self.repo.root / "posts" / target).parent.mkdir(parents=True, exist_ok=True)
        self.repo.git("mv", f"posts/{model.path}", f"posts/{target}")
        del self.posts[model.path]
        self.posts[target] = replace(model, path=target)
        return f"move {model.path} -> {target}"

    def delete(self, model: Model) -> str:
        self.repo.git("rm", "-q", "-f", f"posts/{model.path}")
        del self.posts[model.path]
        return f"delete {model.path}"

    def step(self) -> str:
        if not self.posts or self.rng.random() < 0.3:
            return self.add()
        model = self.posts[self.rng.choice(sorted(self.posts))]
        return self.rng.choice((self.edit, self.edit, self.move, self.move, self.delete))(model)

    # ---- checks -------------------------------------------------------------------------------
    def check(self, history: list[str]) -> None:
        result = self.repo.calendar()
        assert result.exit_code == 0, (history, result.output)
        planned = {m.uid: m for m in self.posts.values() if m.status in PLANNED}
        raw = self.repo.feed()
        found = events(raw)
        assert raw.count(b"BEGIN:VEVENT") == len(found), (history, "an event twice")
        assert set(found) == set(planned), (history, sorted(set(found) ^ set(planned)))
        for uid, model in planned.items():
            event = found[uid]
            assert event["DTSTART"] == utc(model.publish_at), (history, uid)
            assert f"posts/{model.path}" in event["DESCRIPTION"].replace("\\n", "\n"), (history, uid)
            sequence, stamp = int(event["SEQUENCE"]), event["DTSTAMP"]
            if uid in self.seen:
                assert sequence >= self.seen[uid][0] and stamp >= self.seen[uid][1], (history, uid)
            self.seen[uid] = (sequence, stamp)
        for channel in CHANNELS:
            path = self.repo.root / "calendar" / f"channel-{channel}.ics"
            wanted = {uid for uid, model in planned.items() if model.channel == channel}
            got = events(path.read_bytes()) if path.exists() else {}
            assert set(got) == wanted, (history, channel)

    def commit(self, history: list[str]) -> None:
        self.commits += 1
        self.repo.git("add", "-A")  # the posts and the feeds the hook wrote
        self.repo.git("commit", "-q", "--allow-empty", "-m", f"step {len(history)}", when=day(self.commits))
        assert self.repo.calendar("--check").exit_code == 0, (history, "stale after the commit")


@pytest.mark.parametrize("seed", range(3))
def test_random_edits_across_commits_never_duplicate_or_lose_an_event(tmp_path: Path, seed: int) -> None:
    repo = Repo(tmp_path / "inhalte")
    (repo.root / "README.md").write_text("# Inhalte\n", "utf-8")
    repo.commit(day(0), "setup")
    walk = Walk(repo, seed)
    history: list[str] = []
    for _ in range(14):
        for _ in range(walk.rng.randint(1, 3)):  # a commit holds one to three changes
            history.append(walk.step())
            walk.check(history)
        walk.commit(history)
    assert walk.seen, "the walk planned at least one post"
