"""AD: advertising and partnership labelling.

A post is partner content when its front matter has `ad`. Labels are recognised only where they
stand as labels (see smmlint/text/labels.py): "Was ist Werbung nach UWG?" carries none.
German posts (`language: de`) accept only "Werbung" and "Anzeige"; other posts accept "#ad",
"Ad", "Advertisement", "Sponsored"/"#sponsored" and "Paid partnership".
"""

from __future__ import annotations

from typing import Iterator

from smmlint.post import Post
from smmlint.problem import Hit
from smmlint.rules.base import rule

#: Accepted labels per post language (rules.md AD002); any language other than German uses "en".
ACCEPTED = {
    "de": frozenset({"werbung", "anzeige"}),
    "en": frozenset({"ad", "advertisement", "sponsored", "sponsored by", "paid partnership"}),
}
#: Weak labels: recognised as an attempt to label, but not clear enough.
WEAK = {
    "de": frozenset({"ad", "advertisement", "sponsored", "sponsored by", "powered by", "präsentiert von",
                     "in kooperation mit", "sp", "spon", "collab", "gifted", "promotion", "paid partnership",
                     "bezahlte partnerschaft", "kooperation", "gesponsert"}),
    "en": frozenset({"sp", "spon", "collab", "gifted"}),
}
#: What AD005 takes as a sign of advertising in a post without `ad` (only unambiguous labels).
UNDECLARED_TERMS = frozenset({"werbung", "anzeige", "ad", "advertisement", "sponsored", "gesponsert",
                              "paid partnership", "bezahlte partnerschaft", "spon", "gifted"})
#: What to write instead, per post language (a translated message fragment).
_SUGGEST = {
    "de": {"en": "„Werbung“ or „Anzeige“ (e.g. „Anzeige | …“)", "de": "„Werbung“ oder „Anzeige“ (z. B. „Anzeige | …“)"},
    "en": {"en": "„#ad“, „Ad“ or „Sponsored“ (e.g. „Ad | …“)", "de": "„#ad“, „Ad“ oder „Sponsored“ (z. B. „Ad | …“)"},
}


def _lang(post: Post) -> str:
    return "de" if post.language == "de" else "en"


def _is_partner(post: Post) -> bool:
    return isinstance(post.front.get("ad"), dict)


def _labels(post: Post):
    """The visible text and its labels (computed once per post, shared by AD001-AD005)."""
    from smmlint.text.views import blanked_lines, visible

    shown = visible(post)
    labels = post.memo.get("ad.labels")
    if labels is None:
        from smmlint.text.labels import find_labels

        labels = post.memo["ad.labels"] = find_labels(shown, blanked_lines(post))
    return shown, labels


def _first_body_position(post: Post) -> tuple[int, int]:
    for line in post.lines:
        if line.text.strip():
            return line.line, 1
    return post.position("ad")


@rule("AD001", "ad-label-missing", "error", messages={
    "summary": {"en": "partner post (`ad` present) with no advertising label in the text",
                "de": "Partnerbeitrag (`ad` gesetzt) ohne Werbekennzeichnung im Text"},
    "missing": {"en": "This is partner content (`ad` is set), but the text has no advertising label. Start the text with {labels}.",
                "de": "Das ist Partnerinhalt (`ad` ist gesetzt), aber im Text fehlt die Werbekennzeichnung. Beginnen Sie den Text mit {labels}."},
})
def ad_label_missing(post: Post) -> Iterator[Hit]:
    """Why: advertising must be recognisable as such (UWG §5a(4); die medienanstalten,
    Leitfaden Werbekennzeichnung 2022: "Werbung" or "Anzeige"; FTC Endorsement Guides 16 CFR
    255). Reported on the first line of the text, where the label belongs. Labels count only
    where they stand as labels: a hashtag (#Werbung, #ad), a word of its own at the start of a
    line or between separators ("Anzeige | …", "Werbung:", "[Werbung]"), or a label phrase
    ("sponsored by", "in Kooperation mit"); "Was ist Werbung nach UWG?" is no label.

    Bad:
        ---
        title: Verlosung mit Tresorkey
        channel: instagram
        format: announcement
        publish_at: 2027-01-20T12:00
        language: de
        next_step: {type: form, prompt: "Trag dich über das Formular ein.", url: "https://example.com/verlosung"}
        sla: {owner: anna}
        ad: {kind: partnership, partner: Tresorkey GmbH}
        terms_url: https://example.com/teilnahmebedingungen
        ---
        Mit unserem Partner Tresorkey verlosen wir 10 Sicherheitsschlüssel.

        Trag dich über das Formular ein.

    Good:
        ---
        title: Verlosung mit Tresorkey
        channel: instagram
        format: announcement
        publish_at: 2027-01-20T12:00
        language: de
        next_step: {type: form, prompt: "Trag dich über das Formular ein.", url: "https://example.com/verlosung"}
        sla: {owner: anna}
        ad: {kind: partnership, partner: Tresorkey GmbH}
        terms_url: https://example.com/teilnahmebedingungen
        ---
        Anzeige | Mit unserem Partner Tresorkey verlosen wir 10 Sicherheitsschlüssel.

        Trag dich über das Formular ein.

    Options: none. The post's `language` (default: the config's `language`) decides which labels
    count: German posts "Werbung"/"Anzeige" (weak ones: AD002); other languages "#ad", "Ad",
    "Advertisement", "Sponsored", "Paid partnership".
    """
    if not _is_partner(post):
        return
    lang = _lang(post)
    _, labels = _labels(post)
    if not any(label.term in ACCEPTED[lang] or label.term in WEAK[lang] for label in labels):
        yield Hit("missing", *_first_body_position(post), {"labels": _SUGGEST[lang]})


