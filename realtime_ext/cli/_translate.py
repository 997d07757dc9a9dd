"""``realtime-ext translate INPUT.wav --to es``: translate a recording over a translation session.

Streams the WAV (any rate, 16-bit mono or stereo) in 200 ms frames, closes the session
(which flushes the rest), prints the translated transcript, and with ``--out`` writes the
translated speech as a 24 kHz WAV. ``--transcript`` also prints the source-language
transcript (input transcription turned on). ``--fake`` runs against the local fake server.
Then it prints the session's metrics line (the time from the first audio sent to the first
translated audio), the telemetry's own log record; ``--json`` carries its figures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Generator
from typing import TYPE_CHECKING

from . import _metrics
from ._client import add_client_options, make_client
from ._io import Commands

if TYPE_CHECKING:
    from realtime_ext import RealtimeClient

DEFAULT_TRANSCRIPTION_MODEL = "gpt-realtime-whisper"


def register(sub: Commands) -> None:
    parser = sub.add_parser(
        "translate", help="translate a WAV recording (speech in, translated text and speech out)"
    )
    parser.add_argument("input", metavar="INPUT.wav", help="the speech to translate (WAV)")
    parser.add_argument("--to", required=True, metavar="LANG", help="target language, e.g. es")
    parser.add_argument("--out", metavar="OUT.wav", help="write the translated speech here")
    parser.add_argument(
        "--transcript",
        action="store_true",
        help="also print the source-language transcript (turns input transcription on)",
    )
    parser.add_argument(
        "--model", default="gpt-realtime-translate", help="default gpt-realtime-translate"
    )
    parser.add_argument(
        "--fake", action="store_true", help="use the local fake Realtime server (offline)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--close-timeout", type=float, default=30.0, help="seconds to wait for the flush"
    )
    add_client_options(parser)
    parser.set_defaults(run=run)


@contextlib.contextmanager
def _client(args: argparse.Namespace) -> Generator[RealtimeClient]:
    if not args.fake:
        with make_client(args) as client:
            yield client
        return
    from realtime_ext import RealtimeClient
    from realtime_ext.telemetry import Telemetry  # its log record is the metrics line

    from ..testing import FakeRealtimeServer

    with (
        FakeRealtimeServer() as server,
        RealtimeClient(
            api_key="sk-fake-translate", base_url=server.base_url, telemetry=Telemetry()
        ) as client,
    ):
        yield client


def run(args: argparse.Namespace) -> int:
    from ..translation import TranslationRecorder, TranslationTranscript, frames
    from ._io import CLIError

    if not args.to.strip():
        raise CLIError("--to needs a language code, e.g. --to es")
    audio: dict[str, object] = {"output": {"language": args.to}}
    if args.transcript:
        audio["input"] = {"transcription": {"model": DEFAULT_TRANSCRIPTION_MODEL}}
    pcm_frames = list(frames(args.input))  # read and checked before connecting
    with (
        _metrics.collected() as records,
        _client(args) as client,
        client.translations.connect(model=args.model, session={"audio": audio}) as conn,
    ):
        transcript = conn.add_extension(TranslationTranscript())
        recorder = conn.add_extension(TranslationRecorder(args.out)) if args.out else None
        for frame in pcm_frames:
            conn.session.input_audio_buffer.append(audio=frame)
        conn.close(timeout=args.close_timeout)
    result = {
        "target": transcript.target,
        "source": transcript.source if args.transcript else None,
        "frames": len(pcm_frames),
        "audio_ms": recorder.target_ms if recorder is not None else transcript.audio_ms,
        "out": args.out,
        "metrics": _metrics.figures(records),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    if args.transcript:
        print(f"source: {result['source']}")
    print(result["target"] if not args.transcript else f"target: {result['target']}")
    if args.out:
        print(f"wrote {args.out} ({result['audio_ms']:.0f} ms)")
    for line in _metrics.lines(records):
        print(line)
    return 0
