"""SLA001-SLA005: (post text[, config]) -> expected [(code, line)], only the rule under test on.

The content repo's team (tests/conftest.py): anna "Mo-Fr 09:00-17:00", absent
2027-01-20..2027-01-22; ben "Mo-So 08:00-20:00"; timezone Europe/Berlin; max_response 2h.
"""

import re
from pathlib import Path

import pytest

from tests.conftest import CONFIG_YAML, lint_text, corpus_expectations as expected

CORPUS = Path(__file__).parent / "corpus" / "sla"


def post(publish_at="2027-01-12T10:00", sla="sla: {owner: anna, response: 2h}", extra=""):
    """A complete post; the `sla` block starts on line 7 (owner on line 7 in flow style)."""
    return (
        "---\n"
        "title: Passwort-Mythen\n"
        "channel: mastodon\n"
        "format: myth-fact\n"
        f"publish_at: {publish_at}\n"
        'next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}\n'
        f"{sla}\n"
        f"{extra}"
        "---\n"
        "Mythos oder Fakt? Welcher Mythos fehlt?\n"
    )


BLOCK = "sla:\n  owner: {owner}\n  response: {response}"  # sla on line 7, owner 8, response 9


def block(owner="anna", response="2h"):
    return BLOCK.format(owner=owner, response=response)


def config(**replace):
    """The test config with whole lines replaced, e.g. team=..., sla=..."""
    text = CONFIG_YAML
    for key, line in replace.items():
        start = text.index(f"\n{key}:") + 1
        end = text.index("\n", start)
        while text[end + 1:end + 3] == "  ":  # the block's indented lines
            end = text.index("\n", end + 1)
        text = text[:start] + line + text[end:]
    return text


NIGHT_TEAM = ('team:\n  nora: {hours: "Sun 00:00-04:00"}\n  nils: {hours: "So 00:00-04:00"}\n'
              '  ella: {hours: "Monday-Friday 09:00-17:00"}\n  emil: {hours: "Mo.-Fr. 09:00-17:00"}\n'
              '  olga: {name: Olga ohne Zeiten}')

