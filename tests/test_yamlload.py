"""Safe YAML loading: positions, and every hostile shape becomes a YamlProblem (never a crash)."""

import pytest

from smmlint import yamlload


def test_positions_of_nested_keys_and_list_items():
    doc = yamlload.load("title: x\nnext_step:\n  type: poll\nmedia:\n  - file: a.png\n    alt: b\n")
    assert doc.positions["next_step.type"] == (3, 3)
    assert doc.positions["media[0]"] == (5, 5)
    assert doc.positions["media[0].alt"] == (6, 5)


def test_timestamps_stay_text():
    doc = yamlload.load("publish_at: 2027-01-11T10:00\nday: 2027-01-11\n")
    assert doc.data == {"publish_at": "2027-01-11T10:00", "day": "2027-01-11"}


@pytest.mark.parametrize("text, kind, line", [
    ("a: 1\na: 2\n", "duplicate-key", 2),
    ("1: x\n", "key-not-text", 1),
    ("? [a, b]\n: c\n", "key-not-text", 1),
    ("x: !!python/object/apply:os.system ['echo pwned']\n", "tag", 1),
    ("x: !custom 1\n", "tag", 1),
    ("title: Mythos: Passwörter\n", "syntax", 1),
    ("a: [1, 2\n", "syntax", 2),
    ("a: *nowhere\n", "syntax", 1),
    ("x: &r [*r]\n", "too-large", 1),
])
def test_problems(text, kind, line):
    with pytest.raises(yamlload.YamlProblem) as caught:
        yamlload.load(text)
    assert (caught.value.kind, caught.value.line) == (kind, line)


def test_python_tag_is_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    with pytest.raises(yamlload.YamlProblem):
        yamlload.load(f"x: !!python/object/apply:os.system ['touch {marker}']\n")
    assert not marker.exists()


def test_deep_nesting_is_bounded_before_the_c_composer_sees_it():
    # 100,000 levels segfault libyaml's recursive composer; the event pre-pass stops at 50.
    with pytest.raises(yamlload.YamlProblem) as caught:
        yamlload.load("[" * 100_000 + "]" * 100_000)
    assert caught.value.kind == "too-deep"


def test_alias_bomb_is_bounded_by_expanded_size():
    lines = ["a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]"]
    for index in range(1, 9):  # 9 ** 9 = 387 million values when expanded
        prev, name = chr(96 + index), chr(97 + index)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    with pytest.raises(yamlload.YamlProblem) as caught:
        yamlload.load("\n".join(lines))
    assert caught.value.kind == "too-large"


def test_small_legitimate_aliases_are_fine():
    doc = yamlload.load("base: &b {owner: anna}\nsla: *b\n")
    assert doc.data["sla"] == {"owner": "anna"}
