"""smmlint.channels: the platform-limits table, config overrides, and counting like the platforms.

The X weighted length is checked against twitter-text-parser itself (``parse_tweet``), both as
a whole and step by step against the package's own regexes, which the fast route emulates.
"""

import re
import subprocess
import sys
import unicodedata
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from smmlint import channels
from smmlint.channels import (
    COUNTINGS,
    DEFAULT_CHANNELS,
    ChannelLimits,
    channel_limits,
    grapheme_count,
    known_channels,
    text_length,
    utf8_length,
    video_limit,
    x_weighted_length,
)

twitter_text = pytest.importorskip("twitter_text")
from twitter_text import extract_urls_with_indices, parse_tweet  # noqa: E402
from twitter_text.config import config as tt_config  # noqa: E402
from twitter_text.regexp import emoji as tt_emoji  # noqa: E402
from twitter_text.regexp.extract_url import extract_url as tt_extract_url  # noqa: E402
from twitter_text.regexp.valid_ascii_domain import valid_ascii_domain as tt_ascii_domain  # noqa: E402
from twitter_text.regexp.valid_cctld import valid_cctld as tt_cctld  # noqa: E402
from twitter_text.regexp.valid_domain import valid_domain as tt_domain  # noqa: E402
from twitter_text.regexp.valid_gtld import valid_gtld as tt_gtld  # noqa: E402
from twitter_text.regexp.valid_tco_url import valid_tco_url as tt_tco  # noqa: E402
from twitter_text.regexp.valid_url_path import valid_url_path as tt_path  # noqa: E402
from twitter_text.regexp.valid_url_preceding_chars import valid_url_preceding_chars as tt_preceding  # noqa: E402

HOUR = 3600


# ---- the table ---------------------------------------------------------------------------

# channel, text_limit, counting, more_cut, max_hashtags, hashtags_severity, alt_limit,
# video_max_seconds, short_video_max_seconds, media_required, max_links   (rules.md)
TABLE = [
    ("instagram", 2200, "chars", 125, 5, "error", None, 180, None, True, None),
    ("facebook", 63206, "chars", None, None, "error", None, None, None, False, None),
    ("linkedin", 3000, "chars", 210, 5, "warning", 1000, None, None, False, None),
    ("x", 280, "x_weighted", None, None, "error", 1000, 140, None, False, None),
    ("threads", 500, "chars", None, 1, "error", None, None, None, False, 5),
    ("mastodon", 500, "chars", None, None, "error", 1500, None, None, False, None),
    ("bluesky", 300, "graphemes", None, None, "error", 2000, None, None, False, None),
    ("tiktok", 2200, "chars", None, 5, "error", 300, 600, None, True, None),
    ("youtube", 5000, "bytes", None, None, "error", None, 12 * HOUR, 180, True, None),
    ("whatsapp", None, "chars", None, None, "error", None, None, None, False, None),
    ("newsletter", None, "chars", None, None, "error", None, None, None, False, None),
]


@pytest.mark.parametrize("row", TABLE, ids=[row[0] for row in TABLE])
def test_default_table_has_the_numbers_of_the_rules(row):
    name, *values = row
    limits = DEFAULT_CHANNELS[name]
    assert (
        limits.text_limit, limits.counting, limits.more_cut, limits.max_hashtags, limits.hashtags_severity,
        limits.alt_limit, limits.video_max_seconds, limits.short_video_max_seconds, limits.media_required,
        limits.max_links,
    ) == tuple(values)


def test_default_table_lists_the_channels_of_the_post_format_in_order():
    assert list(DEFAULT_CHANNELS) == [row[0] for row in TABLE]
    assert known_channels() == tuple(row[0] for row in TABLE)


def test_the_table_cannot_be_changed():
    with pytest.raises(TypeError):
        DEFAULT_CHANNELS["x"] = ChannelLimits()  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        DEFAULT_CHANNELS["x"].text_limit = 500  # type: ignore[misc]


