"""`check --fix`: edits applied byte for byte (BOM, CRLF, comments kept), once, idempotently."""

from __future__ import annotations

import codecs
import re
import textwrap
from pathlib import Path

import pytest

from conftest import run_cli
from smmlint.fix import Change, FileFix, apply_edits, describe, fix_file, group_edits
from smmlint.problem import Edit, Problem, Severity


def problem(code: str, edit: Edit | None, line: int = 1, column: int = 1) -> Problem:
    return Problem("posts/x.md", line, column, code, code.lower(), Severity.ERROR, "message", edit)


def change(edit: Edit, *codes: str) -> Change:
    return Change(edit, codes or ("UTM001",))


# ---- applying edits to text ------------------------------------------------------------------
def test_replaces_exactly_the_old_text_at_its_place():
    text = "title: x\nSee https://example.com/faq today.\n"
    new, applied, skipped = apply_edits(text, [change(Edit(2, 5, "https://example.com/faq", "https://example.com/faq?a=1"))])
    assert new == "title: x\nSee https://example.com/faq?a=1 today.\n"
    assert len(applied) == 1 and skipped == []


def test_crlf_lines_keep_their_line_ends_and_columns_count_without_them():
    text = "a\r\nline two\r\nthree\r\n"
    new, applied, _ = apply_edits(text, [change(Edit(2, 6, "two", "2")), change(Edit(3, 1, "three", "3"))])
    assert new == "a\r\nline 2\r\n3\r\n"
    assert len(applied) == 2


def test_edit_at_the_end_of_a_crlf_line_inserts_before_the_line_end():
    new, applied, _ = apply_edits("ab\r\ncd\r\n", [change(Edit(1, 3, "", "!"))])
    assert new == "ab!\r\ncd\r\n" and applied


def test_a_multi_line_edit_uses_the_files_line_ends():
    new, applied, _ = apply_edits("x\r\na\r\nb\r\n", [change(Edit(2, 1, "a\nb", "c\nd"))])
    assert new == "x\r\nc\r\nd\r\n" and applied


def test_an_edit_whose_old_text_is_not_there_is_skipped():
    text = "Hello world\n"
    new, applied, skipped = apply_edits(text, [change(Edit(1, 7, "planet", "x")), change(Edit(9, 1, "x", "y")),
                                               change(Edit(1, 40, "", "y"))])
    assert new == text and applied == [] and len(skipped) == 3


def test_identical_edits_from_several_rules_are_applied_once_with_all_codes():
    edit = Edit(1, 1, "http://a.example/x", "http://a.example/x?utm_source=x")
    changes = group_edits([problem("UTM002", edit), problem("UTM001", edit), problem("UTM002", edit),
                           problem("CTA001", None), problem("UTM004", Edit(1, 1, "same", "same"))])
    assert changes == [Change(edit, ("UTM001", "UTM002"))]
    new, applied, _ = apply_edits("http://a.example/x\n", changes)
    assert new == "http://a.example/x?utm_source=x\n" and len(applied) == 1


def test_overlapping_different_edits_first_in_file_order_wins():
    text = "abcdef\n"
    changes = group_edits([problem("B", Edit(1, 3, "cde", "CDE")), problem("A", Edit(1, 2, "bcd", "BCD")),
                           problem("C", Edit(1, 6, "f", "F")), problem("D", Edit(1, 2, "b", "X"))])
    new, applied, skipped = apply_edits(text, changes)
    # (1,2) "b" by D and (1,2) "bcd" by A start at the same place: A sorts first (code order)
    assert new == "aBCDeF\n"
    assert [c.codes for c in applied] == [("A",), ("C",)]
    assert sorted(c.codes for c in skipped) == [("B",), ("D",)]


def test_adjacent_edits_do_not_overlap():
    new, applied, _ = apply_edits("abcd\n", [change(Edit(1, 1, "ab", "AB")), change(Edit(1, 3, "cd", "CD"))])
    assert new == "ABCD\n" and len(applied) == 2


