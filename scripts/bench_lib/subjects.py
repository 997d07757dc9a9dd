"""The two sides being compared, each defined once, in code both the bench process and its
child interpreters run (so a cold import, a memory figure and a timing loop all measure the
very same statements).

Pieces of this project still being written show up as ``None`` (the row prints
``pending``) instead of failing the run.

Example:
    >>> from bench_lib import subjects
    >>> parse = subjects.decoder(subjects.OPENAI_DECODER)
    >>> parse('{"type": "session.created", "event_id": "e", "session": {}}').type
    'session.created'
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SDP_DIR = ROOT / "tests" / "data" / "sdp"
OFFER_FILE = SDP_DIR / "chrome_audio_offer.sdp"
API_KEY = "sk-bench-not-a-real-key"

OPENAI_IMPORT = "import openai; import openai.types.realtime"


def child_env() -> dict[str, str]:
    """The environment of the fresh interpreters the timed rows start: this one's, without
    ``PYTHONDONTWRITEBYTECODE``. Each row runs its statements once untimed to compile and
    cache their bytecode; with that variable set (some CI images, this VM's shell) nothing
    was cached, and every timed run compiled each module from source: a first connection,
    which imports more of realtime_ext than of openai (whose connect-time modules its
    import had already compiled), measured 1.65x openai instead of about 0.8x. ``make
    bench`` unexports it too; run alone, ``scripts/bench.py`` did not.

    Example:
        >>> "PYTHONDONTWRITEBYTECODE" in child_env()
        False
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# What openai's own RealtimeConnection.recv() does with each frame (parse_event ignores self).
OPENAI_DECODER = (
    "from functools import partial\n"
    "from openai.resources.realtime.realtime import RealtimeConnection\n"
    "parse = partial(RealtimeConnection.parse_event, None)\n"
)
OURS_DECODER = "from realtime_ext.events import parse_server_event as parse\n"


def _load(module: str, name: str) -> tuple[Any | None, str]:
    """``module.name``, or ``None`` and why not (absent, or still failing to import)."""
    try:
        return getattr(importlib.import_module(module), name), ""
    except (ImportError, AttributeError):
        return None, f"{module}.{name} has not landed yet"
    except Exception as exc:  # a piece still being written may fail in any way
        return None, f"{module}.{name} fails to import ({type(exc).__name__}: {exc})"


def our_import() -> tuple[str | None, str]:
    """The statement importing our client surface, and a note when it is not final yet.

    ``from realtime_ext import RealtimeClient`` once the package exports it; the private
    module while only that exists; ``None`` (and why) while the client has not landed.
    """
    public, _ = _load("realtime_ext", "RealtimeClient")
    if public is not None:
        return "from realtime_ext import RealtimeClient; import realtime_generated", ""
    private, why = _load("realtime_ext._client_sync", "RealtimeClient")
    if private is not None:
        return (
            "from realtime_ext._client_sync import RealtimeClient; import realtime_generated",
            "RealtimeClient is not exported from realtime_ext yet; imported from _client_sync",
        )
    return None, why


def our_client_class() -> tuple[type[Any] | None, str]:
    """``RealtimeClient`` (or ``None`` and why, while it has not landed)."""
    public, _ = _load("realtime_ext", "RealtimeClient")
    if public is not None:
        return public, ""
    private, why = _load("realtime_ext._client_sync", "RealtimeClient")
    return private, why


def our_decoder() -> tuple[str | None, str]:
    """``OURS_DECODER`` once ``realtime_ext.events.parse_server_event`` loads, else why not."""
    found, why = _load("realtime_ext.events", "parse_server_event")
    return (OURS_DECODER, "") if found is not None else (None, why)


def decoder(snippet: str) -> Callable[[str], Any]:
    """The ``parse`` function a decoder snippet defines (``OPENAI_DECODER``/``OURS_DECODER``).

    The snippets are source text because the memory benchmark runs them in fresh
    interpreters; executing the same text here keeps both measurements honest.
    """
    namespace: dict[str, Any] = {}
    exec(snippet, namespace)
    parse: Callable[[str], Any] = namespace["parse"]
    return parse


def session_config() -> dict[str, Any]:
    """One full GA session config, sent unchanged by every client measured.

    ``realtime_session(...)`` output is a valid ``openai`` params dict too, so both
    packages (and the raw httpx loop) send the same configuration.
    """
    from realtime_ext.session import (
        noise_reduction,
        realtime_session,
        semantic_vad,
        transcription,
    )
    from realtime_ext.tools import function_tool

    def get_weather(city: str, unit: str = "celsius") -> str:
        """Current weather for a city."""
        return f"sunny in {city}"

    return dict(
        realtime_session(
            model="gpt-realtime",
            instructions="You are a helpful, concise voice assistant. Answer in one sentence.",
            voice="marin",
            speed=1.1,
            output_modalities=["audio"],
            input_audio_format="pcm16",
            output_audio_format="pcm16",
            transcription=transcription("gpt-4o-transcribe", language="en"),
            noise_reduction=noise_reduction("near_field"),
            turn_detection=semantic_vad(eagerness="auto"),
            tools=[function_tool(get_weather)],
            tool_choice="auto",
            tracing="auto",
            truncation="auto",
            max_output_tokens=4096,
            include=["item.input_audio_transcription.logprobs"],
        )
    )


def browser_offer() -> str:
    """A recorded Chrome audio offer (CRLF line endings, as a browser sends it)."""
    return OFFER_FILE.read_bytes().decode("utf-8")


def session_json(session: dict[str, Any]) -> bytes:
    """The JSON body bytes the raw httpx loop posts for ``client_secrets``."""
    return json.dumps({"session": session}).encode("utf-8")
