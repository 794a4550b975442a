"""Tests for smmlint.contrast (WCAG 2.2 contrast ratio)."""

from __future__ import annotations

import pytest

from smmlint.contrast import (
    contrast_ratio,
    format_ratio,
    parse_color,
    relative_luminance,
    required_ratio,
)

WHITE = (255, 255, 255)
BLACK = (0, 0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#FFFFFF", (255, 255, 255)),
        ("#ffffff", (255, 255, 255)),
        ("#1A73E8", (26, 115, 232)),
        ("#1a73e8", (26, 115, 232)),
        ("#fff", (255, 255, 255)),
        ("#F0a", (255, 0, 170)),
        ("#000", (0, 0, 0)),
        ("#123", (0x11, 0x22, 0x33)),
        ("  #777777 ", (119, 119, 119)),
    ],
)
def test_parse_color_valid(text: str, expected: tuple[int, int, int]) -> None:
    assert parse_color(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "#",
        "FFFFFF",  # no '#'
        "#FFFF",  # 4 digits (#RGBA not accepted)
        "#FFFFFFFF",  # 8 digits (#RRGGBBAA not accepted)
        "#FFFFF",
        "#GGGGGG",
        "#12 456",
        "white",
        "rgb(0,0,0)",
        "##FFFFFF",
        "#FFFFFF\n#000000",
        None,
        0xFFFFFF,
        ["#FFFFFF"],
    ],
)
def test_parse_color_invalid(text: object) -> None:
    assert parse_color(text) is None


def test_luminance_extremes_and_primaries() -> None:
    assert relative_luminance(BLACK) == 0.0
    assert relative_luminance(WHITE) == pytest.approx(1.0)
    # Pure primaries expose the coefficients (and their order R, G, B).
    assert relative_luminance((255, 0, 0)) == pytest.approx(0.2126)
    assert relative_luminance((0, 255, 0)) == pytest.approx(0.7152)
    assert relative_luminance((0, 0, 255)) == pytest.approx(0.0722)


def test_luminance_linearisation_both_branches() -> None:
    # 10/255 = 0.0392 is below the 0.04045 threshold: linear branch.
    assert relative_luminance((10, 10, 10)) == pytest.approx(10 / 255 / 12.92)
    # 11/255 = 0.0431 is above it: power branch.
    expected = ((11 / 255 + 0.055) / 1.055) ** 2.4
    assert relative_luminance((11, 11, 11)) == pytest.approx(expected)
    # Mid grey, well-known value.
    assert relative_luminance((128, 128, 128)) == pytest.approx(0.2158605, abs=1e-6)


def test_luminance_rejects_out_of_range() -> None:
    with pytest.raises(ValueError):
        relative_luminance((256, 0, 0))
    with pytest.raises(ValueError):
        relative_luminance((0, -1, 0))


@pytest.mark.parametrize(
    ("fg", "bg", "rounded"),
    [
        ("#777777", "#FFFFFF", 4.48),  # famous near miss
        ("#767676", "#FFFFFF", 4.54),  # darkest grey that passes on white
        ("#000000", "#FFFFFF", 21.0),
        ("#FFFFFF", "#000000", 21.0),
        ("#1A73E8", "#1A73E8", 1.0),
        ("#595959", "#FFFFFF", 7.0),  # AAA threshold grey
        ("#949494", "#FFFFFF", 3.03),  # lightest grey for large text
        ("#999999", "#FFFFFF", 2.85),
        ("#1E293B", "#FFFFFF", 14.63),
        ("#0000FF", "#FFFFFF", 8.59),
        ("#FF0000", "#FFFFFF", 4.0),
        ("#808080", "#FFFFFF", 3.95),
    ],
)
def test_contrast_ratio_known_pairs(fg: str, bg: str, rounded: float) -> None:
    fg_rgb, bg_rgb = parse_color(fg), parse_color(bg)
    assert fg_rgb is not None and bg_rgb is not None
    assert round(contrast_ratio(fg_rgb, bg_rgb), 2) == rounded


def test_contrast_ratio_symmetric() -> None:
    a, b = (26, 115, 232), (255, 255, 0)
    assert contrast_ratio(a, b) == contrast_ratio(b, a)


def test_threshold_decisions_use_unrounded_ratio() -> None:
    grey_777 = contrast_ratio((0x77,) * 3, WHITE)
    grey_767 = contrast_ratio((0x76,) * 3, WHITE)
    assert grey_777 < required_ratio(large_text=False)  # 4.478 fails 4.5
    assert grey_767 >= required_ratio(large_text=False)  # 4.54 passes
    assert grey_777 >= required_ratio(large_text=True)  # but fine as large text
    # #FFFFFF on #1A73E8 (the example in post-format.md) barely passes: 4.505
    blue = contrast_ratio(WHITE, (0x1A, 0x73, 0xE8))
    assert 4.5 <= blue < 4.51


def test_required_ratio() -> None:
    assert required_ratio(False) == 4.5
    assert required_ratio(True) == 3.0


@pytest.mark.parametrize(
    ("ratio", "text"),
    [
        (21.0, "21.00:1"),
        (20.999999999999996, "21.00:1"),
        (1.0, "1.00:1"),
        (4.478089, "4.47:1"),  # cut, not rounded: never shows a fail as 4.48
        (4.4999, "4.49:1"),  # rounding would show a failing ratio as 4.50
        (4.542225, "4.54:1"),
        (7.0047, "7.00:1"),
    ],
)
def test_format_ratio(ratio: float, text: str) -> None:
    assert format_ratio(ratio) == text