@rule("AD002", "ad-label-weak", "error", messages={
    "summary": {"en": "labelled only with weak terms (#ad, sponsored, in Kooperation mit, … in German posts; #spon, #sp, #collab, #gifted alone)",
                "de": "nur mit schwachen Begriffen gekennzeichnet (#ad, sponsored, in Kooperation mit, … in deutschen Beiträgen; #spon, #sp, #collab, #gifted allein)"},
    "weak-de": {"en": "{found} is not a clear advertising label for German readers. Write „Werbung“ or „Anzeige“ at the start of the text, e.g. „Anzeige | …“.",
                "de": "{found} ist für deutschsprachige Lesende keine klare Werbekennzeichnung. Schreiben Sie „Werbung“ oder „Anzeige“ an den Anfang des Textes, z. B. „Anzeige | …“."},
    "weak-en": {"en": "{found} alone does not tell readers this is an ad. Use „#ad“, „Ad“ or „Sponsored“ at the start of the text.",
                "de": "{found} allein zeigt den Lesenden nicht, dass es Werbung ist. Verwenden Sie „#ad“, „Ad“ oder „Sponsored“ am Anfang des Textes."},
})
def ad_label_weak(post: Post) -> Iterator[Hit]:
    """Why: die medienanstalten (Leitfaden Werbekennzeichnung 2022) accept only "Werbung" or
    "Anzeige" for German-language content; English terms, "#sp", "#spon", "powered by",
    "präsentiert von" or "in Kooperation mit" are not understood as advertising. For English
    posts the FTC ("Disclosures 101") and ASA/CMA guides accept #ad, Ad, Sponsored, but not
    "#sp", "#spon", "#collab" or "#gifted" on their own. Reported on the first weak label,
    only when the post has no accepted label.

    Bad:
        ---
        title: Sicherheitsschlüssel im Test
        channel: instagram
        format: announcement
        publish_at: 2027-01-20T12:00
        language: de
        next_step: {type: comment, prompt: "Nutzt ihr schon einen Schlüssel?"}
        sla: {owner: anna}
        ad: {kind: paid, partner: Tresorkey GmbH}
        ---
        #ad Wir haben den neuen Tresorkey ausprobiert.

        Nutzt ihr schon einen Schlüssel?

    Good:
        ---
        title: Sicherheitsschlüssel im Test
        channel: instagram
        format: announcement
        publish_at: 2027-01-20T12:00
        language: de
        next_step: {type: comment, prompt: "Nutzt ihr schon einen Schlüssel?"}
        sla: {owner: anna}
        ad: {kind: paid, partner: Tresorkey GmbH}
        ---
        Werbung | Wir haben den neuen Tresorkey ausprobiert.

        Nutzt ihr schon einen Schlüssel?

    Options: none (the post's `language` decides; see AD001).
    """
    if not _is_partner(post):
        return
    lang = _lang(post)
    _, labels = _labels(post)
    if any(label.term in ACCEPTED[lang] for label in labels):
        return
    weak = next((label for label in labels if label.term in WEAK[lang]), None)
    if weak is not None:
        yield Hit(f"weak-{lang}", weak.line, weak.column, {"found": f"„{weak.text}“"})