# ---- config overrides --------------------------------------------------------------------

def test_channel_limits_without_overrides_is_the_default_row():
    assert channel_limits("instagram") is DEFAULT_CHANNELS["instagram"]
    assert channel_limits("instagram", {}) is DEFAULT_CHANNELS["instagram"]
    assert channel_limits(" Instagram ", None) is DEFAULT_CHANNELS["instagram"]


@pytest.mark.parametrize("name", ["twitch", "twitter", "", "insta gram"])
def test_unknown_channel_is_none(name):
    assert channel_limits(name) is None
    assert channel_limits(name, {"x": {"text_limit": 25000}}) is None


def test_override_changes_only_the_fields_given():
    limits = channel_limits("mastodon", {"mastodon": {"text_limit": 1000, "alt_limit": None}})
    assert (limits.text_limit, limits.alt_limit, limits.counting) == (1000, None, "chars")
    assert DEFAULT_CHANNELS["mastodon"].text_limit == 500  # the table is untouched


def test_override_keys_are_matched_without_case():
    assert channel_limits("linkedin", {"LinkedIn": {"max_hashtags": 3}}).max_hashtags == 3


def test_config_declares_a_new_channel():
    overrides = {"twitch": {"text_limit": 500, "counting": "graphemes", "media_required": True}}
    limits = channel_limits("twitch", overrides)
    assert limits == ChannelLimits(text_limit=500, counting="graphemes", media_required=True)
    assert (limits.more_cut, limits.max_hashtags, limits.hashtags_severity) == (None, None, "error")
    assert known_channels(overrides) == (*DEFAULT_CHANNELS, "twitch")
    assert known_channels({"X": {}, "Twitch": {}}) == (*DEFAULT_CHANNELS, "twitch")


def test_an_empty_declaration_is_a_channel_without_limits():
    assert channel_limits("twitch", {"twitch": None}) == ChannelLimits()
    assert channel_limits("twitch", {"twitch": {}}) == ChannelLimits()


@pytest.mark.parametrize("override, words", [
    ({"text_limt": 500}, ["channels.mastodon", "'text_limt'", "did you mean 'text_limit'", "known fields"]),
    ({"colour": "red"}, ["unknown field 'colour'", "text_limit, counting"]),
    ({"text_limit": "500"}, ["channels.mastodon", "text_limit", "'500'"]),
    ({"text_limit": -1}, ["text_limit", "-1"]),
    ({"text_limit": 1.5}, ["text_limit"]),
    ({"max_links": True}, ["max_links", "True"]),
    ({"counting": "words"}, ["counting", "x_weighted", "'words'"]),
    ({"hashtags_severity": "info"}, ["hashtags_severity", "'info'"]),
    ({"media_required": "yes"}, ["media_required", "true or false"]),
])
def test_bad_override_is_a_clear_value_error(override, words):
    with pytest.raises(ValueError) as caught:
        channel_limits("mastodon", {"mastodon": override})
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def test_an_override_that_is_not_a_mapping_is_a_value_error():
    with pytest.raises(ValueError, match=r"channels\.twitch: expected a mapping of limits, not list"):
        channel_limits("twitch", {"twitch": [500]})


def test_other_channels_overrides_are_not_checked_when_not_asked_for():
    assert channel_limits("x", {"twitch": {"nonsense": 1}}) is DEFAULT_CHANNELS["x"]


@pytest.mark.parametrize("channel, fmt, seconds", [
    ("youtube", None, 12 * HOUR),
    ("youtube", "video", 12 * HOUR),
    ("youtube", "short", 180),
    ("youtube", " Short ", 180),
    ("instagram", "short", 180),  # no Shorts limit of its own: the video limit
    ("tiktok", None, 600),
    ("x", "video", 140),
    ("linkedin", None, None),
])
def test_video_limit(channel, fmt, seconds):
    assert video_limit(DEFAULT_CHANNELS[channel], fmt) == seconds


