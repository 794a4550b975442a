"""CTA: the next step. Every post has one micro-interaction goal, and the reader must see it."""

from __future__ import annotations

import re
from typing import Iterator

from smmlint.post import Post
from smmlint.problem import Hit
from smmlint.rules.base import rule
from smmlint.text.fold import fold, fold_with_offsets

#: Next-step types that send the reader somewhere and so need `next_step.url` (rules.md CTA003).
URL_TYPES = ("form", "event", "faq", "guide", "link")

_EDGE_PUNCTUATION = " .,:;!?-"
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def prompt_of(post: Post) -> str | None:
    """The folded `next_step.prompt` without edge punctuation, or None when there is none."""
    if "cta.prompt" in post.memo:
        return post.memo["cta.prompt"]
    next_step = post.front.get("next_step")
    prompt = next_step.get("prompt") if isinstance(next_step, dict) else None
    folded = fold(prompt).strip(_EDGE_PUNCTUATION) if isinstance(prompt, str) else None
    post.memo["cta.prompt"] = folded or None
    return folded or None


@rule("CTA001", "next-step-missing", "error", messages={
    "summary": {"en": "no `next_step`: every post needs one next step for the reader",
                "de": "kein `next_step`: jeder Beitrag braucht einen nächsten Schritt für die Lesenden"},
    "missing": {"en": "The post has no next step. Add `next_step:` above this line with a `type` (poll, comment, faq, …) and the `prompt` sentence readers see in the text.",
                "de": "Der Beitrag hat keinen nächsten Schritt. Ergänzen Sie über dieser Zeile `next_step:` mit `type` (poll, comment, faq, …) und `prompt`, dem Satz, den die Lesenden im Text sehen."},
})
def next_step_missing(post: Post) -> Iterator[Hit]:
    """Why: every post has one micro-interaction goal (the pre-publish checklist: "clear next
    step"); without it the post informs but does not invite. Reported on the closing `---` of
    the front matter, where the field goes.

    Bad:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Passwörter muss man alle 90 Tage wechseln.

    Good:
        ---
        title: Passwort-Mythen
        channel: mastodon
        format: myth-fact
        publish_at: 2027-01-12T10:00
        next_step: {type: comment, prompt: "Welcher Mythos fehlt?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Passwörter muss man alle 90 Tage wechseln. Welcher Mythos fehlt?

    Options: none. A `next_step` of the wrong shape is reported by FM003, not here.
    """
    if "next_step" not in post.front and "next_step" not in post.positions:
        yield Hit("missing", post.front_end or 1, 1)


@rule("CTA002", "next-step-not-in-body", "error", messages={
    "summary": {"en": "`next_step.prompt` does not appear in the text (compared ignoring case, spaces and quote style)",
                "de": "`next_step.prompt` steht nicht im Text (verglichen ohne Groß-/Kleinschreibung, Leerzeichen und Art der Anführungszeichen)"},
    "missing": {"en": "The next step {prompt} is not in the text, so readers never see it. Add this sentence to the text, or change `next_step.prompt` to the sentence the text uses.",
                "de": "Der nächste Schritt {prompt} steht nicht im Text, die Lesenden sehen ihn also nie. Übernehmen Sie den Satz in den Text oder passen Sie `next_step.prompt` an den Satz im Text an."},
    "near": {"en": "The next step {prompt} is not in the text as written. Line {line} is close: {found}. Make the two match (case, spaces and quote style do not matter).",
             "de": "Der nächste Schritt {prompt} steht so nicht im Text. Zeile {line} ist ähnlich: {found}. Gleichen Sie beide an (Groß-/Kleinschreibung, Leerzeichen und Anführungszeichen spielen keine Rolle)."},
})
def next_step_not_in_body(post: Post) -> Iterator[Hit]:
    """Why: the front matter is the plan, the body is what gets published; a next step that
    exists only in the plan is invisible to the reader. The prompt is compared with the visible
    text ignoring case, whitespace and line breaks, quotation marks („…“, "…", ‘…’, «…»),
    invisible characters and punctuation at its ends.

    Bad:
        ---
        title: Umfrage nächster Mythos
        channel: instagram
        format: poll
        publish_at: 2027-01-28T10:00
        next_step: {type: poll, prompt: "Welcher Mythos soll als Nächstes zerlegt werden?"}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Passwörter muss man alle 90 Tage wechseln.

        Stimmt in der Umfrage ab!

    Good:
        ---
        title: Umfrage nächster Mythos
        channel: instagram
        format: poll
        publish_at: 2027-01-28T10:00
        next_step: {type: poll, prompt: 'Welcher Mythos soll als "Nächstes" zerlegt werden?'}
        sla: {owner: anna}
        ---
        Mythos oder Fakt? Passwörter muss man alle 90 Tage wechseln.

        Welcher Mythos soll als „Nächstes“ zerlegt
        werden? Stimmt in der Umfrage ab!

    Options: none.
    """
    prompt = prompt_of(post)
    if prompt is None:
        return
    from smmlint.text.views import folded_plain

    if prompt in folded_plain(post) or prompt in fold(_HTML_COMMENT.sub(" ", post.body)):
        return
    shown = post.front["next_step"]["prompt"].strip()
    position = post.position("next_step.prompt")
    near = _closest_line(post, prompt)
    if near is not None:
        line, text = near
        yield Hit("near", *position, {"prompt": f"„{shown}“", "line": line, "found": f"„{_shorten(text)}“"})
    else:
        yield Hit("missing", *position, {"prompt": f"„{shown}“"})


