"""smmlint.urls: parsing links, tracked hosts, UTM parameters and the byte-exact UTM fix."""

import pytest
from hypothesis import given, strategies as st

from smmlint.urls import GA4_UTM_KEYS, channel_source, fix_utm, is_tracked_host, parse_link, utm_params


@pytest.mark.parametrize("url, problem", [
    ("https://example.com/faq?utm_source=x", None),
    ("http://hilfe.example.com./x", None),
    ("https://bücher.example/x", None),
    ("https://[2001:db8::1]/x", None),
    ("https://example.com:8443/x", None),
    ("mailto:team@example.com", None),
    ("https://exa mple.com/faq", "space"),
    ("https//example.com/x", "no-scheme"),
    ("example.com/faq", "no-scheme"),
    ("https://example.com:99999/", "bad-port"),
    ("https://example.com:port/", "bad-port"),
    ("https://[::1/x", "bad-host"),
    ("https:///faq", "no-host"),
    ("https://example..com/", "bad-host"),
    ("https://-example.com/", "bad-host"),
])
def test_parse_link_problems(url, problem):
    assert parse_link(url).problem == problem


def test_parse_link_parts_are_normalised_and_decoded():
    link = parse_link("HTTP://Hilfe.Example.COM./x?utm_source=Insta%67ram&utm_campaign=Mythen+2027&q=a%26b#top")
    assert (link.scheme, link.host, link.is_web) == ("http", "hilfe.example.com", True)
    assert utm_params(link) == {"utm_source": "Instagram", "utm_campaign": "Mythen 2027"}
    assert ("q", "a&b") in link.params


def test_utm_params_first_wins_and_prefix_is_case_insensitive():
    link = parse_link("https://example.com/?utm_source=x&utm_source=y&UTM_Medium=social&utmost=1")
    assert utm_params(link) == {"utm_source": "x", "UTM_Medium": "social"}


@pytest.mark.parametrize("host, tracked", [
    ("example.com", True), ("hilfe.example.com", True), ("a.b.example.com", True), ("EXAMPLE.com.", True),
    ("notexample.com", False), ("example.com.evil.net", False), ("example.org", False), ("", False),
])
def test_is_tracked_host(host, tracked):
    assert is_tracked_host(host, ["example.com", "*.nothing.invalid"]) is tracked


def test_tracked_domain_spelling_in_config_is_forgiving():
    assert is_tracked_host("hilfe.example.com", [" .Example.com "])
    assert is_tracked_host("x.hilfe.example.com", ["*.hilfe.example.com"])


def test_channel_sources():
    assert [channel_source(c) for c in ("instagram", "X", "twitter", "fb", "ig", "twitch")] == [
        "instagram", "x", "x", "facebook", "instagram", "twitch"]
    assert "utm_marketing_tactic" in GA4_UTM_KEYS and len(GA4_UTM_KEYS) == 9


@pytest.mark.parametrize("url, fixed", [
    ("https://example.com/faq", "https://example.com/faq?utm_source=ig&utm_medium=social&utm_campaign=c"),
    ("https://example.com/faq?", "https://example.com/faq?utm_source=ig&utm_medium=social&utm_campaign=c"),
    ("https://example.com/faq?a=1&", "https://example.com/faq?a=1&utm_source=ig&utm_medium=social&utm_campaign=c"),
    ("https://example.com/faq#teil-2", "https://example.com/faq?utm_source=ig&utm_medium=social&utm_campaign=c#teil-2"),
    ("https://example.com/f?q=%C3%A4+b&utm_source=Insta%67ram",
     "https://example.com/f?q=%C3%A4+b&utm_source=ig&utm_medium=social&utm_campaign=c"),
    ("https://example.com/?utm_campaign=alt&utm_medium=social&utm_source=ig",
     "https://example.com/?utm_campaign=c&utm_medium=social&utm_source=ig"),
    ("www.example.com", "www.example.com?utm_source=ig&utm_medium=social&utm_campaign=c"),
])
def test_fix_utm_sets_values_and_keeps_the_rest(url, fixed):
    assert fix_utm(url, source="ig", medium="social", campaign="c") == fixed


def test_fix_utm_leaves_alone_what_it_is_not_given():
    url = "https://example.com/?utm_source=Instagram&utm_medium=Social"
    assert fix_utm(url) == url
    assert fix_utm(url, source="instagram") == "https://example.com/?utm_source=instagram&utm_medium=Social"


PIECES = st.sampled_from(["utm_source=", "utm_medium=", "utm_campaign=", "utm_term=", "Ig", "x", "%41", "+",
                          "&", "?", "#", "=", "/", "faq"])


@given(st.lists(PIECES, max_size=12).map("".join))
def test_fix_utm_is_idempotent_and_keeps_the_prefix(tail):
    url = "https://example.com/" + tail
    once = fix_utm(url, source="x", medium="social", campaign="c")
    assert fix_utm(once, source="x", medium="social", campaign="c") == once
    assert once.startswith(url.partition("?")[0].partition("#")[0])
    assert once.endswith(url.partition("#")[1] + url.partition("#")[2])
    params = utm_params(parse_link(once))
    assert (params["utm_source"], params["utm_medium"], params["utm_campaign"]) == ("x", "social", "c")
