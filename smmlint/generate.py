"""Generated artefacts and their sources of truth (`python -m smmlint.generate` rewrites them).

- `smmlint/compiled/<name>_schema.py`: validators compiled ahead of time from
  `schemas/<name>.schema.json` with fastjsonschema, so the common valid case never imports
  jsonschema (its import alone costs more than our whole start-up budget). The schema itself
  is embedded for the detailed jsonschema pass that runs only when a document is invalid.
- `docs/rules.md`: the rule reference, from the registry.

Tests fail when a generated file differs from what this module would write.
"""

from __future__ import annotations

import json
import pprint
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ("post", "config")

_EXCEPTION = '''

class JsonSchemaValueException(ValueError):
    """Raised by the generated code on the first violation."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.message, self.value, self.name, self.definition, self.rule = message, value, name, definition, rule


JsonSchemaValuesException = JsonSchemaValueException
'''


def compiled_validator_source(name: str) -> str:
    """Python source of the ahead-of-time validator for schemas/<name>.schema.json."""
    import fastjsonschema

    schema = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text("utf-8"))
    code = fastjsonschema.compile_to_code(schema)
    code = code.replace(
        "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n", _EXCEPTION
    )
    code = _lean(code)
    code = code.replace("\n\n\n\n", "\n\n\n")
    header = (
        f'"""GENERATED from schemas/{name}.schema.json by `python -m smmlint.generate`: do not edit."""\n'
        "# fmt: off\n# ruff: noqa\n"
    )
    entry = re.search(r"^def (\w+)\(data", code, re.M).group(1)
    return header + code + f"\n\nvalidate = {entry}\n\nSCHEMA = {pprint.pformat(schema, width=100, sort_dicts=False)}\n"


_PATTERNS = '''

class _Patterns(dict):
    """Pattern sources, compiled on first use (`re` caches them): importing stays cheap."""

    def __getitem__(self, key):
        return re.compile(dict.__getitem__(self, key))


'''


def _lean(code: str) -> str:
    """Cheaper to import: YAML never yields a Decimal (so no `decimal` import), and the patterns
    compile when a value is checked against them, not at import."""
    code = code.replace("from decimal import Decimal\n", "").replace(", Decimal)", ")")
    if "Decimal" in code:
        raise RuntimeError("fastjsonschema uses Decimal in a new way: update smmlint.generate._lean")
    block = re.search(r"^REGEX_PATTERNS = \{\n(.*?)\n\}\n", code, re.M | re.S)
    if block:
        entries = re.sub(r"re\.compile\(((?:'[^'\\]*(?:\\.[^'\\]*)*'|\"[^\"\\]*(?:\\.[^\"\\]*)*\")(?:, re\.\w+)?)\)",
                         r"\1", block.group(1))
        if "re.compile" in entries or ", re." in entries:
            raise RuntimeError("fastjsonschema writes patterns in a new way: update smmlint.generate._lean")
        code = code[:block.start()] + _PATTERNS.lstrip("\n") + "REGEX_PATTERNS = _Patterns({\n" + entries + "\n})\n" + code[block.end():]
    return code


def rules_markdown() -> str:
    """docs/rules.md from the registry."""
    from smmlint.rules import all_rules
    from smmlint.rules.base import family_title

    out = [
        "# Rule reference",
        "",
        "Generated from the rule registry by `python -m smmlint.generate`; do not edit by hand.",
        "`smmlint explain CODE` shows the same text in the terminal.",
        "",
        "| code | name | default | checks |",
        "| --- | --- | --- | --- |",
    ]
    rules = all_rules()
    for rule in rules:
        out.append(f"| [{rule.code}](#{rule.code.lower()}) | {rule.name} | {rule.severity.label} | {rule.summary} |")
    family = None
    for rule in rules:
        if rule.family != family:
            family = rule.family
            out += ["", f"## {family}: {family_title(family)}"]
        out += ["", f"### {rule.code}", "", f"**{rule.name}** · default severity: {rule.severity.label}"]
        out += ["", rule.doc.why.strip()]
        out += ["", "Bad:", "", "```markdown", rule.doc.bad.rstrip(), "```"]
        out += ["", "Good:", "", "```markdown", rule.doc.good.rstrip(), "```"]
        if rule.doc.options:
            out += ["", "Options: " + rule.doc.options.strip()]
    return "\n".join(out) + "\n"


def outputs() -> dict[Path, str]:
    """Every generated file and the text it must hold."""
    files = {ROOT / "smmlint" / "compiled" / f"{name}_schema.py": compiled_validator_source(name) for name in SCHEMAS}
    files[ROOT / "docs" / "rules.md"] = rules_markdown()
    return files


def main() -> None:
    for path, text in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8", newline="\n")
            print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
