"""The library entry points: no printing, no exit codes; the CLI turns results into output."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from smmlint.config import Config
from smmlint.discovery import find_posts
from smmlint.messages import render
from smmlint.post import Post, read_post
from smmlint.problem import Problem, Severity
from smmlint.rules.base import Rule
from smmlint.suppress import is_suppressed, suppressions

if TYPE_CHECKING:
    from datetime import datetime

    from smmlint.planner.feeds import CalendarBuild
    from smmlint.planner.schedule import Schedule


@dataclass
class LintReport:
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # display paths of every post checked

    @property
    def worst(self) -> Severity | None:
        return max((problem.severity for problem in self.problems), default=None)

    def count(self, severity: Severity) -> int:
        return sum(1 for problem in self.problems if problem.severity == severity)


def display_path(path: Path, cwd: Path | None = None) -> str:
    """Relative to the working directory with `/` separators (absolute when outside it)."""
    if not path.is_absolute() and ".." not in path.parts:  # the common case: already relative to here
        return path.as_posix()
    cwd = cwd or Path.cwd()
    try:
        return Path(os.path.relpath(path.absolute(), cwd)).as_posix() if _inside(path.absolute(), cwd) else path.absolute().as_posix()
    except ValueError:
        return path.as_posix()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def default_paths(config: Config) -> list[Path]:
    """The config's posts folder; none when it does not exist (not yet, or no more: git drops the
    folder with its last post, and that commit must not fail for want of the folder)."""
    return [config.posts_dir] if os.path.lexists(config.posts_dir) else []


PLACEHOLDER_CODE = "FM007"


def lint_post(post: Post, rules: Sequence[tuple[Rule, Severity]], lang: str) -> list[Problem]:
    """Run the rules over one parsed post; apply suppressions; messages in `lang`."""
    problems: list[Problem] = []
    for rule, severity in rules:
        if rule.scope == "schedule" or (rule.scope != "file" and not post.ok):
            continue
        for hit in rule.check(post):
            problems.append(Problem(post.display_path, hit.line, hit.column, rule.code, rule.name, hit.effective(severity),
                                    render(rule.messages, hit.key, lang, hit.args), hit.edit))
    placeholder_lines = {problem.line for problem in problems if problem.code == PLACEHOLDER_CODE}
    if placeholder_lines:  # a placeholder explains everything else wrong on its line
        problems = [p for p in problems if p.code == PLACEHOLDER_CODE or p.line not in placeholder_lines]
    if problems and post.ok:
        active = suppressions(post)
        if active:
            problems = [problem for problem in problems
                        if problem.code == "FM008" or not is_suppressed(active, problem.code, problem.name, problem.line)]
    return problems


def lint_file(path: Path, config: Config, rules: Sequence[tuple[Rule, Severity]], lang: str) -> list[Problem]:
    return lint_post(read_post(path, display_path(path), config), rules, lang)


# Files from which workers pay off. Measured on 2 idle cores (whole `check` process): 8 files
# 269 ms serial / 299 ms with workers, 16 files 291 / 284, 25 files 336 / 296, 200 files
# 606 / 519. A few staged posts in a pre-commit hook stay in one process.
PARALLEL_FROM = 32
# `plan` only reads posts (a fifth of linting one): 400 files 319 / 325 ms, 1000 files 521 / 459 ms.
PARALLEL_READ_FROM = 500


def _batches(items: Sequence[Any], workers: int) -> list[list[Any]]:
    """Work for the pool in small batches (16 per worker): whoever finishes early takes the
    next, so the workers end together; each batch costs only a small pickle."""
    size = max(8, len(items) // (workers * 16))
    return [list(items[start:start + size]) for start in range(0, len(items), size)]


def _pool(workers: int) -> Any:
    """Worker processes, forked where the system can (they start with everything imported)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    return ProcessPoolExecutor(workers, mp_context=context)