# ---- fixing a file (with a stand-in lint that proposes edits) ----------------------------------
POST_CRLF_BOM = codecs.BOM_UTF8 + (
    "---\r\n"
    "title: Passkeys   # kurz halten\r\n"
    "channel: mastodon\r\n"
    "---\r\n"
    "Mehr unter https://Example.com/faq?b=2&a=1\r\n"
    "Ende ohne Zeilenende"
).encode("utf-8")


def url_fixing_lint(path: Path):
    """Proposes the same fix as long as the URL lacks utm_source (like a UTM rule would)."""

    def lint() -> list[Problem]:
        text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        line = text.split("\n")[4]
        if "utm_source" in line:
            return [problem("UTM004", None, 5, 12)]
        edit = Edit(5, 12, "https://Example.com/faq?b=2&a=1", "https://Example.com/faq?b=2&a=1&utm_source=mastodon")
        return [problem("UTM001", edit, 5, 12), problem("UTM002", edit, 5, 12)]

    return lint


def test_fix_file_changes_only_the_edit_and_keeps_bom_crlf_and_comments(tmp_path: Path):
    path = tmp_path / "post.md"
    path.write_bytes(POST_CRLF_BOM)
    path.chmod(0o640)
    result = fix_file(path, "posts/post.md", url_fixing_lint(path))
    expected = POST_CRLF_BOM.replace(b"a=1\r\n", b"a=1&utm_source=mastodon\r\n")
    assert path.read_bytes() == expected
    assert path.stat().st_mode & 0o777 == 0o640
    assert [c.codes for c in result.changes] == [("UTM001", "UTM002")]
    assert [p.code for p in result.problems] == ["UTM004"]  # what remains after the fix
    again = fix_file(path, "posts/post.md", url_fixing_lint(path))
    assert again.changes == [] and path.read_bytes() == expected
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_overlapping_edits_converge_in_one_run(tmp_path: Path):
    """Two rules fix overlapping text; the second is re-proposed after the first is applied."""
    path = tmp_path / "post.md"
    path.write_text("x: HeLLo\n", "utf-8")

    def lint() -> list[Problem]:
        text = path.read_text("utf-8")
        found = []
        if "HeLLo" in text:
            found.append(problem("A", Edit(1, 4, "HeLLo", "Hello")))
        if "LL" in text:
            found.append(problem("B", Edit(1, 6, "LL", "ll")))
        if "Hello" in text:
            found.append(problem("C", Edit(1, 4, "Hello", "hello")))
        return found

    result = fix_file(path, "post.md", lint)
    assert path.read_text("utf-8") == "x: hello\n"
    assert [c.codes for c in result.changes] == [("A",), ("C",)]
    assert result.problems == []


def test_a_lint_that_never_converges_stops_after_max_passes(tmp_path: Path):
    path = tmp_path / "post.md"
    path.write_text("a\n", "utf-8")

    def lint() -> list[Problem]:
        current = path.read_text("utf-8")[0]
        return [problem("X", Edit(1, 1, current, "b" if current == "a" else "a"))]

    result = fix_file(path, "post.md", lint, max_passes=3)
    assert len(result.changes) == 3


def test_unreadable_text_is_left_alone(tmp_path: Path):
    path = tmp_path / "post.md"
    path.write_bytes(b"---\n\xff\xfe\n")
    result = fix_file(path, "post.md", lambda: [problem("X", Edit(1, 1, "---", "+++"))])
    assert result.changes == [] and path.read_bytes() == b"---\n\xff\xfe\n"


def test_describe_in_english_and_german():
    fixes = [FileFix(Path("p.md"), "posts/p.md", [Change(Edit(7, 12, "https://x.example/a", "https://x.example/a?utm_source=x"), ("UTM001", "UTM002"))]),
             FileFix(Path("q.md"), "posts/q.md")]
    assert describe(fixes, "en") == ["fixed posts/p.md: 1 change(s)",
                                     "  7:12: https://x.example/a -> https://x.example/a?utm_source=x (UTM001, UTM002)"]
    assert describe(fixes, "de") == ["korrigiert posts/p.md: 1 Änderung(en)",
                                     "  Zeile 7, Spalte 12: https://x.example/a -> https://x.example/a?utm_source=x (UTM001, UTM002)"]