CASES = [
    # SLA001: owner missing -> at the `sla` line, else line 1
    ("SLA001", post(sla=""), None, [("SLA001", 1)]),
    ("SLA001", post(sla="sla: {response: 2h}"), None, [("SLA001", 7)]),
    ("SLA001", post(sla="sla:\n  response: 2h"), None, [("SLA001", 7)]),
    ("SLA001", post(sla="sla: {owner: '  '}"), None, [("SLA001", 7)]),
    ("SLA001", post(sla="sla: {owner: ''}"), None, []),          # FM003 reports the empty value
    ("SLA001", post(sla="sla: {owner: [anna]}"), None, []),      # FM003 reports the wrong type
    ("SLA001", post(sla="sla: anna"), None, []),                 # FM003: sla must be fields
    ("SLA001", post(), None, []),
    ("SLA001", post(publish_at="2027-01-12T10:00\nstatus: draft", sla=block()), None, []),
    # SLA002: owner unknown -> at the `sla.owner` line
    ("SLA002", post(sla=block(owner="ana")), None, [("SLA002", 8)]),
    ("SLA002", post(sla=block(owner="Anna")), None, [("SLA002", 8)]),
    ("SLA002", post(sla="sla: {owner: zoe}"), None, [("SLA002", 7)]),
    ("SLA002", post(sla=block()), config(team="team: {}"), [("SLA002", 8)]),
    ("SLA002", post(sla=block()), None, []),
    ("SLA002", post(sla=block(owner="ben")), None, []),
    ("SLA002", post(sla=""), None, []),
    # SLA003: response over sla.max_response -> at `sla.response`, or `sla` for the default
    ("SLA003", post(sla=block(response="3h")), None, [("SLA003", 9)]),
    ("SLA003", post(sla=block(response="121m")), None, [("SLA003", 9)]),
    ("SLA003", post(sla=block(response="1 d")), None, [("SLA003", 9)]),
    ("SLA003", post(sla=block(response="PT3H")), None, [("SLA003", 9)]),
    ("SLA003", post(sla=block(response="120m")), None, []),
    ("SLA003", post(sla=block(response="1h30m")), None, []),
    ("SLA003", post(sla=block(response="PT2H")), None, []),
    ("SLA003", post(sla=block(response="0h")), None, [("SLA003", 9)]),   # unusable: zero
    ("SLA003", post(sla=block(response="3h")), config(sla="sla: {max_response: 4h}"), []),
    ("SLA003", post(sla="sla: {owner: anna}"), config(sla="sla: {max_response: 2h, default_response: 3h}"), [("SLA003", 7)]),
    ("SLA003", post(sla="sla: {owner: anna}"), config(sla="sla: {max_response: 1h}"), [("SLA003", 7)]),
    ("SLA003", post(sla="sla: {owner: anna}"), None, []),
    ("SLA003", post(sla=block(response="2 Wochen")), None, []),  # FM003 reports the pattern; default 2h applies
    # SLA004: window outside the owner's hours -> at `sla.owner`
    ("SLA004", post("2027-01-15T16:00", block()), None, [("SLA004", 8)]),      # Fri, ends 18:00 > 17:00
    ("SLA004", post("2027-01-15T15:00", block()), None, []),                   # ends 17:00 exactly
    ("SLA004", post("2027-01-15T08:30", block(response="1h")), None, [("SLA004", 8)]),  # starts before 09:00
    ("SLA004", post("2027-01-15T09:00", block(response="1h")), None, []),
    ("SLA004", post("2027-01-16T10:00", block()), None, [("SLA004", 8)]),      # Saturday
    ("SLA004", post("2027-01-16T10:00", block(owner="ben")), None, []),        # ben works weekends
    ("SLA004", post("2027-01-15T15:30", "sla: {owner: anna}"), None, [("SLA004", 7)]),  # default 2h
    ("SLA004", post("2027-01-15T15:30", "sla: {owner: anna}"), config(sla="sla: {max_response: 2h, default_response: 1h}"), []),
    ("SLA004", post("2027-01-15T15:00+00:00", block()), None, [("SLA004", 8)]),  # 16:00 in Berlin
    ("SLA004", post("2027-01-15T13:00Z", block()), None, []),                    # 14:00 in Berlin
    # DST starts Sunday 2027-03-28 02:00 -> 03:00 in Europe/Berlin
    ("SLA004", post("2027-03-28T17:30Z", block("ben", "1h")), None, [("SLA004", 8)]),  # 19:30-20:30 CEST
    ("SLA004", post("2027-03-28T16:30Z", block("ben", "1h")), None, []),               # 18:30-19:30 CEST
    ("SLA004", post("2027-03-28T18:30", block("ben", "2h")), None, [("SLA004", 8)]),
    ("SLA004", post("2027-03-28T18:30", block("ben", "90m")), None, []),   # ends 20:00 exactly
    ("SLA004", post("2027-03-28T07:30", block("ben", "1h")), None, [("SLA004", 8)]),
    ("SLA004", post("2027-03-28T01:30", block("nora", "2h")), config(team=NIGHT_TEAM), [("SLA004", 8)]),  # real 2h end 04:30 CEST
    ("SLA004", post("2027-03-28T01:30", block("nils", "2h")), config(team=NIGHT_TEAM), [("SLA004", 8)]),
    ("SLA004", post("2027-03-28T01:30", block("nora", "1h")), config(team=NIGHT_TEAM), []),   # 03:30 CEST
    ("SLA004", post("2027-03-28T01:30", block("nils", "1h")), config(team=NIGHT_TEAM), []),
    ("SLA004", post("2027-10-31T01:30", block("nora", "2h")), config(team=NIGHT_TEAM), []),   # DST ends: 02:30 CET
    ("SLA004", post("2027-10-31T01:30", block("nora", "3h")), config(team=NIGHT_TEAM), []),   # 03:30 CET
    ("SLA004", post("2027-10-31T01:30", block("nora", "4h")), config(team=NIGHT_TEAM), [("SLA004", 8)]),
    ("SLA004", post("2027-01-15T16:00", block("ella")), config(team=NIGHT_TEAM), [("SLA004", 8)]),
    ("SLA004", post("2027-01-15T16:00", block("emil")), config(team=NIGHT_TEAM), [("SLA004", 8)]),
    ("SLA004", post("2027-01-15T10:00", block("ella")), config(team=NIGHT_TEAM), []),
    ("SLA004", post("2027-01-15T10:00", block("emil")), config(team=NIGHT_TEAM), []),
    ("SLA004", post("2027-01-16T23:00", block("olga")), config(team=NIGHT_TEAM), []),  # no hours: not checked
    ("SLA004", post("2027-01-16T10:00", block("zoe")), None, []),                     # unknown: SLA002's job
    ("SLA004", post("2027-01-16", block(), extra="status: draft\n"), None, []),       # no time: nothing to check
    # SLA005: owner absent on the local publish date -> at `sla.owner`
    ("SLA005", post("2027-01-21T10:00", block()), None, [("SLA005", 8)]),
    ("SLA005", post("2027-01-20T09:00", block()), None, [("SLA005", 8)]),
    ("SLA005", post("2027-01-22T16:00", block()), None, [("SLA005", 8)]),
    ("SLA005", post("2027-01-19T10:00", block()), None, []),
    ("SLA005", post("2027-01-23T10:00", block()), None, []),
    ("SLA005", post("2027-01-19T23:30Z", block()), None, [("SLA005", 8)]),  # 00:30 on the 20th in Berlin
    ("SLA005", post("2027-01-22T23:30Z", block()), None, []),               # 00:30 on the 23rd in Berlin
    ("SLA005", post("2027-01-21T10:00", block(owner="ben")), None, []),
    ("SLA005", post("2027-02-01T10:00", block()),
     config(team='team:\n  anna: {hours: "Mo-Fr 09:00-17:00", absent: ["2027-02-01"]}'), [("SLA005", 8)]),
]


