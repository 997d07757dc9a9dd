"""The decoders' fast JSON parse (msgspec) gives exactly what ``json.loads`` gives.

The decoder tries ``LOADS`` first and asks ``json.loads`` about anything it refuses, so the
contract is one way: whenever ``LOADS`` returns, its value is ``json.loads``'s, type for
type (``1`` stays an int, ``-0.0`` keeps its sign, a 30-digit integer stays exact).
"""

from __future__ import annotations

import contextlib
import json
import math
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_ext.events import _parse, parse_server_event
from realtime_generated import event_types
from support.fuzz import examples
from support.spec_examples import events_with_examples


def same(a: object, b: object) -> bool:
    """Equal and of the same types all the way down (floats by their bits: -0.0, NaN).
    Iterative: the edge cases nest deeper than Python's recursion limit."""
    pending: list[tuple[object, object]] = [(a, b)]
    while pending:
        x, y = pending.pop()
        if type(x) is not type(y):
            return False
        if isinstance(x, float) and isinstance(y, float):
            both_nan = math.isnan(x) and math.isnan(y)
            if not both_nan and (x != y or math.copysign(1, x) != math.copysign(1, y)):
                return False
        elif isinstance(x, dict) and isinstance(y, dict):
            if list(x) != list(y):
                return False
            pending += [(x[k], y[k]) for k in x]
        elif isinstance(x, list) and isinstance(y, list):
            if len(x) != len(y):
                return False
            pending += list(zip(x, y, strict=True))
        elif x != y:
            return False
    return True


def agrees(text: str | bytes) -> None:
    """If LOADS returns, json.loads returns the very same value."""
    try:
        fast = _parse.LOADS(text)
    except _parse.REFUSED:
        return  # the decoder then asks json.loads: nothing to compare
    assert same(fast, json.loads(text)), (text, fast)


def test_ci_has_the_fast_parse() -> None:
    # The speed is part of the product: losing msgspec must fail here, not go unnoticed.
    assert _parse.LOADS is not _parse.std_loads
    assert type(_parse.LOADS.__self__).__module__.startswith("msgspec")  # type: ignore[attr-defined]


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=20,
)


@settings(max_examples=examples(400), deadline=None)
@given(value=JSON, ensure_ascii=st.booleans())
def test_any_json_value_parses_as_json_loads_parses_it(value: Any, ensure_ascii: bool) -> None:
    text = json.dumps(value, ensure_ascii=ensure_ascii)
    agrees(text)
    with contextlib.suppress(UnicodeEncodeError):  # lone surrogates have no UTF-8 bytes
        agrees(text.encode())


NUMBER = st.from_regex(r"\A-?(0|[1-9][0-9]{0,40})(\.[0-9]{1,30})?([eE][+-]?[0-9]{1,4})?\Z")


@settings(max_examples=examples(400), deadline=None)
@given(number=NUMBER)
def test_numbers_parse_to_the_same_int_or_float(number: str) -> None:
    agrees(f"[{number}]")
    agrees(f'{{"n": {number}}}'.encode())


@settings(max_examples=examples(400), deadline=None)
@given(
    text=st.text(alphabet='{}[]":,.-+eE0123456789 \\ntrufalsu\x00\x1f\u00e9\ud800/', max_size=40)
)
def test_near_json_text_is_refused_or_parsed_alike(text: str) -> None:
    agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        "NaN",
        "[Infinity, -Infinity]",
        "[1e400]",
        "[-1e400]",
        "[1e-400]",
        "[-0]",
        "[-0.0]",
        "[18446744073709551616]",
        "[-9223372036854775809]",
        "[123456789012345678901234567890]",
        "9" * 5000,
        '"\\ud800"',
        '{"a": 1, "a": 2}',
        "[2.2250738585072011e-308]",
        "[" * 3000 + "]" * 3000,
    ],
)
def test_edge_cases_parse_as_json_loads_parses_them(text: str) -> None:
    agrees(text)
    try:
        expected: object = json.loads(text)
    except (ValueError, RecursionError):
        return
    event = parse_server_event(f'{{"type": "x.y", "v": {text}}}')
    assert same(event.to_dict()["v"], expected)


def test_without_msgspec_the_standard_parser_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msgspec.json", None)  # import fails
    monkeypatch.setitem(sys.modules, "msgspec", None)
    assert _parse._first_parse() == (_parse.std_loads, (ValueError, TypeError, RecursionError))


def test_every_refusal_of_msgspec_goes_to_json_loads() -> None:
    # 0.18 (the declared floor) raises errors that are not ValueErrors: caught all the same.
    import msgspec

    assert issubclass(msgspec.DecodeError, _parse.REFUSED)
    assert issubclass(msgspec.ValidationError, _parse.REFUSED)


def test_both_parsers_decode_every_spec_example_alike(upstream_subset: dict[str, Any]) -> None:
    fast = _parse.Decoder(event_types.SERVER_EVENTS)
    std = _parse.Decoder(event_types.SERVER_EVENTS, loads=_parse.std_loads)
    server = set(event_types.SERVER_EVENTS.values())
    checked = 0
    for name, example in events_with_examples(upstream_subset):
        if name not in server:
            continue
        for text in (json.dumps(example), json.dumps(example).encode()):
            a, b = fast(text), std(text)
            assert type(a) is type(b) and a.to_dict() == b.to_dict(), name
        checked += 1
    assert checked >= 40
