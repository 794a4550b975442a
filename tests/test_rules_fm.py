"""FM001-FM008: (post text) -> expected [(code, line)], only the rule under test switched on."""

import pytest

from tests.conftest import lint_text

HEAD = "---\ntitle: Passwort-Mythen\nchannel: mastodon\nformat: myth-fact\npublish_at: 2027-01-12T10:00\n"
GOOD = HEAD + "---\nMythos oder Fakt?\n"

CASES = [
    # FM001
    ("FM001", "Kein Kopfbereich.\n", [("FM001", 1)]),
    ("FM001", "", [("FM001", 1)]),
    ("FM001", GOOD, []),
    # FM002
    ("FM002", HEAD + "title2: Mythos: Passwörter\n---\nx\n", [("FM002", 6)]),
    ("FM002", HEAD + "Text ohne Ende\n", [("FM002", 1)]),
    ("FM002", "---\ntitle: a\nbroken\n---\nx\n", [("FM002", 3)]),
    ("FM002", HEAD + "---\nx\n", []),
    ("FM002", "---\ntitle: a\ntitle: b\n---\nx\n", [("FM002", 3)]),
    # FM003
    ("FM003", HEAD + "status: aproved\n---\nx\n", [("FM003", 6)]),
    ("FM003", "---\n- a\n- b\n---\nx\n", [("FM003", 2)]),
    ("FM003", "---\njust text\n---\nx\n", [("FM003", 2)]),
    ("FM003", HEAD.replace("mastodon", "instgram") + "---\nx\n", [("FM003", 3)]),
    ("FM003", HEAD.replace("2027-01-12T10:00", "2027-01-12") + "---\nx\n", [("FM003", 5)]),
    ("FM003", HEAD.replace("2027-01-12T10:00", "2027-02-30T10:00") + "---\nx\n", [("FM003", 5)]),
    ("FM003", HEAD + "media:\n  - {type: image, file: 3}\n---\nx\n", [("FM003", 7)]),
    ("FM003", "---\ntitle: T\nchannel: x\nformat: poll\nstatus: draft\n---\nx\n", []),
    ("FM003", GOOD, []),
    # FM004
    ("FM004", HEAD + "chanel: x\n---\nx\n", [("FM004", 6)]),
    ("FM004", HEAD + "next_step: {type: poll, prompt: p, ulr: u}\n---\nx\n", [("FM004", 6)]),
    ("FM004", GOOD, []),
    # FM005
    ("FM005", HEAD + "---\n\n   \n", [("FM005", 6)]),
    ("FM005", HEAD + "---\n<!-- nur ein Kommentar -->\n", [("FM005", 6)]),
    ("FM005", GOOD, []),
    # FM006
    ("FM006", HEAD + "media:\n  - {type: image, file: media/fehlt.png, alt: a}\n---\nx\n", [("FM006", 7)]),
    ("FM006", HEAD + "media:\n  - {type: video, file: media/video.mp4, captions: media/fehlt.vtt}\n---\nx\n", [("FM006", 7)]),
    ("FM006", HEAD + "media:\n  - {type: image, file: media/bild.png, alt: a}\n  - {type: image, file: /posts/media/bild.png, alt: a}\n---\nx\n", []),
    # FM007
    ("FM007", HEAD + "---\nTODO: Text schreiben\n", [("FM007", 7)]),
    ("FM007", HEAD.replace("Passwort-Mythen", "<Titel>") + "---\nLorem ipsum dolor\n", [("FM007", 2), ("FM007", 7)]),
    ("FM007", HEAD + "---\nFrage: <Ihre Frage hier>\n", [("FM007", 7)]),
    ("FM007", HEAD + "---\nZeile<br>zwei, Mail <team@example.com>, Link <https://example.com>\n", []),
    ("FM007", GOOD, []),
    # FM008
    ("FM008", HEAD + "smmlint: {disable: [FM007]}\n---\nx\n", [("FM008", 6)]),
    ("FM008", HEAD + "smmlint: {disable: [FM007], reason: Zitat}\n---\nx\n", []),
    ("FM008", HEAD + "---\n<!-- smmlint-disable-next-line FM007 -->\nTODO\n", [("FM008", 7)]),
    ("FM008", HEAD + "---\n<!-- smmlint-disable-next-line FM007 -- zitiert -->\nTODO\n", []),
]


@pytest.mark.parametrize("code, text, expected", CASES)
def test_rule_table(tmp_path, code, text, expected):
    problems = lint_text(text, root=tmp_path, select=(code,))
    assert [(p.code, p.line) for p in problems] == expected


def test_suppressions_silence_only_what_they_name(tmp_path):
    text = HEAD + "smmlint: {disable: [placeholder-left], reason: Beispieltext}\n---\nTODO\n"
    assert lint_text(text, root=tmp_path, select=("FM",)) == []
    text = HEAD + "---\n<!-- smmlint-disable-next-line FM007 -- Zitat -->\nTODO eins\n\nTODO zwei\n"
    assert [(p.code, p.line) for p in lint_text(text, root=tmp_path, select=("FM",))] == [("FM007", 10)]


def test_broken_front_matter_gives_one_finding_only(tmp_path):
    problems = lint_text("Kein Kopfbereich, aber TODO.\n", root=tmp_path)
    assert [p.code for p in problems] == ["FM001"]


def test_mistyped_key_is_one_finding_with_hint(tmp_path):
    problems = lint_text(HEAD.replace("channel:", "chanel:") + "---\nx\n", root=tmp_path, select=("FM",))
    assert [(p.code, p.line) for p in problems] == [("FM004", 3)]
    assert "Did you mean `channel`?" in problems[0].message
    german = lint_text(HEAD.replace("channel:", "chanel:") + "---\nx\n", root=tmp_path, select=("FM",), lang="de")
    assert "Meinten Sie `channel`?" in german[0].message


def test_placeholder_line_reports_only_the_placeholder(tmp_path):
    text = HEAD + "media:\n  - {type: image, file: media/<Bild>.png, alt: a}\n---\nx\n"
    problems = lint_text(text, root=tmp_path, select=("FM",))
    assert [(p.code, p.line) for p in problems] == [("FM007", 7)]
    only_fm006 = lint_text(text, root=tmp_path, select=("FM006",), name="third.md")
    assert [(p.code, p.line) for p in only_fm006] == [("FM006", 7)]
