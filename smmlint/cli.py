"""The command line: click only. Parse options, call the library, pick a formatter, exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Callable, NoReturn, Sequence

import click

from smmlint import __version__
from smmlint.messages import TOOL, render, resolve_language

EXIT_CLEAN, EXIT_FINDINGS, EXIT_TOOL = 0, 1, 2


class ToolError(click.ClickException):
    """A one-line error on stderr and exit 2 (bad config, missing path, unknown rule)."""

    exit_code = EXIT_TOOL

    def show(self, file: Any = None) -> None:
        click.echo(f"smmlint: {self.message}", err=True)


def fail(lang: str, key: str, **args: Any) -> NoReturn:
    raise ToolError(render(TOOL, key, lang, args))


def common_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by check, plan and calendar (cli.md)."""
    options = [
        click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path),
                     help="Use this config file instead of searching for smmlint.yaml upward."),
        click.option("--select", multiple=True, metavar="CODES", help="Only these rules: codes, prefixes (A11Y, UTM00) or names; comma-separated."),
        click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules: codes, prefixes or names; comma-separated."),
        click.option("--strict", is_flag=True, help="Warnings fail too (exit 1)."),
        click.option("--quiet", "-q", is_flag=True, help="Print findings only: no summary."),
        click.option("--no-color", is_flag=True, help="No colours (also off when NO_COLOR is set or output is not a terminal)."),
        click.option("--lang", type=click.Choice(["en", "de"]), help="Language of messages (default: config `messages:`, else your locale)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def format_option(command: Callable[..., Any]) -> Callable[..., Any]:
    from smmlint.formatters import FORMATS

    return click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
                        help="Output format.")(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="smmlint")
def main() -> None:
    """smmlint: a pre-publish linter and content planner for social-media posts.

    Posts are Markdown files with YAML front matter. Start with `smmlint check`.

    \b
    Examples:
      smmlint check                      # lint every post under posts/
      smmlint check posts/2027/01/x.md   # one post (what the pre-commit hook runs)
      smmlint explain UTM001             # why a rule exists, bad and good examples
    """


def load_settings(config_file: Path | None, lang_option: str | None) -> tuple[Any, str]:
    """The config and the message language; a bad config is exit 2 with file, line and reason."""
    from smmlint.config import ConfigError, load_config

    try:
        config = load_config(config_file)
    except ConfigError as error:
        lang = resolve_language(lang_option)
        args = {"key": error.field, **error.args_}
        args["hint_text"] = render(TOOL, "hint", lang, args) if args.get("hint") else ""
        reason = render(TOOL, f"config.{error.message_key}", lang, args)
        from smmlint.api import display_path

        key = "config-error" if error.line else "config-unreadable"
        fail(lang, key, path=display_path(error.path) if error.path else "", line=error.line, reason=reason)
    return config, resolve_language(lang_option, config["messages"])


def active_rules(rules: Sequence[Any], config: Any, select: Sequence[str], ignore: Sequence[str], lang: str) -> list:
    from smmlint.selection import Selection, UnknownRule, split_codes

    try:  # the common case: every selector names one of `rules`
        return Selection(split_codes(select), split_codes(ignore), config["rules"]).active(rules)
    except UnknownRule:
        pass
    # a selector may name another command's rule (RHY in `smmlint check`, FM in `smmlint plan`):
    # judge the selectors against every rule, then keep the rules of this command
    from smmlint.rules import all_rules

    wanted = {rule.code for rule in rules}
    rules = all_rules()
    try:
        Selection((), (), config["rules"]).active(rules)
    except UnknownRule as error:
        hint_text = render(TOOL, "hint", lang, {"hint": error.hint}) if error.hint else ""
        reason = render(TOOL, "config.unknown-rule", lang, {"key": error.selector, "hint_text": hint_text})
        from smmlint.api import display_path

        fail(lang, "config-error", path=display_path(config.path) if config.path else "", line=config.line_of(f"rules.{error.selector}") or 1, reason=reason)
    try:
        chosen = Selection(split_codes(select), split_codes(ignore), config["rules"]).active(rules)
    except UnknownRule as error:
        if error.hint:
            fail(lang, "unknown-rule-hint", code=error.selector, hint=error.hint)
        fail(lang, "unknown-rule", code=error.selector)
    return [(rule, severity) for rule, severity in chosen if rule.code in wanted]


def use_color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()


