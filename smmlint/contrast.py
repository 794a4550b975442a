"""Colour contrast per WCAG 2.2 (SC 1.4.3): parsing, relative luminance, ratio.

Pure functions, no imports beyond the standard library. The formula:
sRGB channels are linearised with the 0.04045 threshold,
L = 0.2126 R + 0.7152 G + 0.0722 B, ratio = (L1 + 0.05) / (L2 + 0.05)
with L1 the lighter colour. Ratios are compared unrounded (WCAG: 4.499:1 fails).
"""

from __future__ import annotations

import math
import re

RGB = tuple[int, int, int]

_HEX_COLOR = r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})"  # compiled on first use

#: Minimum ratio for normal text (SC 1.4.3, level AA).
NORMAL_TEXT_RATIO = 4.5
#: Minimum ratio for large text (>= 24 px, or >= 18.66 px bold).
LARGE_TEXT_RATIO = 3.0


def parse_color(text: object) -> RGB | None:
    """Parse ``#RGB`` or ``#RRGGBB`` (any case, surrounding blanks ignored).

    Returns the (r, g, b) channels 0-255, or None for anything else
    (named colours, ``rgb()``, missing ``#``, wrong length, non-strings).
    """
    if not isinstance(text, str):
        return None
    match = re.fullmatch(_HEX_COLOR, text.strip())
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def _linearise(channel: int) -> float:
    """sRGB channel 0-255 to linear light 0-1 (WCAG 2.2 threshold 0.04045)."""
    c = channel / 255
    if c <= 0.04045:
        return c / 12.92
    return ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2.2 relative luminance of an sRGB colour, 0.0 (black) to 1.0 (white)."""
    r, g, b = rgb
    for channel in rgb:
        if not 0 <= channel <= 255:
            raise ValueError(f"colour channel out of range 0-255: {channel}")
    return 0.2126 * _linearise(r) + 0.7152 * _linearise(g) + 0.0722 * _linearise(b)


def contrast_ratio(fg: RGB, bg: RGB) -> float:
    """Contrast ratio between two colours, from 1.0 to 21.0 (order does not matter)."""
    l1 = relative_luminance(fg)
    l2 = relative_luminance(bg)
    lighter, darker = max(l1, l2), min(l1, l2)
    return (lighter + 0.05) / (darker + 0.05)


def required_ratio(large_text: bool) -> float:
    """Minimum contrast ratio for AA: 3.0 for large text, else 4.5."""
    return LARGE_TEXT_RATIO if large_text else NORMAL_TEXT_RATIO


def format_ratio(ratio: float) -> str:
    """Ratio for messages, like ``4.47:1``: cut (not rounded) to two decimals.

    Cutting means a failing ratio such as 4.4999 never shows as ``4.50:1``
    (the WebAIM checker shows ratios the same way).
    """
    cut = math.floor(ratio * 100 + 1e-9) / 100
    return f"{cut:.2f}:1"
