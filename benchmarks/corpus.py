"""A realistic content repository of N posts, the same bytes for the same seed.

The posts are the project's own examples (the bundled `posts/` and the labelled
`tests/corpus/` posts: de/en, every channel they use, every format, clean and
faulty), re-dated and re-named, and about a quarter of them get one more fault
of the kind editors make: a typo in a key, a broken YAML quote, a link without
UTM, a missing alt text, an unknown owner, a flood of hashtags, CRLF line ends, a
BOM, a blocked word, a long text. Media paths point at one shared folder
(`/posts/media/...`, repository-relative).

    python benchmarks/corpus.py OUT --posts 2000 --seed 1 [--git]

`--git` commits the posts in three commits (add all; edit some; move some), as a
team's repository would look; `calendar` reads that history.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SLOTS = ("09:30", "10:00", "11:00", "12:00", "13:30", "14:00", "15:00")
FAULT_SHARE = 0.25

# the test repo's media (tests/conftest.py), written here so the corpus needs no test import
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
VTT = ("WEBVTT\n\n00:00:00.000 --> 00:00:30.000\nSo funktioniert die Zwei-Faktor-Anmeldung.\n\n"
       "00:00:30.000 --> 00:01:10.000\nScannen Sie den QR-Code mit Ihrer App.\n")


def templates() -> list[str]:
    """The example posts, sorted by path (the order is part of determinism)."""
    paths = sorted((PROJECT / "posts").rglob("*.md")) + sorted((PROJECT / "tests" / "corpus").rglob("*.md"))
    texts = []
    for path in paths:
        text = path.read_text("utf-8")
        text = re.sub(r"^(\s*(?:- )?(?:file|captions):\s*[\"']?)media/", r"\1/posts/media/", text, flags=re.M)
        text = re.sub(r"^# expect:.*\n", "", text, flags=re.M)
        texts.append(text)
    return texts


# ---- faults: each takes (text, rng) and returns the changed text ---------------------------
def _typo_key(text: str, rng: random.Random) -> str:
    return text.replace("\npublish_at:", "\npublish-at:", 1)


def _broken_quote(text: str, rng: random.Random) -> str:
    return re.sub(r'^title: "(.*)"$', r'title: "\1', text, count=1, flags=re.M)


def _no_utm(text: str, rng: random.Random) -> str:
    return re.sub(r"[?&]utm_campaign=[\w-]+", "", text)


def _no_alt(text: str, rng: random.Random) -> str:
    return re.sub(r"^\s+alt: .*\n", "", text, count=1, flags=re.M)


def _unknown_owner(text: str, rng: random.Random) -> str:
    return re.sub(r"^(\s+owner:) \w+", r"\1 zoe", text, count=1, flags=re.M)


def _hashtags(text: str, rng: random.Random) -> str:
    return text.rstrip("\n") + "\n\n" + " ".join(f"#Tag{rng.randrange(1000)}" for _ in range(40)) + "\n"


def _crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


def _bom(text: str, rng: random.Random) -> str:
    return "\ufeff" + text


def _blocked(text: str, rng: random.Random) -> str:
    return text.rstrip("\n") + "\n\nWer das nicht weiß, ist ein Idiot.\n"


def _long(text: str, rng: random.Random) -> str:
    head, sep, body = text.partition("\n---\n")
    return head + sep + "\n\n".join([body.strip()] * rng.randint(3, 6)) + "\n"


def _draft(text: str, rng: random.Random) -> str:
    text = re.sub(r"^status: .*$", "status: draft", text, count=1, flags=re.M)
    return re.sub(r"^publish_at: .*\n", "", text, count=1, flags=re.M)


def _shouting(text: str, rng: random.Random) -> str:
    return text.rstrip("\n") + "\n\nJETZT MITMACHEN!!! NUR HEUTE!!!\n"


FAULTS = (_typo_key, _broken_quote, _no_utm, _no_alt, _unknown_owner, _hashtags, _crlf, _bom, _blocked,
          _long, _draft, _shouting)


def post_text(template: str, number: int, day: date, slot: str, rng: random.Random) -> str:
    text = re.sub(r"^id: .*$", f"id: gen-{number:05d}", template, count=1, flags=re.M)
    text = re.sub(r"^publish_at: .*$", f"publish_at: {day.isoformat()}T{slot}", text, count=1, flags=re.M)
    if rng.random() < FAULT_SHARE:
        text = rng.choice(FAULTS)(text, rng)
    return text


def generate(root: Path, posts: int, seed: int = 1) -> list[Path]:
    """Write the repository (smmlint.yaml, wordlists/, posts/media/, posts/YYYY/MM/*.md); return the posts."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT / "smmlint.yaml", root / "smmlint.yaml")
    shutil.copytree(PROJECT / "wordlists", root / "wordlists", dirs_exist_ok=True)
    media = root / "posts" / "media"
    media.mkdir(parents=True, exist_ok=True)
    for source in sorted(PROJECT.glob("posts/**/media/*")) + sorted(PROJECT.glob("tests/corpus/*/media/*")):
        shutil.copy(source, media / source.name)
    (media / "bild.png").write_bytes(PNG)
    (media / "video.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    (media / "video.vtt").write_text(VTT, "utf-8")
    sources = templates()
    written = []
    start = date(2027, 3, 1)
    per_day = len(SLOTS)
    for number in range(posts):
        day = start + timedelta(days=number // per_day)
        template = rng.choice(sources)
        text = post_text(template, number, day, SLOTS[number % per_day], rng)
        path = root / "posts" / f"{day:%Y}" / f"{day:%m}" / f"{day.isoformat()}-post-{number:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


def commit_history(root: Path, posts: list[Path], seed: int = 1) -> None:
    """Three commits: all posts; an edit to every 20th; a move of every 50th into a sub-folder."""
    rng = random.Random(seed + 1)
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("GIT_")}, "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Redaktion", "GIT_AUTHOR_EMAIL": "redaktion@example.com",
           "GIT_COMMITTER_NAME": "Redaktion", "GIT_COMMITTER_EMAIL": "redaktion@example.com"}

    def git(*args: str, when: str | None = None) -> None:
        extra = {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when} if when else {}
        subprocess.run(["git", *args], cwd=root, env={**env, **extra}, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "posts", when="2027-02-01T09:00:00+00:00")
    for path in posts[::20]:
        text = path.read_text("utf-8")
        path.write_text(text.replace("status: approved", "status: scheduled", 1) + f"\nEdit {rng.randrange(99)}.\n", "utf-8")
    git("add", "-A")
    git("commit", "-q", "-m", "edits", when="2027-02-02T09:00:00+00:00")
    for path in posts[5::50]:
        target = path.parent / "archiv" / path.name
        target.parent.mkdir(exist_ok=True)
        git("mv", str(path.relative_to(root)), str(target.relative_to(root)))
    git("commit", "-q", "-m", "moves", when="2027-02-03T09:00:00+00:00")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--git", action="store_true", help="commit the posts (three commits)")
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; choose a new folder")
    posts = generate(args.out, args.posts, args.seed)
    if args.git:
        commit_history(args.out, posts, args.seed)
    print(f"{len(posts)} posts in {args.out}")


if __name__ == "__main__":
    main()