def _closest_line(post: Post, prompt: str) -> tuple[int, str] | None:
    """The body line most similar to the prompt (ratio >= 0.75), for a "did you mean" hint."""
    from difflib import SequenceMatcher

    best: tuple[float, int, str] | None = None
    for line in post.lines[:300]:  # a hint, not a search: bounded for huge posts
        folded = fold(line.text)[:2000]
        if not folded:
            continue
        matcher = SequenceMatcher(None, prompt, folded, autojunk=False)
        # compare with the best-matching stretch of the line, not the whole line
        match = matcher.find_longest_match(0, len(prompt), 0, len(folded))
        start = max(match.b - match.a, 0)
        window = folded[start:start + len(prompt) + 5]
        ratio = SequenceMatcher(None, prompt, window, autojunk=False).ratio()
        if ratio >= 0.75 and (best is None or ratio > best[0]):
            best = (ratio, line.line, line.text.strip())
    return (best[1], best[2]) if best else None


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


@rule("CTA003", "next-step-needs-url", "error", messages={
    "summary": {"en": "next step of type form, event, faq, guide or link without `url`",
                "de": "nächster Schritt vom Typ form, event, faq, guide oder link ohne `url`"},
    "missing": {"en": "A next step of type `{type}` sends readers somewhere, but `next_step.url` is missing. Add the address (with UTM parameters for tracked domains).",
                "de": "Ein nächster Schritt vom Typ `{type}` schickt die Lesenden irgendwohin, aber `next_step.url` fehlt. Tragen Sie die Adresse ein (bei getrackten Domains mit UTM-Parametern)."},
})
def next_step_needs_url(post: Post) -> Iterator[Hit]:
    """Why: a form, event, FAQ, guide or link is a destination; without its URL nobody can check
    the link, its UTM tags (UTM rules) or that it still works.

    Bad:
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-18T10:00
        next_step: {type: guide, prompt: "Die Schritt-für-Schritt-Anleitung steht in unserer Hilfe."}
        sla: {owner: anna}
        ---
        Backups nach der 3-2-1-Regel. Die Schritt-für-Schritt-Anleitung steht in unserer Hilfe.

    Good:
        ---
        title: Anleitung Backup
        channel: mastodon
        format: guide
        publish_at: 2027-01-18T10:00
        next_step:
          type: guide
          prompt: "Die Schritt-für-Schritt-Anleitung steht in unserer Hilfe."
          url: https://example.com/hilfe/backup?utm_source=mastodon&utm_medium=social&utm_campaign=backup
        sla: {owner: anna}
        ---
        Backups nach der 3-2-1-Regel. Die Schritt-für-Schritt-Anleitung steht in unserer Hilfe.

    Options: none. Types that need a URL: form, event, faq, guide, link.
    """
    next_step = post.front.get("next_step")
    if not isinstance(next_step, dict):
        return
    kind = next_step.get("type")
    if kind in URL_TYPES and not next_step.get("url") and "next_step.url" not in post.positions:
        yield Hit("missing", *post.position("next_step.type"), {"type": kind})


