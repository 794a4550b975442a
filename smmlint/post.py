"""A post, parsed once: front matter (data + key positions) and body (text lines, links, tags).

Lines and columns are 1-based and count the file as the editor sees it: a BOM and CRLF
line ends change nothing. Rules read a `Post`; they never open files.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from smmlint import yamlload
from smmlint.config import Config
from smmlint.schema import SchemaIssue, nearest_position

FENCE = "---"
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HOUR = re.compile(r"([T ])(\d):")
HASHTAG = re.compile(r"(?<![\w#&/])#(\w[\w-]*\w|\w)")
MENTION = re.compile(r"(?<![\w@/])@(\w[\w.]*\w|\w)(@[\w-]+(?:\.[\w-]+)+)?")
# Every emoji the `emoji` library knows holds one of these code points (tests/test_properties.py
# checks its whole table); German quotes and dashes do not, so most lines skip the library.
EMOJI_HINT = re.compile("[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf"
                        "\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\ufe0f\u20e3\U0001f000-\U0001faff]")


class FileProblem(NamedTuple):
    """Why a file could not become a post (FM001 missing/empty/unreadable, FM002 syntax, FM003 shape)."""

    code: str
    kind: str
    line: int = 1
    column: int = 1
    args: Mapping[str, Any] | None = None


class TextLine(NamedTuple):
    """Visible text of one body line (Markdown syntax removed) and the line as written."""

    line: int
    text: str
    source: str


class Link(NamedTuple):
    url: str
    line: int
    column: int
    raw: str | None  # the URL exactly as written on that line (None when it could not be located)


class Token(NamedTuple):
    """A hashtag, mention or emoji: its text (without # or @ for tags) and place."""

    text: str
    line: int
    column: int


class Post:
    """One post file. Build it with `read_post`."""

    def __init__(self, path: Path, display_path: str, config: Config, text: str | None = None,
                 problem: FileProblem | None = None) -> None:
        self.path = path
        self.display_path = display_path
        self.config = config
        self.text = text or ""
        self.file_problem = problem
        self.front: dict[str, Any] = {}
        self.positions: dict[str, tuple[int, int]] = {}
        self.schema_issues: list[SchemaIssue] = []
        self.body_start = 1  # line number of the first body line
        self.front_end = 0  # line number of the closing fence
        self.memo: dict[str, Any] = {}  # derived views shared by rules (folded text, …), per post
        if problem is None:
            self._split_and_load()

    # ---- front matter -------------------------------------------------------------------
    def _split_and_load(self) -> None:
        lines = self.text.split("\n")
        if not self.text.strip():
            self.file_problem = FileProblem("FM001", "empty")
            return
        if lines[0].rstrip() != FENCE:
            self.file_problem = FileProblem("FM001", "missing")
            return
        close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in (FENCE, "...")), None)
        if close is None:
            self.file_problem = FileProblem("FM002", "unclosed")
            return
        self.front_end = close + 1
        self.body_start = close + 2
        try:
            document = yamlload.load("\n".join(lines[1:close]))
        except yamlload.YamlProblem as problem:
            self.file_problem = FileProblem("FM002", problem.kind, problem.line + 1, problem.column, problem.args_)
            return
        data = {} if document.data is None else document.data
        if not isinstance(data, dict):
            self.file_problem = FileProblem("FM003", "not-mapping", 2, 1, {"found": type(data).__name__})
            return
        self.positions = {path: (line + 1, column) for path, (line, column) in document.positions.items()}
        self.front = data
        self._validate()

    def _validate(self) -> None:
        from smmlint.compiled import post_schema

        try:
            post_schema.validate(self.front)
            return
        except post_schema.JsonSchemaValueException:
            pass
        from smmlint.schema import detailed_issues

        self.schema_issues = detailed_issues(post_schema.SCHEMA, self.front)
        for issue in self.schema_issues:  # rules see only values of the right shape
            if issue.kind != "required":
                _prune(self.front, issue.path)

    @property
    def ok(self) -> bool:
        """True when the front matter is a readable mapping (rules beyond FM001-FM003 may run)."""
        return self.file_problem is None

    def position(self, key_path: str) -> tuple[int, int]:
        """(line, column) of a front-matter key path like `media[1].alt`; its parent's, else line 1."""
        return nearest_position(self.positions, key_path) or (1, 1)

    def line_of(self, key_path: str) -> int:
        return self.position(key_path)[0]

    def get(self, key_path: str, default: Any = None) -> Any:
        """Front-matter value at `a.b` (dotted; no indexes), or default."""
        value: Any = self.front
        for part in key_path.split("."):
            if not isinstance(value, dict) or part not in value:
                return default
            value = value[part]
        return value

    # ---- convenient fields --------------------------------------------------------------
    @cached_property
    def id(self) -> str:
        explicit = self.front.get("id")
        if explicit:
            return str(explicit)
        try:
            relative = self.path.resolve().relative_to(self.config.root)
        except ValueError:
            relative = Path(self.path.name)
        return relative.with_suffix("").as_posix()

    @property
    def channel(self) -> str | None:
        return self.front.get("channel")

    @property
    def format(self) -> str | None:
        return self.front.get("format")

    @property
    def status(self) -> str:
        return self.front.get("status", "review")

    @property
    def language(self) -> str:
        return str(self.front.get("language") or self.config["language"]).split("-")[0].lower()

    @property
    def load(self) -> str | None:
        return self.front.get("load") or self.config.format_loads.get(self.format or "")

    @cached_property
    def publish_at(self) -> datetime | None:
        """Aware datetime; naive input is in the config's timezone. None when absent or invalid."""
        return parse_publish_at(self.front.get("publish_at"), self.config.tz)

    # ---- body ---------------------------------------------------------------------------
    @cached_property
    def body(self) -> str:
        """The body exactly as written (after the closing fence), LF line ends."""
        return "\n".join(self.text.split("\n")[self.body_start - 1:]) if self.ok else ""

    @cached_property
    def source_lines(self) -> list[str]:
        """All lines of the file; `source_lines[n - 1]` is line n."""
        return self.text.split("\n")

    @cached_property
    def _parsed(self) -> tuple[list[TextLine], list[Link]]:
        return _parse_body(self.body, self.body_start, self.source_lines)

    @property
    def lines(self) -> list[TextLine]:
        """Visible text per body line (paragraphs, headings, list items; not HTML comments)."""
        return self._parsed[0]

    @property
    def links(self) -> list[Link]:
        """Markdown links and bare URLs (linkify) in the body, in order."""
        return self._parsed[1]

    @cached_property
    def plain_text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @cached_property
    def hashtags(self) -> list[Token]:
        return _tokens(HASHTAG, self.lines, prefix="#")

    @cached_property
    def mentions(self) -> list[Token]:
        return _tokens(MENTION, self.lines, prefix="@")

    @cached_property
    def emoji(self) -> list[Token]:
        """Emoji (ZWJ sequences count once), found with the `emoji` library."""
        found: list[Token] = []
        for line in self.lines:
            if not EMOJI_HINT.search(line.text):
                continue  # no candidate: spare the emoji library's import and search
            import emoji

            for match in emoji.emoji_list(line.text):
                found.append(Token(match["emoji"], line.line, _column(line.source, match["emoji"], match["match_start"])))
        return found