def test_video_limit_of_an_overridden_short_limit():
    limits = channel_limits("youtube", {"youtube": {"short_video_max_seconds": 60}})
    assert (video_limit(limits, "short"), video_limit(limits)) == (60, 12 * HOUR)


# ---- counting ----------------------------------------------------------------------------

# text, graphemes, UTF-8 bytes, X weighted length (the last checked against parse_tweet too)
COUNTS = [
    ("", 0, 0, 0),
    ("Hallo", 5, 5, 5),
    ("Grüße aus München", 17, 20, 17),
    ("e\u0301", 1, 3, 1),  # NFC makes it one "é" for X
    ("日本語", 3, 9, 6),
    ("ＡＢＣ", 3, 9, 6),
    ("👨\u200d👩\u200d👧", 1, 18, 2),
    ("🇩🇪", 1, 8, 2),
    ("👋🏽", 1, 8, 2),
    ("#\ufe0f\u20e3", 1, 7, 2),
    ("© 2026", 6, 7, 7),  # © is an emoji for X: 2
    ("‼", 1, 3, 2),
    ("\u2014\u2010\u2033", 3, 9, 3),  # punctuation X weighs 1
    ("\u2038", 1, 3, 2),
    ("a\r\nb", 3, 4, 3),  # X counts a line break as one
    ("x" * 280, 280, 280, 280),
    ("日" * 141, 141, 423, 282),
    ("Hallo 👋 https://example.com/x 日本", 32, 39, 37),
    ("example.com", 11, 11, 23),
    ("https://t.co/abc", 16, 16, 23),
    ("z.B. das", 8, 8, 8),
    ("Mehr: hilfe.example.com/faq?x=1.", 32, 32, 30),
    ("http://日本語.jp/パス", 16, 26, 27),
    ("amzn.to/xyz|(x)", 15, 15, 27),
]


@pytest.mark.parametrize("text, graphemes, size, weighted", COUNTS)
def test_counts(text, graphemes, size, weighted):
    assert grapheme_count(text) == graphemes
    assert utf8_length(text) == size
    assert x_weighted_length(text) == weighted == parse_tweet(text).weightedLength
    assert text_length(text, "graphemes") == graphemes
    assert text_length(text, "bytes") == size
    assert text_length(text, "x_weighted") == weighted
    assert text_length(text, "chars") == len(text)


def test_text_length_with_an_unknown_counting_is_a_value_error():
    with pytest.raises(ValueError, match="unknown counting 'words'"):
        text_length("Hallo", "words")
    assert set(COUNTINGS) == {"x_weighted", "graphemes", "bytes", "chars"}


def test_utf8_length_of_a_lone_surrogate_does_not_raise():
    assert utf8_length("a\ud800") == 4


# ---- the X weighted length equals twitter-text-parser -------------------------------------

PIECES = [
    "a", "Z", "ä", "Ö", "ß", "é", "e\u0301", "Hallo", "Grüße", " ", "  ", "\n", "\r\n", "\r", "\t", ".", "..",
    ",", "!", "?", "/", ":", "-", "_", "@", "#", "$", "＠", "(", ")", "=", "&", "%", "+", "~", "|", "'",
    "日本", "中国", "한국", "みんな", "рф", "РФ", "ευ", "ΕΛ", "пример", "भारत", "嘉里", "大酒店",
    "http://", "https://", "HTTPS://", "www.", "example", "com", "de", "co", "uk", "xn--bcher-kva", "ſe",
    "\u212aim", "İ", "ı", "t.co/", "t.co/abc", "amzn.to/xyz", "bit.ly/abc", "z.B.", "bzw.", "1.2",
    ".com", ".de", ".co.uk", ".みんな", ".рф", ".嘉里大酒店", ".onion", ":8080", "?q=1", "?a=b&c=d",
    "#frag", "/path", "/a(b)c", "/a(b(c)d)e", "(x)", "/@user/", "/ü", "/a.", "/a,", "\u2013",
    "😀", "👋", "👋🏽", "🏽", "👨\u200d👩\u200d👧", "👩\u200d💻", "🇩🇪", "🇩", "#\ufe0f\u20e3", "1\u20e3",
    "\u20e3", "\ufe0f", "\u200d", "©", "®", "©\ufe0f", "™", "‼", "❤️", "❤", "☺",
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "\U0001F9D1\u200d\U0001F9B0",
    "\u2028", "\u3000", "\ufeff", "\u202a", "\u200e", "\u1100", "\u10ff", "\u2000", "\u2010", "\u2032",
    "\u2038", "\U00020000", "ｆｕｌｌ", "x" * 70,
]
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), ANY_CHAR), max_size=40).map("".join)

