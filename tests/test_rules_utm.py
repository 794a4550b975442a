"""UTM001-UTM008: (post text[, config]) -> expected [(code, line)], only the rule under test on;
the safe fixes (edits) they attach; a labelled corpus.

The content repo's config (tests/conftest.py): tracking.domains [example.com], required
utm_source, utm_medium, utm_campaign, medium social.
"""

import re
from pathlib import Path

import pytest

from tests.conftest import CONFIG_YAML, lint_text, corpus_expectations as expected

CORPUS = Path(__file__).parent / "corpus" / "utm"
GOOD = "https://example.com/faq?utm_source=instagram&utm_medium=social&utm_campaign=mythen-2027"
FIXABLE = ("UTM001", "UTM002", "UTM003", "UTM004", "UTM005")


def post(body="Mythos oder Fakt? Alle Mythen", url=None, channel="instagram", campaign="mythen-2027", extra="status: approved"):
    """A complete post: next_step.url on line 10, line 12 free for `extra`, the body from line 14."""
    return (
        "---\n"
        "title: Passwort-Mythen\n"
        f"channel: {channel}\n"
        "format: myth-fact\n"
        "publish_at: 2027-01-12T10:00\n"
        + (f"campaign: {campaign}\n" if campaign else "topics: [sicherheit]\n")
        + "next_step:\n"
        "  type: faq\n"
        '  prompt: "Alle Mythen"\n'
        + (f"  url: {url}\n" if url else "  # noch kein Link\n")
        + "sla: {owner: anna}\n"
        f"{extra}\n"
        "---\n"
        f"{body}\n"
    )


def tracking(**values):
    """The test config with other `tracking:` values."""
    block = "tracking:\n" + "".join(f"  {key}: {value}\n" for key, value in values.items())
    return re.sub(r"tracking:\n(  .*\n)+", block, CONFIG_YAML)


NO_DOMAINS = tracking(domains="[]")
Q = "?utm_source=instagram&utm_medium=social&utm_campaign=mythen-2027"

