"""``python -m realtime_ext.testing``: run the fake Realtime server in the foreground."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from ._server import DEFAULT_MAX_MESSAGE_SIZE, FakeRealtimeServer
from ._session import DEFAULT_MODEL


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run a fake OpenAI Realtime server (REST + WebSocket) until Ctrl-C.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind (default: a free one)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="default model name")
    parser.add_argument(
        "--max-message-size",
        type=int,
        default=DEFAULT_MAX_MESSAGE_SIZE,
        help="largest accepted WebSocket message in bytes (larger -> 1009)",
    )
    return parser


def _webrtc_status() -> str:
    from ..webrtc._deps import INSTALL_HINT, aiortc_available

    if aiortc_available():
        return "is answered by a real aiortc peer (CORS on, for browser pages)"
    return f"needs aiortc: {INSTALL_HINT}"


async def _serve(server: FakeRealtimeServer) -> None:
    async with server:
        print(f"Fake Realtime server listening on {server.base_url}", flush=True)
        print(f"WebSocket: {server.realtime_url()}", flush=True)
        print(f"WebRTC: POST {server.base_url}/realtime/calls {_webrtc_status()}", flush=True)
        await asyncio.Event().wait()


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m realtime_ext.testing") -> int:
    """Run until interrupted; returns the process exit code. ``prog`` names the command in
    ``--help`` (``realtime-ext serve-fake`` when run from the CLI).

    >>> main(["--port", "8765"])  # doctest: +SKIP
    """
    args = _parser(prog).parse_args(argv)
    try:
        server = FakeRealtimeServer(
            host=args.host, port=args.port, model=args.model, max_message_size=args.max_message_size
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        asyncio.run(_serve(server))
    except KeyboardInterrupt:
        return 0
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
