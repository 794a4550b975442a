"""Property-based tests over whole posts (hypothesis): arbitrary YAML-ish front matter and
arbitrary Unicode bodies never crash check, --fix, plan or calendar; the output is
deterministic; every finding's line and column lie within the file.

Runtime stays modest (about half a minute): a few hundred examples in all, no deadline;
`SMMLINT_EXAMPLES=2000 python -m pytest tests/test_properties.py` hunts longer.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.conftest import make_content_repo

EXAMPLES = int(os.environ.get("SMMLINT_EXAMPLES", 120))  # more for a longer hunt: SMMLINT_EXAMPLES=2000
QUIET = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=QUIET)

# ---- strategies ---------------------------------------------------------------------------
CHANNELS = ["instagram", "x", "mastodon", "linkedin", "bluesky", "threads", "youtube", "tiktok", "facebook",
            "newsletter", "whatsapp", "myspace"]
FORMATS = ["poll", "digest", "video", "carousel", "meme", "guide", "ama", "myth-fact", "quiz", "??"]
TIMES = ["2027-01-12T10:00", "2027-01-16 23:30", "2027-03-28T02:30", "2027-10-31T02:30+01:00", "2027-01-12",
         "2027-02-30T10:00", "9999-12-31T23:59", "0001-01-01T00:00", "2027-01-12T10:00Z", "gestern", "2027-1-2T9:0"]
DURATIONS = ["2h", "90m", "1h30m", "45 min", "1 d", "PT2H", "0h", "-2h", "99999999999999d", "2", "zwei Stunden"]
URLS = ["https://example.com/x?utm_source=x&utm_medium=social&utm_campaign=c", "https://example.com/x",
        "http://hilfe.example.com/a?utm_source=Instagram", "example.com/y", "https://other.org/%zz",
        "https://exämple.com/ü?q=1#f", "mailto:a@b.de", "https://[::1]:99999/", "ftp://x"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True), st.text(max_size=40),
    st.sampled_from(CHANNELS + FORMATS + TIMES + DURATIONS + URLS + ["anna", "ben", "zoe", "media/bild.png",
                                                                   "media/video.mp4", "media/video.vtt", "#FFFFFF"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=12) | st.sampled_from(["type", "file", "alt", "owner"]),
                                        inner, max_size=4), max_leaves=12)
KEYS = ["id", "title", "channel", "format", "load", "publish_at", "status", "language", "campaign", "next_step",
        "sla", "ad", "terms_url", "media", "topics", "smmlint", "chanel", "publish-at"]


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """Valid YAML built from (mostly) the post's own fields, or YAML-ish text that may not parse."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.text(alphabet=st.sampled_from(list(":-[]{}&*!|>'\"#%@`?,\n \t") + ["a", "b", "ü", "1"])
                            | st.characters(), max_size=200))
    data: dict = {  # a valid start, so that the rules behind the front-matter checks run too
        "title": draw(st.text(min_size=1, max_size=30)), "channel": draw(st.sampled_from(CHANNELS)),
        "format": draw(st.sampled_from(FORMATS)), "publish_at": draw(st.sampled_from(TIMES)),
        "next_step": {"type": "poll", "prompt": "Welche Frage?"}, "sla": {"owner": "anna"}}
    for key in draw(st.lists(st.sampled_from(list(data)), unique=True, max_size=3)):
        del data[key]
    for key in draw(st.lists(st.sampled_from(KEYS), unique=True, max_size=6)):
        if key == "channel":
            data[key] = draw(st.sampled_from(CHANNELS) | values)
        elif key == "format":
            data[key] = draw(st.sampled_from(FORMATS) | values)
        elif key == "publish_at":
            data[key] = draw(st.sampled_from(TIMES) | values)
        elif key == "next_step":
            data[key] = draw(st.fixed_dictionaries({"type": st.sampled_from(["poll", "link", "comment", "faq", "x"]),
                                                    "prompt": st.text(max_size=30)},
                                                   optional={"url": st.sampled_from(URLS)}) | values)
        elif key == "sla":
            data[key] = draw(st.fixed_dictionaries({"owner": st.sampled_from(["anna", "ben", "zoe"])},
                                                   optional={"response": st.sampled_from(DURATIONS)}) | values)
        elif key == "media":
            item = st.fixed_dictionaries({"type": st.sampled_from(["image", "video", "gif", "audio"]),
                                          "file": st.sampled_from(["media/bild.png", "media/video.mp4", "x.png"])},
                                         optional={"alt": st.text(max_size=60), "duration": scalars,
                                                   "captions": st.sampled_from(["media/video.vtt", "nope.vtt"]),
                                                   "text_color": scalars, "background_color": scalars})
            data[key] = draw(st.lists(item, max_size=3) | values)
        else:
            data[key] = draw(values)
    return yaml.safe_dump(data, allow_unicode=draw(st.booleans()), default_flow_style=draw(st.sampled_from([None, True, False])),
                          sort_keys=False)


