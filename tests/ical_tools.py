"""Independent iCalendar parsers for the feed tests (spec/calendar.md, point 9):
vobject (validating), icalendar's own parser, and Mozilla's ical.js (Thunderbird's
parser) run with node through tests/icalcheck.mjs.

Used by test_ical.py (the writer) and test_calendar_cli.py (the command). Import the
`icaljs` fixture into a test module to use it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
TOOLS = TESTS / ".tools"
ICALJS = TOOLS / "node_modules" / "ical.js" / "dist" / "ical.js"


def parse_all(raw: bytes) -> dict[str, list]:
    """Parse with vobject (validating) and icalendar; return both event lists."""
    import vobject
    from icalendar import Calendar

    text = raw.decode("utf-8")
    vcal = vobject.readOne(text, validate=True)
    ical = Calendar.from_ical(raw)
    for component in ical.walk():
        assert component.errors == [], (component.name, component.errors)
    return {
        "vobject": list(getattr(vcal, "vevent_list", [])),
        "icalendar": list(ical.walk("VEVENT")),
    }


@pytest.fixture(scope="session")
def icaljs() -> Path:
    """Mozilla's ical.js from npm, installed into tests/.tools (git-ignored).

    Missing node/npm skips locally but fails when $CI is set.
    """
    in_ci = bool(os.environ.get("CI"))
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        message = "node and npm are needed to check the feed with ical.js"
        if in_ci:
            pytest.fail(message)
        pytest.skip(message)
    if not ICALJS.is_file():
        proc = subprocess.run(
            [npm, "install", "--prefix", str(TOOLS), "--no-audit", "--no-fund", "--no-save", "ical.js@2"],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not ICALJS.is_file():
            message = f"npm install ical.js@2 failed: {proc.stderr.strip()[-500:]}"
            if in_ci:
                pytest.fail(message)
            pytest.skip(message)
    return ICALJS


def read_with_icaljs(icaljs: Path, raw: bytes, tmp_path: Path) -> dict:
    """What ical.js sees in the feed `raw`: calendar properties and events (see icalcheck.mjs)."""
    path = tmp_path / "feed.ics"
    path.write_bytes(raw)
    proc = subprocess.run(
        ["node", str(TESTS / "icalcheck.mjs"), str(path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, ICALJS=str(icaljs)),
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)
