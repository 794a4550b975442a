"""Narrow the posts `check` lints: only posts (for pre-commit) and only changed posts (for pull requests).

Both take the paths `check` would lint (given paths, else the config's posts folder) and
return a shorter list of the same kind; the CLI passes the result to `api.lint_paths`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from smmlint.config import Config
from smmlint.discovery import find_posts


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _below(path: Path, folder: Path) -> Path | None:
    """`path` relative to `folder`, or None when it is outside."""
    try:
        return path.relative_to(folder)
    except ValueError:
        return None


def posts_only(paths: Sequence[Path], config: Config) -> list[Path]:
    """Drop what is not a post: files outside the config's `posts` folder, hidden files and
    folders below it, files not ending in `.md`. A folder that holds the posts folder is
    replaced by it. Paths that do not exist are kept, so that `check` reports them.

    pre-commit passes every staged Markdown file (README.md, docs/*.md too); only posts
    belong to the linter.
    """
    posts = _real(config.posts_dir)
    kept: list[Path] = []
    for path in paths:
        if not path.exists():
            kept.append(path)
            continue
        real = _real(path)
        inside = _below(real, posts)
        if inside is None:
            if path.is_dir() and _below(posts, real) is not None and posts.is_dir():
                kept.append(config.posts_dir)
            continue
        if any(part.startswith(".") for part in inside.parts):
            continue
        if path.is_dir() or path.name.endswith(".md"):
            kept.append(path)
    return list(dict.fromkeys(kept))


def changed_posts(paths: Sequence[Path], config: Config, ref: str) -> list[Path]:
    """The posts under `paths` that git reports added, modified or renamed since `ref`.

    Merge-base semantics (what `git diff REF...HEAD` and a pull request show), plus work not
    committed yet (staged, unstaged, new files git does not ignore); deleted posts are gone.
    Raises gitinfo.GitError (one line, English and German) for an unknown ref or outside git,
    discovery.PathMissing for a given path that does not exist.
    """
    from smmlint.gitinfo import changed_since

    changed = {_real(path) for path in changed_since(config.root, ref)}
    candidates = find_posts(paths)
    return [path for path in candidates if _real(path) in changed]
