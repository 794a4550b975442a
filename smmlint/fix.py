"""Apply the safe, mechanical fixes that rules attach to findings (`Problem.edit`).

An `Edit(line, column, old, new)` addresses the text as the rules saw it: LF line ends, no
BOM, 1-based line and column counted in characters. The file on disk keeps everything the
edit does not touch, byte for byte: its BOM, its CRLF (or mixed) line ends, YAML comments,
key order. An edit is applied only when `old` is exactly the text at its place.

Several findings may carry the same edit (UTM002 and UTM004 on one URL): it is applied once.
Edits are taken in file order (line, column, then rule code); an edit that overlaps one
already taken is skipped in that pass. `fix_file` then re-lints and applies what is still
needed, up to `MAX_PASSES` times, so one `--fix` converges and a second changes nothing.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from smmlint.messages import Catalog, render
from smmlint.problem import Edit, Problem

MAX_PASSES = 5


@dataclass(frozen=True)
class Change:
    """One applied edit and the rules that asked for it."""

    edit: Edit
    codes: tuple[str, ...]


@dataclass
class FileFix:
    """What `--fix` did to one file; `problems` are the findings left after fixing."""

    path: Path
    display_path: str
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Source:
    """A file's text without its BOM (line ends as on disk) and whether it had one."""

    text: str
    bom: bool

    @classmethod
    def read(cls, path: Path) -> "Source | None":
        """None when the file is not readable UTF-8 text (then nothing is fixed)."""
        try:
            raw = path.read_bytes()
            bom = raw.startswith(codecs.BOM_UTF8)
            return cls(raw[len(codecs.BOM_UTF8):].decode("utf-8") if bom else raw.decode("utf-8"), bom)
        except (OSError, UnicodeDecodeError):
            return None

    def encode(self, text: str) -> bytes:
        return (codecs.BOM_UTF8 if self.bom else b"") + text.encode("utf-8")


def group_edits(problems: Iterable[Problem]) -> list[Change]:
    """Identical edits merged (with all their codes), in file order; no-op edits dropped."""
    codes: dict[Edit, list[str]] = {}
    for problem in problems:
        edit = problem.edit
        if edit is not None and edit.old != edit.new:
            found = codes.setdefault(edit, [])
            if problem.code not in found:
                found.append(problem.code)
    changes = [Change(edit, tuple(sorted(found))) for edit, found in codes.items()]
    return sorted(changes, key=lambda change: (change.edit.line, change.edit.column, change.codes, change.edit.old, change.edit.new))


def apply_edits(text: str, changes: Sequence[Change]) -> tuple[str, list[Change], list[Change]]:
    """Apply `changes` (in file order) to `text` as it is on disk (CRLF kept).

    Returns (new text, applied, skipped): skipped are edits whose `old` is not at their place
    and edits that overlap an earlier one.
    """
    starts = _line_starts(text)
    newline = "\r\n" if "\r\n" in text else "\n"
    taken: list[tuple[int, int, Change]] = []
    skipped: list[Change] = []
    for change in changes:
        span = _span(text, starts, change.edit)
        if span is None or any(_overlap(span, (start, end)) for start, end, _ in taken):
            skipped.append(change)
            continue
        taken.append((*span, change))
    pieces: list[str] = []
    position = 0
    for start, end, change in sorted(taken, key=lambda item: item[0]):
        pieces.append(text[position:start])
        pieces.append(change.edit.new.replace("\n", newline))
        position = end
    pieces.append(text[position:])
    return "".join(pieces), [change for _, _, change in taken], skipped


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _offset(text: str, starts: list[int], line: int, column: int) -> int | None:
    """Offset in `text` of (line, column) of its LF-normalised form; None when outside."""
    if not 1 <= line <= len(starts) or column < 1:
        return None
    start = starts[line - 1]
    end = starts[line] - 1 if line < len(starts) else len(text)  # at the "\n"
    if end > start and text[end - 1] == "\r" and line < len(starts):
        end -= 1  # a CRLF line: the "\r" is not part of the line as the rules saw it
    offset = start + column - 1
    return offset if offset <= end else None


def _span(text: str, starts: list[int], edit: Edit) -> tuple[int, int] | None:
    """(start, end) offsets of `edit.old` in `text`, or None when it is not there."""
    begin = _offset(text, starts, edit.line, edit.column)
    if begin is None:
        return None
    lines = edit.old.split("\n")
    last_line = edit.line + len(lines) - 1
    last_column = (edit.column if len(lines) == 1 else 1) + len(lines[-1])
    finish = _offset(text, starts, last_line, last_column)
    if finish is None or text[begin:finish].replace("\r\n", "\n") != edit.old:
        return None
    return begin, finish


def _overlap(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Ranges share a character, or both insert (or start) at the same place."""
    return first[0] == second[0] or (first[0] < second[1] and second[0] < first[1])


def write_atomically(path: Path, data: bytes) -> None:
    """Replace the file's content in one step (a crash leaves the old or the new file), mode kept."""
    import tempfile

    target = path.resolve()
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".smmlint-fix-")  # short: any post name fits
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, target.stat().st_mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def fix_file(path: Path, display_path: str, lint: Callable[[], list[Problem]], *,
             max_passes: int = MAX_PASSES) -> FileFix:
    """Lint, apply the edits, write, re-lint; repeat while edits were applied (at most `max_passes`).

    `lint()` lints the file as it is on disk now. The result holds the applied changes and the
    findings of the last lint (what remains).
    """
    result = FileFix(path, display_path)
    problems = lint()
    for _ in range(max_passes):
        changes = group_edits(problems)
        source = Source.read(path) if changes else None
        if source is None:
            break
        text, applied, _ = apply_edits(source.text, changes)
        if not applied:
            break
        write_atomically(path, source.encode(text))
        result.changes.extend(applied)
        problems = lint()
    result.problems = problems
    return result


MESSAGES: Catalog = {
    "fixed": {"en": "fixed {path}: {count} change(s)",
              "de": "korrigiert {path}: {count} Änderung(en)"},
    "change": {"en": "  {line}:{column}: {old} -> {new} ({codes})",
               "de": "  Zeile {line}, Spalte {column}: {old} -> {new} ({codes})"},
    "write-failed": {"en": "cannot write {path}: {reason}",
                     "de": "{path} kann nicht geschrieben werden: {reason}"},
}


def describe(fixes: Sequence[FileFix], lang: str) -> list[str]:
    """Lines telling an editor what `--fix` changed, file by file (empty when nothing)."""
    lines: list[str] = []
    for item in fixes:
        if not item.changes:
            continue
        lines.append(render(MESSAGES, "fixed", lang, {"path": item.display_path, "count": len(item.changes)}))
        for change in item.changes:
            edit = change.edit
            lines.append(render(MESSAGES, "change", lang, {"line": edit.line, "column": edit.column, "old": _shown(edit.old),
                                                           "new": _shown(edit.new), "codes": ", ".join(change.codes)}))
    return lines


def _shown(text: str) -> str:
    return repr(text) if not text or text != text.strip() or "\n" in text else text
