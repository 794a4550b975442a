"""PLAT001-PLAT005: (post text) -> expected [(code, line)], only the rule under test switched on."""

from __future__ import annotations

import pytest

from smmlint.config import ConfigError, load_config
from tests.conftest import CONFIG_YAML, lint_text, make_content_repo

# Without media the body starts on line 9; with one media item (line 9) on line 11.
HEAD = """\
---
title: Beispielbeitrag
channel: {channel}
format: {format}
publish_at: 2027-01-12T10:00
next_step: {{type: comment, prompt: "Was meint ihr?"}}
sla: {{owner: anna}}
"""

IMAGE = "  - {type: image, file: media/bild.png, alt: \"Ein Vorhängeschloss auf einer Tastatur.\"}\n"


def post(body: str, channel: str = "mastodon", fmt: str = "announcement", media: str | None = None) -> str:
    text = HEAD.format(channel=channel, format=fmt)
    if media is not None:
        text += "media:" + (" []\n" if media == "" else "\n" + media)
    return text + "---\n" + body


def video(duration: object) -> str:
    return f"  - {{type: video, file: media/video.mp4, duration: {duration}, captions: media/video.vtt}}\n"


def found(text: str, tmp_path, code: str, config: str | None = None):
    return [(p.code, p.line) for p in lint_text(text, root=tmp_path, select=(code,), config=config)]


URL = "https://hilfe.example.com/zwei-faktor/einrichten?utm_source=x&utm_medium=social&utm_campaign=zwei-faktor-2027"

