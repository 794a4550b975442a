"""What `smmlint check ONE.md` imports beyond the floor (click, yaml, markdown_it).

    python benchmarks/imports.py CONTENT_REPO POST [--runs 7] [-- other smmlint args]

Runs `python -X importtime -m smmlint check POST` several times (bytecode compiled,
PYTHONDONTWRITEBYTECODE unset) and prints, for each module the floor does not
import, the smallest self time seen (µs), largest first, with the total.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")


def import_times(argv: list[str], cwd: Path, runs: int) -> dict[str, int]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    best: dict[str, int] = {}
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-X", "importtime", *argv], cwd=cwd, env=env,
                              capture_output=True, text=True)
        for match in LINE.finditer(proc.stderr):
            name, own = match.group(4), int(match.group(1))
            best[name] = min(best.get(name, own), own)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("post")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("extra", nargs="*")
    args = parser.parse_args()
    floor = import_times(["-c", "import click, yaml, markdown_it"], args.root, args.runs)
    ours = import_times(["-m", "smmlint", "check", args.post, *args.extra], args.root, args.runs)
    extra = {name: own for name, own in ours.items() if name not in floor}
    print(f"floor: {len(floor)} modules, {sum(floor.values()) / 1000:.1f} ms self time")
    print(f"check: {len(ours)} modules, {sum(ours.values()) / 1000:.1f} ms; beyond the floor: {len(extra)} modules, "
          f"{sum(extra.values()) / 1000:.1f} ms")
    for name, own in sorted(extra.items(), key=lambda item: -item[1])[:args.top]:
        print(f"  {own:7d} µs  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
