"""Every GPT-Live client event, as a typed send of each socket, refuses bad input before the
wire, and what it accepts goes out whole: nothing a caller passes is dropped or changed."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_ext import InvalidEventError
from realtime_ext.conversation import LIVE, LIVE_FORK, LIVE_SIDEBAND, ConversationProtocol
from realtime_ext.events import LiveSends
from realtime_generated import models
from tests.support.fuzz import examples

PROTOCOLS = {"primary": LIVE, "sideband": LIVE_SIDEBAND, "fork": LIVE_FORK}
ALL_KINDS = sorted({kind for p in PROTOCOLS.values() for kind in p.client_events})
CASES = [(name, kind) for name, p in PROTOCOLS.items() for kind in sorted(p.client_events)]


def _method(sends: LiveSends[None], kind: str) -> Any:
    target: Any = sends
    for part in kind.split("."):
        target = getattr(target, part)
    return target


def _keywords(method: Any) -> list[str]:
    return [p for p in inspect.signature(method).parameters if p != "self"]


def test_every_event_of_every_socket_has_a_typed_send() -> None:
    assert len(CASES) == 15 + 14 + 15
    for name, kind in CASES:
        method = _method(LiveSends(lambda e: None, PROTOCOLS[name].client_events), kind)
        assert callable(method), (name, kind)


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_an_unknown_or_missing_keyword_is_refused(name: str, kind: str) -> None:
    sent: list[dict[str, Any]] = []
    method = _method(LiveSends(sent.append, PROTOCOLS[name].client_events), kind)
    with pytest.raises(InvalidEventError, match="unknown keyword 'colour'"):
        method(colour="blue")
    required = [
        p.name
        for p in inspect.signature(method).parameters.values()
        if p.default is inspect.Parameter.empty
    ]
    if required:
        with pytest.raises(InvalidEventError, match=kind):
            method()
    assert sent == []


@pytest.mark.parametrize(("name", "kind"), [(n, k) for n in PROTOCOLS for k in ALL_KINDS])
def test_an_event_the_socket_does_not_take_is_refused(name: str, kind: str) -> None:
    protocol: ConversationProtocol = PROTOCOLS[name]
    if kind in protocol.client_events:
        return
    sent: list[dict[str, Any]] = []
    method = _method(LiveSends(sent.append, protocol.client_events), kind)
    with pytest.raises(InvalidEventError, match="not a client event of this protocol"):
        method(**{k: {} if k in ("session", "item") else "x" for k in _keywords(method)})
    assert sent == []


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.mark.once(reason="pure validation: the same on every interpreter")
@settings(max_examples=examples(50), deadline=None)
@given(case=st.sampled_from(CASES), data=st.data())
def test_fuzzed_arguments_are_refused_or_sent_whole(
    case: tuple[str, str], data: st.DataObject
) -> None:
    name, kind = case
    protocol = PROTOCOLS[name]
    sent: list[dict[str, Any]] = []
    method = _method(LiveSends(sent.append, protocol.client_events), kind)
    arguments = {k: data.draw(JSONISH, label=k) for k in _keywords(method)}
    try:
        method(**arguments)
    except InvalidEventError:
        assert sent == []
        return
    (payload,) = sent
    given_fields = {k: v for k, v in arguments.items() if v is not None}
    assert {k: v for k, v in payload.items() if k != "type" and v is not None} == given_fields
    model = getattr(models, protocol.client_events[kind])
    assert model.from_dict(payload).to_dict() == payload  # what went out is the model's, whole
