"""The bundled example content repo passes the linter with every rule on (README's promise)."""

import json

from tests.conftest import PROJECT, run_cli


def test_bundled_posts_pass_check():
    result = run_cli("check", "--format", "json", cwd=PROJECT)
    assert json.loads(result.output) == [] and result.exit_code == 0


def test_bundled_posts_are_a_realistic_plan():
    import yaml

    posts = sorted((PROJECT / "posts").rglob("*.md"))
    fronts = [yaml.safe_load(path.read_text("utf-8").split("---")[1]) for path in posts]
    assert len(posts) >= 12
    assert len({front["channel"] for front in fronts}) >= 4
    assert {front.get("language", "de") for front in fronts} >= {"de", "en"}
    assert any("ad" in front for front in fronts)
    assert any(front["format"] == "digest" for front in fronts)
    assert any(front["next_step"]["type"] == "poll" for front in fronts)
    videos = [m for front in fronts for m in front.get("media", []) if m["type"] == "video"]
    assert videos and all(m["captions"].endswith(".vtt") for m in videos)
