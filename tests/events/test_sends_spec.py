"""Every client event of the spec has a typed send whose keywords are the model's fields.

The event ``type`` read as an attribute path names the method (``conversation.item.create``
-> ``sends.conversation.item.create``); its keyword-only parameters must be exactly the
model's fields (minus ``type``), required where the spec requires them. regen writes the
namespaces from the spec (scripts/regen_lib/sends.py -> realtime_generated/sends.py); this
checks what it wrote against the models, so a new client event, or a new field on one, that
the generator misses fails here.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any

import attrs
import pytest

from realtime_ext.events import BetaRealtimeSends, RealtimeSends, TranslationSends
from realtime_generated import event_types, models

ROOTS: dict[str, tuple[Any, Mapping[str, str]]] = {
    "ga": (RealtimeSends(lambda e: None), event_types.CLIENT_EVENTS),
    "beta": (BetaRealtimeSends(lambda e: None), event_types.BETA_CLIENT_EVENTS),
    "translation": (TranslationSends(lambda e: None), event_types.TRANSLATION_CLIENT_EVENTS),
}
CASES = [(root, kind) for root, (_, table) in ROOTS.items() for kind in table]


def _wire(name: str) -> str:
    return name[:-1] if name.endswith("_") else name


def _method(root: Any, kind: str) -> Any:
    target = root
    for part in kind.split("."):
        target = getattr(target, part, None)
        assert target is not None, f"no typed send for {kind!r} (missing {part!r})"
    assert callable(target), kind
    return target


@pytest.mark.parametrize(("protocol", "kind"), CASES)
def test_client_event_has_a_typed_send_with_the_spec_keywords(protocol: str, kind: str) -> None:
    root, table = ROOTS[protocol]
    method = _method(root, kind)
    model = getattr(models, table[kind])
    fields = {
        _wire(f.name): f.default is attrs.NOTHING
        for f in attrs.fields(model)
        if f.name not in ("type_", "additional_properties")
    }
    params = inspect.signature(method).parameters
    assert all(p.kind is p.KEYWORD_ONLY for p in params.values()), kind
    keywords = {name: p.default is p.empty for name, p in params.items()}
    assert keywords == fields, f"{protocol} {kind}: keywords {keywords} != spec fields {fields}"


@pytest.mark.parametrize("protocol", sorted(ROOTS))
def test_no_typed_send_without_a_spec_event(protocol: str) -> None:
    """The namespaces hold nothing the spec does not name (so a removed event is noticed)."""
    root, table = ROOTS[protocol]
    found: set[str] = set()

    def walk(obj: Any, prefix: str) -> None:
        for name in dir(obj):
            if name.startswith("_"):
                continue
            value = getattr(obj, name)
            path = f"{prefix}{name}"
            if inspect.ismethod(value):
                found.add(path)
            else:
                walk(value, f"{path}.")

    walk(root, "")
    assert found == set(table)


def test_methods_are_named_as_in_openai() -> None:
    """The pinned openai's connection resources use the same attribute paths and keywords."""
    from openai.resources.realtime import realtime as oa

    pairs: dict[str, Any] = {
        "session.update": oa.RealtimeSessionResource.update,
        "response.create": oa.RealtimeResponseResource.create,
        "response.cancel": oa.RealtimeResponseResource.cancel,
        "conversation.item.create": oa.RealtimeConversationItemResource.create,
        "conversation.item.delete": oa.RealtimeConversationItemResource.delete,
        "conversation.item.retrieve": oa.RealtimeConversationItemResource.retrieve,
        "conversation.item.truncate": oa.RealtimeConversationItemResource.truncate,
        "input_audio_buffer.append": oa.RealtimeInputAudioBufferResource.append,
        "input_audio_buffer.commit": oa.RealtimeInputAudioBufferResource.commit,
        "input_audio_buffer.clear": oa.RealtimeInputAudioBufferResource.clear,
        "output_audio_buffer.clear": oa.RealtimeOutputAudioBufferResource.clear,
    }
    assert set(pairs) == set(event_types.CLIENT_EVENTS)
    root = ROOTS["ga"][0]
    for kind, theirs in pairs.items():
        ours = set(inspect.signature(_method(root, kind)).parameters)
        assert ours == set(inspect.signature(theirs).parameters) - {"self"}, kind
