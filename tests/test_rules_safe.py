"""SAFE001-SAFE006: (post text[, config]) -> expected [(code, line)], only the rule under test on;
plus the labelled corpus in tests/corpus/safe/ (`# expect: CODE@line …` or `# expect: clean`).

The test content repo's blocked list (tests/conftest.py) holds "Vollpfosten" and "Idiot"; its
`community_rules_url` is https://example.com/netiquette; sensitive topics are the defaults.
"""

import re
from pathlib import Path

import pytest

from tests.conftest import CONFIG_YAML, lint_text, corpus_expectations as expected

CORPUS = Path(__file__).parent / "corpus" / "safe"
BODY = 11  # first body line of `post()`


def post(body, *, next_step='{type: poll, prompt: "Welcher Tipp hilft euch?"}', topics="", media="", title="Passwort-Tipps",
         language="de"):
    """A complete post: next_step on line 6, `topics` on line 8, `media` on line 9, body from line 11."""
    return ("---\n"
            f"title: {title}\n"
            "channel: mastodon\n"
            "format: story\n"
            f"language: {language}\n"
            f"next_step: {next_step}\n"
            "sla: {owner: anna}\n"
            f"{('topics: ' + topics) if topics else '# no topics'}\n"
            f"{('media: ' + media) if media else '# no media'}\n"
            "---\n"
            f"{body}\n")


def config(**replace):
    """The test config with a top-level key's line(s) replaced (value None: removed)."""
    text = CONFIG_YAML
    for key, line in replace.items():
        start = text.index(f"\n{key}:") + 1
        end = text.index("\n", start)
        while text[end + 1:end + 3] == "  ":
            end = text.index("\n", end + 1)
        text = text[:start] + (line or "") + text[end + (0 if line else 1):]
    return text


ALT = '[{type: image, file: media/bild.png, alt: "Ein Idiot am Schreibtisch"}]'
HELP = "TelefonSeelsorge 0800 111 0 111"
EATING = config(safety='safety:\n  blocked_words: wordlists/blocked.txt\n  sensitive_topics:\n'
                       '    essstoerung: {keywords: [magersucht, bulimie], help: "www.bzga-essstoerungen.de"}')

