"""Safe YAML loading with positions: PyYAML's C loader, bounded before anything walks the data.

Three passes over a small document, each cheap:
1. events (iterative, so deep nesting cannot overflow the C stack): bound the nesting depth;
   only for documents with enough bracket/indicator characters to nest that deep at all;
2. compose the node graph and walk it once: positions of every key path, duplicate and
   non-text keys, and the *expanded* size (an alias bomb is tiny as a graph, huge when walked);
3. construct plain Python data with the safe constructor (timestamps stay strings).
"""

from __future__ import annotations

import bisect
import re
from typing import Any, NamedTuple

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 50
MAX_NODES = 50_000

Position = tuple[int, int]


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps dates and times as the text the editor wrote."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_str)


class YamlProblem(Exception):
    """The document cannot be used; `kind` names the reason (see rules/front_matter.py)."""

    def __init__(self, kind: str, line: int, column: int, **args: Any) -> None:
        super().__init__(kind)
        self.kind = kind
        self.line = line
        self.column = column
        self.args_ = args


class YamlDocument(NamedTuple):
    data: Any
    positions: dict[str, Position]


def load(text: str, *, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES) -> YamlDocument:
    """Parse one YAML document. Lines and columns are 1-based and count lines at LF only, as the
    file does (YAML also breaks lines at a lone CR, NEL, LS and PS). Raises YamlProblem."""
    if not _ODD_BREAK.search(text):
        return _load(text, max_depth, max_nodes)
    where = _FileLines(text)
    try:
        document = _load(text, max_depth, max_nodes)
    except YamlProblem as problem:
        problem.line, problem.column = where(problem.line, problem.column)
        raise
    return YamlDocument(document.data, {path: where(*position) for path, position in document.positions.items()})


_ODD_BREAK = re.compile("\r(?!\n)|[\x85\u2028\u2029]")