CASES = [
    # UTM001: tracked host (or subdomain), no utm_* at all
    ("UTM001", post("Mehr: https://example.com/faq"), None, [("UTM001", 14)]),
    ("UTM001", post("Mehr: https://hilfe.example.com/faq"), None, [("UTM001", 14)]),
    ("UTM001", post("Mehr: https://a.b.example.com/faq"), None, [("UTM001", 14)]),
    ("UTM001", post("Mehr: https://EXAMPLE.com/faq"), None, [("UTM001", 14)]),
    ("UTM001", post("Mehr: https://example.com/faq?ref=insta"), None, [("UTM001", 14)]),
    ("UTM001", post("Mehr: www.example.com/faq"), None, [("UTM001", 14)]),
    ("UTM001", post("Mehr in den [FAQ](https://example.com/faq)."), None, [("UTM001", 14)]),
    ("UTM001", post("Mehr: <https://example.com/faq>"), None, [("UTM001", 14)]),
    ("UTM001", post("Zeile eins\nZeile zwei: https://example.com/faq"), None, [("UTM001", 15)]),
    ("UTM001", post(url="https://example.com/faq"), None, [("UTM001", 10)]),
    ("UTM001", post(url="'https://hilfe.example.com/faq'"), None, [("UTM001", 10)]),
    ("UTM001", post(extra="terms_url: https://example.com/teilnahmebedingungen"), None, [("UTM001", 12)]),
    ("UTM001", post("Mehr: https://notexample.com/faq"), None, []),
    ("UTM001", post("Mehr: https://example.com.evil.net/faq"), None, []),
    ("UTM001", post("Mehr: https://example.org/faq"), None, []),
    ("UTM001", post("Schreibt an team@example.com oder [per Mail](mailto:team@example.com)"), None, []),
    ("UTM001", post("Nicht verlinkt: `https://example.com/faq`"), None, []),
    ("UTM001", post(f"Mehr: {GOOD}", url=GOOD), None, []),
    ("UTM001", post("Mehr: https://example.com/faq?utm_source=instagram"), None, []),  # UTM002's
    ("UTM001", post("Mehr: https://example.com/faq"), NO_DOMAINS, []),
    ("UTM001", post("Mehr: https://hilfe.example.org/faq"), tracking(domains="[hilfe.example.org]"), [("UTM001", 14)]),
    ("UTM001", post("Mehr: https://example.org/faq"), tracking(domains="[hilfe.example.org]"), []),
    # UTM002: some utm_*, but a required one missing (one finding per link)
    ("UTM002", post("Mehr: https://example.com/faq?utm_source=instagram"), None, [("UTM002", 14)]),
    ("UTM002", post(url="https://example.com/faq?utm_source=instagram&utm_medium=social"), None, [("UTM002", 10)]),
    ("UTM002", post("Mehr: https://example.com/faq?utm_campaign=mythen-2027&utm_content=story"), None, [("UTM002", 14)]),
    ("UTM002", post(f"Mehr: {GOOD}"), None, []),
    ("UTM002", post("Mehr: https://example.com/faq?utm_source=instagram&utm_medium=&utm_campaign=x"), None, []),
    ("UTM002", post("Mehr: https://example.com/faq?utm_source=instagram"), tracking(domains="[example.com]", required="[utm_source]"), []),
    ("UTM002", post(f"Mehr: {GOOD}"), tracking(domains="[example.com]", required="[utm_source, utm_content]"), [("UTM002", 14)]),
    ("UTM002", post("Mehr: https://shop.example.net/?utm_source=instagram"), None, []),
    ("UTM002", post("Mehr: https://example.com/faq"), None, []),  # UTM001's
    # UTM003: utm_source is not the channel
    ("UTM003", post(f"Mehr: {GOOD.replace('instagram', 'twitter')}", channel="x"), None, [("UTM003", 14)]),
    ("UTM003", post(f"Mehr: {GOOD.replace('instagram', 'ig')}"), None, [("UTM003", 14)]),
    ("UTM003", post(f"Mehr: {GOOD.replace('instagram', 'fb')}", channel="facebook"), None, [("UTM003", 14)]),
    ("UTM003", post(f"Mehr: {GOOD.replace('instagram', 'facebook')}"), None, [("UTM003", 14)]),
    ("UTM003", post(url=GOOD.replace("instagram", "linkedin")), None, [("UTM003", 10)]),
    ("UTM003", post(f"Mehr: {GOOD.replace('instagram', 'x')}", channel="x"), None, []),
    ("UTM003", post(f"Mehr: {GOOD.replace('instagram', 'Instagram')}"), None, []),    # UTM004's
    ("UTM003", post(f"Mehr: {GOOD.replace('instagram', 'Insta%67ram')}"), None, []),  # "Instagram": UTM004's
    ("UTM003", post(f"Mehr: {GOOD.replace('instagram', 'insta%67ram')}"), None, []),  # "instagram"
    ("UTM003", post("Mehr: https://shop.example.net/?utm_source=twitter"), None, []),
    ("UTM003", post("Mehr: https://example.com/faq?utm_source=&utm_medium=social&utm_campaign=a"), None, []),
    # UTM004: value not ^[a-z0-9_-]+$ (decoded), one finding per key
    ("UTM004", post(f"Mehr: {GOOD.replace('instagram', 'Insta%67ram')}"), None, [("UTM004", 14)]),
    ("UTM004", post(f"Mehr: {GOOD.replace('mythen-2027', 'Mythen%202027')}"), None, [("UTM004", 14)]),
    ("UTM004", post(f"Mehr: {GOOD.replace('mythen-2027', 'mythen+2027')}"), None, [("UTM004", 14)]),
    ("UTM004", post(f"Mehr: {GOOD.replace('mythen-2027', 'mythen.2027')}"), None, [("UTM004", 14)]),
    ("UTM004", post(f"Mehr: {GOOD.replace('social', '')}"), None, [("UTM004", 14)]),
    ("UTM004", post(f"Mehr: {GOOD}&utm_content=Story"), None, [("UTM004", 14)]),
    ("UTM004", post(url=GOOD.replace("instagram", "Instagram").replace("social", "Social")), None, [("UTM004", 10), ("UTM004", 10)]),
    ("UTM004", post(f"Mehr: {GOOD}&utm_content=story_1"), None, []),
    ("UTM004", post(f"Mehr: {GOOD.replace('instagram', 'insta%67ram')}"), None, []),
    ("UTM004", post(f"Mehr: {GOOD}&UTM_TERM=Passwort"), None, []),  # UTM006's
    ("UTM004", post("Mehr: https://shop.example.net/?utm_source=Instagram"), None, []),
    # UTM005: utm_campaign differs from front-matter `campaign` (not checked without one)
    ("UTM005", post(f"Mehr: {GOOD.replace('mythen-2027', 'backup-2027')}"), None, [("UTM005", 14)]),
    ("UTM005", post(url=GOOD.replace("mythen-2027", "mythen-2026")), None, [("UTM005", 10)]),
    ("UTM005", post(f"Mehr: {GOOD.replace('mythen-2027', 'backup-2027')}", campaign=None), None, []),
    ("UTM005", post(f"Mehr: {GOOD.replace('mythen-2027', 'Mythen-2027')}"), None, []),    # UTM004's
    ("UTM005", post(f"Mehr: {GOOD.replace('mythen-2027', 'mythen%2D2027')}"), None, []),  # decodes equal
    ("UTM005", post(f"Mehr: {GOOD}"), None, []),
    ("UTM005", post("Mehr: https://shop.example.net/?utm_campaign=partner"), None, []),
    # UTM006: utm_* key outside GA4's list
    ("UTM006", post(f"Mehr: {GOOD.replace('utm_campaign', 'utm_camapign')}"), None, [("UTM006", 14)]),
    ("UTM006", post(f"Mehr: {GOOD}&UTM_Content=story&utm_foo=1"), None, [("UTM006", 14), ("UTM006", 14)]),
    ("UTM006", post(f"Mehr: {GOOD}&utm_id=42&utm_term=passwort&utm_content=story&utm_source_platform=meta"
                    "&utm_creative_format=reel&utm_marketing_tactic=remarketing"), None, []),
    ("UTM006", post("Mehr: https://shop.example.net/?utm_campain=x"), None, []),
    # UTM007: UTM on a host outside tracking.domains (info)
    ("UTM007", post("Mehr: https://shop.example.net/angebot?utm_source=instagram"), None, [("UTM007", 14)]),
    ("UTM007", post("Mehr: https://notexample.com/?utm_campaign=mythen-2027"), None, [("UTM007", 14)]),
    ("UTM007", post(url="https://partner.example.org/?utm_source=instagram&utm_medium=social"), None, [("UTM007", 10)]),
    ("UTM007", post("Mehr: https://shop.example.net/angebot"), None, []),
    ("UTM007", post(f"Mehr: {GOOD}"), None, []),
    ("UTM007", post("Mehr: https://shop.example.net/angebot?utm_source=instagram"), NO_DOMAINS, []),
    # UTM008: does not parse, or http:// to a tracked domain
    ("UTM008", post(url=GOOD.replace("https:", "http:")), None, [("UTM008", 10)]),
    ("UTM008", post("Mehr: http://hilfe.example.com/faq"), None, [("UTM008", 14)]),
    ("UTM008", post("Mehr: http://notexample.com/faq"), None, []),
    ("UTM008", post("Mehr: www.example.com/faq"), None, []),  # the platform links it itself
    ("UTM008", post("Mehr in den [FAQ](https//example.com/faq)."), None, [("UTM008", 14)]),
    ("UTM008", post("Mehr in den [FAQ](example.com/faq)."), None, [("UTM008", 14)]),
    ("UTM008", post("Mehr: <https://example.com:99999/faq>"), None, [("UTM008", 14)]),
    ("UTM008", post("Mehr in den [FAQ](https://example..com/faq)."), None, [("UTM008", 14)]),
    ("UTM008", post(url="example.com/faq"), None, [("UTM008", 10)]),
    ("UTM008", post(url='"https://exa mple.com/faq"'), None, [("UTM008", 10)]),
    ("UTM008", post(url="https://[::1/faq"), None, [("UTM008", 10)]),
    ("UTM008", post(url="https:///faq"), None, [("UTM008", 10)]),
    ("UTM008", post("Schreibt an [uns](mailto:team@example.com) oder ruft an: [0800 111](tel:+49800111)"), None, []),
    ("UTM008", post(f"Mehr: {GOOD}", url=GOOD), None, []),
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


def test_missing_utm_message_lists_what_to_add(tmp_path):
    en, de = messages(tmp_path, post("Mehr: https://hilfe.example.com/faq"), "UTM001")
    assert f"The link to hilfe.example.com has no UTM parameters" in en and f"Add `{Q[1:]}`." in en
    assert "Der Link auf hilfe.example.com hat keine UTM-Parameter" in de and "--fix" in de


def test_campaign_falls_back_to_the_post_id(tmp_path):
    text = post("Mehr: https://example.com/faq", campaign=None).replace("title:", "id: mythen-01\ntitle:")
    en, _ = messages(tmp_path, text, "UTM001")
    assert "utm_campaign=mythen-01`" in en
    en, _ = messages(tmp_path / "no-id", post("Mehr: https://example.com/faq", campaign=None), "UTM001")
    assert "utm_campaign=post`" in en  # the id defaults to the path: posts/post


def test_source_message_names_the_right_source(tmp_path):
    en, de = messages(tmp_path, post(f"Mehr: {GOOD.replace('instagram', 'twitter')}", channel="x"), "UTM003")
    assert "utm_source `twitter` is a short or old name: write `utm_source=x`" in en
    assert "schreiben Sie `utm_source=x`" in de
    en, de = messages(tmp_path / "fb", post(f"Mehr: {GOOD.replace('instagram', 'facebook')}"), "UTM003")
    assert "utm_source is `facebook`, but this post goes to instagram: write `utm_source=instagram`" in en


def test_value_format_message_shows_the_decoded_value(tmp_path):
    en, de = messages(tmp_path, post(f"Mehr: {GOOD.replace('instagram', 'Insta%67ram')}"), "UTM004")
    assert "utm_source is `Instagram`" in en and "Write `utm_source=instagram`" in en
    assert "utm_source ist `Instagram`" in de and "Schreiben Sie `utm_source=instagram`" in de


def test_unknown_key_suggests_the_ga4_key(tmp_path):
    en, de = messages(tmp_path, post(f"Mehr: {GOOD.replace('utm_campaign', 'utm_camapign')}"), "UTM006")
    assert "`utm_camapign` is not a UTM parameter Google Analytics reads. Did you mean `utm_campaign`?" in en
    assert "Meinten Sie `utm_campaign`?" in de


def test_malformed_message_says_why(tmp_path):
    en, de = messages(tmp_path, post("Mehr in den [FAQ](https//example.com/faq)."), "UTM008")
    assert "`https//example.com/faq` is broken: it does not start with https://" in en
    assert "beginnt nicht mit https://" in de


# ---- the safe fixes ------------------------------------------------------------------------
def apply(line: str, edit) -> str:
    start = edit.column - 1
    assert line[start:start + len(edit.old)] == edit.old, "edit.old is not the text at its place"
    return line[:start] + edit.new + line[start + len(edit.old):]


EDIT_CASES = [
    # (post, line of the URL, the line after the fix)
    (post("Mehr: https://example.com/faq"), 14, f"Mehr: https://example.com/faq{Q}"),
    (post("Mehr: https://example.com/faq."), 14, f"Mehr: https://example.com/faq{Q}."),
    (post("Mehr: https://example.com/faq#teil-2"), 14, f"Mehr: https://example.com/faq{Q}#teil-2"),
    (post("Mehr: https://example.com/faq?ref=a%20b&x=1"), 14, f"Mehr: https://example.com/faq?ref=a%20b&x=1&{Q[1:]}"),
    (post("Mehr in den [FAQ](https://example.com/faq \"Titel\")."), 14, f"Mehr in den [FAQ](https://example.com/faq{Q} \"Titel\")."),
    (post("Mehr: <https://hilfe.example.com/faq>"), 14, f"Mehr: <https://hilfe.example.com/faq{Q}>"),
    (post("Mehr: www.example.com/faq und https://example.com/x"), 14, f"Mehr: www.example.com/faq{Q} und https://example.com/x{Q}"),
    (post("A https://example.com/x und www.example.com/x."), 14, f"A https://example.com/x{Q} und www.example.com/x{Q}."),
    (post("Mehr: https://example.com/faq?utm_source=Insta%67ram&utm_campaign=mythen-2027"), 14,
     "Mehr: https://example.com/faq?utm_source=instagram&utm_campaign=mythen-2027&utm_medium=social"),
    (post("Mehr: https://example.com/faq?utm_source=ig&utm_medium=Paid%20Social&utm_campaign=alt"), 14,
     "Mehr: https://example.com/faq?utm_source=instagram&utm_medium=paid-social&utm_campaign=mythen-2027"),
    (post("Mehr: https://example.com/faq?utm_source=x&utm_medium=email&utm_campaign=Winter%202027", campaign=None), 14,
     "Mehr: https://example.com/faq?utm_source=instagram&utm_medium=email&utm_campaign=winter-2027"),
    (post("Mehr: http://example.com/faq"), 14, f"Mehr: http://example.com/faq{Q}"),  # http stays: not a safe fix
    (post(url="https://example.com/faq"), 10, f"  url: https://example.com/faq{Q}"),
    (post(url='"https://example.com/faq"  # Kommentar'), 10, f'  url: "https://example.com/faq{Q}"  # Kommentar'),
    (post(url="'https://example.com/faq?utm_source=twitter'"), 10, f"  url: '{GOOD}'"),
    (post(extra="terms_url: https://example.com/tb"), 12, f"terms_url: https://example.com/tb{Q}"),
    (post().replace("next_step:\n  type: faq\n  prompt: \"Alle Mythen\"\n  # noch kein Link\n",
                    "next_step: {type: faq, prompt: \"https://example.com/faq\", url: https://example.com/faq}\n# \n\n\n"), 7,
     f"next_step: {{type: faq, prompt: \"https://example.com/faq\", url: https://example.com/faq{Q}}}"),
]


@pytest.mark.parametrize("text, line, fixed", EDIT_CASES)
def test_edits_give_the_expected_url(tmp_path, text, line, fixed):
    problems = [p for p in lint_text(text, root=tmp_path, select=FIXABLE) if p.line == line]
    assert problems
    result = text.split("\n")[line - 1]
    for column in sorted({p.column for p in problems}, reverse=True):
        edits = {p.edit for p in problems if p.column == column}
        assert len(edits) == 1 and None not in edits, "one identical edit on every finding of the URL"
        result = apply(result, edits.pop())
    assert result == fixed


@pytest.mark.parametrize("text", [
    post(f"Mehr: {GOOD.replace('utm_campaign', 'utm_campain')}"),         # a typo: a person decides
    post("Mehr: [https://example.com/faq](https://example.com/faq)"),     # link text = href: ambiguous
    post("Mehr: [FAQ](https://example.com/faq?a=1&amp;b=2)"),            # written differently than parsed
    post(url='"https://example.com/f\\u00e4q"'),                          # a YAML escape
    post(url=">-\n    https://example.com/faq"),                           # a folded scalar
    post(f"Mehr: {GOOD}&utm_content=Story"),                              # nothing the fix may change
])
def test_no_edit_when_the_fix_would_guess(tmp_path, text):
    problems = lint_text(text, root=tmp_path, select=FIXABLE)
    assert problems and all(p.edit is None for p in problems)


def fixed_text(text: str, problems) -> str:
    lines = text.split("\n")
    for edit in sorted({p.edit for p in problems if p.edit}, key=lambda e: (e.line, -e.column)):
        lines[edit.line - 1] = apply(lines[edit.line - 1], edit)
    return "\n".join(lines)


def test_fix_converges_and_changes_only_the_urls(tmp_path):
    text = post("Mehr: https://example.com/faq und [hier](https://hilfe.example.com/a?utm_source=ig#x)\n"
                "Partner: https://shop.example.net/?utm_source=instagram", url="https://example.com/faq?utm_source=fb")
    problems = lint_text(text, root=tmp_path / "1", select=("UTM",))
    after = fixed_text(text, problems)
    assert [(p.code, p.line) for p in lint_text(after, root=tmp_path / "2", select=("UTM",))] == [("UTM007", 15)]
    assert re.sub(r"[?&]utm_[a-z]+=[\w-]*", "", after) == re.sub(r"[?&]utm_[a-z]+=[\w-]*", "", text)


# ---- the labelled corpus -------------------------------------------------------------------


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
    problems = lint_text(text, root=tmp_path / "before", select=("UTM",))
    assert sorted((p.code, p.line) for p in problems) == sorted(expected(text))
    remaining = lint_text(fixed_text(text, problems), root=tmp_path / "after", select=("UTM",))
    assert all(p.edit is None for p in remaining), "one fix is enough"
    assert {(p.code, p.line) for p in remaining} <= {(p.code, p.line) for p in problems}
