"""smmlint.urls: parsing links, tracked hosts, UTM parameters and the byte-exact UTM fix."""

from urllib.parse import unquote, unquote_plus

import pytest
from hypothesis import given, settings, strategies as st

from smmlint.channels import DEFAULT_CHANNELS
from smmlint.urls import (
    CHANNEL_SOURCE_ALIASES,
    CHANNEL_SOURCES,
    GA4_UTM_KEYS,
    UTM_VALUE,
    UTM_VALUE_RE,
    Link,
    channel_source,
    fix_utm,
    is_tracked_host,
    is_utm_name,
    parse_link,
    utm_duplicates,
    utm_params,
)


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
    ("https://exa\tmple.com/", "space"),
    ("https://example.com/\x00", "space"),
    ("https://" + "ä" * 64 + ".com/", "bad-host"),  # a label IDNA cannot encode (too long)
    ("https://exa_mple.com/", None),
    ("ftp://files.example.com/a", None),
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


# ---- constants ---------------------------------------------------------------------------

def test_ga4_keys_are_exactly_googles_list_in_order():
    assert GA4_UTM_KEYS == ("utm_id", "utm_source", "utm_medium", "utm_campaign", "utm_source_platform",
                            "utm_term", "utm_content", "utm_creative_format", "utm_marketing_tactic")


@pytest.mark.parametrize("value, valid", [
    ("instagram", True), ("mythen-2027", True), ("a_b", True), ("0", True),
    ("Instagram", False), ("mythen 2027", False), ("", False), ("ä", False), ("a.b", False),
    ("abc\n", False), ("-", True),
])
def test_utm_value_re(value, valid):
    assert (UTM_VALUE_RE.match(value) is not None) is valid
    assert (UTM_VALUE_RE.fullmatch(value) is not None) is valid
    assert (UTM_VALUE.fullmatch(value) is not None) is valid


def test_aliases_map_wrong_names_to_channel_names():
    assert CHANNEL_SOURCE_ALIASES["twitter"] == "x"
    assert CHANNEL_SOURCE_ALIASES["fb"] == "facebook"
    assert CHANNEL_SOURCE_ALIASES["ig"] == "instagram"
    assert set(CHANNEL_SOURCES) == set(DEFAULT_CHANNELS)
    for wrong, right in CHANNEL_SOURCE_ALIASES.items():
        assert right in DEFAULT_CHANNELS and wrong not in DEFAULT_CHANNELS and wrong == wrong.lower()


# ---- parsing -----------------------------------------------------------------------------

def test_parse_link_parts():
    link = parse_link("https://Hilfe.Example.com:8443/FAQ/a%20b?b=2&a=1&utm_source=Insta%67ram&flag#Teil-2")
    assert isinstance(link, Link) and link.problem is None
    assert (link.scheme, link.host, link.port, link.path, link.fragment) == (
        "https", "hilfe.example.com", 8443, "/FAQ/a%20b", "Teil-2")
    assert link.query == "b=2&a=1&utm_source=Insta%67ram&flag"
    assert link.params == (("b", "2"), ("a", "1"), ("utm_source", "Instagram"), ("flag", ""))


def test_parse_link_without_port_or_query():
    link = parse_link("https://example.com")
    assert (link.host, link.port, link.path, link.query, link.params, link.fragment) == (
        "example.com", None, "", "", (), "")


@pytest.mark.parametrize("url, host, ascii_host", [
    ("https://Bücher.Example/x", "bücher.example", "xn--bcher-kva.example"),
    ("https://xn--bcher-kva.example/x", "xn--bcher-kva.example", "xn--bcher-kva.example"),
    ("https://[2001:DB8::1]:8080/x", "2001:db8::1", "2001:db8::1"),
    ("http://EXAMPLE.com./", "example.com", "example.com"),
])
def test_hosts_are_lowercase_without_port_and_have_an_idna_form(url, host, ascii_host):
    link = parse_link(url)
    assert (link.host, link.host_ascii) == (host, ascii_host)


def test_parse_link_never_raises():
    for text in ["", " ", "http://", "https://[", "//example.com", "https://example.com:-1", "\ud800", "%", "a:b"]:
        assert parse_link(text).problem is not None or parse_link(text).scheme


# ---- tracked hosts -----------------------------------------------------------------------