def exit_code(report: Any, strict: bool) -> int:
    from smmlint.problem import Severity

    worst = report.worst
    if worst is None:
        return EXIT_CLEAN
    return EXIT_FINDINGS if worst >= (Severity.WARNING if strict else Severity.ERROR) else EXIT_CLEAN


def emit(report: Any, output_format: str, lang: str, color: bool, quiet: bool, rules: Sequence[Any]) -> None:
    from smmlint.formatters import Context, renderer

    text = renderer(output_format)(report, Context(lang, color, quiet, [rule for rule, _ in rules]))
    click.echo(text, nl=False)


def narrow_targets(targets: list[Path], config: Any, lang: str, posts_only: bool, ref: str | None) -> list[Path]:
    """--posts-only and --changed-since (see pathfilter); a git problem is exit 2 with one line."""
    from smmlint import pathfilter
    from smmlint.gitinfo import GitError

    if posts_only:
        targets = pathfilter.posts_only(targets, config)
    if ref:
        try:
            targets = pathfilter.changed_posts(targets, config, ref)
        except GitError as error:
            raise ToolError(error.de if lang == "de" else str(error)) from None
    return targets


def fix_and_tell(targets: list[Path], config: Any, rules: Sequence[Any], lang: str, output_format: str) -> Any:
    """check --fix: apply safe fixes, say what changed (stderr for machine formats), return what remains."""
    from smmlint.api import fix_paths
    from smmlint.fix import MESSAGES, describe

    try:
        report, fixes = fix_paths(targets, config, rules, lang)
    except OSError as error:  # e.g. a read-only file: one line, exit 2
        raise ToolError(render(MESSAGES, "write-failed", lang, {"path": error.filename or "", "reason": error.strerror or str(error)})) from None
    for line in describe(fixes, lang):
        click.echo(line, err=output_format != "text")
    return report


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@common_options
@format_option
@click.option("--changed-since", metavar="REF",
              help="Only posts git reports changed since REF (as in `git diff REF...HEAD`, plus uncommitted work), e.g. origin/main in a pull request.")
@click.option("--posts-only", is_flag=True,
              help="Skip given files that are not posts (outside the config's `posts` folder), as the pre-commit hook does.")
@click.option("--fix", is_flag=True,
              help="Apply safe fixes in place (UTM parameters, fancy Unicode letters), print what changed, report what remains.")
def check(paths: tuple[Path, ...], config_file: Path | None, select: tuple[str, ...], ignore: tuple[str, ...],
          strict: bool, quiet: bool, no_color: bool, lang: str | None, output_format: str,
          changed_since: str | None = None, posts_only: bool = False, fix: bool = False) -> None:
    """Lint posts against the pre-publish checklist.

    PATHS are post files or folders (searched for *.md); default: the config's `posts` folder.
    Exit code: 0 clean, 1 error findings (warnings too with --strict), 2 usage or config error.

    \b
    Examples:
      smmlint check
      smmlint check posts/2027/01/2027-01-11-mythos.md --lang de
      smmlint check --select UTM,CTA001 --format json
    """
    from smmlint.api import default_paths, lint_paths
    from smmlint.discovery import PathMissing
    from smmlint.rules import REGISTRY

    config, lang = load_settings(config_file, lang)
    rules = active_rules(REGISTRY, config, select, ignore, lang)
    targets = list(paths) or default_paths(config)
    try:
        if posts_only or changed_since:
            targets = narrow_targets(targets, config, lang, posts_only, changed_since)
        report = fix_and_tell(targets, config, rules, lang, output_format) if fix else lint_paths(targets, config, rules, lang)
    except PathMissing as error:
        fail(lang, "path-missing", path=error.path)
    if not report.files and changed_since:
        click.echo(render(TOOL, "no-changed-posts", lang, {"ref": changed_since}), err=True)
    elif not report.files:
        click.echo(render(TOOL, "no-posts", lang, {"paths": ", ".join(str(p) for p in paths) or config["posts"]}), err=True)
    emit(report, output_format, lang, use_color(no_color), quiet, rules)
    sys.exit(exit_code(report, strict))


@main.command(name="rules")
@click.option("--lang", type=click.Choice(["en", "de"]), help="Language of the one-line descriptions.")
def list_rules(lang: str | None) -> None:
    """List every rule: code, name, default severity, what it checks.

    \b
    Example:
      smmlint rules --lang de
    """
    from smmlint.rules import all_rules

    lang = resolve_language(lang)
    rules = all_rules()
    width = max(len(rule.name) for rule in rules)
    for rule in rules:
        click.echo(f"{rule.code:<8} {rule.name:<{width}}  {rule.severity.label:<7}  {render(rule.messages, 'summary', lang)}")