@rule("AD003", "ad-label-not-upfront", "error", messages={
    "summary": {"en": "advertising label not in the first line / before the channel's \"more\" cut, or only inside a run of 3+ hashtags",
                "de": "Werbekennzeichnung nicht in der ersten Zeile / vor dem „mehr“-Schnitt des Kanals, oder nur in einem Block aus 3+ Hashtags"},
    "late": {"en": "The label {found} comes after the first {cut} characters, which is all {channel} shows before \"… more\". Put {labels} in the first line.",
             "de": "Die Kennzeichnung {found} steht erst nach den ersten {cut} Zeichen, mehr zeigt {channel} vor „… mehr“ nicht. Setzen Sie {labels} in die erste Zeile."},
    "buried": {"en": "The label {found} stands only in a block of hashtags, where readers overlook it. Put {labels} in the first line as a word of its own.",
               "de": "Die Kennzeichnung {found} steht nur in einem Block aus Hashtags und wird dort überlesen. Setzen Sie {labels} als eigenes Wort in die erste Zeile."},
})
def ad_label_not_upfront(post: Post) -> Iterator[Hit]:
    """Why: a label must be seen before the ad is read: "at the start" (die medienanstalten,
    Leitfaden 2022), "above the 'more' button" and not "buried in a string of hashtags" (FTC
    "Disclosures 101"); OLG Celle 13 U 53/17 found #ad among many hashtags insufficient. A
    label is upfront when it is in the first line of the text or starts before the channel's
    "… more" cut (Instagram 125 characters, LinkedIn 210; channels without a cut, such as X,
    show the whole text), and is not part of a run of 3 or more hashtags.

    Bad:
        ---
        title: Verlosung mit Tresorkey
        channel: instagram
        format: announcement
        publish_at: 2027-01-20T12:00
        language: de
        next_step: {type: form, prompt: "Trag dich über das Formular ein.", url: "https://example.com/verlosung"}
        sla: {owner: anna}
        ad: {kind: partnership, partner: Tresorkey GmbH}
        terms_url: https://example.com/teilnahmebedingungen
        ---
        Mit unserem Partner Tresorkey verlosen wir 10 Sicherheitsschlüssel.

        Trag dich über das Formular ein.

        #Verlosung #ZweiFaktor #Anzeige

    Good:
        ---
        title: Verlosung mit Tresorkey
        channel: instagram
        format: announcement
        publish_at: 2027-01-20T12:00
        language: de
        next_step: {type: form, prompt: "Trag dich über das Formular ein.", url: "https://example.com/verlosung"}
        sla: {owner: anna}
        ad: {kind: partnership, partner: Tresorkey GmbH}
        terms_url: https://example.com/teilnahmebedingungen
        ---
        Anzeige | Mit unserem Partner Tresorkey verlosen wir 10 Sicherheitsschlüssel.

        Trag dich über das Formular ein.

        #Verlosung #ZweiFaktor #Anzeige

    Options: the cut per channel is `more_cut` in the channel table (`channels:` in smmlint.yaml
    overrides it).
    """
    if not _is_partner(post):
        return
    lang = _lang(post)
    visible, labels = _labels(post)
    accepted = [label for label in labels if label.term in ACCEPTED[lang]]
    if not accepted:
        return  # AD001 / AD002
    from smmlint.text.labels import hashtag_runs
    from smmlint.text.visible import more_cut

    runs = hashtag_runs(visible)
    cut = more_cut(post.channel, post.config["channels"])
    first_line = visible.lines[0].line if visible.lines else 0

    def buried(label) -> bool:
        return label.form == "hashtag" and any(start <= label.offset < end for start, end in runs)

    if any(not buried(label) and (label.line == first_line or cut is None or label.offset < cut) for label in accepted):
        return
    label = accepted[0]
    args = {"found": f"„{label.text}“", "labels": _SUGGEST[lang], "cut": cut, "channel": post.channel}
    yield Hit("buried" if buried(label) else "late", label.line, label.column, args)


