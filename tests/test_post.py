"""The post model: line numbers survive BOM and CRLF; body text, links, tags; times."""

from datetime import datetime, timezone
from pathlib import Path

from smmlint.config import Config
from smmlint.post import read_post

POST = (
    "---\ntitle: T\nchannel: mastodon\nformat: poll\npublish_at: 2027-01-11T10:00\n---\n"
    "Erste Zeile mit #ITSicherheit und @beispiel.\n"
    "\n"
    "Mehr im [Ratgeber](https://example.com/faq?a=1) oder unter https://hilfe.example.com/x.\n"
)


def load(tmp_path: Path, data: bytes):
    path = tmp_path / "p.md"
    path.write_bytes(data)
    return read_post(path, "p.md", Config(root=tmp_path))


def test_body_lines_links_and_tags(tmp_path):
    post = load(tmp_path, POST.encode())
    assert post.ok and post.body_start == 7
    assert [line.line for line in post.lines] == [7, 9]
    assert [(tag.text, tag.line) for tag in post.hashtags] == [("ITSicherheit", 7)]
    assert [(m.text, m.line) for m in post.mentions] == [("beispiel", 7)]
    assert [(link.url, link.line, link.column) for link in post.links] == [
        ("https://example.com/faq?a=1", 9, 20), ("https://hilfe.example.com/x", 9, 60)]
    assert post.links[0].raw == "https://example.com/faq?a=1"


def test_bom_and_crlf_do_not_shift_lines_or_columns(tmp_path):
    plain = load(tmp_path, POST.encode())
    crlf = load(tmp_path, b"\xef\xbb\xbf" + POST.replace("\n", "\r\n").encode())
    assert [(l.line, l.column) for l in crlf.links] == [(l.line, l.column) for l in plain.links]
    assert crlf.positions == plain.positions
    assert crlf.position("publish_at") == (5, 1)


def test_publish_at_is_local_and_dst_correct(tmp_path):
    winter = load(tmp_path, POST.encode()).publish_at
    summer = load(tmp_path, POST.replace("2027-01-11", "2027-07-12").encode()).publish_at
    assert winter.astimezone(timezone.utc) == datetime(2027, 1, 11, 9, 0, tzinfo=timezone.utc)
    assert summer.astimezone(timezone.utc) == datetime(2027, 7, 12, 8, 0, tzinfo=timezone.utc)


def test_publish_at_variants(tmp_path):
    for text, expected in [("2027-01-11 10:00", 9), ("2027-01-11T10:00+00:00", 10), ("2027-01-11T10:00Z", 10),
                           ("2027-01-11T9:30", 8)]:
        post = load(tmp_path, POST.replace("2027-01-11T10:00", text).encode())
        assert post.publish_at.astimezone(timezone.utc).hour == expected, text


def test_id_defaults_to_path_without_suffix(tmp_path):
    (tmp_path / "posts").mkdir()
    path = tmp_path / "posts" / "a.md"
    path.write_text(POST)
    assert read_post(path, "posts/a.md", Config(root=tmp_path)).id == "posts/a"
    path.write_text(POST.replace("title: T", "id: stable-1\ntitle: T"))
    assert read_post(path, "posts/a.md", Config(root=tmp_path)).id == "stable-1"


def test_emoji_found_with_positions(tmp_path):
    post = load(tmp_path, (POST + "Los geht's 👩‍💻🔐\n").encode())
    assert [e.text for e in post.emoji] == ["👩‍💻", "🔐"]
    assert post.emoji[0].line == 10


def test_lone_carriage_return_does_not_shift_body_lines(tmp_path):
    post = load(tmp_path, (POST.replace("Erste Zeile", "Erste\rZeile")).encode())
    assert [line.line for line in post.lines] == [7, 9]
    assert all(link.line <= len(post.source_lines) for link in post.links)