CASES = [
    # PLAT001 on X: weighted length (NFC; URLs 23; CJK and emoji 2)
    ("PLAT001", post("a" * 280, "x"), []),
    ("PLAT001", post("a" * 281, "x"), [("PLAT001", 9)]),
    ("PLAT001", post("日本語" * 46 + "日本", "x"), []),  # 140 CJK characters weigh 280
    ("PLAT001", post("日本語" * 47, "x"), [("PLAT001", 9)]),  # 141 weigh 282
    ("PLAT001", post("日本語" * 47, "mastodon"), []),  # 141 characters on Mastodon
    ("PLAT001", post(URL + " " + "a" * 256, "x"), []),  # 23 + 1 + 256
    ("PLAT001", post(URL + " " + "a" * 257, "x"), [("PLAT001", 9)]),
    ("PLAT001", post("👋" * 140, "x"), []),
    ("PLAT001", post("👩‍💻" * 140, "x"), []),  # a ZWJ sequence weighs 2 like any emoji
    ("PLAT001", post("👋" * 141, "x"), [("PLAT001", 9)]),
    ("PLAT001", post("e\u0301" * 280, "x"), []),  # NFC: e + combining acute = é, 280
    ("PLAT001", post("Kurz.\n\nNoch kurz.\n" + "a" * 280 + "\nEnde\n", "x"), [("PLAT001", 12)]),  # where it passes
    # Bluesky: graphemes
    ("PLAT001", post("👩‍💻" * 300, "bluesky"), []),
    ("PLAT001", post("👩‍💻" * 301, "bluesky"), [("PLAT001", 9)]),
    ("PLAT001", post("ä" * 301, "bluesky"), [("PLAT001", 9)]),
    # YouTube description: UTF-8 bytes
    ("PLAT001", post("ä" * 2500, "youtube", "video", media=video(60)), []),
    ("PLAT001", post("ä" * 2501, "youtube", "video", media=video(60)), [("PLAT001", 11)]),
    # the rest: characters
    ("PLAT001", post("a" * 500, "mastodon"), []),
    ("PLAT001", post("a" * 501, "mastodon"), [("PLAT001", 9)]),
    ("PLAT001", post("a" * 500 + "\n<!-- smmlint-disable-next-line SAFE004 -- Zitat -->\n", "mastodon"), []),
    ("PLAT001", post("\n\n" + "a" * 500 + "   \n\n\n", "mastodon"), []),  # blank lines around, trailing blanks
    ("PLAT001", post("a" * 480 + "\n[Hilfe](https://example.com)", "mastodon"), [("PLAT001", 10)]),  # "Hilfe https://example.com"
    ("PLAT001", post("a" * 474 + "\n[Hilfe](https://example.com)", "mastodon"), []),  # 474 + 1 + 25
    ("PLAT001", post("a" * 3001, "linkedin"), [("PLAT001", 9)]),
    ("PLAT001", post("a" * 2201, "instagram", media=IMAGE), [("PLAT001", 11)]),
    ("PLAT001", post("a" * 2201, "tiktok", media=IMAGE), [("PLAT001", 11)]),
    ("PLAT001", post("a" * 2200, "tiktok", media=IMAGE), []),
    ("PLAT001", post("a" * 501, "threads"), [("PLAT001", 9)]),
    ("PLAT001", post("a" * 63207, "facebook"), [("PLAT001", 9)]),
    ("PLAT001", post("a" * 5000, "whatsapp"), []),  # no limit known
    # PLAT002 too-many-hashtags (distinct, case-insensitive)
    ("PLAT002", post("Text\n\n#Eins #Zwei #Drei #Vier #Fünf", "instagram", media=IMAGE), []),
    ("PLAT002", post("Text\n\n#Eins #Zwei #Drei #Vier #Fünf #Sechs", "instagram", media=IMAGE), [("PLAT002", 13)]),
    ("PLAT002", post("#Eins Text\n\n#Zwei #Drei #Vier #Fünf #eins #EINS", "instagram", media=IMAGE), []),
    ("PLAT002", post("Text #Eins #Zwei #Drei #Vier #Fünf #Sechs", "tiktok", media=IMAGE), [("PLAT002", 11)]),
    ("PLAT002", post("Text #Eins", "threads"), []),
    ("PLAT002", post("Text #Eins #Zwei", "threads"), [("PLAT002", 9)]),
    ("PLAT002", post("Text #A1 #B2 #C3 #D4 #E5 #F6 #G7 #H8", "linkedin"), [("PLAT002", 9)]),  # advice: a warning
    ("PLAT002", post("Text #A1 #B2 #C3 #D4 #E5 #F6 #G7 #H8", "mastodon"), []),
    ("PLAT002", post("Mehr: https://example.com/hilfe#abschnitt #Passkeys", "threads"), []),  # a URL's #part is no tag
    # PLAT003 video-too-long
    ("PLAT003", post("Text", "instagram", "video", media=video(180)), []),
    ("PLAT003", post("Text", "instagram", "video", media=video(181)), [("PLAT003", 9)]),
    ("PLAT003", post("Text", "instagram", "video", media=video('"3:01"')), [("PLAT003", 9)]),
    ("PLAT003", post("Text", "x", "video", media=video(140)), []),
    ("PLAT003", post("Text", "x", "video", media=video(141)), [("PLAT003", 9)]),
    ("PLAT003", post("Text", "tiktok", "video", media=video(600)), []),
    ("PLAT003", post("Text", "tiktok", "video", media=video(601)), [("PLAT003", 9)]),
    ("PLAT003", post("Text", "youtube", "video", media=video('"11:59:59"')), []),
    ("PLAT003", post("Text", "youtube", "video", media=video(43201)), [("PLAT003", 9)]),
    ("PLAT003", post("Text", "youtube", "short", media=video(180)), []),
    ("PLAT003", post("Text", "youtube", "short", media=video(181)), [("PLAT003", 9)]),
    ("PLAT003", post("Text", "linkedin", "video", media=video(3600)), []),  # no limit known
    ("PLAT003", post("Text", "instagram", "video", media=IMAGE + video(200)), [("PLAT003", 10)]),
    ("PLAT003", post("Text", "instagram", "video", media="  - {type: video, file: media/video.mp4, burned_in_captions: true}\n"), []),
    # PLAT004 media-required
    ("PLAT004", post("Text", "instagram"), [("PLAT004", 3)]),
    ("PLAT004", post("Text", "tiktok", media=""), [("PLAT004", 8)]),
    ("PLAT004", post("Text", "youtube"), [("PLAT004", 3)]),
    ("PLAT004", post("Text", "instagram", media=IMAGE), []),
    ("PLAT004", post("Text", "youtube", "video", media=video(60)), []),
    ("PLAT004", post("Text", "x"), []),
    ("PLAT004", post("Text", "mastodon", media=""), []),
    # PLAT005 too-many-links (Threads 5; each URL once)
    ("PLAT005", post("\n".join(f"https://example.com/{n}" for n in "abcde"), "threads"), []),
    ("PLAT005", post("\n".join(f"https://example.com/{n}" for n in "abcdef"), "threads"), [("PLAT005", 14)]),
    ("PLAT005", post("\n".join(f"https://example.com/{n}" for n in "abcdea"), "threads"), []),
    ("PLAT005", post("[a](https://example.com/a) [b](https://example.com/b) [c](https://example.com/c) "
                     "[d](https://example.com/d) [e](https://example.com/e) [f](https://example.com/f)", "threads"),
     [("PLAT005", 9)]),
    ("PLAT005", post("\n".join(f"https://example.com/{n}" for n in "abcdefgh"), "mastodon"), []),
]


