"""`smmlint calendar`: which files it writes, what each event says, --check, usage errors,
and the feeds read back by independent parsers (spec/calendar.md, spec/cli.md)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ical_tools import icaljs, parse_all, read_with_icaljs  # noqa: F401 (icaljs is a fixture)
from tests.conftest import PROJECT, run_cli

BERLIN = ZoneInfo("Europe/Berlin")
TEMPLATE = (PROJECT / "posts/2027/01/2027-01-13-umfrage-passkeys-x.md").read_text("utf-8")


def post(*, id: str | None = "umfrage", title: str = "Umfrage: Nutzt ihr Passkeys schon?", channel: str = "x",
         publish_at: str = "2027-01-13T09:30", status: str = "scheduled", owner: str = "anna", body: str = "") -> str:
    """The bundled poll (clean with the project's config), with other values."""
    text = TEMPLATE
    text = re.sub(r"^id: .*\n", f"id: {id}\n" if id else "", text, count=1, flags=re.M)
    for key, value in (("title", f'"{title}"'), ("channel", channel), ("publish_at", publish_at), ("status", status)):
        text = re.sub(rf"^{key}: .*$", f"{key}: {value}", text, count=1, flags=re.M)
    return text.replace("  owner: anna\n", f"  owner: {owner}\n") + body


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A content repository like the bundled one (its config and word list), outside git."""
    root = tmp_path / "inhalte"
    root.mkdir()
    shutil.copy2(PROJECT / "smmlint.yaml", root / "smmlint.yaml")
    shutil.copytree(PROJECT / "wordlists", root / "wordlists")
    (root / "posts").mkdir()
    return root


def write(root: Path, name: str, text: str) -> Path:
    path = root / "posts" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def calendar(root: Path, *args: str, lang: str | None = "en"):
    return run_cli("calendar", *(("--lang", lang) if lang else ()), *args, cwd=root)


def events(raw: bytes) -> dict[str, dict[str, str]]:
    """UID -> the event's properties (unfolded; first value per name, TEXT unescaped)."""
    found: dict[str, dict[str, str]] = {}
    for block in raw.replace(b"\r\n ", b"").decode("utf-8").split("BEGIN:VEVENT\r\n")[1:]:
        props: dict[str, str] = {}
        for line in block.split("END:VEVENT")[0].split("\r\n"):
            name, _, value = line.partition(":")
            if name and name not in props:
                props[name.split(";")[0]] = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)
        found[props["UID"]] = props
    return found


