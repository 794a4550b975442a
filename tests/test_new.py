"""`smmlint new`: templates that fail only on their placeholders (FM007) and pass once filled."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, datetime
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from conftest import CONFIG_YAML, PROJECT, make_content_repo, run_cli
from smmlint.api import lint_paths
from smmlint.channels import DEFAULT_CHANNELS
from smmlint.config import load_config
from smmlint.rules import REGISTRY
from smmlint.rules.front_matter import find_placeholders
from smmlint.scaffold import TEMPLATES, choose_publish_at, new_post, slug, write_new
from smmlint.selection import Selection

LANGS = ("de", "en")
NAMES = tuple(TEMPLATES)
SATURDAY = date(2027, 1, 16)


def fill(text: str, word: str = "Passwortmanager") -> str:
    """What an editor does: media paths to real files, URLs to real pages, every <…> replaced."""
    text = re.sub(r"media/<[^<>\n]*>\.png", "media/bild.png", text)
    text = re.sub(r"media/<[^<>\n]*>\.mp4", "media/video.mp4", text)
    text = re.sub(r"media/<[^<>\n]*>\.vtt", "media/video.vtt", text)
    text = re.sub(r"https://<[^<>\n]*>", "https://example.com", text)
    text = re.sub(r"/<[^<>\n]*>\?", "/faq?", text)
    return re.sub(r"<[^<>\n]*>", word, text)


def rules():
    return Selection().active(REGISTRY)


def lint(path: Path, root: Path, lang: str = "en"):
    old = os.getcwd()
    os.chdir(root)
    try:
        return lint_paths([path], load_config(root / "smmlint.yaml"), rules(), lang).problems
    finally:
        os.chdir(old)


# ---- the contract of every template ------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_fresh_template_fails_only_on_placeholders_and_passes_when_filled(repo, name, lang):
    target = f"posts/{name}.md"
    created = run_cli("new", name, target, "--lang", lang, cwd=repo.root)
    assert created.exit_code == 0, created.output
    assert f"{target}" in created.output
    fresh = repo.check("--format", "json", target, lang=lang)
    findings = json.loads(fresh.stdout)
    assert fresh.exit_code == 1
    assert findings and {finding["code"] for finding in findings} == {"FM007"}, findings

    path = repo.root / target
    text = path.read_text("utf-8").replace('"<Kürzel>"', "anna").replace('"<Team member id>"', "anna")
    path.write_text(fill(text), "utf-8")
    filled = repo.check("--strict", target, lang=lang)
    assert filled.exit_code == 0, filled.output


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_on_every_channel(tmp_path, lang):
    """Channel-appropriate: short texts for X/Bluesky/Threads/Mastodon, media where required."""
    root = make_content_repo(tmp_path / "content")
    config = load_config(root / "smmlint.yaml")
    for name in NAMES:
        for channel in DEFAULT_CHANNELS:
            path = root / "posts" / f"{name}-{channel}.md"
            post = new_post(name, path, config, lang=lang, channel=channel, owner="ben", today=SATURDAY)
            write_new(post)
            fresh = lint(path, root, lang)
            assert fresh and {problem.code for problem in fresh} == {"FM007"}, (name, channel, fresh)
            path.write_text(fill(post.text), "utf-8")
            assert lint(path, root, lang) == [], (name, channel)


def test_every_angle_bracket_in_the_templates_is_a_placeholder_fm007_finds():
    folder = files("smmlint").joinpath("templates", "posts")
    checked = 0
    for lang in LANGS:
        for entry in folder.joinpath(lang).iterdir():
            text = entry.read_text("utf-8")
            for match in re.finditer(r"<[^<>\n]*>", text):
                found = [placeholder for _, placeholder in find_placeholders(match.group(0))]
                assert found == [match.group(0)], (entry.name, match.group(0))
                checked += 1
    assert checked > 100


def test_templates_exist_in_both_languages():
    folder = files("smmlint").joinpath("templates", "posts")
    names = {lang: sorted(entry.name for entry in folder.joinpath(lang).iterdir()) for lang in LANGS}
    assert names["de"] == names["en"]
    assert {name.split(".")[0] for name in names["de"]} == set(NAMES)


def test_front_matter_is_channel_appropriate(tmp_path):
    root = make_content_repo(tmp_path / "content")
    config = load_config(root / "smmlint.yaml")

    def front(name: str, channel: str | None = None, **options) -> dict:
        text = new_post(name, root / "posts" / "x.md", config, channel=channel, today=SATURDAY, **options).text
        return yaml.safe_load(text.split("---\n")[1])

    myth = front("myth-fact")
    assert (myth["channel"], myth["format"], myth["load"], myth["next_step"]["type"]) == ("instagram", "myth-fact", "medium", "poll")
    assert myth["next_step"]["prompt"] == "Welchen Mythos sollen wir als Nächstes zerlegen?"
    assert [item["type"] for item in myth["media"]] == ["image"] * 3
    video = front("how-it-works")
    assert (video["format"], video["load"], video["next_step"]["type"]) == ("how-it-works", "high", "comment")
    assert 45 <= video["media"][0]["duration"] <= 90
    assert video["media"][0]["captions"].endswith(".vtt") and len(video["media"][0]["chapters"]) == 3
    ideas = front("product-ideas")
    assert ideas["next_step"]["type"] == "form"
    assert ideas["next_step"]["url"] == "https://example.com/<Pfad zum Formular>?utm_source=linkedin&utm_medium=social&utm_campaign=x"
    assert front("digest")["next_step"]["type"] == "event" and front("digest")["format"] == "digest"
    assert front("open-retro")["next_step"]["type"] == "thread"
    assert front("question-of-the-week")["next_step"]["type"] == "poll"
    assert "media" not in front("digest") and front("digest", "instagram")["media"][0]["type"] == "image"
    assert front("digest", "youtube")["media"][0]["type"] == "video"
    assert front("myth-fact", lang="en")["next_step"]["prompt"] == "Which myth should we take apart next?"


def test_short_channels_get_the_short_body_and_links_carry_utm(tmp_path):
    root = make_content_repo(tmp_path / "content")
    config = load_config(root / "smmlint.yaml")
    long = new_post("open-retro", root / "posts" / "retro.md", config, channel="linkedin", today=SATURDAY).text
    short = new_post("open-retro", root / "posts" / "retro.md", config, channel="x", today=SATURDAY).text
    assert len(short.split("\n---\n")[1]) < 280 < len(long.split("\n---\n")[1])
    # the configured community rules link is tracked (example.com): UTM for this channel and id
    assert "https://example.com/netiquette?utm_source=x&utm_medium=social&utm_campaign=retro" in short
    assert "https://example.com/netiquette?utm_source=linkedin&utm_medium=social&utm_campaign=retro" in long


def test_without_community_rules_or_domains_the_links_are_placeholders(tmp_path):
    root = make_content_repo(tmp_path / "content", CONFIG_YAML.replace("community_rules_url: https://example.com/netiquette\n", "")
                             .replace("domains: [example.com]", "domains: []"))
    config = load_config(root / "smmlint.yaml")
    text = new_post("product-ideas", root / "posts" / "ideen.md", config, today=SATURDAY).text
    assert "https://<Ihre-Domain>/<Pfad zum Formular>?utm_source=linkedin" in text
    retro = new_post("open-retro", root / "posts" / "retro.md", config, today=SATURDAY).text
    assert "Netiquette: <Link zu unseren Community-Regeln>" in retro


def test_a_foreign_community_rules_link_gets_no_utm(tmp_path):
    root = make_content_repo(tmp_path / "content", CONFIG_YAML.replace("https://example.com/netiquette", "https://forum.example.org/rules?lang=de"))
    config = load_config(root / "smmlint.yaml")
    assert "gilt unsere Netiquette: https://forum.example.org/rules?lang=de\n" in new_post("open-retro", root / "posts" / "r.md", config).text


def test_further_required_utm_keys_become_placeholders(tmp_path):
    root = make_content_repo(tmp_path / "content", CONFIG_YAML.replace(
        "required: [utm_source, utm_medium, utm_campaign]", "required: [utm_source, utm_medium, utm_campaign, utm_content]"))
    config = load_config(root / "smmlint.yaml")
    for name in ("open-retro", "product-ideas"):
        path = root / "posts" / f"{name}.md"
        post = new_post(name, path, config, owner="ben", today=SATURDAY)
        write_new(post)
        assert "&utm_campaign=" + name + "&utm_content=<utm_content>" in post.text
        assert {problem.code for problem in lint(path, root)} == {"FM007"}
        path.write_text(fill(post.text, word="beitrag"), "utf-8")
        assert lint(path, root) == []


def test_owner_from_the_config(tmp_path):
    one = make_content_repo(tmp_path / "one", CONFIG_YAML.replace(
        '  ben: {name: Ben Beispiel, hours: "Mo-So 08:00-20:00"}\n', "").replace("max_response: 2h", "max_response: 1h"))
    text = new_post("myth-fact", one / "posts" / "m.md", load_config(one / "smmlint.yaml"), today=SATURDAY).text
    assert "\n  owner: anna\n" in text
    assert "\n  response: 1h  #" in text  # never more than the team's maximum
    two = make_content_repo(tmp_path / "two")
    text = new_post("myth-fact", two / "posts" / "m.md", load_config(two / "smmlint.yaml"), today=SATURDAY).text
    assert '\n  owner: "<Kürzel>"  # wer antwortet? anna, ben (team: in smmlint.yaml)\n' in text
    text = new_post("myth-fact", two / "posts" / "m.md", load_config(two / "smmlint.yaml"), owner="ben", today=SATURDAY).text
    assert "\n  owner: ben\n" in text


# ---- publish_at --------------------------------------------------------------------------------
@pytest.fixture
def config(tmp_path):
    root = make_content_repo(tmp_path / "content", CONFIG_YAML.replace(
        '  ben: {name: Ben Beispiel, hours: "Mo-So 08:00-20:00"}\n',
        '  ben: {name: Ben Beispiel, hours: "Mo-So 08:00-20:00"}\n'
        '  cem: {name: Cem Beispiel, hours: "Mo-Fr 13:00-20:00"}\n'
        '  dora: {name: Dora Beispiel}\n'))
    return load_config(root / "smmlint.yaml")


def local(config, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=config.tz)


def test_publish_at_skips_the_weekend_for_a_weekday_owner(config):
    assert choose_publish_at(config, "anna", "2h", SATURDAY) == (local(config, "2027-01-18T10:00"), "owner-hours")


def test_publish_at_is_tomorrow_for_an_owner_who_works_weekends(config):
    assert choose_publish_at(config, "ben", "2h", SATURDAY) == (local(config, "2027-01-17T10:00"), "owner-hours")


def test_publish_at_skips_the_owners_absence(config):
    # anna is absent 2027-01-20..22; from Tuesday 19th the next day she works is Monday 25th
    assert choose_publish_at(config, "anna", "2h", date(2027, 1, 19))[0] == local(config, "2027-01-25T10:00")


def test_publish_at_moves_to_the_start_of_a_late_shift(config):
    assert choose_publish_at(config, "cem", "2h", SATURDAY) == (local(config, "2027-01-18T13:00"), "owner-hours")


def test_publish_at_respects_the_response_time(config):
    # 10:00 + 8h ends after anna's 17:00: no day fits, so tomorrow 10:00 and SLA004 will say so
    assert choose_publish_at(config, "anna", "8h", SATURDAY) == (local(config, "2027-01-17T10:00"), "tomorrow")


def test_publish_at_without_owner_hours_is_the_next_weekday(config):
    assert choose_publish_at(config, None, "2h", SATURDAY) == (local(config, "2027-01-18T10:00"), "weekday")
    assert choose_publish_at(config, "dora", "2h", date(2027, 1, 18)) == (local(config, "2027-01-19T10:00"), "weekday")


def test_publish_at_from_the_file_name_or_date_option(config):
    assert choose_publish_at(config, "anna", "2h", SATURDAY, from_name=date(2027, 2, 6)) == (local(config, "2027-02-06T10:00"), "file")
    assert choose_publish_at(config, "anna", "2h", SATURDAY, from_name=date(2026, 2, 6))[1] == "owner-hours"  # past: ignored
    assert choose_publish_at(config, "anna", "2h", SATURDAY, explicit=date(2027, 3, 1), from_name=date(2027, 2, 6)) \
        == (local(config, "2027-03-01T10:00"), "date")


def test_publish_at_is_written_with_its_reason(repo):
    result = run_cli("new", "question-of-the-week", "posts/2027-02-01-frage.md", "--owner", "anna", cwd=repo.root)
    text = (repo.root / "posts/2027-02-01-frage.md").read_text("utf-8")
    assert "publish_at: 2027-02-01T10:00  # Datum aus dem Dateinamen, 10:00\n" in text
    assert "publish_at 2027-02-01 10:00" in result.output
    run_cli("new", "question-of-the-week", "posts/frage.md", "--owner", "ben", "--date", "2027-03-07", "--lang", "en", cwd=repo.root)
    assert "publish_at: 2027-03-07T10:00  # date from --date, 10:00\n" in (repo.root / "posts/frage.md").read_text("utf-8")


# ---- the command line ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang, word", [("en", "myth → fact"), ("de", "Mythos → Fakt")])
def test_list_shows_each_template_on_one_line(repo, lang, word):
    result = run_cli("new", "--list", "--lang", lang, cwd=repo.root)
    lines = result.output.splitlines()
    assert result.exit_code == 0 and len(lines) == len(NAMES)
    assert [line.split()[0] for line in lines] == list(NAMES)
    assert word in lines[0] and "instagram" in lines[0]


def test_never_overwrites(repo):
    path = repo.write("mythos.md", "mein Text\n")
    result = run_cli("new", "myth-fact", "posts/mythos.md", cwd=repo.root)
    assert result.exit_code == 2
    assert "posts/mythos.md exists already; not overwritten" in result.stderr
    assert path.read_text("utf-8") == "mein Text\n"


@pytest.mark.parametrize("args, message", [
    (("mythos", "posts/a.md"), "unknown template mythos; templates: myth-fact, how-it-works"),
    (("myth-fact", "posts/a.txt"), "posts/a.txt: a post file name must end in .md"),
    (("myth-fact", "posts/a.md", "--channel", "twiter"), "unknown channel twiter; channels: instagram"),
    (("myth-fact", "posts/a.md", "--owner", "anne"), "anne is not in the team roster (team: in smmlint.yaml): anna, ben"),
    (("myth-fact",), "give a TEMPLATE and a PATH"),
])
def test_usage_errors_exit_2_with_one_line(repo, args, message):
    result = run_cli("new", *args, "--lang", "en", cwd=repo.root)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1
    assert not (repo.root / "posts" / "a.md").exists()


def test_german_messages_and_a_note_outside_the_posts_folder(repo):
    result = run_cli("new", "digest", "entwurf/rueckblick.md", "--lang", "de", cwd=repo.root)
    assert result.exit_code == 0
    assert "angelegt: entwurf/rueckblick.md aus der Vorlage digest (de, facebook" in result.stdout
    assert "liegt außerhalb des Beitragsordners posts/" in result.stderr


def test_channel_declared_in_the_config(tmp_path):
    root = make_content_repo(tmp_path / "content", CONFIG_YAML + "channels:\n  twitch: {text_limit: 500}\n")
    result = run_cli("new", "question-of-the-week", "posts/frage.md", "--channel", "twitch", "--owner", "ben", cwd=root)
    assert result.exit_code == 0, result.output
    path = root / "posts" / "frage.md"
    assert "channel: twitch\n" in path.read_text("utf-8")
    path.write_text(fill(path.read_text("utf-8")), "utf-8")
    assert lint(path, root) == []


def test_id_is_a_clean_slug_of_the_file_name():
    assert slug("2027-01-11-Mythos Ärger_über Passwörter!") == "2027-01-11-mythos-aerger_ueber-passwoerter"
    assert slug("Café") == "cafe" and slug("!!!") == "post"


@pytest.mark.slow
def test_an_installed_package_finds_its_templates(tmp_path):
    """Build the package as an installer would (setuptools build_py applies the package-data
    config), zip it, and run smmlint from the zip: importlib.resources must find the templates."""
    import shutil
    import zipfile

    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(PROJECT / name, source / name)
    shutil.copytree(PROJECT / "smmlint", source / "smmlint", ignore=shutil.ignore_patterns("__pycache__"))
    build = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
                            "--build-lib", str(tmp_path / "lib")], cwd=source, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    archive = tmp_path / "smmlint.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for file in sorted((tmp_path / "lib").rglob("*")):
            if file.is_file():
                bundle.write(file, file.relative_to(tmp_path / "lib").as_posix())
        names = bundle.namelist()
    for lang in LANGS:
        for name in NAMES:
            assert f"smmlint/templates/posts/{lang}/{name}.md" in names
        assert f"smmlint/templates/init/smmlint.{lang}.yaml" in names
        assert f"smmlint/templates/init/pre-commit-config.{lang}.yaml" in names
    assert "smmlint/templates/ci/github-workflow.yml" in names
    content = make_content_repo(tmp_path / "content")
    script = ("import smmlint, sys; assert '.zip' in smmlint.__file__, smmlint.__file__; "
              "from smmlint.cli import main; sys.exit(main())")
    env = {**os.environ, "PYTHONPATH": str(archive)}
    run = subprocess.run([sys.executable, "-c", script, "new", "myth-fact", "posts/m.md", "--owner", "anna"], cwd=content,
                         capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 0, run.stderr
    assert "format: myth-fact" in (content / "posts" / "m.md").read_text("utf-8")
    init = subprocess.run([sys.executable, "-c", script, "init", str(tmp_path / "fresh")], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, env=env)
    assert init.returncode == 0, init.stderr
    assert (tmp_path / "fresh" / ".github" / "workflows" / "smmlint.yml").read_bytes() == \
        (PROJECT / "smmlint" / "templates" / "ci" / "github-workflow.yml").read_bytes()