@pytest.mark.parametrize("code, text, expected", CASES, ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)])
def test_rule_table(tmp_path, code, text, expected):
    assert found(text, tmp_path, code) == expected


# ---- messages and columns ---------------------------------------------------------------------

def test_x_message_explains_the_weighted_count(tmp_path):
    text = post("日本語" * 47, "x")
    (en,) = lint_text(text, root=tmp_path / "en", select=("PLAT001",))
    (de,) = lint_text(text, root=tmp_path / "de", select=("PLAT001",), lang="de")
    assert en.message.startswith("The text has 282 weighted characters (a link counts 23") and "X allows 280. Shorten it by 2" in en.message
    assert de.message.startswith("Der Text hat 282 gewichtete Zeichen") and "X erlaubt 280. Kürzen Sie um 2" in de.message


@pytest.mark.parametrize("channel, body, phrase", [
    ("bluesky", "ä" * 301, "301 characters (as a reader sees them"),
    ("youtube", "ä" * 2501, "5002 bytes"),
    ("mastodon", "a" * 501, "501 characters; Mastodon allows 500"),
])
def test_unit_per_counting(tmp_path, channel, body, phrase):
    media = video(60) if channel == "youtube" else None
    (problem,) = lint_text(post(body, channel, "video", media=media), root=tmp_path, select=("PLAT001",))
    assert phrase in problem.message


def test_hashtag_finding_is_on_the_first_tag_over_the_limit(tmp_path):
    (problem,) = lint_text(post("Text\n\n#Eins #Zwei #Drei #Vier #Fünf #Sechs #Sieben", "instagram", media=IMAGE),
                           root=tmp_path, select=("PLAT002",), lang="de")
    assert (problem.line, problem.column) == (13, 31)
    assert problem.message.startswith("7 Hashtags; Instagram erlaubt 5.") and "#Sechs" in problem.message


def test_short_video_message(tmp_path):
    (problem,) = lint_text(post("Text", "youtube", "short", media=video(200)), root=tmp_path, select=("PLAT003",))
    assert "3:20 long; a YouTube Short (`format: short`) may be 3:00" in problem.message


def test_link_finding_points_at_the_sixth_link(tmp_path):
    body = "Links: https://example.com/a https://example.com/b https://example.com/c https://example.com/d https://example.com/e https://example.com/f"
    (problem,) = lint_text(post(body, "threads"), root=tmp_path, select=("PLAT005",))
    assert (problem.line, problem.column) == (9, body.index("https://example.com/f") + 1)
    assert "6 different links; Threads allows 5" in problem.message


# ---- the one limits table, overridden per channel in the config ------------------------------