# ---- end to end with the real rules ----------------------------------------------------------
FANCY = textwrap.dedent("""\
    ---
    title: Passkeys   # Kommentar bleibt
    channel: mastodon
    format: poll
    publish_at: 2027-01-12T10:00
    next_step: {type: poll, prompt: "Nutzt ihr schon Passkeys?"}
    sla: {owner: ben}
    ---
    𝐍𝐞𝐮: Nutzt ihr schon Passkeys?
    """)


def test_check_fix_maps_fancy_letters_back_byte_for_byte_with_crlf_and_bom(repo):
    path = repo.write("fancy.md", "")
    original = codecs.BOM_UTF8 + FANCY.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(original)
    before = repo.check("posts/fancy.md")
    assert before.exit_code == 1 and "A11Y009" in before.output
    assert path.read_bytes() == original  # check without --fix never writes
    result = repo.check("--fix", "posts/fancy.md")
    assert path.read_bytes() == original.replace("𝐍𝐞𝐮".encode("utf-8"), b"Neu")
    assert "fixed posts/fancy.md: 1 change(s)" in result.output
    assert "9:1: 𝐍𝐞𝐮 -> Neu (A11Y009)" in result.output
    assert result.exit_code == 0 and "A11Y009" not in result.output.split("(A11Y009)")[1]
    again = repo.check("--fix", "posts/fancy.md", lang="de")
    assert again.exit_code == 0 and "korrigiert" not in again.output
    assert path.read_bytes() == original.replace("𝐍𝐞𝐮".encode("utf-8"), b"Neu")


def test_check_fix_reports_in_german_and_keeps_json_output_clean(repo):
    path = repo.write("fancy.md", FANCY)
    result = run_cli("check", "--fix", "--lang", "de", "--format", "json", "posts/fancy.md", cwd=repo.root)
    import json

    assert json.loads(result.stdout) == []
    assert "korrigiert posts/fancy.md: 1 Änderung(en)" in result.stderr
    assert path.read_text("utf-8") == FANCY.replace("𝐍𝐞𝐮", "Neu")


def test_fix_respects_select_and_suppressions(repo):
    path = repo.write("fancy.md", FANCY)
    result = repo.check("--fix", "--select", "CTA", "posts/fancy.md")
    assert result.exit_code == 0 and path.read_text("utf-8") == FANCY
    suppressed = FANCY.replace("𝐍𝐞𝐮:", "<!-- smmlint-disable-next-line A11Y009 -- Markenschrift -->\n𝐍𝐞𝐮:")
    path.write_text(suppressed, "utf-8")
    result = repo.check("--fix", "posts/fancy.md")
    assert path.read_text("utf-8") == suppressed and "fixed" not in result.output


UNTRACKED = """\
---
id: faq-passkeys
title: Passkeys erklärt   # Titel nur intern
channel: mastodon
format: guide
publish_at: 2027-01-12T10:00
campaign: passkeys-2027
next_step:
  type: faq
  prompt: "Alle Antworten stehen in unserer FAQ."
  url: https://hilfe.example.com/faq/passkeys?ref=nav&lang=de#einrichten
sla: {owner: ben}   # ben hat Wochenenddienst
---
Passkeys ersetzen Passwörter. Alle Antworten stehen in unserer FAQ.

Mehr: https://example.com/faq?b=2&a=1 und [die Anleitung](https://example.com/anleitung?utm_source=Twitter&utm_campaign=passkeys-2026).
"""

FIXED = """\
---
id: faq-passkeys
title: Passkeys erklärt   # Titel nur intern
channel: mastodon
format: guide
publish_at: 2027-01-12T10:00
campaign: passkeys-2027
next_step:
  type: faq
  prompt: "Alle Antworten stehen in unserer FAQ."
  url: https://hilfe.example.com/faq/passkeys?ref=nav&lang=de&utm_source=mastodon&utm_medium=social&utm_campaign=passkeys-2027#einrichten
sla: {owner: ben}   # ben hat Wochenenddienst
---
Passkeys ersetzen Passwörter. Alle Antworten stehen in unserer FAQ.

Mehr: https://example.com/faq?b=2&a=1&utm_source=mastodon&utm_medium=social&utm_campaign=passkeys-2027 und [die Anleitung](https://example.com/anleitung?utm_source=mastodon&utm_campaign=passkeys-2027&utm_medium=social).
"""


