"""The process-wide caches of the receive and send paths, learned by many threads at once.

tests/threads/test_threads.py shows what users run; these tests hold the two caches that
are built while they are used to their rule, in this process:

- the event decoder learns each type once, whatever number of threads meet it first at
  once (fresh decoders, the interpreter switching threads as often as it can);
- the validator publishes a model's checker only once it is complete: while a compile is
  under way, every published checker checks all of its fields (a model's checker is made
  before its fields' checkers, so one published at once would pass anything).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from realtime_ext import _validate
from realtime_ext.events import _parse
from realtime_generated import event_types

MESSAGES = [
    b'{"type":"input_audio_buffer.cleared","event_id":"e1"}',  # flat: the wire way
    b'{"type":"response.output_text.delta","event_id":"e2","response_id":"r","item_id":"i",'
    b'"output_index":0,"content_index":0,"delta":"Hi"}',
    b'{"type":"session.created","event_id":"e3","session":{"type":"realtime"}}',  # the dict way
]


@pytest.fixture
def switching() -> Iterator[None]:
    """The interpreter switches threads as often as it can, so first uses overlap."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def meet_at_once(decoder: _parse.Decoder[Any], threads: int) -> list[BaseException]:
    """``threads`` threads decode :data:`MESSAGES` with ``decoder``, all starting at once."""
    barrier = threading.Barrier(threads)
    failures: list[BaseException] = []

    def receive() -> None:
        barrier.wait(30)
        try:
            for _ in range(3):
                for message in MESSAGES:
                    event = decoder.decode(message)
                    assert type(event).__name__ != "UnknownEvent", event
        except BaseException as exc:  # the test reports it
            failures.append(exc)

    running = [threading.Thread(target=receive) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    return failures


@pytest.mark.usefixtures("switching")
def test_a_new_type_met_by_many_threads_at_once_is_learned_once() -> None:
    for _ in range(20):  # a fresh decoder each round: nothing learned yet
        decoder: _parse.Decoder[Any] = _parse.Decoder(event_types.SERVER_EVENTS)
        assert meet_at_once(decoder, 12) == []
        learned = [s.__name__ for s in decoder._build]  # pyright: ignore[reportPrivateUsage]
        assert len(learned) == len(MESSAGES), learned


def test_no_checker_is_published_before_it_is_complete(monkeypatch: pytest.MonkeyPatch) -> None:
    from realtime_generated import models

    # A model with nested models, compiled from nothing (the tables emptied for the test).
    monkeypatch.setattr(_validate, "_MODELS", {})
    monkeypatch.setattr(_validate, "_CHECKS", {})
    build = _validate._build  # pyright: ignore[reportPrivateUsage]
    seen: list[int] = []

    def checking_build(tp: Any) -> Any:
        # In the middle of the compile: every checker another thread could find now must
        # already refuse a wrong value in any of its fields.
        for cls, check in list(_validate._MODELS.items()):  # pyright: ignore[reportPrivateUsage]
            names = [f.name for f in cls.__attrs_attrs__ if f.name != "additional_properties"]
            cells = [c.cell_contents for c in check.__closure__ or ()]
            for cell in (c for c in cells if isinstance(c, list)):
                assert len(cell) == len(names), f"{cls.__name__}: a checker published incomplete"
        seen.append(1)
        return build(tp)

    monkeypatch.setattr(_validate, "_build", checking_build)
    _validate._model_check(models.RealtimeSessionCreateRequestGA)  # pyright: ignore[reportPrivateUsage]
    assert len(seen) > 10  # the compile did go through many field checkers
    assert models.RealtimeSessionCreateRequestGA in _validate._MODELS  # pyright: ignore[reportPrivateUsage]