@pytest.mark.parametrize("code, text, cfg, expected", CASES)
def test_rule_table(tmp_path, code, text, cfg, expected):
    problems = lint_text(text, root=tmp_path, select=(code,), config=cfg)
    assert [(p.code, p.line) for p in problems] == expected


def messages(tmp_path, text, code, cfg=None):
    english = lint_text(text, root=tmp_path / "en", select=(code,), config=cfg)
    german = lint_text(text, root=tmp_path / "de", select=(code,), config=cfg, lang="de")
    assert len(english) == len(german) == 1
    return english[0].message, german[0].message


def test_unknown_owner_suggests_the_roster_name(tmp_path):
    en, de = messages(tmp_path, post(sla=block(owner="ana")), "SLA002")
    assert "`ana` is not in the team roster. Did you mean `anna`?" in en
    assert "Meinten Sie `anna`?" in de
    en, de = messages(tmp_path, post(sla=block(owner="zoe")), "SLA002")
    assert "Use one of: `anna`, `ben`" in en and "Erlaubt: `anna`, `ben`" in de


def test_no_roster_says_how_to_add_one(tmp_path):
    en, de = messages(tmp_path, post(sla=block()), "SLA002", config(team="team: {}"))
    assert 'team: {anna: {hours: "Mo-Fr 09:00-17:00"}}' in en and "Teamliste" in de


def test_response_message_names_the_maximum(tmp_path):
    en, de = messages(tmp_path, post(sla=block(response="3h")), "SLA003")
    assert "3h is longer than the team's maximum of 2h" in en and "`sla.response: 2h`" in en
    assert "3h ist länger als das Team-Maximum von 2h" in de


def test_outside_hours_says_when_and_who_could(tmp_path):
    en, de = messages(tmp_path, post("2027-01-15T16:00", block()), "SLA004")
    assert "Published Fri 2027-01-15 16:00, answered by Fri 2027-01-15 18:00" in en
    assert "`anna` works Mo-Fr 09:00-17:00" in en and "`ben` would be available." in en
    assert "Veröffentlicht Fr 2027-01-15 16:00, Antwort spätestens Fr 2027-01-15 18:00" in de
    assert "Verfügbar wäre: `ben`." in de
    assert "Publish by 15:00 at the latest, or choose another owner." in en
    assert "Veröffentlichen Sie spätestens um 15:00 oder" in de
    en, de = messages(tmp_path / "saturday", post("2027-01-16T10:00", block()), "SLA004")
    assert "Move `publish_at` into the working hours, or choose another owner. `ben` would be available." in en
    assert "Verschieben Sie `publish_at` in die Arbeitszeit oder" in de


def test_dst_window_is_shown_in_local_summer_time(tmp_path):
    en, _ = messages(tmp_path, post("2027-03-28T17:30Z", block("ben", "1h")), "SLA004")
    assert "Published Sun 2027-03-28 19:30, answered by Sun 2027-03-28 20:30" in en
    assert "would be available" not in en  # nobody else works Sunday evening


def test_absent_owner_names_the_date_and_a_stand_in(tmp_path):
    en, de = messages(tmp_path, post("2027-01-21T10:00", block()), "SLA005")
    assert "`anna` is absent on 2027-01-21" in en and "`ben` would be available." in en
    assert "`anna` ist am 2027-01-21 abwesend" in de


def test_family_on_a_clean_post_is_silent(tmp_path):
    assert lint_text(post("2027-01-12T10:00", block()), root=tmp_path, select=("SLA",)) == []


CORPUS_FILES = sorted(CORPUS.glob("*.md"))


def test_corpus_is_labelled_and_balanced():
    texts = [path.read_text("utf-8") for path in CORPUS_FILES]
    clean = [text for text in texts if expected(text) == []]
    faulty = [text for text in texts if expected(text)]
    assert len(clean) >= 3 and len(faulty) >= 2
    for group in (clean, faulty):
        assert {re.search(r"^language: (\w+)", text, re.M).group(1) for text in group} == {"de", "en"}


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: path.stem)
def test_corpus(tmp_path, path):
    text = path.read_text("utf-8")
    problems = lint_text(text, root=tmp_path, select=("SLA",))
    assert sorted((p.code, p.line) for p in problems) == sorted(expected(text))