@pytest.mark.parametrize("override, text, expected", [
    ("mastodon: {text_limit: 100}", post("a" * 101, "mastodon"), [("PLAT001", 9)]),
    ("mastodon: {text_limit: 1000}", post("a" * 501, "mastodon"), []),
    ("x: {counting: chars}", post("日本語" * 47, "x"), []),
    ("twitch: {text_limit: 10, counting: graphemes}", post("👩‍💻" * 11, "twitch"), [("PLAT001", 9)]),
    ("twitch: {text_limit: 10, counting: graphemes}", post("👩‍💻" * 10, "twitch"), []),
    ("linkedin: {hashtags_severity: error}", post("Text #A1 #B2 #C3 #D4 #E5 #F6", "linkedin"), [("PLAT002", 9)]),
    ("instagram: {max_hashtags: 3}", post("Text #A1 #B2 #C3 #D4", "instagram", media=IMAGE), [("PLAT002", 11)]),
    ("instagram: {video_max_seconds: 90}", post("Text", "instagram", "video", media=video(91)), [("PLAT003", 9)]),
    ("instagram: {media_required: false}", post("Text", "instagram"), []),
    ("mastodon: {max_links: 1}", post("https://example.com/a https://example.com/b", "mastodon"), [("PLAT005", 9)]),
])
def test_config_overrides_the_table(tmp_path, override, text, expected):
    config = CONFIG_YAML + "channels:\n  " + override + "\n"
    assert [(p.code, p.line) for p in lint_text(text, root=tmp_path, select=("PLAT",), config=config)] == expected


@pytest.mark.parametrize("override, message", [
    ("x: {txt_limit: 300}", "unknown field 'txt_limit' (did you mean 'text_limit'?)"),
    ("x: {text_limit: -3}", "text_limit must be a whole number >= 0"),
    ("x: {text_limit: many}", "text_limit must be a whole number >= 0"),
    ("x: {counting: words}", "counting must be one of x_weighted, graphemes, bytes, chars"),
    ("linkedin: {hashtags_severity: info}", "hashtags_severity must be one of error, warning"),
])
def test_bad_override_is_a_clear_config_error(tmp_path, override, message):
    make_content_repo(tmp_path, CONFIG_YAML + "channels:\n  " + override + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "smmlint.yaml")
    error = caught.value
    assert error.message_key == "bad-value" and error.field == f"channels.{override.split(':')[0]}"
    assert message in error.args_["reason"] and not error.args_["reason"].startswith("channels.")


def test_bad_override_exits_2_with_one_line(repo):
    (repo.root / "smmlint.yaml").write_text(CONFIG_YAML + "channels:\n  x: {txt_limit: 300}\n", "utf-8")
    repo.write("a.md", post("Text", "x"))
    result = repo.check("posts/a.md")
    assert result.exit_code == 2
    assert "invalid config: `channels.x`: unknown field 'txt_limit' (did you mean 'text_limit'?)" in result.output


# ---- what counts as the published caption -------------------------------------------------------

def test_published_lines(tmp_path):
    from smmlint.config import load_config
    from smmlint.post import read_post
    from smmlint.rules.platform import published_lines

    body = ("\n<!-- smmlint-disable-next-line A11Y008 -- Marke -->\nErste Zeile   \n"
            "Mehr: [unsere Hilfe](https://example.com/hilfe \"Titel\") und <https://example.com/faq>\n"
            "[https://example.com/x](https://example.com/x) Text <!-- Notiz --> Ende\n"
            "<!-- mehrzeilig\nnoch Kommentar -->\n**fett** und #Hashtag\n\n")
    make_content_repo(tmp_path)
    path = tmp_path / "posts" / "p.md"
    path.write_text(post(body), "utf-8")
    lines = published_lines(read_post(path, "p.md", load_config(tmp_path / "smmlint.yaml")))
    assert lines == [
        (11, "Erste Zeile"),
        (12, "Mehr: unsere Hilfe https://example.com/hilfe und https://example.com/faq"),
        (13, "https://example.com/x Text  Ende"),
        (16, "**fett** und #Hashtag"),
    ]


def test_plat_corpus_findings_match_the_labels(tmp_path):
    from tests.test_rules_a11y import corpus_labels, lint_corpus

    assert lint_corpus("plat", tmp_path) == corpus_labels("plat")


# ---- speed: heavy libraries only when a post needs them ------------------------------------------

