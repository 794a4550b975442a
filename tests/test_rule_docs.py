"""Docs cannot drift: every rule's Bad example fires it, its Good example does not (run through
the engine with only that rule on); every message exists in English and German; the generated
files (docs/rules.md, compiled schema validators) match their sources."""

import re
import string

import pytest

from smmlint.rules import all_rules
from tests.conftest import lint_text

POST_RULES = [rule for rule in all_rules() if rule.scope != "schedule"]
SCHEDULE_RULES = [rule for rule in all_rules() if rule.scope == "schedule"]


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_rule_has_doc_and_bilingual_messages(rule):
    assert rule.doc.why and rule.doc.bad.strip() and rule.doc.good.strip(), f"{rule.code} lacks Why/Bad/Good"
    assert re.fullmatch(r"[A-Z][A-Z0-9]*\d{3}", rule.code) and re.fullmatch(r"[a-z0-9-]+", rule.name)
    assert "summary" in rule.messages
    for key, texts in rule.messages.items():
        assert set(texts) == {"en", "de"}, f"{rule.code} message {key!r} lacks a language"
        assert all(texts.values()), f"{rule.code} message {key!r} is empty"
        assert fields(texts["en"]) == fields(texts["de"]), f"{rule.code} {key!r}: placeholders differ"


@pytest.mark.parametrize("rule", POST_RULES, ids=lambda rule: rule.code)
def test_bad_example_fires_and_good_does_not(tmp_path, rule):
    bad = lint_text(rule.doc.bad, root=tmp_path / "bad", select=(rule.code,))
    assert any(p.code == rule.code for p in bad), f"{rule.code}: Bad example gives no finding"
    good = lint_text(rule.doc.good, root=tmp_path / "good", select=(rule.code,))
    assert [p for p in good if p.code == rule.code] == [], f"{rule.code}: Good example fires: {good}"
    german = lint_text(rule.doc.bad, root=tmp_path / "de", select=(rule.code,), lang="de")
    assert [p.line for p in german] == [p.line for p in bad]


@pytest.mark.parametrize("rule", SCHEDULE_RULES, ids=lambda rule: rule.code)
def test_schedule_bad_example_fires_and_good_does_not(tmp_path, rule):
    """A schedule rule's examples hold several posts, each after a line `==> name.md <==`; they
    are planned together (api.plan, only that rule on, a fixed clock). Each is a well-formed post."""
    from smmlint.config import load_config
    from smmlint.planner.schedule import split_example
    from smmlint.post import read_post
    from tests.test_rhythm import plan_texts

    examples = {"bad": split_example(rule.doc.bad), "good": split_example(rule.doc.good)}
    bad = plan_texts(examples["bad"], root=tmp_path / "bad", select=(rule.code,)).problems
    assert any(p.code == rule.code for p in bad), f"{rule.code}: Bad example gives no finding"
    good = plan_texts(examples["good"], root=tmp_path / "good", select=(rule.code,)).problems
    assert [p for p in good if p.code == rule.code] == [], f"{rule.code}: Good example fires: {good}"
    german = plan_texts(examples["bad"], root=tmp_path / "de", select=(rule.code,), lang="de").problems
    assert [(p.path, p.line) for p in german] == [(p.path, p.line) for p in bad]
    for kind, posts in examples.items():
        config = load_config(tmp_path / kind / "smmlint.yaml")
        for name, _ in posts:
            post = read_post(tmp_path / kind / "posts" / name, name, config)
            assert post.ok and not post.schema_issues, f"{rule.code} {kind} {name}: {post.schema_issues}"


def test_codes_and_names_are_unique():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)


def test_tool_messages_are_bilingual():
    from smmlint.messages import TOOL

    for key, texts in TOOL.items():
        assert set(texts) == {"en", "de"} and fields(texts["en"]) == fields(texts["de"]), key


def test_generated_files_are_fresh():
    from smmlint.generate import outputs

    stale = [str(path) for path, text in outputs().items() if not path.exists() or path.read_text("utf-8") != text]
    assert stale == [], f"run `python -m smmlint.generate`; stale: {stale}"
