"""Translation sessions (``/v1/realtime/translations``) as the real API runs them.

What is modelled (from the API reference and the realtime translation guide):

- ``session.created`` first; with a translation client secret's ``ek_`` the session is the
  secret's (its language, transcription, noise reduction), else the defaults for
  ``?model=``.
- ``session.update`` changes ``audio.output.language``, ``audio.input.transcription`` and
  ``audio.input.noise_reduction`` only (``model``/``type`` are fixed at creation) and is
  answered with ``session.updated``.
- ``session.input_audio_buffer.append`` takes base64 24 kHz PCM16 mono. Audio is cut into
  200 ms engine frames (shorter appends wait for the rest of their frame). Each frame with
  speech (not silence) gets a deterministic "translation": an input transcript delta (only
  when input transcription is on), an output transcript delta in the target language and
  200 ms of tone as output audio, all with the frame's ``elapsed_ms``.
- ``session.close`` flushes the partial frame, emits the remaining output, then
  ``session.closed``, then closes the socket (1000).
- Bad events get ``error`` events in the API's shape (``invalid_request_error``,
  ``code``, ``param``, the client ``event_id``).
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Callable, Mapping

from ._audio import SAMPLE_RATE, sine_pcm16
from ._auth import presented_key
from ._events import JSON, error_event, event
from ._http import HttpError, RecordedRequest, Response
from ._ids import new_id
from ._json import json_copy, json_object
from ._rest import SecretRequest, mint_secret, object_field
from ._routes import Close, OpenedSocket, Opener, Query, Send
from ._script import Script
from ._scripted import ScriptedSession
from ._session import SESSION_TTL_SECONDS, merge
from ._transcription import is_silence
from ._validation import rest_session_error

DEFAULT_TRANSLATION_MODEL = "gpt-realtime-translate"
FRAME_MS = 200
FRAME_BYTES = SAMPLE_RATE * 2 * FRAME_MS // 1000  # 9600: 200 ms of 24 kHz PCM16 mono
NOISE_REDUCTION_TYPES = ("near_field", "far_field")
MAX_PENDING_BYTES = FRAME_BYTES
"""Audio held between appends: less than one frame (whole frames are translated at once)."""

CLIENT_EVENTS = ("session.update", "session.input_audio_buffer.append", "session.close")

SOURCE_WORDS = ("Hello", "how", "are", "you", "today")
"""The fake "hears" these words, one per 200 ms frame of speech, round and round."""

TRANSLATIONS: Mapping[str, tuple[str, ...]] = {
    "en": SOURCE_WORDS,
    "es": ("Hola", "cómo", "estás", "tú", "hoy"),
    "fr": ("Bonjour", "comment", "allez", "vous", "aujourd'hui"),
    "de": ("Hallo", "wie", "geht", "es", "heute"),
}


def translate_word(index: int, language: str) -> str:
    """The fake translation of the ``index``-th word heard, in ``language``.

    >>> translate_word(0, "es"), translate_word(6, "fr"), translate_word(0, "ja")
    ('Hola', 'comment', 'Hello[ja]')
    """
    words = TRANSLATIONS.get(language)
    if words is None:
        return f"{SOURCE_WORDS[index % len(SOURCE_WORDS)]}[{language}]"
    return words[index % len(words)]


def translation_session(model: str = DEFAULT_TRANSLATION_MODEL) -> JSON:
    """A translation session with the API's defaults, as sent in ``session.created``.

    >>> translation_session()["audio"]["output"]
    {'language': 'en'}
    """
    return {
        "id": new_id("sess"),
        "type": "translation",
        "expires_at": int(time.time()) + SESSION_TTL_SECONDS,
        "model": model,
        "audio": {
            "input": {"transcription": None, "noise_reduction": None},
            "output": {"language": "en"},
        },
    }


class TranslationError(Exception):
    """A client event the real API answers with an ``error`` event."""

    def __init__(self, message: str, *, code: str = "invalid_value", param: str | None = None):
        super().__init__(message)
        self.message: str = message
        self.code: str = code
        self.param: str | None = param


def check_update(session: object) -> JSON:
    """Validate a ``session.update``'s ``session`` as the API does; return it.

    >>> check_update({"audio": {"output": {"language": "fr"}}})
    {'audio': {'output': {'language': 'fr'}}}
    """
    body = json_object(session)
    if body is None:
        raise TranslationError(
            "Missing required parameter: 'session'.",
            code="missing_required_parameter",
            param="session",
        )
    for key in body:
        if key in ("model", "type"):
            raise TranslationError(
                f"'session.{key}' is set when the translation session is created and "
                "cannot be changed with session.update.",
                param=f"session.{key}",
            )
        if key != "audio":
            raise TranslationError(
                f"Unknown parameter: 'session.{key[:60]}'.",
                code="unknown_parameter",
                param=f"session.{key[:60]}",
            )
    audio = json_object(body.get("audio", {}))
    if audio is None:
        raise TranslationError("'session.audio' must be an object.", param="session.audio")
    parts = (("input", ("transcription", "noise_reduction")), ("output", ("language",)))
    for part, allowed in parts:
        value = json_object(audio.get(part, {}))
        if value is None:
            raise TranslationError(
                f"'session.audio.{part}' must be an object.", param=f"session.audio.{part}"
            )
        for key in value:
            if key not in allowed:
                raise TranslationError(
                    f"Unknown parameter: 'session.audio.{part}.{key[:60]}'.",
                    code="unknown_parameter",
                    param=f"session.audio.{part}.{key[:60]}",
                )
    for key in audio:
        if key not in ("input", "output"):
            raise TranslationError(
                f"Unknown parameter: 'session.audio.{key[:60]}'.",
                code="unknown_parameter",
                param=f"session.audio.{key[:60]}",
            )
    language = audio.get("output", {}).get("language")
    if "language" in audio.get("output", {}) and (not isinstance(language, str) or not language):
        raise TranslationError(
            "'session.audio.output.language' must be a non-empty string.",
            param="session.audio.output.language",
        )
    audio_in = audio.get("input", {})
    transcription = audio_in.get("transcription")
    transcription_object = json_object(transcription)
    if transcription is not None and (
        transcription_object is None or not isinstance(transcription_object.get("model"), str)
    ):
        raise TranslationError(
            "'session.audio.input.transcription' must be null or an object with a 'model'.",
            param="session.audio.input.transcription",
        )
    noise = audio_in.get("noise_reduction")
    noise_object = json_object(noise)
    if noise is not None and (
        noise_object is None or noise_object.get("type") not in NOISE_REDUCTION_TYPES
    ):
        raise TranslationError(
            "Invalid 'session.audio.input.noise_reduction': expected null or "
            "{'type': 'near_field' | 'far_field'}.",
            param="session.audio.input.noise_reduction.type",
        )
    return body


def decode_audio(audio: object) -> bytes:
    """Base64 24 kHz PCM16 mono, as ``session.input_audio_buffer.append`` requires.

    >>> len(decode_audio("AAAAAA=="))
    4
    """
    if not isinstance(audio, str):
        raise TranslationError(
            "Missing required parameter: 'audio'.", code="missing_required_parameter", param="audio"
        )
    try:
        pcm = base64.b64decode(audio, validate=True)
    except (binascii.Error, ValueError):
        raise TranslationError(
            "Invalid 'audio': expected base64-encoded 24 kHz PCM16 mono audio.", param="audio"
        ) from None
    if len(pcm) % 2:
        raise TranslationError(
            "Invalid audio format: translation sessions accept 24 kHz PCM16 mono "
            f"little-endian audio; got {len(pcm)} bytes, not a whole number of samples.",
            code="invalid_audio_format",
            param="audio",
        )
    return pcm


class TranslationSession(ScriptedSession):
    """One translation socket: session state, the pending partial frame, the output clock.

    >>> out = []
    >>> session = TranslationSession(translation_session(), Script(), out.append, lambda c, r: None)
    >>> session.dispatch({"type": "session.close"})
    >>> [e["type"] for e in out]
    ['session.closed']
    """

    def __init__(self, session: JSON, script: Script, send: Send, close: Close) -> None:
        super().__init__(session, script, send, close)
        self.pending: bytearray = bytearray()
        self.frames: int = 0
        """200 ms frames consumed (silent ones included: ``elapsed_ms`` counts them)."""
        self.words: int = 0
        self.closed: bool = False
        self.plan: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self.planned = 0

    def dispatch(self, payload: JSON) -> None:
        """Answer one client event (scripted errors and closes first)."""
        kind: str = payload["type"]
        event_id = payload.get("event_id")
        if self.closed:
            return  # after session.close the server only finishes closing
        if self.answered_as_planned(self.script.take_reaction(kind), event_id):
            return
        try:
            if kind == "session.update":
                self.session = merge(self.session, check_update(payload.get("session")))
                self.send(event("session.updated", session=json_copy(self.session)))
            elif kind == "session.input_audio_buffer.append":
                self.append(decode_audio(payload.get("audio")))
            elif kind == "session.close":
                self.finish()
            else:
                supported = ", ".join(repr(name) for name in CLIENT_EVENTS)
                raise TranslationError(
                    f"Invalid value: {kind[:60]!r}. Supported values are: {supported}.",
                    param="type",
                )
        except TranslationError as exc:
            self.send(error_event(exc.message, code=exc.code, param=exc.param, event_id=event_id))

    # -- audio ---------------------------------------------------------------------------
    def append(self, pcm: bytes) -> None:
        self.pending += pcm
        while len(self.pending) >= FRAME_BYTES:
            frame = bytes(self.pending[:FRAME_BYTES])
            del self.pending[:FRAME_BYTES]
            self.translate(frame)

    def translate(self, frame: bytes) -> None:
        """The output for one 200 ms frame: nothing for silence, else the word heard."""
        self.frames += 1
        if is_silence(frame):
            return
        elapsed_ms = self.frames * FRAME_MS
        audio: JSON = self.session.get("audio") or {}
        audio_in: JSON = audio.get("input") or {}
        audio_out: JSON = audio.get("output") or {}
        language = str(audio_out.get("language") or "en")
        lead = "" if self.words == 0 else " "
        heard, said = self._next_words(language)
        if heard is not None and isinstance(audio_in.get("transcription"), dict):
            self.send(
                event("session.input_transcript.delta", delta=lead + heard, elapsed_ms=elapsed_ms)
            )
        self.words += 1
        if said is not None:
            self.send(
                event("session.output_transcript.delta", delta=lead + said, elapsed_ms=elapsed_ms)
            )
        # A different pitch per language, so tests can tell a retargeted session by ear too.
        pitch = 330.0 + 110.0 * (sum(map(ord, language)) % 4)
        self.send(
            event(
                "session.output_audio.delta",
                delta=base64.b64encode(sine_pcm16(FRAME_MS, frequency=pitch)).decode("ascii"),
                sample_rate=SAMPLE_RATE,
                channels=1,
                format="pcm16",
                elapsed_ms=elapsed_ms,
            )
        )

    def _next_words(self, language: str) -> tuple[str | None, str | None]:
        """(heard, said) for the next frame of speech: the script's plan, else the default."""
        if self.plan is None or self.planned >= max(map(len, self.plan)):
            self.plan, self.planned = self.script.take_translation(), 0
        if self.plan is None:
            return SOURCE_WORDS[self.words % len(SOURCE_WORDS)], translate_word(
                self.words, language
            )
        source, target = self.plan
        i = self.planned
        self.planned += 1
        return (source[i] if i < len(source) else None, target[i] if i < len(target) else None)

    def finish(self) -> None:
        """``session.close``: flush the partial frame, then ``session.closed`` and close."""
        if self.pending:
            frame = bytes(self.pending) + bytes(FRAME_BYTES - len(self.pending))
            self.pending.clear()
            self.translate(frame)
        self.closed = True
        self.send(event("session.closed"))
        self.close(1000, "session closed")