def lint_paths(paths: Sequence[Path], config: Config, rules: Sequence[tuple[Rule, Severity]], lang: str,
               *, jobs: int | None = None) -> LintReport:
    """Lint every post under `paths` (see discovery). Raises discovery.PathMissing.

    Many files are linted in worker processes (`jobs`: default one per core, 1 = in-process).
    """
    files = find_posts(paths)
    cwd = Path.cwd()
    shown = [display_path(path, cwd) for path in files]
    report = LintReport(files=shown)
    workers = min(jobs or os.cpu_count() or 1, 8)
    if workers > 1 and len(files) >= PARALLEL_FROM:
        # The first post here: what every post needs (imports, patterns compiled on first use, the
        # Markdown parser) is then made once, and forked workers start with it.
        report.problems.extend(lint_post(read_post(files[0], shown[0], config), rules, lang))
        report.problems.extend(_lint_parallel(list(zip(files[1:], shown[1:])), config, rules, lang, workers))
    else:
        for path, name in zip(files, shown):
            report.problems.extend(lint_post(read_post(path, name, config), rules, lang))
    report.problems.sort()
    return report


def _lint_parallel(files: list[tuple[Path, str]], config: Config, rules: Sequence[tuple[Rule, Severity]], lang: str,
                   workers: int) -> list[Problem]:
    # Rules travel as codes (rule objects hold functions); workers look them up in the registry.
    selected = tuple((rule.code, severity) for rule, severity in rules)
    batches = _batches(files, workers)
    with _pool(workers) as pool:
        results = pool.map(_lint_batch, batches, [config] * len(batches), [selected] * len(batches), [lang] * len(batches))
        return [problem for batch in results for problem in batch]


def _lint_batch(files: list[tuple[Path, str]], config: Config, selected: tuple[tuple[str, Severity], ...],
                lang: str) -> list[Problem]:
    from smmlint.rules import REGISTRY

    by_code = {rule.code: rule for rule in REGISTRY}
    rules = [(by_code[code], severity) for code, severity in selected]
    return [problem for path, shown in files for problem in lint_post(read_post(path, shown, config), rules, lang)]


@dataclass
class PlanReport(LintReport):
    """The schedule's findings (RHY) plus the schedule itself, for the week view."""

    schedule: "Schedule | None" = None


def schedule_problems(schedule: "Schedule", rules: Sequence[tuple[Rule, Severity]], lang: str) -> list[Problem]:
    """Run the schedule rules; a post's suppressions (`smmlint.disable`) apply to its findings."""
    problems: list[Problem] = []
    active: dict[int, list] = {}
    for rule, severity in rules:
        if rule.scope != "schedule":
            continue
        for post, hit in rule.check(schedule):
            if id(post) not in active:
                active[id(post)] = suppressions(post)
            if is_suppressed(active[id(post)], rule.code, rule.name, hit.line):
                continue
            problems.append(Problem(post.display_path, hit.line, hit.column, rule.code, rule.name, severity,
                                    render(rule.messages, hit.key, lang, hit.args), hit.edit))
    problems.sort()
    return problems


def plan(paths: Sequence[Path], config: Config, rules: Sequence[tuple[Rule, Severity]], lang: str,
         now: "datetime | None" = None) -> PlanReport:
    """Read every post under `paths`, build the schedule and check its rhythm (RHY rules).

    `now` is the clock RHY009 compares with (default: the current time); pass a fixed time for
    reproducible results. Raises discovery.PathMissing.
    """
    from datetime import UTC, datetime

    from smmlint.planner.schedule import build_schedule

    posts = read_posts(find_posts(paths), config)
    schedule = build_schedule(posts, config, now or datetime.now(UTC))
    return PlanReport(schedule_problems(schedule, rules, lang), [post.display_path for post in posts], schedule)


def read_posts(files: Sequence[Path], config: Config, *, jobs: int | None = None) -> list[Post]:
    """Parse `files` into posts, in order; many files (PARALLEL_READ_FROM) are parsed in worker
    processes and come back as parsed `Post`s."""
    workers = min(jobs or os.cpu_count() or 1, 8)
    if workers < 2 or len(files) < PARALLEL_READ_FROM:
        return _read_batch(list(files), config)
    batches = _batches(files, workers)
    with _pool(workers) as pool:
        return [post for batch in pool.map(_read_batch, batches, [config] * len(batches)) for post in batch]


