"""SAFE: tone, community rules and safety."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from smmlint.post import Post
from smmlint.problem import Edit, Hit
from smmlint.rules.base import rule

_MEMO_KEY = "safety.blocked_words"
_INDEX_KEY = "safety.blocked_index"
_TOPICS_KEY = "safety.sensitive_topics"


def blocked_lists(post: Post) -> list[Any]:
    """The configured blocked-word lists: a WordList per file, or a WordListError for a file that
    cannot be read. Read once per file and run (memoised on the run's config)."""
    from smmlint.text.words import WordListError, read_wordlist

    configured = post.config["safety"].get("blocked_words")
    if not configured:
        return []
    paths = [configured] if isinstance(configured, str) else list(configured)
    memo = post.config.memo.setdefault(_MEMO_KEY, {})
    lists = []
    for name in paths:
        path = Path(name)
        path = path if path.is_absolute() else post.config.root / path
        key = str(path)
        if key not in memo:
            try:
                memo[key] = read_wordlist(path)
            except WordListError as error:
                memo[key] = error
        lists.append(memo[key])
    return lists


@rule("SAFE001", "blocked-word", "error", messages={
    "summary": {"en": "a term from the configured blocked-word list (whole words, after Unicode normalisation, case folding and leetspeak)",
                "de": "ein Begriff aus der gesperrten Wortliste (ganze Wörter, nach Unicode-Normalisierung, ohne Groß-/Kleinschreibung und Leetspeak)"},
    "blocked": {"en": "{found} is on the team's blocked-word list ({list}). Rephrase without it.",
                "de": "{found} steht auf der Liste gesperrter Begriffe ({list}). Bitte ohne diesen Begriff formulieren."},
    "blocked-field": {"en": "`{path}` contains {found}, which is on the team's blocked-word list ({list}). Rephrase without it.",
                      "de": "`{path}` enthält {found}, das auf der Liste gesperrter Begriffe steht ({list}). Bitte ohne diesen Begriff formulieren."},
    "list-missing": {"en": "The blocked-word list {list} (`safety.blocked_words` in smmlint.yaml) does not exist, so blocked words were not checked. Fix the path or create the file.",
                     "de": "Die Liste gesperrter Begriffe {list} (`safety.blocked_words` in smmlint.yaml) gibt es nicht, daher wurde nicht darauf geprüft. Korrigieren Sie den Pfad oder legen Sie die Datei an."},
    "list-unreadable": {"en": "The blocked-word list {list} (`safety.blocked_words` in smmlint.yaml) cannot be read ({reason}), so blocked words were not checked.",
                        "de": "Die Liste gesperrter Begriffe {list} (`safety.blocked_words` in smmlint.yaml) kann nicht gelesen werden ({reason}), daher wurde nicht darauf geprüft."},
})
def blocked_word(post: Post) -> Iterator[Hit]:
    """Why: some words must never appear on the team's channels (insults, slurs, competitor or
    legal no-gos); the list is the team's, kept in the content repo. Matching is on whole words
    after Unicode NFKC, case folding and simple leetspeak (0→o, 1→i, 3→e, 4→a, 5→s, @→a), so
    "1D10T" and "ｉｄｉｏｔ" are caught as "Idiot" but "idiotensicher" is not (add inflected
    forms as their own lines). The text and the image descriptions (`media[].alt`) are checked.
    A list file that is missing or unreadable is reported as a SAFE001 error on line 1 of each
    post (the check cannot run; turning SAFE001 off silences it), not as a config error, so
    the other checks still run.

    Bad:
        ---
        title: Passwort-Tipp
        channel: mastodon
        format: quote
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Was ist euer bester Passwort-Tipp?"}
        sla: {owner: anna}
        ---
        Nur ein 1d10t nutzt überall dasselbe Passwort. Was ist euer bester Passwort-Tipp?

    Good:
        ---
        title: Passwort-Tipp
        channel: mastodon
        format: quote
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Was ist euer bester Passwort-Tipp?"}
        sla: {owner: anna}
        ---
        Dasselbe Passwort überall? Passiert den Besten. Ein Passwortmanager macht es idiotensicher. Was ist euer bester Passwort-Tipp?

    Options: `safety.blocked_words`: a word-list file or a list of files, relative to the
    folder of smmlint.yaml; one term per line, `#` starts a comment.
    """
    from smmlint.text.views import blanked_lines
    from smmlint.text.visible import source_column
    from smmlint.text.words import find_indexed, may_contain

    problems, index, shown_lists = _blocked_index(post)
    for key, args in problems:
        yield Hit(key, 1, 1, dict(args))
    if not index:
        return
    lines = blanked_lines(post)
    for line, text in zip(post.lines, lines) if may_contain(lines, index) else ():
        for start, end in find_indexed(text, index):
            found = line.text[start:end]
            yield Hit("blocked", line.line, source_column(line.source, found, start),
                      {"found": f"„{found}“", "list": shown_lists})
    for number, item in enumerate(post.front.get("media") or ()):
        alt = item.get("alt") if isinstance(item, dict) else None
        if isinstance(alt, str):
            for start, end in find_indexed(alt, index):
                path = f"media[{number}].alt"
                yield Hit("blocked-field", *post.position(path),
                          {"found": f"„{alt[start:end]}“", "list": shown_lists, "path": path})


def _blocked_index(post: Post) -> tuple[list[tuple[str, dict[str, str]]], dict[str, list[tuple[str, ...]]], str]:
    """What SAFE001 needs from the lists, the same for every post of a run (memoised on the
    config): the list problems as (message key, args), the terms indexed by first word, and the
    lists' names as shown."""
    memo = post.config.memo
    if _INDEX_KEY not in memo:
        from smmlint.text.words import WordListError, index_terms

        problems: list[tuple[str, dict[str, str]]] = []
        terms: list[tuple[str, ...]] = []
        names: list[str] = []
        for item in blocked_lists(post):
            shown = _shown_path(post, Path(item.path if isinstance(item, WordListError) else item.source))
            if isinstance(item, WordListError):
                problems.append(("list-missing" if item.kind == "missing" else "list-unreadable",
                                 {"list": shown, "reason": item.reason}))
                continue
            terms.extend(item.terms)
            names.append(shown)
        memo[_INDEX_KEY] = (problems, index_terms(terms), ", ".join(names))
    return memo[_INDEX_KEY]


def _shown_path(post: Post, path: Path) -> str:
    try:
        return path.relative_to(post.config.root).as_posix()
    except ValueError:
        return path.as_posix()


@rule("SAFE002", "sensitive-topic-without-help", "error", messages={
    "summary": {"en": "the post touches a configured sensitive topic (keywords or `topics`) but lacks its help text",
                "de": "der Beitrag berührt ein eingestelltes sensibles Thema (Stichwörter oder `topics`), aber der Hilfehinweis fehlt"},
    "missing": {"en": "This post touches the sensitive topic „{topic}“ ({found}), but its help text is missing. Add {help} to the text, so readers in crisis know where to get help.",
                "de": "Dieser Beitrag berührt das sensible Thema „{topic}“ ({found}), aber der Hilfehinweis fehlt. Ergänzen Sie {help} im Text, damit Menschen in einer Krise wissen, wo sie Hilfe finden."},
})
def sensitive_topic_without_help(post: Post) -> Iterator[Hit]:
    """Why: reporting on suicide can trigger imitation (the Werther effect); the German press
    code (Pressekodex Ziffer 8, Richtlinie 8.7) and the WHO media guidelines ask for restraint
    and for a help offer in every such piece. A post touches a topic when a keyword appears in
    the text or the title, also inside a longer word ("Suizidprävention",
    "Selbstmordgedanken"), or when `topics` names the topic or a keyword. The help text counts
    as present when the text contains it; a help text with a phone number counts when the
    number's digits appear, however they are grouped ("0800 111 0 111", "0800 1110111",
    "0800-111-0-111", "+49 800 111 0 111").

    Bad:
        ---
        title: Welttag der Suizidprävention
        channel: instagram
        format: announcement
        publish_at: 2027-09-10T10:00
        next_step: {type: link, prompt: "Mehr dazu in unserem Blog.", url: "https://example.com/blog/suizidpraevention"}
        sla: {owner: anna}
        ---
        Heute ist Welttag der Suizidprävention. Sprecht darüber, hört zu, fragt nach.

        Mehr dazu in unserem Blog.

    Good:
        ---
        title: Welttag der Suizidprävention
        channel: instagram
        format: announcement
        publish_at: 2027-09-10T10:00
        next_step: {type: link, prompt: "Mehr dazu in unserem Blog.", url: "https://example.com/blog/suizidpraevention"}
        sla: {owner: anna}
        ---
        Heute ist Welttag der Suizidprävention. Sprecht darüber, hört zu, fragt nach.

        Mehr dazu in unserem Blog. Hilfe rund um die Uhr, anonym und kostenlos: TelefonSeelsorge 0800 1110 111.

    Options: `safety.sensitive_topics`: per topic `keywords` (matched inside words,
    case-insensitive) and `help` (the text that must appear). Default: topic "suizid" with
    keywords suizid, selbstmord, suizidgedanken, suicide, suicidal and help
    "TelefonSeelsorge 0800 111 0 111".
    """
    from smmlint.text.fold import fold, fold_with_offsets
    from smmlint.text.views import folded_plain
    from smmlint.text.visible import source_column

    topics = _sensitive_topics(post)
    if not topics:
        return
    title = post.front.get("title") if isinstance(post.front.get("title"), str) else ""
    # fold(plain_text + "\n" + title): folding joins the line break with the spaces around it
    everything = " ".join(part for part in (folded_plain(post), fold(title)) if part)
    tags = [fold(tag) if isinstance(tag, str) else "" for tag in post.front.get("topics") or ()]
    folded_lines = folded_title = None
    body = None
    for name, topic, folded_name, keywords in topics:
        if not any(keyword in everything for keyword in keywords) and not any(
                tag and (tag == folded_name or any(keyword in tag for keyword in keywords)) for tag in tags):
            continue  # the quick test: most posts touch no topic
        if folded_lines is None:
            folded_lines = [(line, fold_with_offsets(line.text)) for line in post.lines]
            folded_title = (title, fold_with_offsets(title))
        place = _topic_place(post, folded_name, keywords, folded_lines, folded_title, tags)
        if place is None:
            continue
        if body is None:
            body = post.plain_text + "\n" + re.sub(r"<!--.*?-->", " ", post.body, flags=re.S)
        if has_help(topic["help"], body):
            continue
        line, column, found = place
        if column is None:
            column = source_column(post.source_lines[line - 1], found)
        yield Hit("missing", line, column, {"topic": name, "found": f"„{found}“", "help": f"„{topic['help']}“"})


def _sensitive_topics(post: Post) -> list[tuple[Any, dict[str, Any], str, list[str]]]:
    """The configured topics that have a help text, sorted by name, as (name, topic, folded
    name, folded keywords): the same for every post of a run (memoised on the config)."""
    memo = post.config.memo
    if _TOPICS_KEY not in memo:
        from smmlint.text.fold import fold

        topics = post.config["safety"].get("sensitive_topics") or {}
        memo[_TOPICS_KEY] = [
            (name, topic, fold(str(name)),
             [fold(k) for k in topic.get("keywords") or () if isinstance(k, str) and k.strip()])
            for name, topic in sorted(topics.items())
            if isinstance(topic, dict) and topic.get("help")]
    return memo[_TOPICS_KEY]


def _topic_place(post: Post, name: str, keywords: list[str], folded_lines, folded_title, tags: list[str]
                 ) -> tuple[int, int | None, str] | None:
    """Where the post touches the topic: (line, column or None, the word as written), else None."""
    for line, (folded, offsets) in folded_lines:
        for keyword in keywords:
            index = folded.find(keyword)
            if index >= 0:
                return line.line, None, _word_around(line.text, offsets[index], offsets[index + len(keyword) - 1] + 1)
    title, (folded, offsets) = folded_title
    for keyword in keywords:
        index = folded.find(keyword)
        if index >= 0:
            return *post.position("title"), _word_around(title, offsets[index], offsets[index + len(keyword) - 1] + 1)
    for index, tag in enumerate(tags):
        if tag and (tag == name or any(keyword in tag for keyword in keywords)):
            return *post.position(f"topics[{index}]"), post.front["topics"][index]
    return None


def _word_around(text: str, start: int, end: int) -> str:
    """The whole word of `text` containing text[start:end]."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return text[start:end]


_PLUS49 = re.compile(r"\+\s?49\s*(?:\(0\)\s*)?")


def has_help(help_text: str, body: str) -> bool:
    """True when `body` carries the help text: its phone numbers (digits compared without
    spaces or separators; +49 counts as a leading 0), else the folded text itself."""
    from smmlint.text.fold import collapse_digit_groups, fold

    numbers = [n for n in re.findall(r"\d+", collapse_digit_groups(_PLUS49.sub("0", help_text))) if len(n) >= 3]
    if numbers:
        digits = collapse_digit_groups(_PLUS49.sub("0", body))
        return all(re.search(rf"(?<!\d){n}(?!\d)", digits) for n in numbers)
    return fold(help_text) in fold(body)


@rule("SAFE003", "engagement-bait", "error", messages={
    "summary": {"en": "react/comment/share/tag/vote baiting (\"Like, wenn …\", \"Markiere 3 Freunde\", \"❤️ = Ja, 👍 = Nein\", \"comment YES\")",
                "de": "Aufforderung zu Likes, Kommentaren, Teilen, Markieren oder Abstimmen per Reaktion („Like, wenn …“, „Markiere 3 Freunde“, „❤️ = Ja, 👍 = Nein“)"},
    "bait": {"en": "{found} is engagement bait ({kind}). Facebook and Instagram show such posts to fewer people. Ask a real question instead, or use the platform's poll.",
             "de": "{found} ist Engagement-Bait ({kind}). Facebook und Instagram zeigen solche Beiträge weniger Menschen. Stellen Sie stattdessen eine echte Frage oder nutzen Sie die Umfragefunktion der Plattform."},
})
def engagement_bait(post: Post) -> Iterator[Hit]:
    """Why: Meta ("Fighting engagement bait", 2017, extended 2019) demotes posts that goad
    people into reacting, commenting with a given word, sharing, tagging friends or voting with
    reactions; X's platform manipulation policy forbids inflating engagement artificially. A
    genuine question ("Was ist Ihre Erfahrung? Schreiben Sie es in die Kommentare") or a
    platform poll ("Stimmt in der Umfrage ab!") is not bait. Recognised: react ("Like, wenn …",
    "Lass ein Like da", "Double tap if"), comment with a set answer ("Kommentiere JA",
    "comment YES", "Schreib „Amen“"), share ("Teile diesen Beitrag", "Share if you agree",
    "Bitte teilen!"), tag ("Markiere 3 Freunde", "tag a friend"), vote ("❤️ = Ja, 👍 = Nein",
    "Like für A, Herz für B"). Only imperatives at the start of a sentence count.

    Bad:
        ---
        title: Passwort-Mythen
        channel: instagram
        format: myth-fact
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        ---
        Passwörter muss man alle 90 Tage wechseln? Mythos! Welcher Mythos fehlt?

        Like, wenn du das auch geglaubt hast, und markiere 3 Freunde!

    Good:
        ---
        title: Passwort-Mythen
        channel: instagram
        format: myth-fact
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Was ist Ihre Erfahrung?"}
        sla: {owner: anna}
        ---
        Passwörter muss man alle 90 Tage wechseln? Mythos!

        Was ist Ihre Erfahrung? Schreiben Sie es in die Kommentare.

    Options: none.
    """
    from smmlint.text.bait import find_bait
    from smmlint.text.views import blanked_visible, visible

    shown = visible(post)
    for bait in find_bait(blanked_visible(post)):
        line, column = shown.position(bait.offset, bait.text.split("\n")[0])
        yield Hit("bait", line, column, {"found": f"„{bait.text.splitlines()[0]}“", "kind": _KIND_NAMES[bait.kind]})


_KIND_NAMES = {
    "react": {"en": "asks for reactions", "de": "fordert Reaktionen"},
    "comment": {"en": "asks for a set comment", "de": "fordert einen vorgegebenen Kommentar"},
    "share": {"en": "asks for shares", "de": "fordert zum Teilen auf"},
    "tag": {"en": "asks to tag friends", "de": "fordert zum Markieren auf"},
    "vote": {"en": "reactions as votes", "de": "Reaktionen als Abstimmung"},
}

_CAPS_WORD = re.compile(r"[^\W_]+")
_LONG_WORD = re.compile(r"[^\W_]{5,}")  # the _CAPS_WORD words of 5+ characters
_FIVE_NOT_LOWER = re.compile(r"[^\W\d_a-zäöüß]{5}")  # a cheaper first test
_MARKS = re.compile(r"[!?]{3,}")
_TAGS_AND_MENTIONS = re.compile(r"(?<![\w#&/])[#@]\w[\w.-]*")


@rule("SAFE004", "shouting", "warning", messages={
    "summary": {"en": "3+ words in ALL CAPS (acronyms of up to 4 letters allowed) or `!!!` / `???`",
                "de": "3+ Wörter in GROSSBUCHSTABEN (Abkürzungen bis 4 Buchstaben erlaubt) oder `!!!` / `???`"},
    "caps": {"en": "{found}: {count} words in capitals read as shouting. Write them in normal case; emphasise one word at most.",
             "de": "{found}: {count} Wörter in Großbuchstaben wirken wie Schreien. Schreiben Sie sie normal; heben Sie höchstens ein Wort hervor."},
    "marks": {"en": "{found} reads as shouting. One {mark} is enough.",
              "de": "{found} wirkt wie Schreien. Ein {mark} reicht."},
})
def shouting(post: Post) -> Iterator[Hit]:
    """Why: capitals and piled-up punctuation read as shouting, look like spam (X platform
    manipulation policy; Meta's spam signals) and are hard to read: screen readers may spell
    capitals letter by letter. Counted per line: ALL-CAPS words of 5+ letters, and the short
    capital words next to them ("DAS IST WICHTIG" counts 3); short capital words on their own
    are acronyms and never count ("BSI, FAQ, MFA, TAN"), nor words with digits ("FIDO2"),
    hashtags, mentions or URLs. Three or more per line are reported. Runs of 3+ `!`/`?` are
    reported with a fix to a single mark.

    Bad:
        ---
        title: Passkeys
        channel: x
        format: announcement
        publish_at: 2027-01-13T10:00
        next_step: {type: comment, prompt: "Nutzt ihr schon Passkeys?"}
        sla: {owner: ben}
        ---
        JETZT SOFORT UMSTEIGEN: Passkeys sind da!!! Nutzt ihr schon Passkeys?

    Good:
        ---
        title: Passkeys
        channel: x
        format: announcement
        publish_at: 2027-01-13T10:00
        next_step: {type: comment, prompt: "Nutzt ihr schon Passkeys?"}
        sla: {owner: ben}
        ---
        Jetzt umsteigen: Passkeys sind da! Das BSI empfiehlt sie, FIDO2-Schlüssel auch. Nutzt ihr schon Passkeys?

    Options: none (change the severity under `rules:` in smmlint.yaml, e.g. SAFE004: info).
    """
    from smmlint.text.views import blanked_lines
    from smmlint.text.visible import source_column

    lines = blanked_lines(post)
    everything = "\n".join(lines)  # the quick tests for all lines at once
    if not _has_marks(everything) and not _has_long_caps(everything):
        return  # (a masked tag or mention only removes whole words)
    for line, text in zip(post.lines, lines):
        if "#" in text or "@" in text:
            text = _TAGS_AND_MENTIONS.sub(lambda m: " " * len(m.group(0)), text)
        counted = _shouted_words(text)
        if len(counted) >= 3:
            start, end = counted[0][0], counted[-1][1]
            found = text[start:end]
            shown = found if len(found) <= 60 else found[:59].rstrip() + "…"
            yield Hit("caps", line.line, source_column(line.source, found, start),
                      {"found": f"„{shown}“", "count": len(counted)})
        for match in _MARKS.finditer(text) if _has_marks(text) else ():
            found = match.group(0)
            column = source_column(line.source, found, match.start())
            edit = Edit(line.line, column, found, found[0]) if line.source[column - 1:column - 1 + len(found)] == found else None
            yield Hit("marks", line.line, column, {"found": f"„{found}“", "mark": f"„{found[0]}“"}, edit)


def _has_marks(text: str) -> bool:
    """True when two of ! and ? meet (every _MARKS match has that)."""
    return "!!" in text or "??" in text or "!?" in text or "?!" in text


def _has_long_caps(text: str) -> bool:
    """True when the text has an all-caps word of 5+ letters (a _CAPS_WORD word)."""
    if not _FIVE_NOT_LOWER.search(text):
        return False  # such a word has 5 letters in a row, none of them lower case
    return any(word.isupper() and word.isalpha() for word in _LONG_WORD.findall(text))


def _shouted_words(text: str) -> list[tuple[int, int]]:
    """Spans of the ALL-CAPS words that count as shouting (see SAFE004's doc)."""
    if not _has_long_caps(text):
        return []  # a run counts only with an all-caps word of 5+ letters
    runs: list[list[tuple[int, int, str]]] = [[]]
    for match in _CAPS_WORD.finditer(text):
        word = match.group(0)
        if len(word) >= 2 and word.isupper() and word.isalpha():
            runs[-1].append((match.start(), match.end(), word))
        elif len(word) == 1 and word.isupper():
            continue  # "I", "A": neither shouting nor a break
        elif runs[-1]:
            runs.append([])
    counted = []
    for run in runs:
        if any(len(word) >= 5 for _, _, word in run):
            counted.extend((start, end) for start, end, _ in run)
    return counted


def _same_url(a: str, b: str) -> bool:
    return _url_key(a) == _url_key(b) and _url_key(a) is not None


def _url_key(url: str) -> tuple[str, str] | None:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    return host, parts.path.rstrip("/") or "/"


@rule("SAFE005", "community-rules-missing", "warning", messages={
    "summary": {"en": "a discussion post (next step thread, comment or ama) without a link to the community rules",
                "de": "ein Diskussionsbeitrag (nächster Schritt thread, comment oder ama) ohne Link zu den Community-Regeln"},
    "missing": {"en": "This post invites discussion (`next_step.type: {type}`), but does not link the community rules. Add {url} to the text, e.g. „Please follow our community rules: …“.",
                "de": "Dieser Beitrag lädt zur Diskussion ein (`next_step.type: {type}`), verlinkt aber nicht die Community-Regeln. Ergänzen Sie {url} im Text, z. B. „Bitte beachtet unsere Netiquette: …“."},
})
def community_rules_missing(post: Post) -> Iterator[Hit]:
    """Why: visible rules are part of the pre-publish checklist ("visible rules and right
    tone"): a thread, comment or AMA post invites replies, and moderators can point to rules
    the post itself showed. The link counts when the body or `next_step.url` points to
    `community_rules_url`, compared by host (without www.) and path; query (e.g. UTM tags),
    fragment, scheme and a trailing slash do not matter.

    Bad:
        ---
        title: Offene Retro
        channel: mastodon
        format: retro
        publish_at: 2027-01-20T10:00
        next_step: {type: thread, prompt: "Was sollen wir 2027 besser machen?"}
        sla: {owner: anna}
        ---
        Offene Retro 2026. Was sollen wir 2027 besser machen?

    Good:
        ---
        title: Offene Retro
        channel: mastodon
        format: retro
        publish_at: 2027-01-20T10:00
        next_step: {type: thread, prompt: "Was sollen wir 2027 besser machen?"}
        sla: {owner: anna}
        ---
        Offene Retro 2026. Was sollen wir 2027 besser machen?

        Es gilt unsere Netiquette: https://example.com/netiquette?utm_source=mastodon&utm_medium=social&utm_campaign=retro-2026

    Options: `community_rules_url` in smmlint.yaml (unset: the rule is quiet).
    """
    url = post.config["community_rules_url"]
    next_step = post.front.get("next_step")
    if not url or not isinstance(next_step, dict) or next_step.get("type") not in ("thread", "comment", "ama"):
        return
    candidates = [link.url for link in post.links]
    if isinstance(next_step.get("url"), str):
        candidates.append(next_step["url"])
    if any(_same_url(candidate, url) for candidate in candidates):
        return
    yield Hit("missing", *post.position("next_step.type"), {"type": next_step["type"], "url": url})


#: Follow-for-follow style tags (rules.md SAFE006 plus their spelled-out forms).
_SPAM_TAG = re.compile(
    r"(?:f|l|s|c|follow|like|likes|sub|comment|share|shoutout|spam)(?:4|for)"
    r"(?:f|l|s|c|follow|like|likes|sub|comment|share|shoutout|spam|followback)s?|followback|tagsforlikes")


@rule("SAFE006", "spam-hashtags", "error", messages={
    "summary": {"en": "follow-for-follow spam hashtags (f4f, follow4follow, like4like, sub4sub, l4l)",
                "de": "Spam-Hashtags nach dem Muster Follow-für-Follow (f4f, follow4follow, like4like, sub4sub, l4l)"},
    "spam": {"en": "#{tag} is a follow-for-follow spam tag: platforms treat it as manipulation and may hide the post. Remove it.",
             "de": "#{tag} ist ein Spam-Hashtag (Follow für Follow): Plattformen werten das als Manipulation und blenden den Beitrag womöglich aus. Entfernen Sie ihn."},
})
def spam_hashtags(post: Post) -> Iterator[Hit]:
    """Why: reciprocal-engagement tags (#f4f, #follow4follow, #like4like, #sub4sub, #l4l) are
    a signal of inauthentic engagement under X's platform manipulation policy and Meta's
    engagement-bait rules; Instagram hides posts using them from hashtag pages. Also caught:
    the spelled-out forms (#followforfollow, #likeforlike), #s4s, #c4c, #followback,
    #tagsforlikes.

    Bad:
        ---
        title: Passkeys
        channel: instagram
        format: meme
        publish_at: 2027-01-13T10:00
        next_step: {type: comment, prompt: "Nutzt ihr schon Passkeys?"}
        sla: {owner: ben}
        media:
          - {type: image, file: media/bild.png, alt: "Ein Schlüssel"}
        ---
        Nutzt ihr schon Passkeys?

        #Passkeys #f4f #like4like

    Good:
        ---
        title: Passkeys
        channel: instagram
        format: meme
        publish_at: 2027-01-13T10:00
        next_step: {type: comment, prompt: "Nutzt ihr schon Passkeys?"}
        sla: {owner: ben}
        media:
          - {type: image, file: media/bild.png, alt: "Ein Schlüssel"}
        ---
        Nutzt ihr schon Passkeys?

        #Passkeys #ITSicherheit

    Options: none.
    """
    for tag in post.hashtags:
        if _SPAM_TAG.fullmatch(tag.text.casefold()):
            yield Hit("spam", tag.line, tag.column, {"tag": tag.text})


RULES = (blocked_word, sensitive_topic_without_help, engagement_bait, shouting, community_rules_missing,
         spam_hashtags)
