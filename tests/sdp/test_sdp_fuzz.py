"""Mutate real SDPs line by line: only SDPError may escape, and nothing is lost on round-trip."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sdp_fixture_data import FIXTURES, read_sdp

from realtime_ext import sdp
from realtime_ext.sdp import SDPError, parse, serialise
from realtime_ext.sdp._inspect import candidates_by_type
from realtime_ext.sdp._parse import parse_candidate
from support.fuzz import examples

TEXTS = [read_sdp(name) for name in FIXTURES]
JUNK = st.text(
    alphabet=st.sampled_from("aAmvost=:/ 0129-_.*\r\n\t\x00é€\u2028"), min_size=0, max_size=12
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(TEXTS))
    lines = text.split("\r\n")
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "truncate", "replace", "inject"]))
        if not lines:
            lines = [""]
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "truncate":
            lines[i] = lines[i][: draw(st.integers(0, max(len(lines[i]), 0)))]
        elif op == "replace" and lines[i]:
            k = draw(st.integers(0, len(lines[i]) - 1))
            lines[i] = lines[i][:k] + draw(JUNK) + lines[i][k + 1 :]
        elif op == "inject":
            lines.insert(i, draw(JUNK))
    out = "\r\n".join(lines)
    if draw(st.booleans()):
        out = out[: draw(st.integers(0, len(out)))]
    return out


def _canonical_lines(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[-1]:
        lines.pop()
    return lines


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutations_raise_only_sdp_error_and_round_trip(text: str) -> None:
    try:
        desc = parse(text)
    except SDPError:
        return
    out = serialise(desc)
    if desc.normalised:
        assert out.split("\r\n")[:-1] == _canonical_lines(text)
    else:
        assert out == text
    again = parse(out)
    assert not again.normalised and serialise(again) == out
    for check in (sdp.validate_offer, sdp._validate.validate_answer):
        with contextlib.suppress(SDPError):
            check(desc)
    sdp.summary(desc)
    sdp._inspect.audio_codecs(desc)
    candidates_by_type(desc)
    with contextlib.suppress(SDPError):
        sdp.prefer_codec(desc, "opus")
    parse(serialise(desc))


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_raises_only_sdp_error(text: str) -> None:
    for fn in (parse, sdp.validate_offer, sdp._validate.validate_answer, parse_candidate):
        with contextlib.suppress(SDPError):
            fn(text)


# Hostile values (issue 23): whitespace-only attribute values, numbers far past int()'s
# 4,300-digit limit, and long runs of nesting characters, in every attribute and line kind.
ATTRIBUTE_NAMES = [
    "group",
    "ssrc-group",
    "candidate",
    "rtpmap",
    "fmtp",
    "rtcp-fb",
    "extmap",
    "ssrc",
    "msid",
    "fingerprint",
    "sctp-port",
    "max-message-size",
    "sctpmap",
    "mid",
    "setup",
    "ice-ufrag",
    "ice-pwd",
]
HOSTILE_VALUES = st.sampled_from(
    [
        " ",
        "  ",
        "\t",
        " \t ",
        "9" * 5000,
        "0" * 30 + "1",
        "1" * 25,
        "BUNDLE " + "9" * 4400,
        "1 " + "9" * 4400,
        "111 opus/" + "9" * 4400,
        "1 1 udp " + "9" * 4400 + " 1.2.3.4 9 typ host",
        "[" * 2000,
        "{" * 2000 + "}" * 2000,
        "\u2028",
        "\u00a0",
    ]
)


@st.composite
def hostile(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(TEXTS)).split("\r\n")
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(1, max(1, len(lines) - 2)))
        kind = draw(st.sampled_from(["attribute", "number", "line"]))
        value = draw(HOSTILE_VALUES)
        if kind == "attribute":
            lines.insert(i, f"a={draw(st.sampled_from(ATTRIBUTE_NAMES))}:{value}")
        elif kind == "number":
            # Swap the first digit run of a line for a huge one.
            line = lines[i]
            k = next((j for j, ch in enumerate(line) if ch.isdigit()), None)
            if k is not None:
                end = k
                while end < len(line) and line[end].isdigit():
                    end += 1
                lines[i] = line[:k] + "9" * draw(st.sampled_from([21, 4301, 6000])) + line[end:]
        else:
            lines.insert(i, f"{draw(st.sampled_from('vosticm'))}={value}")
    return "\r\n".join(lines)


@settings(max_examples=examples(500), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile())
def test_hostile_values_raise_only_sdp_error(text: str) -> None:
    from realtime_ext.sdp._validate import check_offer

    for check in (parse, sdp.validate_offer, sdp._validate.validate_answer, check_offer):
        with contextlib.suppress(SDPError):
            check(text)


def test_whitespace_only_groups_and_huge_numbers_are_sdp_errors() -> None:
    from realtime_ext.sdp._validate import check_offer

    base = TEXTS[0].rstrip("\r\n")
    for extra, message in [
        ("a=group:  ", "a=group needs"),
        ("a=ssrc-group: ", "a=ssrc-group needs"),
        ("a=sctp-port:" + "9" * 5000, "too large"),
        ("a=max-message-size:" + "0" * 25 + "5", None),
    ]:
        text = base + "\r\n" + extra + "\r\n"
        for check in (parse, sdp.validate_offer, check_offer):
            if message is None:
                with contextlib.suppress(SDPError):
                    check(text)
                continue
            with pytest.raises(SDPError, match=message):
                check(text)
