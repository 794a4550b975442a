"""Where the time of `smmlint check` goes, per post, in one process (no workers).

    python benchmarks/stages.py FOLDER [--top 15]

Prints microseconds per post for: reading + front matter (YAML, schema), the body
(markdown-it and what post.py derives from it), each rule family and the slowest
rules. Rules run in registry order, so the first rule that asks for a derived
value (post.lines, post.hashtags, ...) pays for it; the body stage is therefore
measured first, separately. CPU time (process_time), so other load on the machine
matters less. First uses (lazy imports, patterns compiled on first use) are paid in an
unmeasured pass over 200 posts, unless --cold.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a content repository (with smmlint.yaml)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--cold", action="store_true", help="include first uses (imports, compiled patterns)")
    args = parser.parse_args()
    os.chdir(args.folder)
    from smmlint.api import display_path
    from smmlint.config import load_config
    from smmlint.discovery import find_posts
    from smmlint.post import read_post
    from smmlint.rules import REGISTRY
    from smmlint.selection import Selection

    config = load_config(None)
    rules = [rule for rule, _ in Selection((), (), config["rules"]).active(REGISTRY) if rule.scope != "schedule"]
    clock = time.process_time
    start = clock()
    files = find_posts([config.posts_dir])
    stages: dict[str, float] = defaultdict(float)
    per_rule: dict[str, float] = defaultdict(float)
    stages["discovery"] = clock() - start
    for path in [] if args.cold else files[:200]:  # first uses (imports, patterns) unmeasured
        post = read_post(path, display_path(path), config)
        for rule in rules:
            if rule.scope == "file" or post.ok:
                for _ in rule.check(post):
                    pass
    config = load_config(None)  # a fresh per-run memo
    for path in files:
        t0 = clock()
        post = read_post(path, display_path(path), config)
        t1 = clock()
        if post.ok:
            post.lines, post.hashtags, post.mentions, post.emoji, post.plain_text  # noqa: B018
        t2 = clock()
        stages["read + front matter"] += t1 - t0
        stages["body (markdown-it + tokens)"] += t2 - t1
        for rule in rules:
            if rule.scope != "file" and not post.ok:
                continue
            t3 = clock()
            for _ in rule.check(post):
                pass
            elapsed = clock() - t3
            per_rule[rule.code] += elapsed
            stages["rules " + rule.code.rstrip("0123456789")] += elapsed
    count = len(files)
    total = sum(stages.values())
    print(f"{count} posts, {total / count * 1e6:.0f} µs per post (CPU, one process)")
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {name:<30} {seconds / count * 1e6:8.0f} µs  {seconds / total:6.1%}")
    print(f"slowest rules (µs per post):")
    for code, seconds in sorted(per_rule.items(), key=lambda item: -item[1])[:args.top]:
        print(f"  {code:<8} {seconds / count * 1e6:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