@pytest.mark.parametrize("crlf_bom", [False, True], ids=["lf", "crlf+bom"])
def test_check_fix_completes_utm_and_changes_nothing_else(repo, crlf_bom):
    def encode(text: str) -> bytes:
        return codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8") if crlf_bom else text.encode("utf-8")

    path = repo.write("faq.md", "")
    path.write_bytes(encode(UNTRACKED))
    plain = repo.check("posts/faq.md")
    assert plain.exit_code == 1 and {"UTM001", "UTM002", "UTM003", "UTM004", "UTM005"} <= set(re.findall(r"UTM00\d", plain.output))
    assert path.read_bytes() == encode(UNTRACKED)  # check without --fix never writes

    fixed = repo.check("--fix", "posts/faq.md")
    assert path.read_bytes() == encode(FIXED)
    lines = fixed.output.splitlines()
    assert lines[0] == "fixed posts/faq.md: 3 change(s)"
    assert lines[1].startswith("  11:8: https://hilfe.example.com/faq/passkeys?ref=nav&lang=de#einrichten -> ")
    assert lines[2].endswith("(UTM001)") and lines[2].startswith("  16:7: https://example.com/faq?b=2&a=1 -> ")
    assert lines[3].endswith("(UTM002, UTM003, UTM004, UTM005)")  # one URL, four rules, one edit
    assert fixed.exit_code == 0 and "UTM0" not in "\n".join(lines[4:])

    again = repo.check("--fix", "posts/faq.md", lang="de")
    assert again.exit_code == 0 and "korrigiert" not in again.output
    assert path.read_bytes() == encode(FIXED)


def test_check_fix_reports_what_remains_in_german(repo):
    path = repo.write("faq.md", UNTRACKED.replace("sla: {owner: ben}   # ben hat Wochenenddienst\n", ""))
    result = repo.check("--fix", "posts/faq.md", lang="de")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == "korrigiert posts/faq.md: 3 Änderung(en)"
    assert "  Zeile 15, Spalte 7: https://example.com/faq?b=2&a=1 -> " in result.output
    remaining = re.findall(r"^posts/faq\.md:\d+:\d+: (\S+)", result.output, re.M)
    assert remaining == ["SLA001"]
    assert "utm_source=mastodon&utm_medium=social&utm_campaign=passkeys-2027#einrichten" in path.read_text("utf-8")


def test_utm_campaign_falls_back_to_the_post_id(repo):
    text = UNTRACKED.replace("campaign: passkeys-2027\n", "").replace("utm_campaign=passkeys-2026", "utm_campaign=alt")
    path = repo.write("faq.md", text)
    repo.check("--fix", "posts/faq.md")
    fixed = path.read_text("utf-8")
    assert "https://example.com/faq?b=2&a=1&utm_source=mastodon&utm_medium=social&utm_campaign=faq-passkeys " in fixed
    assert "?utm_source=mastodon&utm_campaign=alt&utm_medium=social)" in fixed  # a valid campaign stays


def test_fix_leaves_the_clean_example_posts_byte_for_byte(tmp_path):
    import shutil

    from conftest import PROJECT

    root = tmp_path / "beispiel"
    shutil.copytree(PROJECT / "posts", root / "posts")
    shutil.copytree(PROJECT / "wordlists", root / "wordlists")
    shutil.copy(PROJECT / "smmlint.yaml", root / "smmlint.yaml")
    before = {path: path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}
    result = run_cli("check", "--fix", "--lang", "en", cwd=root)
    assert result.exit_code == 0, result.output
    assert "fixed" not in result.output
    assert {path: path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()} == before


def test_a_post_with_the_longest_possible_name_is_fixed(repo):
    name = "p" * 252 + ".md"  # 255 bytes, the longest file name most file systems allow
    path = repo.write(name, FANCY)
    result = repo.check("--fix", f"posts/{name}")
    assert result.exit_code == 0, result.output
    assert path.read_text("utf-8") == FANCY.replace("𝐍𝐞𝐮", "Neu")
