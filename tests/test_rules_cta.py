"""CTA001-CTA004: (post text[, config]) -> expected [(code, line)], only the rule under test on;
plus the labelled corpus in tests/corpus/cta/ (each post says `# expect: CODE@line …` or
`# expect: clean`)."""

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smmlint.text.fold import fold, fold_with_offsets
from tests.conftest import CONFIG_YAML, lint_text, corpus_expectations as expected

CORPUS = Path(__file__).parent / "corpus" / "cta"
BODY = 9  # first body line of `post()`


def post(body, *, channel="mastodon", next_step='{type: comment, prompt: "Was ist Ihre Erfahrung?"}', extra=""):
    """A complete post; `next_step` is on line 6 (None: no next_step line), the body starts on line 9."""
    step = f"next_step: {next_step}\n" if next_step is not None else "language: de\n"
    return ("---\n"
            "title: Passwort-Mythen\n"
            f"channel: {channel}\n"
            "format: myth-fact\n"
            "publish_at: 2027-01-12T10:00\n"
            f"{step}"
            f"sla: {{owner: anna}}{extra}\n"
            "---\n"
            f"{body}\n")


LONG = ("Mythos oder Fakt? Passwörter muss man alle 90 Tage wechseln. Wer ständig wechseln muss, landet bei "
        "Mustern wie Sommer2026, Herbst2026 und Winter2026. Solche Reihen probieren Angreifer zuerst aus.")

CASES = [
    # CTA001: no next_step -> on the closing fence (line 8)
    ("CTA001", post("Mythos oder Fakt?", next_step=None), None, [("CTA001", 8)]),
    ("CTA001", post("Was ist Ihre Erfahrung?"), None, []),
    # a next_step of the wrong shape is FM003's finding, not "missing"
    ("CTA001", post("Was ist Ihre Erfahrung?", next_step="Was ist Ihre Erfahrung?"), None, []),
    # CTA002: prompt not in body -> at the prompt's line
    ("CTA002", post("Mythos oder Fakt?"), None, [("CTA002", 6)]),
    ("CTA002", post("Mythos oder Fakt? Was ist Ihre Erfahrung?"), None, []),
    # case, spaces, line breaks, typographic vs ASCII quotes, edge punctuation do not matter
    ("CTA002", post("WAS   ist Ihre\nErfahrung"), None, []),
    ("CTA002", post("Welcher Mythos soll als „Nächstes“ zerlegt werden?",
                    next_step='{type: poll, prompt: \'Welcher Mythos soll als "Nächstes" zerlegt werden?\'}'), None, []),
    ("CTA002", post("Schreibt „Mythos“ oder “Fakt” in die Kommentare!",
                    next_step='{type: comment, prompt: "Schreibt \\"Mythos\\" oder \\"Fakt\\" in die Kommentare"}'), None, []),
    ("CTA002", post("Don’t reuse passwords. What’s your tip?",
                    next_step='{type: comment, prompt: "What\'s your tip?"}'), None, []),
    ("CTA002", post("Was ist Ihre\u00a0Erfahrung?"), None, []),  # no-break space
    ("CTA002", post("Herz ❤️ oder Kopf?", next_step='{type: poll, prompt: "Herz ❤ oder Kopf?"}'), None, []),  # emoji variation selector
    ("CTA002", post("Was ist **Ihre** Erfahrung?"), None, []),  # Markdown emphasis
    ("CTA002", post("[Was ist Ihre Erfahrung?](https://example.com/x)"), None, []),  # link text
    ("CTA002", post("Was ist Ihre Erfahrung?", next_step='{type: comment, prompt: "  Was ist Ihre Erfahrung  "}'), None, []),
    # a prompt hidden in an HTML comment is not visible
    ("CTA002", post("Mythos oder Fakt?\n\n<!-- Was ist Ihre Erfahrung? -->"), None, [("CTA002", 6)]),
    # only part of the prompt
    ("CTA002", post("Was ist Ihre Meinung?"), None, [("CTA002", 6)]),
    # no prompt at all: FM003's finding
    ("CTA002", post("Text.", next_step="{type: comment}"), None, []),
    # block style: the prompt's own line
    ("CTA002", post("Mythos?", next_step='\n  type: comment\n  prompt: "Was ist Ihre Erfahrung?"'), None, [("CTA002", 8)]),
    # CTA003: url-type without url -> at next_step.type
    ("CTA003", post("Die Anleitung steht in der Hilfe.", next_step='{type: guide, prompt: "Die Anleitung steht in der Hilfe."}'),
     None, [("CTA003", 6)]),
    ("CTA003", post("Formular", next_step='\n  type: form\n  prompt: "Formular"'), None, [("CTA003", 7)]),
    *[("CTA003", post("Mehr dazu.", next_step=f'{{type: {kind}, prompt: "Mehr dazu."}}'), None, [("CTA003", 6)])
      for kind in ("form", "event", "faq", "guide", "link")],
    *[("CTA003", post("Mehr dazu.", next_step=f'{{type: {kind}, prompt: "Mehr dazu."}}'), None, [])
      for kind in ("poll", "quiz", "thread", "comment", "dm", "ama")],
    ("CTA003", post("Mehr dazu.", next_step='{type: faq, prompt: "Mehr dazu.", url: "https://example.com/faq"}'), None, []),
    # CTA004: instagram (cut 125), long post, prompt starts after the cut -> info at the prompt's line
    ("CTA004", post(f"{LONG}\n\nWas ist Ihre Erfahrung?", channel="instagram"), None, [("CTA004", BODY + 2)]),
    ("CTA004", post(f"Was ist Ihre Erfahrung?\n\n{LONG}", channel="instagram"), None, []),
    # the prompt starts before the cut and runs over it: its start is visible
    ("CTA004", post(f"{LONG[:110]} Was ist Ihre Erfahrung?", channel="instagram"), None, []),
    # short post: the whole text is visible, no "… more"
    ("CTA004", post("Mythos oder Fakt? Passwörter alle 90 Tage wechseln.\n\nWas ist Ihre Erfahrung?", channel="instagram"), None, []),
    # LinkedIn cuts at 210: the same text is fine there
    ("CTA004", post(f"{LONG[:150]}\n\nWas ist Ihre Erfahrung?", channel="linkedin"), None, []),
    ("CTA004", post(f"{LONG} {LONG}\n\nWas ist Ihre Erfahrung?", channel="linkedin"), None, [("CTA004", BODY + 2)]),
    # X and Mastodon show the whole text
    ("CTA004", post(f"{LONG}\n\nWas ist Ihre Erfahrung?", channel="x"), None, []),
    ("CTA004", post(f"{LONG}\n\nWas ist Ihre Erfahrung?", channel="mastodon"), None, []),
    # a config override of the cut
    ("CTA004", post(f"{LONG[:150]}\n\nWas ist Ihre Erfahrung?", channel="mastodon"),
     CONFIG_YAML + "channels: {mastodon: {more_cut: 100}}\n", [("CTA004", BODY + 2)]),
    # prompt not in the body at all: CTA002's finding, not CTA004's
    ("CTA004", post(LONG, channel="instagram"), None, []),
]


