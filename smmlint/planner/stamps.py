"""DTSTAMP and SEQUENCE of each post from git, the same before and after a commit.

The calendar contract (spec/calendar.md, points 2 and 3) derives both from git
history. A pre-commit hook regenerates the feeds *before* the commit exists,
so the time of that commit cannot be part of the feed. The stamp is therefore
the committer time of the state a change was made on:

- a post as committed in HEAD: the committer time of the first parent of the
  newest commit that touched it (:attr:`PostHistory.base_time`); for a post
  added in the repository's root commit, that commit's own time;
- a post whose file differs from HEAD (modified, renamed, added, untracked):
  the committer time of HEAD, which becomes the parent of the commit that
  records the change. After that commit the first rule gives the same value,
  so the feed written by the hook is exactly what CI regenerates from the full
  history, and ``calendar --check`` passes on both sides.

The SEQUENCE is the number of commits that changed ``publish_at`` or
``status``, plus one when the file on disk changes them relative to HEAD (for
a rename: relative to the old name in HEAD), again what the commit will add.
Outside git, or without any commit yet, there is no stamp (the caller uses
``publish_at``) and the sequence is 0.

Runs five git processes, however many posts: ``rev-parse``, ``log -1``,
``diff`` and the two of :func:`post_history`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Sequence

# The private helpers are gitinfo's own, so that both sides of the rule above
# (history before the commit, history after it) read git identically.
from smmlint.gitinfo import _front_matter_values, _git, _pathspecs, _read_blobs, _relative_keys, _toplevel, post_history

__all__ = ["Stamp", "post_stamps"]

_ZERO = "0" * 40


@dataclass(frozen=True)
class Stamp:
    """``time``: DTSTAMP and LAST-MODIFIED (UTC), None when git has none; ``sequence``: SEQUENCE."""

    time: datetime | None
    sequence: int = 0


@dataclass(frozen=True)
class _Pending:
    """A post file that differs from HEAD: how git sees the difference."""

    status: str  # "A" added (or untracked), "M" modified, "R" renamed
    old_name: str = ""  # name in HEAD for "R"
    old_blob: str = ""  # blob in HEAD for "M" and "R"


def post_stamps(repo_root: Path, files: Sequence[Path]) -> dict[Path, Stamp]:
    """The stamp of each of ``files`` (relative paths are relative to ``repo_root``).

    Every file gets an entry; ``Stamp(None, 0)`` outside git or before the first commit.
    """
    none = {path: Stamp(None, 0) for path in files}
    top = _toplevel(repo_root)
    if top is None or not files:
        return none
    head = _git(top, "log", "-1", "--format=%ct", "HEAD")
    if head.returncode != 0 or not head.stdout.strip():  # no commit yet
        return none
    head_time = datetime.fromtimestamp(int(head.stdout.split()[0]), UTC)
    keys = _relative_keys(top, repo_root, files)
    pending = _pending(top, keys)
    names = sorted({*keys, *(p.old_name for p in pending.values() if p.status == "R")})
    history = {path.as_posix(): entry for path, entry in post_history(top, [Path(n) for n in names]).items()}
    old = _read_blobs(top, sorted({p.old_blob for p in pending.values() if p.status != "A"}))

    stamps: dict[Path, Stamp] = {}
    for key, paths in keys.items():
        change = pending.get(key)
        if change is None:
            entry = history.get(key)
            stamp = (Stamp(entry.base_time or entry.last_commit_time, entry.revision) if entry
                     else Stamp(head_time, 0))  # not tracked by git: an addition still to commit
        elif change.status == "A":
            stamp = Stamp(head_time, 0)
        else:
            before = history.get(change.old_name if change.status == "R" else key)
            revision = before.revision if before else 0
            try:
                now = (top / key).read_bytes()
            except OSError:
                now = b""
            if _front_matter_values(old.get(change.old_blob, b"")) != _front_matter_values(now):
                revision += 1
            stamp = Stamp(head_time, revision)
        for path in paths:
            stamps[path] = stamp
    return {path: stamps.get(path, none[path]) for path in files}


def _pending(top: Path, keys: dict[str, list[Path]]) -> dict[str, _Pending]:
    """Post files whose content on disk differs from HEAD, by repo-relative name.

    ``git diff HEAD`` compares HEAD with the work tree, with the same rename
    detection and pathspecs as :func:`post_history` (which runs ``git log -M``).
    In a pre-commit hook, pre-commit has stashed what is not staged, so the
    work tree is exactly what will be committed.
    """
    proc = _git(top, "diff", "HEAD", "-z", "--raw", "--no-abbrev", "-M", "--no-relative", "--no-ext-diff",
                "--ignore-submodules", "--", *_pathspecs(keys))
    if proc.returncode != 0:
        return {}
    found: dict[str, _Pending] = {}
    tokens = proc.stdout.split(b"\0")
    i = 0
    while i < len(tokens):
        token = tokens[i].lstrip(b"\n")
        i += 1
        if not token.startswith(b":"):
            continue
        meta = token.decode().split(" ")
        status, old_blob = meta[4][:1], meta[2]
        if status in ("R", "C"):
            old_name, new_name = os.fsdecode(tokens[i]), os.fsdecode(tokens[i + 1])
            i += 2
        else:
            old_name = new_name = os.fsdecode(tokens[i])
            i += 1
        if new_name not in keys:
            continue
        if status == "R":
            found[new_name] = _Pending("R", old_name, old_blob)
        elif status in ("M", "T") and old_blob != _ZERO:
            found[new_name] = _Pending("M", old_name, old_blob)
        else:  # "A", "C", or "D" for a file still on disk but no longer in the index
            found[new_name] = _Pending("A")
    return found
