"""What users run, in a fresh process: many sessions opened at one instant, on threads or asyncio.

Run as ``python _users.py KIND N BASE_URL`` by tests/threads/test_threads.py, in a new
interpreter each time, so no decoder, union, validator or table has been warmed up by an
earlier test: the first messages of each type arrive on many threads at once, as in a
threaded server (Flask, Django, a thread per call) that holds several sessions.

Each session does one turn; the script prints one JSON line: how many sessions answered,
out of how many, and the first errors (their repr).

KIND: ``realtime``, ``live``, ``sideband`` (a GPT-Live session and a sideband attached to
it), ``translation``, ``mixed`` (the three APIs in one process) on N threads each, or
``asyncio`` (N Realtime sessions on one event loop).
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from collections.abc import Callable

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.events import user_text
from realtime_ext.testing import sine_pcm16

TIMEOUT = 60.0  # a bound for a hung session, far above a turn's time on a busy machine


def realtime_turn(client: RealtimeClient) -> bool:
    with client.connect(model="gpt-realtime") as conn:
        conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        conn.conversation.item.create(item=user_text("Hi!"))
        conn.response.create()
        done = conn.run_until("response.done", timeout=TIMEOUT)
        return done.response.status == "completed"


def live_turn(client: RealtimeClient) -> bool:
    with client.live.connect(
        model="gpt-live-1", audio={"format": {"type": "audio/pcm", "rate": 24000}}
    ) as conn:
        conn.commentary("The user's package arrives on Friday.")
        conn.run_until("session.commentary.appended", timeout=TIMEOUT)
        conn.send_audio(bytes(4800) * 10)  # a second of audio: the timeline moves with it
        spoken = conn.run_until("session.output_transcript.delta", timeout=TIMEOUT)
        return bool(spoken.delta)


def sideband_turn(client: RealtimeClient) -> bool:
    with client.live.connect(
        model="gpt-live-1", audio={"format": {"type": "audio/pcm", "rate": 24000}}
    ) as call:
        assert call.session_id is not None
        with client.live.sideband.connect(session_id=call.session_id) as sideband:
            sideband.thinking("The caller is a premium customer.")
            acked = sideband.run_until("session.thinking.appended", timeout=TIMEOUT)
        return acked.type == "session.thinking.appended"


def translation_turn(client: RealtimeClient) -> bool:
    session = {"audio": {"output": {"language": "es"}}}
    with client.translations.connect(session=session) as conn:
        conn.send_audio(sine_pcm16(400))
        conn.session.close()
        captions = "".join(conn.target_transcript(timeout=TIMEOUT))
        return bool(captions)


TURNS: dict[str, Callable[[RealtimeClient], bool]] = {
    "realtime": realtime_turn,
    "live": live_turn,
    "sideband": sideband_turn,
    "translation": translation_turn,
}


def on_threads(kinds: list[str], base_url: str) -> dict[str, object]:
    """One thread per kind in ``kinds``, each opening its session once all are ready."""
    barrier = threading.Barrier(len(kinds))
    answered: list[str] = []
    errors: list[str] = []

    def run(kind: str) -> None:
        try:
            with RealtimeClient(base_url=base_url, api_key="sk-test") as client:
                barrier.wait(TIMEOUT)  # every session opens at one instant
                if TURNS[kind](client):
                    answered.append(kind)
                else:
                    errors.append(f"{kind}: no answer")
        except Exception as exc:  # reported: the test reads it
            errors.append(f"{kind}: {exc!r}")

    threads = [threading.Thread(target=run, args=(kind,)) for kind in kinds]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"answered": len(answered), "of": len(kinds), "errors": errors[:3]}


async def on_asyncio(n: int, base_url: str) -> dict[str, object]:
    """``n`` Realtime sessions on one event loop, opened at one instant."""
    errors: list[str] = []

    async def turn(client: AsyncRealtimeClient) -> bool:
        async with client.connect(model="gpt-realtime") as conn:
            await conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
            await conn.conversation.item.create(item=user_text("Hi!"))
            await conn.response.create()
            done = await conn.run_until("response.done", timeout=TIMEOUT)
            return done.response.status == "completed"

    async with AsyncRealtimeClient(base_url=base_url, api_key="sk-test") as client:
        results = await asyncio.gather(*(turn(client) for _ in range(n)), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            errors.append(repr(result))
    answered = sum(1 for result in results if result is True)
    return {"answered": answered, "of": n, "errors": errors[:3]}


def main(argv: list[str]) -> None:
    kind, n, base_url = argv[0], int(argv[1]), argv[2]
    if kind == "asyncio":
        result = asyncio.run(on_asyncio(n, base_url))
    elif kind == "mixed":
        result = on_threads([*TURNS] * n, base_url)
    else:
        result = on_threads([kind] * n, base_url)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
