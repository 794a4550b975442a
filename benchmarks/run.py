"""Measure smmlint against its floors and peers on the same generated posts; print the ratios.

    python benchmarks/run.py [--runs 5] [--large 10000] [--wait-quiet 1.0] [--markdown FILE]

What it does (docs/performance.md explains the targets):
1. installs the peers into the git-ignored benchmarks/.tools/ when missing:
   markdownlint-cli2 (npm) and yamllint (pip --target; not a project dependency);
2. compiles smmlint's bytecode (`python -m compileall -q smmlint`) and runs every command
   with PYTHONDONTWRITEBYTECODE unset, as on a user's machine after `pip install`;
3. generates corpora with benchmarks/corpus.py (seed 1): 2,000 posts, and 1,000 and
   `--large` posts committed to git (for plan, calendar, memory and linear growth);
4. runs each command `--runs` times, round-robin (so a burst of load hits all of them
   alike), and reports medians; then one more run of each large command for peak memory
   (the sum of the proportional set size, PSS, of the process and its workers).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
TOOLS = HERE / ".tools"
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402


@dataclass
class Command:
    name: str
    argv: list[str]
    cwd: Path
    runs: int
    env: dict[str, str] = field(default_factory=dict)
    ok_codes: tuple[int, ...] = (0, 1)
    fresh_dir: Path | None = None  # emptied before every run (calendar output)
    times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times) if self.times else float("nan")


def user_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env.update(NO_COLOR="1", LANG="C.UTF-8")
    return env


def setup_tools() -> tuple[Path | None, Path | None]:
    """markdownlint-cli2's entry script and yamllint's folder (None when they cannot be installed)."""
    TOOLS.mkdir(exist_ok=True)
    mdl = TOOLS / "node_modules" / "markdownlint-cli2" / "markdownlint-cli2-bin.mjs"
    if not mdl.exists() and shutil.which("npm"):
        subprocess.run(["npm", "install", "--prefix", str(TOOLS), "--no-audit", "--no-fund", "markdownlint-cli2"],
                       capture_output=True)
    yamllint = TOOLS / "python"
    if not (yamllint / "yamllint").exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(yamllint), "yamllint"],
                       capture_output=True)
    if (yamllint / "yamllint").exists():
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(yamllint)], env=user_env(), capture_output=True)
    return (mdl if mdl.exists() else None), (yamllint if (yamllint / "yamllint").exists() else None)


def smmlint_argv() -> list[str]:
    script = Path(sys.executable).parent / "smmlint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "smmlint"]


def run_once(command: Command) -> float:
    if command.fresh_dir is not None:
        shutil.rmtree(command.fresh_dir, ignore_errors=True)
    start = time.perf_counter()
    proc = subprocess.run(command.argv, cwd=command.cwd, env=command.env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in command.ok_codes:
        raise SystemExit(f"{command.name}: exit {proc.returncode}\n{proc.stderr.decode(errors='replace')[-2000:]}")
    return elapsed


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_memory_mb(command: Command) -> float | None:
    """Highest sum of PSS over the process tree, sampled every 10 ms (Linux only)."""
    if not Path("/proc/self/smaps_rollup").exists():
        return None
    if command.fresh_dir is not None:
        shutil.rmtree(command.fresh_dir, ignore_errors=True)
    proc = subprocess.Popen(command.argv, cwd=command.cwd, env=command.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, sum(_pss_kib(pid) for pid in _tree(proc.pid)))
            time.sleep(0.01)

    sampler = threading.Thread(target=sample)
    sampler.start()
    proc.wait()
    done.set()
    sampler.join()
    return peak / 1024


def wait_quiet(limit: float, longest: float) -> None:
    start = time.monotonic()
    while os.getloadavg()[0] > limit and time.monotonic() - start < longest:
        print(f"  waiting for a quiet machine: load {os.getloadavg()[0]:.2f} > {limit}", file=sys.stderr)
        time.sleep(15)


def make_corpora(base: Path, large: int) -> dict[str, Path]:
    roots = {"2k": base / "c2k", "1k": base / "c1k", "large": base / "clarge"}
    corpus.generate(roots["2k"], 2000, seed=1)
    for key, size in (("1k", 1000), ("large", large)):
        posts = corpus.generate(roots[key], size, seed=1)
        corpus.commit_history(roots[key], posts, seed=1)
    return roots


def one_post(root: Path) -> Path:
    """The first post of the 2k corpus (by path), for the pre-commit case."""
    return sorted((root / "posts").rglob("*.md"))[0].relative_to(root)


def main() -> int:
    parser = argparse.ArgumentParser(description="smmlint benchmarks (see docs/performance.md)")
    parser.add_argument("--runs", type=int, default=7, help="runs per quick command (median); default 7")
    parser.add_argument("--large-runs", type=int, default=3, help="runs per 2k/10k command; default 3")
    parser.add_argument("--large", type=int, default=10_000, help="posts in the large corpus; default 10000")
    parser.add_argument("--wait-quiet", type=float, default=None, metavar="LOAD",
                        help="first wait (up to 10 min) until the 1-minute load average is below LOAD")
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown to this file")
    parser.add_argument("--head", action="store_true",
                        help="measure the last commit (git archive HEAD), not the working tree")
    parser.add_argument("--rev", metavar="REV", help="measure this commit (git archive REV), e.g. to compare")
    args = parser.parse_args()

    env = user_env()
    mdl, yamllint_dir = setup_tools()
    base = Path(tempfile.mkdtemp(prefix="smmlint-bench-"))
    source = PROJECT
    if args.head or args.rev:  # others may be editing the working tree: measure what is committed
        source = base / "head"
        source.mkdir()
        archive = subprocess.run(["git", "archive", args.rev or "HEAD", "smmlint"], cwd=PROJECT, capture_output=True,
                                 check=True)
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
        env["PYTHONPATH"] = str(source)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(source / "smmlint")], env=env, check=True)
    try:
        print(f"generating corpora in {base} ...", file=sys.stderr)
        roots = make_corpora(base, args.large)
        if args.wait_quiet is not None:
            wait_quiet(args.wait_quiet, 600)
        load_before = os.getloadavg()
        results = measure(args, env, roots, mdl, yamllint_dir, base)
        load_after = os.getloadavg()
    finally:
        shutil.rmtree(base, ignore_errors=True)
    table = report(results, args.large, load_before, load_after)
    print(table)
    if args.markdown:
        args.markdown.write_text(table + "\n", "utf-8")
    return 0


def measure(args: argparse.Namespace, env: dict[str, str], roots: dict[str, Path], mdl: Path | None,
            yamllint_dir: Path | None, base: Path) -> dict[str, Command | float | None]:
    sm = smmlint_argv()
    post = one_post(roots["2k"])
    quick = [
        Command("import floor", [sys.executable, "-c", "import click, yaml, markdown_it"], roots["2k"], args.runs, env),
        Command("check 1", [*sm, "check", str(post)], roots["2k"], args.runs, env),
    ]
    if yamllint_dir:
        quick.append(Command("yamllint 1", [sys.executable, "-m", "yamllint", "smmlint.yaml"], roots["2k"], args.runs,
                             {**env, "PYTHONPATH": str(yamllint_dir)}))  # no smmlint on its path
    if mdl:
        quick.append(Command("markdownlint-cli2 1", ["node", str(mdl), str(post)], roots["2k"], args.runs, env))
    slow = [
        Command("check 2k", [*sm, "check"], roots["2k"], args.large_runs, env),
        Command("parse floor 2k", [sys.executable, str(HERE / "parse_floor.py"), "posts"], roots["2k"],
                args.large_runs, env),
        Command("parse floor+linkify 2k", [sys.executable, str(HERE / "parse_floor.py"), "posts", "--linkify"],
                roots["2k"], args.large_runs, env),
        Command("check 1k", [*sm, "check"], roots["1k"], args.large_runs, env),
        Command("check large", [*sm, "check"], roots["large"], args.large_runs, env),
        Command("plan 1k", [*sm, "plan"], roots["1k"], args.large_runs, env),
        Command("plan large", [*sm, "plan"], roots["large"], args.large_runs, env),
        Command("calendar 1k", [*sm, "calendar", "-q", "-o", str(base / "out1k") + "/"], roots["1k"],
                args.large_runs, env, fresh_dir=base / "out1k"),
        Command("calendar large", [*sm, "calendar", "-q", "-o", str(base / "outlarge") + "/"], roots["large"],
                args.large_runs, env, fresh_dir=base / "outlarge"),
    ]
    if mdl:
        slow.insert(1, Command("markdownlint-cli2 2k", ["node", str(mdl), "posts/**/*.md"], roots["2k"],
                               args.large_runs, env))
    for command in quick + slow:  # warm the file cache and the bytecode once, unmeasured
        run_once(command)
    for group in (quick, slow):
        for round_ in range(max(c.runs for c in group)):
            for command in group:
                if round_ < command.runs:
                    command.times.append(run_once(command))
            print(f"  round {round_ + 1} done (load {os.getloadavg()[0]:.2f})", file=sys.stderr)
    results: dict[str, Command | float | None] = {c.name: c for c in quick + slow}
    for name in ("check large", "plan large", "calendar large", "check 2k"):
        results[f"memory {name}"] = peak_memory_mb(results[name])  # type: ignore[arg-type]
    return results


def report(results: dict, large: int, load_before: tuple, load_after: tuple) -> str:
    def t(name: str) -> float:
        command = results.get(name)
        return command.median if isinstance(command, Command) else float("nan")

    def ms(name: str) -> str:
        return f"{t(name) * 1000:.0f} ms" if t(name) == t(name) else "n/a"

    big = f"{large // 1000}k" if large % 1000 == 0 else str(large)
    rows = [("measure", "median", "ratio", "target", "met")]

    def ratio(label: str, name: str, base: str, target: float | None, shown: str) -> None:
        value = t(name) / t(base) if t(base) == t(base) else float("nan")
        met = "" if target is None or value != value else ("yes" if value <= target else "NO")
        rows.append((label, ms(name), f"{value:.2f}× {shown}" if value == value else "n/a",
                     f"≤ {target}×" if target else "", met))

    def absolute(label: str, name: str, limit_s: float) -> None:
        rows.append((label, ms(name), "", f"< {limit_s:g} s", "yes" if t(name) < limit_s else "NO"))

    rows.append(("import click, yaml, markdown_it", ms("import floor"), "", "", ""))
    ratio("check 1 post", "check 1", "import floor", 1.15, "import floor")
    ratio("check 1 post", "check 1", "yamllint 1", 1.0, "yamllint 1 file")
    ratio("check 1 post", "check 1", "markdownlint-cli2 1", 0.5, "markdownlint-cli2 1 file")
    rows.append(("yamllint 1 file (smmlint.yaml)", ms("yamllint 1"), "", "", ""))
    rows.append(("markdownlint-cli2 1 file", ms("markdownlint-cli2 1"), "", "", ""))
    ratio("check 2,000 posts", "check 2k", "markdownlint-cli2 2k", 0.25, "markdownlint-cli2")
    ratio("check 2,000 posts", "check 2k", "parse floor 2k", 1.5, "parse floor")
    ratio("check 2,000 posts", "check 2k", "parse floor+linkify 2k", None, "parse floor + linkify")
    rows.append(("markdownlint-cli2 2,000 files", ms("markdownlint-cli2 2k"), "", "", ""))
    rows.append(("parse floor 2,000 (1 process)", ms("parse floor 2k"), "", "", ""))
    rows.append(("parse floor + linkify 2,000", ms("parse floor+linkify 2k"), "", "", ""))
    absolute(f"plan {big} posts", "plan large", 3)
    absolute(f"calendar {big} posts", "calendar large", 3)
    for command in ("check", "plan", "calendar"):
        per_small = t(f"{command} 1k") / 1000
        per_large = t(f"{command} large") / large
        growth = per_large / per_small
        rows.append((f"{command}: time per post, 1k → {big}", f"{per_small * 1e3:.2f} → {per_large * 1e3:.2f} ms",
                     f"{growth:.2f}×", "≤ 1.2× (linear)", "yes" if growth <= 1.2 else "NO"))
    for command in ("check 2k", "check large", "plan large", "calendar large"):
        peak = results.get(f"memory {command}")
        label = f"peak memory {command.replace('large', big).replace('2k', '2,000')} (PSS, all processes)"
        rows.append((label, f"{peak:.0f} MB" if peak else "n/a", "", "< 300 MB",
                     "" if not peak else ("yes" if peak < 300 else "NO")))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |" for row in rows]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    cpus = os.cpu_count()
    footer = (f"\n{cpus} CPUs; load average (1/5/15 min) {load_before[0]:.2f}/{load_before[1]:.2f}/{load_before[2]:.2f}"
              f" before, {load_after[0]:.2f}/{load_after[1]:.2f}/{load_after[2]:.2f} after; Python {sys.version.split()[0]}")
    return "\n".join(lines) + footer


if __name__ == "__main__":
    sys.exit(main())