@rule("AD004", "ad-partner-missing", "error", messages={
    "summary": {"en": "`ad` without `partner`", "de": "`ad` ohne `partner`"},
    "missing": {"en": "Partner content needs its partner: add `partner:` under `ad` with the brand's name, e.g. partner: \"Tresorkey GmbH\".",
                "de": "Bei Partnerinhalten muss der Partner genannt sein: Ergänzen Sie unter `ad` das Feld `partner:` mit dem Namen der Marke, z. B. partner: \"Tresorkey GmbH\"."},
})
def ad_partner_missing(post: Post) -> Iterator[Hit]:
    """Why: the commercial purpose includes who pays (UWG §5a(4), DDG §6: the client of
    commercial communication must be identifiable); the plan must say who the partner is so the
    label, the contract and the reporting match.

    Bad:
        ---
        title: Sicherheitsschlüssel im Test
        channel: instagram
        format: announcement
        publish_at: 2027-01-20T12:00
        next_step: {type: comment, prompt: "Nutzt ihr schon einen Schlüssel?"}
        sla: {owner: anna}
        ad: {kind: paid}
        ---
        Werbung | Wir haben den neuen Tresorkey ausprobiert. Nutzt ihr schon einen Schlüssel?

    Good:
        ---
        title: Sicherheitsschlüssel im Test
        channel: instagram
        format: announcement
        publish_at: 2027-01-20T12:00
        next_step: {type: comment, prompt: "Nutzt ihr schon einen Schlüssel?"}
        sla: {owner: anna}
        ad: {kind: paid, partner: Tresorkey GmbH}
        ---
        Werbung | Wir haben den neuen Tresorkey ausprobiert. Nutzt ihr schon einen Schlüssel?

    Options: none.
    """
    if _is_partner(post) and not post.front["ad"].get("partner") and "ad.partner" not in post.positions:
        yield Hit("missing", *post.position("ad"))


@rule("AD005", "ad-undeclared", "warning", messages={
    "summary": {"en": "the text carries an advertising label or affiliate links, but the front matter has no `ad`",
                "de": "der Text trägt eine Werbekennzeichnung oder Affiliate-Links, der Kopfbereich aber kein `ad`"},
    "undeclared": {"en": "The text looks like advertising ({found}), but the front matter has no `ad`. If this is partner or affiliate content, add `ad:` with `kind` and `partner`; if not, remove the label or link.",
                   "de": "Der Text sieht nach Werbung aus ({found}), aber im Kopfbereich fehlt `ad`. Ist es Partner- oder Affiliate-Inhalt, ergänzen Sie `ad:` mit `kind` und `partner`; sonst entfernen Sie Kennzeichnung oder Link."},
})
def ad_undeclared(post: Post) -> Iterator[Hit]:
    """Why: the plan and the text disagree: either the post is advertising and the plan (and
    every report built on it) does not know, or a label was copied into a post that is not an
    ad. Affiliate links are advertising too (UWG §5a(4); FTC Endorsement Guides 16 CFR 255).
    Signals: a label standing as a label (#Werbung, „Anzeige |“, „[Werbung]“, #ad, „Ad:“,
    Sponsored, Paid partnership, #spon, #gifted; not an all-caps "AD", which is often Active
    Directory), affiliate links (amzn.to, Amazon links with `tag=`, awin1.com and other
    affiliate networks) and "Affiliate-Link", "*Affiliate", "Partnerlink", "Werbelink".
    Reported once, on the first signal.

    Bad:
        ---
        title: Unsere Lieblings-Sicherheitsschlüssel
        channel: mastodon
        format: story
        publish_at: 2027-01-20T12:00
        next_step: {type: link, prompt: "Hier gibt es ihn", url: "https://amzn.to/3xYzAbc"}
        sla: {owner: anna}
        ---
        Unser Lieblings-Sicherheitsschlüssel für unterwegs. Hier gibt es ihn: https://amzn.to/3xYzAbc (Affiliate-Link)

    Good:
        ---
        title: Was ist Werbung?
        channel: mastodon
        format: story
        publish_at: 2027-01-20T12:00
        next_step: {type: comment, prompt: "Welche Kennzeichnung erkennt ihr sofort?"}
        sla: {owner: anna}
        ---
        Was ist Werbung nach UWG? Und warum reicht ein Kürzel unter vielen Hashtags nicht? Ein Gericht hat das 2017 geklärt.

        Welche Kennzeichnung erkennt ihr sofort?

    Options: none.
    """
    if "ad" in post.front or "ad" in post.positions:
        return
    from smmlint.text.labels import affiliate_signals
    from smmlint.text.views import blanked_lines

    visible, labels = _labels(post)
    candidates: list[tuple[int, int, str]] = []
    for label in labels:
        if label.term not in UNDECLARED_TERMS or (label.form == "segment" and label.text == "AD"):
            continue
        if label.form == "phrase" and label.term not in ("paid partnership", "bezahlte partnerschaft"):
            continue
        candidates.append((label.line, label.column, ("#" if label.form == "hashtag" else "") + label.text.lstrip("#")))
    signals = affiliate_signals(visible, post.links, blanked_lines(post))
    candidates.extend((signal.line, signal.column, signal.text) for signal in signals)
    if candidates:
        line, column, found = min(candidates)
        yield Hit("undeclared", line, column, {"found": f"„{found}“"})