CASES = [
    # ---- SAFE001: blocked words (whole words, NFKC, case folding, leetspeak)
    *[("SAFE001", post(f"Nur ein {word} nutzt überall dasselbe Passwort."), None, [("SAFE001", BODY)]) for word in (
        "Idiot", "IDIOT", "1d10t", "ID10T", "ｉｄｉｏｔ", "Voll-Idiot", "voll_idiot", "Vollpfosten", "V0llpf0st3n",
        "Vollpf0sten", "#Idiot", "**Idiot**", "𝐈𝐝𝐢𝐨𝐭")],
    *[("SAFE001", post(f"Ein Passwortmanager macht es {word}."), None, []) for word in (
        "idiotensicher", "Idioten-sicher", "idiotisch", "Pfosten")],
    ("SAFE001", post("Idiot oder Vollpfosten?"), None, [("SAFE001", BODY), ("SAFE001", BODY)]),
    ("SAFE001", post("Ein ganz normaler Text.", media=ALT), None, [("SAFE001", 9)]),
    ("SAFE001", post("Kein Problem hier.\n\n<!-- Idiot -->"), None, []),  # not visible
    ("SAFE001", post("Mehr: https://example.com/idiot-test"), None, []),  # inside a URL
    ("SAFE001", post("Nur ein Idiot."), config(safety=None), []),  # no list configured
    ("SAFE001", post("Ganz normal."), config(safety="safety:\n  blocked_words: wordlists/gibt-es-nicht.txt"), [("SAFE001", 1)]),
    # ---- SAFE002: sensitive topics need their help text
    ("SAFE002", post("Heute ist Welttag der Suizidprävention."), None, [("SAFE002", BODY)]),
    ("SAFE002", post("Wenn Selbstmordgedanken kommen: Redet darüber."), None, [("SAFE002", BODY)]),
    ("SAFE002", post("Suicide prevention day.", language="en"), None, [("SAFE002", BODY)]),
    *[("SAFE002", post(f"Heute ist Welttag der Suizidprävention.\n\nHilfe: {number}"), None, []) for number in (
        HELP, "TelefonSeelsorge 0800 1110111", "0800-111-0-111", "0800/111 0 111", "+49 800 111 0 111",
        "[0800 111 0 111](tel:08001110111)")],
    ("SAFE002", post("Heute ist Welttag der Suizidprävention.\n\nHilfe: 0800 111 0 222"), None, [("SAFE002", BODY)]),
    ("SAFE002", post("Heute ist Welttag der Suizidprävention.\n\n<!-- TelefonSeelsorge 0800 111 0 111 -->"), None,
     [("SAFE002", BODY)]),  # hidden in a comment
    ("SAFE002", post("Ein Beitrag über Hilfe in Krisen."), None, []),
    ("SAFE002", post("Ein Beitrag über Hilfe in Krisen.", topics="[krisen, suizid]"), None, [("SAFE002", 8)]),
    ("SAFE002", post("Ein Beitrag über Hilfe in Krisen.", topics="[suizidpraevention]"), None, [("SAFE002", 8)]),
    ("SAFE002", post("Ein Beitrag über Hilfe in Krisen.", title="Suizidprävention im Team"), None, [("SAFE002", 2)]),
    ("SAFE002", post("Magersucht erkennen: fünf Zeichen."), EATING, [("SAFE002", BODY)]),
    ("SAFE002", post("Magersucht erkennen: fünf Zeichen. Hilfe: www.bzga-essstoerungen.de"), EATING, []),
    ("SAFE002", post("Suizid ist ein Thema, über das wir reden müssen."), EATING, [("SAFE002", BODY)]),  # default stays
    # ---- SAFE003: engagement bait
    *[("SAFE003", post(f"Passkeys sind da.\n\n{bait}"), None, [("SAFE003", BODY + 2)]) for bait in (
        "Like, wenn du auch schon mal dein Passwort vergessen hast!", "Lass ein Like da, wenn dir der Tipp hilft.",
        "Gib uns ein ❤️ für mehr Tipps.", "❤️ wenn du 2FA nutzt!", "Markiere 3 Freunde, die das wissen müssen!",
        "Verlinke jemanden, der das braucht.", "Teile diesen Beitrag mit deinen Kollegen.", "Bitte teilen!",
        "Teilen, wenn du zustimmst!", "❤️ = Ja, 👍 = Nein", "Like für A, Herz für B", "Kommentiere JA, wenn du Passkeys nutzt.",
        "Schreib „Passkey“ in die Kommentare.", "Daumen hoch für Passkeys, Herz für Passwörter!",
        "Was nutzt ihr? 🔑 = Passkey, 🔒 = Passwort", "👉 Tag a friend who still uses password123.",
        "Like this if you use a password manager.", "Double tap if you agree.", "Share this post with your team.",
        "Share if you agree!", "Comment YES if you use 2FA.", "Type 1 if you agree.", "Comment with 🔥 if you love this.",
        "😍 for yes, 😂 for no", "Tag your colleagues who need this.", "👍 wenn ihr Passkeys nutzt.",
        "Super Tipp, und markiere 3 Freunde!", "Lasst ein Herz da!")],
    ("SAFE003", post("Passkeys sind da.\n\n❤️ = Ja\n👍 = Nein"), None, [("SAFE003", BODY + 2)]),
    *[("SAFE003", post(f"Passkeys sind da.\n\n{genuine}"), None, []) for genuine in (
        "Welcher Mythos soll als Nächstes zerlegt werden? Stimmt in der Umfrage ab!",
        "Was ist Ihre Erfahrung? Schreiben Sie es in die Kommentare.", "Teilen Sie Ihre Erfahrung in den Kommentaren.",
        "Schreibt uns in die Kommentare, wenn ihr Fragen habt.", "Danke für 1000 Likes!",
        "Danke für 500 Likes für den Backup-Post und 300 Likes für das Video.", "Wir teilen hier jede Woche Tipps.",
        "Tag 3: Passkeys einrichten.", "Tag der offenen Tür: kommt vorbei!", "Markiert euch den Termin im Kalender.",
        "Schreibt FAQ-Wünsche in die Kommentare.", "Antwortet mit A, B oder C!", "Kommentiere mit deinem Lieblingstipp.",
        "Schreibt 3 Tipps, die euch geholfen haben.", "Comment your best tip below.", "Share your tips below!",
        "It looks like, if you ask me, a mess.", "Most people like it if things are simple.",
        "Gefällt mir, wenn Teams so offen sind.", "Reply with the number of accounts you have.",
        "Mehr: https://example.com/like-wenn-du", "🔐 Wenn du dein Passwort vergisst, hilft der Manager.",
        "Like when you forget your password and panic.", "Like many teams, we use passkeys.",
        "Type 2 diabetes and passwords have nothing in common.", "Lasst uns darüber reden.",
        "Teilt eure Erfahrungen mit uns.", "Gib uns Feedback in der Umfrage.")],
    # ---- SAFE004: shouting
    *[("SAFE004", post(f"Passkeys. {text}"), None, [("SAFE004", BODY)]) for text in (
        "JETZT SOFORT UMSTEIGEN!", "DAS IST WICHTIG.", "WICHTIG: Nie teilen. NIEMALS. Wirklich NIEMALS.",
        "Passkeys sind da!!!", "Wirklich???", "Echt?!?", "ZWEI-FAKTOR-ANMELDUNG jetzt")],
    *[("SAFE004", post(f"Passkeys. {text}"), None, []) for text in (
        "Das BSI, die FAQ, MFA und TAN.", "FIDO2 und WPA3 und TOTP.", "WICHTIG: Nie das Passwort teilen.",
        "Passkeys sind da!!", "Echt?!", "#WICHTIG #ACHTUNG #SOFORT", "ASUS ROG ist eine Marke.",
        "I AM OK", "Mehr: https://example.com/WICHTIG-ACHTUNG-SOFORT!!!")],
    ("SAFE004", post("Passkeys!!!\n\nWirklich!!!"), None, [("SAFE004", BODY), ("SAFE004", BODY + 2)]),
    ("SAFE004", post("JETZT SOFORT UMSTEIGEN!!!"), None, [("SAFE004", BODY), ("SAFE004", BODY)]),
    # ---- SAFE005: discussion posts link the community rules
    *[("SAFE005", post("Was sollen wir besser machen?", next_step=f'{{type: {kind}, prompt: "Was sollen wir besser machen?"}}'),
       None, [("SAFE005", 6)]) for kind in ("thread", "comment", "ama")],
    *[("SAFE005", post("Was sollen wir besser machen?", next_step=f'{{type: {kind}, prompt: "Was sollen wir besser machen?"}}'),
       None, []) for kind in ("poll", "quiz", "form", "dm")],
    *[("SAFE005", post(f"Was sollen wir besser machen?\n\nEs gilt unsere Netiquette: {link}",
                       next_step='{type: thread, prompt: "Was sollen wir besser machen?"}'), None, []) for link in (
        "https://example.com/netiquette?utm_source=mastodon&utm_medium=social&utm_campaign=x",
        "http://www.example.com/netiquette/", "https://example.com/netiquette#kommentare",
        "[Netiquette](https://example.com/netiquette)", "example.com/netiquette")],
    ("SAFE005", post("Was sollen wir besser machen? Regeln: https://example.com/netiquette-alt",
                     next_step='{type: thread, prompt: "Was sollen wir besser machen?"}'), None, [("SAFE005", 6)]),
    ("SAFE005", post("Was sollen wir besser machen?",
                     next_step='{type: comment, prompt: "Was sollen wir besser machen?", url: "https://example.com/netiquette"}'),
     None, []),
    ("SAFE005", post("Was sollen wir besser machen?", next_step='{type: thread, prompt: "Was sollen wir besser machen?"}'),
     config(community_rules_url=None), []),
    # ---- SAFE006: spam hashtags
    *[("SAFE006", post(f"Passkeys! #Passkeys {tag}"), None, [("SAFE006", BODY)]) for tag in (
        "#f4f", "#Follow4Follow", "#like4like", "#sub4sub", "#l4l", "#likeforlike", "#followforfollow", "#followback",
        "#s4s", "#like4likes")],
    *[("SAFE006", post(f"Passkeys! #Passkeys {tag}"), None, []) for tag in ("#forfun", "#f4fun", "#4for4", "#ITSicherheit")],
    ("SAFE006", post("Passkeys!\n\n#f4f #l4l"), None, [("SAFE006", BODY + 2), ("SAFE006", BODY + 2)]),
]