@main.command()
@click.argument("rule_id", metavar="CODE|NAME")
def explain(rule_id: str) -> None:
    """Explain a rule: why it exists, a bad and a good example, its options.

    \b
    Examples:
      smmlint explain UTM001
      smmlint explain next-step-missing
    """
    from smmlint.rules import all_rules
    from smmlint.schema import suggest

    rules = all_rules()
    found = next((rule for rule in rules if rule_id.upper() == rule.code or rule_id in (rule.name, *rule.aliases)), None)
    if found is None:
        lang = resolve_language(None)
        hint = suggest(rule_id, [rule.code for rule in rules] + [rule.name for rule in rules])
        if hint:
            fail(lang, "unknown-rule-hint", code=rule_id, hint=hint)
        fail(lang, "unknown-rule", code=rule_id)
    doc = found.doc
    indent = lambda text: "\n".join("    " + line if line else "" for line in text.rstrip().splitlines())  # noqa: E731
    click.echo(f"{found.code} {found.name} (default: {found.severity.label})\n\n{found.summary}\n")
    click.echo(f"Why:\n{indent(doc.why)}\n\nBad:\n{indent(doc.bad)}\n\nGood:\n{indent(doc.good)}")
    if doc.options:
        click.echo(f"\nOptions:\n{indent(doc.options)}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@common_options
@format_option
def plan(paths: tuple[Path, ...], config_file: Path | None, select: tuple[str, ...], ignore: tuple[str, ...],
         strict: bool, quiet: bool, no_color: bool, lang: str | None, output_format: str) -> None:
    """Check the posting schedule (rhythm rules RHY) and show it week by week.

    Reads every post under PATHS (default: the config's `posts` folder); drafts and cancelled
    posts are not in the schedule. Prints the findings, then (text format, without --quiet)
    the week view: per channel each slot with day, time, format and load. RHY009 compares
    with the current time. Exit code: 0 clean, 1 error findings (warnings too with --strict), 2
    usage or config error.

    \b
    Examples:
      smmlint plan
      smmlint plan --lang de --ignore RHY007
      smmlint plan --format json
    """
    from smmlint.api import default_paths, plan as build_plan
    from smmlint.discovery import PathMissing
    from smmlint.rules import schedule_rules

    config, lang = load_settings(config_file, lang)
    rules = active_rules(schedule_rules(), config, select, ignore, lang)
    try:
        report = build_plan(list(paths) or default_paths(config), config, rules, lang)
    except PathMissing as error:
        fail(lang, "path-missing", path=error.path)
    if not report.files:
        click.echo(render(TOOL, "no-posts", lang, {"paths": ", ".join(str(p) for p in paths) or config["posts"]}), err=True)
    color = use_color(no_color)
    emit(report, output_format, lang, color, quiet, rules)
    if output_format == "text" and not quiet and report.schedule.slots:
        from smmlint.planner.overview import render_overview

        click.echo("\n" + render_overview(report.schedule, lang, report.problems, color), nl=False)
    sys.exit(exit_code(report, strict))


@main.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files that exist already (smmlint.yaml, .pre-commit-config.yaml, the CI workflow).")
@click.option("--hooks-repo", metavar="URL", help="Repository of the pre-commit hooks: default https://github.com/smmlint/smmlint; a fork, mirror or local path.")
@click.option("--hooks-rev", metavar="REV", help="Tag or commit of the hooks (default: v + smmlint's version).")
@click.option("--ci", type=click.Choice(["github", "gitlab", "none"]), default="github", show_default=True,
              help="CI workflow to write: .github/workflows/smmlint.yml or .gitlab-ci.yml.")
@click.option("--lang", type=click.Choice(["en", "de"]), help="Language of the comments in the files and of the messages (default: your locale).")
def init(directory: Path | None, force: bool, hooks_repo: str | None, hooks_rev: str | None, ci: str, lang: str | None) -> None:
    """Set up a content repository: smmlint.yaml, posts/, pre-commit hooks and a CI workflow.

    DIRECTORY defaults to the current folder. A file that exists already is kept (and named
    in the output) unless --force; `smmlint check` passes right after.

    \b
    Examples:
      smmlint init
      smmlint init --lang de --ci gitlab
      smmlint init --hooks-repo https://git.example.com/tools/smmlint --hooks-rev v0.1.0
    """
    from smmlint.scaffold import DEFAULT_HOOKS_REPO, MESSAGES, ScaffoldError, init_repo

    lang = resolve_language(lang)
    root = directory or Path(".")
    try:
        steps = init_repo(root, lang, force=force, hooks_repo=hooks_repo or DEFAULT_HOOKS_REPO, hooks_rev=hooks_rev, ci=ci)
    except ScaffoldError as error:
        raise ToolError(render(MESSAGES, error.key, lang, error.args_)) from None
    except OSError as error:
        fail(lang, "unreadable", path=error.filename or root, reason=error.strerror or str(error))
    for step in steps:
        click.echo(render(MESSAGES, step.action, lang, {"path": step.path if directory is None else (directory / step.path).as_posix()}))
    click.echo(render(MESSAGES, "init-next", lang))


@main.command()
@click.argument("template", required=False)
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--list", "list_only", is_flag=True, help="List the templates, one line each.")
@click.option("--channel", metavar="NAME", help="Channel of the post (default: the template's, see --list).")
@click.option("--owner", metavar="ID", help="SLA owner from the team roster (default: the only member, else a placeholder).")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Publish date (at 10:00). Default: the date the file name starts with, else the next day the owner works.")
@click.option("--lang", type=click.Choice(["en", "de"]), help="Language of the template and the messages (default: the config's `language`).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of searching for smmlint.yaml upward.")
def new(template: str | None, path: Path | None, list_only: bool, channel: str | None, owner: str | None,
        day: Any, lang: str | None, config_file: Path | None) -> None:
    """Start a post from a template that puts the next step first.

    Writes PATH (never overwrites) with front matter for the channel, a publish time, the SLA
    owner and a body skeleton. Every <…> is a placeholder: `smmlint check` reports each one
    (FM007) until it is filled, and nothing else.

    \b
    Examples:
      smmlint new --list
      smmlint new myth-fact posts/2027-01-11-mythos.md
      smmlint new how-it-works posts/2027-01-18-zwei-faktor.md --channel instagram --owner anna
    """
    from smmlint.scaffold import MESSAGES, TEMPLATES, ScaffoldError, new_post, template_language, write_new

    config, message_lang = load_settings(config_file, lang)
    if list_only:
        width = max(len(name) for name in TEMPLATES)
        for info in TEMPLATES.values():
            click.echo(f"{info.name:<{width}}  {info.channel:<9}  {info.summary[message_lang]}")
        return
    if not template or path is None:
        raise ToolError(render(MESSAGES, "missing-arguments", message_lang))
    try:
        post = new_post(template, path, config, lang=template_language(lang, config), channel=channel, owner=owner,
                        day=day.date() if day else None)
        write_new(post)
    except ScaffoldError as error:
        raise ToolError(render(MESSAGES, error.key, message_lang, error.args_)) from None
    except OSError as error:
        fail(message_lang, "unreadable", path=error.filename or path, reason=error.strerror or str(error))
    click.echo(render(MESSAGES, "new-written", message_lang, {
        "path": path.as_posix(), "template": template, "lang": post.lang, "channel": post.channel,
        "publish_at": post.publish_at.strftime("%Y-%m-%d %H:%M")}))
    if not path.resolve().is_relative_to(config.posts_dir.resolve()):
        click.echo(render(MESSAGES, "outside-posts", message_lang, {"path": path.as_posix(), "posts": config["posts"]}), err=True)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", metavar="OUT",
              help="A file (one feed with every post) or a folder (existing, or ending in /): all.ics, "
                   "channel-<channel>.ics and owner-<id>.ics.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 and name the files when the feeds on disk are stale.")
