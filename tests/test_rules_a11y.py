"""A11Y001-A11Y010: (post text) -> expected [(code, line)], only the rule under test switched on."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmlint.rules.a11y import fancy_runs
from tests.conftest import CONFIG_YAML, lint_text, make_content_repo

# Line numbers: `media:` is line 8 and the first media item line 9; without media the body
# starts on line 9 (see `post()`).
HEAD = """\
---
title: Beispielbeitrag
channel: {channel}
format: {format}
publish_at: 2027-01-12T10:00
next_step: {{type: comment, prompt: "Was meint ihr?"}}
sla: {{owner: anna}}
"""


def post(body: str = "Was meint ihr?\n", media: str = "", channel: str = "mastodon", fmt: str = "announcement",
         extra: str = "") -> str:
    """A post; `media` is the YAML of the list items (lines 9...), `extra` more top-level fields."""
    text = HEAD.format(channel=channel, format=fmt) + extra
    if media:
        text += "media:\n" + media
    return text + "---\n" + body


def image(alt: str | None = "Ein Vorhängeschloss auf einer Tastatur.", kind: str = "image", **more: str) -> str:
    fields = [f"type: {kind}", "file: media/bild.png"] + ([f"alt: {alt}"] if alt is not None else [])
    fields += [f"{key}: {value}" for key, value in more.items()]
    return "  - " + "\n    ".join(fields) + "\n"


def video(**more: object) -> str:
    fields = {"type": "video", "file": "media/video.mp4", **more}
    return "  - " + "\n    ".join(f"{key}: {value}" for key, value in fields.items()) + "\n"


def found(text: str, tmp_path, code: str, config: str | None = None, lang: str = "en"):
    return [(p.code, p.line) for p in lint_text(text, root=tmp_path, select=(code,), config=config, lang=lang)]


LONG_ALT = '"' + "Ein Balkendiagramm mit den Phishing-Meldungen pro Monat. " * 5 + '"'  # 285 characters

CASES = [
    # A11Y001 alt-missing: on `alt`, else on the media item
    ("A11Y001", post(media=image(alt=None)), [("A11Y001", 9)]),
    ("A11Y001", post(media=image(alt='""')), [("A11Y001", 11)]),
    ("A11Y001", post(media=image(alt='"   "', kind="gif")), [("A11Y001", 11)]),
    ("A11Y001", post(media=image() + image(alt=None)), [("A11Y001", 12)]),
    ("A11Y001", post(media=image()), []),
    ("A11Y001", post(media=video(captions="media/video.vtt")), []),
    ("A11Y001", post(), []),
    # A11Y002 alt-poor
    ("A11Y002", post(media=image(alt='"Bild von einem Schloss"')), [("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt='"Foto: Anna am Infostand"')), [("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt='"Grafik: Phishing-Fälle pro Monat"')), [("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt='"An image of a padlock"')), [("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt='"photo of the team"')), [("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt="bild.png")), [("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt="bild")), [("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt="IMG_2041.JPG")), [("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt='"Das Team am Stand #Sicherheitstag"')), [("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt='"Bild von uns #team"')), [("A11Y002", 11), ("A11Y002", 11)]),
    ("A11Y002", post(media=image(alt=LONG_ALT)), []),  # length is A11Y003's info finding
    # false positives that must stay silent
    ("A11Y002", post(media=image(alt='"Bildschirm mit einer Anmeldemaske"')), []),
    ("A11Y002", post(media=image(alt='"Fotografin Lea hält einen Sicherheitsschlüssel"')), []),
    ("A11Y002", post(media=image(alt='"Grafikerin Mia zeichnet ein Schloss"')), []),
    ("A11Y002", post(media=image(alt='"Urkunde für Platz #1 im Wettbewerb"')), []),
    ("A11Y002", post(media=image(alt='"Imagefilm-Szene: ein Büro"')), []),
    ("A11Y002", post(media=image()), []),
    # A11Y003 alt-too-long (TikTok 300, X 1000, Mastodon 1500, Bluesky 2000 graphemes)
    ("A11Y003", post(channel="tiktok", media=image(alt='"' + "a" * 301 + '"')), [("A11Y003", 11)]),
    ("A11Y003", post(channel="tiktok", media=image(alt='"' + "a" * 300 + '"')), [("A11Y003", 11)]),  # info: over 250
    ("A11Y003", post(channel="x", media=image(alt='"' + "a" * 1001 + '"')), [("A11Y003", 11)]),
    ("A11Y003", post(channel="mastodon", media=image(alt='"' + "a" * 1501 + '"')), [("A11Y003", 11)]),
    ("A11Y003", post(channel="mastodon", media=image(alt='"' + "a" * 250 + '"')), []),
    ("A11Y003", post(channel="instagram", media=image(alt='"' + "a" * 3000 + '"')), [("A11Y003", 11)]),  # info only: no limit known
    ("A11Y003", post(channel="bluesky", media=image(alt='"' + "👩‍💻" * 250 + '"')), []),  # 250 graphemes
    ("A11Y003", post(channel="bluesky", media=image(alt='"' + "👩‍💻" * 2001 + '"')), [("A11Y003", 11)]),
    ("A11Y003", post(channel="x", media=image(alt=LONG_ALT)), [("A11Y003", 11)]),  # info: over 250
    # A11Y004 captions-missing
    ("A11Y004", post(media=video(duration=70)), [("A11Y004", 9)]),
    ("A11Y004", post(media=video(duration=70, burned_in_captions="false")), [("A11Y004", 12)]),
    ("A11Y004", post(media=image() + video(duration=70)), [("A11Y004", 12)]),
    ("A11Y004", post(media=video(duration=70, burned_in_captions="true")), []),
    ("A11Y004", post(media=video(duration=70, captions="media/video.vtt")), []),
    ("A11Y004", post(media=image()), []),
    # A11Y006 timecodes-missing (chapters_after 180 s); a video item is lines 9-12, the body starts at 14
    ("A11Y006", post(media=video(duration=250, captions="media/video.vtt")), [("A11Y006", 9)]),
    ("A11Y006", post(media=video(duration='"3:01"', captions="media/video.vtt")), [("A11Y006", 9)]),
    ("A11Y006", post(media=video(duration=180, captions="media/video.vtt")), []),
    ("A11Y006", post(media=video(duration=250, chapters="false")), [("A11Y006", 12)]),
    ("A11Y006", post(media=video(duration=250, chapters="true"),
                     body="Kapitel:\n0:00 Einleitung\n1:10 Einrichten\n3:25 Codes aufbewahren\n"), []),
    ("A11Y006", post(media=video(duration=250, chapters="true"),
                     body="- 0:00 Einleitung\n- 1:10 Einrichten\n- 3:25 Codes\n"), []),
    ("A11Y006", post(media=video(duration=250, chapters="true"), body="Ein Video ohne Zeitmarken.\n"),
     [("A11Y006", 12)]),
    ("A11Y006", post(media=video(duration=250, chapters="true"),
                     body="10:00 Uhr Begrüßung\n11:30 Uhr Vorträge\n12:30 Uhr Mittagessen\n"), [("A11Y006", 12)]),
    ("A11Y006", post(media=video(duration=250, chapters="true"),
                     body="0:00 Einleitung\n0:05 Kurz\n1:10 Einrichten\n"), [("A11Y006", 14)]),  # 5 s chapter
    ("A11Y006", post(media=video(duration=250, chapters="true"),
                     body="0:00 Einleitung\n1:10 Einrichten\n"), [("A11Y006", 14)]),  # too few
    ("A11Y006", post(media=video(duration=250, chapters='["0:05 Intro", "1:00 Teil 1", "2:00 Teil 2"]')),
     [("A11Y006", 12)]),
    ("A11Y006", post(media=video(duration=250, chapters='\n      - "0:00 Intro"\n      - "2:00 Teil 2"\n      - "1:00 Teil 1"')),
     [("A11Y006", 15)]),  # not ascending: on the entry
    ("A11Y006", post(media=video(duration=250, chapters='\n      - "0:00 Intro"\n      - "1:00 Teil 1"\n      - "4:05 Ende"')),
     [("A11Y006", 15)]),  # the last chapter runs 5 s to the end of the video
    ("A11Y006", post(media=video(duration=250, chapters='\n      - "0:00 Intro"\n      - "1:00 Teil 1"\n      - "4:20 Ende"')),
     [("A11Y006", 15)]),  # after the end
    ("A11Y006", post(media=video(duration=250, chapters='\n      - {at: "0:00", title: Intro}\n      - {at: "1:00", title: Teil}\n      - {at: "3:00", title: Ende}')),
     []),
    ("A11Y006", post(media=video(duration=60, chapters='["0:00 Intro", "0:30 Ende"]')), [("A11Y006", 12)]),  # a list is checked whatever the length
    ("A11Y006", post(media=video(duration=60)), []),
    # A11Y007 contrast-low (WCAG 2.2: #777777 on white is 4.48:1, #767676 4.54:1)
    ("A11Y007", post(media=image(text_color='"#777777"', background_color='"#FFFFFF"')), [("A11Y007", 12)]),
    ("A11Y007", post(media=image(text_color='"#767676"', background_color='"#FFFFFF"')), []),
    ("A11Y007", post(media=image(text_color='"#777"', background_color='"#fff"')), [("A11Y007", 12)]),
    ("A11Y007", post(media=image(text_color='"#FFFFFF"', background_color='"#777777"')), [("A11Y007", 12)]),
    ("A11Y007", post(media=image(text_color='"#777777"', background_color='"#FFFFFF"', large_text="true")), []),
    ("A11Y007", post(media=image(text_color='"#959595"', background_color='"#FFFFFF"', large_text="true")), [("A11Y007", 12)]),
    ("A11Y007", post(media=image(text_color='"#949494"', background_color='"#FFFFFF"', large_text="true")), []),
    ("A11Y007", post(media=image(text_color='"#777777"')), []),  # no background given: nothing to compare
    # A11Y008 hashtag-not-camelcase
    ("A11Y008", post(body="Was meint ihr? #zweifaktoranmeldung\n"), [("A11Y008", 9)]),
    ("A11Y008", post(body="Was meint ihr? #securitytips\n"), [("A11Y008", 9)]),  # 12 letters
    ("A11Y008", post(body="Was meint ihr? #datenschutzgrundverordnung\n"), [("A11Y008", 9)]),  # one word, lowercase
    ("A11Y008", post(body="Was meint ihr? #SecurityTips\n"), []),  # 12-letter CamelCase
    ("A11Y008", post(body="Was meint ihr? #Datenschutzgrundverordnung\n"), []),  # one German word, capitalised
    ("A11Y008", post(body="Was meint ihr? #passwörter #sicherheit2027 #ZweiFaktor\n"), []),  # under 12 letters
    ("A11Y008", post(body="Was meint ihr? #zwei_faktor_anmeldung #sicher-im-netz\n"), []),  # separated words
    ("A11Y008", post(body="Was meint ihr? #情報セキュリティの基本を学ぼう\n"), []),  # no capitals in the script
    ("A11Y008", post(body="Mehr: https://example.com/hilfe#zweifaktoranmeldung\n"), []),  # URL fragment
    ("A11Y008", post(body="Was meint ihr?\n\n#itsicherheit #ITSicherheit\n"), [("A11Y008", 11)]),
    # A11Y009 fancy-unicode
    ("A11Y009", post(body="𝗡𝗘𝗨: Sicherheitstag am 4. Februar.\n"), [("A11Y009", 9)]),
    ("A11Y009", post(body="Ein 𝘸𝘪𝘤𝘩𝘵𝘪𝘨𝘦𝘳 Tipp und ein 𝓼𝓬𝓱ö𝓷𝓮𝓻.\n"), [("A11Y009", 9), ("A11Y009", 9), ("A11Y009", 9)]),
    ("A11Y009", post(body="Heute: ＳＡＬＥ！\n"), [("A11Y009", 9)]),
    ("A11Y009", post(body="Ⓢⓘⓒⓗⓔⓡ surfen\n"), [("A11Y009", 9)]),
    ("A11Y009", post(body="Formel: x² + y² = z², ℝ und ℕ, ½ Stunde, ① Schritt\n"), []),
    ("A11Y009", post(body="Was meint ihr?\n<!-- 𝗡𝗘𝗨 war der alte Titel -->\n"), []),
    ("A11Y009", post(body="セキュリティ講座（無料）：１００名まで！\n", extra="language: ja\n"), []),
    ("A11Y009", post(body="Termin（siehe unten）\n"), []),  # fullwidth punctuation alone
    ("A11Y009", post(media=image(alt='"Plakat mit dem Wort 𝗡𝗘𝗨"')), [("A11Y009", 11)]),
    # A11Y010 emoji-overuse
    ("A11Y010", post(body="Sicherheitstag! 🎉🎉🎉🎉\n"), [("A11Y010", 9)]),
    ("A11Y010", post(body="Sicherheitstag! 🎉 🎉 🎉 🎉\n"), [("A11Y010", 9)]),
    ("A11Y010", post(body="Sicherheitstag! 🎉🎉🎉\n"), []),
    ("A11Y010", post(body="Das Team: 👩‍💻👩‍💻👩‍💻\n"), []),  # ZWJ sequences count once each
    ("A11Y010", post(body="Das Team: 👩‍💻👩‍💻👩‍💻👨🏽‍💻\n"), [("A11Y010", 9)]),
    ("A11Y010", post(body="Aus 🇩🇪🇦🇹🇨🇭 dabei\n"), []),
    ("A11Y010", post(body="Wir 💙 Sicherheit 🔐 und 🔑 und 🛡️ und ✅.\n"), []),  # emoji inside text
    ("A11Y010", post(body="Dabei:\n✅ Vorträge\n✅ Sprechstunde\n✅ Kaffee\n"), [("A11Y010", 10)]),
    ("A11Y010", post(body="Dabei:\n- ✅ Vorträge\n- ✅ Sprechstunde\n- ✅ Kaffee\n"), [("A11Y010", 10)]),
    ("A11Y010", post(body="1️⃣ App laden\n2️⃣ QR-Code scannen\n3️⃣ Code eingeben\n"), [("A11Y010", 9)]),
    ("A11Y010", post(body="✅ Vorträge\n✅ Sprechstunde\n- Kaffee\n"), []),  # two bullet lines
    ("A11Y010", post(body="Vorträge ✅\nSprechstunde ✅\nKaffee ✅\n"), []),  # emoji at the end
    ("A11Y010", post(body="🎉 Party! Danach 🎉🎉🎉🎉\n"), [("A11Y010", 9)]),
]


@pytest.mark.parametrize("code, text, expected", CASES, ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)])
def test_rule_table(tmp_path, code, text, expected):
    assert found(text, tmp_path, code) == expected


# ---- messages, columns, options ---------------------------------------------------------------

def test_alt_missing_message_names_file_in_both_languages(tmp_path):
    text = post(media=image(alt=None, kind="gif"))
    (en,) = lint_text(text, root=tmp_path / "en", select=("A11Y001",))
    (de,) = lint_text(text, root=tmp_path / "de", select=("A11Y001",), lang="de")
    assert "GIF media/bild.png has no alt text" in en.message and "Add `alt:`" in en.message
    assert "GIF media/bild.png hat keinen Alternativtext" in de.message


def test_long_alt_hint_threshold_is_configurable_and_zero_switches_it_off(tmp_path):
    text = post(media=image(alt=LONG_ALT))
    assert found(text, tmp_path / "a", "A11Y003", config=CONFIG_YAML + "a11y: {alt_info_above: 300}\n") == []
    assert found(text, tmp_path / "b", "A11Y003", config=CONFIG_YAML + "a11y: {alt_info_above: 0}\n") == []
    (problem,) = lint_text(text, root=tmp_path / "c", select=("A11Y003",))
    assert problem.severity.label == "info" and "285 characters (more than 250)" in problem.message
    over_limit = post(channel="tiktok", media=image(alt='"' + "a" * 301 + '"'))
    (problem,) = lint_text(over_limit, root=tmp_path / "d", select=("A11Y003",))
    assert problem.severity.label == "error"


def test_alt_limit_override_from_config(tmp_path):
    text = post(channel="instagram", media=image(alt='"' + "a" * 120 + '"'))
    config = CONFIG_YAML + "channels:\n  instagram: {alt_limit: 100}\n"
    problems = lint_text(text, root=tmp_path, select=("A11Y003",), config=config, lang="de")
    assert [(p.code, p.line) for p in problems] == [("A11Y003", 11)]
    assert "120 Zeichen; Instagram erlaubt 100. Kürzen Sie um 20" in problems[0].message


def test_contrast_message_gives_ratio_and_a_passing_colour(tmp_path):
    text = post(media=image(text_color='"#777777"', background_color='"#FFFFFF"'))
    (en,) = lint_text(text, root=tmp_path / "en", select=("A11Y007",))
    (de,) = lint_text(text, root=tmp_path / "de", select=("A11Y007",), lang="de")
    assert (en.line, en.column) == (12, 5)
    assert "contrast of 4.47:1; normal text needs 4.5:1" in en.message and "#767676 (4.54:1)" in en.message
    assert "Kontrast von 4,47:1; normale Schrift braucht 4,5:1" in de.message


@pytest.mark.parametrize("fg, bg, large", [("#777777", "#FFFFFF", False), ("#FFFFFF", "#4285F4", False),
                                           ("#999999", "#888888", True), ("#FFCC00", "#FFFFFF", False)])
def test_suggested_colour_really_passes(tmp_path, fg, bg, large):
    import re

    from smmlint.contrast import contrast_ratio, parse_color, required_ratio

    extra = {"large_text": "true"} if large else {}
    text = post(media=image(text_color=f'"{fg}"', background_color=f'"{bg}"', **extra))
    (problem,) = lint_text(text, root=tmp_path, select=("A11Y007",))
    suggestion = re.search(r"text (#[0-9A-F]{6}) \(", problem.message).group(1)
    assert contrast_ratio(parse_color(suggestion), parse_color(bg)) >= required_ratio(large)


def test_hashtag_finding_points_at_the_tag(tmp_path):
    (problem,) = lint_text(post(body="Alles zur #zweifaktoranmeldung hier\n"), root=tmp_path, select=("A11Y008",))
    assert (problem.line, problem.column) == (9, 11) and "#zweifaktoranmeldung" in problem.message


def test_chapters_after_option(tmp_path):
    text = post(media=video(duration=250, captions="media/video.vtt"))
    assert found(text, tmp_path, "A11Y006", config=CONFIG_YAML + "a11y: {chapters_after: 300}\n") == []


def test_chapter_findings_name_the_times(tmp_path):
    text = post(media=video(duration=250, chapters="true"), body="0:00 Intro\n0:05 Kurz\n3:00 Ende\n")
    (problem,) = lint_text(text, root=tmp_path, select=("A11Y006",), lang="de")
    assert (problem.line, problem.column) == (14, 1)
    assert "Das Kapitel bei 0:00 ist nur 5 s lang" in problem.message


def test_emoji_run_column_is_the_run_not_an_earlier_same_emoji(tmp_path):
    (problem,) = lint_text(post(body="🎉 Party! Danach 🎉🎉🎉🎉\n"), root=tmp_path, select=("A11Y010",))
    assert problem.column == len("🎉 Party! Danach ") + 1 and "4 emoji in a row" in problem.message


# ---- A11Y009: the safe fix ---------------------------------------------------------------------

def apply_edits(lines: list[str], edits) -> list[str]:
    """Apply edits right to left, checking each `old` is exactly where the edit says."""
    lines = list(lines)
    for edit in sorted(edits, key=lambda e: (e.line, e.column), reverse=True):
        line = lines[edit.line - 1]
        start = edit.column - 1
        assert line[start:start + len(edit.old)] == edit.old
        lines[edit.line - 1] = line[:start] + edit.new + line[start + len(edit.old):]
    return lines


@pytest.mark.parametrize("body, fixed", [
    ("𝗡𝗘𝗨: Sicherheitstag\n", "NEU: Sicherheitstag"),
    ("Heute 𝗛𝗮𝗹𝗹𝗼 𝗪𝗲𝗹𝘁 und mehr\n", "Heute Hallo Welt und mehr"),
    ("Die 𝑆𝑐ℎ𝑢𝑙𝑒 beginnt\n", "Die Schule beginnt"),  # ℎ fills a hole of the math italic block
    ("Heute: ＳＡＬＥ！ ＿ Ende\n", "Heute: SALE! ＿ Ende"),
    ("Ⓢⓘⓒⓗⓔⓡ surfen, 𝟮𝟬𝟮𝟳\n", "Sicher surfen, 2027"),
    ("Ein 𝘸𝘪𝘤𝘩𝘵𝘪𝘨𝘦𝘳 Tipp und ein 𝓼𝓬𝓱ö𝓷𝓮𝓻.\n", "Ein wichtiger Tipp und ein schöner."),
])
def test_fancy_unicode_fix_changes_only_the_fancy_text(tmp_path, body, fixed):
    problems = lint_text(post(body=body), root=tmp_path, select=("A11Y009",))
    assert problems and all(p.edit is not None for p in problems)
    source = post(body=body).split("\n")
    assert apply_edits(source, [p.edit for p in problems])[8] == fixed


def test_fancy_unicode_in_alt_has_a_fix_on_the_alt_line(tmp_path):
    text = post(media=image(alt='"Plakat mit dem Wort 𝗡𝗘𝗨"'))
    (problem,) = lint_text(text, root=tmp_path, select=("A11Y009",), lang="de")
    assert problem.edit is not None and problem.edit.line == 11
    assert apply_edits(text.split("\n"), [problem.edit])[10] == '    alt: "Plakat mit dem Wort NEU"'
    assert "„𝗡𝗘𝗨“" in problem.message and "„NEU“" in problem.message


FANCY = "𝗔𝗯𝘇𝑆𝑐ℎ𝟮ⓈⓘＳＡ！ℝ"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(FANCY + "ab Zä.,!1-") + ["\u00a0"]), max_size=40))
def test_fancy_runs_cover_every_fancy_letter_and_nothing_plain(text):
    covered = [False] * len(text)
    for offset, run in fancy_runs(text):
        assert text[offset:offset + len(run)] == run and run.strip() == run
        for index in range(offset, offset + len(run)):
            covered[index] = True
    for index, char in enumerate(text):
        code = ord(char)
        if 0x1D400 <= code <= 0x1D7FF or 0x24B6 <= code <= 0x24E9 or (0xFF01 <= code <= 0xFF5E and char.isalnum()):
            assert covered[index], (text, index)
        if not covered[index]:
            continue
        assert char == " " or unicodedata.normalize("NFKC", char) != char  # plain text is never touched


# ---- A11Y005: caption files --------------------------------------------------------------------

CAPTION_FILES = {
    "ohne-kopf.vtt": "00:00:00.000 --> 00:00:05.000\nHallo\n",
    "leer.vtt": "WEBVTT\n\n",
    "reihenfolge.vtt": ("WEBVTT\n\n00:00:10.000 --> 00:00:20.000\nZwei\n\n"
                        "00:00:00.000 --> 00:00:10.000\nEins\n\n00:00:20.000 --> 00:01:10.000\nDrei\n"),
    "kaputt.vtt": "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nEins\n\n00:00:05.000 --> 00:00:0x.000\nZwei\n",
    "gut.srt": "1\n00:00:00,000 --> 00:00:30,000\nHallo\n\n2\n00:00:30,000 --> 00:01:10,000\nTschüss\n",
    "kaputt.srt": "1\n00:00:00,000 --> 00:00:30,000\nHallo\n\n2\n00:00:30,000 -> 00:01:10,000\nTschüss\n",
    "viele-leer.vtt": "WEBVTT\n\n" + "".join(f"00:00:{i:02d}.000 --> 00:00:{i + 1:02d}.000\n<i> </i>\n\n" for i in range(6)),
}


def lint_captions(tmp_path, media: str, lang: str = "en"):
    folder = tmp_path / "posts" / "media"
    folder.mkdir(parents=True)
    for name, text in CAPTION_FILES.items():
        (folder / name).write_text(text, "utf-8")
    (folder / "latin1.vtt").write_bytes("WEBVTT\n\n00:00:00.000 --> 00:01:10.000\nGrüße\n".encode("latin-1"))
    return lint_text(post(media=media), root=tmp_path, select=("A11Y005",), lang=lang)


@pytest.mark.parametrize("media, expected", [  # `captions` is line 12 (11 without `duration`)
    (video(duration=70, captions="media/video.vtt"), []),
    (video(duration=80, captions="media/video.vtt"), []),  # ends exactly 10 s early: allowed
    (video(duration=81, captions="media/video.vtt"), [12]),
    (video(duration='"2:00"', captions="media/video.vtt"), [12]),
    (video(captions="media/video.vtt"), []),  # no duration: coverage is not checked
    (video(captions="media/leer.vtt"), [11]),
    (video(duration=70, captions="media/ohne-kopf.vtt"), [12]),
    (video(duration=70, captions="media/leer.vtt"), [12]),
    (video(duration=70, captions="media/reihenfolge.vtt"), [12]),
    (video(duration=9, captions="media/kaputt.vtt"), [12]),
    (video(duration=70, captions="media/gut.srt"), []),
    (video(duration=70, captions="media/kaputt.srt"), [12]),
    (video(duration=70, captions="media/latin1.vtt"), [12]),
    (video(duration=70, captions="media/fehlt.vtt"), []),  # a missing file is FM006's finding
    (image(captions="media/leer.vtt"), []),  # only videos' caption files are read
    (video(duration=6, captions="media/viele-leer.vtt"), [12, 12, 12, 12]),  # 3 shown + "more"
])
def test_caption_files(tmp_path, media, expected):
    assert [p.line for p in lint_captions(tmp_path, media)] == expected


@pytest.mark.parametrize("file, duration, english, german", [
    ("video.vtt", 120, "end at 1:10, but the video is 2:00 long: the last 50 s have no captions",
     "enden bei 1:10, das Video ist aber 2:00 lang"),
    ("ohne-kopf.vtt", 70, "is not valid WebVTT (line 1:", "ist kein gültiges WebVTT (Zeile 1;"),
    ("leer.vtt", 70, "has no cues", "enthält keine Einträge"),
    ("reihenfolge.vtt", 70, "Cue 2 in media/reihenfolge.vtt starts at 0:00, before the cue above it (0:10)",
     "Eintrag 2 in media/reihenfolge.vtt beginnt bei 0:00, vor dem Eintrag darüber (0:10)"),
    ("kaputt.srt", 70, "is not valid SRT (SubRip) (line 5:", "ist kein gültiges SRT (SubRip) (Zeile 5;"),
    ("kaputt.vtt", 9, "is not valid WebVTT (line 6:", "ist kein gültiges WebVTT (Zeile 6;"),
    ("latin1.vtt", 70, "is not saved as UTF-8 (line 4)", "ist nicht als UTF-8 gespeichert (Zeile 4)"),
])
def test_caption_messages(tmp_path, file, duration, english, german):
    media = video(duration=duration, captions=f"media/{file}")
    (en,) = lint_captions(tmp_path / "en", media)
    (de,) = lint_captions(tmp_path / "de", media, lang="de")
    assert english in en.message and german in de.message


def test_many_cue_problems_are_summarised(tmp_path):
    problems = lint_captions(tmp_path, video(duration=6, captions="media/viele-leer.vtt"))
    assert [p.message.split(" ")[0] for p in problems] == ["Cue", "Cue", "Cue", "3"]
    assert "3 more problems with cues in media/viele-leer.vtt" in problems[-1].message


# ---- the labelled corpus: realistic posts, each stating its expected findings ----------------
# Every corpus post carries a YAML comment as its first front-matter line (the same convention
# as the other families' corpora): `# expect: clean` or `# expect: A11Y001@17 A11Y007@22` (code@line).
# The posts are linted with both families on (A11Y and PLAT), so a label is complete for both.

CORPUS = Path(__file__).parent / "corpus"
_EXPECT = re.compile(r"\A---\n# expect: (?P<codes>[^\n]+)\n")


def corpus_labels(family: str) -> dict[str, list[tuple[str, int]]]:
    labels = {}
    for path in sorted((CORPUS / family).glob("*.md")):
        match = _EXPECT.match(path.read_text("utf-8"))
        assert match, f"{path.name}: first front-matter line must be `# expect: ...`"
        items = match.group("codes").replace(",", " ").split()
        labels[path.name] = [] if items == ["clean"] else sorted(
            (code, int(line)) for code, line in (item.split("@") for item in items))
    return labels


def lint_corpus(family: str, root: Path) -> dict[str, list[tuple[str, int]]]:
    """Copy the corpus (posts and their media) into a fresh content repo; lint with A11Y and PLAT."""
    import os
    import shutil

    from smmlint.api import lint_paths
    from smmlint.config import load_config
    from smmlint.rules import REGISTRY
    from smmlint.selection import Selection

    make_content_repo(root)
    source = CORPUS / family
    for path in source.glob("*.md"):
        shutil.copy(path, root / "posts" / path.name)
    for path in (source / "media").glob("*") if (source / "media").is_dir() else ():
        shutil.copy(path, root / "posts" / "media" / path.name)
    config = load_config(root / "smmlint.yaml")
    old = os.getcwd()
    os.chdir(root)
    try:
        report = lint_paths([root / "posts"], config, Selection(select=("A11Y", "PLAT")).active(REGISTRY), "de")
    finally:
        os.chdir(old)
    found_: dict[str, list[tuple[str, int]]] = {name: [] for name in corpus_labels(family)}
    for problem in report.problems:
        found_[Path(problem.path).name].append((problem.code, problem.line))
    return {name: sorted(items) for name, items in found_.items()}


def test_a11y_corpus_findings_match_the_labels(tmp_path):
    assert lint_corpus("a11y", tmp_path) == corpus_labels("a11y")


@pytest.mark.parametrize("family", ["a11y", "plat"])
def test_corpus_has_clean_and_faulty_posts_in_german_and_english(family):
    import yaml

    labels = corpus_labels(family)
    for expected_clean in (True, False):
        names = [name for name, codes in labels.items() if (codes == []) == expected_clean]
        assert len(names) >= (3 if expected_clean else 2)
        languages = {yaml.safe_load((CORPUS / family / name).read_text("utf-8").split("---\n")[1])["language"]
                     for name in names}
        assert languages == {"de", "en"}
    faulty_codes = {code for codes in labels.values() for code, _ in codes}
    assert {code[:4] for code in faulty_codes} == ({"A11Y"} if family == "a11y" else {"PLAT"})


EMOJI_PARTS = ["🎉", "✅", "👩‍💻", "👨🏽‍💻", "🇩🇪", "🇦", "1️⃣", "1⃣", "#️⃣", "❤️", "❤️‍🔥", "©", "🏽", "🦰", "\u200d", "\ufe0f",
               "👍", "👍🏽", "✌️", "🫶🏿",
               "🏴󠁧󠁢󠁳󠁣󠁴󠁿", " ", " ", "a", "Wort", "„", "–", "…", "7", "\n", "\n- "]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(EMOJI_PARTS), max_size=30))
def test_emoji_prefilter_never_hides_a_finding(parts):
    """A11Y010 skips the emoji library when `_may_overuse_emoji` says no: it must never be wrong."""
    from smmlint.config import Config
    from smmlint.post import Post
    from smmlint.rules.a11y import _emoji_findings, _may_overuse_emoji

    text = post(body="".join(parts) + "\n")
    subject = Post(Path("/nonexistent/post.md"), "post.md", Config(root=Path("/nonexistent")), text)
    if list(_emoji_findings(subject)):
        assert _may_overuse_emoji(subject), parts


# ---- no input makes a rule crash --------------------------------------------------------------

_ANY = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=True),
                 st.sampled_from(["", " ", "0:00 Intro", "1:15", "99:99", "#777", "#FFFFFF", "media/video.vtt",
                                  "media/bild.png", "/posts/media/video.vtt", "media/", "x" * 2000, "𝗡𝗘𝗨 #tag"]),
                 st.text(max_size=30))
_MEDIA_ITEM = st.fixed_dictionaries({"type": st.sampled_from(["image", "gif", "video", "audio", "other"])}, optional={
    key: _ANY for key in ("file", "alt", "text_color", "background_color", "large_text", "duration", "captions",
                          "burned_in_captions")} | {"chapters": st.one_of(_ANY, st.lists(_ANY, max_size=4))})


@settings(max_examples=150, deadline=None)
@given(channel=st.sampled_from(["x", "bluesky", "youtube", "instagram", "threads", "mastodon", "linkedin", "tiktok", "nowhere"]),
       fmt=st.sampled_from(["short", "video", "poll"]),
       media=st.one_of(st.none(), _ANY, st.lists(st.one_of(_MEDIA_ITEM, _ANY), max_size=3)),
       body=st.text(max_size=300))
def test_a11y_and_plat_rules_never_crash(tmp_path_factory, channel, fmt, media, body):
    import yaml

    from smmlint.config import load_config
    from smmlint.messages import render
    from smmlint.post import Post
    from smmlint.rules import REGISTRY

    root = tmp_path_factory.getbasetemp() / "fuzz-repo"
    if not (root / "smmlint.yaml").exists():
        make_content_repo(root)
    front = {"title": "Fuzz", "channel": channel, "format": fmt, "media": media}
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + body
    subject = Post(root / "posts" / "fuzz.md", "posts/fuzz.md", load_config(root / "smmlint.yaml"), text)
    for rule in REGISTRY:
        if rule.family in ("A11Y", "PLAT") and subject.ok:
            for hit in rule.check(subject):
                assert hit.key in rule.messages and hit.line >= 1 and hit.column >= 1
                for lang in ("en", "de"):
                    assert render(rule.messages, hit.key, lang, hit.args)  # every placeholder filled


def test_modifier_base_table_matches_the_emoji_library():
    import emoji

    from smmlint.rules.a11y import _is_modifier_base

    tones = [chr(code) for code in range(0x1F3FB, 0x1F400)]
    bases = {e[0] for e in emoji.EMOJI_DATA if len(e) >= 2 and e[1] in tones}
    assert all(all(base + tone in emoji.EMOJI_DATA for tone in tones) for base in bases)
    table = {chr(code) for code in range(0x2000, 0x20000) if _is_modifier_base(chr(code))}
    assert table == bases