def imported_modules(repo, name: str) -> set[str]:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "smmlint", "check", "--select", "A11Y,PLAT",
                             f"posts/{name}"], cwd=repo.root, capture_output=True, text=True, timeout=60)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    return {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


HEAVY = {"emoji", "regex", "webvtt", "srt", "twitter_text", "icalendar", "jsonschema"}


@pytest.mark.slow
@pytest.mark.parametrize("name, text, allowed", [
    ("plain.md", post("Mythos oder Fakt? Passwörter alle 90 Tage wechseln. Was meint ihr? 🔐\n\n#ITSicherheit", "mastodon"), set()),
    ("x.md", post("Mehr dazu: https://hilfe.example.com/passwoerter 👋 日本", "x"), set()),
    ("bluesky.md", post("Hallo Bluesky 👋", "bluesky"), {"regex"}),
    ("video.md", post("Das Video mit Untertiteln.", "mastodon", "video", media=video(70)), {"webvtt"}),
    ("emoji.md", post("Sicherheitstag! 🎉🎉🎉🎉", "mastodon"), {"emoji"}),
])
def test_heavy_libraries_are_imported_only_when_needed(repo, name, text, allowed):
    repo.write(name, text)
    assert imported_modules(repo, name) & HEAVY == allowed


@pytest.mark.parametrize("channel", ["x", "bluesky", "youtube"])
@pytest.mark.parametrize("body", ["[" * 50000, "[a](" * 20000, "<http:" * 10000, "<!--" * 20000, "🎉🎉🎉🎉x" * 10000,
                                  "𝗡a" * 50000, "#" + "a" * 100000, "0:00 Intro\n" * 20000, "a\n" * 50000])
def test_hostile_text_stays_fast(tmp_path, channel, body):
    """Patterns that restarted at every `[` or `<` once took 2-11 s here; each is linear now."""
    import time

    media = video(250).replace("captions: media/video.vtt", "captions: media/video.vtt, chapters: true")
    start = time.perf_counter()
    lint_text(post(body, channel, "video", media=media), root=tmp_path, select=("A11Y", "PLAT"))
    assert time.perf_counter() - start < 5


def test_linkedin_hashtag_advice_is_a_warning_and_instagram_limit_an_error(tmp_path):
    from tests.conftest import lint_text

    body = "Was meint ihr?\n\n#Eins #Zwei #Drei #Vier #Fuenf #Sechs\n"
    head = "---\ntitle: T\nchannel: {}\nformat: poll\npublish_at: 2027-01-12T10:00\nmedia:\n  - {{type: image, file: media/bild.png, alt: Ein Schloss}}\n---\n"
    (linkedin,) = lint_text(head.format("linkedin") + body, root=tmp_path / "l", select=("PLAT002",))
    assert linkedin.severity.label == "warning" and "recommends at most 5" in linkedin.message
    (instagram,) = lint_text(head.format("instagram") + body, root=tmp_path / "i", select=("PLAT002",))
    assert instagram.severity.label == "error"


def test_a_hit_never_raises_the_configured_severity(tmp_path):
    from tests.conftest import CONFIG_YAML, lint_text

    body = "Was meint ihr?\n\n#Eins #Zwei #Drei #Vier #Fuenf #Sechs\n"
    head = "---\ntitle: T\nchannel: instagram\nformat: poll\npublish_at: 2027-01-12T10:00\nmedia:\n  - {type: image, file: media/bild.png, alt: Ein Schloss}\n---\n"
    from smmlint.api import lint_paths
    from smmlint.config import load_config
    from smmlint.rules import REGISTRY
    from smmlint.selection import Selection
    from tests.conftest import make_content_repo

    root = make_content_repo(tmp_path / "r", CONFIG_YAML + "rules: {PLAT002: info}\n")
    (root / "posts" / "p.md").write_text(head + body)
    rules = Selection(select=("PLAT002",), overrides={"PLAT002": "info"}).active(REGISTRY)
    (problem,) = lint_paths([root / "posts" / "p.md"], load_config(root / "smmlint.yaml"), rules, "en").problems
    assert problem.severity.label == "info"