PROTOCOLS = ["", "", "http://", "https://", "HTTPS://", "httpſ://", "ftp://"]
LABELS = ["www", "example", "ex-ample", "ex_ample", "_x", "x-", "münchen", "日本", "a", "xn--bcher-kva",
          "пример", "İstanbul", "t", "bit", "hilfe", "1", ""]
TLDS = ["com", "de", "co", "uk", "to", "io", "jp", "рф", "РФ", "みんな", "嘉里", "嘉里大酒店", "xn--p1ai",
        "COM", "coM", "zzz", "c", "onion", "ελ", "ϵλ", "ſe", "\u212aim", "ks"]
PATHS = ["", "/", "/a", "/a/b", "/a.b", "/a,", "/a.", "/(x)", "/a(b)c", "/a(b(c)d)e", "/a(b(c)d", "/(",
         "/a)", "/@u/", "/@u", "/a–b", "/ü", "/пути", "/%20", "/a;b", "/a|b", "/#x", "/[x]", "/a_", "/a()b"]
QUERIES = ["", "?", "?a", "?a=1", "?a=1&b=2", "?a=1.", "?a=(b)", "?a!", "?x=1?y=2", "?a=ü", "?-"]
AROUND = ["", " ", "(", '"', "x", "@", "#", "-", "_", ".", "/", "\u200e", "ü", "日", "\n", ".", ",", ")"]


@st.composite
def url_texts(draw):
    def url():
        labels = draw(st.lists(st.sampled_from(LABELS), min_size=1, max_size=3))
        return (draw(st.sampled_from(PROTOCOLS)) + ".".join(labels) + "." + draw(st.sampled_from(TLDS))
                + draw(st.sampled_from(["", ":80", ":", ":x"])) + draw(st.sampled_from(PATHS))
                + draw(st.sampled_from(PATHS)) + draw(st.sampled_from(QUERIES)))
    count = draw(st.integers(1, 4))
    text = "".join(draw(st.sampled_from(AROUND)) + url() + draw(st.sampled_from(AROUND)) for _ in range(count))
    if draw(st.booleans()):
        text = "http://t.co/" + draw(st.text("abcXYZ019", max_size=45)) + " " + text
    return text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_x_weighted_length_equals_parse_tweet(text):
    assert x_weighted_length(text) == parse_tweet(text).weightedLength


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(url_texts())
def test_x_weighted_length_equals_parse_tweet_on_urls(text):
    assert x_weighted_length(text) == parse_tweet(text).weightedLength


def test_the_fast_route_has_its_data():
    # without it x_weighted_length would quietly fall back to parse_tweet
    assert channels._tlds() is not None and channels._emoji_index() is not None


# ---- the emulation, step by step against the package's regexes ---------------------------

def test_weights_are_twitter_text_v3():
    defaults = tt_config["defaults"]
    assert (defaults["version"], defaults["scale"], defaults["default_weight"]) == (3, 100, 200)
    assert defaults["emoji_parsing_enabled"] is True
    assert defaults["transformed_url_length"] == channels.X_URL_WEIGHT
    assert [(r["start"], r["end"], r["weight"]) for r in defaults["ranges"]] == [
        (a, b, 100) for a, b in channels.X_LIGHT_RANGES]
    assert channels.X_EMOJI_WEIGHT * defaults["scale"] == defaults["default_weight"]