_EARLIEST, _LATEST = datetime(1, 1, 3), datetime(9999, 12, 29)


def parse_publish_at(value: Any, tz: Any) -> datetime | None:
    if not isinstance(value, str) or _DATE_ONLY.match(value.strip()):
        return None
    text = _HOUR.sub(r"\g<1>0\2:", value.strip().replace("Z", "+00:00"))
    text = re.sub(r"\s+([+-]\d{2})", r"\1", text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if not _EARLIEST <= moment.replace(tzinfo=None) <= _LATEST:
        return None  # at the ends of the calendar no zone can be applied (years 1 and 9999)
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment


def _prune(data: Any, path: tuple[str | int, ...]) -> None:
    """Remove the value at `path` (a rule must not see a value of the wrong shape)."""
    for part in path[:-1]:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return
    if path and isinstance(data, dict):
        data.pop(path[-1], None)
    elif path and isinstance(data, list) and isinstance(path[-1], int) and path[-1] < len(data):
        data[path[-1]] = None


def _column(source: str, needle: str, fallback: int = 0) -> int:
    index = source.find(needle)
    return (index if index >= 0 else fallback) + 1


def _tokens(pattern: re.Pattern[str], lines: list[TextLine], prefix: str) -> list[Token]:
    found = []
    for line in lines:
        if prefix not in line.text:
            continue
        for match in pattern.finditer(line.text):
            found.append(Token(match.group(0)[len(prefix):], line.line, _column(line.source, match.group(0), match.start())))
    return found


# Every link linkify-it can find holds `//` (a scheme), `mailto:` or a dot before a letter or
# digit (host.tld, also in e-mail addresses): text without any of these holds no bare link.
_LINK_HINT = re.compile(r"//|\.\w|mailto:", re.IGNORECASE)


def _build_markdown() -> Any:
    from linkify_it import LinkifyIt
    from markdown_it import MarkdownIt

    class QuickLinkify(LinkifyIt):  # type: ignore[misc]
        """linkify-it's answers, with a cheap question first: its own patterns are large
        (slow to compile, ~25 ms per process, and to search), and most text has no link."""

        def pretest(self, text: str) -> bool:
            return _LINK_HINT.search(text) is not None and super().pretest(text)

        def test(self, text: str) -> bool:
            return _LINK_HINT.search(text) is not None and super().test(text)

    parser = MarkdownIt("commonmark", {"linkify": True}).enable(["linkify", "strikethrough"])
    parser.linkify = QuickLinkify()
    return parser


@cache
def _markdown() -> Any:
    """One parser per process (building it costs more than parsing a post); used read-only."""
    return _build_markdown()


@cache
def _markdown_safe() -> Any:
    """The parser without the inline linkify rule (the core rule still finds bare links)."""
    parser = _build_markdown()
    parser.inline.ruler.disable("linkify")
    return parser


def _tokens_of(body: str) -> list[Any]:
    try:
        return _markdown().parse(body)
    except RuntimeError:  # markdown-it-py 4's inline linkify can stall on text like `x92Z[http://p://`
        return _markdown_safe().parse(body)


def _parse_body(body: str, first_line: int, source_lines: list[str]) -> tuple[list[TextLine], list[Link]]:
    texts: dict[int, list[str]] = {}
    links: list[Link] = []
    search_from: dict[int, int] = {}
    # A lone CR is a line break to markdown-it but not to us: mask it so line numbers agree.
    for block in _tokens_of(body.replace("\r", " ")):
        if block.type != "inline" or not block.map:
            continue
        line = first_line + block.map[0]
        for child in block.children or ():
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type in ("text", "code_inline"):
                texts.setdefault(line, []).append(child.content)
            elif child.type == "link_open":
                href = str(child.attrs.get("href", ""))
                source = source_lines[line - 1] if line - 1 < len(source_lines) else ""
                raw, column = _locate(href, source, search_from.get(line, 0))
                if raw is not None:
                    search_from[line] = column - 1 + len(raw)
                links.append(Link(href, line, column, raw))
    lines = [TextLine(number, "".join(parts), source_lines[number - 1] if number - 1 < len(source_lines) else "")
             for number, parts in sorted(texts.items())]
    return lines, links


def _locate(href: str, source: str, start: int) -> tuple[str | None, int]:
    """Find the URL as written (markdown-it normalises hrefs: percent-encoding, added scheme)."""
    from urllib.parse import unquote

    bare = href[len("http://"):] if href.startswith("http://") else None  # linkify added the scheme
    for candidate in (href, unquote(href), bare):
        index = source.find(candidate, start) if candidate else -1
        while candidate is bare and index > 0 and source[index - 1] in "/.":  # inside a longer URL
            index = source.find(candidate, index + 1)
        if index >= 0:
            return candidate, index + 1
    return None, 1


def read_post(path: Path, display_path: str, config: Config) -> Post:
    """Read and parse one file; unreadable content becomes a FileProblem, never an exception."""
    limit = int(config["max_file_size"])
    try:
        with open(path, "rb") as handle:
            # as much as the file holds: asking for `limit` bytes would allocate them for every post
            size = os.fstat(handle.fileno()).st_size
            raw = handle.read(min(size, limit) + 1)
            if len(raw) > size:  # it grew meanwhile, or the system does not know its size (/proc)
                raw += handle.read(limit + 1 - len(raw))
    except OSError as error:
        return Post(path, display_path, config, problem=FileProblem("FM001", "unreadable", args={"reason": error.strerror or str(error)}))
    if len(raw) > limit:
        return Post(path, display_path, config, problem=FileProblem("FM001", "too-large", args={"limit": limit}))
    if b"\x00" in raw:
        return Post(path, display_path, config, problem=FileProblem("FM001", "binary"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Post(path, display_path, config, problem=FileProblem("FM001", "not-utf8", line, 1, {"byte": f"0x{raw[error.start]:02x}"}))
    return Post(path, display_path, config, text.replace("\r\n", "\n"))
