"""The bookkeeping of sends the server has not confirmed (``_base/unconfirmed.py``):
what confirms what, what never confirms anything, and its bounds."""

from __future__ import annotations

import base64
import json
from typing import Any

from realtime_ext import UnconfirmedSends
from realtime_ext._base.unconfirmed import MAX_PENDING, Unconfirmed


def item(text: str, item_id: str | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "message", "role": "user", "content": [{"text": text}]}
    if item_id is not None:
        body["id"] = item_id
    return {"type": "conversation.item.create", "item": body, **extra}


def send(book: Unconfirmed, payload: dict[str, Any]) -> None:
    book.sent(payload["type"], payload, json.dumps(payload))


def added(item_id: str) -> dict[str, Any]:
    return {"type": "conversation.item.added", "item": {"id": item_id}}


def texts(report: UnconfirmedSends) -> list[str]:
    return [entry["item"]["content"][0]["text"] for entry in report.items]


def test_items_are_confirmed_by_their_id_or_in_order() -> None:
    book = Unconfirmed()
    send(book, item("one"))
    send(book, item("mine", "item_mine"))
    send(book, item("two"))
    book.received("conversation.item.added", added("item_mine"))  # by id, out of order
    assert texts(book.report()) == ["one", "two"]
    book.received("conversation.item.created", added("item_server_1"))  # the oldest id-less
    assert texts(book.report()) == ["two"]


def test_items_the_server_makes_confirm_nothing() -> None:
    book = Unconfirmed()
    send(book, item("question"))
    book.received("response.output_item.added", {"item": {"id": "item_out"}})
    book.received("conversation.item.added", added("item_out"))  # the response's output
    book.received("input_audio_buffer.committed", {"item_id": "item_audio"})
    book.received("conversation.item.added", added("item_audio"))  # committed audio
    assert texts(book.report()) == ["question"]


def test_response_requests_are_confirmed_by_response_created() -> None:
    book = Unconfirmed()
    send(book, {"type": "response.create"})
    send(book, {"type": "response.create", "response": {"instructions": "second"}})
    book.received("response.created", {"response": {"id": "resp_1"}})
    assert book.report().responses == (
        {"type": "response.create", "response": {"instructions": "second"}},
    )


def test_audio_is_pending_until_the_server_commits_or_clears_it() -> None:
    book = Unconfirmed()
    for chunk in (b"ab", b"cd"):
        send(book, {"type": "input_audio_buffer.append", "audio": base64.b64encode(chunk).decode()})
    send(book, {"type": "input_audio_buffer.commit"})  # sent is not committed yet
    assert book.report().pcm == b"abcd"
    book.received("input_audio_buffer.committed", {"item_id": "item_a"})
    assert not book.report()
    send(book, {"type": "input_audio_buffer.append", "audio": "AAA="})
    book.received("input_audio_buffer.cleared", {})
    assert not book
    send(book, {"type": "input_audio_buffer.append", "audio": "AAA="})
    send(book, {"type": "input_audio_buffer.clear"})  # the app discarded it itself
    assert not book


def test_a_refused_send_is_settled_by_its_event_id() -> None:
    book = Unconfirmed()
    send(book, item("bad", event_id="evt_bad"))
    send(book, {"type": "response.create", "event_id": "evt_r"})
    book.received("error", {"error": {"event_id": "evt_bad", "code": "invalid_value"}})
    book.received("error", {"error": {"event_id": "evt_r"}})
    assert not book


def test_everything_is_bounded_and_counted() -> None:
    book = Unconfirmed(max_audio_chars=8)
    for n in range(MAX_PENDING + 3):
        send(book, item(str(n)))
    for _ in range(5):
        send(book, {"type": "input_audio_buffer.append", "audio": "AAAA"})
    report = book.report()
    assert len(report.items) == MAX_PENDING and texts(report)[0] == "3" and book.dropped == 3
    assert report.audio == ("AAAA", "AAAA") and report.audio_dropped == 3


def test_take_reports_once_and_the_texts_are_as_sent() -> None:
    book = Unconfirmed()
    payload = item("again")
    send(book, payload)
    send(book, {"type": "input_audio_buffer.append", "audio": "AAAA"})
    items, responses, audio = book.pending_texts()
    assert [json.loads(text) for text in items] == [payload] and responses == []
    assert [json.loads(text) for text in audio] == [
        {"type": "input_audio_buffer.append", "audio": "AAAA"}
    ]
    assert book.take().items == (payload,)
    assert not book.take()
    book.sent_text(json.dumps({"type": "response.create"}))
    book.sent_text("not json")
    assert len(book.report().responses) == 1