SNIPPETS = ["#Tag", "@anna", "@ben@mastodon.social", "🔐", "👩🏽‍💻", "‼️", "\u202e", "\u200b", "\x1b[2J", "**fett**",
            "[Link](https://example.com/x)", "<!-- smmlint-disable-next-line UTM001 -->", "<https://example.com/a>",
            "JETZT!!!", "Idiot", "Vollpfosten", "Gewinnspiel", "Anzeige", "\n\n", "\n- ", "\n> ", "`code`", "1. ",
            "Link in Bio", "Kommentiert!", "\r", "\r\n", "\t", "ｈｅｌｌｏ", "𝐟𝐞𝐭𝐭", "<", ">", "&amp;", "[", "]", "(", ")"] + URLS
body = st.lists(st.sampled_from(SNIPPETS) | st.text(max_size=30), max_size=25).map("".join)


@st.composite
def post_file(draw: st.DrawFn) -> bytes:
    text = "---\n" + draw(front_matter()) + "\n---\n" + draw(body)
    if draw(st.integers(0, 5)) == 0:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8", "surrogatepass") if draw(st.booleans()) else text.encode("utf-8", "replace")
    return (b"\xef\xbb\xbf" if draw(st.integers(0, 5)) == 0 else b"") + data


# ---- the engine, in process ---------------------------------------------------------------
@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory):
    from smmlint.config import load_config
    from smmlint.rules import REGISTRY
    from smmlint.selection import Selection

    root = make_content_repo(tmp_path_factory.mktemp("properties") / "repo")
    config = load_config(root / "smmlint.yaml")
    return root, config, Selection((), (), config["rules"]).active(REGISTRY)


def lint(root: Path, config, rules, files: list[Path], lang: str = "en"):
    from smmlint.api import lint_paths

    old = os.getcwd()
    os.chdir(root)
    try:
        return lint_paths(files, config, rules, lang, jobs=1).problems
    finally:
        os.chdir(old)


def fresh_config(root: Path):
    from smmlint.config import load_config

    return load_config(root / "smmlint.yaml")  # a new per-run memo, as in a new process


@SETTINGS
@given(data=post_file())
def test_any_post_lints_without_crash_deterministically_within_the_file(content, data: bytes) -> None:
    root, _, rules = content
    path = root / "posts" / "prop.md"
    path.write_bytes(data)
    first = lint(root, fresh_config(root), rules, [path])
    assert lint(root, fresh_config(root), rules, [path]) == first
    assert [p.message for p in lint(root, fresh_config(root), rules, [path])] == [p.message for p in first]
    lint(root, fresh_config(root), rules, [path], lang="de")
    lines = data.decode("utf-8-sig", "replace").replace("\r\n", "\n").split("\n")
    for problem in first:
        assert 1 <= problem.line <= len(lines), problem
        assert 1 <= problem.column <= len(lines[problem.line - 1]) + 1, (problem, lines[problem.line - 1])


@SETTINGS
@given(data=post_file())
def test_fix_never_crashes_and_a_second_fix_changes_nothing(content, data: bytes) -> None:
    from smmlint.api import fix_paths

    root, _, rules = content
    path = root / "posts" / "prop.md"
    path.write_bytes(data)
    old = os.getcwd()
    os.chdir(root)
    try:
        fix_paths([path], fresh_config(root), rules, "en")
        once = path.read_bytes()
        fix_paths([path], fresh_config(root), rules, "en")
    finally:
        os.chdir(old)
    assert path.read_bytes() == once


