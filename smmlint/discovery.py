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
    for current, folders, files in os.walk(folder):  # followlinks=False: no symlink loops
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in files:
            candidate = Path(current) / name
            if name.endswith(".md") and not name.startswith(".") and candidate.is_file():
                yield candidate


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