def feeds(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


# ---- which files -----------------------------------------------------------------------------
def test_a_folder_gets_all_channel_and_owner_feeds(root: Path) -> None:
    write(root, "umfrage.md", post())
    write(root, "toot.md", post(id="toot", channel="mastodon", owner="ben", publish_at="2027-01-14T09:30"))
    result = calendar(root, "-o", "calendar/")
    assert result.exit_code == 0, result.output
    written = feeds(root / "calendar")
    # every team member of the roster gets a feed, cem an empty one
    assert sorted(written) == ["all.ics", "channel-mastodon.ics", "channel-x.ics",
                               "owner-anna.ics", "owner-ben.ics", "owner-cem.ics"]
    assert set(events(written["all.ics"])) == {"umfrage@smmlint", "toot@smmlint"}
    assert set(events(written["channel-x.ics"])) == {"umfrage@smmlint"}
    assert set(events(written["owner-ben.ics"])) == {"toot@smmlint"}
    assert events(written["owner-cem.ics"]) == {}
    assert "wrote calendar/all.ics (2 event(s))" in result.output
    assert "wrote calendar/owner-cem.ics (0 event(s))" in result.output
    assert not any(name.endswith(".py") for name in written)


def test_only_owner_feeds_carry_the_reminder_one_hour_before(root: Path) -> None:
    write(root, "umfrage.md", post())
    calendar(root, "-o", "calendar/")
    for path in (root / "calendar").iterdir():
        raw = path.read_bytes()
        if path.name.startswith("owner-anna"):
            assert raw.count(b"BEGIN:VALARM\r\nACTION:DISPLAY\r\n") == 1 and b"TRIGGER:-PT1H\r\n" in raw
        else:
            assert b"VALARM" not in raw, path.name
    owner = (root / "calendar/owner-anna.ics").read_bytes()
    assert b"X-WR-CALNAME:Social media plan: Anna Weber\r\n" in owner


def test_a_file_gets_one_feed_with_every_post_and_no_reminders(root: Path) -> None:
    write(root, "umfrage.md", post())
    write(root, "toot.md", post(id="toot", channel="mastodon", publish_at="2027-01-14T09:30"))
    result = calendar(root, "-o", "plan.ics")
    assert result.exit_code == 0
    assert sorted(p.name for p in root.iterdir()) == ["plan.ics", "posts", "smmlint.yaml", "wordlists"]
    raw = (root / "plan.ics").read_bytes()
    assert set(events(raw)) == {"umfrage@smmlint", "toot@smmlint"} and b"VALARM" not in raw


def test_a_new_folder_is_made_when_out_ends_in_a_slash(root: Path) -> None:
    write(root, "umfrage.md", post())
    assert calendar(root, "-o", "site/feeds/").exit_code == 0
    assert (root / "site/feeds/all.ics").is_file()


def test_feeds_of_gone_channels_and_owners_are_removed_other_files_kept(root: Path) -> None:
    write(root, "umfrage.md", post())
    out = root / "calendar"
    out.mkdir()
    for name in ("channel-tiktok.ics", "owner-ehemalig.ics", "README.md", "index.html", "alt.ics"):
        (out / name).write_text("x", "utf-8")
    check = calendar(root, "--check", "-o", "calendar/")
    assert check.exit_code == 1
    assert "stale: calendar/channel-tiktok.ics would be removed" in check.output
    assert (out / "channel-tiktok.ics").exists() and not (out / "all.ics").exists()  # --check writes nothing
    result = calendar(root, "-o", "calendar/")
    assert "removed calendar/channel-tiktok.ics" in result.output and "removed calendar/owner-ehemalig.ics" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "all.ics", "alt.ics", "channel-x.ics", "index.html",
                                                      "owner-anna.ics", "owner-ben.ics", "owner-cem.ics"]


def test_a_channel_whose_posts_are_all_cancelled_keeps_an_empty_feed(root: Path) -> None:
    write(root, "umfrage.md", post())
    write(root, "toot.md", post(id="toot", channel="mastodon", status="cancelled"))
    calendar(root, "-o", "calendar/")
    assert events((root / "calendar/channel-mastodon.ics").read_bytes()) == {}


# ---- what an event says ----------------------------------------------------------------------
def test_event_fields_in_english(root: Path) -> None:
    write(root, "umfrage.md", post())
    calendar(root, "-o", "plan.ics")
    event = events((root / "plan.ics").read_bytes())["umfrage@smmlint"]
    assert event["SUMMARY"] == "[x] Umfrage: Nutzt ihr Passkeys schon?"
    assert event["DTSTART"] == "20270113T083000Z" and event["DTEND"] == "20270113T090000Z"  # 30 min default
    assert event["CATEGORIES"] == "x,poll,low"
    assert event["STATUS"] == "CONFIRMED" and event["TRANSP"] == "TRANSPARENT"
    assert event["DESCRIPTION"].split("\n") == [
        "Format: poll, load: low",
        "Next step (poll): Umfrage: Nutzt ihr Passkeys schon?",
        "SLA: Anna Weber (anna), replies within 2h",
        "Post: posts/umfrage.md",
        "Status: scheduled",
        "lint: ok",
    ]


