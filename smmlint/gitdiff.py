"""Small git questions for the hooks (standard library only; outside git the answer is "nothing")."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Iterable


def untracked(paths: Iterable[Path]) -> list[Path]:
    """Those of `paths` that git does not track yet and does not ignore, sorted.

    pre-commit notices a hook's changes to tracked files by itself, but not a file the
    hook created: the smmlint-calendar hook asks here to fail for a new feed file too.
    """
    wanted = sorted({Path(os.path.abspath(path)) for path in paths})
    if not wanted:
        return []
    cwd = wanted[0].parent
    while not cwd.is_dir() and cwd != cwd.parent:
        cwd = cwd.parent
    try:
        result = subprocess.run(
            ["git", "ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--",
             *(f":(literal){path}" for path in wanted)],
            cwd=cwd, capture_output=True, timeout=60, env=dict(os.environ, GIT_OPTIONAL_LOCKS="0"),
        )
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return []
    if result.returncode != 0 or top.returncode != 0:
        return []
    root = Path(os.fsdecode(top.stdout.strip()))
    found = {Path(os.path.realpath(root / os.fsdecode(name))) for name in result.stdout.split(b"\0") if name}
    return [path for path in wanted if Path(os.path.realpath(path)) in found]
