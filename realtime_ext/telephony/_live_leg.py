"""The Twilio bridge's GPT-Live side: a phone call on ``client.live.connect``
(``twilio_endpoint(api="live")``).

The session is ``audio/pcmu`` at 8 kHz (:func:`live_phone_session`), a caller's ``media``
payload becomes a ``session.input_audio.append`` as it is, and barge-in is the model's own
(no VAD event, no truncate): the model's audio goes to Twilio paced by marks
(:class:`~._pacer.MarkPacer`: at most 200 ms unplayed at Twilio, the rest waiting here), and
when the caller's new turn shows in the input transcript while the model is silent (it
yielded), what is still unheard is dropped and Twilio ``clear``-ed (:class:`LiveLeg`).

The bridge (:mod:`._bridge`) reads and writes Twilio and runs a Realtime call's side itself;
this module is GPT-Live's, and knows the bridge only as a :class:`Line`.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, Protocol, cast

from realtime_ext import InvalidArgumentError, UndeliveredError
from realtime_ext.provider import get_logger, is_dict

from . import _twilio as twilio
from ._pacer import MarkPacer

if TYPE_CHECKING:
    from realtime_ext.conversation import AsyncLiveConnection

logger = get_logger("realtime_ext.telephony")

LIVE_PCMU = {"type": "audio/pcmu", "rate": 8000}
"""GPT-Live's G.711 mu-law format (a phone's audio both ways)."""
DEFAULT_LIVE_MODEL = "gpt-live-1"
LIVE_FIELDS = frozenset(
    {
        "model",
        "instructions",
        "audio",
        "delegation",
        "input",
        "store",
        "safety_identifier",
        "triggers",
    }
)
"""The GPT-Live session fields a phone call takes (openai's ``SessionConfig`` but
``client``, which is WebRTC's)."""

Append = Callable[[str], Awaitable[None]]
OnMark = Callable[[str | None], Awaitable[None]]


class Line(Protocol):
    """What a call's side needs of the bridge: Twilio's socket, both ways."""

    async def send(self, text: str) -> None:
        """Send Twilio one message (nothing once the stream is closed)."""
        ...

    def inbound(self, append: Append, on_mark: OnMark) -> Awaitable[None]:
        """Twilio -> the model until the call ends: each ``media`` payload to ``append``,
        each mark echoed to ``on_mark``; digits and the end as every call takes them."""
        ...

    async def pump(self, inbound: Awaitable[None], outbound: Awaitable[None]) -> None:
        """Run both directions until either ends; a failure on either is raised."""
        ...


def live_phone_session(session: object, model: str | None) -> dict[str, Any]:
    """A GPT-Live ``session`` (openai's ``SessionConfig`` fields, as a dict or a model) as
    ``client.live.connect`` keywords, its audio set to G.711 mu-law (another format: an
    error, since nothing would convert it). The fields are checked as strictly as the
    server does when the connection is planned.

    Example:
        >>> live_phone_session({"instructions": "Be brief."}, None)["audio"]
        {'format': {'type': 'audio/pcmu', 'rate': 8000}}
    """
    to_dict = getattr(session, "to_dict", None)
    raw: object = to_dict() if callable(to_dict) else session
    if not isinstance(raw, Mapping):
        raise InvalidArgumentError(f"session must be a mapping, got {type(raw).__name__}")
    fields = cast("Mapping[object, object]", raw)
    body: dict[str, Any] = {str(key): value for key, value in fields.items()}
    if body.get("type") == "realtime":
        raise InvalidArgumentError(
            "api='live' runs a GPT-Live session (openai's live SessionConfig: model, "
            "instructions, audio.output.voice, delegation...), got a Realtime session "
            "(type 'realtime')"
        )
    body.pop("type", None)  # "live", as a SIP accept spells it
    unknown = sorted(body.keys() - LIVE_FIELDS)
    if unknown:
        raise InvalidArgumentError(
            f"{unknown[0]!r} is no field of a GPT-Live phone session; it takes "
            f"{', '.join(sorted(LIVE_FIELDS))}"
        )
    given: Any = body.get("audio")
    if given is not None and not is_dict(given):
        raise InvalidArgumentError(f"session audio must be a dict, got {given!r}")
    audio: dict[str, Any] = dict(given or {})
    fmt: Any = audio.get("format")
    if fmt is not None and (
        not is_dict(fmt) or fmt.get("type") != "audio/pcmu" or fmt.get("rate", 8000) != 8000
    ):
        raise InvalidArgumentError(
            "a phone call's audio is G.711 mu-law: session audio.format must be "
            f"{{'type': 'audio/pcmu', 'rate': 8000}} or left out, got {fmt!r}"
        )
    audio["format"] = dict(LIVE_PCMU)
    body["audio"] = audio
    body["model"] = model or body.get("model") or DEFAULT_LIVE_MODEL
    return body


class LiveLeg:
    """One call's GPT-Live side: its connection, and the model's audio paced to Twilio.

    Media, marks and ``clear`` go out one flush at a time (a clear never lands between a
    frame and its mark); the model's audio waits for room at Twilio.

    Example::

        ended_by = await LiveLeg(line, stream_sid).run(client.live.connect(**session), opened)
    """

    def __init__(self, line: Line, stream_sid: str) -> None:
        self.line = line
        self.stream_sid = stream_sid
        self.pacer = MarkPacer()
        self._flushing = asyncio.Lock()
        self._room = asyncio.Event()
        self._model_voiced = False  # the latest frame of the model's audio held sound
        self._ended = False  # the model's side ended the call (its session closed)

    async def run(
        self,
        opening: AbstractAsyncContextManager[AsyncLiveConnection],
        opened: Callable[[AsyncLiveConnection], Awaitable[None]],
    ) -> bool:
        """Open the call's connection (``opening``), tell the bridge (``opened``: the app's
        ``on_start`` runs there), then carry the call both ways until either side ends.
        Returns whether the model's side ended it (the session closed)."""
        try:
            async with opening as live:
                await opened(live)
                out = self._out(live)
                await self.line.pump(self.line.inbound(self._append(live), self._on_mark), out)
                return self._ended
        except UndeliveredError as exc:  # as for a Realtime call (the bridge's)
            logger.info("call ended with sends left behind: %s", exc)
            return self._ended

    def _append(self, live: AsyncLiveConnection) -> Append:
        async def append(payload: str) -> None:
            await live.send({"type": "session.input_audio.append", "audio": payload})

        return append

    async def _on_mark(self, name: str | None) -> None:
        if self.pacer.on_mark(name):
            self._room.set()
            await self._flush()

    async def _out(self, live: AsyncLiveConnection) -> None:
        """GPT-Live -> Twilio: the model's audio track paced by marks; every event to the
        app's handlers."""
        pacer = self.pacer
        async for event in live:
            if event.type == "session.output_audio.delta":
                self._model_voiced = pacer.push(event.delta, base64.b64decode(event.delta))
                await self._flush()
                while pacer.full:  # Twilio plays slower than the model speaks: wait for it
                    self._room.clear()
                    await self._room.wait()
            elif event.type == "session.input_transcript.delta" and not self._model_voiced:
                # The caller's new turn, and the model is silent: it yielded. What it said
                # that the caller has not heard yet must not play.
                await self._yielded()
            await live.dispatch(event)
        self._ended = True

    async def _flush(self) -> None:
        """Send Twilio the model's audio that fits ahead of the caller's ear, a mark after
        each frame."""
        sid = self.stream_sid
        async with self._flushing:
            for payload, name in self.pacer.due():
                await self.line.send(twilio.media(sid, payload))
                await self.line.send(twilio.mark(sid, name))

    async def _yielded(self) -> None:
        pacer = self.pacer
        async with self._flushing:
            if pacer.voiced_unheard:  # only silence left: nothing to take back
                pacer.drop()
                self._room.set()
                await self.line.send(twilio.clear(self.stream_sid))