@rule("AD006", "giveaway-terms-missing", "error", messages={
    "summary": {"en": "giveaway or discount-code post without a top-level `terms_url` (conditions of participation)",
                "de": "Gewinnspiel oder Rabattcode ohne `terms_url` (Teilnahmebedingungen)"},
    "missing": {"en": "This looks like a giveaway or discount code ({found}), but `terms_url` is missing. Add `terms_url:` to the front matter with the address of the conditions (who may take part, until when, how winners are chosen).",
                "de": "Das sieht nach Gewinnspiel oder Rabattaktion aus ({found}), aber `terms_url` fehlt. Ergänzen Sie im Kopfbereich `terms_url:` mit der Adresse der Teilnahmebedingungen (wer teilnehmen darf, bis wann, wie gelost wird)."},
})
def giveaway_terms_missing(post: Post) -> Iterator[Hit]:
    """Why: DDG §6 (formerly TMG §6): the conditions of giveaways, competitions and discounts
    must be easily accessible and stated clearly, for a brand's own promotion as much as for a
    partner's. Words: Gewinnspiel, Verlosung/verlosen, Rabattcode, Gutschein, Promo-Code,
    Preisausschreiben (also inside compounds such as "Adventsverlosung", "Gutscheincode"),
    giveaway, discount/promo/coupon/voucher code, raffle, sweepstakes, prize draw. Warnings
    about fake giveaways ("Fake-Gewinnspiele", "gefälschte Gutscheine", "giveaway scams") and
    negations ("Wir verlosen nie etwas per DM") do not count. Reported on the first word in the
    text (else on the title).

    Bad:
        ---
        title: Adventsverlosung
        channel: instagram
        format: announcement
        publish_at: 2026-12-01T10:00
        next_step: {type: comment, prompt: "Kommentiert euren besten Passwort-Tipp!"}
        sla: {owner: anna}
        ---
        Adventsverlosung: Wir verlosen drei Sicherheitsschlüssel unter allen, die mitmachen.

        Kommentiert euren besten Passwort-Tipp!

    Good:
        ---
        title: Adventsverlosung
        channel: instagram
        format: announcement
        publish_at: 2026-12-01T10:00
        next_step: {type: comment, prompt: "Kommentiert euren besten Passwort-Tipp!"}
        sla: {owner: anna}
        terms_url: https://example.com/teilnahmebedingungen/advent
        ---
        Adventsverlosung: Wir verlosen drei Sicherheitsschlüssel unter allen, die mitmachen.

        Kommentiert euren besten Passwort-Tipp! Teilnahmebedingungen: Link in der Bio.

    Options: none.
    """
    if post.front.get("terms_url") or "terms_url" in post.positions:
        return
    from smmlint.text.labels import giveaway_matches, giveaway_words
    from smmlint.text.views import visible

    word = next(giveaway_words(visible(post)), None)
    if word is not None:
        yield Hit("missing", word.line, word.column, {"found": f"„{word.text}“"})
        return
    title = post.front.get("title")
    if isinstance(title, str):
        found = next(giveaway_matches(title), None)
        if found is not None:
            yield Hit("missing", *post.position("title"), {"found": f"„{found[1]}“"})


RULES = (ad_label_missing, ad_label_weak, ad_label_not_upfront, ad_partner_missing, ad_undeclared,
         giveaway_terms_missing)
