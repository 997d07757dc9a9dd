"""Build the client a subcommand talks to, from flags and the environment."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realtime_ext import RealtimeClient


def add_client_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection")
    group.add_argument("--api-key", help="API key (default: $OPENAI_API_KEY)")
    group.add_argument("--base-url", help="API base URL (default: $OPENAI_BASE_URL or OpenAI's)")
    group.add_argument("--timeout", type=float, help="request timeout in seconds")


def make_client(args: argparse.Namespace) -> RealtimeClient:
    from realtime_ext import RealtimeClient
    from realtime_ext.telemetry import Telemetry  # as before: spans and the metrics lines

    from ._io import CLIError

    if not (args.api_key or os.environ.get("OPENAI_API_KEY")):
        # The client's own message names api_key=, which means nothing in a shell.
        raise CLIError("no API key: pass --api-key KEY or set OPENAI_API_KEY")
    telemetry = Telemetry()
    if args.timeout is None:
        return RealtimeClient(api_key=args.api_key, base_url=args.base_url, telemetry=telemetry)
    return RealtimeClient(
        api_key=args.api_key, base_url=args.base_url, timeout=args.timeout, telemetry=telemetry
    )
