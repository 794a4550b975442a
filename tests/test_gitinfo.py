"""smmlint.gitinfo against real git repositories in tmp_path."""

from __future__ import annotations

import os
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smmlint.gitinfo import GitError, PostHistory, changed_since, is_shallow, post_history

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("clean_git_env")]  # every test here runs git

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)




class Repo:
    """A real git repository with fixed author/committer dates."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Test Redaktion")
        self.git("config", "user.email", "redaktion@example.com")
        self.git("config", "commit.gpgsign", "false")

    def git(self, *args: str, when: datetime | None = None, author: datetime | None = None) -> str:
        env = dict(os.environ)
        if when is not None:
            env["GIT_COMMITTER_DATE"] = when.isoformat()
            env["GIT_AUTHOR_DATE"] = (author or when).isoformat()
        proc = subprocess.run(
            ["git", *args], cwd=self.root, env=env, capture_output=True, text=True, check=True
        )
        return proc.stdout

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def commit(self, message: str, when: datetime, author: datetime | None = None) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message, when=when, author=author)


def post(publish_at: str = "2026-12-01T10:00", status: str = "draft", body: str = "Text.") -> str:
    return (
        "---\n"
        'title: "Mythos oder Fakt?"\n'
        "channel: instagram\n"
        f"publish_at: {publish_at}\n"
        f"status: {status}\n"
        "sla: {owner: anna}\n"
        "---\n"
        f"{body}\n"
    )


def day(n: int, hours: int = 0) -> datetime:
    return T0 + timedelta(days=n, hours=hours)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return Repo(tmp_path / "repo")


def test_history_follows_time_status_and_renames(repo: Repo) -> None:
    repo.write("posts/a.md", post())
    repo.write("posts/b.md", post())
    repo.write("posts/c.md", post())
    repo.write("media/bild.png", "not really a png")
    repo.commit("add posts", day(0))

    repo.write("posts/a.md", post(publish_at="2026-12-02T10:00"))  # time moved: +1
    repo.commit("move a", day(1))

    repo.write("posts/a.md", post(publish_at="2026-12-02T10:00", body="Neuer Text."))  # body only
    repo.commit("edit a", day(2))

    (repo.root / "posts/2026").mkdir()
    repo.git("mv", "posts/a.md", "posts/2026/a.md")  # rename only
    repo.commit("file a", day(3))

    repo.write("posts/2026/a.md", post(publish_at="2026-12-02T10:00", status="approved", body="Neuer Text."))
    repo.commit("approve a", day(4))  # status changed: +1

    # b: the same values written differently, and a body line that looks like a key
    repo.write("posts/b.md", post(status='"draft"   # noch offen', body="status: fertig\npublish_at: nie"))
    repo.commit("reformat b", day(5))

    repo.git("rm", "-q", "posts/c.md")
    repo.commit("drop c", day(6))

    repo.write("posts/new.md", post())  # in the work tree, never committed
    repo.write("posts/staged.md", post())
    repo.git("add", "posts/staged.md")

    a = Path("posts/2026/a.md")
    b = repo.root / "posts/b.md"  # absolute paths work too
    history = post_history(
        repo.root,
        [a, b, Path("posts/c.md"), Path("posts/new.md"), Path("posts/staged.md"), Path("posts/none.md")],
    )
    assert history == {
        a: PostHistory(last_commit_time=day(4), revision=2),
        b: PostHistory(last_commit_time=day(5), revision=0),
    }
    assert history[a].last_commit_time.tzinfo is UTC


def test_rename_with_change_in_the_same_commit(repo: Repo) -> None:
    body = "\n".join(f"Zeile {i} mit genug Text, damit git die Umbenennung erkennt." for i in range(20))
    repo.write("posts/alt.md", post(body=body))
    repo.commit("add", day(0))
    repo.git("mv", "posts/alt.md", "posts/neu.md")
    repo.write("posts/neu.md", post(publish_at="2026-12-24T18:00", body=body))
    repo.commit("rename and move", day(1))
    repo.write("posts/neu.md", post(publish_at="2026-12-24T18:00", status="review", body=body))
    repo.commit("review", day(2))
    result = post_history(repo.root, [Path("posts/neu.md")])
    assert result == {Path("posts/neu.md"): PostHistory(day(2), 2)}


def test_post_moved_in_from_another_folder(repo: Repo) -> None:
    repo.write("entwuerfe/idee.md", post())
    repo.write("entwuerfe/bild.png", "png")
    repo.commit("idea", day(0))
    repo.write("entwuerfe/idee.md", post(status="review"))
    repo.commit("review", day(1))
    (repo.root / "posts/2026/12").mkdir(parents=True)
    repo.git("mv", "entwuerfe/idee.md", "posts/2026/12/idee.md")
    repo.git("mv", "entwuerfe/bild.png", "posts/2026/12/bild.png")
    repo.commit("schedule", day(2))
    assert post_history(repo.root, [Path("posts/2026/12/idee.md")]) == {
        Path("posts/2026/12/idee.md"): PostHistory(day(2), 1)
    }


def test_recreated_file_starts_a_new_history(repo: Repo) -> None:
    repo.write("posts/x.md", post())
    repo.commit("add", day(0))
    repo.write("posts/x.md", post(status="review"))
    repo.commit("review", day(1))
    repo.git("rm", "-q", "posts/x.md")
    repo.commit("drop", day(2))
    repo.write("posts/x.md", post(publish_at="2027-01-01T10:00"))
    repo.commit("new post, same name", day(3))
    assert post_history(repo.root, [Path("posts/x.md")]) == {Path("posts/x.md"): PostHistory(day(3), 0)}


def test_old_name_reused_by_another_post(repo: Repo) -> None:
    """a.md is renamed to b.md, then a new a.md appears: each keeps its own count."""
    repo.write("a.md", post())
    repo.commit("add a", day(0))
    repo.write("a.md", post(status="review"))
    repo.commit("review a", day(1))
    repo.git("mv", "a.md", "b.md")
    repo.commit("rename", day(2))
    repo.write("a.md", post(publish_at="2027-02-02T10:00"))
    repo.commit("another a", day(3))
    result = post_history(repo.root, [Path("a.md"), Path("b.md")])
    assert result == {Path("a.md"): PostHistory(day(3), 0), Path("b.md"): PostHistory(day(2), 1)}


def test_uses_committer_time_not_author_time(repo: Repo) -> None:
    repo.write("p.md", post())
    repo.commit("rebased later", when=day(10), author=day(0))
    assert post_history(repo.root, [Path("p.md")])[Path("p.md")].last_commit_time == day(10)


def test_merged_branch(repo: Repo) -> None:
    repo.write("posts/a.md", post())
    repo.write("posts/b.md", post())
    repo.commit("base", day(0))
    repo.git("switch", "-q", "-c", "feature")
    repo.write("posts/a.md", post(publish_at="2026-12-03T10:00"))
    repo.commit("move a on a branch", day(1))
    repo.git("switch", "-q", "main")
    repo.write("posts/b.md", post(status="approved"))
    repo.commit("approve b", day(2))
    repo.git("merge", "-q", "--no-ff", "-m", "merge", "feature", when=day(3))
    result = post_history(repo.root, [Path("posts/a.md"), Path("posts/b.md")])
    assert result == {
        Path("posts/a.md"): PostHistory(day(1), 1),
        Path("posts/b.md"): PostHistory(day(2), 1),
    }


def test_content_repo_in_a_subfolder_and_odd_names(repo: Repo) -> None:
    names = ["social/posts/Grüße 🎉.md", "social/posts/with\ttab.md", 'social/posts/"quoted".md']
    for name in names:
        repo.write(name, post())
    repo.commit("add", day(0))
    for name in names:
        repo.write(name, post(status="approved"))
    repo.commit("approve", day(1))
    content_root = repo.root / "social"
    paths = [Path(name).relative_to("social") for name in names]
    result = post_history(content_root, paths)
    assert result == {p: PostHistory(day(1), 1) for p in paths}


def test_user_git_config_does_not_change_the_result(repo: Repo) -> None:
    repo.write("posts/a.md", post())
    repo.commit("add", day(0))
    repo.git("mv", "posts/a.md", "posts/b.md")
    repo.write("posts/b.md", post(status="review"))
    repo.commit("rename+review", day(1))
    expected = post_history(repo.root, [Path("posts/b.md")])
    assert expected == {Path("posts/b.md"): PostHistory(day(1), 1)}
    for key, value in [
        ("diff.renames", "false"),
        ("diff.noprefix", "true"),
        ("diff.relative", "true"),
        ("diff.external", "false"),
        ("log.follow", "true"),
        ("log.showSignature", "true"),
        ("log.date", "local"),
        ("core.quotePath", "true"),
        ("color.ui", "always"),
    ]:
        repo.git("config", key, value)
    assert post_history(repo.root / "posts", [Path("b.md")]) == {Path("b.md"): PostHistory(day(1), 1)}
    assert post_history(repo.root, [Path("posts/b.md")]) == expected


def test_no_history_without_git_repo_or_commits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "p.md").write_text(post())
    assert post_history(plain, [Path("p.md")]) == {}
    empty = Repo(tmp_path / "empty")
    empty.write("p.md", post())
    assert post_history(empty.root, [Path("p.md")]) == {}
    assert post_history(empty.root, []) == {}
    assert not is_shallow(plain)


def test_without_git_installed(repo: Repo, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    repo.write("p.md", post())
    repo.commit("add", day(0))
    nogit = tmp_path / "nogit"
    nogit.mkdir()
    monkeypatch.setenv("PATH", str(nogit))
    assert post_history(repo.root, [Path("p.md")]) == {}
    assert is_shallow(repo.root) is False
    with pytest.raises(GitError, match="needs git"):
        changed_since(repo.root, "main")


def test_shallow_clone_is_detected(repo: Repo, tmp_path: Path) -> None:
    repo.write("p.md", post())
    repo.commit("one", day(0))
    repo.write("p.md", post(status="review"))
    repo.commit("two", day(1))
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", repo.root.as_uri(), str(clone)], check=True, capture_output=True
    )
    assert is_shallow(clone) is True
    assert is_shallow(repo.root) is False


# --- changed_since ------------------------------------------------------------


@pytest.fixture
def pr(repo: Repo) -> Repo:
    """main with four posts; a feature branch that edits, adds, renames and deletes."""
    repo.write(".gitignore", "*.tmp\n")
    for name in ("a", "b", "c", "d"):
        repo.write(f"posts/{name}.md", post(body=f"Post {name} " + "mit etwas Text. " * 20))
    repo.commit("base", day(0))
    repo.git("switch", "-q", "-c", "feature")
    repo.write("posts/a.md", post(status="review", body="Post a " + "mit etwas Text. " * 20))
    repo.write("posts/new.md", post())
    repo.git("mv", "posts/b.md", "posts/b-renamed.md")
    repo.git("rm", "-q", "posts/c.md")
    repo.commit("feature work", day(1))
    repo.git("switch", "-q", "main")
    repo.write("posts/main-only.md", post())
    repo.commit("main moves on", day(2))
    repo.git("switch", "-q", "feature")
    return repo


def test_changed_since_in_ci(pr: Repo) -> None:
    changed = changed_since(pr.root, "main")
    expected = ["posts/a.md", "posts/b-renamed.md", "posts/new.md"]
    assert changed == [pr.root / name for name in expected]
    assert all(p.is_absolute() for p in changed)
    # the same as the usual pull-request diff
    usual = pr.git("diff", "--name-only", "--diff-filter=ACMR", "main...HEAD").split()
    assert [p.relative_to(pr.root).as_posix() for p in changed] == sorted(usual)


def test_changed_since_includes_work_in_progress(pr: Repo) -> None:
    pr.write("posts/d.md", post(status="approved"))  # unstaged edit
    pr.write("posts/staged.md", post())
    pr.git("add", "posts/staged.md")
    pr.write("posts/untracked.md", post())
    pr.write("posts/ignored.tmp", "x")
    (pr.root / "posts/new.md").unlink()  # deleted in the work tree: not listed
    changed = changed_since(pr.root / "posts", "main")  # from a subfolder
    expected = ["posts/a.md", "posts/b-renamed.md", "posts/d.md", "posts/staged.md", "posts/untracked.md"]
    assert changed == [pr.root / name for name in expected]


@pytest.mark.parametrize("ref", ["nope", "main~99", "--output=/tmp/x", ""])
def test_changed_since_unknown_ref(pr: Repo, ref: str) -> None:
    with pytest.raises(ValueError) as err:
        changed_since(pr.root, ref)
    assert "\n" not in str(err.value)
    assert isinstance(err.value, GitError)
    assert err.value.de and "\n" not in err.value.de
    if ref == "nope":
        assert str(err.value).startswith("unknown git ref 'nope'")
        assert "'nope'" in err.value.de


def test_changed_since_without_common_history(pr: Repo) -> None:
    pr.git("switch", "-q", "--orphan", "island")
    pr.write("x.md", post())
    pr.commit("unrelated", day(5))
    with pytest.raises(GitError, match="share no git history"):
        changed_since(pr.root, "main")


def test_changed_since_outside_git(tmp_path: Path) -> None:
    with pytest.raises(GitError, match="needs a git repository"):
        changed_since(tmp_path, "main")


# --- scale --------------------------------------------------------------------


def fast_import_history(root: Path, posts: int, rounds: int, per_commit: int = 3) -> dict[str, int]:
    """Build a big history with ``git fast-import``; return the expected revisions.

    One commit adds ``posts`` files; then each of ``rounds`` commits touches
    ``per_commit`` of them: a publish_at change, a body edit, a rename into a
    year folder, or a status change. Returns name -> expected revision.
    """
    Repo(root)
    # posts/YYYY/MM/slug.md as in spec/post-format.md, about 170 posts a month
    names = {i: f"posts/{2020 + i // 2000}/{i // 170 % 12 + 1:02d}/p{i:05d}.md" for i in range(posts)}
    state = {i: ["2026-12-01T10:00", "draft", "Text"] for i in range(posts)}
    revision = {i: 0 for i in range(posts)}
    out: list[bytes] = []

    def commit(n: int, ops: list[bytes]) -> None:
        stamp = int((T0 + timedelta(minutes=n)).timestamp())
        msg = f"c{n}".encode()
        out.append(b"commit refs/heads/main\n")
        out.append(b"committer T <t@example.com> %d +0000\n" % stamp)
        out.append(b"data %d\n%s\n" % (len(msg), msg))  # later commits continue the branch
        out.extend(ops)

    def modify(i: int) -> bytes:
        data = post(*state[i]).encode()
        return b"M 100644 inline %s\ndata %d\n%s\n" % (names[i].encode(), len(data), data)

    commit(0, [modify(i) for i in range(posts)])
    for n in range(1, rounds + 1):
        ops: list[bytes] = []
        for i in sorted({(n * 7919 + j * 104729) % posts for j in range(per_commit)}):
            kind = (i + n) % 4
            if kind == 0:
                state[i][0] = f"2027-01-{n % 28 + 1:02d}T{n % 24:02d}:00"
                revision[i] += 1
                ops.append(modify(i))
            elif kind == 1:
                state[i][2] = f"Text {n}"
                ops.append(modify(i))
            elif kind == 2 and "/moved/" not in names[i]:
                old, names[i] = names[i], names[i].replace("posts/", "posts/moved/")
                ops.append(b"R %s %s\n" % (old.encode(), names[i].encode()))
            else:
                state[i][1] = "review" if state[i][1] != "review" else "approved"
                revision[i] += 1
                ops.append(modify(i))
        commit(n, ops)
    subprocess.run(
        ["git", "fast-import", "--quiet"], cwd=root, input=b"".join(out), check=True, capture_output=True
    )
    subprocess.run(["git", "reset", "-q", "--hard"], cwd=root, check=True)
    return {names[i]: revision[i] for i in range(posts)}


def test_scale_2000_posts(tmp_path: Path) -> None:
    root = tmp_path / "big"
    expected = fast_import_history(root, posts=2000, rounds=2000)
    commits = int(subprocess.run(["git", "rev-list", "--count", "HEAD"], cwd=root, capture_output=True,
                                 text=True, check=True).stdout)
    assert commits == 2001
    paths = [Path(name) for name in expected]
    started = time.perf_counter()
    result = post_history(root, paths)
    elapsed = time.perf_counter() - started
    assert {p.as_posix(): h.revision for p, h in result.items()} == expected
    assert sum(expected.values()) > 1000 and any("/moved/" in name for name in expected)
    assert elapsed < 2.0, f"post_history took {elapsed:.2f}s for 2000 posts"