@pytest.mark.parametrize("host, domains, tracked", [
    ("hilfe.example.com", ["example.com"], True),
    ("example.com", ["hilfe.example.com"], False),
    ("bücher.example", ["xn--bcher-kva.example"], True),
    ("xn--bcher-kva.example", ["Bücher.example"], True),
    ("shop.bücher.example", ["bücher.example."], True),
    ("example.com", [], False),
    ("example.com", ["", "  ", None], False),
    ("EXAMPLE.COM", ["Example.Com"], True),
])
def test_is_tracked_host_more(host, domains, tracked):
    assert is_tracked_host(host, domains) is tracked


# ---- utm parameters ----------------------------------------------------------------------

def test_utm_duplicates_lists_every_value_of_a_repeated_name():
    link = parse_link("https://example.com/?utm_source=instagram&a=1&utm_source=facebook&utm_medium=social"
                      "&a=2&UTM_Source=x&utm_source=")
    assert utm_duplicates(link) == {"utm_source": ("instagram", "facebook", "")}
    assert utm_params(link)["utm_source"] == "instagram"
    assert utm_duplicates(parse_link("https://example.com/?utm_source=x")) == {}


@pytest.mark.parametrize("name, utm", [("utm_source", True), ("UTM_Source", True), ("utm_", True),
                                        ("utmost", False), ("utm", False), ("", False)])
def test_is_utm_name(name, utm):
    assert is_utm_name(name) is utm


# ---- fixing ------------------------------------------------------------------------------

FIX_CASES = [
    # already right: the same string object comes back
    ("https://example.com/?utm_source=x&utm_medium=social&utm_campaign=c", None,
     "https://example.com/?utm_source=x&utm_medium=social&utm_campaign=c"),
    # a value written differently but decoding to the right one stays as written
    ("https://example.com/?utm_source=%78&utm_medium=soci%61l&utm_campaign=c", None,
     "https://example.com/?utm_source=%78&utm_medium=soci%61l&utm_campaign=c"),
    # wrong values in place, the missing one appended, other parameters untouched
    ("https://example.com/p?b=%2F&utm_medium=Social&a=1&utm_source=twitter#x?utm_campaign=no", None,
     "https://example.com/p?b=%2F&utm_medium=social&a=1&utm_source=x&utm_campaign=c#x?utm_campaign=no"),
    # every occurrence of a repeated name gets the value
    ("https://example.com/?utm_source=x&utm_source=facebook", None,
     "https://example.com/?utm_source=x&utm_source=x&utm_medium=social&utm_campaign=c"),
    # a name without "="
    ("https://example.com/?utm_source&q", None, "https://example.com/?utm_source=x&q&utm_medium=social&utm_campaign=c"),
    # `required` limits what is appended, not what is corrected
    ("https://example.com/?utm_medium=Paid", ("utm_source",), "https://example.com/?utm_medium=social&utm_source=x"),
    ("https://example.com/", (), "https://example.com/"),
    # an upper-case name is not utm_source (and the rules do not fix such URLs)
    ("https://example.com/?UTM_SOURCE=X", ("utm_source",), "https://example.com/?UTM_SOURCE=X&utm_source=x"),
]


@pytest.mark.parametrize("url, required, fixed", FIX_CASES)
def test_fix_utm_cases(url, required, fixed):
    result = fix_utm(url, "x", "social", "c", required)
    assert result == fixed
    if fixed == url:
        assert result is url
    assert fix_utm(result, "x", "social", "c", required) == result


def test_fix_utm_positional_values_are_lowercased():
    assert fix_utm("https://example.com/", "Instagram", " Social ", "Mythen-2027") == (
        "https://example.com/?utm_source=instagram&utm_medium=social&utm_campaign=mythen-2027")
    assert fix_utm("https://example.com/", "", None, "  ") == "https://example.com/"