@pytest.mark.parametrize("code, text, config, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_table(tmp_path, code, text, config, expected):
    problems = lint_text(text, root=tmp_path, select=(code,), config=config)
    assert sorted((p.code, p.line) for p in problems) == sorted(expected)


def test_cta001_missing_next_step_is_the_only_cta_finding(tmp_path):
    problems = lint_text(post("Mythos oder Fakt?", next_step=None), root=tmp_path, select=("CTA",))
    assert [p.code for p in problems] == ["CTA001"]


def test_cta002_suggests_the_close_line(tmp_path):
    text = post("Mythos oder Fakt?\n\nWas ist Ihre Erfarung?")
    en = lint_text(text, root=tmp_path / "en", select=("CTA002",))
    de = lint_text(text, root=tmp_path / "de", select=("CTA002",), lang="de")
    assert f"Line {BODY + 2} is close: „Was ist Ihre Erfarung?“" in en[0].message
    assert f"Zeile {BODY + 2} ist ähnlich" in de[0].message


def test_cta002_message_names_the_prompt(tmp_path):
    problems = lint_text(post("Mythos oder Fakt?"), root=tmp_path, select=("CTA002",))
    assert "„Was ist Ihre Erfahrung?“" in problems[0].message and problems[0].column == 28  # the `prompt` key


def test_cta004_is_info_and_names_the_cut(tmp_path):
    problems = lint_text(post(f"{LONG}\n\nWas ist Ihre Erfahrung?", channel="instagram"), root=tmp_path, select=("CTA004",))
    assert problems[0].severity.label == "info"
    assert "125" in problems[0].message and "instagram" in problems[0].message


def test_fold_quotes_case_whitespace():
    assert fold("„Nächstes“  Mal\n\tSO") == fold('"nächstes" mal so') == "nächstes mal so"
    assert fold("don’t") == fold("don't") == "dont"
    assert fold("ﬁnal ＡＢＣ") == "final abc"
    assert fold("Soft\u00adhyphen zero\u200bwidth") == "softhyphen zerowidth"


def test_fold_offsets_map_back():
    text = "Straße  „Quote“"
    folded, offsets = fold_with_offsets(text)
    assert folded == "strasse quote"
    assert offsets[:8] == [0, 1, 2, 3, 4, 4, 5, 6]  # "ß" folds to "ss", both from index 4
    index = folded.index("quote")
    assert text[offsets[index]:] == "Quote“"


@given(st.text(alphabet=st.sampled_from(list("aAäÖüßẞ eE\t\n\u00a0„“”‚‘’«»\"'`´…–—‑ﬁＡ１𝐀Σς\u00ad\u200b\ufe0f❤👍İı")),
               max_size=30))
def test_fast_fold_equals_fold_with_offsets(text):
    folded, offsets = fold_with_offsets(text)
    assert fold(text) == folded and len(offsets) == len(folded)


# ---- corpus ----------------------------------------------------------------------------------


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
    problems = lint_text(text, root=tmp_path, select=("CTA",))
    assert sorted((p.code, p.line) for p in problems) == sorted(expected(text))
    if not expected(text):  # a clean post is clean for the whole checklist of this helper
        assert lint_text(text, root=tmp_path / "all", select=("CTA", "AD", "SAFE")) == []