def test_copied_url_patterns_assemble_to_the_packages_patterns():
    gtld, cctld = channels.tld_lists_from_package()
    tld = (f"(?:{tt_gtld.pattern}|{tt_cctld.pattern}|{channels.TT_PUNYCODE})")
    domain = f"(?:{channels.TT_SUBDOMAIN}*{channels.TT_DOMAIN_NAME}{tld})"
    assert tt_domain.pattern == domain
    assert tt_preceding.pattern == channels.TT_PRECEDING
    assert tt_path.pattern == channels.TT_PATH
    assert tt_extract_url.pattern == (
        f"(({channels.TT_PRECEDING})((https?:\\/\\/)?({domain})(?::({channels.TT_PORT}))?"
        f"(\\/{channels.TT_PATH}*)?(\\?{channels.TT_QUERY_CHARS}*{channels.TT_QUERY_ENDING})?))")
    assert tt_extract_url.flags & re.IGNORECASE
    assert tt_ascii_domain.pattern == f"{channels.TT_ASCII_LABEL}+{tld}"
    assert tt_tco.pattern == (f"^https?:\\/\\/t\\.co\\/({channels.TT_TCO_SLUG})"
                              f"(?:\\?{channels.TT_QUERY_CHARS}*{channels.TT_QUERY_ENDING})?")
    assert tt_gtld.pattern == "(?:(?:" + "|".join(gtld) + ")" + channels.TT_TLD_LOOKAHEAD + ")"
    assert tt_cctld.pattern == "(?:(?:" + "|".join(cctld) + ")" + channels.TT_TLD_LOOKAHEAD + ")"


def test_every_tld_passes_the_url_hint():
    # the hint that skips texts without URLs must let every TLD through
    gtld, cctld = channels.tld_lists_from_package()
    hint = channels._rx("url_hint")
    for word in [*gtld, *cctld, "xn--p1ai"]:
        for spelling in {word, word.upper()}:
            assert hint.search("a." + spelling), spelling


def test_emoji_data_is_read_like_the_package_reads_it():
    multi = {e.codepoint for e in tt_emoji.emoji_list if len(e.codepoint.split()) > 1}
    assert channels.emoji_sequences_from_package() == multi
    index = channels._emoji_index()
    assert index.longest >= max(len(seq.split()) for seq in multi)
    hint = channels._rx("emoji_hint")
    for seq in multi:  # every sequence has a hint character after its first code point
        assert hint.search("".join(chr(int(cp, 16)) for cp in seq.split()[1:])), seq


@pytest.mark.slow
def test_character_classes_equal_the_packages_for_every_code_point():
    light = channels.X_LIGHT_RANGES
    tld_run = re.compile("[0-9a-zA-Z@+-]", re.IGNORECASE)
    domain_chars = re.compile(channels.TT_DOMAIN_CHARS, re.IGNORECASE)
    label_chars = re.compile(channels.TT_LABEL_CHARS, re.IGNORECASE)
    preceding = re.compile(tt_preceding.pattern, re.IGNORECASE)
    heavy = channels._rx("heavy")
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        # the single emoji that X weighs differently from their code point: © and ®
        is_light = any(a <= code <= b for a, b in light)
        if is_light and tt_emoji.emoji.fullmatch(ch):
            assert ch in channels._X_LIGHT_EMOJI
        assert bool(heavy.match(ch)) is not is_light
        assert bool(tld_run.match(ch)) == ((ch.isascii() and ch.isalnum()) or ch in "@+-" or code in channels._ASCII_FOLD)
        assert bool(label_chars.match(ch)) == (bool(domain_chars.match(ch)) or ch in "-_")
        m = preceding.match(ch)  # a match of length 0 is the "^" alternative
        assert (m is not None and m.end() == 1) == channels._is_preceding_char(ch)
    for code, letter in channels._ASCII_FOLD.items():
        assert re.fullmatch(letter, chr(code), re.IGNORECASE)