@pytest.mark.parametrize("url, fixed", [
    ("https://example.com/?utm_content=Story&utm_term=ok", "https://example.com/?utm_content=story&utm_term=ok"),
    ("https://example.com/?utm_content=Caf%C3%A9+Bar", "https://example.com/?utm_content=caf%C3%A9+bar"),
    ("https://example.com/?utm_content=%41b", "https://example.com/?utm_content=ab"),
    ("https://example.com/?utm_content=%C3%9Cber", "https://example.com/?utm_content=%C3%BCber"),
    ("https://example.com/?UTM_Term=A&Keep=B", "https://example.com/?UTM_Term=a&Keep=B"),
    ("https://example.com/?utm_medium=Social", "https://example.com/?utm_medium=social"),
])
def test_fix_utm_lowercase_lowercases_the_other_utm_values(url, fixed):
    assert fix_utm(url, lowercase=True) == fixed
    assert fix_utm(url) == url  # off by default: the rules leave such values to a person
    assert fix_utm(fixed, lowercase=True) == fixed


# ---- properties --------------------------------------------------------------------------

UTM_NAMES = st.sampled_from(["utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "UTM_Source",
                             "utm%5Fsource", "utm_foo"])
OTHER_NAMES = st.sampled_from(["a", "q", "Page", "ref", "%75tm", "fbclid", "x%20y", "", "utmost", "s+t"])
VALUE_PIECES = st.sampled_from(["x", "Ig", "social", "%41", "%c3%a4", "%C3%84", "+", "%2B", "%", "Ü", "ß", "İ",
                                "~", "-", "_", ".", "/", "?", "=", "a b".replace(" ", "+")])
VALUES = st.lists(VALUE_PIECES, max_size=4).map("".join)
ITEMS = st.one_of(
    st.tuples(UTM_NAMES, st.sampled_from(["=", ""]), VALUES).map("".join),
    st.tuples(OTHER_NAMES, st.sampled_from(["=", ""]), VALUES).map("".join),
    st.just(""),
)


@st.composite
def urls(draw):
    base = draw(st.sampled_from(["https://example.com", "https://example.com/faq", "http://Hilfe.Example.com/a/b",
                                 "https://example.com/p;x", "www.example.com/x"]))
    items = draw(st.lists(ITEMS, max_size=7))
    query = ("?" + "&".join(items)) if items or draw(st.booleans()) else ""
    fragment = draw(st.sampled_from(["", "#", "#top", "#a?utm_source=z&b", "#&&"]))
    return base + query + fragment


VALUES_GIVEN = st.sampled_from([None, "", "x", "Instagram", "social", "mythen-2027", "a b", "ä"])
REQUIRED = st.one_of(st.none(), st.lists(st.sampled_from(["utm_source", "utm_medium", "utm_campaign", "utm_term"]),
                                         unique=True))


def query_params(url: str) -> list[tuple[str, str]]:
    """The decoded parameters of any URL, also one without a scheme (parse_link's decoding)."""
    query = url.partition("#")[0].partition("?")[2]
    return [(unquote(item.partition("=")[0]), unquote_plus(item.partition("=")[2]))
            for item in query.split("&") if item]


def non_utm_items(url: str) -> list[str]:
    query = url.partition("#")[0].partition("?")[2]
    return [item for item in query.split("&") if item and not is_utm_name(unquote(item.partition("=")[0]))]


@settings(max_examples=400, deadline=None)
@given(urls(), VALUES_GIVEN, VALUES_GIVEN, VALUES_GIVEN, REQUIRED, st.booleans())
def test_fix_utm_properties(url, source, medium, campaign, required, lowercase):
    once = fix_utm(url, source, medium, campaign, required, lowercase=lowercase)
    # idempotent, and a right URL comes back as the same string
    twice = fix_utm(once, source, medium, campaign, required, lowercase=lowercase)
    assert twice == once and twice is once
    # every other parameter unchanged, in order, byte for byte; prefix and fragment kept
    assert non_utm_items(once) == non_utm_items(url)
    assert once.partition("?")[0].partition("#")[0] == url.partition("?")[0].partition("#")[0]
    assert once.partition("#")[1:] == url.partition("#")[1:]
    # the values given are there (and every occurrence agrees)
    params = query_params(once)
    wanted = {"utm_source": source, "utm_medium": medium, "utm_campaign": campaign}
    appendable = set(wanted) if required is None else set(required)
    for name, value in wanted.items():
        values = [v for n, v in params if n == name]
        if value and value.strip() and (values or name in appendable):
            assert values and set(values) == {value.strip().lower()}
    if lowercase:
        for name, value in params:
            if is_utm_name(name) and "%" not in value:  # a lone "%" decodes as written
                assert value == value.lower()