@click.option("--include-drafts", is_flag=True, help="Also drafts that have a publish_at (as tentative events).")
@click.option("--exit-non-zero-on-change", is_flag=True,
              help="Exit 1 when a feed was written or removed, like a pre-commit fixer (the smmlint-calendar hook).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of searching for smmlint.yaml upward.")
@click.option("--lang", type=click.Choice(["en", "de"]),
              help="Language of the feed texts and messages (default: the config's `messages:`, else its `language`).")
@click.option("--quiet", "-q", is_flag=True, help="Print problems only.")
def calendar(paths: tuple[Path, ...], out: str | None, check: bool, include_drafts: bool, config_file: Path | None,
             lang: str | None, quiet: bool, exit_non_zero_on_change: bool = False) -> None:
    """Write the iCalendar feeds of the posting plan (subscribe in Google, Outlook, Apple, Thunderbird).

    Reads every post under PATHS (default: the config's `posts` folder). Drafts are left out
    unless --include-drafts; cancelled posts are left out. The same posts always give the same
    bytes: DTSTAMP and SEQUENCE come from git history (see docs/calendar.md).

    An OUT folder belongs to smmlint: it writes all.ics, channel-<channel>.ics per channel and
    owner-<id>.ics per SLA owner (with a reminder 1 h before), and deletes channel-*.ics and
    owner-*.ics that no post needs any more. Other files in it are left alone.

    Exit code: 0 written or up to date, 1 stale with --check (or two posts share an id), 2 usage
    or config error.

    \b
    Examples:
      smmlint calendar -o calendar/
      smmlint calendar --check -o calendar/     # in a pre-commit hook or CI
      smmlint calendar posts/2027 -o plan.ics --include-drafts
    """
    from smmlint.api import build_calendar, default_paths, display_path
    from smmlint.discovery import PathMissing
    from smmlint.planner import feeds
    from smmlint.rules import REGISTRY

    config, message_lang = load_settings(config_file, lang)

    def say(key: str, err: bool = False, **args: Any) -> None:
        click.echo(render(feeds.MESSAGES, key, message_lang, args), err=err)

    if not out:
        raise ToolError(render(feeds.MESSAGES, "missing-out", message_lang))
    folder = feeds.is_folder(out)
    target = Path(out)
    if folder and target.exists() and not target.is_dir():
        raise ToolError(render(feeds.MESSAGES, "out-is-file", message_lang, {"path": out}))
    rules = active_rules(REGISTRY, config, (), (), message_lang)
    try:
        build = build_calendar(list(paths) or default_paths(config), config, rules, lang=feeds.feed_language(config, lang),
                               include_drafts=include_drafts, alarms=folder)
    except PathMissing as error:
        fail(message_lang, "path-missing", path=error.path)
    if build.shallow:
        say("shallow", err=True)
    if not quiet:
        for skipped in build.skipped:
            if skipped.reason in ("unplaced", "draft-untimed"):
                say("not-placed" if skipped.reason == "unplaced" else "draft-untimed", err=True, path=skipped.path)
    if not build.posts:
        click.echo(render(TOOL, "no-posts", message_lang, {"paths": ", ".join(str(p) for p in paths) or config["posts"]}), err=True)
        if not feeds.existing_feeds(target, folder):
            sys.exit(EXIT_CLEAN)
    try:
        files = feeds.feed_files(build, config, feeds.feed_language(config, lang), folder=folder)
    except feeds.DuplicateUid as error:
        say("duplicate-uid", err=True, paths=", ".join(error.paths), id=error.uid.removesuffix(feeds.UID_DOMAIN), uid=error.uid)
        sys.exit(EXIT_FINDINGS)
    changed, stale = feeds.compare_output(target, folder, files)
    if check:
        for path in changed:
            say("stale", path=display_path(path), out=out)
        for path in stale:
            say("stale-extra", path=display_path(path), out=out)
        if changed or stale:
            sys.exit(EXIT_FINDINGS)
    else:
        try:
            feeds.write_output(target, folder, files, changed, stale)
        except OSError as error:
            raise ToolError(render(feeds.MESSAGES, "cannot-write", message_lang,
                                   {"path": error.filename or out, "reason": error.strerror or str(error)})) from None
        if not quiet:
            written = feeds.output_paths(target, folder, files)
            for path in changed:
                say("wrote", path=display_path(path), events=feeds.event_count(written[path]))
            for path in stale:
                say("removed", path=display_path(path))
    if not quiet and not changed and not stale:
        say("up-to-date", path=out, files=len(files), events=len(build.entries))
    waiting: list[Path] = []
    if exit_non_zero_on_change:  # a new feed file is a change pre-commit does not see: say so and fail
        from smmlint.gitdiff import untracked

        waiting = untracked(feeds.output_paths(target, folder, files))
        for path in waiting:
            click.echo(render(TOOL, "feed-untracked", message_lang, {"path": display_path(path)}), err=True)
    sys.exit(EXIT_FINDINGS if exit_non_zero_on_change and (changed or stale or waiting) else EXIT_CLEAN)
