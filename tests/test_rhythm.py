"""RHY: the schedule and its rhythm rules. Per-rule tables: small posts in a real content repo,
planned through the engine (api.plan) with only the rule under test on, at a fixed clock."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Iterable
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import CONFIG_YAML, make_content_repo

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2027, 1, 1, 12, 0, tzinfo=BERLIN)  # before every post below unless a test says otherwise


def plan_texts(posts: Iterable[tuple[str, str]], *, root: Path, select: tuple[str, ...] = (), lang: str = "en",
               config: str | None = None, now: datetime = NOW):
    """Write posts (name, text) into posts/ of a fresh content repo at `root` and plan them
    with only the schedule rules in `select` (all of them when empty); returns the PlanReport."""
    from smmlint.api import plan
    from smmlint.config import load_config
    from smmlint.rules import schedule_rules
    from smmlint.selection import Selection

    make_content_repo(root, config or CONFIG_YAML)
    for name, text in posts:
        (root / "posts" / name).write_text(text, "utf-8")
    config_obj = load_config(root / "smmlint.yaml")
    rules = Selection(select=select).active(schedule_rules())
    old = os.getcwd()
    os.chdir(root)
    try:
        return plan([root / "posts"], config_obj, rules, lang, now=now)
    finally:
        os.chdir(old)


def post(at: str, fmt: str = "poll", channel: str = "mastodon", *, owner: str = "ben", status: str = "approved",
         step: str = "comment", extra: str = "", lead: str = "") -> str:
    """A small complete post; `publish_at` is on line 5 (plus the lines of `lead`)."""
    return (f"---\ntitle: Beitrag\nchannel: {channel}\nformat: {fmt}\n{lead}publish_at: {at}\nstatus: {status}\n"
            f"next_step: {{type: {step}, prompt: \"Was meinen Sie?\"}}\nsla: {{owner: {owner}}}\n{extra}---\n"
            "Was meinen Sie?\n")


def findings(tmp_path: Path, posts: dict[str, str], code: str, *, config_extra: str = "", now: datetime = NOW,
             lang: str = "en") -> list[tuple[str, str, int]]:
    report = plan_texts(list(posts.items()), root=tmp_path / "repo", select=(code,),
                        config=CONFIG_YAML + config_extra, now=now, lang=lang)
    return [(p.code, p.path.removeprefix("posts/"), p.line) for p in report.problems]


def messages(tmp_path: Path, posts: dict[str, str], code: str, lang: str = "en", **kwargs) -> list[str]:
    report = plan_texts(list(posts.items()), root=tmp_path / lang, select=(code,), lang=lang,
                        config=CONFIG_YAML + kwargs.get("config_extra", ""), now=kwargs.get("now", NOW))
    return [p.message for p in report.problems]


# ---- the schedule ---------------------------------------------------------------------------
def test_schedule_is_sorted_per_channel_and_skips_drafts_cancelled_and_unplaced(tmp_path):
    report = plan_texts([
        ("c.md", post("2027-01-12T09:00", channel="x")),
        ("a.md", post("2027-01-12T10:00")),
        ("b.md", post("2027-01-11T10:00")),
        ("draft.md", post("2027-01-11T11:00", status="draft")),
        ("cancelled.md", post("2027-01-11T12:00", status="cancelled")),
        ("no-time.md", post("2027-01-11", status="draft")),
        ("broken.md", "---\ntitle: [kaputt\n---\nText\n"),
        ("no-front.md", "Nur Text.\n"),
    ], root=tmp_path)
    schedule = report.schedule
    assert [slot.name for slot in schedule.slots] == ["b.md", "c.md", "a.md"]
    assert {channel: [s.name for s in slots] for channel, slots in schedule.channels.items()} == {
        "mastodon": ["b.md", "a.md"], "x": ["c.md"]}
    assert schedule.skipped == {"cancelled": 1, "draft": 2, "unplaced": 2}
    assert len(report.files) == 8


def test_dst_local_times_become_the_right_instants(tmp_path):
    report = plan_texts([("jan.md", post("2027-01-11T10:00")), ("jul.md", post("2027-07-12T10:00")),
                         ("utc.md", post("2027-01-12T23:30Z", channel="x"))], root=tmp_path)
    slots = {slot.name: slot for slot in report.schedule.slots}
    assert slots["jan.md"].utc == datetime(2027, 1, 11, 9, 0, tzinfo=UTC)
    assert slots["jul.md"].utc == datetime(2027, 7, 12, 8, 0, tzinfo=UTC)
    assert (slots["jan.md"].at.hour, slots["jul.md"].at.hour) == (10, 10)
    # an explicit offset is converted: 23:30 UTC is 00:30 the next day in Berlin (its local day and ISO week)
    assert slots["utc.md"].day.isoformat() == "2027-01-13" and slots["utc.md"].at.hour == 0


def test_loads_and_interactive_from_config(tmp_path):
    report = plan_texts([
        ("poll.md", post("2027-01-11T10:00", "poll")),
        ("guide.md", post("2027-01-12T10:00", "guide")),
        ("light.md", post("2027-01-13T10:00", "guide", extra="load: low\n")),
        ("thread.md", post("2027-01-14T10:00", "retro", step="thread")),
        ("own.md", post("2027-01-15T10:00", "livestream", extra="load: medium\n")),
    ], root=tmp_path, config=CONFIG_YAML + "interactive_formats: [poll, livestream]\n")
    slots = {slot.name: (slot.load, slot.interactive) for slot in report.schedule.slots}
    assert slots == {"poll.md": ("low", True), "guide.md": ("high", False), "light.md": ("low", False),
                     "thread.md": ("medium", True), "own.md": ("medium", True)}


def test_split_example():
    from smmlint.planner.schedule import split_example

    assert split_example("---\ntitle: a\n---\nText\n") == [("post.md", "---\ntitle: a\n---\nText\n")]
    assert split_example("==> a.md <==\n---\nx: 1\n---\nA\n\n==> b.md <==\n---\ny: 2\n---\nB\n") == [
        ("a.md", "---\nx: 1\n---\nA\n"), ("b.md", "---\ny: 2\n---\nB\n")]


# ---- per-rule tables: (posts, extra config) -> [(code, file, line)] ---------------------------
CASES = {
    "RHY001": [
        ("two guides back to back", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-12T10:00", "how-it-works")},
         "", [("RHY001", "b.md", 5)]),
        ("a poll in between", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-12T10:00", "poll"),
                               "c.md": post("2027-01-13T10:00", "guide")}, "", []),
        ("a run of three: both later ones", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-12T10:00", "video"),
                                            "c.md": post("2027-01-13T10:00", "carousel")}, "",
         [("RHY001", "b.md", 5), ("RHY001", "c.md", 5)]),
        ("load override both ways", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-12T10:00", "meme", extra="load: high\n"),
                                     "c.md": post("2027-01-13T10:00", "poll"), "d.md": post("2027-01-14T10:00", "guide"),
                                     "e.md": post("2027-01-15T10:00", "guide", extra="load: low\n")}, "",
         [("RHY001", "b.md", 5)]),
        ("per channel", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-12T10:00", "guide", "x")}, "", []),
        ("a draft in between does not count", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-12T10:00", "poll", status="draft"),
                                               "c.md": post("2027-01-13T10:00", "guide")}, "", [("RHY001", "c.md", 5)]),
        ("max 2", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-12T10:00", "guide"),
                   "c.md": post("2027-01-13T10:00", "guide")}, "rhythm: {max_high_load_in_a_row: 2}\n", [("RHY001", "c.md", 5)]),
    ],
    "RHY002": [
        ("three on one day", {"a.md": post("2027-01-12T09:00", channel="instagram"), "b.md": post("2027-01-12T13:00", channel="instagram"),
                              "c.md": post("2027-01-12T17:00", channel="instagram")}, "", [("RHY002", "c.md", 5)]),
        ("two on one day", {"a.md": post("2027-01-12T09:00"), "b.md": post("2027-01-12T17:00")}, "", []),
        ("per channel", {"a.md": post("2027-01-12T09:00"), "b.md": post("2027-01-12T13:00"), "c.md": post("2027-01-12T17:00", channel="x")}, "", []),
        ("a channel's own limit", {f"{n}.md": post(f"2027-01-12T{8 + 2 * n:02}:00", channel="x") for n in range(6)},
         "rhythm: {max_posts_per_day: {default: 2, x: 5}}\n", [("RHY002", "5.md", 5)]),
        ("one number for all", {"a.md": post("2027-01-12T09:00"), "b.md": post("2027-01-12T17:00")},
         "rhythm: {max_posts_per_day: 1}\n", [("RHY002", "b.md", 5)]),
        ("local days: 23:30 and 00:30 are two days", {"a.md": post("2027-01-12T23:30"), "b.md": post("2027-01-13T00:30")},
         "rhythm: {max_posts_per_day: 1}\n", []),
        ("an offset time counts on its local day", {"a.md": post("2027-01-13T09:00"), "b.md": post("2027-01-12T23:30+00:00")},
         "rhythm: {max_posts_per_day: 1}\n", [("RHY002", "a.md", 5)]),
    ],
    "RHY003": [
        ("90 minutes apart", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T11:30")}, "", [("RHY003", "b.md", 5)]),
        ("exactly the gap", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T13:00")}, "", []),
        ("same minute is RHY008's", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T10:00")}, "", []),
        ("other channel", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T10:30", channel="x")}, "", []),
        ("across midnight", {"a.md": post("2027-01-12T23:00"), "b.md": post("2027-01-13T00:30")}, "", [("RHY003", "b.md", 5)]),
        ("spring forward: 01:30 to 04:00 is 1.5 h", {"a.md": post("2027-03-28T01:30"), "b.md": post("2027-03-28T04:00")},
         "rhythm: {min_gap: 2h}\n", [("RHY003", "b.md", 5)]),
        ("fall back: 01:30 to 03:00 is 2.5 h", {"a.md": post("2027-10-31T01:30"), "b.md": post("2027-10-31T03:00")},
         "rhythm: {min_gap: 2h}\n", []),
        ("publish_at on another line", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T11:00", lead="id: b\nlanguage: de\n")},
         "", [("RHY003", "b.md", 7)]),
    ],
    "RHY004": [
        ("a week without a poll", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-15T10:00", "digest")}, "",
         [("RHY004", "a.md", 5)]),
        ("with a poll", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-13T10:00", "poll")}, "", []),
        ("a thread next step counts", {"a.md": post("2027-01-11T10:00", "retro", step="thread")}, "", []),
        ("interactive_formats from config", {"a.md": post("2027-01-11T10:00", "poll")}, "interactive_formats: [ama]\n",
         [("RHY004", "a.md", 5)]),
        ("off when weekly_required lacks interactive", {"a.md": post("2027-01-11T10:00", "guide")},
         "rhythm: {weekly_required: [digest]}\n", []),
        ("per ISO week and channel: first post of the week", {
            "a.md": post("2027-01-10T10:00", "poll"),  # Sunday: ISO week 1
            "b.md": post("2027-01-12T10:00", "guide"), "c.md": post("2027-01-11T18:00", "meme"),  # week 2: c is first
            "d.md": post("2027-01-12T10:00", "guide", "x"), "e.md": post("2027-01-13T10:00", "quiz", "x")}, "",
         [("RHY004", "c.md", 5)]),
    ],
    "RHY005": [
        ("no digest", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-13T10:00", "poll")}, "",
         [("RHY005", "a.md", 5)]),
        ("with digest", {"a.md": post("2027-01-11T10:00", "guide"), "b.md": post("2027-01-15T10:00", "digest")}, "", []),
        ("each missing format", {"a.md": post("2027-01-11T10:00", "guide")}, "rhythm: {weekly_required: [interactive, digest, meme]}\n",
         [("RHY005", "a.md", 5), ("RHY005", "a.md", 5)]),
        ("nothing required", {"a.md": post("2027-01-11T10:00", "guide")}, "rhythm: {weekly_required: []}\n", []),
        ("a later week", {"a.md": post("2027-01-11T10:00", "digest"), "b.md": post("2027-01-18T10:00", "poll"),
                          "c.md": post("2027-01-19T10:00", "guide")}, "", [("RHY005", "b.md", 5)]),
    ],
    "RHY006": [
        ("three memes", {"a.md": post("2027-01-11T10:00", "meme"), "b.md": post("2027-01-12T10:00", "meme"),
                         "c.md": post("2027-01-13T10:00", "meme")}, "", [("RHY006", "c.md", 5)]),
        ("two memes", {"a.md": post("2027-01-11T10:00", "meme"), "b.md": post("2027-01-12T10:00", "meme")}, "", []),
        ("broken run", {"a.md": post("2027-01-11T10:00", "meme"), "b.md": post("2027-01-12T10:00", "meme"),
                        "c.md": post("2027-01-13T10:00", "poll"), "d.md": post("2027-01-14T10:00", "meme")}, "", []),
        ("max 1", {"a.md": post("2027-01-11T10:00", "meme"), "b.md": post("2027-01-12T10:00", "meme")},
         "rhythm: {max_same_format_in_a_row: 1}\n", [("RHY006", "b.md", 5)]),
        ("per channel", {"a.md": post("2027-01-11T10:00", "meme"), "b.md": post("2027-01-12T10:00", "meme", "x"),
                         "c.md": post("2027-01-13T10:00", "meme")}, "", []),
    ],
    "RHY007": [
        ("six quiet days", {"a.md": post("2027-01-11T10:00"), "b.md": post("2027-01-18T10:00")}, "", [("RHY007", "b.md", 5)]),
        ("four quiet days", {"a.md": post("2027-01-11T23:00"), "b.md": post("2027-01-16T00:30")}, "", []),
        ("five quiet days", {"a.md": post("2027-01-11T10:00"), "b.md": post("2027-01-17T10:00")}, "", [("RHY007", "b.md", 5)]),
        ("per channel", {"a.md": post("2027-01-11T10:00"), "b.md": post("2027-01-14T10:00", channel="x"),
                         "c.md": post("2027-01-15T10:00")}, "", []),
        ("max 1", {"a.md": post("2027-01-11T10:00"), "b.md": post("2027-01-14T10:00")}, "rhythm: {max_silence_days: 1}\n",
         [("RHY007", "b.md", 5)]),
    ],
    "RHY008": [
        ("same minute", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T10:00:30")}, "", [("RHY008", "b.md", 5)]),
        ("same instant written two ways", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T09:00Z")}, "",
         [("RHY008", "b.md", 5)]),
        ("a minute apart", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T10:01")}, "", []),
        ("other channel", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T10:00", channel="x")}, "", []),
        ("cancelled copy", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T10:00", status="cancelled")}, "", []),
    ],
    "RHY010": [
        ("five for ben on one day", {f"{n}-{c}.md": post(f"2027-01-12T{9 + n}:00", channel=c)
                                     for n, c in enumerate(("mastodon", "x", "linkedin", "threads", "bluesky"))}, "",
         [("RHY010", "4-bluesky.md", 5)]),
        ("four", {f"{n}-{c}.md": post(f"2027-01-12T{9 + n}:00", channel=c)
                  for n, c in enumerate(("mastodon", "x", "linkedin", "threads"))}, "", []),
        ("two owners", {f"{n}-{c}.md": post(f"2027-01-12T{9 + n}:00", channel=c, owner="anna" if n == 4 else "ben")
                        for n, c in enumerate(("mastodon", "x", "linkedin", "threads", "bluesky"))}, "", []),
        ("max 1", {"a.md": post("2027-01-12T09:00"), "b.md": post("2027-01-12T10:00", channel="x"),
                   "c.md": post("2027-01-13T10:00", channel="x")}, "rhythm: {max_posts_per_owner_per_day: 1}\n",
         [("RHY010", "b.md", 5)]),
    ],
}
TABLE = [(code, name, posts, extra, expected) for code, cases in CASES.items() for name, posts, extra, expected in cases]


@pytest.mark.parametrize("code, name, posts, extra, expected", TABLE, ids=[f"{row[0]}-{row[1]}" for row in TABLE])
def test_rule_table(tmp_path, code, name, posts, extra, expected):
    assert findings(tmp_path, posts, code, config_extra=extra) == expected


@pytest.mark.parametrize("now, status, expected", [
    (datetime(2027, 1, 12, 12, tzinfo=BERLIN), "approved", [("RHY009", "a.md", 5)]),
    (datetime(2027, 1, 12, 12, tzinfo=BERLIN), "scheduled", [("RHY009", "a.md", 5)]),
    (datetime(2027, 1, 12, 12, tzinfo=BERLIN), "published", []),
    (datetime(2027, 1, 11, 9, 59, tzinfo=BERLIN), "approved", []),
    (datetime(2027, 1, 11, 9, 0, 1, tzinfo=UTC), "approved", [("RHY009", "a.md", 5)]),  # 10:00:01 in Berlin
])
def test_rhy009_past_unpublished(tmp_path, now, status, expected):
    assert findings(tmp_path, {"a.md": post("2027-01-11T10:00", status=status)}, "RHY009", now=now) == expected


def test_the_clock_changes_only_rhy009(tmp_path):
    posts = [("a.md", post("2027-01-11T10:00", "guide")), ("b.md", post("2027-01-12T10:00", "guide")),
             ("c.md", post("2027-01-12T11:00", "guide"))]
    early = plan_texts(posts, root=tmp_path / "early", now=datetime(2026, 1, 1, tzinfo=UTC)).problems
    late = plan_texts(posts, root=tmp_path / "late", now=datetime(2028, 1, 1, tzinfo=UTC)).problems
    assert early and [p for p in late if p.code != "RHY009"] == early
    assert [p.path for p in late if p.code == "RHY009"] == ["posts/a.md", "posts/b.md", "posts/c.md"]


# ---- published posts: neighbours, never the target of a finding -----------------------------
PUBLISHED_HISTORY = {  # last week, all published: three on a day, two guides, no poll, no digest
    "a.md": post("2027-01-04T09:00", "guide", status="published"),
    "b.md": post("2027-01-04T10:00", "guide", status="published"),
    "c.md": post("2027-01-04T10:00", "guide", status="published"),
}


@pytest.mark.parametrize("code", [f"RHY{n:03}" for n in range(1, 11)])
def test_published_history_gets_no_findings(tmp_path, code):
    assert findings(tmp_path, PUBLISHED_HISTORY, code, now=datetime(2027, 1, 20, tzinfo=UTC)) == []


@pytest.mark.parametrize("code, expected", [
    ("RHY001", [("RHY001", "d.md", 5)]),
    ("RHY002", [("RHY002", "d.md", 5)]),
    ("RHY003", [("RHY003", "d.md", 5)]),
    ("RHY004", [("RHY004", "a.md", 5)]),  # the week still has an open post: reported on its first post
    ("RHY005", [("RHY005", "a.md", 5)]),
    ("RHY006", [("RHY006", "d.md", 5)]),
])
def test_an_open_post_next_to_published_ones_is_judged(tmp_path, code, expected):
    posts = {**PUBLISHED_HISTORY, "d.md": post("2027-01-04T11:00", "guide")}
    assert findings(tmp_path, posts, code) == expected


def test_zero_limits_say_so(tmp_path):
    posts = {"a.md": post("2027-01-12T09:00")}
    extra = "rhythm: {max_posts_per_day: {default: 2, mastodon: 0}, max_posts_per_owner_per_day: 0}\n"
    assert messages(tmp_path, posts, "RHY002", config_extra=extra) == [
        "mastodon post on Tue 12 Jan, but `rhythm.max_posts_per_day` for mastodon is 0: move it to another channel "
        "or raise the limit."]
    assert messages(tmp_path / "owner", posts, "RHY010", config_extra=extra) == [
        "Post for ben on Tue 12 Jan, but `rhythm.max_posts_per_owner_per_day` is 0: raise it to 1 or more."]


# ---- suppressions -----------------------------------------------------------------------------
@pytest.mark.parametrize("selector", ["RHY002", "too-many-per-day", "RHY"])
def test_front_matter_suppression_applies_to_schedule_findings(tmp_path, selector):
    posts = {"a.md": post("2027-01-12T09:00"), "b.md": post("2027-01-12T13:00"),
             "c.md": post("2027-01-12T17:00", extra=f"smmlint: {{disable: [{selector}], reason: Sonderaktion}}\n")}
    assert findings(tmp_path, posts, "RHY002") == []
    posts["c.md"] = post("2027-01-12T17:00", extra="smmlint: {disable: [RHY003], reason: Sonderaktion}\n")
    assert findings(tmp_path / "other", posts, "RHY002") == [("RHY002", "c.md", 5)]


# ---- messages: name the other post, say what to change, in English and German ------------------
NEW_USER = {
    # three Instagram posts on Tue 12 Jan
    "2027-01-12-meme.md": post("2027-01-12T09:00", "meme", "instagram"),
    "2027-01-12-umfrage.md": post("2027-01-12T13:00", "poll", "instagram"),
    "2027-01-12-zitat.md": post("2027-01-12T17:00", "quote", "instagram"),
    # two guides back to back on LinkedIn, in a week without a poll
    "2027-01-18-anleitung-backup.md": post("2027-01-18T10:00", "guide", "linkedin"),
    "2027-01-19-anleitung-2fa.md": post("2027-01-19T10:00", "guide", "linkedin"),
    "2027-01-22-rueckblick.md": post("2027-01-22T10:00", "digest", "linkedin"),
}


def test_new_user_scenario_english(tmp_path):
    report = plan_texts(list(NEW_USER.items()), root=tmp_path, select=("RHY001", "RHY002", "RHY004"))
    got = [(p.code, p.path, p.line, p.message) for p in report.problems]
    assert got == [
        ("RHY002", "posts/2027-01-12-zitat.md", 5,
         "3rd instagram post on Tue 12 Jan (max 2 per day; before it: 2027-01-12-meme.md (09:00), "
         "2027-01-12-umfrage.md (13:00)): move it to another day, e.g. Wed 13 Jan."),
        ("RHY004", "posts/2027-01-18-anleitung-backup.md", 5,
         "No interactive post on linkedin in week 3 (Mon 18 Jan – Sun 24 Jan 2027): make one of this week's posts a "
         "poll, quiz, ama or product-ideas (or give it a `thread` next step), or add one."),
        ("RHY001", "posts/2027-01-19-anleitung-2fa.md", 5,
         "2nd high-load post in a row on linkedin (guide, right after 2027-01-18-anleitung-backup.md, Mon 18 Jan 10:00; "
         "max 1 in a row): put a light post (meme, poll, quote) in between, or move this one."),
    ]
    assert report.problems[0].severity.label == "error" and report.problems[1].severity.label == "warning"


def test_new_user_scenario_german(tmp_path):
    report = plan_texts(list(NEW_USER.items()), root=tmp_path, select=("RHY001", "RHY002", "RHY004"), lang="de")
    got = [p.message for p in report.problems]
    assert got == [
        "3. Beitrag auf instagram am Di 12. Jan. (höchstens 2 pro Tag; davor: 2027-01-12-meme.md (09:00), "
        "2027-01-12-umfrage.md (13:00)): verschieben Sie ihn auf einen anderen Tag (z. B. Mi 13. Jan.).",
        "Kein interaktiver Beitrag auf linkedin in KW 3 (Mo 18. Jan. – So 24. Jan. 2027): machen Sie einen der "
        "Beiträge dieser Woche zu poll, quiz, ama oder product-ideas (oder geben Sie ihm `thread` als nächsten Schritt), "
        "oder ergänzen Sie einen.",
        "2. Beitrag mit hoher Denklast in Folge auf linkedin (guide, direkt nach 2027-01-18-anleitung-backup.md, "
        "Mo 18. Jan. 10:00; höchstens 1 in Folge): planen Sie einen leichten Beitrag dazwischen (Meme, Umfrage, "
        "Zitat) oder verschieben Sie diesen.",
    ]


@pytest.mark.parametrize("lang, code, posts, extra, expected", [
    ("en", "RHY003", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T11:30")}, "",
     "Only 1 h 30 min after a.md (Tue 12 Jan 10:00) on mastodon (min gap 3 h): move it to Tue 12 Jan 13:00 or later."),
    ("de", "RHY003", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T11:30")}, "",
     "Nur 1 Std. 30 Min. nach a.md (Di 12. Jan. 10:00) auf mastodon (Mindestabstand 3 Std.): "
     "verschieben Sie ihn auf Di 12. Jan. 13:00 oder später."),
    ("en", "RHY005", {"a.md": post("2027-01-11T10:00", "poll")}, "",
     "No digest post on mastodon in week 2 (Mon 11 Jan – Sun 17 Jan 2027): `rhythm.weekly_required` asks for one "
     "every week; add one to this week."),
    ("en", "RHY006", {"a.md": post("2027-01-11T10:00", "meme"), "b.md": post("2027-01-12T10:00", "meme"),
                      "c.md": post("2027-01-13T10:00", "meme")}, "",
     "3rd meme in a row on mastodon (after b.md, Tue 12 Jan 10:00; max 2 in a row): choose another format, "
     "or put a different post in between."),
    ("en", "RHY007", {"a.md": post("2027-01-11T10:00"), "b.md": post("2027-01-18T10:00")}, "",
     "6 days without a post on mastodon before this one (since a.md, Mon 11 Jan 10:00; max 4): plan a post in "
     "between, e.g. on Thu 14 Jan."),
    ("de", "RHY007", {"a.md": post("2027-01-11T10:00"), "b.md": post("2027-01-18T10:00")}, "",
     "6 Tage ohne Beitrag auf mastodon vor diesem (seit a.md, Mo 11. Jan. 10:00; höchstens 4): planen Sie einen "
     "Beitrag dazwischen (z. B. am Do 14. Jan.)."),
    ("en", "RHY008", {"a.md": post("2027-01-12T10:00"), "b.md": post("2027-01-12T10:00")}, "",
     "Same minute as a.md on mastodon (Tue 12 Jan 10:00): one slot, one post; move one of the two to another time."),
    ("en", "RHY010", {f"{n}-{c}.md": post(f"2027-01-12T{9 + n}:00", channel=c)
                      for n, c in enumerate(("mastodon", "x", "linkedin", "threads", "bluesky"))}, "",
     "5th post for ben on Tue 12 Jan, across all channels (max 4 per day; before it: 0-mastodon.md (mastodon 09:00), "
     "1-x.md (x 10:00), 2-linkedin.md (linkedin 11:00) and 1 more): give it to another owner (`sla.owner`) or move it "
     "to another day."),
    ("en", "RHY001", {"a.md": post("2027-01-11T10:00", "guide")}, "rhythm: {max_high_load_in_a_row: 0}\n",
     "High-load post on mastodon (guide), but `rhythm.max_high_load_in_a_row` is 0: choose a lighter format."),
])
def test_messages(tmp_path, lang, code, posts, extra, expected):
    assert messages(tmp_path, posts, code, lang, config_extra=extra) == [expected]


def test_rhy009_message(tmp_path):
    got = messages(tmp_path, {"a.md": post("2027-01-11T10:00")}, "RHY009", now=datetime(2027, 2, 1, tzinfo=UTC))
    assert got == ["Planned for Mon 11 Jan 2027 10:00, which has passed, but `status` is approved: if it went out, "
                   "set `status: published`; if not, give it a new `publish_at`."]


def test_rhy002_without_a_free_day_in_the_next_week(tmp_path):
    posts = {f"{d}-{h}.md": post(f"2027-01-{d}T{h}:00") for d in range(11, 20) for h in (9, 15)}
    posts["extra.md"] = post("2027-01-11T20:00")
    got = messages(tmp_path, posts, "RHY002")
    assert got == ["3rd mastodon post on Mon 11 Jan (max 2 per day; before it: 11-9.md (09:00), 11-15.md (15:00)): "
                   "move it to another day."]


def test_every_schedule_rule_is_in_the_registry():
    from smmlint.rules import all_rules, schedule_rules

    codes = [rule.code for rule in schedule_rules()]
    assert codes == [f"RHY{n:03}" for n in range(1, 11)]
    assert all(rule.scope == "schedule" for rule in schedule_rules())
    assert set(codes) <= {rule.code for rule in all_rules()}



# ---- properties: any schedule, no crash, order does not matter, counts add up ---------------------
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_TIMES = st.datetimes(min_value=datetime(2027, 3, 20), max_value=datetime(2027, 4, 10))  # across a DST change
_POSTS = st.lists(st.tuples(_TIMES, st.sampled_from(["mastodon", "x", "instagram"]),
                            st.sampled_from(["poll", "guide", "meme", "digest", "video"]),
                            st.sampled_from(["approved", "draft", "scheduled"]), st.sampled_from(["anna", "ben"])),
                  max_size=40)


@pytest.fixture(scope="module")
def planner_config(tmp_path_factory):
    from smmlint.config import load_config

    root = make_content_repo(tmp_path_factory.mktemp("property"))
    return load_config(root / "smmlint.yaml")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=_POSTS, seed=st.randoms(use_true_random=False))
def test_any_schedule_plans_deterministically(planner_config, items, seed):
    from smmlint.api import schedule_problems
    from smmlint.planner.overview import render_overview
    from smmlint.planner.schedule import build_schedule
    from smmlint.post import Post
    from smmlint.rules import schedule_rules

    root = planner_config.root
    posts = [Post(root / "posts" / f"{n}.md", f"posts/{n}.md", planner_config,
                  post(f"{at:%Y-%m-%dT%H:%M}", fmt, channel, owner=owner, status=status))
             for n, (at, channel, fmt, status, owner) in enumerate(items)]
    rules = [(rule, rule.severity) for rule in schedule_rules()]
    schedule = build_schedule(posts, planner_config, NOW)
    problems = schedule_problems(schedule, rules, "de")
    shuffled = list(posts)
    seed.shuffle(shuffled)
    again = build_schedule(shuffled, planner_config, NOW)
    assert [p.as_dict() for p in schedule_problems(again, rules, "de")] == [p.as_dict() for p in problems]
    assert render_overview(again, "de", problems) == render_overview(schedule, "de", problems)
    planned = {slot.post.display_path for slot in schedule.slots}
    assert len(planned) == sum(1 for item in items if item[3] != "draft")
    assert all(p.path in planned and p.line == 5 for p in problems)
    per_day: dict = {}
    for slot in schedule.slots:
        per_day[(slot.channel, slot.day)] = per_day.get((slot.channel, slot.day), 0) + 1
    assert sum(p.code == "RHY002" for p in problems) == sum(max(0, n - 2) for n in per_day.values())
