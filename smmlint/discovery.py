"""Which files are posts: explicit files as given; folders searched for *.md recursively,
skipping hidden folders, symlinked folders (no loops) and whatever git ignores."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable


class PathMissing(Exception):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def find_posts(paths: Iterable[Path]) -> list[Path]:
    """Post files under `paths`, sorted and without duplicates. Raises PathMissing."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(_not_ignored(path, list(_walk(path))))
        elif path.is_file():
            found.add(path)
        else:
            raise PathMissing(path)
    return sorted(found, key=lambda item: item.as_posix())


def _walk(folder: Path) -> Iterable[Path]:
    """*.md files under `folder`: regular files or links to them; hidden names skipped; linked
    folders not entered (no loops). scandir knows most types without a stat per file."""
    pending = [str(folder)]
    while pending:
        try:
            with os.scandir(pending.pop()) as listing:
                entries = list(listing)
        except OSError:  # unreadable or vanished: as os.walk, skip it
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.name.endswith(".md") and entry.is_file():
                    yield Path(entry.path)
            except OSError:  # a link loop or a name the system refuses
                continue


def _not_ignored(folder: Path, files: list[Path]) -> list[Path]:
    """Drop the files under `folder` that git ignores: one `git ls-files` lists the ignored ones
    (ignored folders as `name/`), fast however many posts there are. Outside git nothing is dropped."""
    if not files:
        return files
    import subprocess

    try:
        result = subprocess.run(["git", "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory",
                                 "--", "."], capture_output=True, timeout=30, cwd=folder)
    except (OSError, subprocess.SubprocessError):
        return files
    if result.returncode != 0:  # 128: not a git repository
        return files
    ignored = {os.fsdecode(item) for item in result.stdout.split(b"\0") if item}
    if not ignored:
        return files
    if "./" in ignored:  # the folder itself is ignored
        return []
    folders = tuple(item for item in ignored if item.endswith("/"))
    return [path for path in files
            if (name := path.relative_to(folder).as_posix()) not in ignored and not name.startswith(folders)]