def test_event_fields_in_german_from_the_config_whatever_the_locale(root: Path, monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # the config says `language: de`: the feed is German
    write(root, "umfrage.md", post(status="review"))
    result = calendar(root, "-o", "plan.ics", lang=None)
    assert "wrote plan.ics" in result.output  # messages follow the locale
    event = events((root / "plan.ics").read_bytes())["umfrage@smmlint"]
    assert event["STATUS"] == "TENTATIVE"
    assert event["DESCRIPTION"].split("\n") == [
        "Format: poll, Last: niedrig",
        "Nächster Schritt (poll): Umfrage: Nutzt ihr Passkeys schon?",
        "SLA: Anna Weber (anna), Antwort innerhalb von 2h",
        "Beitrag: posts/umfrage.md",
        "Status: in Prüfung",
        "lint: ok",
    ]
    assert b"X-WR-CALNAME:Social-Media-Plan\r\n" in (root / "plan.ics").read_bytes()


def test_the_lint_status_counts_what_smmlint_check_finds(root: Path) -> None:
    faulty = re.sub(r"^next_step:\n(?:  .*\n)+", "", post(), count=1, flags=re.M)
    write(root, "umfrage.md", faulty)
    check = run_cli("check", "--format", "json", "posts/umfrage.md", cwd=root)
    import json

    found = json.loads(check.stdout)
    errors = sum(1 for item in found if item["severity"] == "error")
    warnings = sum(1 for item in found if item["severity"] == "warning")
    assert errors >= 1
    calendar(root, "-o", "plan.ics")
    description = events((root / "plan.ics").read_bytes())["umfrage@smmlint"]["DESCRIPTION"]
    lines = description.split("\n")
    expected = f"lint: {errors} error{'s' if errors > 1 else ''}" + (
        f", {warnings} warning{'s' if warnings > 1 else ''}" if warnings else "")
    assert lines[-1] == expected
    assert lines[1] == "Next step: none"


def test_the_config_sets_duration_and_name(root: Path) -> None:
    config = root / "smmlint.yaml"
    config.write_text(config.read_text("utf-8") + "\ncalendar: {duration: 45m, name: Team Sicherheit}\n", "utf-8")
    write(root, "umfrage.md", post())
    calendar(root, "-o", "calendar/")
    raw = (root / "calendar/all.ics").read_bytes()
    assert b"NAME:Team Sicherheit\r\nX-WR-CALNAME:Team Sicherheit\r\n" in raw
    assert b"X-WR-TIMEZONE:Europe/Berlin\r\n" in raw and b"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in raw
    assert events(raw)["umfrage@smmlint"]["DTEND"] == "20270113T091500Z"
    assert b"X-WR-CALNAME:Team Sicherheit: x\r\n" in (root / "calendar/channel-x.ics").read_bytes()


def test_without_an_id_the_uid_is_the_path_from_the_config_root(root: Path) -> None:
    write(root, "2027/01/ohne-id.md", post(id=None))
    from_root = calendar(root, "-o", "plan.ics")
    assert from_root.exit_code == 0
    first = (root / "plan.ics").read_bytes()
    assert set(events(first)) == {"posts/2027/01/ohne-id@smmlint"}
    # the same bytes from another working directory (paths relative to the config root)
    assert run_cli("calendar", "--lang", "en", "-o", "../plan.ics", cwd=root / "posts").exit_code == 0
    assert (root / "plan.ics").read_bytes() == first


def test_drafts_only_with_include_drafts_and_cancelled_never(root: Path) -> None:
    write(root, "entwurf.md", post(id="entwurf", status="draft"))
    write(root, "entwurf-ohne-zeit.md", re.sub(r"^publish_at: .*\n", "", post(id="offen", status="draft"), flags=re.M))
    write(root, "abgesagt.md", post(id="abgesagt", status="cancelled"))
    write(root, "umfrage.md", post(publish_at="2027-01-14T09:30"))
    calendar(root, "-o", "plan.ics")
    assert set(events((root / "plan.ics").read_bytes())) == {"umfrage@smmlint"}
    result = calendar(root, "--include-drafts", "-o", "plan.ics")
    found = events((root / "plan.ics").read_bytes())
    assert set(found) == {"umfrage@smmlint", "entwurf@smmlint"} and found["entwurf@smmlint"]["STATUS"] == "TENTATIVE"
    assert "posts/entwurf-ohne-zeit.md: draft without publish_at, not in the calendar" in result.stderr


def test_a_post_without_a_valid_time_is_named_on_stderr(root: Path) -> None:
    write(root, "umfrage.md", post())
    write(root, "kaputt.md", post(id="kaputt", publish_at="morgen früh"))
    result = calendar(root, "-o", "plan.ics")
    assert result.exit_code == 0
    assert result.stderr == ("posts/kaputt.md: not in the calendar: no valid channel or publish_at "
                             "(`smmlint check` says why)\n")
    assert set(events((root / "plan.ics").read_bytes())) == {"umfrage@smmlint"}
    assert calendar(root, "-q", "-o", "plan.ics").output == ""


def test_two_posts_with_one_id_write_nothing(root: Path) -> None:
    write(root, "a.md", post(id="doppelt"))
    write(root, "b.md", post(id="doppelt", publish_at="2027-01-14T09:30"))
    result = calendar(root, "-o", "calendar/")
    assert result.exit_code == 1
    assert result.stderr == ("posts/a.md, posts/b.md have the same id 'doppelt': give each post its own `id:` "
                             "(calendar UID doppelt@smmlint)\n")
    assert not (root / "calendar").exists()


# ---- bytes, determinism, --check -------------------------------------------------------------
def test_same_posts_same_bytes_and_outside_git_the_stamp_is_publish_at(root: Path) -> None:
    write(root, "umfrage.md", post(title="Emoji 👩‍👩‍👧‍👦🏳️‍🌈👍🏽 und Umlaute: Größe, Äpfel; Komma, Backslash \\ " * 3))
    calendar(root, "-o", "calendar/")
    first = feeds(root / "calendar")
    shutil.rmtree(root / "calendar")
    calendar(root, "-o", "calendar/")
    assert feeds(root / "calendar") == first
    raw = first["all.ics"]
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # folded between characters, never inside one
    event = events(raw)["umfrage@smmlint"]
    assert event["DTSTAMP"] == event["LAST-MODIFIED"] == "20270113T083000Z" and event["SEQUENCE"] == "0"
    assert b"METHOD" not in raw


def test_check_passes_when_fresh_and_names_stale_files(root: Path) -> None:
    write(root, "umfrage.md", post())
    calendar(root, "-o", "calendar/")
    before = feeds(root / "calendar")
    fresh = calendar(root, "--check", "-o", "calendar/")
    assert fresh.exit_code == 0 and "calendar up to date: calendar/ (5 file(s), 1 event(s))" in fresh.output

    write(root, "umfrage.md", post(publish_at="2027-01-13T11:00"))
    stale = calendar(root, "--check", "-o", "calendar/")
    assert stale.exit_code == 1
    assert stale.output.splitlines() == [
        f"stale: calendar/{name} (run `smmlint calendar -o calendar/` and commit the result)"
        for name in ("all.ics", "channel-x.ics", "owner-anna.ics")]
    assert feeds(root / "calendar") == before  # nothing written
    german = calendar(root, "--check", "-o", "calendar/", lang="de")
    assert "veraltet: calendar/all.ics" in german.output
    assert calendar(root, "-o", "calendar/").exit_code == 0
    assert calendar(root, "--check", "-o", "calendar/").exit_code == 0


def test_rewriting_an_unchanged_folder_touches_nothing(root: Path) -> None:
    write(root, "umfrage.md", post())
    calendar(root, "-o", "calendar/")
    times = {path.name: path.stat().st_mtime_ns for path in (root / "calendar").iterdir()}
    result = calendar(root, "-o", "calendar/")
    assert result.output == "calendar up to date: calendar/ (5 file(s), 1 event(s))\n"
    assert {path.name: path.stat().st_mtime_ns for path in (root / "calendar").iterdir()} == times


def test_no_posts_writes_nothing_new_but_empties_existing_feeds(root: Path) -> None:
    result = calendar(root, "-o", "calendar/")
    assert result.exit_code == 0 and result.stderr == "no posts found in posts/\n"
    assert not (root / "calendar").exists()
    write(root, "umfrage.md", post())
    calendar(root, "-o", "calendar/")
    (root / "posts/umfrage.md").unlink()
    result = calendar(root, "-o", "calendar/")
    assert result.exit_code == 0
    assert events((root / "calendar/all.ics").read_bytes()) == {}  # subscribers see the post go
    assert not (root / "calendar/channel-x.ics").exists()


# ---- usage errors: one line, exit 2 -----------------------------------------------------------
@pytest.mark.parametrize("args, message", [
    ((), "smmlint: missing -o OUT: a feed file or a folder for the feeds, e.g. `smmlint calendar -o calendar/`\n"),
    (("-o", "plan.ics/"), "smmlint: output folder plan.ics/ is a file\n"),
    (("posts/fehlt.md", "-o", "x.ics"), "smmlint: path does not exist: posts/fehlt.md\n"),
])
def test_usage_errors_are_one_line_with_exit_2(root: Path, args: tuple[str, ...], message: str) -> None:
    write(root, "umfrage.md", post())
    (root / "plan.ics").write_text("", "utf-8")
    result = calendar(root, *args)
    assert result.exit_code == 2 and result.stderr == message and result.stdout == ""


def test_an_unwritable_output_is_one_line_with_exit_2(root: Path) -> None:
    write(root, "umfrage.md", post())
    (root / "blockiert").write_text("a file, not a folder", "utf-8")
    result = calendar(root, "-o", "blockiert/unter/plan.ics")
    assert result.exit_code == 2 and result.stdout == ""
    assert re.fullmatch(r"smmlint: cannot write blockiert/unter/?\S*: .+\n", result.stderr), result.stderr


def test_help_says_that_smmlint_owns_the_folder() -> None:
    result = run_cli("calendar", "--help", cwd=PROJECT)
    text = " ".join(result.output.split())
    assert "deletes channel-*.ics and owner-*.ics that no post needs any more" in text
    assert "smmlint calendar --check -o calendar/" in text


# ---- independent parsers (slow) --------------------------------------------------------------
CASES = [  # publish_at in the post -> the UTC instant a client must show
    ("winter", "2027-01-13T09:30", "2027-01-13T08:30:00.000Z"),
    ("sommer", "2027-07-12T10:00", "2027-07-12T08:00:00.000Z"),
    ("utc", "2027-03-28T01:30Z", "2027-03-28T01:30:00.000Z"),  # the night clocks go forward
    ("offset", "2027-10-31T02:30+01:00", "2027-10-31T01:30:00.000Z"),  # the second 02:30
]


@pytest.mark.slow
def test_independent_parsers_read_every_feed(root: Path, icaljs: Path, tmp_path: Path) -> None:
    for name, publish_at, _ in CASES:
        write(root, f"{name}.md", post(id=name, publish_at=publish_at, title=f"{name} 🔐 Größe; Komma, Ende"))
    write(root, "toot.md", post(id="toot", channel="mastodon", owner="ben", publish_at="2027-01-14T09:30"))
    assert calendar(root, "-o", "calendar/").exit_code == 0
    expected = {f"{name}@smmlint": iso for name, _, iso in CASES} | {"toot@smmlint": "2027-01-14T08:30:00.000Z"}
    for path in sorted((root / "calendar").iterdir()):
        raw = path.read_bytes()
        parsed = parse_all(raw)  # vobject validates; icalendar reports no component errors
        uids = {str(event["UID"]) for event in parsed["icalendar"]}
        assert {event.uid.value for event in parsed["vobject"]} == uids
        for event in parsed["icalendar"]:
            assert event.start == datetime.fromisoformat(expected[str(event["UID"])])
            assert event.start.utcoffset().total_seconds() == 0
        seen = read_with_icaljs(icaljs, raw, tmp_path)
        assert seen["timezone"]["value"] == "Europe/Berlin"
        assert seen["refresh"] == {"value": "PT1H", "type": "duration", "params": {}}
        assert {event["uid"] for event in seen["events"]} == uids
        for event in seen["events"]:
            assert event["start"] == expected[event["uid"]] and event["startIsUtc"] is True
            assert event["alarms"] == ([{"action": "DISPLAY", "trigger": "-PT1H"}] if path.name.startswith("owner-") else [])
        if path.name == "all.ics":
            assert uids == set(expected)
            summary = next(e["summary"] for e in seen["events"] if e["uid"] == "sommer@smmlint")
            assert summary == "[x] sommer 🔐 Größe; Komma, Ende"


@pytest.mark.slow
def test_worker_processes_write_the_same_bytes(root: Path) -> None:
    from smmlint.api import PARALLEL_FROM, build_calendar
    from smmlint.config import load_config
    from smmlint.planner.feeds import feed_files
    from smmlint.rules import REGISTRY
    from smmlint.selection import Selection

    for number in range(PARALLEL_FROM + 20):
        write(root, f"p{number:03d}.md", post(id=f"p{number:03d}", owner="anna ben cem".split()[number % 3],
                                              publish_at=f"2027-02-{1 + number % 28:02d}T{8 + number % 10:02d}:15"))
    config = load_config(root / "smmlint.yaml")
    rules = Selection((), (), config["rules"]).active(REGISTRY)
    serial = build_calendar([config.posts_dir], config, rules, lang="de", jobs=1)
    parallel = build_calendar([config.posts_dir], config, rules, lang="de", jobs=2)
    assert len(parallel.rendered) == 2 * (PARALLEL_FROM + 20)  # each event rendered once, plus its owner variant
    assert feed_files(serial, config, "de", folder=True) == feed_files(parallel, config, "de", folder=True)


# ---- this repository ------------------------------------------------------------------------
def has_history() -> bool:
    """A full git work tree: not a shallow clone, not a copy without .git."""
    from smmlint.gitinfo import is_shallow

    inside = subprocess.run(["git", "rev-parse", "--is-inside-work-tree"], cwd=PROJECT, capture_output=True, text=True)
    return inside.returncode == 0 and inside.stdout.strip() == "true" and not is_shallow(PROJECT)


def without_history(raw: bytes) -> bytes:
    """A feed without the fields git history gives (DTSTAMP, LAST-MODIFIED, SEQUENCE)."""
    return re.sub(rb"^(?:DTSTAMP|LAST-MODIFIED|SEQUENCE)[:;][^\r]*\r\n", b"", raw, flags=re.M)


@pytest.mark.slow
def test_the_committed_feeds_of_the_bundled_posts_are_fresh() -> None:
    """calendar/ holds the feeds of posts/ (only .ics files: never a Python package) and is kept
    fresh: `smmlint calendar --check -o calendar/` passes. Without the full history (a shallow
    clone or a copy without .git; CI should fetch with fetch-depth: 0) the stamps cannot be
    recomputed, so there everything but DTSTAMP, LAST-MODIFIED and SEQUENCE is compared."""
    folder = PROJECT / "calendar"
    on_disk = {path.name: path.read_bytes() for path in sorted(folder.iterdir())}
    assert on_disk and all(name.endswith(".ics") for name in on_disk), sorted(on_disk)
    hint = "\n(run `smmlint calendar -o calendar/` and commit calendar/)"
    if has_history():
        result = run_cli("calendar", "--check", "-o", "calendar/", cwd=PROJECT)
        assert result.exit_code == 0, result.output + hint
        return
    from smmlint.api import build_calendar
    from smmlint.config import load_config
    from smmlint.planner.feeds import feed_files, feed_language
    from smmlint.rules import REGISTRY
    from smmlint.selection import Selection

    config = load_config(PROJECT / "smmlint.yaml")
    rules = Selection((), (), config["rules"]).active(REGISTRY)
    build = build_calendar([config.posts_dir], config, rules, lang=feed_language(config))
    expected = feed_files(build, config, feed_language(config), folder=True)
    assert sorted(expected) == sorted(on_disk), hint
    for name, data in expected.items():
        assert without_history(on_disk[name]) == without_history(data), name + hint
