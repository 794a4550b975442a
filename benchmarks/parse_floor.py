"""The parse floor: the least any linter of these posts must do, in one process.

Reads each file, loads its front matter with PyYAML's C loader and parses its body with
markdown-it-py (commonmark; `--linkify` adds the bare-URL plugin smmlint needs).
Nothing is checked.

    python benchmarks/parse_floor.py FOLDER [--linkify]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from markdown_it import MarkdownIt


def main(folder: str, linkify: bool) -> int:
    md = MarkdownIt("commonmark", {"linkify": True}).enable("linkify") if linkify else MarkdownIt("commonmark")
    count = 0
    for path in sorted(Path(folder).rglob("*.md")):
        text = path.read_bytes().decode("utf-8-sig", "replace").replace("\r\n", "\n")
        _, front, body = text.split("---\n", 2) if text.startswith("---\n") and text.count("---\n") >= 2 else ("", "", text)
        try:
            yaml.load(front, Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            pass
        md.parse(body)
        count += 1
    return count


if __name__ == "__main__":
    print(main(sys.argv[1], "--linkify" in sys.argv[2:]))