@pytest.mark.parametrize("code, text, config, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_table(tmp_path, code, text, config, expected):
    problems = lint_text(text, root=tmp_path, select=(code,), config=config)
    assert sorted((p.code, p.line) for p in problems) == sorted(expected)


# ---- SAFE001: lists -------------------------------------------------------------------------
def test_safe001_several_lists_comments_and_phrases(tmp_path):
    (tmp_path / "wordlists").mkdir(parents=True)
    (tmp_path / "wordlists" / "extra.txt").write_text(
        "# Zusatzliste\n\nTrottel   # Beleidigung\nDumme Kuh\n  \n", "utf-8")
    conf = config(safety="safety:\n  blocked_words: [wordlists/blocked.txt, wordlists/extra.txt]")
    text = post("Du dumme Kuh.\n\nDu TROTTEL.\n\nDumme Idee, Kuh.\n\nIdiot.")
    problems = lint_text(text, root=tmp_path, select=("SAFE001",), config=conf)
    assert [(p.line, p.column) for p in problems] == [(BODY, 4), (BODY + 2, 4), (BODY + 6, 1)]
    assert "wordlists/blocked.txt, wordlists/extra.txt" in problems[0].message


def test_safe001_missing_and_unreadable_lists_are_findings(tmp_path):
    (tmp_path / "wordlists").mkdir(parents=True)
    (tmp_path / "wordlists" / "latin1.txt").write_bytes("Dämlich\n".encode("latin-1"))
    conf = config(safety="safety:\n  blocked_words: [wordlists/fehlt.txt, wordlists/latin1.txt, wordlists/blocked.txt]")
    en = lint_text(post("Idiot."), root=tmp_path, select=("SAFE001",), config=conf)
    assert [(p.line, p.severity.label) for p in en] == [(1, "error"), (1, "error"), (BODY, "error")]
    assert "wordlists/fehlt.txt" in en[0].message and "does not exist" in en[0].message
    assert "not UTF-8 text" in en[1].message
    de = lint_text(post("Idiot."), root=tmp_path, select=("SAFE001",), config=conf, lang="de")
    assert "gibt es nicht" in de[0].message


def test_safe001_reads_each_list_once_per_run(tmp_path):
    from smmlint.config import load_config
    from smmlint.post import read_post
    from smmlint.rules.safety import blocked_lists
    from tests.conftest import make_content_repo

    root = make_content_repo(tmp_path)
    config_obj = load_config(root / "smmlint.yaml")
    posts = []
    for name in ("a.md", "b.md"):
        (root / "posts" / name).write_text(post("Text."), "utf-8")
        posts.append(read_post(root / "posts" / name, name, config_obj))
    first = blocked_lists(posts[0])
    (root / "wordlists" / "blocked.txt").write_text("Anders\n", "utf-8")
    assert blocked_lists(posts[1])[0] is first[0]  # the same run: read once
    fresh = load_config(root / "smmlint.yaml")  # a new run reads the file again
    assert blocked_lists(read_post(root / "posts" / "a.md", "a.md", fresh))[0].terms == (("anders",),)


def test_words_matching_units():
    from smmlint.text.words import find_terms, parse_terms

    terms = parse_terms(["Idiot", "dumme kuh", "# comment", "", "1D10T  # same after leetspeak"])
    assert terms == (("idiot",), ("dumme", "kuh"))
    text = "Ein 1d10t, eine DUMME   Kuh, kein Idiotenhügel."
    assert [text[a:b] for a, b in find_terms(text, terms)] == ["1d10t", "DUMME   Kuh"]
    assert [text[a:b] for text in ["Du @rsch, du 4rsch!"] for a, b in find_terms(text, parse_terms(["Arsch"]))] == [
        "@rsch", "4rsch"]


# ---- messages and fixes ---------------------------------------------------------------------
def test_safe002_message_names_topic_word_and_help(tmp_path):
    problems = lint_text(post("Heute ist Welttag der Suizidprävention."), root=tmp_path, select=("SAFE002",), lang="de")
    assert "„suizid“" in problems[0].message and "„Suizidprävention“" in problems[0].message
    assert "„TelefonSeelsorge 0800 111 0 111“" in problems[0].message and problems[0].column == 23


def test_safe003_message_says_which_kind(tmp_path):
    en = lint_text(post("Markiere 3 Freunde!"), root=tmp_path / "en", select=("SAFE003",))
    de = lint_text(post("Markiere 3 Freunde!"), root=tmp_path / "de", select=("SAFE003",), lang="de")
    assert "„Markiere 3 Freunde“" in en[0].message and "asks to tag friends" in en[0].message
    assert "fordert zum Markieren auf" in de[0].message


def test_safe004_offers_a_safe_fix_for_marks(tmp_path):
    from smmlint.problem import Edit

    problems = lint_text(post("Passkeys sind **da**!!!"), root=tmp_path, select=("SAFE004",))
    assert problems[0].edit == Edit(BODY, 21, "!!!", "!")
    assert problems[0].severity.label == "warning"


def test_safe006_column_points_at_the_tag(tmp_path):
    problems = lint_text(post("Passkeys! #Passkeys #f4f"), root=tmp_path, select=("SAFE006",))
    assert (problems[0].line, problems[0].column) == (BODY, 21)


@pytest.mark.parametrize("body", ["x" + " " * 20000 + "y", "a-" * 5000 + " Gewinnspiel", "🔐" * 5000 + " wenn",
                                  "a." * 10000, "Like, " * 5000])
def test_hostile_text_stays_linear(tmp_path, body):
    """Patterns that backtracked quadratically once took 10-20 s on such texts; now milliseconds."""
    import time

    start = time.perf_counter()
    lint_text(post(body), root=tmp_path, select=("CTA", "AD", "SAFE"))
    assert time.perf_counter() - start < 5


def test_rule_modules_import_nothing_heavy():
    """The rules run on every pre-commit: importing them loads no helper, regex or emoji library."""
    import subprocess
    import sys

    code = ("import sys, smmlint.rules.cta, smmlint.rules.ad, smmlint.rules.safety; "
            "print(sorted(m for m in ('regex', 'emoji', 'difflib', 'smmlint.text.labels', "
            "'smmlint.text.bait', 'smmlint.text.words', 'smmlint.channels') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


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
    problems = lint_text(text, root=tmp_path, select=("SAFE",))
    assert sorted((p.code, p.line) for p in problems) == sorted(expected(text))
    if not expected(text):  # a clean post is clean for the whole checklist of this helper
        assert lint_text(text, root=tmp_path / "all", select=("CTA", "AD", "SAFE")) == []
