"""Which files are posts: explicit files as given; folders searched for *.md recursively,
skipping hidden folders, symlinked folders (no loops) and whatever git ignores."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Iterable


class PathMissing(Exception):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def find_posts(paths: Iterable[Path]) -> list[Path]:
    """Post files under `paths`, sorted and without duplicates. Raises PathMissing."""
    found: set[Path] = set()
    walked: list[Path] = []
    for path in paths:
        if path.is_dir():
            walked.extend(_walk(path))
        elif path.is_file():
            found.add(path)
        else:
            raise PathMissing(path)
    found.update(_not_ignored(walked))
    return sorted(found, key=lambda item: item.as_posix())


def _walk(folder: Path) -> Iterable[Path]:
    for current, folders, files in os.walk(folder):  # followlinks=False: no symlink loops
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in files:
            candidate = Path(current) / name
            if name.endswith(".md") and not name.startswith(".") and candidate.is_file():
                yield candidate


def _not_ignored(files: list[Path]) -> list[Path]:
    """Drop files git ignores (one `git check-ignore` call; outside git nothing is dropped)."""
    if not files:
        return files
    try:
        result = subprocess.run(
            ["git", "check-ignore", "--stdin", "-z"], input="\0".join(map(str, files)) + "\0",
            capture_output=True, text=True, timeout=30, cwd=files[0].parent,
        )
    except (OSError, subprocess.SubprocessError):
        return files
    if result.returncode not in (0, 1):  # 128: not a git repository
        return files
    ignored = {Path(item) for item in result.stdout.split("\0") if item}
    return [item for item in files if item not in ignored]