class _FileLines:
    """Turns YAML's (line, column) into the file's (line, column) for one text."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.yaml_starts = [0] + [match.end() for match in re.finditer("\r\n|[\r\n\x85\u2028\u2029]", text)]
        self.newlines = [match.start() for match in re.finditer("\n", text)]

    def __call__(self, line: int, column: int) -> Position:
        start = self.yaml_starts[min(max(line, 1), len(self.yaml_starts)) - 1]
        index = min(start + max(column, 1) - 1, self.length)
        before = bisect.bisect_left(self.newlines, index)  # newlines before the index
        line_start = self.newlines[before - 1] + 1 if before else 0
        return before + 1, index - line_start + 1


def _load(text: str, max_depth: int, max_nodes: int) -> YamlDocument:
    try:
        if _could_nest_deeper_than(text, SAFE_FOR_COMPOSER):
            _check_depth(text, max_depth)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return YamlDocument(None, {})
            data, positions = _walk(node, loader, max_nodes, max_depth, aliases="*" in text)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise _from_marked(error) from None
    except yaml.YAMLError as error:
        raise YamlProblem("syntax", 1, 1, reason=str(error).splitlines()[0]) from None
    except RecursionError:
        raise YamlProblem("too-deep", 1, 1, limit=max_depth) from None
    return YamlDocument(data, positions)


SAFE_FOR_COMPOSER = 500  # nesting libyaml's recursive composer survives with room to spare


def _could_nest_deeper_than(text: str, levels: int) -> bool:
    """Each nesting level needs one of these characters, so few of them mean shallow YAML."""
    return sum(text.count(char) for char in "[{-:?") > levels


def _check_depth(text: str, max_depth: int) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > max_depth:
                mark = event.start_mark
                raise YamlProblem("too-deep", mark.line + 1, mark.column + 1, limit=max_depth)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _walk(root: yaml.Node, loader: Any, max_nodes: int, max_depth: int, aliases: bool = True
          ) -> tuple[Any, dict[str, Position]]:
    """The plain data and the positions of key paths, in one pass that also enforces the bounds.

    Aliases count once per use for the size bound (an alias bomb is small as a graph, huge when
    expanded); without aliases (no `*` in the text) the graph is a tree no larger than the text,
    so that count is skipped. The data is what the safe constructor builds: text, mappings and
    sequences (nearly all of a post) directly, which is several times faster, other nodes by the
    constructor. The recursion is as deep as the document, at most `max_depth`.
    """
    if aliases and _expanded_size(root, {}, max_nodes) > max_nodes:
        mark = root.start_mark
        raise YamlProblem("too-large", mark.line + 1, mark.column + 1, limit=max_nodes)
    positions: dict[str, Position] = {}
    built: dict[int, Any] = {}  # id(node) -> its object: an alias gets the anchor's

    def build(node: yaml.Node, path: str, depth: int) -> Any:
        if id(node) in built:  # an alias: its positions are those of the anchor
            return built[id(node)]
        if depth > max_depth:
            raise YamlProblem("too-deep", node.start_mark.line + 1, node.start_mark.column + 1, limit=max_depth)
        tag = node.tag
        if tag == _STR and isinstance(node, yaml.ScalarNode):
            value: Any = node.value
        elif isinstance(node, yaml.MappingNode):
            value = built[id(node)] = {}
            first_line: dict[str, int] = {}
            for key_node, value_node in node.value:
                mark = key_node.start_mark
                if key_node.tag != _STR or not isinstance(key_node, yaml.ScalarNode):
                    raise YamlProblem("key-not-text", mark.line + 1, mark.column + 1, key=_short(key_node))
                key = key_node.value
                if key in first_line:
                    raise YamlProblem("duplicate-key", mark.line + 1, mark.column + 1, key=key, first=first_line[key])
                first_line[key] = mark.line + 1
                child = f"{path}.{key}" if path else key
                positions[child] = (mark.line + 1, mark.column + 1)
                value[key] = build(value_node, child, depth + 1)
            if tag != _MAP:  # !!omap, !!set or a local tag: the constructor decides (or refuses)
                value = loader.construct_object(node, deep=True)
        elif isinstance(node, yaml.SequenceNode):
            value = built[id(node)] = []
            for index, item in enumerate(node.value):
                child = f"{path}[{index}]"
                mark = item.start_mark
                positions[child] = (mark.line + 1, mark.column + 1)
                value.append(build(item, child, depth + 1))
            if tag != _SEQ:
                value = loader.construct_object(node, deep=True)
        else:
            value = loader.construct_object(node, deep=True)
        built[id(node)] = value
        return value

    return build(root, "", 0), positions


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


def _expanded_size(root: yaml.Node, memo: dict[int, int], limit: int) -> int:
    """Number of nodes a full walk would visit (aliases counted each time), capped at limit + 1."""
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:  # iterative post-order, each distinct node sized once
        node, children_done = stack.pop()
        if children_done:
            total = 1
            for child in _children(node):
                size = memo[id(child)]
                total += size if size > 0 else limit + 1  # -1: a cycle
                if total > limit:
                    break
            memo[id(node)] = min(total, limit + 1)
            if total > limit:
                return limit + 1
        elif id(node) not in memo:
            memo[id(node)] = -1
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node) if id(child) not in memo)
    return memo[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _short(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return str(node.value)[:40]
    return "[…]" if isinstance(node, yaml.SequenceNode) else "{…}"


def _from_marked(error: yaml.MarkedYAMLError) -> YamlProblem:
    mark = error.problem_mark or error.context_mark
    if error.context_mark is not None and "simple key" in (error.context or ""):
        mark = error.context_mark  # "could not find expected ':'": the key's line, not the end of input
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or error.context or "invalid YAML").strip()
    if isinstance(error, yaml.constructor.ConstructorError):
        if "unhashable" in problem:
            return YamlProblem("key-not-text", line, column, key="[…]")
        tag = problem.split("tag", 1)[-1].strip(" '!") if "tag" in problem else ""
        return YamlProblem("tag", line, column, tag=tag or problem)
    return YamlProblem("syntax", line, column, reason=problem)