@settings(max_examples=EXAMPLES // 3, deadline=None, suppress_health_check=QUIET)
@given(files=st.lists(post_file(), min_size=1, max_size=6))
def test_plan_and_calendar_never_crash_and_give_the_same_bytes_twice(content, tmp_path_factory, files: list[bytes]) -> None:
    from datetime import UTC, datetime

    from smmlint.api import build_calendar, plan
    from smmlint.planner.feeds import DuplicateUid, feed_files
    from smmlint.rules import schedule_rules
    from smmlint.selection import Selection

    root, _, rules = content
    folder = root / "posts" / "batch"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for number, data in enumerate(files):
        (folder / f"p{number}.md").write_bytes(data)
    now = datetime(2027, 1, 1, tzinfo=UTC)
    rhythm = Selection().active(schedule_rules())
    cwd = os.getcwd()
    os.chdir(root)
    try:
        reports = [plan([folder], fresh_config(root), rhythm, "en", now=now) for _ in range(2)]
        assert reports[0].problems == reports[1].problems
        feeds = []
        for _ in range(2):
            config = fresh_config(root)
            build = build_calendar([folder], config, rules, lang="en", jobs=1)
            try:
                feeds.append(feed_files(build, config, "en", folder=True))
            except DuplicateUid:  # two posts with one id: a finding of the calendar command, not a crash
                feeds.append(None)
        assert feeds[0] == feeds[1]
    finally:
        os.chdir(cwd)
    for data in (feeds[0] or {}).values():
        assert all(len(line) <= 75 for line in data.split(b"\r\n")), "folded at 75 octets"


link_text = st.lists(st.sampled_from(["//", ".", "@", ":", "mailto:", "http", "https://", "www", "de", "com",
                                      "рф", "xn--p1ai", "ü", "a", "1", " ", "\n", "[", "]", "(", ")", "<", ">",
                                      "*", "_", "`", "\\", "．", "。", "%", "?", "#", "localhost"])
                     | st.text(max_size=8), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=link_text)
def test_the_quick_linkify_finds_exactly_what_linkify_it_finds(text: str) -> None:
    from markdown_it import MarkdownIt

    from smmlint.post import _markdown

    reference = MarkdownIt("commonmark", {"linkify": True}).enable(["linkify", "strikethrough"])
    try:
        expected = reference.parse(text)
    except RuntimeError:  # markdown-it-py's own stall (tests/test_hostile.py)
        return

    def shape(tokens):
        return [(t.type, t.content, t.attrs, [(c.type, c.content, c.attrs) for c in t.children or ()]) for t in tokens]

    assert shape(_markdown().parse(text)) == shape(expected)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list(":-[]{}&*!|>'\"#%@`?,\n \t ab1ü")), max_size=120))
def test_yaml_positions_lie_within_the_document(text: str) -> None:
    from smmlint import yamlload

    try:
        document = yamlload.load(text)
    except yamlload.YamlProblem as problem:
        lines = text.split("\n")
        assert 1 <= problem.line <= len(lines) + 1
        return
    lines = text.split("\n")
    for path, (line, column) in document.positions.items():
        assert 1 <= line <= len(lines), path
        assert 1 <= column <= len(lines[line - 1]) + 1, path


yaml_documents = st.one_of(
    values.map(lambda data: yaml.safe_dump(data, allow_unicode=True)),
    values.map(lambda data: yaml.safe_dump(data, default_flow_style=True)),
    st.lists(st.sampled_from(list(":-[]{}&*!|>'\"#%@`?,\n \t ab1ü.") + ["!!set ", "!!omap ", "!!binary ", "0x1F",
                                                                    "1:30", "yes", "~", "<<: ", "&a ", "*a"]),
             max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(text=yaml_documents)
def test_yaml_data_is_what_the_safe_loader_builds(text: str) -> None:
    from smmlint import yamlload

    try:
        ours = yamlload.load(text).data
    except yamlload.YamlProblem:
        return
    theirs = yaml.load(text, Loader=yamlload._Loader)
    assert repr(ours) == repr(theirs)


def test_the_emoji_hint_holds_a_code_point_of_every_emoji_the_library_knows() -> None:
    import emoji

    from smmlint.post import EMOJI_HINT

    assert [e for e in emoji.EMOJI_DATA if not EMOJI_HINT.search(e)] == []


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x1FAFF), max_size=12))
def test_text_without_the_emoji_hint_has_no_emoji(text: str) -> None:
    import emoji

    from smmlint.post import EMOJI_HINT

    if not EMOJI_HINT.search(text):
        assert emoji.emoji_list(text) == []