TRANSLATION_PATHS = ("/v1/realtime/translations", "/realtime/translations")


class TranslationSecrets:
    """``POST /v1/realtime/translations/client_secrets``: mints a translation session's
    ``ek_`` (:data:`PATH`; the fake's REST API answers it, ``RestApi.add_route``), and keeps
    each one's session (:attr:`by_key`), which a socket or WebRTC call opened with that key
    gets.

    >>> TranslationSecrets().by_key
    {}
    """

    PATH = "/realtime/translations/client_secrets"

    def __init__(self) -> None:
        self.by_key: dict[str, JSON] = {}
        """The minted secrets' sessions, by ``ek_`` (the expired ones let go once many are
        held, as the Realtime API's are)."""

    def create(self, request: RecordedRequest) -> Response:
        """Mint one: the body's ``session`` (``model`` required) checked as the API checks
        it, its audio defaults filled in."""
        body = SecretRequest.of(request, required=True)
        requested = body.session
        if not isinstance(requested.get("model"), str):
            raise HttpError(
                400,
                "Missing required parameter: 'session.model'.",
                param="session.model",
                code="missing_required_parameter",
            )
        error = rest_session_error(requested, ("translation",))
        if error is not None:
            raise error
        expires_at = body.expires_at()
        defaults: JSON = {
            "input": {"transcription": None, "noise_reduction": None},
            "output": {"language": "en"},
        }
        session = {
            "id": new_id("sess"),
            "type": "translation",
            "expires_at": expires_at,
            "model": requested["model"],
            "audio": merge(defaults, object_field(requested, "audio")),
        }
        return mint_secret(self.by_key, session, expires_at)


def translation_route(
    script: Script, secrets: Mapping[str, JSON]
) -> Callable[[Query, Mapping[str, str]], Opener]:
    """The ``/v1/realtime/translations`` socket route (``FakeRealtimeServer.socket_routes``).

    A socket opened with a translation client secret's ``ek_`` gets that secret's session
    (a new id per socket); otherwise ``?model=`` is required, as on the real API.
    """

    def route(query: Query, headers: Mapping[str, str]) -> Opener:
        minted = secrets.get(presented_key(headers) or "")
        model = query.get("model", [None])[0]
        if minted is not None:
            session = json_copy(minted)
            session["id"] = new_id("sess")
        elif not model:
            raise HttpError(
                400,
                "Missing required parameter: 'model'.",
                code="missing_required_parameter",
                param="model",
            )
        else:
            session = translation_session(model)

        def open_session(send: Send, close: Close) -> OpenedSocket:
            translation = TranslationSession(session, script, send, close)
            return OpenedSocket(translation, start=translation.start)

        return open_session

    return route