@rule("CTA004", "next-step-below-fold", "info", messages={
    "summary": {"en": "the next step starts after the channel's \"… more\" cut in a long post",
                "de": "der nächste Schritt beginnt in einem langen Beitrag erst nach dem „… mehr“-Schnitt des Kanals"},
    "below": {"en": "The next step starts at character {start}, but {channel} shows only the first {cut} characters before \"… more\". Move the sentence up so readers see it without expanding.",
              "de": "Der nächste Schritt beginnt bei Zeichen {start}, {channel} zeigt aber nur die ersten {cut} Zeichen vor „… mehr“. Ziehen Sie den Satz nach oben, damit man ihn ohne Aufklappen sieht."},
})
def next_step_below_fold(post: Post) -> Iterator[Hit]:
    """Why: in the feed, Instagram (125 characters) and LinkedIn (210) cut a long caption with
    "… more"; most readers never expand it, so a next step below the cut is rarely seen. Info
    only: the post is "long" when its visible text is longer than the cut (so the platform
    actually shows "… more"), and only a prompt that *starts* after the cut is reported.
    Channels without a cut (X, Mastodon, …) are never reported.

    Bad:
        ---
        title: Mythos Passwortwechsel
        channel: instagram
        format: myth-fact
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Welcher Passwort-Mythos begegnet euch am häufigsten?"}
        sla: {owner: anna}
        media:
          - {type: image, file: media/bild.png, alt: "Karte mit dem Wort Mythos"}
        ---
        Mythos oder Fakt? „Passwörter muss man alle 90 Tage wechseln.“

        Mythos. Wer ständig wechseln muss, landet bei Mustern wie Sommer2026, Herbst2026 und Winter2026. Solche Reihen probieren Angreifer als Erstes aus.

        Welcher Passwort-Mythos begegnet euch am häufigsten?

    Good:
        ---
        title: Mythos Passwortwechsel
        channel: instagram
        format: myth-fact
        publish_at: 2027-01-11T10:00
        next_step: {type: comment, prompt: "Welcher Passwort-Mythos begegnet euch am häufigsten?"}
        sla: {owner: anna}
        media:
          - {type: image, file: media/bild.png, alt: "Karte mit dem Wort Mythos"}
        ---
        Mythos oder Fakt? „Passwörter muss man alle 90 Tage wechseln.“

        Welcher Passwort-Mythos begegnet euch am häufigsten?

        Mythos. Wer ständig wechseln muss, landet bei Mustern wie Sommer2026, Herbst2026 und Winter2026. Solche Reihen probieren Angreifer als Erstes aus.

    Options: the cut per channel is `more_cut` in the channel table (`channels:` in smmlint.yaml
    overrides it, e.g. channels: {instagram: {more_cut: 125}}).
    """
    prompt = prompt_of(post)
    if prompt is None:
        return
    from smmlint.text.views import folded_plain, visible as visible_view
    from smmlint.text.visible import more_cut, source_column

    cut = more_cut(post.channel, post.config["channels"])
    if cut is None:
        return
    visible = visible_view(post)
    if len(visible.text) <= cut:  # short: the whole text is visible, no "… more"
        return
    index = folded_plain(post).find(prompt)  # fold(visible.text): the same, folding joins line breaks
    if index < 0 or index < len(fold(visible.text[:cut])):
        return  # not in the text (CTA002), or it starts before the cut
    # where exactly: the text and the prompt folded character by character, with offsets
    folded, offsets = fold_with_offsets(visible.text)
    index = folded.find(fold_with_offsets(post.front["next_step"]["prompt"])[0].strip(_EDGE_PUNCTUATION))
    if index < 0:
        return
    start = offsets[index]
    if start < cut:
        return
    line, inner = visible.locate(start)
    column = source_column(line.source, line.text[inner:inner + 20], inner)
    yield Hit("below", line.line, column, {"start": start + 1, "cut": cut, "channel": post.channel})


RULES = (next_step_missing, next_step_not_in_body, next_step_needs_url, next_step_below_fold)