PATH_TEXT = st.text(st.sampled_from(["/", "(", ")", "a", ".", "@", ",", "!", "-", "ü", " ", "?", "–", "="]),
                    max_size=14)


@settings(max_examples=500, deadline=None)
@given(PATH_TEXT)
def test_path_walk_equals_the_path_regex(text):
    path = re.compile(f"(?:{tt_path.pattern})*", re.IGNORECASE)
    assert channels._path_end(text, 0) == path.match(text).end()


DOMAIN_TEXT = st.lists(st.sampled_from(["a", ".", "_", "-", "com", "de", "ü", "x", " ", "рф", "xn--", "\u212aim",
                                        "嘉里", "大酒店", "co", "uk", "@", "日本"]), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(DOMAIN_TEXT)
def test_domain_walk_equals_the_domain_regex(text):
    tlds = channels._tlds()
    m = re.compile(tt_domain.pattern, re.IGNORECASE).match(text)
    assert channels._domain_end(text, 0, tlds) == (m.end() if m else None)
    assert list(channels._ascii_domains(text, tlds)) == [m.span() for m in tt_ascii_domain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, url_texts()))
def test_url_entities_equal_extract_urls(text):
    text = unicodedata.normalize("NFC", text)
    expected = {e["indices"][0]: len(e["url"]) for e in extract_urls_with_indices(text)}
    found = channels._url_entities(text, channels._tlds()) if channels._rx("url_hint").search(text) else {}
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_emoji_entities_equal_the_packages_emoji_regex_where_the_weight_differs(text):
    text = unicodedata.normalize("NFC", text)
    expected = {m.start(): len(m.group()) for m in tt_emoji.emoji.finditer(text)
                if len(m.group()) > 1 or m.group() in channels._X_LIGHT_EMOJI}
    assert channels._emoji_entities(text, channels._emoji_index()) == expected


@given(st.lists(st.text("ab-", max_size=70), min_size=1, max_size=4).map(".".join))
def test_idna_length_fast_path_equals_the_codec(domain):
    try:
        expected = len(domain.encode("idna"))
    except UnicodeError:
        expected = None
    assert channels._idna_length(domain) == expected


# ---- import cost -------------------------------------------------------------------------

def run_python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_import_is_cheap_and_counting_does_not_import_twitter_text():
    text = "Hallo 👋🏽 👨\u200d👩\u200d👧 https://example.com/x?utm_source=x (z.B. hier.de) © 日本 #️⃣"
    out = run_python(
        "import sys; import smmlint.channels as c\n"
        "first = sorted(m for m in ('twitter_text', 'regex', 'pkg_resources', 'encodings.idna') if m in sys.modules)\n"
        f"n = c.x_weighted_length({text!r})\n"
        "after = sorted(m for m in ('twitter_text', 'regex', 'pkg_resources') if m in sys.modules)\n"
        "print(first, n, after)")
    assert out == f"[] {parse_tweet(text).weightedLength} []"


def test_grapheme_counting_imports_regex_only_when_used():
    assert run_python("import sys, smmlint.channels as c; a = 'regex' in sys.modules; c.grapheme_count('x');"
                      " print(a, 'regex' in sys.modules)") == "False True"


def test_x_length_of_hostile_long_text_is_bounded_in_time():
    import time

    from smmlint.channels import X_EXACT_UP_TO, x_weighted_length

    start = time.perf_counter()
    assert x_weighted_length("a." * 20_000) == 40_000  # over the exact range: plain weight
    assert x_weighted_length("a." * (X_EXACT_UP_TO // 2)) == X_EXACT_UP_TO
    assert time.perf_counter() - start < 10  # was minutes: the URL scan is quadratic
