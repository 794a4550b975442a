"""What git knows about post files: last commit time, revision, changed files.

Every function runs a small, fixed number of git processes however many posts
there are: :func:`post_history` reads the whole history with one ``git log``
and the file versions it needs with one ``git cat-file --batch``. Only the
standard library is imported. Requires git >= 2.28.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Iterable, Sequence

__all__ = ["GitError", "PostHistory", "changed_since", "is_shallow", "post_history"]

_HEADER = b"\x01"  # marks a commit line in the ``git log`` output
_FM_START = re.compile(rb"---[ \t]*\r?\n")
_FM_END = re.compile(rb"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
# the front-matter keys whose change raises the calendar SEQUENCE
_COMMITTER = re.compile(rb"^committer [^\n]*> (\d+) [+-]\d{4}$", re.M)
_FM_LINE = re.compile(rb"^(publish_at|status)[ \t]*:[ \t]*(.*?)[ \t]*\r?$", re.M)


@dataclass(frozen=True)
class PostHistory:
    """What git says about one post file.

    ``last_commit_time``: committer time (UTC) of the newest commit that
    touched the file, a rename included. ``revision``: the number of commits
    in which the file's ``publish_at`` or ``status`` line changed, following
    renames; the commit that adds the file does not count. ``base_time``:
    committer time (UTC) of the first parent of the newest commit that
    touched the file (the first one ``git log`` lists), i.e. of the state the
    change was made on, which a pre-commit hook already knows; None for a
    root commit or a parent cut off by a shallow clone.
    """

    last_commit_time: datetime
    revision: int
    base_time: datetime | None = field(default=None, compare=False)


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run git in ``cwd``; raises OSError when git is not installed."""
    env = dict(
        os.environ,
        GIT_OPTIONAL_LOCKS="0",  # never take the index lock: editors commit meanwhile
        GIT_TERMINAL_PROMPT="0",
        # pathspecs mean what they say here, whatever the caller's environment
        GIT_LITERAL_PATHSPECS="0",
        GIT_GLOB_PATHSPECS="0",
        GIT_NOGLOB_PATHSPECS="0",
        GIT_ICASE_PATHSPECS="0",
    )
    return subprocess.run(
        ["git", "-C", str(cwd), "-c", "log.showSignature=false", *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        env=env,
        check=False,
    )


def _toplevel(repo_root: Path) -> Path | None:
    """The work tree's top folder, or None outside a git work tree (or without git)."""
    try:
        proc = _git(repo_root, "rev-parse", "--show-toplevel")
    except OSError:
        return None
    if proc.returncode != 0 or not proc.stdout.strip():
        return None
    return Path(os.fsdecode(proc.stdout.rstrip(b"\n")))


def _relative_keys(top: Path, base: Path, paths: Iterable[Path]) -> dict[str, list[Path]]:
    """Map each path's repo-relative POSIX name to the caller's Path objects."""
    real_top = os.path.realpath(top)
    real_base = os.path.realpath(base)
    prefix = real_top.rstrip(os.sep) + os.sep
    keys: dict[str, list[Path]] = {}
    for path in paths:
        full = os.path.normpath(os.path.join(real_base, path))
        if not full.startswith(prefix):  # a symlinked spelling, or outside the repo
            full = os.path.realpath(full)
            if not full.startswith(prefix):
                continue  # outside this repository: no history
        keys.setdefault(Path(full[len(prefix) :]).as_posix(), []).append(path)
    return keys


def _pathspecs(keys: Iterable[str]) -> list[str]:
    """Limit ``git log`` to the kinds of file asked for (``*.md``), repo-wide.

    A pattern rather than 10,000 file names keeps the command line short,
    lets rename detection see a post moved in from any folder, and keeps
    media out of it (pairing a deleted and an added video for rename
    detection would read both files).
    """
    specs = set()
    for key in keys:
        name = key.rsplit("/", 1)[-1]
        suffix = name[name.rfind(".") :] if "." in name.lstrip(".") else ""
        if suffix and not any(c in suffix for c in "*?[]\\"):
            specs.add(f":(top)*{suffix}")  # without glob magic "*" also matches "/"
        else:
            specs.add(f":(top,literal){key}")
    return sorted(specs)


@dataclass
class _Trace:
    """History collected for one post while walking the log (newest first)."""

    last: int = -1  # newest committer time seen (epoch seconds)
    changes: list[tuple[str, str]] = field(default_factory=list)  # (old, new) blob per edit
    ended: bool = False  # deleted at its newest appearance: not in HEAD
    base: bytes = b""  # first parent of the newest commit that touched it (b"" for a root commit)


def _walk_log(raw: bytes, keys: Iterable[str]) -> dict[str, _Trace]:
    """Follow each key back through ``git log -z --raw -M`` output, newest first.

    ``alias`` maps a name a file had in history to the post it is now. A
    rename moves the alias to the old name; an add or delete ends it, so an
    older, unrelated file that once had the same name is not counted. Each
    commit is applied as a whole, so names swapped in one commit stay apart.
    Names stay bytes here: most entries concern other files and are skipped.
    """
    traces = {key: _Trace() for key in keys}
    alias = {os.fsencode(key): key for key in keys}
    tokens = raw.split(b"\0")
    when, parent = 0, b""
    # (status, old name, new name, old blob, new blob, post) touched by the current commit
    hits: list[tuple[bytes, bytes, bytes, bytes, bytes, str]] = []
    i, count = 0, len(tokens)
    while i <= count:
        token = tokens[i].lstrip(b"\n") if i < count else _HEADER + b"end 0"
        i += 1
        if token.startswith(b":"):
            # ":<old mode> <new mode> <old blob> <new blob> <status>", then one or two names
            meta = token.split(b" ")
            status = meta[4][:1]
            if status == b"R" or status == b"C":
                old, new = tokens[i], tokens[i + 1]
                i += 2
            else:
                old = new = tokens[i]
                i += 1
            if status != b"C" and new in alias:
                hits.append((status, old, new, meta[2], meta[3], alias[new]))
        elif token.startswith(_HEADER):
            _apply_commit(hits, when, parent, alias, traces)
            hits = []
            fields = token[1:].split(b" ")  # hash, committer time, parents
            when, parent = int(fields[1]), fields[2] if len(fields) > 2 else b""
    return traces


def _apply_commit(
    hits: list[tuple[bytes, bytes, bytes, bytes, bytes, str]],
    when: int,
    parent: bytes,
    alias: dict[bytes, str],
    traces: dict[str, _Trace],
) -> None:
    for status, _old, new, _ob, _nb, _post in hits:
        if status in (b"A", b"D", b"R"):
            del alias[new]
    for status, old, _new, old_blob, new_blob, post in hits:
        trace = traces[post]
        if status == b"D":
            trace.ended = trace.ended or trace.last < 0
            continue
        if trace.last < 0:
            trace.base = parent
        trace.last = max(trace.last, when)
        if status == b"A":
            continue
        if status == b"R":
            alias[old] = post
        if old_blob != new_blob:
            trace.changes.append((old_blob.decode(), new_blob.decode()))


def _front_matter_values(blob: bytes) -> tuple[bytes, ...]:
    """The normalized ``publish_at`` and ``status`` lines of one file version.

    Only the front matter counts (a body line "status: ..." does not), and
    only the value: quotes, spacing and a trailing comment are ignored.
    """
    blob = blob.removeprefix(b"\xef\xbb\xbf")
    start = _FM_START.match(blob)
    if not start:
        return ()
    end = _FM_END.search(blob, start.end())
    found = []
    for key, value in _FM_LINE.findall(blob, start.end(), end.start() if end else len(blob)):
        quote = value[:1]
        if quote in (b'"', b"'") and quote in value[1:]:
            value = value[1 : value.index(quote, 1)]
        else:
            value = value.split(b" #", 1)[0].rstrip()
        found.append(key + b"=" + value)
    return tuple(sorted(found))


def _commit_time(commit: bytes | None) -> datetime | None:
    """Committer time of a raw commit object, or None without one."""
    found = _COMMITTER.search(commit) if commit else None
    return datetime.fromtimestamp(int(found.group(1)), UTC) if found else None


def _read_blobs(top: Path, shas: Sequence[str]) -> dict[str, bytes]:
    """Contents of many blobs with one ``git cat-file --batch``."""
    if not shas:
        return {}
    proc = _git(top, "cat-file", "--batch", stdin="".join(f"{s}\n" for s in shas).encode())
    if proc.returncode != 0:
        return {}
    out: dict[str, bytes] = {}
    data = proc.stdout
    pos = 0
    while (end := data.find(b"\n", pos)) >= 0:
        header = data[pos:end].split(b" ")
        pos = end + 1
        if len(header) != 3:  # "<sha> missing"
            continue
        size = int(header[2])
        out[header[0].decode()] = data[pos : pos + size]
        pos += size + 1
    return out


def post_history(repo_root: Path, paths: Sequence[Path]) -> dict[Path, PostHistory]:
    """Last commit time and revision for each committed post in ``paths``.

    Relative paths are taken relative to ``repo_root``. Files that git does
    not have in a commit get no entry (the caller falls back to
    ``publish_at`` and revision 0); outside a git repository, or without git,
    the result is empty. Runs three git processes in total.
    """
    if not paths:
        return {}
    top = _toplevel(repo_root)
    if top is None:
        return {}
    keys = _relative_keys(top, repo_root, paths)
    if not keys:
        return {}
    # Explicit options beat user config: log.follow=true would drop commits
    # (and --follow cannot take a pattern), diff.relative=true would cut names.
    args = [
        "log", "-z", "--raw", "--no-abbrev", "-M", "--root", "--no-follow", "--no-relative",
        "--no-color", "--format=%x01%H %ct %P",
    ]
    try:
        proc = _git(top, *args, "--", *_pathspecs(keys))
    except OSError:
        return {}
    if proc.returncode != 0:  # e.g. a repository without any commit yet
        return {}
    traces = _walk_log(proc.stdout, keys)

    live = [t for t in traces.values() if t.last >= 0 and not t.ended]
    wanted = sorted({sha for t in live for pair in t.changes for sha in pair} | {t.base.decode() for t in live if t.base})
    try:
        blobs = _read_blobs(top, wanted)
    except OSError:
        return {}
    values: dict[str, tuple[bytes, ...]] = {}
    result: dict[Path, PostHistory] = {}
    for key, trace in traces.items():
        if trace.last < 0 or trace.ended:
            continue
        revision = 0
        for old, new in trace.changes:
            for sha in (old, new):
                if sha not in values:
                    values[sha] = _front_matter_values(blobs.get(sha, b""))
            if values[old] != values[new]:
                revision += 1
        history = PostHistory(datetime.fromtimestamp(trace.last, UTC), revision, _commit_time(blobs.get(trace.base.decode())))
        for path in keys[key]:
            result[path] = history
    return result


def is_shallow(repo_root: Path) -> bool:
    """True in a shallow clone (CI's default depth 1): the history is cut off.

    There, last commit times and revisions are wrong for every post; a CI job
    that builds or checks the feed needs the full history (``fetch-depth: 0``).
    """
    try:
        proc = _git(repo_root, "rev-parse", "--is-shallow-repository")
    except OSError:
        return False
    return proc.returncode == 0 and proc.stdout.strip() == b"true"


class GitError(ValueError):
    """A one-line problem with git for the user; ``str()`` is English, ``de`` German."""

    def __init__(self, en: str, de: str) -> None:
        super().__init__(en)
        self.de = de


def changed_since(repo_root: Path, ref: str) -> list[Path]:
    """Files a pull request changes relative to ``ref``, as sorted absolute paths.

    That is every file added, modified, renamed (the new name), copied or
    changed in type between the merge base of ``ref`` and HEAD (what
    ``git diff REF...HEAD`` and a pull request show), plus what is not
    committed yet: staged and unstaged edits and new files that git does not
    ignore. Deleted files are left out. In a clean CI checkout this is exactly
    ``git diff --name-only --diff-filter=ACMRT REF...HEAD``; locally it also
    covers the work in progress, which is what an editor running the check
    before pushing expects.

    Raises :class:`GitError` (a ValueError with a one-line message) without
    git, outside a git repository, for an unknown ``ref``, or when ``ref`` and
    HEAD share no history (a shallow clone).
    """
    if not ref or ref.startswith("-") or any(c in ref for c in "\0\n"):
        raise GitError(f"not a git ref: {ref!r}", f"Das ist keine Git-Referenz: {ref!r}")
    try:
        found = _git(repo_root, "rev-parse", "--show-toplevel")
    except OSError:
        raise GitError(
            "--changed-since needs git, but git could not be started",
            "--changed-since braucht Git, aber Git ließ sich nicht starten",
        ) from None
    if found.returncode != 0 or not found.stdout.strip():
        raise GitError(
            f"--changed-since needs a git repository, and {repo_root} is not in one",
            f"--changed-since braucht ein Git-Repository, aber {repo_root} liegt in keinem",
        )
    top = Path(os.fsdecode(found.stdout.rstrip(b"\n")))
    verify = _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if verify.returncode != 0:
        raise GitError(
            f"unknown git ref {ref!r} (in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0)",
            f"Git kennt {ref!r} nicht (in der CI erst holen, z. B. actions/checkout mit fetch-depth: 0)",
        )
    base = _git(top, "merge-base", verify.stdout.strip().decode(), "HEAD")
    if base.returncode != 0:
        raise GitError(
            f"{ref!r} and HEAD share no git history (shallow clone? fetch with fetch-depth: 0)",
            f"{ref!r} und HEAD haben keine gemeinsame Git-Geschichte (flacher Klon? mit fetch-depth: 0 holen)",
        )
    diff = _git(
        top, "diff", "-z", "--name-only", "--no-relative", "--no-ext-diff", "-M", "--diff-filter=ACMRT",
        base.stdout.strip().decode(), "--",
    )
    untracked = _git(top, "ls-files", "-z", "--full-name", "--others", "--exclude-standard")
    for proc in (diff, untracked):
        if proc.returncode != 0:
            lines = proc.stderr.decode(errors="replace").strip().splitlines()
            detail = lines[0] if lines else f"exit status {proc.returncode}"
            raise GitError(f"git failed: {detail}", f"Git-Fehler: {detail}")
    names = {n for n in diff.stdout.split(b"\0") + untracked.stdout.split(b"\0") if n}
    return sorted(top / os.fsdecode(n) for n in names)
