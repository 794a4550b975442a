"""Tests for smmlint.captions (WebVTT / SRT reading for A11Y005)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmlint.captions import (
    MAX_END_GAP,
    CaptionResult,
    Cue,
    format_seconds,
    parse_captions,
    parse_duration_seconds,
)

DATA = Path(__file__).parent / "data" / "captions"
KEYS = {"unreadable", "malformed", "no-cues", "empty-cue", "out-of-order", "short-coverage"}

VALID_CUES = (
    (0.0, 4.0, "Passwörter alle 90 Tage wechseln?"),
    (4.5, 9.0, "<i>Mythos!</i> Das BSI rät davon ab."),
    (9.0, 70.0, None),  # text differs: VTT has a <v Anna> voice tag
)


def cue_times(result: CaptionResult) -> list[tuple[float, float]]:
    return [(c.start, c.end) for c in result.cues]


# --- valid files, BOM and CRLF ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("valid.vtt", "vtt"),
        ("valid.srt", "srt"),
        ("bom.vtt", "vtt"),
        ("bom.srt", "srt"),
        ("crlf.vtt", "vtt"),
        ("crlf.srt", "srt"),
        ("bom-crlf.srt", "srt"),
    ],
)
def test_valid_files(name: str, fmt: str) -> None:
    result = parse_captions(DATA / name, duration=75)
    assert result.ok, result.problems
    assert result.problems == ()
    assert result.format == fmt
    assert cue_times(result) == [(s, e) for s, e, _ in VALID_CUES]
    for cue, (_, _, text) in zip(result.cues, VALID_CUES):
        if text is not None:
            assert cue.text == text
        assert "\r" not in cue.text
        assert "\ufeff" not in cue.text


def test_vtt_cue_text_keeps_markup_and_skips_identifier_and_settings() -> None:
    result = parse_captions(DATA / "valid.vtt")
    assert result.cues[2] == Cue(9.0, 70.0, "<v Anna>Lieber lange Passphrasen nutzen.")


def test_path_as_str_and_bytes_give_the_same_result() -> None:
    as_path = parse_captions(DATA / "valid.srt")
    as_str = parse_captions(str(DATA / "valid.srt"))
    as_bytes = parse_captions((DATA / "valid.srt").read_bytes())
    assert as_path == as_str == as_bytes


# --- format choice -------------------------------------------------------------


def test_format_sniffed_from_bytes() -> None:
    assert parse_captions((DATA / "valid.vtt").read_bytes()).format == "vtt"
    assert parse_captions((DATA / "valid.srt").read_bytes()).format == "srt"
    assert parse_captions((DATA / "bom-crlf.srt").read_bytes()).format == "srt"
    # An SRT file without indexes still looks like SRT (comma decimal).
    assert parse_captions(b"00:00:01,000 --> 00:00:02,000\nHi\n").format == "srt"


def test_format_sniffed_for_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "untertitel.txt"
    path.write_bytes((DATA / "valid.srt").read_bytes())
    result = parse_captions(path)
    assert result.format == "srt"
    assert result.ok


def test_unrecognisable_content_is_read_as_vtt_and_malformed() -> None:
    result = parse_captions(b"Hallo Welt\n")
    assert result.format == "vtt"
    assert result.keys == ("malformed",)


def test_extension_wins_over_content(tmp_path: Path) -> None:
    # SRT content in a .vtt file is not WebVTT: a player would reject it.
    path = tmp_path / "falsch.vtt"
    path.write_bytes((DATA / "valid.srt").read_bytes())
    result = parse_captions(path)
    assert result.format == "vtt"
    assert result.keys == ("malformed",)
    assert result.problems[0].data["line"] == 1


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "CLIP.SRT"
    path.write_bytes((DATA / "valid.srt").read_bytes())
    assert parse_captions(path).format == "srt"


def test_name_and_fmt_for_bytes() -> None:
    data = (DATA / "valid.srt").read_bytes()
    assert parse_captions(data, name="media/x.vtt").keys == ("malformed",)
    assert parse_captions(data, name="media/x.srt").ok
    assert parse_captions(data, fmt="vtt").format == "vtt"
    with pytest.raises(ValueError):
        parse_captions(data, fmt="sbv")  # programming error, not bad input


# --- unreadable -----------------------------------------------------------------


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    result = parse_captions(tmp_path / "gibt-es-nicht.vtt")
    assert result.keys == ("unreadable",)
    assert result.problems[0].data["reason"] == "io"
    assert result.format == "vtt"
    assert result.cues == ()


def test_directory_is_unreadable(tmp_path: Path) -> None:
    result = parse_captions(tmp_path)
    assert result.keys == ("unreadable",)
    assert result.problems[0].data["reason"] == "io"


def test_latin1_file_is_unreadable_with_line() -> None:
    result = parse_captions(DATA / "latin1.srt")
    assert result.keys == ("unreadable",)
    data = result.problems[0].data
    assert data["reason"] == "encoding"
    assert data["line"] == 3  # "Passwörter" in cue 1
    assert "UTF-8" in str(data["detail"])


def test_utf16_file_is_unreadable() -> None:
    result = parse_captions(DATA / "utf16.vtt")
    assert result.keys == ("unreadable",)
    assert "UTF-16" in str(result.problems[0].data["detail"])


def test_encoding_error_line_counts_after_bom() -> None:
    data = b"\xef\xbb\xbfWEBVTT\n\n00:00:00.000 --> 00:00:01.000\nK\xe4se\n"
    result = parse_captions(data)
    assert result.keys == ("unreadable",)
    assert result.problems[0].data["line"] == 4


# --- malformed ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("no-header.vtt", 1),
        ("lowercase-header.vtt", 1),
        ("glued-header.vtt", 1),
        ("bad-timestamp.vtt", 7),
        ("missing-blank.vtt", 5),
        ("malformed.srt", 5),
    ],
)
def test_malformed_files(name: str, line: int) -> None:
    result = parse_captions(DATA / name, duration=3600)
    assert result.keys[0] == "malformed"
    problem = result.problems[0]
    assert problem.data["line"] == line
    assert isinstance(problem.data["reason"], str) and problem.data["reason"]
    # no "no-cues" and no coverage check on top of a malformed file
    assert "no-cues" not in result.keys
    assert "short-coverage" not in result.keys


def test_malformed_vtt_keeps_cues_a_player_would_show() -> None:
    result = parse_captions(DATA / "bad-timestamp.vtt")
    assert cue_times(result) == [(0.0, 4.0), (9.0, 12.0)]
    assert "Invalid cue block" in str(result.problems[0].data["reason"])


def test_malformed_srt_keeps_cues_before_the_error() -> None:
    result = parse_captions(DATA / "malformed.srt")
    assert cue_times(result) == [(0.0, 4.0)]
    assert "00:00:05,000 -> 00:00:08,000" in str(result.problems[0].data["reason"])


def test_invalid_cue_setting_is_malformed() -> None:
    data = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000 algin:start\nHallo\n"
    result = parse_captions(data)
    assert result.keys == ("malformed",)
    assert result.problems[0].data["line"] == 3


def test_long_library_reason_is_shortened() -> None:
    long_text = "x" * 500
    data = f"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n{long_text}\n00:00:03.000 --> 00:00:04.000\n"
    result = parse_captions(data.encode())
    assert result.keys[0] == "malformed"
    assert len(str(result.problems[0].data["reason"])) <= 120


# --- no cues, empty cues, order ------------------------------------------------


@pytest.mark.parametrize("name", ["no-cues.vtt", "no-cues.srt"])
def test_no_cues(name: str) -> None:
    result = parse_captions(DATA / name, duration=60)
    assert result.keys == ("no-cues",)
    assert result.cues == ()


def test_empty_file_has_no_cues() -> None:
    assert parse_captions(b"", fmt="srt").keys == ("no-cues",)
    assert parse_captions(b"WEBVTT\n").keys == ("no-cues",)


def test_empty_cues_vtt() -> None:
    result = parse_captions(DATA / "empty-cue.vtt")
    assert [(p.key, p.data) for p in result.problems] == [
        ("empty-cue", {"index": 2, "start": 4.0}),
        ("empty-cue", {"index": 3, "start": 8.0}),  # only markup: "<i> </i>"
    ]


def test_empty_cues_srt() -> None:
    result = parse_captions(DATA / "empty-cue.srt")
    assert [(p.key, p.data) for p in result.problems] == [
        ("empty-cue", {"index": 2, "start": 4.0}),  # only an {\an8} position tag
    ]


def test_out_of_order_vtt() -> None:
    result = parse_captions(DATA / "out-of-order.vtt")
    assert [(p.key, p.data) for p in result.problems] == [
        (
            "out-of-order",
            {
                "index": 3,
                "start": 5.0,
                "end": 9.0,
                "reason": "starts-before-previous",
                "previous_start": 10.0,
            },
        ),
        (
            "out-of-order",
            {"index": 4, "start": 20.0, "end": 18.0, "reason": "ends-before-start"},
        ),
    ]
    # cues stay in file order (not sorted)
    assert [c.start for c in result.cues] == [0.0, 10.0, 5.0, 20.0]


def test_out_of_order_srt() -> None:
    result = parse_captions(DATA / "out-of-order.srt")
    assert result.keys == ("out-of-order",)
    assert result.problems[0].data["index"] == 3
    assert result.problems[0].data["previous_start"] == 10.0


def test_equal_starts_and_overlaps_are_in_order() -> None:
    data = (
        b"WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nA\n\n"
        b"00:00:00.000 --> 00:00:03.000\nB\n\n"
        b"00:00:02.000 --> 00:00:02.000\nC\n"
    )
    result = parse_captions(data)
    assert result.ok, result.problems


# --- coverage -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("duration", "short"),
    [
        (70, False),
        (75, False),
        (80, False),  # exactly 10 s: allowed
        (80.001, True),
        (81, True),
        ("1:15", False),
        ("1:21", True),
        ("0:01:21", True),
        ("81", True),
        (None, False),
        ("lang", False),  # invalid duration: check skipped
        (-5, False),
        (60, False),  # cues longer than the video: not this check's business
    ],
)
def test_short_coverage(duration: object, short: bool) -> None:
    result = parse_captions(DATA / "valid.vtt", duration)
    assert ("short-coverage" in result.keys) is short


def test_short_coverage_data() -> None:
    result = parse_captions(DATA / "short.vtt", duration="1:00")
    assert result.keys == ("short-coverage",)
    assert result.problems[0].data == {
        "last_end": 30.0,
        "duration": 60.0,
        "gap": 30.0,
        "max_gap": MAX_END_GAP,
    }


def test_short_coverage_uses_latest_end_not_last_cue() -> None:
    result = parse_captions(DATA / "out-of-order.vtt", duration=28)
    assert "short-coverage" not in result.keys  # latest end is 18.0
    result = parse_captions(DATA / "out-of-order.vtt", duration=28.5)
    assert "short-coverage" in result.keys


def test_max_gap_parameter() -> None:
    assert parse_captions(DATA / "short.vtt", 36, max_gap=5).keys == ("short-coverage",)
    assert parse_captions(DATA / "short.vtt", 36, max_gap=10).ok


def test_problem_keys_in_file_order() -> None:
    result = parse_captions(
        b"WEBVTT\n\n00:00:05.000 --> 00:00:06.000\n\n\n00:00:01.000 --> 00:00:02.000\nB\n",
        duration=100,
    )
    assert result.keys == ("empty-cue", "out-of-order", "short-coverage")


# --- durations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (75, 75.0),
        (75.5, 75.5),
        (0, 0.0),
        ("75", 75.0),
        (" 75 ", 75.0),
        ("75.5", 75.5),
        ("75,5", 75.5),
        ("1:15", 75.0),
        ("0:05", 5.0),
        ("90:00", 5400.0),
        ("1:15.5", 75.5),
        ("1:02:03", 3723.0),
        ("0:01:15", 75.0),
        ("12:00:00", 43200.0),
    ],
)
def test_parse_duration_seconds(value: object, seconds: float) -> None:
    assert parse_duration_seconds(value) == seconds


@pytest.mark.parametrize(
    "value",
    [None, True, False, "", "abc", "1:75", "1:5", "1:60:00", "1:2:3", "-5", -5, -0.5,
     float("nan"), float("inf"), "1h", "1:15:", ":15", [75], "1:00:00:00"],
)
def test_parse_duration_seconds_invalid(value: object) -> None:
    assert parse_duration_seconds(value) is None


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00:00.000"), (62.5, "0:01:02.500"), (3723.004, "1:02:03.004"), (-1.5, "-0:00:01.500")],
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


# --- robustness and import cost -------------------------------------------------

_PIECES = list("0123456789:.,-> \n\r\tWEBVTNOabc<>/{}\\") + [
    "WEBVTT", "-->", "00:00:01.000", "00:00:01,000", "NOTE", "STYLE", "REGION",
    "::cue", "\ufeff", "\n\n", "align:start", "line:0",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.sampled_from(["vtt", "srt", None]),
    st.one_of(st.none(), st.floats(), st.text(max_size=6)),
)
def test_never_raises_on_caption_like_text(text: str, fmt: str | None, duration: object) -> None:
    result = parse_captions(text.encode("utf-8"), duration, fmt=fmt)
    assert set(result.keys) <= KEYS
    assert result.format in ("vtt", "srt")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=80))
def test_never_raises_on_bytes(data: bytes) -> None:
    result = parse_captions(data, 10)
    assert set(result.keys) <= KEYS


def test_parsers_are_imported_lazily() -> None:
    code = (
        "import sys, smmlint.captions as c; "
        "assert 'webvtt' not in sys.modules and 'srt' not in sys.modules; "
        "c.parse_duration_seconds('1:15'); "
        "assert 'webvtt' not in sys.modules and 'srt' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent.parent)