def _read_batch(files: list[Path], config: Config) -> list[Post]:
    cwd = Path.cwd()
    posts = [read_post(path, display_path(path, cwd), config) for path in files]
    for post in posts:
        post.publish_at  # noqa: B018 - parse the time here, in the worker (a cached property)
    return posts


def fix_paths(paths: Sequence[Path], config: Config, rules: Sequence[tuple[Rule, Severity]],
              lang: str) -> tuple[LintReport, list]:
    """`check --fix`: apply the safe fixes the findings carry (see smmlint.fix), file by file.

    Returns the findings that remain after fixing, and a `smmlint.fix.FileFix` per file
    (what was changed).
    Raises discovery.PathMissing.
    """
    from smmlint.fix import fix_file

    files = find_posts(paths)
    report = LintReport(files=[display_path(path) for path in files])
    fixes = []
    for path in files:
        shown = display_path(path)
        fixed = fix_file(path, shown, lambda path=path, shown=shown: lint_post(read_post(path, shown, config), rules, lang))
        report.problems.extend(fixed.problems)
        fixes.append(fixed)
    report.problems.sort()
    return report, fixes


def build_calendar(paths: Sequence[Path], config: Config, rules: Sequence[tuple[Rule, Severity]], *, lang: str,
                   include_drafts: bool = False, alarms: bool = True, jobs: int | None = None) -> "CalendarBuild":
    """Read every post under `paths` and make its calendar entry (see planner.feeds): the input
    of `feeds.feed_files`. `rules` give each entry's lint status; `lang` is the feed's language;
    `alarms`: also render the owner feeds' events (with the reminder). Many files are handled in
    worker processes, as in `lint_paths`. Raises discovery.PathMissing.
    """
    from smmlint.gitinfo import is_shallow
    from smmlint.planner.feeds import CalendarBuild, Entry, Skipped
    from smmlint.planner.stamps import post_stamps

    files = find_posts(paths)
    stamps = post_stamps(config.root, files)
    selected = tuple((rule.code, severity) for rule, severity in rules)
    workers = min(jobs or os.cpu_count() or 1, 8)
    build = CalendarBuild(posts=len(files), shallow=bool(files) and is_shallow(config.root))
    if workers > 1 and len(files) >= PARALLEL_FROM:
        batches = _batches(files, workers)
        with _pool(workers) as pool:
            results = list(pool.map(_calendar_batch, batches, [config] * len(batches), [selected] * len(batches),
                                    [{path: stamps[path] for path in batch} for batch in batches],
                                    [(lang, include_drafts, alarms)] * len(batches)))
    else:
        results = [_calendar_batch(files, config, selected, stamps, (lang, include_drafts, alarms))]
    for items, rendered in results:
        build.entries.extend(item for item in items if isinstance(item, Entry))
        build.skipped.extend(item for item in items if isinstance(item, Skipped))
        build.rendered.update(rendered)
    return build


def _calendar_batch(files: list[Path], config: Config, selected: tuple[tuple[str, Severity], ...], stamps: dict,
                    options: tuple[str, bool, bool]) -> tuple[list, dict]:
    """Read, lint and render the calendar entries of some posts (in a worker process)."""
    from smmlint.planner.feeds import Entry, post_entry
    from smmlint.planner.ical import render_events
    from smmlint.rules import REGISTRY

    lang, include_drafts, alarms = options
    by_code = {rule.code: rule for rule in REGISTRY}
    rules = [(by_code[code], severity) for code, severity in selected]

    def lint(post: Post) -> tuple[int, int]:
        severities = [problem.severity for problem in lint_post(post, rules, "en")]
        return severities.count(Severity.ERROR), severities.count(Severity.WARNING)

    items = [post_entry(read_post(path, display_path(path), config), stamps[path], lint, lang, include_drafts=include_drafts)
             for path in files]
    events = [item.event for item in items if isinstance(item, Entry)]
    if alarms:
        events += [item.owner_event for item in items if isinstance(item, Entry) and item.owner]
    return items, render_events(events)
